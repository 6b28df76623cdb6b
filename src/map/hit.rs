//! Hit-testing the map: which facility dot is under a screen position.

use super::scene::Scene;
use super::transform::ScreenFromMap;

/// The index into `scene.dots` of the dot nearest to `(x, y)` within `radius` device pixels. Among dots
/// at the same distance the one drawn last (on top) wins.
pub fn dot_at(scene: &Scene, t: &ScreenFromMap, (x, y): (f64, f64), radius: f64) -> Option<usize> {
    let mut best: Option<(usize, f64)> = None;
    for (i, d) in scene.dots.iter().enumerate() {
        let (dx, dy) = t.apply(d.at);
        let dist2 = (dx - x).powi(2) + (dy - y).powi(2);
        if dist2 <= radius * radius && best.map_or(true, |(_, b)| dist2 <= b) {
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
        let dot = |facility, x, y| Dot { facility, at: MapPoint { x, y }, segment: Segment::BatteryCells };
        let scene = Scene { dots: vec![dot(0, 0.0, 0.0), dot(1, 10.0, 0.0), dot(2, 10.0, 0.0)], ..Scene::default() };
        let t = ScreenFromMap { scale: 1.0, tx: 0.0, ty: 0.0 };
        let cases = [((1.0, 0.0), Some(0)), ((9.0, 0.0), Some(2)), ((5.0, 20.0), None), ((5.0, 0.0), Some(2))];
        for (at, want) in cases {
            assert_eq!(dot_at(&scene, &t, at, 6.0), want, "{at:?}");
        }
    }
}
