//! Hit-testing the map: which facility dot is under a screen position.

use super::dots::hit_radius;
use super::scene::Scene;
use super::transform::ScreenFromMap;

/// The index into `scene.dots` of the dot nearest to `(x, y)` (device pixels) among those whose symbol,
/// grown by a few pixels of slack, is under it. Among dots at the same distance the one drawn last (on
/// top) wins. `scale` is the devicePixelRatio. Only the dots the scene's R-tree finds within the widest
/// symbol's reach are looked at.
pub fn dot_at(scene: &Scene, t: &ScreenFromMap, (x, y): (f64, f64), scale: f64) -> Option<usize> {
    let count = scene.dots.len();
    let index = scene.index();
    let reach = (index.widest() + 3.0) * scale / t.scale;
    let mut best: Option<(usize, f64)> = None;
    for i in index.within(t.invert((x, y)), reach) {
        let Some(d) = scene.dots.get(i) else { continue };
        let radius = hit_radius(d, count, scale) + 3.0 * scale;
        let (dx, dy) = t.apply(d.at);
        let dist2 = (dx - x).powi(2) + (dy - y).powi(2);
        if dist2 <= radius * radius && best.is_none_or(|(b, bd)| dist2 < bd || (dist2 == bd && i > b)) {
            best = Some((i, dist2));
        }
    }
    best.map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::equal_earth::MapPoint;
    use crate::map::scene::Dot;
    use crate::model::Segment;

    #[test]
    fn picks_nearest_and_topmost() {
        let dot = |facility, x, y| Dot::new(facility, MapPoint { x, y }, Segment::BatteryCells);
        let scene = Scene { dots: vec![dot(0, 0.0, 0.0), dot(1, 10.0, 0.0), dot(2, 10.0, 0.0)], ..Scene::default() };
        let t = ScreenFromMap { scale: 1.0, tx: 0.0, ty: 0.0 };
        // Undisclosed symbols: 3.5 px plus 3 px of slack.
        let cases = [
            ((1.0, 0.0), Some(0)),
            ((9.0, 0.0), Some(2)),
            ((5.0, 20.0), None),
            ((5.0, 0.0), Some(2)),
            ((-6.0, 0.0), Some(0)),
            ((-7.0, 0.0), None),
        ];
        for (at, want) in cases {
            assert_eq!(dot_at(&scene, &t, at, 1.0), want, "{at:?}");
        }
    }

    /// The linear scan the R-tree replaced, as the reference.
    fn every_dot(scene: &Scene, t: &ScreenFromMap, (x, y): (f64, f64), scale: f64) -> Option<usize> {
        let mut best: Option<(usize, f64)> = None;
        for (i, d) in scene.dots.iter().enumerate() {
            let radius = hit_radius(d, scene.dots.len(), scale) + 3.0 * scale;
            let (dx, dy) = t.apply(d.at);
            let dist2 = (dx - x).powi(2) + (dy - y).powi(2);
            if dist2 <= radius * radius && best.is_none_or(|(_, b)| dist2 <= b) {
                best = Some((i, dist2));
            }
        }
        best.map(|(i, _)| i)
    }

    #[test]
    fn the_r_tree_finds_what_visiting_every_dot_finds() {
        let mut seed = 7u64;
        let mut next = move || {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 11) as f64 / (1u64 << 53) as f64
        };
        // Symbols (with sizes) and, beyond SYMBOLS_UP_TO, plain dots; at two zooms and two pixel ratios.
        for (n, sized) in [(300, true), (5_000, false)] {
            let dots = (0..n)
                .map(|i| Dot {
                    usd: sized.then(|| next() * 12_000.0).filter(|_| i % 3 > 0),
                    ..Dot::new(i, MapPoint { x: next() * 0.2, y: next() * 0.1 }, Segment::BatteryCells)
                })
                .collect();
            let scene = Scene { dots, ..Scene::default() };
            for (scale, dpr) in [(4_000.0, 1.0), (40_000.0, 2.0)] {
                let t = ScreenFromMap { scale, tx: 0.0, ty: 0.1 * scale };
                let (mut hits, w, h) = (0, 0.2 * scale, 0.1 * scale);
                for k in 0..400 {
                    // Every other probe beside a dot, the others anywhere.
                    let near = scene.dots.get(k % n).map(|d| t.apply(d.at)).filter(|_| k % 2 == 0);
                    let at = near.map_or((next() * w, next() * h), |(x, y)| {
                        (x + next() * 30.0 - 15.0, y + next() * 30.0 - 15.0)
                    });
                    let want = every_dot(&scene, &t, at, dpr);
                    assert_eq!(dot_at(&scene, &t, at, dpr), want, "{n} dots, scale {scale}, at {at:?}");
                    hits += usize::from(want.is_some());
                }
                assert!(hits > 40, "{n} dots, scale {scale}: only {hits} probes hit a dot");
            }
        }
    }
}
