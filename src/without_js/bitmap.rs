//! A plotters bitmap that draws text as a browser's canvas does (`plotters-canvas`): the size is the em in
//! pixels, the anchor is on the em box, glyphs are kerned and placed at sub-pixel positions. Shapes are
//! plotters' `BitMapBackend`'s own. Fonts are TrueType files read at build time ([`Fonts`]), never shipped.

use std::path::Path;

use ab_glyph::{point, Font, FontVec, Glyph, PxScale, ScaleFont};
use plotters::backend::BitMapBackend;
use plotters::prelude::DrawingBackend;
use plotters::style::text_anchor::{HPos, VPos};
use plotters::style::FontStyle;
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind};

/// Debian's fonts-dejavu-core (scripts/setup.sh installs it).
pub const FONT: &str = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
pub const BOLD_FONT: &str = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

/// A regular and a bold face; every family the charts name is drawn with them.
pub struct Fonts {
    regular: FontVec,
    bold: FontVec,
}

impl Fonts {
    pub fn load(regular: &Path, bold: &Path) -> Result<Fonts, String> {
        let face = |path: &Path| {
            let bytes = std::fs::read(path).map_err(|e| {
                format!(
                    "cannot read the font {} ({e}): install Debian's fonts-dejavu-core (scripts/setup.sh)",
                    path.display()
                )
            })?;
            FontVec::try_from_vec(bytes).map_err(|_| format!("{} is not a TrueType or OpenType font", path.display()))
        };
        Ok(Fonts { regular: face(regular)?, bold: face(bold)? })
    }

    /// DejaVu Sans, from where Debian puts it.
    pub fn dejavu() -> Result<Fonts, String> {
        Fonts::load(Path::new(FONT), Path::new(BOLD_FONT))
    }

    fn face(&self, style: FontStyle) -> &FontVec {
        match style {
            FontStyle::Bold => &self.bold,
            _ => &self.regular,
        }
    }
}

/// A line of text set at `px` pixels to the em: its glyphs, from a baseline starting at x = 0, its
/// advance width, and the ascent of the em box (the em box is the font's ascent and descent scaled to one
/// em, as a canvas's `textBaseline` "top" and "bottom" use it).
fn set(font: &FontVec, px: f64, text: &str) -> (Vec<Glyph>, f32, f32) {
    let px = px as f32;
    let units = font.units_per_em().unwrap_or(1000.0);
    let scaled = font.as_scaled(PxScale::from(px * font.height_unscaled() / units));
    let mut glyphs = Vec::with_capacity(text.len());
    let mut caret = 0.0_f32;
    let mut previous = None;
    for c in text.chars() {
        let id = scaled.glyph_id(c);
        if let Some(p) = previous {
            caret += scaled.kern(p, id);
        }
        glyphs.push(id.with_scale_and_position(scaled.scale(), point(caret, 0.0)));
        caret += scaled.h_advance(id);
        previous = Some(id);
    }
    let ascent = px * font.ascent_unscaled() / font.height_unscaled();
    (glyphs, caret, ascent)
}

/// An RGB buffer that plotters draws on, with canvas-like text.
pub struct Bitmap<'a, 'f> {
    inner: BitMapBackend<'a>,
    fonts: &'f Fonts,
}

impl<'a, 'f> Bitmap<'a, 'f> {
    /// `rgb` holds `width` × `height` RGB pixels, row by row.
    pub fn new(rgb: &'a mut [u8], (width, height): (u32, u32), fonts: &'f Fonts) -> Self {
        Bitmap { inner: BitMapBackend::with_buffer(rgb, (width, height)), fonts }
    }
}

type Error = <BitMapBackend<'static> as DrawingBackend>::ErrorType;

impl DrawingBackend for Bitmap<'_, '_> {
    type ErrorType = Error;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }
    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Error>> {
        self.inner.ensure_prepared()
    }
    fn present(&mut self) -> Result<(), DrawingErrorKind<Error>> {
        self.inner.present()
    }
    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<(), DrawingErrorKind<Error>> {
        self.inner.draw_pixel(point, color)
    }
    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Error>> {
        self.inner.draw_line(from, to, style)
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Error>> {
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Error>> {
        self.inner.draw_path(path, style)
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Error>> {
        self.inner.draw_circle(center, radius, style, fill)
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Error>> {
        self.inner.fill_polygon(vert, style)
    }
    fn blit_bitmap(&mut self, pos: BackendCoord, size: (u32, u32), src: &[u8]) -> Result<(), DrawingErrorKind<Error>> {
        self.inner.blit_bitmap(pos, size, src)
    }

    /// Unrotated text, anchored as a canvas anchors it (`textAlign` start/center/end, `textBaseline`
    /// top/middle/bottom of the em box).
    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Error>> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let px = style.size();
        let font = self.fonts.face(style.style());
        let (glyphs, width, ascent) = set(font, px, text);
        let dx = match style.anchor().h_pos {
            HPos::Left => 0.0,
            HPos::Center => -width / 2.0,
            HPos::Right => -width,
        };
        let baseline = match style.anchor().v_pos {
            VPos::Top => ascent,
            VPos::Center => ascent - px as f32 / 2.0,
            VPos::Bottom => ascent - px as f32,
        };
        let origin = point(pos.0 as f32 + dx, pos.1 as f32 + baseline);
        for mut g in glyphs {
            g.position = point(g.position.x + origin.x, origin.y);
            let Some(outline) = font.outline_glyph(g) else { continue };
            let b = outline.px_bounds();
            let mut result = Ok(());
            outline.draw(|x, y, coverage| {
                if result.is_ok() && coverage > 0.0 {
                    let at = (b.min.x as i32 + x as i32, b.min.y as i32 + y as i32);
                    let c = BackendColor { alpha: color.alpha * f64::from(coverage.min(1.0)), rgb: color.rgb };
                    result = self.inner.draw_pixel(at, c);
                }
            });
            result?;
        }
        Ok(())
    }

    /// The advance width and the em of the text.
    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<Error>> {
        let (_, width, _) = set(self.fonts.face(style.style()), style.size(), text);
        Ok((width.ceil() as u32, style.size().ceil() as u32))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use plotters::prelude::*;
    use plotters::style::text_anchor::Pos;

    /// The columns and rows of pixels that are not white.
    fn ink(rgb: &[u8], width: usize) -> Option<((usize, usize), (usize, usize))> {
        let inked: Vec<(usize, usize)> = rgb
            .chunks_exact(3)
            .enumerate()
            .filter(|(_, p)| p.iter().any(|c| *c < 128))
            .map(|(i, _)| (i % width, i / width))
            .collect();
        let xs = inked.iter().map(|p| p.0);
        let ys = inked.iter().map(|p| p.1);
        Some(((xs.clone().min()?, xs.max()?), (ys.clone().min()?, ys.max()?)))
    }

    #[test]
    fn text_is_anchored_on_its_em_box_and_measured_by_its_advances() {
        let fonts = Fonts::dejavu().expect("DejaVu Sans (fonts-dejavu-core)");
        let (w, h) = (400_usize, 200_usize);
        // (anchor, where the capitals' ink may be, as (x range, y range)), for "HH" at 40 px drawn at (200, 100).
        let cases = [
            ("top left", Pos::new(HPos::Left, VPos::Top), ((200, 260), (103, 140))),
            ("bottom right", Pos::new(HPos::Right, VPos::Bottom), ((140, 200), (60, 100))),
            ("centre", Pos::new(HPos::Center, VPos::Center), ((170, 230), (80, 113))),
        ];
        for (name, anchor, ((x0, x1), (y0, y1))) in cases {
            let mut rgb = vec![255_u8; w * h * 3];
            {
                let root = Bitmap::new(&mut rgb, (w as u32, h as u32), &fonts).into_drawing_area();
                let style = ("sans-serif", 40.0).into_font().color(&BLACK).pos(anchor);
                root.draw(&Text::new("HH", (200, 100), style)).expect("drawn");
                let font = TextStyle::from(("sans-serif", 40.0).into_font());
                let (tw, th) = root.estimate_text_size("HH", &font).expect("measured");
                assert!((55..=65).contains(&tw) && th == 40, "{tw} × {th}");
            }
            let ((ix0, ix1), (iy0, iy1)) = ink(&rgb, w).expect("ink");
            assert!(ix0 >= x0 && ix1 <= x1 && iy0 >= y0 && iy1 <= y1, "{name}: ink {ix0}–{ix1} × {iy0}–{iy1}");
            // Capitals are about 0.73 em high.
            assert!((26..=32).contains(&(iy1 - iy0)), "{name}: {} px high", iy1 - iy0);
        }
    }
}
