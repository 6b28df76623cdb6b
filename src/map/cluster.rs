//! Clusters of plant symbols: plants whose symbols would overlap at the current zoom are drawn as one
//! badge with their count (clicking it zooms in). Neighbours come from the scene's R-tree (`map::index`).

use std::rc::{Rc, Weak};

use super::index::Index;
use super::regions::map_bounds;
use super::scene::{Dot, Scene, SYMBOLS_UP_TO};
use super::transform::ScreenFromMap;
use super::viewport::{Canvas, Viewport, MAX_ZOOM};
use crate::geo::equal_earth::MapPoint;
use crate::model::Segment;

/// Plants drawn as one badge.
#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    /// Indices into `scene.dots`: the biggest plant first (the badge sits on it), the others in no order.
    pub members: Vec<usize>,
    pub at: MapPoint,
    /// Plants per segment, in `Segment::ALL` order: the badge's ring shows the mix.
    pub segments: [usize; 4],
}

/// Every cluster at one zoom, and which cluster each dot is drawn in.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Clusters {
    pub clusters: Vec<Cluster>,
    /// Per dot of the scene: the index of its cluster, or `None` when it is drawn as itself.
    pub of_dot: Vec<Option<usize>>,
}

/// Plants closer than this on screen (CSS pixels) are grouped.
pub const CLUSTER_PX: f64 = 16.0;

/// The badge's radius in CSS pixels: grows slowly with the count.
pub fn badge_radius(count: usize) -> f64 {
    9.0 + 1.5 * (count as f64).sqrt()
}

/// Groups the dots (sorted biggest first, as `map::scene` does in symbol mode) at the zoom of `t`:
/// greedily, each plant not yet in a cluster gathers the free plants within `CLUSTER_PX` of it; a plant
/// with no free neighbour stays itself. Then badges that would overlap merge, and a badge takes in the
/// plants it would cover, until nothing overlaps. Plants in `keep` (the hovered or selected one) are
/// never grouped. At the deepest zoom nothing is grouped, so every plant can be reached. `scale` is
/// device pixels per CSS pixel of the symbols.
pub fn group(
    dots: &[Dot],
    index: &Index,
    t: &ScreenFromMap,
    viewport: &Viewport,
    scale: f64,
    keep: &[usize],
) -> Clusters {
    let mut of_dot = vec![None; dots.len()];
    if viewport.zoom >= MAX_ZOOM || t.scale <= 0.0 {
        return Clusters { clusters: Vec::new(), of_dot };
    }
    let mut taken = vec![false; dots.len()];
    for &k in keep {
        if let Some(t) = taken.get_mut(k) {
            *t = true;
        }
    }
    // Map units per device pixel.
    let unit = 1.0 / t.scale;
    let reach = CLUSTER_PX * scale * unit;
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for seed in 0..dots.len() {
        if taken[seed] {
            continue;
        }
        let at = dots[seed].at;
        let members: Vec<usize> = index.within(at, reach).filter(|&i| !taken[i]).collect();
        if members.len() < 2 {
            continue;
        }
        for &m in &members {
            taken[m] = true;
        }
        groups.push(members);
    }
    // Settle: merge overlapping badges, take in covered plants; a few rounds suffice.
    let lead = |g: &[usize]| g.iter().copied().min().unwrap_or(0);
    let badge = |g: &[usize]| (dots[lead(g)].at, (badge_radius(g.len()) + 1.0) * scale * unit);
    for _ in 0..8 {
        let mut changed = false;
        let mut i = 0;
        while i < groups.len() {
            let (a, ra) = badge(&groups[i]);
            let covered: Vec<usize> = index.within(a, ra + 4.0 * scale * unit).filter(|&k| !taken[k]).collect();
            for k in covered {
                taken[k] = true;
                groups[i].push(k);
                changed = true;
            }
            let mut j = i + 1;
            while j < groups.len() {
                let (b, rb) = badge(&groups[j]);
                if (a.x - b.x).hypot(a.y - b.y) < ra + rb {
                    let other = groups.swap_remove(j);
                    groups[i].extend(other);
                    changed = true;
                } else {
                    j += 1;
                }
            }
            i += 1;
        }
        if !changed {
            break;
        }
    }
    let clusters = groups
        .into_iter()
        .enumerate()
        .map(|(k, mut members)| {
            // The biggest plant (first in drawing order) leads: the badge sits on it.
            if let Some(first) = (0..members.len()).min_by_key(|&p| members[p]) {
                members.swap(0, first);
            }
            let mut segments = [0; 4];
            for &m in &members {
                of_dot[m] = Some(k);
                if let Some(s) = Segment::ALL.iter().position(|s| *s == dots[m].segment) {
                    segments[s] += 1;
                }
            }
            Cluster { at: dots[members[0]].at, members, segments }
        })
        .collect();
    Clusters { clusters, of_dot }
}

impl Clusters {
    /// The cluster under `(x, y)` (device pixels): its badge, or one of its plants' symbols, which the
    /// badge stands for. `radius_of` gives a plant's symbol radius in device pixels; `scale` is the
    /// symbol scale (device pixels per CSS pixel).
    pub fn at(
        &self,
        dots: &[Dot],
        t: &ScreenFromMap,
        (x, y): (f64, f64),
        scale: f64,
        radius_of: impl Fn(&Dot) -> f64,
    ) -> Option<usize> {
        let near = |p: MapPoint, r: f64| {
            let (px, py) = t.apply(p);
            let d2 = (px - x).powi(2) + (py - y).powi(2);
            (d2 <= r * r).then_some(d2)
        };
        let badge = self
            .clusters
            .iter()
            .enumerate()
            .filter_map(|(i, c)| Some((i, near(c.at, (badge_radius(c.members.len()) + 2.0) * scale)?)))
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(i, _)| i);
        badge.or_else(|| {
            dots.iter().zip(&self.of_dot).find_map(|(d, c)| {
                let c = (*c)?;
                near(d.at, radius_of(d) + 2.0 * scale).map(|_| c)
            })
        })
    }

    /// The cluster whose biggest plant is the facility `lead`: how the state names a cluster
    /// (`Action::HoverCluster`).
    pub fn led_by(&self, lead: usize, dots: &[Dot]) -> Option<&Cluster> {
        self.clusters.iter().find(|c| c.members.first().and_then(|m| dots.get(*m)).map(|d| d.facility) == Some(lead))
    }

    /// The view that opens a cluster: its plants' extent, at least twice as close as now.
    pub fn zoom_into(&self, cluster: usize, dots: &[Dot], now: &Viewport, c: Canvas) -> Option<Viewport> {
        let cl = self.clusters.get(cluster)?;
        let (min, max) = map_bounds(cl.members.iter().filter_map(|&m| dots.get(m)).map(|d| d.at))?;
        let margin = (max.x - min.x).max(max.y - min.y) * 0.15;
        let fit = Viewport::fit(
            MapPoint { x: min.x - margin, y: min.y - margin },
            MapPoint { x: max.x + margin, y: max.y + margin },
            c,
        );
        let zoom = fit.zoom.max(now.zoom * 2.0).min(MAX_ZOOM);
        let centre = MapPoint { x: (min.x + max.x) / 2.0, y: (min.y + max.y) / 2.0 };
        Some(Viewport::focus(centre).with_zoom(zoom))
    }
}

/// The clusters of the last draw, rebuilt only when what they derive from changes: the
/// scene (by identity), the zoom, the canvas, the plants kept apart. Panning reuses them.
#[derive(Default)]
pub struct Cache {
    scene: Weak<Scene>,
    key: Option<(u64, (u64, u64), Option<usize>)>,
    clusters: Rc<Clusters>,
}

impl Cache {
    /// The clusters for this scene and view; `scale` is device pixels per CSS pixel of the symbols,
    /// `keep` an index into `scene.dots`. Only plant symbols (`SYMBOLS_UP_TO`) are grouped.
    pub fn get(
        &mut self,
        scene: &Rc<Scene>,
        viewport: &Viewport,
        c: Canvas,
        scale: f64,
        keep: Option<usize>,
    ) -> Rc<Clusters> {
        if scene.dots.len() > SYMBOLS_UP_TO {
            return Rc::default();
        }
        if !std::ptr::eq(self.scene.as_ptr(), Rc::as_ptr(scene)) {
            *self = Cache { scene: Rc::downgrade(scene), ..Cache::default() };
        }
        let key = Some((viewport.zoom.to_bits(), (c.width.to_bits(), scale.to_bits()), keep));
        if self.key != key {
            let t = viewport.screen_from_map(c);
            self.clusters = Rc::new(group(&scene.dots, scene.index(), &t, viewport, scale, keep.as_slice()));
            self.key = key;
        }
        Rc::clone(&self.clusters)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dot(i: usize, x: f64, y: f64, segment: Segment) -> Dot {
        Dot::new(i, MapPoint { x, y }, segment)
    }

    fn canvas() -> Canvas {
        Canvas { width: 1000.0, height: 500.0, pad: 0.0 }
    }

    /// Five plants: three near each other (a, b, c), one 30 px away (d), one far (e), at 1000 px per map unit.
    fn scene() -> (Vec<Dot>, ScreenFromMap, Viewport) {
        let dots = vec![
            dot(0, 0.000, 0.0, Segment::BatteryCells),
            dot(1, 0.010, 0.0, Segment::VehicleAssembly),
            dot(2, 0.000, 0.012, Segment::BatteryCells),
            dot(3, 0.030, 0.0, Segment::Components),
            dot(4, 0.500, 0.5, Segment::BatteryMaterials),
        ];
        let t = ScreenFromMap { scale: 1000.0, tx: 0.0, ty: 0.0 };
        (dots, t, Viewport { zoom: 4.0, center: MapPoint { x: 0.0, y: 0.0 } })
    }

    #[test]
    fn groups_plants_that_would_overlap_and_leaves_the_rest() {
        let (dots, t, v) = scene();
        let index = Index::new(&dots);
        let cases: [(f64, &[usize], Vec<Vec<usize>>); 5] = [
            // symbol scale (× CLUSTER_PX = reach in px), kept apart, clusters (dot indices)
            (1.0, &[], vec![vec![0, 1, 2]]),
            (0.3125, &[], vec![]),
            (2.5, &[], vec![vec![0, 1, 2, 3]]),
            (1.0, &[0], vec![vec![1, 2]]),
            (1.0, &[0, 1], vec![]),
        ];
        for (scale, keep, want) in cases {
            let got = group(&dots, &index, &t, &v, scale, keep);
            let members: Vec<Vec<usize>> = got
                .clusters
                .iter()
                .map(|c| {
                    let mut m = c.members.clone();
                    m.sort_unstable();
                    m
                })
                .collect();
            assert_eq!(members, want, "scale {scale}, keep {keep:?}");
            for (k, c) in got.clusters.iter().enumerate() {
                assert!(c.members.iter().all(|&m| got.of_dot[m] == Some(k)));
                assert_eq!(c.at, dots[c.members[0]].at, "the badge sits on the biggest plant");
                assert_eq!(c.segments.iter().sum::<usize>(), c.members.len());
            }
            let grouped = got.of_dot.iter().filter(|c| c.is_some()).count();
            assert_eq!(grouped, want.iter().map(Vec::len).sum::<usize>());
        }
        let got = group(&dots, &index, &t, &v, 1.0, &[]);
        assert_eq!(got.clusters[0].segments, [2, 0, 1, 0]);
    }

    #[test]
    fn badges_never_overlap_each_other_or_cover_a_lone_plant() {
        // A dense random field of plants, as a crowded region at world zoom.
        let mut seed = 7_u64;
        let mut next = || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 11) as f64 / (1u64 << 53) as f64
        };
        let dots: Vec<Dot> = (0..300).map(|i| dot(i, next() * 0.4, next() * 0.2, Segment::ALL[i % 4])).collect();
        let t = ScreenFromMap { scale: 1000.0, tx: 0.0, ty: 0.0 };
        let v = Viewport { zoom: 2.0, center: MapPoint { x: 0.0, y: 0.0 } };
        for scale in [1.0, 2.0] {
            let got = group(&dots, &Index::new(&dots), &t, &v, scale, &[]);
            let badge = |c: &Cluster| (t.apply(c.at), badge_radius(c.members.len()) * scale);
            for (i, a) in got.clusters.iter().enumerate() {
                let ((ax, ay), ra) = badge(a);
                for b in &got.clusters[i + 1..] {
                    let ((bx, by), rb) = badge(b);
                    assert!((ax - bx).hypot(ay - by) >= ra + rb, "badges overlap at scale {scale}");
                }
                for (d, c) in dots.iter().zip(&got.of_dot) {
                    let (x, y) = t.apply(d.at);
                    assert!(c.is_some() || (x - ax).hypot(y - ay) > ra, "a lone plant under a badge");
                }
            }
            let total: usize = got.clusters.iter().map(|c| c.members.len()).sum();
            assert_eq!(total, got.of_dot.iter().filter(|c| c.is_some()).count());
        }
    }

    #[test]
    fn nothing_is_grouped_at_the_deepest_zoom() {
        let (dots, t, _) = scene();
        let deepest = Viewport { zoom: MAX_ZOOM, center: MapPoint { x: 0.0, y: 0.0 } };
        let got = group(&dots, &Index::new(&dots), &t, &deepest, 100.0, &[]);
        assert!(got.clusters.is_empty() && got.of_dot.iter().all(Option::is_none));
    }

    #[test]
    fn hit_testing_finds_the_badge_and_the_plants_it_stands_for() {
        let (dots, t, v) = scene();
        let got = group(&dots, &Index::new(&dots), &t, &v, 1.0, &[]);
        let r = |_: &Dot| 4.0;
        let cases = [
            ((0.0, 0.0), Some(0)),   // on the badge
            ((12.0, 0.0), Some(0)),  // inside the badge (radius 9 + 1.5·√3 ≈ 11.6, + 2 slack)
            ((0.0, -12.0), Some(0)), // plant c (y up in map space, down on screen)
            ((30.0, 0.0), None),     // plant d: drawn as itself
            ((500.0, -500.0), None), // plant e
        ];
        for (at, want) in cases {
            assert_eq!(got.at(&dots, &t, at, 1.0, r), want, "{at:?}");
        }
    }

    #[test]
    fn a_cluster_is_named_by_its_biggest_plant() {
        let (mut dots, t, v) = scene();
        // Facility indices unlike the dot indices.
        for d in &mut dots {
            d.facility += 100;
        }
        let got = group(&dots, &Index::new(&dots), &t, &v, 1.0, &[]);
        let cases = [(100, Some(0)), (101, None), (103, None), (7, None)];
        for (lead, want) in cases {
            assert_eq!(got.led_by(lead, &dots), want.map(|k| &got.clusters[k]), "facility {lead}");
        }
    }

    #[test]
    fn clicking_a_cluster_zooms_in_far_enough_to_split_it() {
        let (dots, t, v) = scene();
        let c = canvas();
        let index = Index::new(&dots);
        let got = group(&dots, &index, &t, &v, 1.0, &[]);
        let next = got.zoom_into(0, &dots, &v, c).expect("a view");
        assert!(next.zoom >= 2.0 * v.zoom, "{next:?}");
        let t2 = next.screen_from_map(c);
        let apart = group(&dots, &index, &t2, &next, 1.0, &[]);
        assert!(apart.clusters.iter().all(|c| c.members.len() < 3), "the three plants split: {apart:?}");
        for m in [0, 1, 2] {
            let (x, y) = t2.apply(dots[m].at);
            assert!((0.0..=c.width).contains(&x) && (0.0..=c.height).contains(&y), "plant {m} in view");
        }
        assert_eq!(got.zoom_into(7, &dots, &v, c), None);
    }

    #[test]
    fn the_cache_regroups_only_when_the_zoom_the_canvas_the_kept_plant_or_the_scene_change() {
        let (dots, _, v) = scene();
        let scene = Rc::new(Scene { dots, ..Scene::default() });
        let c = canvas();
        let mut cache = Cache::default();
        let first = cache.get(&scene, &v, c, 1.0, None);
        let panned = Viewport { center: MapPoint { x: 0.1, y: 0.0 }, ..v };
        assert!(Rc::ptr_eq(&first, &cache.get(&scene, &panned, c, 1.0, None)), "panning reuses the clusters");
        let changes = [(v.with_zoom(8.0), c, None), (v, Canvas { width: 500.0, ..c }, None), (v, c, Some(0))];
        for (view, canvas, keep) in changes {
            let mut fresh = Cache::default();
            let _ = fresh.get(&scene, &v, c, 1.0, None);
            assert!(!Rc::ptr_eq(&first, &fresh.get(&scene, &view, canvas, 1.0, keep)));
            assert_eq!(
                *fresh.get(&scene, &view, canvas, 1.0, keep),
                *Cache::default().get(&scene, &view, canvas, 1.0, keep)
            );
        }
        let other = Rc::new(Scene { dots: vec![scene.dots[4]], ..Scene::default() });
        assert!(cache.get(&other, &v, c, 1.0, None).clusters.is_empty(), "a new scene is indexed anew");
    }
}
