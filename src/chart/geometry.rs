//! Rectangles and text boxes in device pixels, for layout and hit-testing.

/// An axis-aligned rectangle in device pixels (y down).
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn new(x: f64, y: f64, w: f64, h: f64) -> Self {
        Self { x, y, w, h }
    }

    pub fn right(&self) -> f64 {
        self.x + self.w
    }

    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }

    pub fn contains(&self, px: f64, py: f64) -> bool {
        px >= self.x && px <= self.right() && py >= self.y && py <= self.bottom()
    }

    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right() && other.x < self.right() && self.y < other.bottom() && other.y < self.bottom()
    }

    /// The same rectangle grown by `d` on every side.
    pub fn inflate(&self, d: f64) -> Rect {
        Rect::new(self.x - d, self.y - d, self.w + 2.0 * d, self.h + 2.0 * d)
    }
}

/// The box of `text` drawn at `(x, y)` with the given anchor, its line `px * 1.2` high.
pub fn text_box(
    text: &str,
    px: f64,
    x: f64,
    y: f64,
    h: plotters::style::text_anchor::HPos,
    v: plotters::style::text_anchor::VPos,
) -> Rect {
    use plotters::style::text_anchor::{HPos, VPos};
    let w = text_width(text, px);
    let height = px * 1.2;
    let left = match h {
        HPos::Left => x,
        HPos::Center => x - w / 2.0,
        HPos::Right => x - w,
    };
    let top = match v {
        VPos::Top => y,
        VPos::Center => y - height / 2.0,
        VPos::Bottom => y - height,
    };
    Rect::new(left, top, w, height)
}

/// Estimated width of `text` in a sans-serif font of `px` pixels: a deliberate over-estimate, so that
/// labels laid out with it never collide in the browser either.
pub fn text_width(text: &str, px: f64) -> f64 {
    text.chars()
        .map(|c| match c {
            'i' | 'l' | 'j' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | ' ' => 0.32,
            'm' | 'w' | 'M' | 'W' | '—' => 0.9,
            c if c.is_ascii_uppercase() || c == '$' => 0.68,
            c if c.is_ascii_digit() => 0.58,
            // CJK ideographs, kana, hangul and full-width forms take a whole em.
            '\u{2E80}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}' => {
                1.0
            }
            _ => 0.56,
        })
        .sum::<f64>()
        * px
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rect_relations() {
        let a = Rect::new(0.0, 0.0, 10.0, 10.0);
        let cases = [
            (Rect::new(5.0, 5.0, 10.0, 10.0), true),
            (Rect::new(10.0, 0.0, 5.0, 5.0), false),
            (Rect::new(-5.0, -5.0, 4.0, 4.0), false),
            (Rect::new(2.0, 2.0, 1.0, 1.0), true),
        ];
        for (b, want) in cases {
            assert_eq!(a.overlaps(&b), want, "{b:?}");
            assert_eq!(b.overlaps(&a), want, "{b:?}");
        }
        assert!(a.contains(10.0, 10.0) && !a.contains(10.1, 5.0));
    }

    #[test]
    fn text_width_grows_with_text_and_size() {
        assert!(text_width("$94 bn", 12.0) > text_width("$9 bn", 12.0));
        assert!((text_width("2024", 24.0) - 2.0 * text_width("2024", 12.0)).abs() < 1e-9);
    }
}
