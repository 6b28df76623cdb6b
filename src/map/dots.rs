//! Facility dots rasterised straight into an RGBA pixel buffer: one `putImageData` draws 100,000 of them,
//! where one canvas path per dot would not keep up. Pure, so it is tested natively.

use super::scene::Scene;
use super::transform::ScreenFromMap;
use crate::theme::{Rgb, Theme};

/// An RGBA image, row-major, 4 bytes per pixel, transparent where nothing is drawn.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Raster {
    pub width: usize,
    pub height: usize,
    pub rgba: Vec<u8>,
}

impl Raster {
    pub fn new(width: usize, height: usize) -> Self {
        Raster { width, height, rgba: vec![0; width * height * 4] }
    }

    /// Clears to transparent, reusing the buffer when the size is unchanged.
    pub fn reset(&mut self, width: usize, height: usize) {
        if self.width != width || self.height != height {
            *self = Raster::new(width, height);
        } else {
            self.rgba.fill(0);
        }
    }

    pub fn pixel(&self, x: usize, y: usize) -> [u8; 4] {
        let i = (y * self.width + x) * 4;
        self.rgba.get(i..i + 4).map_or([0; 4], |p| [p[0], p[1], p[2], p[3]])
    }

    /// Fills a disc of radius `r` centred on `(cx, cy)` (pixel centres at +0.5), clipped to the image.
    fn disc(&mut self, cx: f64, cy: f64, r: f64, c: Rgb) {
        let (w, h) = (self.width as i64, self.height as i64);
        let (x0, x1) = (((cx - r).floor() as i64).max(0), ((cx + r).ceil() as i64).min(w - 1));
        let (y0, y1) = (((cy - r).floor() as i64).max(0), ((cy + r).ceil() as i64).min(h - 1));
        let r2 = r * r;
        for y in y0..=y1 {
            let dy = y as f64 + 0.5 - cy;
            let row = (y * w) as usize;
            for x in x0..=x1 {
                let dx = x as f64 + 0.5 - cx;
                if dx * dx + dy * dy <= r2 {
                    let i = (row + x as usize) * 4;
                    self.rgba[i..i + 4].copy_from_slice(&[c.0, c.1, c.2, 255]);
                }
            }
        }
    }
}

/// Dot radius in device pixels: smaller when there are many, as the ECharts peer does.
pub fn dot_radius(count: usize, scale: f64) -> f64 {
    if count > 2000 {
        1.5 * scale
    } else {
        4.0 * scale
    }
}

/// Draws every dot of the scene that is on the canvas, each with a thin halo in the background colour so
/// that neighbours stay apart; `highlight` (an index into `scene.dots`) gets a ring on top.
pub fn render(raster: &mut Raster, scene: &Scene, t: &ScreenFromMap, theme: &Theme, scale: f64, highlight: Option<usize>) {
    let r = dot_radius(scene.dots.len(), scale);
    let halo = if scene.dots.len() > 2000 { 0.0 } else { scale };
    let (w, h) = (raster.width as f64, raster.height as f64);
    for dot in &scene.dots {
        let (x, y) = t.apply(dot.at);
        if x < -r - halo || y < -r - halo || x > w + r + halo || y > h + r + halo {
            continue;
        }
        if halo > 0.0 {
            raster.disc(x, y, r + halo, theme.background);
        }
        raster.disc(x, y, r, theme.segment(dot.segment));
    }
    if let Some(dot) = highlight.and_then(|i| scene.dots.get(i)) {
        let (x, y) = t.apply(dot.at);
        let ring = r.max(4.0 * scale) + 3.0 * scale;
        raster.disc(x, y, ring, theme.text);
        raster.disc(x, y, ring - 2.0 * scale, theme.background);
        raster.disc(x, y, r.max(3.0 * scale), theme.segment(dot.segment));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::equal_earth::MapPoint;
    use crate::map::scene::Dot;
    use crate::model::Segment;
    use crate::theme::ThemeName;

    fn scene(points: &[(f64, f64, Segment)]) -> Scene {
        let dots = points.iter().enumerate().map(|(i, (x, y, s))| Dot { facility: i, at: MapPoint { x: *x, y: *y }, segment: *s }).collect();
        Scene { dots, ..Scene::default() }
    }

    #[test]
    fn dots_are_drawn_in_their_segment_colour_and_nothing_else_is_touched() {
        let theme = Theme::get(ThemeName::Light);
        let s = scene(&[(10.0, -10.0, Segment::BatteryCells), (30.0, -20.0, Segment::VehicleAssembly), (500.0, 0.0, Segment::Components)]);
        let t = ScreenFromMap { scale: 1.0, tx: 0.0, ty: 0.0 };
        let mut r = Raster::new(40, 30);
        render(&mut r, &s, &t, &theme, 1.0, None);
        let c = theme.segment(Segment::BatteryCells);
        assert_eq!(r.pixel(10, 10), [c.0, c.1, c.2, 255]);
        let v = theme.segment(Segment::VehicleAssembly);
        assert_eq!(r.pixel(30, 20), [v.0, v.1, v.2, 255]);
        assert_eq!(r.pixel(0, 0), [0, 0, 0, 0], "transparent elsewhere");
        assert_eq!(r.pixel(20, 15), [0, 0, 0, 0]);
        let painted = r.rgba.chunks(4).filter(|p| p[3] > 0).count();
        // Two discs of radius 4 with a 1-px halo: about 2 × π × 5².
        assert!((120..=190).contains(&painted), "{painted}");
    }

    #[test]
    fn dots_off_the_canvas_and_at_its_edge_never_write_outside() {
        let theme = Theme::get(ThemeName::Dark);
        let s = scene(&[(-3.0, 1.0, Segment::BatteryMaterials), (39.5, -29.5, Segment::BatteryCells), (1e9, 1e9, Segment::Components)]);
        let t = ScreenFromMap { scale: 1.0, tx: 0.0, ty: 0.0 };
        let mut r = Raster::new(40, 30);
        render(&mut r, &s, &t, &theme, 2.0, Some(1));
        assert_eq!(r.rgba.len(), 40 * 30 * 4);
        assert!(r.pixel(39, 29)[3] > 0);
        r.reset(40, 30);
        assert!(r.rgba.iter().all(|b| *b == 0));
    }

    #[test]
    fn many_dots_are_small() {
        assert_eq!(dot_radius(200, 1.0), 4.0);
        assert_eq!(dot_radius(100_000, 2.0), 3.0);
    }
}
