//! Colours shared by the charts and the map: one colour-blind-safe palette (Okabe–Ito), light and dark.

use crate::model::{Segment, Status};

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG relative luminance.
    pub fn luminance(self) -> f64 {
        fn channel(c: u8) -> f64 {
            let c = f64::from(c) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        }
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// The colour `t` of the way from `self` to `other` (0 = self, 1 = other).
    pub fn mix(self, other: Rgb, t: f64) -> Rgb {
        let m = |x: u8, y: u8| (f64::from(x) * (1.0 - t) + f64::from(y) * t).round() as u8;
        Rgb(m(self.0, other.0), m(self.1, other.1), m(self.2, other.2))
    }

    /// The same colour for plotters.
    pub fn plotters(self) -> plotters::style::RGBColor {
        plotters::style::RGBColor(self.0, self.1, self.2)
    }

    /// WCAG contrast ratio between two colours (1…21).
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ThemeName {
    #[default]
    Light,
    Dark,
}

/// Every colour a drawing needs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Theme {
    pub background: Rgb,
    pub text: Rgb,
    pub muted: Rgb,
    pub grid: Rgb,
    pub ocean: Rgb,
    pub land: Rgb,
    pub border: Rgb,
    pub coast: Rgb,
    pub graticule: Rgb,
    /// China, where the money comes from.
    pub origin: Rgb,
    /// Investment in China ("home").
    pub home: Rgb,
    /// Investment abroad.
    pub abroad: Rgb,
    segments: [Rgb; 4],
    /// announced, under construction, operational, paused, cancelled
    statuses: [Rgb; 5],
}

impl Theme {
    pub fn get(name: ThemeName) -> Theme {
        match name {
            ThemeName::Light => Theme {
                background: Rgb(0xff, 0xff, 0xff),
                text: Rgb(0x1b, 0x1f, 0x24),
                muted: Rgb(0x5a, 0x63, 0x6e),
                grid: Rgb(0xe4, 0xe7, 0xeb),
                ocean: Rgb(0xf3, 0xf6, 0xf9),
                land: Rgb(0xe6, 0xe3, 0xdc),
                border: Rgb(0xfb, 0xfa, 0xf7),
                coast: Rgb(0xc4, 0xbf, 0xb4),
                graticule: Rgb(0xe2, 0xe8, 0xee),
                origin: Rgb(0xf3, 0xd9, 0xc6),
                home: Rgb(0x64, 0x74, 0x8b),
                abroad: Rgb(0xd5, 0x5e, 0x00),
                // battery cells, battery materials, vehicle assembly, components
                segments: [Rgb(0x00, 0x72, 0xb2), Rgb(0x00, 0x80, 0x60), Rgb(0xd5, 0x5e, 0x00), Rgb(0xb8, 0x5c, 0x95)],
                // Okabe–Ito blue, orange, bluish green, reddish purple (darkened for white), grey
                statuses: [
                    Rgb(0x00, 0x72, 0xb2),
                    Rgb(0xa8, 0x68, 0x00),
                    Rgb(0x00, 0x7a, 0x5a),
                    Rgb(0xa8, 0x52, 0x7f),
                    Rgb(0x6b, 0x72, 0x80),
                ],
            },
            ThemeName::Dark => Theme {
                background: Rgb(0x14, 0x17, 0x1b),
                text: Rgb(0xe8, 0xea, 0xed),
                muted: Rgb(0xa3, 0xab, 0xb5),
                grid: Rgb(0x2c, 0x31, 0x38),
                ocean: Rgb(0x18, 0x1c, 0x21),
                land: Rgb(0x2d, 0x32, 0x39),
                border: Rgb(0x1a, 0x1e, 0x23),
                coast: Rgb(0x4a, 0x52, 0x5c),
                graticule: Rgb(0x22, 0x27, 0x2d),
                origin: Rgb(0x4a, 0x36, 0x2a),
                home: Rgb(0x9d, 0xab, 0xbf),
                abroad: Rgb(0xf0, 0x8a, 0x3c),
                segments: [Rgb(0x56, 0xb4, 0xe9), Rgb(0x2e, 0xc4, 0x96), Rgb(0xf0, 0x8a, 0x3c), Rgb(0xe0, 0x8f, 0xc0)],
                statuses: [
                    Rgb(0x56, 0xb4, 0xe9),
                    Rgb(0xe6, 0x9f, 0x00),
                    Rgb(0x2e, 0xc4, 0x96),
                    Rgb(0xe0, 0x8f, 0xc0),
                    Rgb(0x9a, 0xa3, 0xae),
                ],
            },
        }
    }

    pub fn segment(&self, s: Segment) -> Rgb {
        match s {
            Segment::BatteryCells => self.segments[0],
            Segment::BatteryMaterials => self.segments[1],
            Segment::VehicleAssembly => self.segments[2],
            Segment::Components => self.segments[3],
        }
    }

    /// The colour of a project status, from the same colour-blind-safe family.
    pub fn status(&self, s: Status) -> Rgb {
        match s {
            Status::Announced => self.statuses[0],
            Status::UnderConstruction => self.statuses[1],
            Status::Operational => self.statuses[2],
            Status::Paused => self.statuses[3],
            Status::Cancelled => self.statuses[4],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_contrast_at_least_3_to_1_in_both_themes() {
        for name in [ThemeName::Light, ThemeName::Dark] {
            let t = Theme::get(name);
            let mut marks = vec![("home", t.home), ("abroad", t.abroad)];
            marks.extend(Segment::ALL.iter().map(|s| (s.code(), t.segment(*s))));
            marks.extend(Status::ALL.iter().map(|s| (s.code(), t.status(*s))));
            for (what, c) in marks {
                for (bg_name, bg) in [("background", t.background), ("ocean", t.ocean), ("land", t.land)] {
                    let ratio = c.contrast(bg);
                    assert!(ratio >= 3.0, "{name:?} {what} on {bg_name}: {ratio:.2}");
                }
            }
            assert!(t.text.contrast(t.background) >= 7.0, "{name:?} text");
            assert!(t.muted.contrast(t.background) >= 4.5, "{name:?} muted text");
        }
    }

    #[test]
    fn status_colours_are_distinct_within_each_theme() {
        for name in [ThemeName::Light, ThemeName::Dark] {
            let t = Theme::get(name);
            for (i, a) in Status::ALL.iter().enumerate() {
                for b in &Status::ALL[i + 1..] {
                    assert_ne!(t.status(*a), t.status(*b), "{name:?} {a:?} and {b:?}");
                }
            }
        }
    }

    #[test]
    fn the_page_legend_uses_the_canvas_palette_and_symbol_sizes() {
        let css = include_str!("../styles/main.css");
        let (light, dark) = css.split_once("@media (prefers-color-scheme: dark)").expect("a dark block");
        for (name, block) in [(ThemeName::Light, light), (ThemeName::Dark, dark)] {
            let t = Theme::get(name);
            for s in Segment::ALL {
                let want = format!("--{}: {};", s.code(), t.segment(*s).hex());
                assert!(block.contains(&want), "{name:?}: styles/main.css lacks {want}");
            }
        }
        // The full atlas's own theme blocks (styles/details.css) carry the same segment colours.
        let details = include_str!("../styles/details.css");
        for (name, key) in
            [(ThemeName::Light, "html[data-theme=\"light\"]"), (ThemeName::Dark, "html[data-theme=\"dark\"]")]
        {
            let block = details.split(key).nth(1).and_then(|b| b.split('}').next()).expect("a theme block");
            let t = Theme::get(name);
            for s in Segment::ALL {
                let want = format!("--{}: {};", s.code(), t.segment(*s).hex());
                assert!(block.contains(&want), "{name:?}: styles/details.css lacks {want}");
            }
        }
        for (usd, class) in [(100.0, "usd100"), (1_000.0, "usd1000"), (5_000.0, "usd5000")] {
            let d = 2.0 * crate::map::dots::symbol_radius(Some(usd)).expect("radius");
            let want = format!(".sym.{class} {{ width: {0}px; height: {0}px; }}", crate::format::trim_decimals(d, 1));
            assert!(css.contains(&want), "styles/main.css lacks {want}");
        }
    }

    #[test]
    fn contrast_known_values() {
        let white = Rgb(255, 255, 255);
        let black = Rgb(0, 0, 0);
        assert!((white.contrast(black) - 21.0).abs() < 1e-9);
        assert_eq!(Rgb(0xd5, 0x5e, 0x00).hex(), "#d55e00");
        assert_eq!(white.mix(black, 0.0), white);
        assert_eq!(white.mix(black, 1.0), black);
        assert_eq!(Rgb(0, 100, 200).mix(Rgb(100, 200, 0), 0.5), Rgb(50, 150, 100));
    }
}
