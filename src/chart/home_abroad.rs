//! Chart "Home vs abroad": Chinese EV supply-chain investment in China and overseas by year, from the
//! sourced aggregates: its series, words and notes, drawn as grouped bars by the one engine (`chart::bars`).

use serde::Serialize;

use super::bars::{self, BarMark, Bars, BarsLayout, Category, Orientation, Pick, Series, SeriesColor, ValueKind};
use super::geometry::Rect;
use super::text::ChartText;
use crate::format::host;
use crate::i18n::numbers::usd_bn;
use crate::i18n::Catalog;
use crate::model::{Aggregate, Confidence, Unit, Year};

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
pub fn describe(chart: &HomeAbroad, m: &BarMark, words: &Catalog) -> String {
    let year = chart.years.get(m.category).map_or(0, |y| y.0);
    let (year, side_arg) = (("year", year.to_string().into()), ("side", side(m).label(words).into()));
    match chart.value(side(m), m.category) {
        Some(v) => words.format(
            if v.confidence == Confidence::Derived { "home-abroad-mark-derived" } else { "home-abroad-mark" },
            &[year, side_arg, ("value", usd_bn(words, v.billions).into()), ("source", host(&v.source_url).into())],
        ),
        None => words.format("home-abroad-mark-missing", &[year, side_arg]),
    }
}

/// The chart as bars for the one engine (`chart::bars`): the years, each with home and abroad side by
/// side; a derived value marked as such; a year picks itself.
pub fn bars(chart: &HomeAbroad, words: &Catalog) -> Bars {
    let series = |side: Side, values: &[Option<Value>], color| Series {
        label: side.label(words),
        color,
        pick: None,
        values: values.iter().map(|v| v.as_ref().map(|v| v.billions)).collect(),
    };
    let derived = [&chart.home, &chart.abroad]
        .iter()
        .enumerate()
        .flat_map(|(si, values)| {
            values
                .iter()
                .enumerate()
                .filter_map(move |(c, v)| v.as_ref().filter(|v| v.confidence == Confidence::Derived).map(|_| (si, c)))
        })
        .collect();
    Bars {
        orientation: Orientation::Grouped,
        categories: chart
            .years
            .iter()
            .map(|y| Category { label: y.0.to_string(), pick: Some(Pick::Year(*y)), note: None })
            .collect(),
        series: vec![
            series(Side::Home, &chart.home, SeriesColor::Neutral),
            series(Side::Abroad, &chart.abroad, SeriesColor::Abroad),
        ],
        value: ValueKind::UsdBillions,
        derived,
    }
}

/// Which series a mark of [`bars`] belongs to.
pub fn side(m: &BarMark) -> Side {
    if m.series == 0 {
        Side::Home
    } else {
        Side::Abroad
    }
}

/// Lays the chart out in a `width` × `height` device-pixel canvas (`scale` is the devicePixelRatio), with
/// the series of `hidden` (`[home, abroad]`) switched off: their bars go, the value axis stays, and so does
/// the crossover note (the widest wording that fits above the bars it spans) only while both are shown.
pub fn layout(chart: &HomeAbroad, words: &Catalog, hidden: &[bool], width: f64, height: f64, scale: f64) -> BarsLayout {
    let mut l = bars::layout(&bars(chart, words), words, hidden, width, height, scale);
    if hidden.iter().any(|h| *h) {
        return l;
    }
    l.note = chart.crossover().and_then(|(i, year)| {
        let (h, a) = (chart.value(Side::Home, i)?, chart.value(Side::Abroad, i)?);
        let args = [
            ("year", year.0.to_string().into()),
            ("abroad", usd_bn(words, a.billions).into()),
            ("home", usd_bn(words, h.billions).into()),
        ];
        let line = |id: &str| words.format(id, &args);
        l.note_at(
            i,
            &[
                vec![line("home-abroad-crossover-long"), line("home-abroad-crossover-long-2")],
                vec![line("home-abroad-crossover-short"), line("home-abroad-crossover-short-2")],
            ],
            false,
        )
    });
    l
}

/// The layout of a story step (the full atlas's only): the step's `year` in focus, the other years faded,
/// and the step's `note` written above its bars in place of the crossover note, on one line or, where
/// that does not fit, two, or else beside them; not written where nothing fits (the step's text says it).
#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
pub fn layout_for_step(
    chart: &HomeAbroad,
    words: &Catalog,
    hidden: &[bool],
    (width, height, scale): (f64, f64, f64),
    year: Year,
    note: Option<&str>,
) -> BarsLayout {
    let mut l = layout(chart, words, hidden, width, height, scale);
    let Some(i) = chart.years.iter().position(|y| *y == year) else { return l };
    l.focus = Some(i);
    l.note = match note {
        Some(note) => l.note_at(i, &[vec![note.to_owned()], two_lines(note)], true),
        // The crossover note stays only on its own year.
        None => l.note.take().filter(|_| chart.crossover().is_some_and(|(k, _)| k == i)),
    };
    l
}

/// A step's note on two lines: broken at the space nearest its middle; a note written without spaces
/// (Chinese), after the punctuation mark nearest its middle, else at its middle character.
#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
fn two_lines(note: &str) -> Vec<String> {
    let chars: Vec<(usize, char)> = note.char_indices().collect();
    let middle = chars.len() / 2;
    let after = |k: usize| chars.get(k).map_or(note.len(), |(at, _)| *at);
    let spaces: Vec<usize> = (1..chars.len()).filter(|k| chars[*k].1 == ' ').collect();
    let marks: Vec<usize> = (1..chars.len()).filter(|k| "，：；、".contains(chars[*k - 1].1)).collect();
    let breaks = [spaces.as_slice(), marks.as_slice()].into_iter().find(|b| !b.is_empty()).unwrap_or(&[]);
    let k = breaks.iter().copied().min_by_key(|k| k.abs_diff(middle)).unwrap_or(middle.max(1));
    let (first, second) = note.split_at(after(k));
    vec![first.to_owned(), second.trim_start().to_owned()]
}

/// What browser tests read of the drawn chart (`canvas.__layout`), as JSON, in both modules: the scale,
/// the note written on it (its lines joined), each mark's side, year, value (`null` for a gap) and box, the
/// legend's entries and which series are switched off. Written by hand: the first view does without a
/// serialiser.
pub fn marks_json(chart: &HomeAbroad, l: &BarsLayout) -> String {
    let rect = |r: &Rect| format!(r#"{{"x":{},"y":{},"w":{},"h":{}}}"#, r.x, r.y, r.w, r.h);
    let marks: Vec<String> = l
        .marks
        .iter()
        .map(|m| {
            let value = m.value.map_or_else(|| "null".to_owned(), |v| v.to_string());
            let year = chart.years.get(m.category).map_or(0, |y| y.0);
            format!(r#"{{"side":"{:?}","year":{year},"value":{value},"rect":{}}}"#, side(m), rect(&m.rect))
        })
        .collect();
    let legend: Vec<String> = l
        .legend
        .iter()
        .map(|(si, sw, label, tb)| {
            let side = if *si == 0 { Side::Home } else { Side::Abroad };
            format!(r#"["{side:?}",{},{},{}]"#, rect(sw), crate::json::string(label), rect(tb))
        })
        .collect();
    let hidden = |i: usize| l.hidden.get(i).copied().unwrap_or(false);
    format!(
        r#"{{"scale":{},"annotation":{},"marks":[{}],"legend":[{}],"hidden":[{},{}]}}"#,
        l.scale,
        l.note.as_ref().map_or_else(|| "null".to_owned(), |(lines, ..)| crate::json::string(&lines.join(" "))),
        marks.join(","),
        legend.join(","),
        hidden(0),
        hidden(1)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::builtin;
    use crate::i18n::english as en;
    use crate::theme::{Theme, ThemeName};
    use plotters::prelude::IntoDrawingArea;
    use plotters_svg::SVGBackend;

    fn year(c: &HomeAbroad, m: &BarMark) -> u16 {
        c.years[m.category].0
    }

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
        let l = layout(&c, &en(), &[], 900.0, 400.0, 1.0);
        let m = l.marks.iter().find(|m| year(&c, m) == 2021 && side(m) == Side::Home).expect("2021");
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
        let l = layout(&c, &en(), &[], 900.0, 400.0, 1.0);
        let cases = [
            (Side::Abroad, 2024, "2024 · Invested abroad: $16 bn · source: greenergydaily.com"),
            (Side::Abroad, 2022, "2022 · Invested abroad: no published figure"),
        ];
        for (side, year, want) in cases {
            let m = l.marks.iter().find(|m| super::side(m) == side && c.years[m.category].0 == year).expect("mark");
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
            (2024, Some("2024年：海外US$160亿，国内US$150亿"), Some(2024), true),
            (2022, Some("2022: pico de US$ 94 bi na China"), Some(2022), true),
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
                assert_eq!(l.note.is_some(), noted, "{what}");
                let Some((lines, r, _)) = &l.note else { continue };
                if let Some(n) = step_note {
                    assert_eq!(lines.join(if n.contains(' ') { " " } else { "" }), n, "{what}");
                    assert!(lines.len() <= 2, "{what}");
                }
                assert!(
                    r.x >= l.plot.x - 0.5 && r.right() <= l.plot.right() + 0.5,
                    "{what}: {r:?} outside {:?}",
                    l.plot
                );
                for m in &l.marks {
                    let b = m.label_box.expect("every bar is labelled");
                    assert!(!r.overlaps(&b) && !r.overlaps(&m.rect), "{what}: over {}", m.label);
                }
            }
        }
    }

    #[test]
    fn a_note_is_broken_in_two_near_its_middle() {
        let cases: &[(&str, [&str; 2])] = &[
            ("2024: $16 bn abroad, $15 bn at home", ["2024: $16 bn abroad,", "$15 bn at home"]),
            ("Batteries: 74% of the money abroad", ["Batteries: 74% of", "the money abroad"]),
            ("2024年：海外US$160亿，国内US$150亿", ["2024年：海外US$160亿，", "国内US$150亿"]),
            ("电池：海外资金的74%", ["电池：", "海外资金的74%"]),
            ("海外资金", ["海外", "资金"]),
            ("x", ["x", ""]),
        ];
        for (note, want) in cases {
            assert_eq!(two_lines(note), want.map(str::to_owned), "{note}");
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
                let l = layout(&c, &en(), &[], w, h, dpr);
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
                assert!(l.note.is_some(), "{css_w}@{dpr}: crossover note missing");
            }
        }
    }

    #[test]
    fn bars_scale_with_values_and_hit_testing_finds_them() {
        let l = layout(&chart(), &en(), &[], 800.0, 300.0, 1.0);
        let bar = |s, i: usize| l.marks.iter().find(|m| side(m) == s && m.category == i).expect("mark");
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
            let got = match l.hit(x, y) {
                Some(bars::Hit::Mark(k)) => Some((side(&l.marks[k]), l.marks[k].category)),
                _ => None,
            };
            assert_eq!(got, want, "at {x},{y}");
        }
    }

    #[test]
    fn a_series_switched_off_is_not_drawn_and_keyboard_order_walks_the_rest() {
        let c = chart();
        let all = layout(&c, &en(), &[], 800.0, 300.0, 1.0);
        let cases =
            [([false, false], 6, true), ([true, false], 3, false), ([false, true], 3, false), ([true, true], 0, false)];
        for (hidden, marks, note) in cases {
            let l = layout(&c, &en(), &hidden, 800.0, 300.0, 1.0);
            assert_eq!(l.marks.len(), marks, "{hidden:?}");
            assert_eq!(l.note.is_some(), note, "{hidden:?}");
            assert_eq!(l.value_max, all.value_max, "the axis stays");
            assert!(l.marks.iter().all(|m| !hidden[m.series]));
        }
        let l = layout(&c, &en(), &[false, false], 800.0, 300.0, 1.0);
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
        assert_eq!(layout(&c, &en(), &[true, true], 800.0, 300.0, 1.0).next(None, 1), None);
        let (_, sw, _, _) = &l.legend[1];
        assert_eq!(l.hit(sw.x + 1.0, sw.y + 1.0), Some(bars::Hit::Legend(1)));
        assert_eq!(l.hit(1.0, 299.0), None);
    }

    #[test]
    fn the_marks_read_by_browser_tests_are_valid_json_with_gaps_as_null() {
        let c = chart();
        let l = layout(&c, &en(), &[], 1280.0, 600.0, 2.0);
        let json = marks_json(&c, &l);
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
        let l = layout(&c, &en(), &[], 640.0, 300.0, 1.0);
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (640, 300)).into_drawing_area();
            bars::draw(&root, &l, &bars(&c, &en()), &Theme::get(ThemeName::Light), None).expect("draws");
        }
        for text in ["$94 bn", "$16 bn", "n/a", "2024", "Invested abroad", "2024: more invested abroad"] {
            assert!(svg.contains(text), "missing '{text}'");
        }
        assert_eq!(svg.matches("n/a").count(), 2);
        let abroad_fill = format!("fill=\"{}\"", Theme::get(ThemeName::Light).abroad.hex().to_uppercase());
        assert!(svg.to_uppercase().contains(&abroad_fill.to_uppercase()));
    }
}
