//! The map viewport: which part of the projected world is on screen, and how input moves it.
//!
//! Spaces: map units (`MapPoint`, Equal Earth, y north) and device pixels of the canvas (y down).
//! `zoom` 1 shows the whole world fitted to the canvas.

use super::transform::ScreenFromMap;
use crate::geo::equal_earth::{world_bounds, MapPoint};

pub const MIN_ZOOM: f64 = 1.0;
pub const MAX_ZOOM: f64 = 64.0;
pub const FOCUS_ZOOM: f64 = 32.0;

/// The canvas the viewport is shown in, in device pixels, with the margin kept free around the world.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Canvas {
    pub width: f64,
    pub height: f64,
    pub pad: f64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    pub zoom: f64,
    /// The map point shown at the canvas centre.
    pub center: MapPoint,
}

impl Default for Viewport {
    fn default() -> Self {
        Viewport { zoom: 1.0, center: MapPoint { x: 0.0, y: 0.0 } }
    }
}

impl Viewport {
    fn fit_scale(c: Canvas) -> f64 {
        let (min, max) = world_bounds();
        ScreenFromMap::fit(min, max, c.width, c.height, c.pad).scale
    }

    /// The viewport as text, `zoom,x,y` (map units, to a millionth: far below a pixel at the largest zoom),
    /// for a link or a hand-over between modules.
    pub fn encode(&self) -> String {
        let [zoom, x, y] = [self.zoom, self.center.x, self.center.y].map(|v| crate::format::trim_decimals(v, 6));
        format!("{zoom},{x},{y}")
    }

    /// Reads `encode`'s text; `None` for anything else. The zoom is kept within its bounds.
    pub fn decode(text: &str) -> Option<Viewport> {
        let mut parts = text.split(',').map(|p| crate::format::parse_number(p.trim()));
        let (zoom, x, y) = (parts.next()??, parts.next()??, parts.next()??);
        if parts.next().is_some() || !(x.abs() <= 4.0 && y.abs() <= 4.0) {
            return None;
        }
        Some(Viewport { zoom: zoom.clamp(MIN_ZOOM, MAX_ZOOM), center: MapPoint { x, y } })
    }

    /// The transform from map units to the canvas's device pixels.
    pub fn screen_from_map(&self, c: Canvas) -> ScreenFromMap {
        let scale = Self::fit_scale(c) * self.zoom;
        ScreenFromMap { scale, tx: c.width / 2.0 - self.center.x * scale, ty: c.height / 2.0 + self.center.y * scale }
    }

    /// Zooms by `factor` keeping the map point under `anchor` (device pixels) where it is.
    pub fn zoom_about(self, anchor: (f64, f64), factor: f64, c: Canvas) -> Viewport {
        if !factor.is_finite() || factor <= 0.0 {
            return self;
        }
        let under = self.screen_from_map(c).invert(anchor);
        let zoom = (self.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        let scale = Self::fit_scale(c) * zoom;
        let center = MapPoint {
            x: under.x - (anchor.0 - c.width / 2.0) / scale,
            y: under.y + (anchor.1 - c.height / 2.0) / scale,
        };
        Viewport { zoom, center }.clamped()
    }

    /// Moves the map with the pointer: `(dx, dy)` device pixels.
    pub fn pan_by(self, (dx, dy): (f64, f64), c: Canvas) -> Viewport {
        let scale = Self::fit_scale(c) * self.zoom;
        Viewport { zoom: self.zoom, center: MapPoint { x: self.center.x - dx / scale, y: self.center.y + dy / scale } }
            .clamped()
    }

    /// Shows the box `min`…`max` (map units) as large as fits, within the zoom bounds.
    pub fn fit(min: MapPoint, max: MapPoint, c: Canvas) -> Viewport {
        let (wmin, wmax) = world_bounds();
        let world = ScreenFromMap::fit(wmin, wmax, c.width, c.height, c.pad).scale;
        let wanted = ScreenFromMap::fit(min, max, c.width, c.height, c.pad).scale;
        let center = MapPoint { x: (min.x + max.x) / 2.0, y: (min.y + max.y) / 2.0 };
        Viewport { zoom: (wanted / world).clamp(MIN_ZOOM, MAX_ZOOM), center }.clamped()
    }

    /// A close view centred on one place (a focused facility): about 50 km across on a desktop map, so
    /// that plants in the same city stand apart.
    pub fn focus(at: MapPoint) -> Viewport {
        Viewport { zoom: FOCUS_ZOOM, center: at }.clamped()
    }

    /// The same centre at another zoom (within bounds).
    pub fn with_zoom(self, zoom: f64) -> Viewport {
        Viewport { zoom, ..self }.clamped()
    }

    /// Keeps the zoom within bounds and the centre on the world.
    fn clamped(self) -> Viewport {
        let (min, max) = world_bounds();
        let zoom = if self.zoom.is_finite() { self.zoom.clamp(MIN_ZOOM, MAX_ZOOM) } else { 1.0 };
        let fix = |v: f64, lo: f64, hi: f64| if v.is_finite() { v.clamp(lo, hi) } else { 0.0 };
        Viewport { zoom, center: MapPoint { x: fix(self.center.x, min.x, max.x), y: fix(self.center.y, min.y, max.y) } }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const C: Canvas = Canvas { width: 1280.0, height: 488.0, pad: 2.0 };

    fn close(a: (f64, f64), b: (f64, f64)) -> bool {
        (a.0 - b.0).abs() < 1e-6 && (a.1 - b.1).abs() < 1e-6
    }

    #[test]
    fn a_viewport_survives_its_text_and_bad_text_is_refused() {
        let v = Viewport { zoom: 7.25, center: MapPoint { x: 0.31416, y: -0.27183 } };
        assert_eq!(Viewport::decode(&v.encode()), Some(v));
        let cases: &[(&str, Option<Viewport>)] = &[
            ("1,0,0", Some(Viewport::default())),
            ("500,0,0", Some(Viewport { zoom: MAX_ZOOM, ..Viewport::default() })),
            ("0.1,0,0", Some(Viewport::default())),
            ("", None),
            ("2,0", None),
            ("2,0,0,0", None),
            ("NaN,0,0", None),
            ("2,abc,0", None),
            ("2,99,0", None),
        ];
        for (text, want) in cases {
            assert_eq!(Viewport::decode(text), *want, "{text:?}");
        }
    }

    #[test]
    fn the_default_view_is_the_fitted_world() {
        let (min, max) = world_bounds();
        assert_eq!(Viewport::default().screen_from_map(C), ScreenFromMap::fit(min, max, C.width, C.height, C.pad));
    }

    #[test]
    fn zoom_keeps_the_anchor_fixed() {
        let cases = [((640.0, 244.0), 2.0), ((100.0, 50.0), 1.1), ((900.0, 300.0), 4.0), ((700.0, 200.0), 0.5)];
        for (anchor, factor) in cases {
            let v0 = Viewport { zoom: 4.0, center: MapPoint { x: 0.4, y: 0.8 } };
            let under = v0.screen_from_map(C).invert(anchor);
            let v1 = v0.zoom_about(anchor, factor, C);
            assert!((v1.zoom - 4.0 * factor).abs() < 1e-9);
            assert!(close(v1.screen_from_map(C).apply(under), anchor), "{anchor:?} ×{factor}");
        }
    }

    #[test]
    fn zoom_is_bounded_and_bad_input_is_ignored() {
        let v = Viewport::default();
        assert_eq!(v.zoom_about((10.0, 10.0), 1e9, C).zoom, MAX_ZOOM);
        assert_eq!(v.zoom_about((10.0, 10.0), 1e-9, C).zoom, MIN_ZOOM);
        assert_eq!(v.zoom_about((10.0, 10.0), f64::NAN, C), v);
        assert_eq!(v.zoom_about((10.0, 10.0), -2.0, C), v);
    }

    #[test]
    fn pan_moves_the_map_with_the_pointer_and_back() {
        let v0 = Viewport { zoom: 8.0, center: MapPoint { x: 0.3, y: 0.9 } };
        let p = MapPoint { x: 0.35, y: 0.85 };
        let before = v0.screen_from_map(C).apply(p);
        let v1 = v0.pan_by((40.0, -25.0), C);
        let after = v1.screen_from_map(C).apply(p);
        assert!(close(after, (before.0 + 40.0, before.1 - 25.0)));
        let v2 = v1.pan_by((-40.0, 25.0), C);
        assert!((v2.center.x - v0.center.x).abs() < 1e-12 && (v2.center.y - v0.center.y).abs() < 1e-12);
        // The centre cannot leave the world.
        let far = v0.pan_by((1e9, -1e9), C);
        let (min, max) = world_bounds();
        assert!(far.center.x >= min.x && far.center.x <= max.x && far.center.y >= min.y && far.center.y <= max.y);
    }

    #[test]
    fn fit_shows_a_box() {
        let (min, max) = (MapPoint { x: 0.2, y: 0.7 }, MapPoint { x: 0.5, y: 0.9 });
        let v = Viewport::fit(min, max, C);
        let t = v.screen_from_map(C);
        let (a, b) = (t.apply(MapPoint { x: min.x, y: max.y }), t.apply(MapPoint { x: max.x, y: min.y }));
        assert!(a.0 >= 1.9 && b.0 <= C.width - 1.9 && a.1 >= 1.9 && b.1 <= C.height - 1.9);
        assert!(v.zoom > 1.0);
    }
}
