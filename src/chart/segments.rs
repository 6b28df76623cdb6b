//! Chart "Where the money goes": announced investment in overseas plants by year announced, stacked by
//! segment, with the published battery share beside it.

use super::bars::{
    percent, period_text, positive, published, segment_series, source_host, Bars, Category, ChartSpec, Orientation,
    Pick, ValueKind,
};
use super::text::ChartText;
use crate::i18n::numbers::{decimal, usd_millions};
use crate::i18n::Catalog;
use crate::model::{Dataset, Facility, Segment, Unit, Year};

pub const ID: &str = "segments";
/// Published: the share of batteries in Chinese EV investment abroad.
pub const BATTERY_SHARE_SERIES: &str = "overseas_battery_share_of_overseas_investment";

fn usd(f: &Facility) -> Option<f64> {
    f.plant_usd().map(|u| u.millions).filter(|m| m.is_finite() && *m >= 0.0)
}

/// Builds the chart from the plants (any subset) and the published figures.
pub fn build(data: &Dataset, w: &Catalog) -> ChartSpec {
    let fs = &data.facilities;
    let years: Vec<Year> =
        match (fs.iter().filter_map(|f| f.announced).min(), fs.iter().filter_map(|f| f.announced).max()) {
            (Some(first), Some(last)) => (first.0..=last.0).map(Year).collect(),
            _ => Vec::new(),
        };
    let categories = years
        .iter()
        .map(|y| {
            let plants = fs.iter().filter(|f| f.announced == Some(*y));
            let n = plants.clone().count();
            let disclosed = plants.filter(|f| usd(f).is_some()).count();
            Category {
                label: y.0.to_string(),
                pick: Some(Pick::Year(*y)),
                note: Some(match n {
                    0 => w.text("segments-none"),
                    _ => w.format("chart-disclosed", &[("disclosed", disclosed.into()), ("plants", n.into())]),
                }),
            }
        })
        .collect();
    let series = segment_series(w, |s| {
        years
            .iter()
            .map(|y| {
                let amounts: Vec<f64> =
                    fs.iter().filter(|f| f.segment == s && f.announced == Some(*y)).filter_map(usd).collect();
                if amounts.is_empty() {
                    None
                } else {
                    positive(amounts.iter().sum())
                }
            })
            .collect()
    });
    let bars = Bars {
        orientation: Orientation::Columns,
        categories,
        series,
        value: ValueKind::UsdMillions,
        derived: Vec::new(),
    };

    let disclosed = fs.iter().filter(|f| usd(f).is_some()).count();
    let undated = fs.iter().filter(|f| usd(f).is_some() && f.announced.is_none()).count();
    let counts = [("disclosed", disclosed.into()), ("plants", fs.len().into()), ("undated", undated.into())];
    let subtitle = w.format(if undated > 0 { "segments-subtitle-undated" } else { "segments-subtitle" }, &counts);

    let mut notes = Vec::new();
    let mut source = w.text("chart-source-plants");
    if let Some(a) =
        published(&data.aggregates, BATTERY_SHARE_SERIES).filter(|a| matches!(a.unit, Unit::Percent { .. }))
    {
        let mut share = w.format("value-percent", &[("amount", decimal(w, a.value, 1).into())]);
        if matches!(a.unit, Unit::Percent { approximate: true }) {
            share = w.format("chart-about", &[("value", share.into())]);
        }
        let host = source_host(a);
        notes.push(w.format(
            "segments-note-share",
            &[("share", share.into()), ("period", period_text(a.period).into()), ("host", host.into())],
        ));
        source = w.format("segments-source-share", &[("host", host.into())]);
    }

    ChartSpec {
        text: ChartText {
            id: ID,
            title: w.text("segments-title"),
            subtitle,
            unit: w.text("chart-unit-usd"),
            source,
            summary: summary(&bars, w, fs),
            table: bars.table(w),
            notes,
        },
        bars,
    }
}

fn summary(bars: &Bars, w: &Catalog, fs: &[Facility]) -> String {
    let dated: Vec<&Facility> = fs.iter().filter(|f| f.announced.is_some()).collect();
    let total: f64 = dated.iter().filter_map(|f| usd(f)).sum();
    if total <= 0.0 {
        return w.text("chart-no-money");
    }
    let battery: f64 = dated
        .iter()
        .filter(|f| matches!(f.segment, Segment::BatteryCells | Segment::BatteryMaterials))
        .filter_map(|f| usd(f))
        .sum();
    let disclosed = dated.iter().filter(|f| usd(f).is_some()).count();
    let peak = (0..bars.categories.len())
        .map(|c| (c, bars.total(c, &[])))
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
    let mut args = vec![
        ("share", percent(w, battery, total).into()),
        ("total", usd_millions(w, total).into()),
        ("disclosed", disclosed.into()),
        ("dated", dated.len().into()),
    ];
    let Some((c, v)) = peak else { return w.format("segments-summary", &args) };
    args.extend([("year", bars.categories[c].label.as_str().into()), ("amount", usd_millions(w, v).into())]);
    // The segment with the most in that year, named in the middle of the sentence.
    let top = (0..bars.series.len())
        .filter_map(|i| bars.value(i, c).map(|v| (i, v)))
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| bars.series[i].label.to_lowercase());
    match top {
        Some(segment) => {
            args.push(("segment", segment.into()));
            w.format("segments-summary-peak-segment", &args)
        }
        None => w.format("segments-summary-peak", &args),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::bars::testing::{assert_no_overlaps, full, svg};
    use crate::chart::bars::{layout, tooltip, Hit};
    use crate::data::builtin;
    use crate::i18n::english as en;
    use std::collections::BTreeMap;

    #[test]
    fn series_are_the_disclosed_amounts_per_year_and_segment() {
        let data = full();
        let spec = build(&data, &en());
        let b = &spec.bars;
        // Independently: sum the rows per (segment, year) and count the plants per year.
        let mut sums: BTreeMap<(Segment, u16), f64> = BTreeMap::new();
        let mut plants: BTreeMap<u16, (usize, usize)> = BTreeMap::new();
        for f in &data.facilities {
            let Some(y) = f.announced else { continue };
            let e = plants.entry(y.0).or_default();
            e.1 += 1;
            if let Some(u) = f.plant_usd() {
                *sums.entry((f.segment, y.0)).or_default() += u.millions;
                e.0 += 1;
            }
        }
        let first = *plants.keys().next().expect("years");
        let last = *plants.keys().last().expect("years");
        assert_eq!(b.categories.len(), usize::from(last - first + 1), "every year from the first to the last");
        assert_eq!(b.categories[0].label, first.to_string());
        for (c, cat) in b.categories.iter().enumerate() {
            let year: u16 = cat.label.parse().expect("a year");
            assert_eq!(cat.pick, Some(Pick::Year(Year(year))));
            let (n, total) = plants.get(&year).copied().unwrap_or((0, 0));
            let note = match total {
                0 => "no plant announced".to_owned(),
                1 => format!("{n} of 1 plant disclosed"),
                _ => format!("{n} of {total} plants disclosed"),
            };
            assert_eq!(cat.note, Some(note), "{year}");
            for (s, seg) in Segment::ALL.iter().enumerate() {
                let want = sums.get(&(*seg, year)).copied().filter(|v| *v > 0.0);
                assert_eq!(b.value(s, c).map(|v| v.round()), want.map(f64::round), "{seg:?} {year}");
            }
        }
        let order: Vec<&str> = b.series.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(order, ["Battery cells", "Battery materials", "Vehicle assembly", "Components"]);
        // A year with plants but no disclosed amount, or no plants at all, has no value.
        let gaps: Vec<&str> = (0..b.categories.len())
            .filter(|c| b.total(*c, &[]) == 0.0)
            .map(|c| b.categories[c].label.as_str())
            .collect();
        let want: Vec<String> =
            (first..=last).filter(|y| plants.get(y).is_none_or(|p| p.0 == 0)).map(|y| y.to_string()).collect();
        assert_eq!(gaps, want);
        assert_eq!(spec.text.table.len(), b.categories.len() + 1);
        assert_eq!(spec.text.table[0][1], "Battery cells");
    }

    #[test]
    fn the_published_battery_share_is_quoted_never_invented() {
        let spec = build(&full(), &en());
        assert_eq!(
            spec.text.notes,
            vec!["Published: batteries made up 74% of Chinese EV supply-chain investment abroad in 2024 (greenergydaily.com).".to_owned()]
        );
        assert!(spec.text.source.contains("greenergydaily.com"));
        // The embedded first-view aggregates do not carry the series: no note.
        let (data, _) = builtin();
        assert!(build(&data, &en()).text.notes.is_empty());
    }

    #[test]
    fn summary_is_generated_from_the_data() {
        let data = full();
        let spec = build(&data, &en());
        let dated: Vec<&Facility> = data.facilities.iter().filter(|f| f.announced.is_some()).collect();
        let total: f64 = dated.iter().filter_map(|f| f.plant_usd()).map(|u| u.millions).sum();
        let battery: f64 = dated
            .iter()
            .filter(|f| matches!(f.segment, Segment::BatteryCells | Segment::BatteryMaterials))
            .filter_map(|f| f.plant_usd())
            .map(|u| u.millions)
            .sum();
        let want = format!(
            "Battery cell and material plants are {}% of the {}",
            (battery / total * 100.0).round(),
            crate::format::usd_millions(total)
        );
        assert!(spec.text.summary.starts_with(&want), "{}", spec.text.summary);
        assert!(spec.text.summary.contains("the most was announced in"), "{}", spec.text.summary);
        assert_eq!(
            build(&Dataset::default(), &en()).text.summary,
            "No announced investment is disclosed for these plants."
        );
    }

    #[test]
    fn fits_every_screen_and_an_empty_subset_says_so() {
        let spec = build(&full(), &en());
        assert_eq!(assert_no_overlaps("segments", &spec.bars, &[]), 0);
        assert_eq!(assert_no_overlaps("segments, cells hidden", &spec.bars, &[true, false, false, false]), 0);
        let empty = build(&Dataset::default(), &en());
        assert_eq!(assert_no_overlaps("segments, empty", &empty.bars, &[]), 18);
        // Plants with a year but no amount: categories without values, still "empty".
        let mut data = full();
        data.facilities.retain(|f| f.plant_usd().is_none());
        let undisclosed = build(&data, &en());
        assert!(!undisclosed.bars.categories.is_empty());
        assert!(layout(&undisclosed.bars, &en(), &[], 640.0, 320.0, 1.0).empty.is_some());
    }

    #[test]
    fn hovering_a_column_piece_names_it() {
        let spec = build(&full(), &en());
        let l = layout(&spec.bars, &en(), &[], 1024.0, 320.0, 1.0);
        let k = l.marks.iter().position(|m| m.value.is_some() && m.series == 0).expect("a battery cell piece");
        let m = &l.marks[k];
        assert_eq!(l.hit(m.rect.x + m.rect.w / 2.0, m.rect.y + m.rect.h / 2.0), Some(Hit::Mark(k)));
        let text = tooltip(&spec.bars, &en(), m);
        let year = &spec.bars.categories[m.category].label;
        assert!(text.starts_with(&format!("Battery cells · {year}: $")), "{text}");
        assert!(text.ends_with("disclosed"), "{text}");
        let drawn = svg(&spec.bars, &[], 1024, 320, Some(k));
        for t in ["Battery cells", "Components", year.as_str()] {
            assert!(drawn.contains(t), "missing {t}");
        }
    }
}
