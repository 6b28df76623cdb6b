//! Pointing at the map: which plant or cluster badge is under a pointer, and what hovering, clicking or
//! choosing a plant from the list does, as the `Action`s to dispatch.
//!
//! One rule picks for hover and click alike: the hovered plant first (it is drawn on top), then a cluster
//! badge (or a plant it stands for), then the nearest plant drawn as itself.

use super::cluster::Clusters;
use super::dots::hit_radius;
use super::hit::dot_at;
use super::scene::{Scene, SYMBOLS_UP_TO};
use super::transform::ScreenFromMap;
use super::viewport::{Canvas, Viewport};
use crate::geo::equal_earth::MapPoint;
use crate::state::Action;

/// What the last draw used, for turning pointer positions (device pixels of the map) into map positions.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub t: ScreenFromMap,
    pub dpr: f64,
    pub canvas: Canvas,
    /// Device pixels per CSS pixel of a symbol (smaller on a narrow map).
    pub symbols: f64,
}

impl Frame {
    /// Where a tooltip about the map point `p` is placed: CSS pixels, 8 px above it.
    pub fn tooltip_at(&self, p: MapPoint) -> (i32, i32) {
        let (x, y) = self.t.apply(p);
        ((x / self.dpr).round() as i32, (y / self.dpr - 8.0).round() as i32)
    }

    /// Whether the map point `p` is drawn on the canvas (is in view).
    pub fn shows(&self, p: MapPoint) -> bool {
        let (x, y) = self.t.apply(p);
        (0.0..=self.canvas.width).contains(&x) && (0.0..=self.canvas.height).contains(&y)
    }
}

/// What a pointer is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// A plant drawn as itself: its index into the dataset's facilities.
    Plant(usize),
    /// A cluster badge, or a plant it stands for: its index in `Clusters::clusters`, and the facility
    /// index of its biggest plant, which names it in the state (`Action::HoverCluster`).
    Cluster {
        index: usize,
        lead: usize,
    },
    Nothing,
}

/// What is drawn where: the scene, its clusters and the frame they were drawn in.
#[derive(Clone, Copy)]
pub struct Picker<'a> {
    pub scene: &'a Scene,
    pub clusters: &'a Clusters,
    pub frame: Frame,
}

impl Picker<'_> {
    /// What is under `at` (device pixels), `hovered` being the plant now hovered (a facility index).
    pub fn target(&self, at: (f64, f64), hovered: Option<usize>) -> Target {
        let (scene, f) = (self.scene, &self.frame);
        if let Some(plant) = hovered.filter(|&h| self.on_hovered(h, at)) {
            return Target::Plant(plant);
        }
        let n = scene.dots.len();
        let cluster = self.clusters.at(&scene.dots, &f.t, at, f.symbols, |dot| hit_radius(dot, n, f.symbols));
        let lead = |index: usize| scene.dots.get(*self.clusters.clusters.get(index)?.members.first()?);
        if let Some((index, dot)) = cluster.and_then(|k| Some((k, lead(k)?))) {
            return Target::Cluster { index, lead: dot.facility };
        }
        dot_at(scene, &f.t, at, f.symbols)
            .and_then(|i| scene.dots.get(i))
            .map_or(Target::Nothing, |d| Target::Plant(d.facility))
    }

    /// Whether `at` is on the symbol of the hovered plant, which is drawn on top (symbol mode only), so
    /// that it stays hovered while the pointer is on it, even over a badge or a bigger plant.
    fn on_hovered(&self, facility: usize, (x, y): (f64, f64)) -> bool {
        let n = self.scene.dots.len();
        let Some((_, dot)) = Some(facility).filter(|_| n <= SYMBOLS_UP_TO).and_then(|f| self.scene.dot_of(f)) else {
            return false;
        };
        let (px, py) = self.frame.t.apply(dot.at);
        (px - x).hypot(py - y) <= hit_radius(dot, n, self.frame.symbols) + 3.0 * self.frame.symbols
    }

    /// The pointer moved to `at` without a button down: what to hover, given what is hovered now (a
    /// plant and a cluster, both by facility index). Nothing is dispatched when nothing changes.
    pub fn hover(&self, at: (f64, f64), plant: Option<usize>, cluster: Option<usize>) -> Vec<Action> {
        let hit = match self.target(at, plant) {
            Target::Cluster { lead, .. } => {
                return if cluster == Some(lead) { vec![] } else { vec![Action::HoverCluster(Some(lead))] };
            }
            Target::Plant(f) => Some(f),
            Target::Nothing => None,
        };
        let mut actions = Vec::new();
        if cluster.is_some() {
            actions.push(Action::HoverCluster(None));
        }
        if hit != plant {
            actions.push(Action::HoverFacility(hit));
        }
        actions
    }

    /// A click at `at`: a plant opens its details, a badge zooms in until its plants part (`viewport` is
    /// the view now), the bare map does nothing.
    pub fn click(&self, at: (f64, f64), hovered: Option<usize>, viewport: &Viewport) -> Vec<Action> {
        match self.target(at, hovered) {
            Target::Plant(f) => vec![Action::SelectFacility(Some(f))],
            Target::Cluster { index, .. } => self
                .clusters
                .zoom_into(index, &self.scene.dots, viewport, self.frame.canvas)
                .map_or_else(Vec::new, |view| vec![Action::HoverCluster(None), Action::SetViewport(view)]),
            Target::Nothing => vec![],
        }
    }
}

/// A plant chosen from the list beside the map: the map closes in on it, opens and hovers it. A plant
/// with no known site is not on the map: nothing happens.
pub fn choose(scene: &Scene, facility: usize) -> Vec<Action> {
    let Some((_, dot)) = scene.dot_of(facility) else { return vec![] };
    vec![
        Action::SetViewport(Viewport::focus(dot.at)),
        Action::SelectFacility(Some(facility)),
        Action::HoverFacility(Some(facility)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::cluster::group;
    use crate::map::index::Index;
    use crate::map::scene::Dot;
    use crate::model::Segment;

    const CANVAS: Canvas = Canvas { width: 1000.0, height: 500.0, pad: 0.0 };

    /// Five plants (facility index = 10 + dot index, so the two index spaces differ), at 1000 device px
    /// per map unit, y flipped about 500: a, b, c near each other at (100, 400), (110, 400), (100, 388);
    /// d alone at (300, 400); e alone in the canvas's top-left corner. Undisclosed investment: symbols of
    /// 3.5 px, hit within 6.5 px.
    fn scene() -> (Scene, Frame, Viewport) {
        let dot = |i: usize, x, y| Dot::new(10 + i, MapPoint { x, y }, Segment::ALL[i % 4]);
        let dots = vec![dot(0, 0.1, 0.1), dot(1, 0.11, 0.1), dot(2, 0.1, 0.112), dot(3, 0.3, 0.1), dot(4, 0.0, 0.5)];
        let t = ScreenFromMap { scale: 1000.0, tx: 0.0, ty: 500.0 };
        let frame = Frame { t, dpr: 1.0, canvas: CANVAS, symbols: 1.0 };
        (Scene { dots, ..Scene::default() }, frame, Viewport { zoom: 4.0, center: MapPoint { x: 0.1, y: 0.1 } })
    }

    /// The clusters as drawn with the dot `keep` (the hovered plant) kept apart.
    fn clusters(scene: &Scene, frame: &Frame, viewport: &Viewport, keep: &[usize]) -> Clusters {
        group(&scene.dots, &Index::new(&scene.dots), &frame.t, viewport, frame.symbols, keep)
    }

    #[test]
    fn the_pointer_is_on_a_plant_a_badge_or_nothing() {
        let (scene, frame, v) = scene();
        let all = clusters(&scene, &frame, &v, &[]);
        assert_eq!(all.clusters.len(), 1, "a, b and c are one badge on a: {all:?}");
        // b hovered: kept out of the badge and drawn on top.
        let b_apart = clusters(&scene, &frame, &v, &[1]);
        let badge = Target::Cluster { index: 0, lead: 10 };
        let cases = [
            // at, hovered, clusters drawn, target
            ((300.0, 400.0), None, &all, Target::Plant(13)),
            ((306.0, 400.0), None, &all, Target::Plant(13)),
            ((307.0, 400.0), None, &all, Target::Nothing),
            ((300.0, 393.6), None, &all, Target::Plant(13)),
            ((100.0, 400.0), None, &all, badge),
            ((110.0, 400.0), None, &all, badge),
            ((100.0, 388.0), None, &all, badge),
            ((113.5, 400.0), None, &all, badge),
            ((114.0, 410.0), None, &all, Target::Nothing),
            ((200.0, 200.0), None, &all, Target::Nothing),
            // The plant in the corner of the canvas, and the corner itself.
            ((0.0, 0.0), None, &all, Target::Plant(14)),
            ((4.0, 4.0), None, &all, Target::Plant(14)),
            ((5.0, 5.0), None, &all, Target::Nothing),
            ((CANVAS.width, CANVAS.height), None, &all, Target::Nothing),
            // The hovered plant stays hovered over a badge, and the badge wins once the pointer leaves it.
            ((110.0, 400.0), Some(11), &b_apart, Target::Plant(11)),
            ((115.0, 400.0), Some(11), &b_apart, Target::Plant(11)),
            ((100.0, 400.0), Some(11), &b_apart, badge),
            // A hovered plant that is not under the pointer changes nothing.
            ((300.0, 400.0), Some(11), &b_apart, Target::Plant(13)),
            ((200.0, 200.0), Some(11), &b_apart, Target::Nothing),
        ];
        for (at, hovered, clusters, want) in cases {
            let picker = Picker { scene: &scene, clusters, frame };
            assert_eq!(picker.target(at, hovered), want, "{at:?}, hovered {hovered:?}");
        }
    }

    #[test]
    fn hovering_dispatches_only_what_changes() {
        let (scene, frame, v) = scene();
        let all = clusters(&scene, &frame, &v, &[]);
        let picker = Picker { scene: &scene, clusters: &all, frame };
        let (plant, badge, bare) = ((300.0, 400.0), (100.0, 400.0), (200.0, 200.0));
        let cases = [
            // at, hovered plant, hovered cluster, actions
            (plant, None, None, vec![Action::HoverFacility(Some(13))]),
            (plant, Some(13), None, vec![]),
            (plant, Some(14), None, vec![Action::HoverFacility(Some(13))]),
            (plant, None, Some(10), vec![Action::HoverCluster(None), Action::HoverFacility(Some(13))]),
            (badge, None, None, vec![Action::HoverCluster(Some(10))]),
            (badge, None, Some(10), vec![]),
            (badge, Some(13), None, vec![Action::HoverCluster(Some(10))]),
            (bare, None, None, vec![]),
            (bare, Some(13), None, vec![Action::HoverFacility(None)]),
            (bare, None, Some(10), vec![Action::HoverCluster(None)]),
        ];
        for (at, hovered, cluster, want) in cases {
            assert_eq!(picker.hover(at, hovered, cluster), want, "{at:?}, {hovered:?}, {cluster:?}");
        }
    }

    #[test]
    fn a_click_opens_a_plant_zooms_into_a_badge_or_does_nothing() {
        let (scene, frame, v) = scene();
        let all = clusters(&scene, &frame, &v, &[]);
        let b_apart = clusters(&scene, &frame, &v, &[1]);
        let into = all.zoom_into(0, &scene.dots, &v, CANVAS).expect("a view of the badge's plants");
        let cases = [
            ((300.0, 400.0), None, &all, vec![Action::SelectFacility(Some(13))]),
            ((1.0, 2.0), None, &all, vec![Action::SelectFacility(Some(14))]),
            ((100.0, 400.0), None, &all, vec![Action::HoverCluster(None), Action::SetViewport(into)]),
            ((110.0, 400.0), Some(11), &b_apart, vec![Action::SelectFacility(Some(11))]),
            ((200.0, 200.0), None, &all, vec![]),
            ((200.0, 200.0), Some(13), &all, vec![]),
        ];
        for (at, hovered, clusters, want) in cases {
            let picker = Picker { scene: &scene, clusters, frame };
            assert_eq!(picker.click(at, hovered, &v), want, "{at:?}, hovered {hovered:?}");
        }
        assert!(into.zoom >= 2.0 * v.zoom);
    }

    #[test]
    fn choosing_from_the_list_closes_in_on_a_plant_with_a_site() {
        let (mut scene, ..) = scene();
        scene.dots.truncate(4);
        let cases = [
            (
                13,
                vec![
                    Action::SetViewport(Viewport::focus(MapPoint { x: 0.3, y: 0.1 })),
                    Action::SelectFacility(Some(13)),
                    Action::HoverFacility(Some(13)),
                ],
            ),
            (14, vec![]),
            (0, vec![]),
        ];
        for (facility, want) in cases {
            assert_eq!(choose(&scene, facility), want, "facility {facility}");
        }
    }

    #[test]
    fn a_tooltip_sits_8_css_px_above_its_point() {
        let (_, frame, _) = scene();
        let cases = [(1.0, MapPoint { x: 0.3, y: 0.1 }, (300, 392)), (2.0, MapPoint { x: 0.3, y: 0.1 }, (150, 192))];
        for (dpr, p, want) in cases {
            assert_eq!(Frame { dpr, ..frame }.tooltip_at(p), want, "dpr {dpr}");
        }
    }
}
