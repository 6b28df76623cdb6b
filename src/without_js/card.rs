//! Social-card images (`og:image`, `twitter:card` summary_large_image): the "Home vs abroad" chart drawn by
//! its own plotters code (`chart::home_abroad::draw`) on a bitmap, under a headline and its figures, above
//! the source line: a 1200 × 630 PNG made at build time. Text needs a TTF font at build time only
//! ([`Fonts`]); nothing here ships to a browser.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::bitmap::{Bitmap, Fonts};
use super::figures::KeyFigures;
use super::story::Step;
use crate::chart::bars;
use crate::chart::home_abroad::{self, HomeAbroad, Side};
use crate::data::DATASET_VERSION;
use crate::model::Year;
use crate::theme::{Rgb, Theme};

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

const FAMILY: &str = "sans-serif";
/// Left and right margin.
const MARGIN: f64 = 56.0;
/// The chart's scale: its 12 px ticks become 21 px, legible in a feed's thumbnail.
const CHART_SCALE: f64 = 1.75;

/// What a card says around its chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    /// The small line above the headline.
    pub kicker: String,
    pub headline: String,
    /// The figures under the headline, if any.
    pub figures: Option<String>,
    /// The chart's unit, above it.
    pub unit: String,
    /// The source line at the foot.
    pub source: String,
    /// The year whose bar is outlined (the atlas card outlines none: its note points at the crossover).
    pub highlight: Option<Year>,
}

impl Card {
    /// The atlas's card: the key figures' headline and figures (the chart's title without them).
    pub fn atlas(figures: Option<&KeyFigures>, chart: &HomeAbroad) -> Card {
        let text = home_abroad::text(chart, &crate::i18n::english());
        Card {
            kicker: "OVERSEAS EV ATLAS".to_owned(),
            headline: figures.map_or_else(|| text.title.clone(), KeyFigures::headline),
            figures: figures.map(KeyFigures::figures_line),
            unit: text.subtitle.clone(),
            source: source_line(&text.source),
            highlight: None,
        }
    }

    /// A story step's card: its title over the chart, the year it points at outlined.
    pub fn step(step: &Step, chart: &HomeAbroad) -> Card {
        let text = home_abroad::text(chart, &crate::i18n::english());
        Card {
            kicker: format!("OVERSEAS EV ATLAS · STEP {}", step.number),
            headline: step.title.clone(),
            figures: None,
            unit: text.subtitle.clone(),
            source: source_line(&text.source),
            highlight: step.highlight_year,
        }
    }
}

fn source_line(source: &str) -> String {
    format!("Source: {source}. Overseas EV Atlas, dataset {DATASET_VERSION}")
}

/// Text whose em box starts at `top`.
fn line<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    x: f64,
    top: f64,
    font: &TextStyle,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let style = font.pos(Pos::new(HPos::Left, VPos::Top));
    area.draw(&Text::new(text.to_owned(), (x.round() as i32, top.round() as i32), &style))
}

fn font(px: f64, bold: bool, colour: Rgb) -> TextStyle<'static> {
    let style = if bold { FontStyle::Bold } else { FontStyle::Normal };
    FontDesc::new(FontFamily::Name(FAMILY), px, style).color(&colour.plotters())
}

/// `text` in lines no wider than `width` at the largest size from `px` down to `min_px` that needs at
/// most `max_lines` (at `min_px`, the last line ends with "…" if it must).
fn wrap<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    width: f64,
    max_lines: usize,
    (px, min_px): (f64, f64),
    bold: bool,
) -> Result<(f64, Vec<String>), DrawingAreaErrorKind<DB::ErrorType>> {
    let mut size = px;
    loop {
        let f = font(size, bold, Rgb(0, 0, 0));
        let fits = |s: &str| area.estimate_text_size(s, &f).map(|(w, _)| f64::from(w) <= width);
        let mut lines: Vec<String> = Vec::new();
        for word in text.split_whitespace() {
            match lines.last_mut() {
                Some(l) if fits(&format!("{l} {word}"))? => {
                    l.push(' ');
                    l.push_str(word);
                }
                _ => lines.push(word.to_owned()),
            }
        }
        if lines.len() <= max_lines {
            return Ok((size, lines));
        }
        if size * 0.92 < min_px {
            lines.truncate(max_lines);
            if let Some(last) = lines.last_mut() {
                while !last.is_empty() && !fits(&format!("{last}…"))? {
                    last.pop();
                }
                last.push('…');
            }
            return Ok((size, lines));
        }
        size *= 0.92;
    }
}

/// Paints the card on a `WIDTH` × `HEIGHT` area: an accent rule, the kicker, the headline (up to two lines,
/// three without figures), the figures, the chart's unit, the chart itself and the source line.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    card: &Card,
    chart: &HomeAbroad,
    theme: &Theme,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (w, h) = (f64::from(WIDTH), f64::from(HEIGHT));
    let inner = w - 2.0 * MARGIN;
    root.fill(&theme.background.plotters())?;
    root.draw(&Rectangle::new([(0, 0), (WIDTH as i32, 10)], theme.abroad.plotters().filled()))?;

    // `y` is where the next line's em box starts.
    let mut y = 38.0;
    line(root, &card.kicker, MARGIN, y, &font(19.0, true, theme.abroad))?;
    y += 19.0 + 16.0;
    // Two lines over the figures; a step's title, which has none, may take three.
    let max_lines = if card.figures.is_some() { 2 } else { 3 };
    let (size, lines) = wrap(root, &card.headline, inner, max_lines, (48.0, 36.0), true)?;
    for l in &lines {
        line(root, l, MARGIN, y, &font(size, true, theme.text))?;
        y += size * 1.12;
    }
    if let Some(figures) = &card.figures {
        let (size, lines) = wrap(root, figures, inner, 1, (27.0, 20.0), false)?;
        y += 8.0;
        for l in &lines {
            line(root, l, MARGIN, y, &font(size, false, theme.text))?;
            y += size * 1.3;
        }
    }
    y += 14.0;
    line(root, &card.unit, MARGIN, y, &font(17.0, false, theme.muted))?;
    y += 17.0;

    let rule = h - 54.0;
    root.draw(&PathElement::new(
        vec![(MARGIN as i32, rule as i32), ((w - MARGIN) as i32, rule as i32)],
        ShapeStyle::from(theme.grid.plotters()).stroke_width(2),
    ))?;
    let (size, source) = wrap(root, &card.source, inner, 1, (16.0, 12.0), false)?;
    for l in &source {
        line(root, l, MARGIN, rule + 16.0, &font(size, false, theme.muted))?;
    }

    let top = y + 6.0;
    let bottom = rule - 10.0;
    // The chart's own padding (8 px at its scale) is left to the margin.
    let pad = 8.0 * CHART_SCALE;
    let (x0, cw, ch) = (MARGIN - pad, inner + 2.0 * pad, (bottom - top).max(1.0));
    let area = root.clone().shrink((x0.round() as i32, top.round() as i32), (cw.round() as u32, ch.round() as u32));
    let words = crate::i18n::english();
    let layout = home_abroad::layout(chart, &words, &[], cw.round(), ch.round(), CHART_SCALE);
    let highlight = card.highlight.and_then(|year| {
        let at = |side| {
            layout.marks.iter().position(|m| {
                chart.years.get(m.category) == Some(&year) && home_abroad::side(m) == side && m.value.is_some()
            })
        };
        at(Side::Abroad).or_else(|| at(Side::Home))
    });
    bars::draw(&area, &layout, &home_abroad::bars(chart, &words), theme, highlight)?;
    root.present()
}

/// The card as RGB pixels, `WIDTH` × `HEIGHT`, row by row.
pub fn render(card: &Card, chart: &HomeAbroad, theme: &Theme, fonts: &Fonts) -> Result<Vec<u8>, String> {
    let mut rgb = vec![0_u8; (WIDTH * HEIGHT * 3) as usize];
    {
        let root = Bitmap::new(&mut rgb, (WIDTH, HEIGHT), fonts).into_drawing_area();
        draw(&root, card, chart, theme).map_err(|e| format!("cannot draw the card: {e}"))?;
    }
    Ok(rgb)
}

/// RGB pixels as a PNG file.
pub fn png(rgb: &[u8], width: u32, height: u32) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, width, height);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::High);
    let mut writer = encoder.write_header().map_err(|e| format!("cannot write the PNG: {e}"))?;
    writer.write_image_data(rgb).map_err(|e| format!("cannot write the PNG: {e}"))?;
    writer.finish().map_err(|e| format!("cannot write the PNG: {e}"))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::AGGREGATES_FULL_CSV;
    use crate::model::parse_aggregates;
    use crate::theme::ThemeName;

    fn setup() -> (HomeAbroad, Option<KeyFigures>, Fonts) {
        let fonts = Fonts::dejavu().expect("DejaVu Sans (fonts-dejavu-core)");
        let (aggregates, problems) = parse_aggregates("data/aggregates.csv", AGGREGATES_FULL_CSV);
        assert!(problems.is_empty(), "{problems:?}");
        (HomeAbroad::from_aggregates(&aggregates), KeyFigures::from_aggregates(&aggregates), fonts)
    }

    /// Decodes a PNG: (width, height, RGB pixels).
    fn decode(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
        let mut reader = png::Decoder::new(std::io::Cursor::new(bytes)).read_info().expect("a PNG");
        let mut buf = vec![0; reader.output_buffer_size().expect("a size")];
        let info = reader.next_frame(&mut buf).expect("a frame");
        assert_eq!((info.color_type, info.bit_depth), (png::ColorType::Rgb, png::BitDepth::Eight));
        buf.truncate(info.buffer_size());
        (info.width, info.height, buf)
    }

    /// How many pixels differ from the background, and how many of them are in each colour given.
    fn count(rgb: &[u8], background: Rgb, colours: &[Rgb]) -> (usize, Vec<usize>) {
        let near =
            |p: &[u8], c: Rgb| p[0].abs_diff(c.0) as u32 + p[1].abs_diff(c.1) as u32 + p[2].abs_diff(c.2) as u32 <= 24;
        let px: Vec<&[u8]> = rgb.chunks_exact(3).collect();
        let differing = px.iter().filter(|p| !near(p, background)).count();
        (differing, colours.iter().map(|c| px.iter().filter(|p| near(p, *c)).count()).collect())
    }

    #[test]
    fn the_card_is_a_1200_by_630_png_with_the_chart_and_its_words_drawn() {
        let (chart, figures, fonts) = setup();
        let theme = Theme::get(ThemeName::Light);
        let card = Card::atlas(figures.as_ref(), &chart);
        assert_eq!(card.headline, "In 2024 Chinese EV firms invested more abroad than at home");
        assert_eq!(
            card.figures.as_deref(),
            Some("About $16 bn abroad against $15 bn at home, down from $94 bn in 2022")
        );
        assert!(
            card.source.starts_with("Source: Rhodium Group") && card.source.contains(DATASET_VERSION),
            "{}",
            card.source
        );
        let rgb = render(&card, &chart, &theme, &fonts).expect("drawn");
        let bytes = png(&rgb, WIDTH, HEIGHT).expect("encoded");
        assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
        let (w, h, pixels) = decode(&bytes);
        assert_eq!((w, h), (1200, 630));
        assert_eq!(pixels, rgb, "the PNG holds the drawn pixels");
        let (differing, colours) = count(&pixels, theme.background, &[theme.home, theme.abroad, theme.text]);
        let total = (w * h) as usize;
        // Bars of both series, the accent rule and the text: not blank, not a flood of one colour.
        assert!(differing > total / 20 && differing < total / 2, "{differing} of {total} pixels drawn");
        assert!(colours[0] > 10_000, "the bars at home: {} px", colours[0]);
        assert!(colours[1] > 10_000, "the bar abroad and the accent rule: {} px", colours[1]);
        assert!(colours[2] > 5_000, "the headline's text: {} px", colours[2]);
    }

    #[test]
    fn a_step_card_draws_its_title_and_a_long_title_is_wrapped_or_shortened() {
        let (chart, _, fonts) = setup();
        let theme = Theme::get(ThemeName::Light);
        let blank = render(
            &Card {
                headline: String::new(),
                ..Card::step(&Step { number: 2, title: String::new(), highlight_year: None }, &chart)
            },
            &chart,
            &theme,
            &fonts,
        )
        .expect("drawn");
        let titled = |title: &str| {
            let step = Step { number: 2, title: title.to_owned(), highlight_year: Some(Year(2024)) };
            let card = Card::step(&step, &chart);
            assert_eq!(card.kicker, "OVERSEAS EV ATLAS · STEP 2");
            render(&card, &chart, &theme, &fonts).expect("drawn")
        };
        let text_px = |rgb: &[u8]| count(rgb, theme.background, &[theme.text]).1[0];
        let short = titled("Batteries first");
        assert!(text_px(&short) > text_px(&blank) + 1_000, "the title is drawn");
        let long = titled(&"A very long title that goes on and on about plants abroad ".repeat(4));
        assert!(text_px(&long) > text_px(&short), "the long title fills its lines");
        // However long the title, the headline's rows leave both margins empty.
        let inks_a_margin = |rgb: &[u8]| {
            let (w, m) = (WIDTH as usize, MARGIN as usize - 8);
            (60..250).any(|y| {
                let row = &rgb[y * w * 3..(y + 1) * w * 3];
                row.chunks_exact(3).enumerate().any(|(x, p)| (x < m || x >= w - m) && p != [255, 255, 255])
            })
        };
        assert!(!inks_a_margin(&long) && !inks_a_margin(&short), "text in the margins");

        let mut rgb = vec![0_u8; (WIDTH * HEIGHT * 3) as usize];
        let root = Bitmap::new(&mut rgb, (WIDTH, HEIGHT), &fonts).into_drawing_area();
        let (size, lines) = wrap(&root, &"word ".repeat(200), 1000.0, 2, (48.0, 36.0), true).expect("wrapped");
        assert!(size < 39.0 && lines.len() == 2 && lines[1].ends_with('…'), "{size} {lines:?}");
        let (size, lines) = wrap(&root, "Short", 1000.0, 2, (48.0, 36.0), true).expect("wrapped");
        assert_eq!((size, lines), (48.0, vec!["Short".to_owned()]));
    }
}
