//! Facility dots rasterised straight into an RGBA pixel buffer: one `putImageData` draws 100,000 of them,
//! where one canvas path per dot would not keep up. Pure, so it is tested natively.

use super::cluster::{badge_radius, Cluster, Clusters};
use super::scene::{Dot, Scene, SYMBOLS_UP_TO};
use super::transform::ScreenFromMap;
use crate::model::{Segment, Status};
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

/// Dot radius in device pixels when every facility is a plain dot (many of them), as the ECharts peer does.
pub fn dot_radius(count: usize, scale: f64) -> f64 {
    if count > SYMBOLS_UP_TO {
        1.5 * scale
    } else {
        4.0 * scale
    }
}

/// Investment that gets the largest symbol (US$ million) and that symbol's radius (CSS px): the area of a
/// symbol is proportional to the investment (square-root scale).
pub const REFERENCE_USD_M: f64 = 10_000.0;
pub const REFERENCE_RADIUS: f64 = 14.0;
const MIN_RADIUS: f64 = 2.5;

/// The radius in CSS pixels of a plant's symbol; `None` for an undisclosed investment (drawn as a square).
pub fn symbol_radius(usd_millions: Option<f64>) -> Option<f64> {
    usd_millions.map(|m| (REFERENCE_RADIUS * (m.max(0.0) / REFERENCE_USD_M).sqrt()).max(MIN_RADIUS))
}

/// The radius a dot takes on screen, for hit-testing: device pixels.
pub fn hit_radius(dot: &Dot, count: usize, scale: f64) -> f64 {
    if count > SYMBOLS_UP_TO {
        dot_radius(count, scale)
    } else {
        symbol_radius(dot.usd).unwrap_or(3.5) * scale
    }
}

impl Raster {
    fn square(&mut self, cx: f64, cy: f64, half: f64, c: Rgb) {
        let (w, h) = (self.width as i64, self.height as i64);
        let (x0, x1) = (((cx - half).round() as i64).max(0), ((cx + half).round() as i64).min(w));
        let (y0, y1) = (((cy - half).round() as i64).max(0), ((cy + half).round() as i64).min(h));
        for y in y0..y1 {
            for x in x0..x1 {
                let i = ((y * w + x) * 4) as usize;
                self.rgba[i..i + 4].copy_from_slice(&[c.0, c.1, c.2, 255]);
            }
        }
    }

    /// A thick line from a to b, as a run of small discs.
    fn line(&mut self, a: (f64, f64), b: (f64, f64), width: f64, c: Rgb) {
        let steps = ((b.0 - a.0).hypot(b.1 - a.1) / (width / 2.0).max(0.5)).ceil().max(1.0) as usize;
        for k in 0..=steps {
            let t = k as f64 / steps as f64;
            self.disc(a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t, width / 2.0, c);
        }
    }

    /// A cluster's badge: a disc in the text colour inside a ring whose arcs show the plants per segment
    /// (clockwise from 12 o'clock, in `Segment::ALL` order). Its count is written on top by the page.
    fn badge(&mut self, (x, y): (f64, f64), cluster: &Cluster, theme: &Theme, scale: f64) {
        let r = badge_radius(cluster.members.len()) * scale;
        let ring = 3.0 * scale;
        self.disc(x, y, r + scale, theme.background);
        let total = cluster.segments.iter().sum::<usize>().max(1) as f64;
        let (w, h) = (self.width as i64, self.height as i64);
        let (x0, x1) = (((x - r).floor() as i64).max(0), ((x + r).ceil() as i64).min(w - 1));
        let (y0, y1) = (((y - r).floor() as i64).max(0), ((y + r).ceil() as i64).min(h - 1));
        for py in y0..=y1 {
            for px in x0..=x1 {
                let (dx, dy) = (px as f64 + 0.5 - x, py as f64 + 0.5 - y);
                if dx * dx + dy * dy > r * r {
                    continue;
                }
                // The share of the turn, clockwise from the top: 0…1.
                let turn = (dx.atan2(-dy) / std::f64::consts::TAU).rem_euclid(1.0);
                let mut upto = 0.0;
                let mut colour = theme.text;
                for (k, n) in cluster.segments.iter().enumerate() {
                    upto += *n as f64 / total;
                    if turn < upto || k == 3 {
                        colour = theme.segment(Segment::ALL[k]);
                        break;
                    }
                }
                let i = ((py * w + px) * 4) as usize;
                self.rgba[i..i + 4].copy_from_slice(&[colour.0, colour.1, colour.2, 255]);
            }
        }
        self.disc(x, y, r - ring, theme.text);
    }

    /// One plant's symbol: size by investment, colour by segment, fill by status.
    fn symbol(&mut self, (x, y): (f64, f64), dot: &Dot, theme: &Theme, scale: f64) {
        let colour = theme.segment(dot.segment);
        let bg = theme.background;
        let Some(r) = symbol_radius(dot.usd).map(|r| r * scale) else {
            // Investment not disclosed: a small square, same status styles.
            let half = 3.5 * scale;
            self.square(x, y, half + scale, bg);
            self.square(x, y, half, colour);
            if matches!(dot.status, Status::Announced | Status::Paused | Status::Cancelled) {
                self.square(x, y, half - 1.5 * scale, bg);
            }
            if dot.status == Status::Cancelled {
                self.line((x - half, y - half), (x + half, y + half), 1.5 * scale, colour);
            }
            return;
        };
        let stroke = (1.5 * scale).min(r * 0.5);
        self.disc(x, y, r + scale, bg);
        match dot.status {
            Status::Operational => self.disc(x, y, r, colour),
            Status::UnderConstruction => {
                self.disc(x, y, r, colour);
                self.disc(x, y, r - stroke, colour.mix(bg, 0.55));
            }
            Status::Announced => {
                self.disc(x, y, r, colour);
                self.disc(x, y, r - stroke, bg);
            }
            Status::Paused => {
                self.disc(x, y, r, colour);
                self.disc(x, y, r - stroke, bg);
                self.disc(x, y, (r * 0.35).max(scale), colour);
            }
            Status::Cancelled => {
                self.disc(x, y, r, colour);
                self.disc(x, y, r - stroke, bg);
                let d = r * std::f64::consts::FRAC_1_SQRT_2;
                self.line((x - d, y - d), (x + d, y + d), stroke, colour);
                self.line((x - d, y + d), (x + d, y - d), stroke, colour);
            }
        }
    }
}

/// Draws every dot of the scene that is on the canvas: plant symbols when there are few enough, plain
/// dots otherwise; plants in a cluster are drawn as its badge; `highlight` (an index into
/// `scene.dots`) gets a ring on top.
pub fn render(
    raster: &mut Raster,
    scene: &Scene,
    clusters: &Clusters,
    t: &ScreenFromMap,
    theme: &Theme,
    scale: f64,
    highlight: Option<usize>,
) {
    let count = scene.dots.len();
    let symbols = count <= SYMBOLS_UP_TO;
    let reach = if symbols { (REFERENCE_RADIUS + 2.0) * scale } else { dot_radius(count, scale) };
    let (w, h) = (raster.width as f64, raster.height as f64);
    for (k, dot) in scene.dots.iter().enumerate() {
        if clusters.of_dot.get(k).is_some_and(Option::is_some) || highlight == Some(k) {
            continue;
        }
        let (x, y) = t.apply(dot.at);
        if x < -reach || y < -reach || x > w + reach || y > h + reach {
            continue;
        }
        if symbols {
            raster.symbol((x, y), dot, theme, scale);
        } else {
            raster.disc(x, y, dot_radius(count, scale), theme.segment(dot.segment));
        }
    }
    for cluster in &clusters.clusters {
        let (x, y) = t.apply(cluster.at);
        let r = (badge_radius(cluster.members.len()) + 1.0) * scale;
        if x > -r && y > -r && x < w + r && y < h + r {
            raster.badge((x, y), cluster, theme, scale);
        }
    }
    // The highlighted plant is drawn last, over any badge, with a ring.
    if let Some(dot) = highlight.and_then(|i| scene.dots.get(i)) {
        let (x, y) = t.apply(dot.at);
        if symbols {
            raster.symbol((x, y), dot, theme, scale);
        } else {
            raster.disc(x, y, dot_radius(count, scale), theme.segment(dot.segment));
        }
        let ring = hit_radius(dot, count, scale).max(4.0 * scale) + 3.0 * scale;
        // A ring in the text colour around the symbol, which stays visible inside it.
        let keep = raster.clone();
        raster.disc(x, y, ring, theme.text);
        raster.disc(x, y, ring - 2.0 * scale, theme.background);
        let inner = ring - 2.0 * scale;
        let (x0, x1) = ((x - inner).floor().max(0.0) as usize, ((x + inner).ceil() as usize).min(raster.width));
        let (y0, y1) = ((y - inner).floor().max(0.0) as usize, ((y + inner).ceil() as usize).min(raster.height));
        for py in y0..y1 {
            for px in x0..x1 {
                let (dx, dy) = (px as f64 + 0.5 - x, py as f64 + 0.5 - y);
                let i = (py * raster.width + px) * 4;
                if dx * dx + dy * dy <= inner * inner && keep.rgba[i + 3] > 0 {
                    raster.rgba[i..i + 4].copy_from_slice(&keep.rgba[i..i + 4]);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::equal_earth::MapPoint;
    use crate::model::Segment;
    use crate::theme::ThemeName;

    fn scene(points: &[(f64, f64, Segment)]) -> Scene {
        let dots = points.iter().enumerate().map(|(i, (x, y, s))| Dot::new(i, MapPoint { x: *x, y: *y }, *s)).collect();
        Scene { dots, ..Scene::default() }
    }

    #[test]
    fn dots_are_drawn_in_their_segment_colour_and_nothing_else_is_touched() {
        let theme = Theme::get(ThemeName::Light);
        let s = scene(&[
            (10.0, -10.0, Segment::BatteryCells),
            (30.0, -20.0, Segment::VehicleAssembly),
            (500.0, 0.0, Segment::Components),
        ]);
        let t = ScreenFromMap { scale: 1.0, tx: 0.0, ty: 0.0 };
        let mut r = Raster::new(40, 30);
        render(&mut r, &s, &Clusters::default(), &t, &theme, 1.0, None);
        let c = theme.segment(Segment::BatteryCells);
        assert_eq!(r.pixel(10, 10), [c.0, c.1, c.2, 255]);
        let v = theme.segment(Segment::VehicleAssembly);
        assert_eq!(r.pixel(30, 20), [v.0, v.1, v.2, 255]);
        assert_eq!(r.pixel(0, 0), [0, 0, 0, 0], "transparent elsewhere");
        assert_eq!(r.pixel(20, 15), [0, 0, 0, 0]);
        let painted = r.rgba.chunks(4).filter(|p| p[3] > 0).count();
        // Two undisclosed-investment squares of 7 px with a 1-px halo: about 2 × 9².
        assert!((120..=190).contains(&painted), "{painted}");
    }

    #[test]
    fn dots_off_the_canvas_and_at_its_edge_never_write_outside() {
        let theme = Theme::get(ThemeName::Dark);
        let s = scene(&[
            (-3.0, 1.0, Segment::BatteryMaterials),
            (39.5, -29.5, Segment::BatteryCells),
            (1e9, 1e9, Segment::Components),
        ]);
        let t = ScreenFromMap { scale: 1.0, tx: 0.0, ty: 0.0 };
        let mut r = Raster::new(40, 30);
        render(&mut r, &s, &Clusters::default(), &t, &theme, 2.0, Some(1));
        assert_eq!(r.rgba.len(), 40 * 30 * 4);
        assert!(r.pixel(39, 29)[3] > 0);
        r.reset(40, 30);
        assert!(r.rgba.iter().all(|b| *b == 0));
    }

    #[test]
    fn symbol_area_is_proportional_to_investment() {
        let cases = [(Some(10_000.0), Some(14.0)), (Some(2_500.0), Some(7.0)), (Some(1.0), Some(2.5)), (None, None)];
        for (usd, want) in cases {
            assert_eq!(symbol_radius(usd), want, "{usd:?}");
        }
        let (a, b) = (symbol_radius(Some(4_000.0)).unwrap_or(0.0), symbol_radius(Some(1_000.0)).unwrap_or(0.0));
        assert!(((a * a) / (b * b) - 4.0).abs() < 1e-9, "area ratio equals investment ratio");
    }

    #[test]
    fn status_styles_differ_at_the_centre() {
        let theme = Theme::get(ThemeName::Light);
        let t = ScreenFromMap { scale: 1.0, tx: 0.0, ty: 0.0 };
        let centre = |status: Status| {
            let mut dot = Dot::new(0, MapPoint { x: 20.0, y: -20.0 }, Segment::BatteryCells);
            dot.status = status;
            dot.usd = Some(5_000.0);
            let mut r = Raster::new(40, 40);
            render(&mut r, &Scene { dots: vec![dot], ..Scene::default() }, &Clusters::default(), &t, &theme, 1.0, None);
            (r.pixel(20, 20), r.pixel(20 + 9, 20))
        };
        let c = theme.segment(Segment::BatteryCells);
        let bg = theme.background;
        assert_eq!(centre(Status::Operational).0, [c.0, c.1, c.2, 255], "filled");
        assert_eq!(centre(Status::Announced).0, [bg.0, bg.1, bg.2, 255], "hollow");
        assert_eq!(centre(Status::Announced).1, [c.0, c.1, c.2, 255], "with a coloured outline");
        assert_eq!(centre(Status::Cancelled).0, [c.0, c.1, c.2, 255], "crossed");
        assert_ne!(centre(Status::UnderConstruction).0, centre(Status::Operational).0, "lighter fill");
    }

    #[test]
    fn clustered_plants_are_drawn_as_one_badge_with_a_ring_of_their_segments() {
        let theme = Theme::get(ThemeName::Light);
        let s = scene(&[
            (30.0, -30.0, Segment::BatteryCells),
            (32.0, -30.0, Segment::VehicleAssembly),
            (80.0, -30.0, Segment::Components),
        ]);
        let t = ScreenFromMap { scale: 1.0, tx: 0.0, ty: 0.0 };
        let clusters = Clusters {
            clusters: vec![Cluster { members: vec![0, 1], at: s.dots[0].at, segments: [1, 0, 1, 0] }],
            of_dot: vec![Some(0), Some(0), None],
        };
        let mut r = Raster::new(100, 60);
        render(&mut r, &s, &clusters, &t, &theme, 1.0, None);
        let rgb = |c: Rgb| [c.0, c.1, c.2, 255];
        assert_eq!(r.pixel(30, 30), rgb(theme.text), "the badge's disc");
        let rr = badge_radius(2);
        // Right of the top: the first half of the turn is battery cells; left of it, vehicle assembly.
        assert_eq!(r.pixel(30 + 2, (30.0 - rr + 1.0) as usize), rgb(theme.segment(Segment::BatteryCells)));
        assert_eq!(r.pixel(30 - 3, (30.0 - rr + 1.0) as usize), rgb(theme.segment(Segment::VehicleAssembly)));
        assert_eq!(r.pixel(80, 30), rgb(theme.segment(Segment::Components)), "the lone plant is itself");
    }

    #[test]
    fn many_dots_are_small() {
        assert_eq!(dot_radius(200, 1.0), 4.0);
        assert_eq!(dot_radius(100_000, 2.0), 3.0);
    }
}
