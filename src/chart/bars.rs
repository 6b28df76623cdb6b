//! Bar charts, stacked as columns or rows or grouped side by side: the one pure engine behind every chart
//! (home vs abroad, money, places, pipeline, capacity). Series, layout, notes, hit-testing and keyboard
//! order are pure; `draw` paints through plotters' `DrawingBackend`.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use serde::Serialize;

use super::geometry::{text_box, text_width, Rect};
use super::text::ChartText;
use super::ticks::nice_ticks;
#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
use crate::i18n::numbers::grouped;
use crate::i18n::numbers::{decimal, usd_bn};
use crate::i18n::Catalog;
use crate::model::region::HostRegion;
use crate::model::{Aggregate, Confidence, CountryCode, Period, Segment, Status, Year};
use crate::theme::{Rgb, Theme};

/// Shown instead of bars when no category has a value (a message id).
pub const EMPTY_MESSAGE: &str = "chart-empty";

/// Which way the bars run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
///
/// The stacked ones are the full atlas's only: the first view, which has "Home vs abroad" alone, is built
/// without their code.
pub enum Orientation {
    /// Categories along x (years), bars grow upwards.
    #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
    Columns,
    /// Horizontal bars, categories down the y axis.
    #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
    Rows,
    /// Categories along x, the series' bars side by side (not stacked), each labelled with its value; a
    /// missing value is a dashed stub labelled "n/a". Switching a series off keeps the value axis.
    Grouped,
}

/// What clicking a bar, a category or a legend entry filters on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pick {
    Segment(Segment),
    Status(Status),
    Country(CountryCode),
    Region(HostRegion),
    Year(Year),
}

/// The colour a series is drawn in, resolved against a theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeriesColor {
    Segment(Segment),
    Status(Status),
    /// Producing plants.
    Operational,
    /// Announced or under construction: the operational colour, lighter and hatched.
    Pipeline,
    /// One series without a category of its own (a published figure, a total); investment at home.
    Neutral,
    /// Investment abroad.
    Abroad,
}

impl SeriesColor {
    /// The full-strength colour: swatch outline, hatching, outline of a lighter fill.
    pub fn base(self, theme: &Theme) -> Rgb {
        match self {
            SeriesColor::Segment(s) => theme.segment(s),
            SeriesColor::Status(s) => theme.status(s),
            SeriesColor::Operational | SeriesColor::Pipeline => theme.status(Status::Operational),
            SeriesColor::Neutral => theme.home,
            SeriesColor::Abroad => theme.abroad,
        }
    }

    /// The colour a bar is filled with.
    pub fn fill(self, theme: &Theme) -> Rgb {
        match self {
            SeriesColor::Pipeline => self.base(theme).mix(theme.background, 0.65),
            _ => self.base(theme),
        }
    }

    /// Whether the bar is hatched over its fill (so that it is told apart without colour).
    pub fn hatched(self) -> bool {
        self == SeriesColor::Pipeline
    }
}

/// What the values measure; says how to write them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
///
/// All but billions are the full atlas's only (as the stacked charts are).
pub enum ValueKind {
    /// Billions of US dollars.
    UsdBillions,
    /// Millions of US dollars.
    #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
    UsdMillions,
    /// A number of plants.
    #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
    Count,
    /// GWh of yearly capacity.
    #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
    Gwh,
    /// Vehicles of yearly capacity.
    #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
    Vehicles,
    #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
    Percent,
}

impl ValueKind {
    /// A value as a reader sees it: "$16 bn", "$350 m", "12", "40 GWh/yr", "150,000", "42%".
    pub fn format(self, w: &Catalog, v: f64) -> String {
        match self {
            ValueKind::UsdBillions => usd_bn(w, v),
            #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
            ValueKind::UsdMillions => crate::i18n::numbers::usd_millions(w, v),
            #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
            ValueKind::Count | ValueKind::Vehicles => grouped(w, v),
            #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
            ValueKind::Gwh => w.format("value-gwh-yr", &[("amount", gwh_number(w, v).into())]),
            #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
            ValueKind::Percent => w.format("value-percent", &[("amount", decimal(w, v, 0).into())]),
        }
    }

    /// A value-axis label: as `format`, more compact where the unit is long ("40 GWh", "150k", "15万").
    pub fn tick(self, w: &Catalog, v: f64) -> String {
        if v == 0.0 {
            return "0".to_owned();
        }
        match self {
            #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
            ValueKind::Gwh => w.format("value-gwh", &[("amount", gwh_number(w, v).into())]),
            #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
            ValueKind::Vehicles => {
                // The language's large and small units of a count ("m"/"k"; 亿/万), as money has.
                let unit = |id: &str| crate::format::parse_number(&w.text(id)).filter(|u| *u > 0.0);
                let scaled = [("count-large-unit", "count-large"), ("count-small-unit", "count-small")]
                    .into_iter()
                    .find_map(|(u, m)| unit(u).filter(|u| v >= *u).map(|u| (u, m)));
                match scaled {
                    Some((u, m)) => w.format(m, &[("amount", decimal(w, v / u, 1).into())]),
                    None => grouped(w, v),
                }
            }
            _ => self.format(w, v),
        }
    }

    /// A value in a sentence: as `format`, with the noun where the number alone would be bare.
    pub fn describe(self, w: &Catalog, v: f64) -> String {
        match self {
            #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
            ValueKind::Count => w.format("value-plants", &[("count", v.into())]),
            #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
            ValueKind::Vehicles => w.format("value-vehicles-yr", &[("count", v.into())]),
            _ => self.format(w, v),
        }
    }

    fn integral(self) -> bool {
        match self {
            #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
            ValueKind::Count | ValueKind::Vehicles => true,
            _ => false,
        }
    }
}

#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
fn gwh_number(w: &Catalog, v: f64) -> String {
    if v >= 1000.0 {
        grouped(w, v)
    } else {
        decimal(w, v, 1)
    }
}

/// One bar position: a year, a country, a segment.
#[derive(Clone, Debug, PartialEq)]
pub struct Category {
    pub label: String,
    pub pick: Option<Pick>,
    /// Said in the tooltip and the table, e.g. "3 of 5 plants disclosed".
    pub note: Option<String>,
}

/// One stacked layer; `values[i]` belongs to `categories[i]`, `None` where there is no value.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub label: String,
    pub color: SeriesColor,
    pub pick: Option<Pick>,
    pub values: Vec<Option<f64>>,
}

/// A stacked bar chart: what the layout, the table and the tooltips are made from.
#[derive(Clone, Debug, PartialEq)]
pub struct Bars {
    pub orientation: Orientation,
    pub categories: Vec<Category>,
    pub series: Vec<Series>,
    pub value: ValueKind,
    /// (series, category) of the values derived, not stated: drawn lighter and outlined, labelled "≈".
    pub derived: Vec<(usize, usize)>,
}

impl Bars {
    /// The value of a series in a category, if positive.
    pub fn value(&self, series: usize, category: usize) -> Option<f64> {
        let v = self.series.get(series)?.values.get(category).copied().flatten()?;
        (v.is_finite() && v > 0.0).then_some(v)
    }

    /// The stacked total of a category over the series not hidden.
    pub fn total(&self, category: usize, hidden: &[bool]) -> f64 {
        (0..self.series.len()).filter(|s| !is_hidden(hidden, *s)).filter_map(|s| self.value(s, category)).sum()
    }

    /// Whether the value of a series in a category is derived, not stated.
    pub fn is_derived(&self, series: usize, category: usize) -> bool {
        self.derived.contains(&(series, category))
    }

    /// Whether any category has a value, hidden series included.
    pub fn has_values(&self) -> bool {
        (0..self.series.len()).any(|s| (0..self.categories.len()).any(|c| self.value(s, c).is_some()))
    }

    /// The same numbers as a table: a header row, then one row per category (series…, total, note).
    pub fn table(&self, w: &Catalog) -> Vec<Vec<String>> {
        let with_notes = self.categories.iter().any(|c| c.note.is_some());
        let mut header = vec![String::new()];
        header.extend(self.series.iter().map(|s| s.label.clone()));
        header.push(w.text("chart-table-total"));
        if with_notes {
            header.push(w.text("chart-table-note"));
        }
        let mut rows = vec![header];
        for (i, c) in self.categories.iter().enumerate() {
            let mut row = vec![c.label.clone()];
            row.extend(
                (0..self.series.len()).map(|s| self.value(s, i).map_or("–".to_owned(), |v| self.value.format(w, v))),
            );
            let total = self.total(i, &[]);
            row.push(if total > 0.0 { self.value.format(w, total) } else { "–".to_owned() });
            if with_notes {
                row.push(c.note.clone().unwrap_or_default());
            }
            rows.push(row);
        }
        rows
    }
}

fn is_hidden(hidden: &[bool], series: usize) -> bool {
    hidden.get(series).copied().unwrap_or(false)
}

/// A chart ready for the page: its words, its bars, its table and the published figures shown beside it.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartSpec {
    pub text: ChartText,
    pub bars: Bars,
}

/// The published figure of a series, a stated one before a derived one, else the first in file order.
pub fn published<'a>(aggregates: &'a [Aggregate], series: &str) -> Option<&'a Aggregate> {
    let mut rows: Vec<&Aggregate> = aggregates.iter().filter(|a| a.series == series).collect();
    rows.sort_by_key(|a| a.confidence != Confidence::Stated);
    rows.first().copied()
}

/// "2024", or "2014–2024" for a span.
pub fn period_text(p: Period) -> String {
    match p.single() {
        Some(y) => y.0.to_string(),
        None => format!("{}–{}", p.first.0, p.last.0),
    }
}

/// The host of a figure's first source ("greenergydaily.com"), or "" when it has none.
pub fn source_host(a: &Aggregate) -> &str {
    a.source.urls.first().map_or("", |u| crate::format::host(u))
}

/// `part` of `whole` as a whole percentage in the reader's language: (1.0, 3.0) → "33%"; "0%" when
/// `whole` is 0.
pub fn percent(w: &Catalog, part: f64, whole: f64) -> String {
    let share = if whole > 0.0 { (part / whole * 100.0).round() } else { 0.0 };
    w.format("value-percent", &[("amount", decimal(w, share, 0).into())])
}

/// A list as the reader's language writes it: "a", "a and b", "a, b and c" ("a、b和c", "a, b e c").
pub fn join_and(w: &Catalog, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => {
            w.format("list-last", &[("head", join_more(w, init).into()), ("last", last.as_str().into())])
        }
    }
}

/// A list without its "and", to be continued: "a, b, c" ("a、b、c").
pub fn join_more(w: &Catalog, items: &[String]) -> String {
    let Some((first, rest)) = items.split_first() else { return String::new() };
    rest.iter().fold(first.clone(), |head, next| {
        w.format("list-more", &[("head", head.into()), ("next", next.as_str().into())])
    })
}

/// One series per segment, in the segments' order, named in the reader's language, coloured and picked
/// by segment.
pub fn segment_series(w: &Catalog, values: impl Fn(Segment) -> Vec<Option<f64>>) -> Vec<Series> {
    Segment::ALL
        .iter()
        .map(|s| Series {
            label: crate::map::describe::segment_name(w, *s),
            color: SeriesColor::Segment(*s),
            pick: Some(Pick::Segment(*s)),
            values: values(*s),
        })
        .collect()
}

/// `Some(v)` for a positive value, `None` for nothing.
pub fn positive(v: f64) -> Option<f64> {
    (v > 0.0).then_some(v)
}

/// One stacked piece of a bar, or (with `value: None`) the stub of a category with no value.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BarMark {
    pub category: usize,
    /// The series; 0 for a category's stub.
    pub series: usize,
    pub rect: Rect,
    pub value: Option<f64>,
    /// The value as written ("$4.2 bn"), or "no value"; in a grouped chart, as written over the bar
    /// ("≈90", "n/a").
    pub label: String,
    /// Where a grouped chart writes `label`, over the bar.
    pub label_box: Option<Rect>,
    /// A value derived, not stated.
    pub derived: bool,
}

/// What is under the pointer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Hit {
    /// An index into `BarsLayout::marks`.
    Mark(usize),
    /// A series, by its legend entry.
    Legend(usize),
}

/// Everything `draw` paints, in device pixels. Tests assert on it; hit-testing uses it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BarsLayout {
    pub width: f64,
    pub height: f64,
    pub scale: f64,
    pub orientation: Orientation,
    pub plot: Rect,
    pub value_max: f64,
    /// (value, position along the value axis, label, label box); a label is empty where it would collide.
    pub value_ticks: Vec<(f64, f64, String, Rect)>,
    /// (category, label as shown, box): only the labels that fit.
    pub category_labels: Vec<(usize, String, Rect)>,
    /// Stacked pieces by category, then series; a stub where a category has no value.
    pub marks: Vec<BarMark>,
    /// (category, label, box) at the end of each stack where it fits.
    pub totals: Vec<(usize, String, Rect)>,
    /// (series, swatch, label, label box)
    pub legend: Vec<(usize, Rect, String, Rect)>,
    /// Which series are toggled off.
    pub hidden: Vec<bool>,
    /// Why nothing is drawn, and where the sentence goes.
    pub empty: Option<String>,
    pub empty_box: Option<Rect>,
    /// A note written on the chart (its lines), its box, and the point its leader line ends at.
    pub note: Option<(Vec<String>, Rect, (f64, f64))>,
    /// The category a story step points at: its bars drawn, the others faded.
    pub focus: Option<usize>,
}

const TICK_PX: f64 = 12.0;
const VALUE_PX: f64 = 11.5;
const LEGEND_PX: f64 = 13.0;
const NOTE_PX: f64 = 13.0;
const LINE: f64 = 1.2;

/// `text`, cut and ended with "…" so that it is at most `max_w` wide; empty when not even "…" fits.
pub fn fit_text(text: &str, px: f64, max_w: f64) -> String {
    if text_width(text, px) <= max_w {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len())
        .rev()
        .map(|n| format!("{}…", chars[..n].iter().collect::<String>().trim_end()))
        .find(|t| text_width(t, px) <= max_w)
        .unwrap_or_default()
}

/// "2023" → "'23"; other labels have no short form.
fn abbreviate(label: &str) -> Option<String> {
    (label.len() == 4 && label.chars().all(|c| c.is_ascii_digit())).then(|| format!("'{}", &label[2..]))
}

fn ticks_for(kind: ValueKind, max: f64, target: usize) -> Vec<f64> {
    let ticks = nice_ticks(max, target);
    let step = ticks.get(1).copied().unwrap_or(1.0);
    if kind.integral() && step < 1.0 {
        nice_ticks(max.max(1.0), max.max(1.0).ceil() as usize)
    } else {
        ticks
    }
}

/// Keeps labels in order, blanking any that would touch the last one kept.
fn drop_colliding(boxes: &mut [(f64, f64, String, Rect)], gap: f64) {
    let mut last: Option<Rect> = None;
    for t in boxes.iter_mut() {
        if last.is_some_and(|l| l.inflate(gap / 2.0).overlaps(&t.3.inflate(gap / 2.0))) {
            t.2.clear();
            t.3 = Rect::new(t.3.x, t.3.y, 0.0, 0.0);
        } else {
            last = Some(t.3);
        }
    }
}

/// Lays the legend out from the top-left, wrapping; returns the entries and the bottom of the last row.
fn legend_layout(bars: &Bars, width: f64, s: f64, pad: f64) -> (Vec<(usize, Rect, String, Rect)>, f64) {
    let swatch = 12.0 * s;
    let row_h = LEGEND_PX * s * 1.5;
    let (mut x, mut y) = (pad, pad);
    let mut out = Vec::new();
    for (i, series) in bars.series.iter().enumerate() {
        let label = fit_text(&series.label, LEGEND_PX * s, (width - 2.0 * pad - swatch - 6.0 * s).max(0.0));
        let item_w = swatch + 6.0 * s + text_width(&label, LEGEND_PX * s);
        if x > pad && x + item_w > width - pad {
            x = pad;
            y += row_h;
        }
        let sw = Rect::new(x, y + 1.5 * s, swatch, swatch);
        let tb = text_box(&label, LEGEND_PX * s, x + swatch + 6.0 * s, y, HPos::Left, VPos::Top);
        out.push((i, sw, label, tb));
        x += item_w + 16.0 * s;
    }
    let bottom = if out.is_empty() { pad } else { y + LEGEND_PX * s * LINE };
    (out, bottom)
}

/// Lays the chart out in a `width` × `height` device-pixel canvas; `scale` is the devicePixelRatio and
/// `hidden[i]` says that series `i` is toggled off in the legend.
pub fn layout(bars: &Bars, w: &Catalog, hidden: &[bool], width: f64, height: f64, scale: f64) -> BarsLayout {
    let s = scale.max(0.5);
    let pad = 8.0 * s;
    let hidden: Vec<bool> = (0..bars.series.len()).map(|i| is_hidden(hidden, i)).collect();
    let mut out = BarsLayout {
        width,
        height,
        scale: s,
        orientation: bars.orientation,
        plot: Rect::new(pad, pad, (width - 2.0 * pad).max(1.0), (height - 2.0 * pad).max(1.0)),
        value_max: 1.0,
        value_ticks: Vec::new(),
        category_labels: Vec::new(),
        marks: Vec::new(),
        totals: Vec::new(),
        legend: Vec::new(),
        hidden,
        empty: None,
        empty_box: None,
        note: None,
        focus: None,
    };
    if !bars.has_values() && bars.orientation != Orientation::Grouped || bars.categories.is_empty() {
        let message = fit_text(&w.text(EMPTY_MESSAGE), NOTE_PX * s, width - 2.0 * pad);
        let b = text_box(&message, NOTE_PX * s, width / 2.0, height / 2.0, HPos::Center, VPos::Center);
        out.empty = Some(message);
        out.empty_box = Some(b);
        return out;
    }
    let (legend, legend_bottom) = legend_layout(bars, width, s, pad);
    out.legend = legend;
    #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
    let max_total = (0..bars.categories.len()).map(|c| bars.total(c, &out.hidden)).fold(0.0, f64::max);
    match bars.orientation {
        #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
        Orientation::Columns => columns(bars, w, &mut out, legend_bottom, max_total),
        #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
        Orientation::Rows => rows(bars, w, &mut out, legend_bottom, max_total),
        Orientation::Grouped => grouped_columns(bars, w, &mut out, legend_bottom),
    }
    out
}

/// The value axis of a column chart between `top` and `bottom`: the plot, its ticks (the top one kept
/// where labels would touch) and the value at its top.
fn value_axis(bars: &Bars, w: &Catalog, out: &mut BarsLayout, (top, bottom): (f64, f64), max: f64, per_tick: f64) {
    let (s, width) = (out.scale, out.width);
    let pad = 8.0 * s;
    let plot_h = (bottom - top).max(1.0);
    let target = ((plot_h / (per_tick * s)).floor() as usize).clamp(2, 6);
    let ticks = ticks_for(bars.value, max, target);
    let value_max = ticks.last().copied().unwrap_or(1.0);
    let labels: Vec<String> = ticks.iter().map(|t| bars.value.tick(w, *t)).collect();
    let label_w = labels.iter().map(|l| text_width(l, TICK_PX * s)).fold(0.0, f64::max);
    let plot = Rect::new(pad + label_w + 6.0 * s, top, (width - 2.0 * pad - label_w - 6.0 * s).max(1.0), plot_h);
    let y_of = |v: f64| plot.bottom() - v / value_max * plot.h;
    out.value_ticks = ticks
        .iter()
        .zip(labels)
        .map(|(t, l)| {
            let y = y_of(*t);
            let b = text_box(&l, TICK_PX * s, plot.x - 6.0 * s, y, HPos::Right, VPos::Center);
            (*t, y, l, b)
        })
        .collect();
    // From the top down, so that the top tick (the scale's end) is the one kept.
    out.value_ticks.reverse();
    drop_colliding(&mut out.value_ticks, 2.0 * s);
    out.value_ticks.reverse();
    out.plot = plot;
    out.value_max = value_max;
}

/// Category labels under columns: all in full, all abbreviated, or every k-th in full.
fn column_labels(bars: &Bars, out: &mut BarsLayout) {
    let (s, width, plot) = (out.scale, out.width, out.plot);
    let pad = 8.0 * s;
    let band = plot.w / bars.categories.len().max(1) as f64;
    let px = TICK_PX * s;
    let gap = 6.0 * s;
    let full: Vec<String> = bars.categories.iter().map(|c| c.label.clone()).collect();
    let widest = |ls: &[String]| ls.iter().map(|l| text_width(l, px)).fold(0.0, f64::max);
    let short: Option<Vec<String>> = bars.categories.iter().map(|c| abbreviate(&c.label)).collect();
    let (shown, step) = if widest(&full) + gap <= band {
        (full, 1)
    } else if let Some(short) = short.filter(|sh| widest(sh) + gap <= band) {
        (short, 1)
    } else {
        let w = widest(&full).min(width - 2.0 * pad);
        (full, ((w + gap) / band).ceil().max(1.0) as usize)
    };
    let mut last: Option<Rect> = None;
    for (i, label) in shown.iter().enumerate().filter(|(i, _)| i % step == 0) {
        let label = fit_text(label, px, width - 2.0 * pad);
        let cx = plot.x + band * (i as f64 + 0.5);
        let mut b = text_box(&label, px, cx, plot.bottom() + 8.0 * s, HPos::Center, VPos::Top);
        b.x = b.x.clamp(0.0, (width - b.w).max(0.0));
        if last.is_some_and(|l| l.inflate(gap / 2.0).overlaps(&b)) {
            continue;
        }
        last = Some(b);
        out.category_labels.push((i, label, b));
    }
}

/// Side-by-side columns, each with its value over it: in full ("$94 bn") where every one fits over its
/// bar, else the number alone (the axis gives the unit); "≈" before a derived value, "n/a" over a gap.
fn grouped_columns(bars: &Bars, w: &Catalog, out: &mut BarsLayout, legend_bottom: f64) {
    let (s, height) = (out.scale, out.height);
    let pad = 8.0 * s;
    let top = legend_bottom + 14.0 * s;
    let bottom = height - pad - TICK_PX * s * LINE - 8.0 * s;
    // Every series counts for the axis, switched off or not: bars keep their size when one goes.
    let n = bars.categories.len();
    let max = (0..bars.series.len()).flat_map(|si| (0..n).filter_map(move |c| bars.value(si, c))).fold(0.0, f64::max);
    value_axis(bars, w, out, (top, bottom), max, 44.0);
    column_labels(bars, out);
    let (plot, value_max) = (out.plot, out.value_max);
    let band = plot.w / n as f64;
    let gap = 3.0 * s;
    let k = bars.series.len().max(1) as f64;
    let bar_w = (band * 0.72 / k).min(64.0 * s);
    let label_text = |si: usize, c: usize, v: f64, full: bool| {
        let approx = if bars.is_derived(si, c) { "≈" } else { "" };
        let number = if full { bars.value.format(w, v) } else { decimal(w, v, 1) };
        format!("{approx}{number}")
    };
    let every = || (0..bars.series.len()).flat_map(|si| (0..n).filter_map(move |c| Some((si, c, bars.value(si, c)?))));
    let full = every().all(|(si, c, v)| text_width(&label_text(si, c, v, true), VALUE_PX * s) <= bar_w + gap);
    for c in 0..n {
        let left = plot.x + band * (c as f64 + 0.5) - (k * bar_w + (k - 1.0) * gap) / 2.0;
        let first = out.marks.len();
        for si in (0..bars.series.len()).filter(|si| !out.hidden[*si]) {
            let x = left + si as f64 * (bar_w + gap);
            let (rect, value, label) = match bars.value(si, c) {
                Some(v) => {
                    let h = v / value_max * plot.h;
                    (Rect::new(x, plot.bottom() - h, bar_w, h), Some(v), label_text(si, c, v, full))
                }
                None => (Rect::new(x, plot.bottom() - 2.0 * s, bar_w, 2.0 * s), None, w.text("chart-na")),
            };
            let b = text_box(&label, VALUE_PX * s, x + bar_w / 2.0, rect.y - 3.0 * s, HPos::Center, VPos::Bottom);
            let derived = value.is_some() && bars.is_derived(si, c);
            out.marks.push(BarMark { category: c, series: si, rect, value, label, label_box: Some(b), derived });
        }
        // Neighbouring labels that touch: lift the lower one above the other.
        for k in first + 1..out.marks.len() {
            let (a, b) = (out.marks[k - 1].label_box.unwrap_or_default(), out.marks[k].label_box.unwrap_or_default());
            if a.inflate(s).overlaps(&b) {
                let (lower, upper) = if a.y > b.y { (k - 1, k) } else { (k, k - 1) };
                let upper_y = out.marks[upper].label_box.map_or(0.0, |r| r.y);
                if let Some(r) = out.marks[lower].label_box.as_mut() {
                    r.y -= r.bottom() - upper_y + 2.0 * s;
                }
            }
        }
    }
}

#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
fn columns(bars: &Bars, w: &Catalog, out: &mut BarsLayout, legend_bottom: f64, max_total: f64) {
    let (s, height) = (out.scale, out.height);
    let pad = 8.0 * s;
    let top = legend_bottom + 10.0 * s + VALUE_PX * s * LINE + 6.0 * s;
    let bottom = height - pad - TICK_PX * s * LINE - 8.0 * s;
    value_axis(bars, w, out, (top, bottom), max_total, 40.0);
    column_labels(bars, out);
    let (plot, value_max) = (out.plot, out.value_max);
    let n = bars.categories.len();
    let band = plot.w / n as f64;
    let centre = |i: usize| plot.x + band * (i as f64 + 0.5);

    let bar_w = (band * 0.7).min(56.0 * s).max(1.0);
    for c in 0..n {
        let x = centre(c) - bar_w / 2.0;
        let mut y0 = plot.bottom();
        let mut any = false;
        for si in 0..bars.series.len() {
            let Some(v) = bars.value(si, c).filter(|_| !out.hidden[si]) else { continue };
            let h = v / value_max * plot.h;
            out.marks.push(BarMark {
                category: c,
                series: si,
                rect: Rect::new(x, y0 - h, bar_w, h),
                value: Some(v),
                label: bars.value.format(w, v),
                label_box: None,
                derived: false,
            });
            y0 -= h;
            any = true;
        }
        if !any {
            out.marks.push(stub(c, Rect::new(x, plot.bottom() - 2.0 * s, bar_w, 2.0 * s)));
            continue;
        }
        let total = bars.total(c, &out.hidden);
        let label = bars.value.format(w, total);
        if text_width(&label, VALUE_PX * s) <= band - 2.0 * s {
            let b = text_box(&label, VALUE_PX * s, centre(c), y0 - 3.0 * s, HPos::Center, VPos::Bottom);
            out.totals.push((c, label, b));
        }
    }
}

#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
fn rows(bars: &Bars, w: &Catalog, out: &mut BarsLayout, legend_bottom: f64, max_total: f64) {
    let (s, width, height) = (out.scale, out.width, out.height);
    let pad = 8.0 * s;
    let px = TICK_PX * s;
    let n = bars.categories.len();
    let top = legend_bottom + 10.0 * s;
    // Value labels sit 8 px under the plot: clear of a category label centred on the last (thin) row.
    let bottom = height - pad - px * LINE - 8.0 * s;
    let plot_h = (bottom - top).max(1.0);
    let band = plot_h / n as f64;
    let label_h = px * LINE;

    let budget = bars.categories.iter().map(|c| text_width(&c.label, px)).fold(0.0, f64::max).min(width * 0.42);
    let plot_x = pad + budget + 6.0 * s;

    // Totals go after each bar; they are dropped when they would squeeze the bars or the rows are too thin.
    let total_labels: Vec<String> = (0..n).map(|c| bars.value.format(w, bars.total(c, &out.hidden))).collect();
    let total_w = total_labels.iter().map(|l| text_width(l, VALUE_PX * s)).fold(0.0, f64::max);
    let mut with_totals = band >= VALUE_PX * s * LINE + 2.0 * s;
    let mut ticks = Vec::new();
    let mut labels: Vec<String> = Vec::new();
    let mut plot_w = 1.0;
    for _ in 0..2 {
        let mut target = 6;
        loop {
            ticks = ticks_for(bars.value, max_total, target);
            labels = ticks.iter().map(|t| bars.value.tick(w, *t)).collect();
            let last_w = labels.last().map_or(0.0, |l| text_width(l, px));
            let reserve = if with_totals { (total_w + 8.0 * s).max(last_w / 2.0) } else { last_w / 2.0 };
            plot_w = (width - pad - reserve - plot_x).max(1.0);
            let widest = labels.iter().map(|l| text_width(l, px)).fold(0.0, f64::max);
            let spacing = plot_w / (ticks.len().max(2) - 1) as f64;
            if spacing >= widest + 8.0 * s || target <= 2 {
                break;
            }
            target -= 1;
        }
        if !with_totals || plot_w >= (width - plot_x) * 0.55 {
            break;
        }
        with_totals = false;
    }
    let value_max = ticks.last().copied().unwrap_or(1.0);
    let plot = Rect::new(plot_x, top, plot_w, plot_h);
    let x_of = |v: f64| plot.x + v / value_max * plot.w;
    out.value_ticks = ticks
        .iter()
        .zip(labels)
        .map(|(t, l)| {
            let x = x_of(*t);
            let b = text_box(&l, px, x, plot.bottom() + 8.0 * s, HPos::Center, VPos::Top);
            (*t, x, l, b)
        })
        .collect();
    out.value_ticks.reverse();
    drop_colliding(&mut out.value_ticks, 4.0 * s);
    out.value_ticks.reverse();

    let centre = |i: usize| plot.y + band * (i as f64 + 0.5);
    let step = if band >= label_h + 2.0 * s { 1 } else { ((label_h + 2.0 * s) / band).ceil() as usize };
    for (i, c) in bars.categories.iter().enumerate().filter(|(i, _)| i % step == 0) {
        let label = fit_text(&c.label, px, budget);
        let b = text_box(&label, px, plot.x - 6.0 * s, centre(i), HPos::Right, VPos::Center);
        out.category_labels.push((i, label, b));
    }

    let thick = (band * 0.7).min(28.0 * s).max(1.0);
    for (c, total_label) in total_labels.into_iter().enumerate() {
        let y = centre(c) - thick / 2.0;
        let mut x0 = plot.x;
        let mut any = false;
        for si in 0..bars.series.len() {
            let Some(v) = bars.value(si, c).filter(|_| !out.hidden[si]) else { continue };
            let len = v / value_max * plot.w;
            out.marks.push(BarMark {
                category: c,
                series: si,
                rect: Rect::new(x0, y, len, thick),
                value: Some(v),
                label: bars.value.format(w, v),
                label_box: None,
                derived: false,
            });
            x0 += len;
            any = true;
        }
        if !any {
            out.marks.push(stub(c, Rect::new(plot.x, y, 2.0 * s, thick)));
            continue;
        }
        if with_totals {
            let b = text_box(&total_label, VALUE_PX * s, x0 + 4.0 * s, centre(c), HPos::Left, VPos::Center);
            out.totals.push((c, total_label, b));
        }
    }
    out.plot = plot;
    out.value_max = value_max;
}

#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
fn stub(category: usize, rect: Rect) -> BarMark {
    BarMark { category, series: 0, rect, value: None, label: String::new(), label_box: None, derived: false }
}

impl BarsLayout {
    /// What is under a device-pixel position: a legend entry, a bar piece, or the lane of an empty category.
    pub fn hit(&self, x: f64, y: f64) -> Option<Hit> {
        let s = self.scale;
        if let Some(l) = self.legend.iter().find(|(_, sw, _, tb)| {
            let item =
                Rect::new(sw.x, sw.y.min(tb.y), tb.right() - sw.x, sw.bottom().max(tb.bottom()) - sw.y.min(tb.y));
            item.inflate(2.0 * s).contains(x, y)
        }) {
            return Some(Hit::Legend(l.0));
        }
        let lane = |m: &BarMark| match self.orientation {
            #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
            Orientation::Rows => Rect::new(self.plot.x, m.rect.y, self.plot.w, m.rect.h),
            _ => Rect::new(m.rect.x, self.plot.y, m.rect.w, self.plot.h),
        };
        let exact = self.marks.iter().position(|m| m.value.is_some() && m.rect.contains(x, y));
        let near = || self.marks.iter().position(|m| m.value.is_some() && m.rect.inflate(2.0 * s).contains(x, y));
        let gap = || self.marks.iter().position(|m| m.value.is_none() && lane(m).contains(x, y));
        let label = || self.marks.iter().position(|m| m.label_box.is_some_and(|b| b.contains(x, y)));
        let total = || {
            let (c, ..) = self.totals.iter().find(|t| t.2.contains(x, y))?;
            self.marks.iter().rposition(|m| m.category == *c && m.value.is_some())
        };
        exact.or_else(near).or_else(gap).or_else(label).or_else(total).map(Hit::Mark)
    }

    /// The mark `delta` steps from `current` in reading order (by category, then series), skipping
    /// stubs (but not a grouped chart's, which say a value is missing); from nothing, the first (or last,
    /// going back). Stops at the ends.
    pub fn next(&self, current: Option<usize>, delta: isize) -> Option<usize> {
        let grouped = self.orientation == Orientation::Grouped;
        let order: Vec<usize> = (0..self.marks.len()).filter(|k| grouped || self.marks[*k].value.is_some()).collect();
        let last = order.len().checked_sub(1)?;
        match current.and_then(|c| order.iter().position(|k| *k == c)) {
            None if delta < 0 => order.last().copied(),
            None => order.first().copied(),
            Some(p) => order.get((p as isize + delta).clamp(0, last as isize) as usize).copied(),
        }
    }

    /// Every text box drawn, for overlap checks.
    pub fn text_boxes(&self) -> Vec<(String, Rect)> {
        let mut out: Vec<(String, Rect)> = Vec::new();
        out.extend(self.value_ticks.iter().filter(|t| !t.2.is_empty()).map(|t| (t.2.clone(), t.3)));
        out.extend(self.category_labels.iter().map(|(_, l, b)| (l.clone(), *b)));
        out.extend(self.totals.iter().map(|(_, l, b)| (l.clone(), *b)));
        out.extend(self.marks.iter().filter_map(|m| Some((m.label.clone(), m.label_box?))));
        out.extend(self.legend.iter().map(|l| (l.2.clone(), l.3)));
        if let (Some(m), Some(b)) = (&self.empty, self.empty_box) {
            out.push((m.clone(), b));
        }
        if let Some((lines, r, _)) = &self.note {
            out.push((lines.join(" "), *r));
        }
        out
    }

    /// A note over the bars of category `c` of a column chart, in the first of `wordings` (each its
    /// lines) that fits above every bar and label it spans, its leader pointing down at them; else, with
    /// `beside`, the first that fits to their right, top-aligned with their labels, clear of every bar and
    /// label; else `None`.
    pub fn note_at(&self, c: usize, wordings: &[Vec<String>], beside: bool) -> Option<(Vec<String>, Rect, (f64, f64))> {
        // The first view has no story steps, so no note beside bars.
        #[cfg(all(target_arch = "wasm32", not(feature = "atlas")))]
        let _ = beside;
        let (s, plot) = (self.scale, self.plot);
        let band = plot.w / self.category_count().max(1) as f64;
        let marks = &self.marks;
        let top = |m: &BarMark| m.label_box.map_or(m.rect.y, |b| b.y.min(m.rect.y));
        let group_top = marks.iter().filter(|m| m.category == c).map(top).fold(f64::INFINITY, f64::min);
        let cx = plot.x + band * (c as f64 + 0.5);
        let size = |lines: &[String]| {
            (
                lines.iter().map(|l| text_width(l, NOTE_PX * s)).fold(0.0, f64::max),
                NOTE_PX * s * 1.25 * lines.len() as f64,
            )
        };
        let spans = |m: &BarMark, x: f64, w: f64| {
            let b = m.label_box.unwrap_or(m.rect);
            b.x < x + w && x < b.right() || m.rect.x < x + w && x < m.rect.right()
        };
        let above = wordings.iter().find_map(|lines| {
            let (w, h) = size(lines);
            let x = (cx - w / 2.0).clamp(plot.x, (plot.right() - w).max(plot.x));
            let spanned_top = marks.iter().filter(|m| spans(m, x, w)).map(top).fold(group_top, f64::min);
            let y = spanned_top - 10.0 * s - h;
            (y >= plot.y - 6.0 * s && w <= plot.w)
                .then(|| (lines.clone(), Rect::new(x, y, w, h), (cx, group_top - 2.0 * s)))
        });
        // Beside the bars: a story step's note (the full atlas's only).
        #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
        let above = above.or_else(|| {
            let right = marks
                .iter()
                .filter(|m| beside && m.category == c)
                .map(|m| m.rect.right().max(m.label_box.map_or(0.0, |b| b.right())))
                .fold(cx, f64::max);
            wordings.iter().filter(|_| beside).find_map(|lines| {
                let (w, h) = size(lines);
                let r = Rect::new(right + 6.0 * s, group_top, w, h);
                let clear = marks.iter().all(|m| !r.overlaps(&m.label_box.unwrap_or(m.rect)) && !r.overlaps(&m.rect));
                (clear && r.right() <= plot.right()).then(|| (lines.clone(), r, (r.x, r.bottom() + 2.0 * s)))
            })
        });
        above
    }

    /// How many categories the chart was laid out with (each has at least one mark or stub).
    fn category_count(&self) -> usize {
        self.marks.iter().map(|m| m.category + 1).max().unwrap_or(0)
    }
}

/// The words for a mark: "Battery cells · 2023: $4.2 bn · 3 of 5 plants disclosed".
pub fn tooltip(bars: &Bars, w: &Catalog, mark: &BarMark) -> String {
    let category = bars.categories.get(mark.category);
    let name = category.map_or("", |c| c.label.as_str());
    let mut out = match (mark.value, bars.series.get(mark.series)) {
        (Some(v), Some(series)) => w.format(
            "chart-mark",
            &[
                ("series", series.label.as_str().into()),
                ("category", name.into()),
                ("value", bars.value.describe(w, v).into()),
            ],
        ),
        _ => w.format("chart-mark-none", &[("category", name.into())]),
    };
    if let Some(note) = category.and_then(|c| c.note.as_ref()) {
        out.push_str(" · ");
        out.push_str(note);
    }
    out
}

/// The diagonal (45°) hatching lines of a rectangle, `spacing` apart.
#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
pub fn hatch_lines(r: Rect, spacing: f64) -> Vec<((f64, f64), (f64, f64))> {
    let mut out = Vec::new();
    if r.w <= 0.0 || r.h <= 0.0 || spacing <= 0.0 {
        return out;
    }
    let mut t = spacing / 2.0;
    while t < r.w + r.h {
        let (u0, u1) = ((t - r.h).max(0.0), t.min(r.w));
        out.push(((r.x + u0, r.bottom() - (t - u0)), (r.x + u1, r.bottom() - (t - u1))));
        t += spacing;
    }
    out
}

fn pt(x: f64, y: f64) -> (i32, i32) {
    (x.round() as i32, y.round() as i32)
}

#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
fn draw_hatch<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    r: Rect,
    color: Rgb,
    s: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    for (a, b) in hatch_lines(r, 5.0 * s) {
        root.draw(&PathElement::new(
            vec![pt(a.0, a.1), pt(b.0, b.1)],
            ShapeStyle::from(color.plotters()).stroke_width(s.round().max(1.0) as u32),
        ))?;
    }
    root.draw(&Rectangle::new(
        [pt(r.x, r.y), pt(r.right(), r.bottom())],
        ShapeStyle::from(color.plotters()).stroke_width(s.round().max(1.0) as u32),
    ))
}

/// Paints the laid-out chart. `highlight` is the index into `layout.marks` of the hovered or focused mark.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    layout: &BarsLayout,
    bars: &Bars,
    theme: &Theme,
    highlight: Option<usize>,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let s = layout.scale;
    let font = |px: f64| (FontFamily::SansSerif, px * s).into_font();
    let thin = s.round().max(1.0) as u32;
    root.fill(&theme.background.plotters())?;

    if let (Some(message), Some(b)) = (&layout.empty, layout.empty_box) {
        let style = font(NOTE_PX).color(&theme.muted.plotters()).pos(Pos::new(HPos::Center, VPos::Top));
        root.draw(&Text::new(message.clone(), pt(b.x + b.w / 2.0, b.y), style))?;
        return root.present();
    }

    let plot = layout.plot;
    for (_, at, label, b) in &layout.value_ticks {
        let (line, anchor, origin) = match layout.orientation {
            #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
            Orientation::Rows => (
                vec![pt(*at, plot.y), pt(*at, plot.bottom())],
                Pos::new(HPos::Center, VPos::Top),
                pt(b.x + b.w / 2.0, b.y),
            ),
            _ => (vec![pt(plot.x, *at), pt(plot.right(), *at)], Pos::new(HPos::Right, VPos::Top), pt(b.right(), b.y)),
        };
        root.draw(&PathElement::new(line, ShapeStyle::from(theme.grid.plotters()).stroke_width(thin)))?;
        if !label.is_empty() {
            root.draw(&Text::new(label.clone(), origin, font(TICK_PX).color(&theme.muted.plotters()).pos(anchor)))?;
        }
    }

    let grouped = layout.orientation == Orientation::Grouped;
    for (k, m) in layout.marks.iter().enumerate() {
        let hovered = highlight == Some(k);
        let r = m.rect;
        let corners = [pt(r.x, r.y), pt(r.right(), r.bottom())];
        // Out of a story step's focus: faded.
        let fade =
            |c: Rgb| if layout.focus.is_some_and(|f| f != m.category) { c.mix(theme.background, 0.6) } else { c };
        if let Some(b) = m.label_box {
            let color = if m.value.is_some() { theme.text } else { theme.muted };
            let style = font(VALUE_PX).color(&color.plotters()).pos(Pos::new(HPos::Center, VPos::Bottom));
            root.draw(&Text::new(m.label.clone(), pt(b.x + b.w / 2.0, b.bottom()), style))?;
        }
        let series = bars.series.get(m.series);
        let Some(series) = series.filter(|_| m.value.is_some()) else {
            let color = if hovered { theme.text } else { theme.muted };
            match series.filter(|_| grouped) {
                // A dashed stub on the baseline in its series' colour: "no published value".
                Some(series) => {
                    let color = if hovered { theme.text } else { fade(series.color.base(theme)) };
                    let dash = 4.0 * s;
                    let mut x = r.x;
                    while x < r.right() {
                        let line = vec![pt(x, r.y), pt((x + dash).min(r.right()), r.y)];
                        let style = ShapeStyle::from(color.plotters()).stroke_width((2.0 * s).round() as u32);
                        root.draw(&PathElement::new(line, style))?;
                        x += 2.0 * dash;
                    }
                }
                // A stub on the baseline: "no value here".
                None => root.draw(&Rectangle::new(corners, color.plotters().filled()))?,
            }
            continue;
        };
        let base = fade(series.color.base(theme));
        let fill = if m.derived { base.mix(theme.background, 0.45) } else { fade(series.color.fill(theme)) };
        root.draw(&Rectangle::new(corners, fill.plotters().filled()))?;
        #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
        if series.color.hatched() {
            draw_hatch(root, r, base, s)?;
        }
        if !grouped {
            // A hairline in the background colour keeps stacked pieces apart.
            let sep = match layout.orientation {
                #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
                Orientation::Rows => vec![pt(r.right(), r.y), pt(r.right(), r.bottom())],
                _ => vec![pt(r.x, r.y), pt(r.right(), r.y)],
            };
            root.draw(&PathElement::new(sep, ShapeStyle::from(theme.background.plotters()).stroke_width(thin)))?;
        }
        if hovered || m.derived {
            let (outline, width) = if hovered { (theme.text, 2.0 * s) } else { (base, 1.5 * s) };
            let style = ShapeStyle::from(outline.plotters()).stroke_width(width.round().max(1.0) as u32);
            root.draw(&Rectangle::new(corners, style))?;
        }
    }

    let axis = match layout.orientation {
        #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
        Orientation::Rows => vec![pt(plot.x, plot.y), pt(plot.x, plot.bottom())],
        _ => vec![pt(plot.x, plot.bottom()), pt(plot.right(), plot.bottom())],
    };
    root.draw(&PathElement::new(axis, ShapeStyle::from(theme.muted.plotters()).stroke_width(thin)))?;

    for (_, label, b) in &layout.category_labels {
        let (origin, anchor, color) = match layout.orientation {
            #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
            Orientation::Rows => (pt(b.right(), b.y), Pos::new(HPos::Right, VPos::Top), theme.text),
            _ => (pt(b.x + b.w / 2.0, b.y), Pos::new(HPos::Center, VPos::Top), theme.muted),
        };
        root.draw(&Text::new(label.clone(), origin, font(TICK_PX).color(&color.plotters()).pos(anchor)))?;
    }
    for (_, label, b) in &layout.totals {
        let style = font(VALUE_PX).color(&theme.text.plotters()).pos(Pos::new(HPos::Left, VPos::Top));
        root.draw(&Text::new(label.clone(), pt(b.x, b.y), style))?;
    }

    for (series, sw, label, tb) in &layout.legend {
        let off = layout.hidden.get(*series).copied().unwrap_or(false);
        let Some(color) = bars.series.get(*series).map(|x| x.color) else { continue };
        let corners = [pt(sw.x, sw.y), pt(sw.right(), sw.bottom())];
        if off {
            root.draw(&Rectangle::new(corners, ShapeStyle::from(theme.muted.plotters()).stroke_width(thin)))?;
        } else {
            root.draw(&Rectangle::new(corners, color.fill(theme).plotters().filled()))?;
            #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
            if color.hatched() {
                draw_hatch(root, *sw, color.base(theme), s)?;
            }
        }
        let text_color = if off { theme.muted } else { theme.text };
        let style = font(LEGEND_PX).color(&text_color.plotters()).pos(Pos::new(HPos::Left, VPos::Top));
        root.draw(&Text::new(label.clone(), pt(tb.x, tb.y), style))?;
        if off {
            let mid = tb.y + tb.h / 2.0;
            root.draw(&PathElement::new(
                vec![pt(tb.x, mid), pt(tb.right(), mid)],
                ShapeStyle::from(theme.muted.plotters()).stroke_width(thin),
            ))?;
        }
    }

    if let Some((lines, r, (tx, ty))) = &layout.note {
        let line_h = NOTE_PX * s * 1.25;
        for (i, l) in lines.iter().enumerate() {
            let style = font(NOTE_PX).color(&theme.text.plotters()).pos(Pos::new(HPos::Left, VPos::Top));
            root.draw(&Text::new(l.clone(), pt(r.x, r.y + i as f64 * line_h), style))?;
        }
        root.draw(&PathElement::new(
            vec![pt(*tx, r.bottom() + 2.0 * s), pt(*tx, *ty)],
            ShapeStyle::from(theme.muted.plotters()).stroke_width(thin),
        ))?;
    }
    root.present()
}

/// Test helpers shared by the chart modules' tests.
#[cfg(test)]
pub(crate) mod testing {
    use super::*;
    use crate::data::{AGGREGATES_FULL_CSV, FACILITIES_FULL_CSV};
    pub use crate::i18n::english as en;
    use crate::model::{parse_aggregates, parse_facilities, Dataset};

    /// The full shipped data: every plant and every published series.
    pub fn full() -> Dataset {
        let (facilities, _) = parse_facilities("data/facilities.csv", FACILITIES_FULL_CSV);
        let (aggregates, _) = parse_aggregates("data/aggregates.csv", AGGREGATES_FULL_CSV);
        Dataset { facilities, aggregates }
    }

    pub const WIDTHS: [f64; 6] = [320.0, 360.0, 480.0, 768.0, 1024.0, 1600.0];
    pub const DPRS: [f64; 3] = [1.0, 2.0, 3.0];

    pub(crate) use crate::i18n::catalog_for_tests as catalog;

    /// Lays `bars` out at every width × dpr (320 css px high) and checks that every text box is inside the
    /// canvas and touches no other; returns how many layouts had an `empty` message.
    pub fn assert_no_overlaps(what: &str, bars: &Bars, hidden: &[bool]) -> usize {
        assert_no_overlaps_in(what, bars, &en(), hidden)
    }

    /// As [`assert_no_overlaps`], with the ticks and the empty message in the language of `words` (the
    /// bars' own labels are in the language they were built in).
    pub fn assert_no_overlaps_in(what: &str, bars: &Bars, words: &Catalog, hidden: &[bool]) -> usize {
        let mut empties = 0;
        for css_w in WIDTHS {
            for dpr in DPRS {
                let (w, h) = (css_w * dpr, 320.0 * dpr);
                let l = layout(bars, words, hidden, w, h, dpr);
                empties += usize::from(l.empty.is_some());
                let boxes = l.text_boxes();
                for (i, (ta, a)) in boxes.iter().enumerate() {
                    assert!(!ta.is_empty(), "{what} {css_w}@{dpr}: an empty label is listed");
                    assert!(
                        a.x >= -0.5 && a.right() <= w + 0.5 && a.y >= -0.5 && a.bottom() <= h + 0.5,
                        "{what} {css_w}@{dpr}: '{ta}' {a:?} outside"
                    );
                    for (tb, b) in &boxes[i + 1..] {
                        assert!(!a.overlaps(b), "{what} {css_w}@{dpr}: '{ta}' {a:?} overlaps '{tb}' {b:?}");
                    }
                }
                for m in &l.marks {
                    let r = m.rect;
                    assert!(
                        r.x >= l.plot.x - 0.5
                            && r.right() <= l.plot.right() + 0.5
                            && r.y >= l.plot.y - 0.5
                            && r.bottom() <= l.plot.bottom() + 0.5,
                        "{what} {css_w}@{dpr}: mark {m:?} outside the plot {:?}",
                        l.plot
                    );
                }
            }
        }
        empties
    }

    /// Draws to an SVG string.
    pub fn svg(bars: &Bars, hidden: &[bool], w: u32, h: u32, highlight: Option<usize>) -> String {
        let l = layout(bars, &en(), hidden, f64::from(w), f64::from(h), 1.0);
        let mut svg = String::new();
        {
            let root = plotters_svg::SVGBackend::with_string(&mut svg, (w, h)).into_drawing_area();
            draw(&root, &l, bars, &Theme::get(crate::theme::ThemeName::Light), highlight).expect("draws");
        }
        svg
    }
}

#[cfg(test)]
mod tests {
    use super::testing::*;
    use super::*;

    fn cat(label: &str) -> Category {
        Category { label: label.to_owned(), pick: None, note: Some(format!("note {label}")) }
    }

    /// Two segments over five years; 2021 has no value at all.
    fn sample(orientation: Orientation) -> Bars {
        Bars {
            orientation,
            categories: ["2020", "2021", "2022", "2023", "2024"].iter().map(|l| cat(l)).collect(),
            series: vec![
                Series {
                    label: "Battery cells".to_owned(),
                    color: SeriesColor::Segment(Segment::BatteryCells),
                    pick: Some(Pick::Segment(Segment::BatteryCells)),
                    values: vec![Some(1000.0), None, Some(4200.0), None, Some(500.0)],
                },
                Series {
                    label: "Pipeline".to_owned(),
                    color: SeriesColor::Pipeline,
                    pick: None,
                    values: vec![Some(1000.0), None, Some(300.0), Some(2000.0), Some(0.0)],
                },
            ],
            value: ValueKind::UsdMillions,
            derived: Vec::new(),
        }
    }

    #[test]
    fn values_are_written_for_humans_in_each_language() {
        use ValueKind::*;
        let (zh, pt) = (catalog("zh-CN"), catalog("pt-BR"));
        // (kind, how, value, English, Chinese, Portuguese)
        let cases = [
            (UsdBillions, "format", 16.0, "$16 bn", "US$160亿", "US$ 16 bi"),
            (UsdMillions, "format", 1234.0, "$1.2 bn", "US$12.3亿", "US$ 1,2 bi"),
            (UsdMillions, "format", 350.0, "$350 m", "US$3.5亿", "US$ 350 mi"),
            (Count, "format", 12.0, "12", "12", "12"),
            (Count, "describe", 1.0, "1 plant", "1座工厂", "1 fábrica"),
            (Count, "describe", 12.0, "12 plants", "12座工厂", "12 fábricas"),
            (Gwh, "format", 40.0, "40 GWh/yr", "每年40 GWh", "40 GWh/ano"),
            (Gwh, "format", 12.5, "12.5 GWh/yr", "每年12.5 GWh", "12,5 GWh/ano"),
            (Gwh, "tick", 40.0, "40 GWh", "40 GWh", "40 GWh"),
            (Vehicles, "format", 150000.0, "150,000", "150,000", "150.000"),
            (Vehicles, "describe", 150000.0, "150,000 vehicles/yr", "每年150,000辆", "150.000 veículos/ano"),
            (Vehicles, "tick", 150000.0, "150k", "15万", "150 mil"),
            (Vehicles, "tick", 1_500_000.0, "1.5m", "150万", "1,5 mi"),
            (Vehicles, "tick", 500.0, "500", "500", "500"),
            (Percent, "format", 42.4, "42%", "42%", "42%"),
            (UsdMillions, "tick", 0.0, "0", "0", "0"),
        ];
        for (kind, how, v, en_want, zh_want, pt_want) in cases {
            for (words, want) in [(&en(), en_want), (&zh, zh_want), (&pt, pt_want)] {
                let got = match how {
                    "format" => kind.format(words, v),
                    "describe" => kind.describe(words, v),
                    _ => kind.tick(words, v),
                };
                assert_eq!(got, want, "{kind:?}.{how}({v}) in {}", words.tag());
            }
        }
    }

    #[test]
    fn long_text_is_cut_with_an_ellipsis() {
        let cases = [
            ("Hungary", 1000.0, "Hungary"),
            ("Middle East & North Africa", 100.0, "Middle East &…"),
            ("Middle East & North Africa", 5.0, ""),
        ];
        for (text, max, want) in cases {
            let got = fit_text(text, 12.0, max);
            assert_eq!(got, want, "{text} in {max}");
            assert!(text_width(&got, 12.0) <= max);
        }
    }

    #[test]
    fn helpers_for_sentences() {
        let cases = [
            (period_text(Period { first: Year(2024), last: Year(2024) }), "2024"),
            (period_text(Period { first: Year(2014), last: Year(2024) }), "2014–2024"),
        ];
        for (got, want) in cases {
            assert_eq!(got, want);
        }
        let (zh, pt) = (catalog("zh-CN"), catalog("pt-BR"));
        let list = |n: usize| ["a", "b", "c", "d"][..n].iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        // (words, how many items, the list, 1 of 3 as a percent)
        let cases = [
            (&en(), 0, "", "33%"),
            (&en(), 1, "a", "33%"),
            (&en(), 2, "a and b", "33%"),
            (&en(), 4, "a, b, c and d", "33%"),
            (&zh, 2, "a和b", "33%"),
            (&zh, 4, "a、b、c和d", "33%"),
            (&pt, 2, "a e b", "33%"),
            (&pt, 4, "a, b, c e d", "33%"),
        ];
        for (words, n, want, share) in cases {
            assert_eq!(join_and(words, &list(n)), want, "{} {n}", words.tag());
            assert_eq!(percent(words, 1.0, 3.0), share, "{}", words.tag());
            assert_eq!(percent(words, 0.0, 0.0), "0%", "{}", words.tag());
        }
    }

    #[test]
    fn count_ticks_are_whole_numbers() {
        for max in [1.0, 2.0, 3.0, 7.0, 17.0] {
            let ticks = ticks_for(ValueKind::Count, max, 6);
            assert!(ticks.iter().all(|t| t.fract() == 0.0), "{max}: {ticks:?}");
            assert!(ticks.last().copied().unwrap_or(0.0) >= max);
        }
    }

    #[test]
    fn stacks_follow_the_values_and_hidden_series_drop_out() {
        for orientation in [Orientation::Columns, Orientation::Rows] {
            let b = sample(orientation);
            let l = layout(&b, &en(), &[], 800.0, 320.0, 1.0);
            let pieces: Vec<(usize, usize, Option<f64>)> =
                l.marks.iter().map(|m| (m.category, m.series, m.value)).collect();
            assert_eq!(
                pieces,
                vec![
                    (0, 0, Some(1000.0)),
                    (0, 1, Some(1000.0)),
                    (1, 0, None),
                    (2, 0, Some(4200.0)),
                    (2, 1, Some(300.0)),
                    (3, 1, Some(2000.0)),
                    (4, 0, Some(500.0)),
                ],
                "{orientation:?}"
            );
            let long = |m: &BarMark| if orientation == Orientation::Columns { m.rect.h } else { m.rect.w };
            assert!((long(&l.marks[3]) / long(&l.marks[6]) - 4200.0 / 500.0).abs() < 0.01);
            let totals: Vec<&str> = l.totals.iter().map(|t| t.1.as_str()).collect();
            assert_eq!(totals, ["$2 bn", "$4.5 bn", "$2 bn", "$500 m"], "{orientation:?}");

            let l = layout(&b, &en(), &[false, true], 800.0, 320.0, 1.0);
            assert!(l.marks.iter().all(|m| m.series == 0));
            assert_eq!(l.marks.iter().filter(|m| m.value.is_none()).count(), 2, "2021 and 2023 are stubs now");
            assert_eq!(l.legend.len(), 2, "a hidden series keeps its legend entry");
        }
    }

    #[test]
    fn hit_testing_finds_marks_gaps_and_legend_entries() {
        for orientation in [Orientation::Columns, Orientation::Rows] {
            let l = layout(&sample(orientation), &en(), &[], 800.0, 320.0, 1.0);
            let centre = |k: usize| {
                let r = l.marks[k].rect;
                (r.x + r.w / 2.0, r.y + r.h / 2.0)
            };
            let gap_lane = match orientation {
                Orientation::Rows => (l.plot.right() - 5.0, centre(2).1),
                _ => (centre(2).0, l.plot.y + 5.0),
            };
            let legend = |i: usize| (l.legend[i].3.x + 2.0, l.legend[i].3.y + 2.0);
            let cases = [
                (centre(0), Some(Hit::Mark(0))),
                (centre(1), Some(Hit::Mark(1))),
                (centre(3), Some(Hit::Mark(3))),
                (gap_lane, Some(Hit::Mark(2))),
                (legend(0), Some(Hit::Legend(0))),
                (legend(1), Some(Hit::Legend(1))),
                ((l.width - 1.0, l.height - 1.0), None),
            ];
            for ((x, y), want) in cases {
                assert_eq!(l.hit(x, y), want, "{orientation:?} at {x},{y}");
            }
        }
    }

    #[test]
    fn keyboard_order_goes_by_category_then_series_and_skips_stubs() {
        let l = layout(&sample(Orientation::Columns), &en(), &[], 800.0, 320.0, 1.0);
        let cases = [
            (None, 1, Some(0)),
            (None, -1, Some(6)),
            (Some(0), 1, Some(1)),
            (Some(1), 1, Some(3)),
            (Some(3), -1, Some(1)),
            (Some(5), 1, Some(6)),
            (Some(6), 1, Some(6)),
            (Some(0), -1, Some(0)),
            (Some(1), 3, Some(5)),
            (Some(2), 1, Some(0)),
        ];
        for (current, delta, want) in cases {
            assert_eq!(l.next(current, delta), want, "{current:?} {delta}");
        }
        let empty = layout(&Bars { categories: vec![], ..sample(Orientation::Rows) }, &en(), &[], 800.0, 320.0, 1.0);
        assert_eq!(empty.next(None, 1), None);
    }

    #[test]
    fn tooltips_name_series_category_value_and_note() {
        let b = sample(Orientation::Columns);
        let l = layout(&b, &en(), &[], 800.0, 320.0, 1.0);
        let cases = [
            (0, "Battery cells · 2020: $1 bn · note 2020"),
            (3, "Battery cells · 2022: $4.2 bn · note 2022"),
            (2, "2021: no value · note 2021"),
        ];
        for (k, want) in cases {
            assert_eq!(tooltip(&b, &en(), &l.marks[k]), want);
        }
    }

    #[test]
    fn many_categories_and_long_labels_never_overlap() {
        let years: Vec<Category> = (2000..2026).map(|y| cat(&y.to_string())).collect();
        let many_years = Bars {
            categories: years.clone(),
            series: vec![Series {
                label: "Battery materials and other very long series names".to_owned(),
                color: SeriesColor::Segment(Segment::BatteryMaterials),
                pick: None,
                values: (0..years.len()).map(|i| Some(100.0 * i as f64 + 50.0)).collect(),
            }],
            ..sample(Orientation::Columns)
        };
        let countries: Vec<Category> = (0..24).map(|i| cat(&format!("Country with a rather long name {i}"))).collect();
        let many_rows = Bars {
            orientation: Orientation::Rows,
            categories: countries.clone(),
            series: vec![Series {
                label: "Plants".to_owned(),
                color: SeriesColor::Neutral,
                pick: None,
                values: (0..countries.len()).map(|i| Some(1000.0 * (24 - i) as f64)).collect(),
            }],
            value: ValueKind::Vehicles,
            derived: Vec::new(),
        };
        for (what, b) in [
            ("columns", sample(Orientation::Columns)),
            ("rows", sample(Orientation::Rows)),
            ("26 years", many_years),
            ("24 rows", many_rows),
        ] {
            assert_eq!(assert_no_overlaps(what, &b, &[]), 0);
        }
    }

    #[test]
    fn every_series_hidden_leaves_stubs_and_the_legend() {
        let b = sample(Orientation::Columns);
        let l = layout(&b, &en(), &[true, true], 800.0, 320.0, 1.0);
        assert!(l.empty.is_none(), "the data has values; the reader hid them");
        assert_eq!(l.marks.len(), 5);
        assert!(l.marks.iter().all(|m| m.value.is_none()) && l.totals.is_empty());
        assert_eq!(l.next(None, 1), None);
        assert_eq!(l.hit(l.legend[1].3.x + 1.0, l.legend[1].3.y + 1.0), Some(Hit::Legend(1)));
        assert_eq!(assert_no_overlaps("all hidden", &b, &[true, true]), 0);
    }

    #[test]
    fn nothing_to_show_says_so() {
        let mut b = sample(Orientation::Rows);
        for s in &mut b.series {
            s.values = vec![None; 5];
        }
        let l = layout(&b, &en(), &[], 640.0, 320.0, 1.0);
        assert_eq!(l.empty.as_deref(), Some("No facility matches these filters"));
        assert!(l.marks.is_empty() && l.hit(320.0, 160.0).is_none());
        assert_eq!(assert_no_overlaps("empty", &b, &[]), 18);
        assert!(svg(&b, &[], 640, 320, None).contains("No facility matches these filters"));
        let pt = crate::i18n::Catalog::parse("pt-BR", include_str!("../../i18n/pt-BR.ftl")).0;
        assert_eq!(
            layout(&b, &pt, &[], 640.0, 320.0, 1.0).empty.as_deref(),
            Some("Nenhuma fábrica corresponde a estes filtros")
        );
    }

    #[test]
    fn hatching_stays_inside_its_rectangle() {
        let r = Rect::new(10.0, 20.0, 30.0, 8.0);
        let lines = hatch_lines(r, 5.0);
        assert_eq!(lines.len(), 8);
        for (a, b) in lines {
            for (x, y) in [a, b] {
                assert!(r.inflate(1e-9).contains(x, y), "{x},{y}");
            }
            assert!(((b.0 - a.0).abs() - (a.1 - b.1).abs()).abs() < 1e-9, "45°");
        }
    }

    #[test]
    fn draws_labels_legend_hatching_and_struck_hidden_series() {
        let b = sample(Orientation::Columns);
        let plain = svg(&b, &[], 800, 320, Some(0));
        for text in ["2020", "2024", "$4.5 bn", "Battery cells", "Pipeline"] {
            assert!(plain.contains(text), "missing '{text}'");
        }
        let theme = Theme::get(crate::theme::ThemeName::Light);
        let fill = theme.segment(Segment::BatteryCells).hex().to_uppercase();
        assert!(plain.to_uppercase().contains(&format!("FILL=\"{fill}\"")));
        let hidden = svg(&b, &[true, false], 800, 320, None);
        assert!(hidden.contains("Battery cells"), "a hidden series stays in the legend");
        assert!(!hidden.contains("$4.5 bn"), "totals leave hidden series out");
        assert!(hidden.contains("$300 m"));
    }
}
