//! `ScreenFromMap`: projected map units to device pixels (y flips: map north is up, screen y is down).

use crate::geo::equal_earth::MapPoint;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScreenFromMap {
    /// Device pixels per map unit.
    pub scale: f64,
    pub tx: f64,
    pub ty: f64,
}

impl ScreenFromMap {
    /// The transform that shows the box `min`…`max` as large as fits in `width` × `height`, centred,
    /// with `pad` pixels kept free on every side.
    pub fn fit(min: MapPoint, max: MapPoint, width: f64, height: f64, pad: f64) -> Self {
        let (w, h) = ((max.x - min.x).max(1e-9), (max.y - min.y).max(1e-9));
        let scale = ((width - 2.0 * pad) / w).min((height - 2.0 * pad) / h).max(1e-9);
        let cx = (min.x + max.x) / 2.0;
        let cy = (min.y + max.y) / 2.0;
        Self { scale, tx: width / 2.0 - cx * scale, ty: height / 2.0 + cy * scale }
    }

    pub fn apply(&self, p: MapPoint) -> (f64, f64) {
        (p.x * self.scale + self.tx, self.ty - p.y * self.scale)
    }

    /// The inverse transform: map point under a screen position.
    pub fn invert(&self, (x, y): (f64, f64)) -> MapPoint {
        MapPoint { x: (x - self.tx) / self.scale, y: (self.ty - y) / self.scale }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::equal_earth::world_bounds;

    #[test]
    fn fit_centres_the_world_and_inverts() {
        let (min, max) = world_bounds();
        for (w, h) in [(1280.0, 488.0), (320.0, 400.0), (800.0, 800.0)] {
            let t = ScreenFromMap::fit(min, max, w, h, 4.0);
            let (x0, y0) = t.apply(MapPoint { x: min.x, y: max.y });
            let (x1, y1) = t.apply(MapPoint { x: max.x, y: min.y });
            assert!(x0 >= 3.99 && x1 <= w - 3.99 && y0 >= 3.99 && y1 <= h - 3.99, "{w}x{h}: {x0},{y0} {x1},{y1}");
            assert!(((x0 + x1) / 2.0 - w / 2.0).abs() < 1e-9 && ((y0 + y1) / 2.0 - h / 2.0).abs() < 1e-9);
            for p in [MapPoint { x: 0.3, y: -0.7 }, MapPoint { x: -2.0, y: 1.1 }] {
                let back = t.invert(t.apply(p));
                assert!((back.x - p.x).abs() < 1e-12 && (back.y - p.y).abs() < 1e-12);
            }
        }
    }
}
