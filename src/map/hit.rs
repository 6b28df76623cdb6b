//! Hit-testing the map: which facility dot is under a screen position.

use super::dots::hit_radius;
use super::scene::Scene;
use super::transform::ScreenFromMap;

/// The index into `scene.dots` of the dot nearest to `(x, y)` (device pixels) among those whose symbol,
/// grown by a few pixels of slack, is under it. Among dots at the same distance the one drawn last (on
/// top) wins. `scale` is the devicePixelRatio.
pub fn dot_at(scene: &Scene, t: &ScreenFromMap, (x, y): (f64, f64), scale: f64) -> Option<usize> {
    let count = scene.dots.len();
    let mut best: Option<(usize, f64)> = None;
    for (i, d) in scene.dots.iter().enumerate() {
        let radius = hit_radius(d, count, scale) + 3.0 * scale;
        let (dx, dy) = t.apply(d.at);
        let dist2 = (dx - x).powi(2) + (dy - y).powi(2);
        if dist2 <= radius * radius && best.is_none_or(|(_, b)| dist2 <= b) {
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
}
