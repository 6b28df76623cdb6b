//! Chart "Home vs abroad": Chinese EV supply-chain investment in China and overseas by year, from the
//! sourced aggregates. Series, summary, layout and hit-testing are pure; `draw` paints through plotters.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use serde::Serialize;

use super::geometry::{text_box, text_width, Rect};
use super::text::ChartText;
use super::ticks::nice_ticks;
use crate::format::host;
use crate::i18n::numbers::{decimal, usd_bn};
use crate::i18n::Catalog;
use crate::model::{Aggregate, Confidence, Unit, Year};
use crate::theme::{Rgb, Theme};

pub const HOME_SERIES: &str = "domestic_ev_investment_total";
pub const ABROAD_SERIES: &str = "overseas_ev_investment_total";

/// Which series a mark belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Side {
    Home,
    Abroad,
}

impl Side {
    pub fn label(self, words: &Catalog) -> String {
        words.text(match self {
            Side::Home => "side-home",
            Side::Abroad => "side-abroad",
        })
    }

    fn color(self, theme: &Theme) -> Rgb {
        match self {
            Side::Home => theme.home,
            Side::Abroad => theme.abroad,
        }
    }
}

/// One published (or derived) yearly value with its source.
#[derive(Clone, Debug, PartialEq)]
pub struct Value {
    pub billions: f64,
    pub confidence: Confidence,
    pub source_url: String,
    pub quote: String,
}

/// The two series over the years either of them covers. `None` is a year with no published value.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct HomeAbroad {
    pub years: Vec<Year>,
    pub home: Vec<Option<Value>>,
    pub abroad: Vec<Option<Value>>,
}

impl HomeAbroad {
    pub fn from_aggregates(aggregates: &[Aggregate]) -> Self {
        let pick = |series: &str, year: Year| -> Option<Value> {
            let mut rows = aggregates
                .iter()
                .filter(|a| a.series == series && a.unit == Unit::UsdBillion && a.period.single() == Some(year));
            // Prefer a stated figure to a derived one; among equals the first in the file (no sort: the
            // first view carries no sorting code for it).
            let first = rows.clone().next();
            rows.find(|a| a.confidence == Confidence::Stated).or(first).map(|a| Value {
                billions: a.value,
                confidence: a.confidence,
                source_url: a.source.urls.first().cloned().unwrap_or_default(),
                quote: a.source.quote.clone(),
            })
        };
        let years = aggregates
            .iter()
            .filter(|a| a.series == HOME_SERIES || a.series == ABROAD_SERIES)
            .filter_map(|a| a.period.single());
        let (Some(first), Some(last)) = (years.clone().min(), years.max()) else {
            return Self::default();
        };
        let years: Vec<Year> = (first.0..=last.0).map(Year).collect();
        Self {
            home: years.iter().map(|y| pick(HOME_SERIES, *y)).collect(),
            abroad: years.iter().map(|y| pick(ABROAD_SERIES, *y)).collect(),
            years,
        }
    }

    pub fn value(&self, side: Side, index: usize) -> Option<&Value> {
        let series = match side {
            Side::Home => &self.home,
            Side::Abroad => &self.abroad,
        };
        series.get(index).and_then(Option::as_ref)
    }

    /// A year's value as the tables write it: "$94 bn", "≈$90 bn (derived)", or "no published figure".
    pub fn cell(&self, side: Side, index: usize, words: &Catalog) -> String {
        match self.value(side, index) {
            Some(v) if v.confidence == Confidence::Derived => {
                words.format("home-abroad-cell-derived", &[("value", usd_bn(words, v.billions).into())])
            }
            Some(v) => usd_bn(words, v.billions),
            None => words.text("no-published-figure"),
        }
    }

    /// The first year in which stated investment abroad exceeded stated investment at home.
    pub fn crossover(&self) -> Option<(usize, Year)> {
        (0..self.years.len()).find_map(|i| {
            let (h, a) = (self.value(Side::Home, i)?, self.value(Side::Abroad, i)?);
            let stated = h.confidence == Confidence::Stated && a.confidence == Confidence::Stated;
            (stated && a.billions > h.billions).then_some((i, self.years[i]))
        })
    }

    /// The largest stated value of a series.
    pub fn peak(&self, side: Side) -> Option<(Year, f64)> {
        (0..self.years.len())
            .filter_map(|i| {
                let v = self.value(side, i)?;
                (v.confidence == Confidence::Stated).then_some((self.years[i], v.billions))
            })
            .max_by(|a, b| a.1.total_cmp(&b.1))
    }

    /// One sentence for screen readers and the canvas's `aria-label`, generated from the data.
    pub fn summary(&self, words: &Catalog) -> String {
        if self.years.is_empty() {
            return words.text("home-abroad-empty");
        }
        let mut s = String::new();
        if let Some((i, year)) = self.crossover() {
            let (h, a) = (self.value(Side::Home, i), self.value(Side::Abroad, i));
            if let (Some(h), Some(a)) = (h, a) {
                s.push_str(&words.format(
                    "home-abroad-crossover",
                    &[
                        ("year", year.0.to_string().into()),
                        ("abroad", usd_bn(words, a.billions).into()),
                        ("home", usd_bn(words, h.billions).into()),
                    ],
                ));
            }
        } else {
            s.push_str(&words.text("home-abroad-no-crossover"));
        }
        if let Some((year, peak)) = self.peak(Side::Home) {
            s.push_str(&words.format(
                "home-abroad-peak",
                &[("peak", usd_bn(words, peak).into()), ("year", year.0.to_string().into())],
            ));
        }
        s.push_str(&words.text("sentence-end"));
        s
    }
}

/// The chart's words (`chart::text`), from the data: where a figure is missing or derived, a note says so
/// (a derived value gives its arithmetic, from its source's quote).
pub fn text(chart: &HomeAbroad, words: &Catalog) -> ChartText {
    let values = || chart.home.iter().chain(&chart.abroad);
    let mut notes = Vec::new();
    if values().any(Option::is_none) {
        notes.push(words.text("home-abroad-note-na"));
    }
    for side in [Side::Home, Side::Abroad] {
        for (i, year) in chart.years.iter().enumerate() {
            if let Some(v) = chart.value(side, i).filter(|v| v.confidence == Confidence::Derived) {
                notes.push(words.format(
                    "home-abroad-note-derived",
                    &[
                        ("year", year.0.to_string().into()),
                        ("side", side.label(words).into()),
                        ("value", usd_bn(words, v.billions).into()),
                        ("quote", v.quote.trim_end_matches('.').into()),
                    ],
                ));
            }
        }
    }
    let mut hosts: Vec<String> = Vec::new();
    for v in values().flatten() {
        let h = host(&v.source_url).to_owned();
        if !h.is_empty() && !hosts.contains(&h) {
            hosts.push(h);
        }
    }
    let mut table = vec![vec![words.text("home-abroad-year"), Side::Home.label(words), Side::Abroad.label(words)]];
    table.extend(
        chart
            .years
            .iter()
            .enumerate()
            .map(|(i, y)| vec![y.0.to_string(), chart.cell(Side::Home, i, words), chart.cell(Side::Abroad, i, words)]),
    );
    ChartText {
        id: "home-abroad",
        title: words.text("home-abroad-title"),
        subtitle: words.text("home-abroad-subtitle"),
        unit: words.text("home-abroad-unit"),
        source: words.format("home-abroad-source", &[("hosts", hosts.join(", ").into())]),
        summary: chart.summary(words),
        notes,
        table,
    }
}

/// The words of a mark, for its tooltip and the live region: "2024 · Invested abroad: $16 bn · source:
/// greenergydaily.com", "2022 · Invested abroad: no published figure".
pub fn describe(chart: &HomeAbroad, m: &Mark, words: &Catalog) -> String {
    let (year, side) = (("year", m.year.0.to_string().into()), ("side", m.side.label(words).into()));
    match chart.value(m.side, m.index) {
        Some(v) => words.format(
            if v.confidence == Confidence::Derived { "home-abroad-mark-derived" } else { "home-abroad-mark" },
            &[year, side, ("value", usd_bn(words, v.billions).into()), ("source", host(&v.source_url).into())],
        ),
        None => words.format("home-abroad-mark-missing", &[year, side]),
    }
}

/// A bar, or the marker of a missing value, with where it is drawn.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Mark {
    pub side: Side,
    pub index: usize,
    pub year: Year,
    /// The bar; for a missing value, a thin placeholder on the baseline.
    pub rect: Rect,
    pub value: Option<f64>,
    pub derived: bool,
    pub label: String,
    pub label_box: Rect,
}

/// Everything `draw` paints, in device pixels. Tests assert on it; hit-testing uses it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    pub scale: f64,
    pub plot: Rect,
    pub y_max: f64,
    /// (value, y, label, label box)
    pub y_ticks: Vec<(f64, f64, String, Rect)>,
    /// (label, box)
    pub x_labels: Vec<(String, Rect)>,
    pub marks: Vec<Mark>,
    /// (side, swatch, label, label box)
    pub legend: Vec<(Side, Rect, String, Rect)>,
    /// Lines of the crossover note, their box, and the point it points at.
    pub annotation: Option<(Vec<String>, Rect, (f64, f64))>,
    /// Which series the legend has switched off: [home, abroad].
    pub hidden: [bool; 2],
    /// The year a story step points at (index into the years): its bars drawn, the others faded.
    pub focus: Option<usize>,
}

const TICK_PX: f64 = 12.0;
const VALUE_PX: f64 = 12.0;
const LEGEND_PX: f64 = 13.0;
const NOTE_PX: f64 = 12.5;

/// Lays the chart out in a `width` × `height` device-pixel canvas; `scale` is the devicePixelRatio.
pub fn layout(chart: &HomeAbroad, words: &Catalog, width: f64, height: f64, scale: f64) -> Layout {
    let s = scale.max(0.5);
    let pad = 8.0 * s;

    // Legend: one row, or one item per row when the canvas is too narrow.
    let mut legend = Vec::new();
    let (mut lx, mut ly) = (pad, pad);
    let swatch = 12.0 * s;
    for side in [Side::Home, Side::Abroad] {
        let label = side.label(words);
        let item_w = swatch + 6.0 * s + text_width(&label, LEGEND_PX * s);
        if lx > pad && lx + item_w > width - pad {
            lx = pad;
            ly += LEGEND_PX * s * 1.5;
        }
        let sw = Rect::new(lx, ly + 1.5 * s, swatch, swatch);
        let tb = text_box(&label, LEGEND_PX * s, lx + swatch + 6.0 * s, ly, HPos::Left, VPos::Top);
        legend.push((side, sw, label, tb));
        lx += item_w + 18.0 * s;
    }
    let legend_bottom = ly + LEGEND_PX * s * 1.2;

    let values = chart.home.iter().chain(&chart.abroad).flatten().map(|v| v.billions);
    let max_value = values.fold(0.0_f64, f64::max);
    let top = legend_bottom + 14.0 * s;
    let bottom = height - pad - TICK_PX * s * 1.3;
    let target_ticks = (((bottom - top) / (44.0 * s)).floor() as usize).clamp(2, 6);
    let ticks = nice_ticks(max_value, target_ticks);
    let y_max = ticks.last().copied().unwrap_or(1.0);
    let tick_labels: Vec<String> =
        ticks.iter().map(|t| if *t == 0.0 { "0".to_owned() } else { usd_bn(words, *t) }).collect();
    let label_w = tick_labels.iter().map(|l| text_width(l, TICK_PX * s)).fold(0.0, f64::max);
    let plot = Rect::new(
        pad + label_w + 6.0 * s,
        top,
        (width - pad - (pad + label_w + 6.0 * s)).max(1.0),
        (bottom - top).max(1.0),
    );
    let y_of = |v: f64| plot.bottom() - v / y_max * plot.h;

    let y_ticks = ticks
        .iter()
        .zip(tick_labels)
        .map(|(t, l)| {
            let y = y_of(*t);
            let b = text_box(&l, TICK_PX * s, plot.x - 6.0 * s, y, HPos::Right, VPos::Center);
            (*t, y, l, b)
        })
        .collect();

    let n = chart.years.len().max(1) as f64;
    let group_w = plot.w / n;
    let gap = 3.0 * s;
    let bar_w = (group_w * 0.36).min(64.0 * s);
    let x_labels = chart
        .years
        .iter()
        .enumerate()
        .map(|(i, y)| {
            let cx = plot.x + group_w * (i as f64 + 0.5);
            let l = y.0.to_string();
            let b = text_box(&l, TICK_PX * s, cx, plot.bottom() + 5.0 * s, HPos::Center, VPos::Top);
            (l, b)
        })
        .collect();

    // Value labels say "$94 bn" when every one fits over its bar, else just "94" (the axis gives the unit).
    let label_text = |v: &Value, full: bool| {
        let approx = if v.confidence == Confidence::Derived { "≈" } else { "" };
        let number = if full { usd_bn(words, v.billions) } else { decimal(words, v.billions, 1) };
        format!("{approx}{number}")
    };
    let full_labels = chart
        .home
        .iter()
        .chain(&chart.abroad)
        .flatten()
        .all(|v| text_width(&label_text(v, true), VALUE_PX * s) <= bar_w + gap);
    let mut marks = Vec::new();
    for (i, year) in chart.years.iter().enumerate() {
        let cx = plot.x + group_w * (i as f64 + 0.5);
        for side in [Side::Home, Side::Abroad] {
            let x = match side {
                Side::Home => cx - gap / 2.0 - bar_w,
                Side::Abroad => cx + gap / 2.0,
            };
            let v = chart.value(side, i);
            let (rect, label, derived) = match v {
                Some(v) => {
                    let y = y_of(v.billions);
                    let derived = v.confidence == Confidence::Derived;
                    (Rect::new(x, y, bar_w, plot.bottom() - y), label_text(v, full_labels), derived)
                }
                None => (Rect::new(x, plot.bottom() - 2.0 * s, bar_w, 2.0 * s), words.text("home-abroad-na"), false),
            };
            let label_box =
                text_box(&label, VALUE_PX * s, x + bar_w / 2.0, rect.y - 3.0 * s, HPos::Center, VPos::Bottom);
            marks.push(Mark {
                side,
                index: i,
                year: *year,
                rect,
                value: v.map(|v| v.billions),
                derived,
                label,
                label_box,
            });
        }
        // Neighbouring labels that touch: lift the lower one above the other.
        let k = marks.len();
        let (a, b) = (marks[k - 2].label_box, marks[k - 1].label_box);
        if a.inflate(1.0 * s).overlaps(&b) {
            let (lower, upper) = if a.y > b.y { (k - 2, k - 1) } else { (k - 1, k - 2) };
            let lift = marks[lower].label_box.bottom() - marks[upper].label_box.y + 2.0 * s;
            marks[lower].label_box.y -= lift;
        }
    }

    let mut layout = Layout {
        width,
        height,
        scale: s,
        plot,
        y_max,
        y_ticks,
        x_labels,
        marks,
        legend,
        annotation: None,
        hidden: [false; 2],
        focus: None,
    };
    layout.annotation = chart.crossover().and_then(|(i, year)| {
        let (h, a) = (chart.value(Side::Home, i)?, chart.value(Side::Abroad, i)?);
        let args = [
            ("year", year.0.to_string().into()),
            ("abroad", usd_bn(words, a.billions).into()),
            ("home", usd_bn(words, h.billions).into()),
        ];
        let line = |id: &str| words.format(id, &args);
        // The widest wording that fits above the bars it spans.
        layout.note_at(
            i,
            [
                vec![line("home-abroad-crossover-long"), line("home-abroad-crossover-long-2")],
                vec![line("home-abroad-crossover-short"), line("home-abroad-crossover-short-2")],
            ],
        )
    });
    layout
}

/// The layout with some series switched off (`hidden[0]` home, `hidden[1]` abroad): their bars are not
/// drawn, their legend entries are greyed, the value axis stays as it was (so bars keep their size), and
/// the crossover note goes, as it compares the two.
pub fn layout_with(
    chart: &HomeAbroad,
    words: &Catalog,
    hidden: &[bool],
    width: f64,
    height: f64,
    scale: f64,
) -> Layout {
    let mut l = layout(chart, words, width, height, scale);
    l.hidden = [hidden.first().copied().unwrap_or(false), hidden.get(1).copied().unwrap_or(false)];
    if l.hidden.iter().any(|h| *h) {
        let off = l.hidden;
        l.marks.retain(|m| !off[m.side as usize]);
        l.annotation = None;
    }
    l
}

/// The layout of a story step (the full atlas's only): the step's `year` in focus, the other years faded,
/// and the step's `note` written above its bars in place of the crossover note, on one line or, where
/// that does not fit, two; not written where neither fits (the step's text still says it).
#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
pub fn layout_for_step(
    chart: &HomeAbroad,
    words: &Catalog,
    hidden: &[bool],
    (width, height, scale): (f64, f64, f64),
    year: Year,
    note: Option<&str>,
) -> Layout {
    let mut l = layout_with(chart, words, hidden, width, height, scale);
    let Some(i) = chart.years.iter().position(|y| *y == year) else { return l };
    l.focus = Some(i);
    l.annotation = match note {
        Some(note) => {
            let words: Vec<&str> = note.split(' ').collect();
            let half =
                (1..words.len()).min_by_key(|k| words[..*k].join(" ").len().abs_diff(note.len() / 2)).unwrap_or(1);
            let two = vec![words[..half].join(" "), words[half..].join(" ")];
            l.note_at(i, [vec![note.to_owned()], two])
        }
        // The crossover note stays only on its own year.
        None => l.annotation.take().filter(|_| chart.crossover().is_some_and(|(k, _)| k == i)),
    };
    l
}

impl Layout {
    /// A note above the bars of year `i`, in the first of `wordings` that fits above every bar and label it
    /// spans (each wording is its lines), pointing at the year's bars; `None` when none fits.
    fn note_at<const N: usize>(&self, i: usize, wordings: [Vec<String>; N]) -> Option<(Vec<String>, Rect, (f64, f64))> {
        let (s, plot) = (self.scale, self.plot);
        let group_w = plot.w / self.x_labels.len().max(1) as f64;
        let marks = &self.marks;
        let group_top = marks.iter().filter(|m| m.index == i).map(|m| m.label_box.y).fold(f64::INFINITY, f64::min);
        let cx = plot.x + group_w * (i as f64 + 0.5);
        let size = |lines: &[String]| {
            (
                lines.iter().map(|l| text_width(l, NOTE_PX * s)).fold(0.0, f64::max),
                NOTE_PX * s * 1.25 * lines.len() as f64,
            )
        };
        #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
        let beside = wordings.clone();
        let above = wordings.into_iter().find_map(|lines| {
            let (w, h_box) = size(&lines);
            let x = (cx - w / 2.0).clamp(plot.x, (plot.right() - w).max(plot.x));
            let spanned_top = marks
                .iter()
                .filter(|m| m.label_box.x < x + w && x < m.label_box.right() || m.rect.x < x + w && x < m.rect.right())
                .map(|m| m.label_box.y.min(m.rect.y))
                .fold(group_top, f64::min);
            let y = spanned_top - 10.0 * s - h_box;
            (y >= plot.y - 6.0 * s && w <= plot.w)
                .then(|| (lines, Rect::new(x, y, w, h_box), (cx, group_top - 2.0 * s)))
        });
        // A story step's note on the tallest bars (the full atlas's only): beside them, top-aligned with
        // their labels, where the next years' bars leave room; the fading says which year it is about.
        #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
        let above = above.or_else(|| {
            let right = marks
                .iter()
                .filter(|m| m.index == i)
                .map(|m| m.rect.right().max(m.label_box.right()))
                .fold(cx, f64::max);
            beside.into_iter().find_map(|lines| {
                let (w, h_box) = size(&lines);
                let r = Rect::new(right + 6.0 * s, group_top, w, h_box);
                let clear = marks.iter().all(|m| !r.overlaps(&m.label_box) && !r.overlaps(&m.rect));
                (clear && r.right() <= plot.right()).then(|| (lines, r, (r.x, r.bottom() + 2.0 * s)))
            })
        });
        above
    }

    /// The mark under a device-pixel position: a bar, its label, or the column above a missing value.
    pub fn hit(&self, x: f64, y: f64) -> Option<&Mark> {
        self.marks.iter().find(|m| {
            let column = Rect::new(m.rect.x, self.plot.y, m.rect.w, self.plot.h);
            let target = if m.value.is_some() { m.rect } else { column };
            target.inflate(2.0 * self.scale).contains(x, y) || m.label_box.contains(x, y)
        })
    }

    /// What browser tests read of the drawn chart (`canvas.__layout`), as JSON, in both modules: the scale,
    /// the note written on it (its lines joined), each mark's side, year, value (`null` for a gap) and box, the
    /// legend's entries and which series are switched off. Written by hand: the first view does without a
    /// serialiser.
    pub fn marks_json(&self) -> String {
        let marks: Vec<String> = self
            .marks
            .iter()
            .map(|m| {
                let value = m.value.map_or_else(|| "null".to_owned(), |v| v.to_string());
                let r = m.rect;
                format!(
                    r#"{{"side":"{:?}","year":{},"value":{value},"rect":{{"x":{},"y":{},"w":{},"h":{}}}}}"#,
                    m.side, m.year.0, r.x, r.y, r.w, r.h
                )
            })
            .collect();
        let rect = |r: &Rect| format!(r#"{{"x":{},"y":{},"w":{},"h":{}}}"#, r.x, r.y, r.w, r.h);
        let legend: Vec<String> = self
            .legend
            .iter()
            .map(|(side, sw, label, tb)| {
                format!(r#"["{side:?}",{},{},{}]"#, rect(sw), crate::json::string(label), rect(tb))
            })
            .collect();
        format!(
            r#"{{"scale":{},"annotation":{},"marks":[{}],"legend":[{}],"hidden":[{},{}]}}"#,
            self.scale,
            self.annotation
                .as_ref()
                .map_or_else(|| "null".to_owned(), |(lines, ..)| crate::json::string(&lines.join(" "))),
            marks.join(","),
            legend.join(","),
            self.hidden[0],
            self.hidden[1]
        )
    }

    /// The legend entry under a device-pixel position: 0 home, 1 abroad.
    pub fn legend_at(&self, x: f64, y: f64) -> Option<usize> {
        self.legend.iter().position(|(_, sw, _, tb)| {
            Rect::new(sw.x, sw.y.min(tb.y), tb.right() - sw.x, sw.bottom().max(tb.bottom()) - sw.y.min(tb.y))
                .inflate(2.0 * self.scale)
                .contains(x, y)
        })
    }

    /// The mark `delta` steps from `current` (by year, home before abroad), stopping at the ends; from
    /// nothing, the first (or the last, going back).
    pub fn next(&self, current: Option<usize>, delta: isize) -> Option<usize> {
        let last = self.marks.len().checked_sub(1)?;
        Some(match current {
            None if delta < 0 => last,
            None => 0,
            Some(c) => (c as isize + delta).clamp(0, last as isize) as usize,
        })
    }

    /// Every text box drawn, for overlap checks.
    pub fn text_boxes(&self) -> Vec<(String, Rect)> {
        let mut out: Vec<(String, Rect)> = Vec::new();
        out.extend(self.y_ticks.iter().map(|t| (t.2.clone(), t.3)));
        out.extend(self.x_labels.iter().cloned());
        out.extend(self.marks.iter().map(|m| (m.label.clone(), m.label_box)));
        out.extend(self.legend.iter().map(|l| (l.2.clone(), l.3)));
        if let Some((lines, r, _)) = &self.annotation {
            out.push((lines.join(" "), *r));
        }
        out
    }
}

fn pt(x: f64, y: f64) -> (i32, i32) {
    (x.round() as i32, y.round() as i32)
}

/// Paints the laid-out chart. `highlight` is the index into `layout.marks` of the hovered mark.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    layout: &Layout,
    theme: &Theme,
    highlight: Option<usize>,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let s = layout.scale;
    let font = |px: f64| (FontFamily::SansSerif, px * s).into_font();
    root.fill(&theme.background.plotters())?;

    for (_, y, label, _) in &layout.y_ticks {
        root.draw(&PathElement::new(
            vec![pt(layout.plot.x, *y), pt(layout.plot.right(), *y)],
            ShapeStyle::from(theme.grid.plotters()).stroke_width(s.round().max(1.0) as u32),
        ))?;
        let style = font(TICK_PX).color(&theme.muted.plotters()).pos(Pos::new(HPos::Right, VPos::Center));
        root.draw(&Text::new(label.clone(), pt(layout.plot.x - 6.0 * s, *y), style))?;
    }
    for (label, b) in &layout.x_labels {
        let style = font(TICK_PX).color(&theme.muted.plotters()).pos(Pos::new(HPos::Center, VPos::Top));
        root.draw(&Text::new(label.clone(), pt(b.x + b.w / 2.0, b.y), style))?;
    }

    for (k, m) in layout.marks.iter().enumerate() {
        let base = m.side.color(theme);
        let hovered = highlight == Some(k);
        // Out of a story step's focus: faded.
        let base = if layout.focus.is_some_and(|f| f != m.index) { base.mix(theme.background, 0.6) } else { base };
        if m.value.is_some() {
            let fill = if m.derived { base.mix(theme.background, 0.45) } else { base };
            let r = m.rect;
            root.draw(&Rectangle::new([pt(r.x, r.y), pt(r.right(), r.bottom())], fill.plotters().filled()))?;
            if hovered || m.derived {
                let outline = if hovered { theme.text } else { base };
                root.draw(&Rectangle::new(
                    [pt(r.x, r.y), pt(r.right(), r.bottom())],
                    ShapeStyle::from(outline.plotters()).stroke_width((1.5 * s).round().max(1.0) as u32),
                ))?;
            }
        } else {
            // A dashed stub on the baseline: "no published value".
            let r = m.rect;
            let dash = 4.0 * s;
            let mut x = r.x;
            while x < r.right() {
                let end = (x + dash).min(r.right());
                root.draw(&PathElement::new(
                    vec![pt(x, r.y), pt(end, r.y)],
                    ShapeStyle::from(if hovered { theme.text } else { base }.plotters())
                        .stroke_width((2.0 * s).round() as u32),
                ))?;
                x += 2.0 * dash;
            }
        }
        let label_color = if m.value.is_some() { theme.text } else { theme.muted };
        let style = font(VALUE_PX).color(&label_color.plotters()).pos(Pos::new(HPos::Center, VPos::Bottom));
        let b = m.label_box;
        root.draw(&Text::new(m.label.clone(), pt(b.x + b.w / 2.0, b.bottom()), style))?;
    }
    root.draw(&PathElement::new(
        vec![pt(layout.plot.x, layout.plot.bottom()), pt(layout.plot.right(), layout.plot.bottom())],
        ShapeStyle::from(theme.muted.plotters()).stroke_width(s.round().max(1.0) as u32),
    ))?;

    for (side, sw, label, tb) in &layout.legend {
        let off = layout.hidden[*side as usize];
        let swatch = [pt(sw.x, sw.y), pt(sw.right(), sw.bottom())];
        if off {
            // Switched off: an outlined swatch and greyed, struck-through words.
            root.draw(&Rectangle::new(
                swatch,
                ShapeStyle::from(theme.muted.plotters()).stroke_width(s.round().max(1.0) as u32),
            ))?;
        } else {
            root.draw(&Rectangle::new(swatch, side.color(theme).plotters().filled()))?;
        }
        let colour = if off { theme.muted } else { theme.text };
        let style = font(LEGEND_PX).color(&colour.plotters()).pos(Pos::new(HPos::Left, VPos::Top));
        root.draw(&Text::new(label.clone(), pt(tb.x, tb.y), style))?;
        if off {
            let y = tb.y + tb.h / 2.0;
            root.draw(&PathElement::new(
                vec![pt(tb.x, y), pt(tb.right(), y)],
                ShapeStyle::from(theme.muted.plotters()),
            ))?;
        }
    }

    if let Some((lines, r, (tx, ty))) = &layout.annotation {
        let line_h = NOTE_PX * s * 1.25;
        for (i, l) in lines.iter().enumerate() {
            let style = font(NOTE_PX).color(&theme.text.plotters()).pos(Pos::new(HPos::Left, VPos::Top));
            root.draw(&Text::new(l.clone(), pt(r.x, r.y + i as f64 * line_h), style))?;
        }
        root.draw(&PathElement::new(
            vec![pt(*tx, r.bottom() + 2.0 * s), pt(*tx, *ty)],
            ShapeStyle::from(theme.muted.plotters()).stroke_width(s.round().max(1.0) as u32),
        ))?;
    }
    root.present()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::builtin;
    use crate::i18n::english as en;
    use crate::theme::ThemeName;
    use plotters_svg::SVGBackend;

    fn chart() -> HomeAbroad {
        HomeAbroad::from_aggregates(&builtin().0.aggregates)
    }

    #[test]
    fn series_come_from_the_sourced_aggregates_with_gaps_left_empty() {
        let c = chart();
        let years: Vec<u16> = c.years.iter().map(|y| y.0).collect();
        assert_eq!(years, vec![2022, 2023, 2024]);
        let home: Vec<Option<f64>> = c.home.iter().map(|v| v.as_ref().map(|v| v.billions)).collect();
        let abroad: Vec<Option<f64>> = c.abroad.iter().map(|v| v.as_ref().map(|v| v.billions)).collect();
        assert_eq!(home, vec![Some(94.0), Some(41.0), Some(15.0)]);
        assert_eq!(abroad, vec![None, None, Some(16.0)], "unpublished years must stay missing");
        assert_eq!(c.crossover(), Some((2, Year(2024))));
        let cells = [(Side::Home, 0, "$94 bn"), (Side::Abroad, 0, "no published figure")];
        for (side, i, want) in cells {
            assert_eq!(c.cell(side, i, &en()), want);
        }
        assert_eq!(c.peak(Side::Home), Some((Year(2022), 94.0)));
        assert!(c.home.iter().chain(&c.abroad).flatten().all(|v| v.source_url.starts_with("http")));
    }

    #[test]
    fn a_derived_value_is_drawn_lighter_labelled_approximate_and_noted() {
        let mut aggregates = builtin().0.aggregates;
        let mut derived = aggregates.iter().find(|a| a.series == HOME_SERIES).cloned().expect("a home row");
        derived.period = crate::model::Period { first: Year(2021), last: Year(2021) };
        derived.value = 90.0;
        derived.confidence = Confidence::Derived;
        derived.source.quote = "2 × 92 − 94 = 90".to_owned();
        aggregates.push(derived);
        let c = HomeAbroad::from_aggregates(&aggregates);
        assert_eq!(c.cell(Side::Home, 0, &en()), "≈$90 bn (derived)");
        let l = layout(&c, &en(), 900.0, 400.0, 1.0);
        let m = l.marks.iter().find(|m| m.year == Year(2021) && m.side == Side::Home).expect("2021");
        assert!(m.derived && m.label.starts_with('≈'), "{m:?}");
        assert!(describe(&c, m, &en()).contains("(derived, not stated)"));
        assert!(text(&c, &en())
            .notes
            .iter()
            .any(|n| n.contains("2021 Invested in China: ≈$90 bn is derived, not stated (2 × 92 − 94 = 90)")));
    }

    #[test]
    fn its_words_come_from_the_data_and_name_gaps_and_derived_values() {
        let c = chart();
        let t = text(&c, &en());
        assert_eq!(t.id, "home-abroad");
        assert_eq!(t.table.len(), c.years.len() + 1);
        assert!(t.source.contains("greenergydaily.com"), "{}", t.source);
        let gaps = c.home.iter().chain(&c.abroad).any(Option::is_none);
        assert_eq!(t.notes.iter().any(|n| n.starts_with("n/a")), gaps);
        let derived = c.home.iter().chain(&c.abroad).flatten().filter(|v| v.confidence == Confidence::Derived).count();
        assert_eq!(t.notes.iter().filter(|n| n.contains("is derived, not stated")).count(), derived);
        let l = layout(&c, &en(), 900.0, 400.0, 1.0);
        let cases = [
            (Side::Abroad, 2024, "2024 · Invested abroad: $16 bn · source: greenergydaily.com"),
            (Side::Abroad, 2022, "2022 · Invested abroad: no published figure"),
        ];
        for (side, year, want) in cases {
            let m = l.marks.iter().find(|m| m.side == side && m.year.0 == year).expect("mark");
            assert_eq!(describe(&c, m, &en()), want);
        }
    }

    /// A story step's layout: its year in focus; its note above that year's bars, inside the plot and clear
    /// of every bar and label, on one line where it fits and two where not; no note pointing elsewhere.
    #[test]
    fn a_story_step_focuses_its_year_and_writes_its_note_above_it() {
        let c = chart();
        let note = "2024: $16 bn abroad, $15 bn at home";
        let cases: Vec<(u16, Option<&str>, Option<u16>, bool)> = vec![
            (2024, Some(note), Some(2024), true),
            (2022, Some("2022: the peak at home, $94 bn"), Some(2022), true),
            // No note of its own: the crossover note stays on its own year only.
            (2024, None, Some(2024), true),
            (2023, None, Some(2023), false),
            // A year the chart does not have: nothing in focus.
            (1990, Some(note), None, true),
        ];
        for (year, step_note, focus, noted) in cases {
            for (css_w, dpr) in [(320.0, 2.0), (390.0, 3.0), (600.0, 1.0), (1280.0, 1.0), (1600.0, 2.0)] {
                let what = format!("{year} {step_note:?} at {css_w}@{dpr}");
                let l =
                    layout_for_step(&c, &en(), &[false, false], (css_w * dpr, 380.0 * dpr, dpr), Year(year), step_note);
                assert_eq!(l.focus.map(|i| c.years[i].0), focus, "{what}");
                if focus.is_none() {
                    continue;
                }
                assert_eq!(l.annotation.is_some(), noted, "{what}");
                let Some((lines, r, _)) = &l.annotation else { continue };
                if let Some(n) = step_note {
                    assert_eq!(lines.join(" "), n, "{what}");
                    assert!(lines.len() <= 2, "{what}");
                }
                assert!(
                    r.x >= l.plot.x - 0.5 && r.right() <= l.plot.right() + 0.5,
                    "{what}: {r:?} outside {:?}",
                    l.plot
                );
                for m in &l.marks {
                    assert!(!r.overlaps(&m.label_box) && !r.overlaps(&m.rect), "{what}: over {}", m.label);
                }
            }
        }
    }

    #[test]
    fn summary_sentence_is_generated_from_the_data() {
        assert_eq!(
            chart().summary(&en()),
            "In 2024, Chinese EV supply-chain firms invested more abroad ($16 bn) than in China ($15 bn) for the first time; investment in China peaked at $94 bn in 2022."
        );
        assert_eq!(HomeAbroad::default().summary(&en()), "No published figures for investment at home and abroad.");
    }

    #[test]
    fn no_text_overlaps_and_everything_fits_from_phone_to_desktop() {
        let c = chart();
        for css_w in [320.0, 360.0, 375.0, 480.0, 768.0, 1024.0, 1280.0, 1600.0] {
            for dpr in [1.0, 2.0, 3.0] {
                let (w, h) = (css_w * dpr, 300.0 * dpr);
                let l = layout(&c, &en(), w, h, dpr);
                let boxes = l.text_boxes();
                for (i, (ta, a)) in boxes.iter().enumerate() {
                    assert!(
                        a.x >= -0.5 && a.right() <= w + 0.5 && a.y >= -0.5 && a.bottom() <= h + 0.5,
                        "{css_w}@{dpr}: '{ta}' {a:?} outside"
                    );
                    for (tb, b) in &boxes[i + 1..] {
                        assert!(!a.overlaps(b), "{css_w}@{dpr}: '{ta}' {a:?} overlaps '{tb}' {b:?}");
                    }
                }
                assert_eq!(l.marks.len(), 6);
                assert!(l.annotation.is_some(), "{css_w}@{dpr}: crossover note missing");
            }
        }
    }

    #[test]
    fn bars_scale_with_values_and_hit_testing_finds_them() {
        let l = layout(&chart(), &en(), 800.0, 300.0, 1.0);
        let bar = |side, i: usize| l.marks.iter().find(|m| m.side == side && m.index == i).expect("mark");
        let (peak, cross_home, cross_abroad) = (bar(Side::Home, 0), bar(Side::Home, 2), bar(Side::Abroad, 2));
        assert!((peak.rect.h / cross_home.rect.h - 94.0 / 15.0).abs() < 0.05);
        assert!(cross_abroad.rect.h > cross_home.rect.h, "the crossover must be visible");
        let cases = [
            ((peak.rect.x + 1.0, peak.rect.bottom() - 1.0), Some((Side::Home, 0))),
            ((cross_abroad.rect.x + cross_abroad.rect.w / 2.0, cross_abroad.rect.y + 2.0), Some((Side::Abroad, 2))),
            ((bar(Side::Abroad, 0).rect.x + 2.0, l.plot.y + 20.0), Some((Side::Abroad, 0))),
            ((1.0, 1.0), None),
        ];
        for ((x, y), want) in cases {
            assert_eq!(l.hit(x, y).map(|m| (m.side, m.index)), want, "at {x},{y}");
        }
    }

    #[test]
    fn a_series_switched_off_is_not_drawn_and_keyboard_order_walks_the_rest() {
        let c = chart();
        let all = layout(&c, &en(), 800.0, 300.0, 1.0);
        let cases =
            [([false, false], 6, true), ([true, false], 3, false), ([false, true], 3, false), ([true, true], 0, false)];
        for (hidden, marks, note) in cases {
            let l = layout_with(&c, &en(), &hidden, 800.0, 300.0, 1.0);
            assert_eq!(l.marks.len(), marks, "{hidden:?}");
            assert_eq!(l.annotation.is_some(), note, "{hidden:?}");
            assert_eq!(l.y_max, all.y_max, "the axis stays");
            assert!(l.marks.iter().all(|m| !hidden[m.side as usize]));
        }
        let l = layout_with(&c, &en(), &[false, false], 800.0, 300.0, 1.0);
        let cases = [
            (None, 1, Some(0)),
            (None, -1, Some(5)),
            (Some(0), 1, Some(1)),
            (Some(5), 1, Some(5)),
            (Some(0), -1, Some(0)),
        ];
        for (from, delta, want) in cases {
            assert_eq!(l.next(from, delta), want, "{from:?} {delta}");
        }
        assert_eq!(layout_with(&c, &en(), &[true, true], 800.0, 300.0, 1.0).next(None, 1), None);
        let (_, sw, _, _) = &l.legend[1];
        assert_eq!(l.legend_at(sw.x + 1.0, sw.y + 1.0), Some(1));
        assert_eq!(l.legend_at(1.0, 299.0), None);
    }

    #[test]
    fn the_marks_read_by_browser_tests_are_valid_json_with_gaps_as_null() {
        let l = layout(&chart(), &en(), 1280.0, 600.0, 2.0);
        let json = l.marks_json();
        assert!(
            json.starts_with(
                r#"{"scale":2,"annotation":"2024: more invested abroad ($16 bn) than in China ($15 bn)","marks":[{"side":"Home","year":2022,"value":94,"rect":{"x":"#
            ),
            "{json}"
        );
        assert!(json.contains(r#""side":"Abroad","year":2022,"value":null"#));
        assert_eq!(json.matches(r#""rect":"#).count(), l.marks.len());
        let (open, close) = (json.matches(['{', '[']).count(), json.matches(['}', ']']).count());
        assert_eq!(open, close, "balanced");
    }

    #[test]
    fn draws_bars_labels_and_gaps_to_svg() {
        let c = chart();
        let l = layout(&c, &en(), 640.0, 300.0, 1.0);
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (640, 300)).into_drawing_area();
            draw(&root, &l, &Theme::get(ThemeName::Light), None).expect("draws");
        }
        for text in ["$94 bn", "$16 bn", "n/a", "2024", "Invested abroad", "2024: more invested abroad"] {
            assert!(svg.contains(text), "missing '{text}'");
        }
        assert_eq!(svg.matches("n/a").count(), 2);
        let abroad_fill = format!("fill=\"{}\"", Theme::get(ThemeName::Light).abroad.hex().to_uppercase());
        assert!(svg.to_uppercase().contains(&abroad_fill.to_uppercase()));
    }
}
