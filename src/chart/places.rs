//! Chart "Where the plants are": plants (or disclosed investment) by host country or region, top N and the
//! rest, stacked by segment.

use super::bars::{
    join_and, join_more, positive, segment_series, Bars, Category, ChartSpec, Orientation, Pick, ValueKind,
};
use super::text::ChartText;
use crate::i18n::numbers::usd_millions;
use crate::i18n::Catalog;
use crate::map::describe::region_name;
use crate::model::country::country_in;
use crate::model::region::{region_of, HostRegion};
use crate::model::{CountryCode, Dataset, Facility};

pub const ID: &str = "places";

/// What the bars group plants by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Grouping {
    #[default]
    Country,
    Region,
}

/// What the bars measure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Measure {
    /// Plants.
    #[default]
    Count,
    /// Announced investment disclosed, US$.
    Money,
}

/// What a bar stands for: a country, or a region (a country outside every region stands for itself).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Place {
    Region(HostRegion),
    Country(CountryCode),
}

impl Place {
    fn of(f: &Facility, by: Grouping) -> Place {
        match (by, region_of(f.host_country)) {
            (Grouping::Region, Some(r)) => Place::Region(r),
            _ => Place::Country(f.host_country),
        }
    }

    /// Its name in the reader's language; a country's where the catalog has one (`country-<code>`), else
    /// its English short name.
    fn label(self, w: &Catalog) -> String {
        match self {
            Place::Region(r) => region_name(w, r.code()),
            Place::Country(c) => country_in(w, c),
        }
    }

    fn pick(self) -> Pick {
        match self {
            Place::Region(r) => Pick::Region(r),
            Place::Country(c) => Pick::Country(c),
        }
    }
}

/// One place's plants: per-segment measure, plants, plants with a disclosed amount.
struct Group {
    place: Place,
    by_segment: Vec<f64>,
    plants: usize,
    disclosed: usize,
}

impl Group {
    fn total(&self) -> f64 {
        self.by_segment.iter().sum()
    }
}

fn measure_of(f: &Facility, measure: Measure) -> Option<f64> {
    match measure {
        Measure::Count => Some(1.0),
        Measure::Money => f.plant_usd().map(|u| u.millions).filter(|m| m.is_finite() && *m > 0.0),
    }
}

/// Builds the chart: the `top_n` places by the measure (at least one), then "Others (k countries)".
pub fn build(data: &Dataset, w: &Catalog, by: Grouping, measure: Measure, top_n: usize) -> ChartSpec {
    let segments = crate::model::Segment::ALL;
    let mut groups: Vec<Group> = Vec::new();
    for f in &data.facilities {
        let place = Place::of(f, by);
        let i = match groups.iter().position(|g| g.place == place) {
            Some(i) => i,
            None => {
                groups.push(Group { place, by_segment: vec![0.0; segments.len()], plants: 0, disclosed: 0 });
                groups.len() - 1
            }
        };
        let g = &mut groups[i];
        g.plants += 1;
        if let Some(v) = measure_of(f, measure) {
            let s = segments.iter().position(|s| *s == f.segment).unwrap_or(0);
            g.by_segment[s] += v;
            g.disclosed += usize::from(f.plant_usd().is_some());
        }
    }
    let unmeasured = groups.iter().filter(|g| g.total() <= 0.0).count();
    groups.retain(|g| g.total() > 0.0);
    groups.sort_by(|a, b| b.total().total_cmp(&a.total()).then_with(|| a.place.label(w).cmp(&b.place.label(w))));

    let top_n = top_n.max(1);
    let (shown, rest) = if groups.len() > top_n + 1 { groups.split_at(top_n) } else { groups.split_at(groups.len()) };
    // "48 countries", "7 regions"; "Others (3 countries)".
    let (places_id, others_id) = match by {
        Grouping::Country => ("places-countries", "places-others-country"),
        Grouping::Region => ("places-regions", "places-others-region"),
    };
    let places = |k: usize| w.format(places_id, &[("count", k.into())]);
    let money_note = |disclosed: usize, plants: usize| {
        (measure == Measure::Money)
            .then(|| w.format("chart-disclosed", &[("disclosed", disclosed.into()), ("plants", plants.into())]))
    };
    let mut categories: Vec<Category> = shown
        .iter()
        .map(|g| Category {
            label: g.place.label(w),
            pick: Some(g.place.pick()),
            note: money_note(g.disclosed, g.plants),
        })
        .collect();
    let mut columns: Vec<Vec<f64>> = shown.iter().map(|g| g.by_segment.clone()).collect();
    if !rest.is_empty() {
        let names: Vec<String> = rest.iter().map(|g| g.place.label(w)).collect();
        let listed = if names.len() > 8 {
            // The first eight and how many more: "a, b, …, h and 30 more".
            w.format(
                "list-and-more",
                &[("list", join_more(w, &names[..8]).into()), ("count", (names.len() - 8).into())],
            )
        } else {
            join_and(w, &names)
        };
        let (plants, disclosed) = rest.iter().fold((0, 0), |(p, d), g| (p + g.plants, d + g.disclosed));
        let note = match money_note(disclosed, plants) {
            Some(m) => w.format("places-others-note", &[("places", listed.into()), ("disclosed", m.into())]),
            None => listed,
        };
        categories.push(Category {
            label: w.format(others_id, &[("count", rest.len().into())]),
            pick: None,
            note: Some(note),
        });
        columns.push((0..segments.len()).map(|s| rest.iter().map(|g| g.by_segment[s]).sum()).collect());
    }
    let series = segment_series(w, |seg| {
        let s = segments.iter().position(|x| *x == seg).unwrap_or(0);
        columns.iter().map(|c| positive(c[s])).collect()
    });
    let value = match measure {
        Measure::Count => ValueKind::Count,
        Measure::Money => ValueKind::UsdMillions,
    };
    let bars = Bars { orientation: Orientation::Rows, categories, series, value, derived: Vec::new() };

    let subtitle_id = match (measure, by) {
        (Measure::Count, Grouping::Country) => "places-subtitle-count-country",
        (Measure::Count, Grouping::Region) => "places-subtitle-count-region",
        (Measure::Money, Grouping::Country) => "places-subtitle-money-country",
        (Measure::Money, Grouping::Region) => "places-subtitle-money-region",
    };
    let mut subtitle = w.text(subtitle_id);
    if measure == Measure::Money && unmeasured > 0 {
        let left_id = match by {
            Grouping::Country => "places-left-out-country",
            Grouping::Region => "places-left-out-region",
        };
        let left = w.format(left_id, &[("count", unmeasured.into())]);
        subtitle = w.format("places-subtitle-left-out", &[("subtitle", subtitle.into()), ("left", left.into())]);
    }
    let summary = summary(&groups, w, measure, places);
    ChartSpec {
        text: ChartText {
            id: ID,
            title: w.text("places-title"),
            subtitle,
            unit: match measure {
                Measure::Count => w.text("chart-unit-plants"),
                Measure::Money => w.text("chart-unit-usd"),
            },
            source: w.text("chart-source-plants"),
            summary,
            table: bars.table(w),
            notes: Vec::new(),
        },
        bars,
    }
}

/// "Indonesia hosts the most plants (23), then Thailand (12) and United States (10); 187 plants in 48
/// countries in all."
fn summary(groups: &[Group], w: &Catalog, measure: Measure, places: impl Fn(usize) -> String) -> String {
    let Some(first) = groups.first() else {
        return match measure {
            Measure::Count => w.text("chart-no-plants"),
            Measure::Money => w.text("chart-no-money"),
        };
    };
    let fmt = |v: f64| match measure {
        Measure::Count => crate::i18n::numbers::grouped(w, v),
        Measure::Money => usd_millions(w, v),
    };
    let (one, tie) = match measure {
        Measure::Count => ("places-lead-count", "places-lead-count-tie"),
        Measure::Money => ("places-lead-money", "places-lead-money-tie"),
    };
    let lead: Vec<&Group> = groups.iter().take_while(|g| g.total() == first.total()).take(3).collect();
    let names: Vec<String> = lead.iter().map(|g| g.place.label(w)).collect();
    let value = fmt(first.total());
    let mut s = if lead.len() == 1 {
        w.format(one, &[("place", names[0].as_str().into()), ("value", value.into())])
    } else {
        w.format(tie, &[("places", join_and(w, &names).into()), ("value", value.into())])
    };
    let next: Vec<String> = groups[lead.len()..]
        .iter()
        .take(2)
        .map(|g| w.format("places-next", &[("place", g.place.label(w).into()), ("value", fmt(g.total()).into())]))
        .collect();
    if !next.is_empty() {
        s = w.format("places-then", &[("lead", s.into()), ("next", join_and(w, &next).into())]);
    }
    let total: f64 = groups.iter().map(Group::total).sum();
    let in_all = match measure {
        Measure::Count => ValueKind::Count.describe(w, total),
        Measure::Money => usd_millions(w, total),
    };
    w.format("places-summary", &[("lead", s.into()), ("total", in_all.into()), ("places", places(groups.len()).into())])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::bars::testing::{assert_no_overlaps, full, svg};
    use crate::chart::bars::{layout, tooltip, Hit};
    use crate::i18n::english as en;
    use crate::model::country::country_label;
    use crate::model::country::country_name;
    use crate::model::Segment;
    use std::collections::BTreeMap;

    #[test]
    fn every_host_country_in_the_data_has_a_name() {
        for f in &full().facilities {
            assert!(country_name(f.host_country).is_some(), "{}: no name for {}", f.id, f.host_country);
        }
        let cases = [("HU", "Hungary"), ("TR", "Türkiye"), ("US", "United States"), ("XX", "XX")];
        for (code, want) in cases {
            assert_eq!(country_label(CountryCode::parse(code).expect("code")), want);
        }
    }

    #[test]
    fn counts_per_country_and_segment_match_the_rows_and_others_sum_to_the_total() {
        let data = full();
        let mut counts: BTreeMap<String, BTreeMap<Segment, usize>> = BTreeMap::new();
        for f in &data.facilities {
            *counts.entry(country_label(f.host_country)).or_default().entry(f.segment).or_default() += 1;
        }
        for top_n in [1, 5, 10, 40, 100] {
            let spec = build(&data, &en(), Grouping::Country, Measure::Count, top_n);
            let b = &spec.bars;
            let shown = if counts.len() > top_n + 1 { top_n } else { counts.len() };
            assert_eq!(b.categories.len(), shown + usize::from(shown < counts.len()), "top {top_n}");
            let mut sum = 0.0;
            for (c, cat) in b.categories.iter().enumerate() {
                let total = b.total(c, &[]);
                if c > 0 {
                    assert!(total <= b.total(c - 1, &[]) || cat.label.starts_with("Others"), "sorted");
                }
                sum += total;
                if let Some(by_seg) = counts.get(&cat.label) {
                    for (s, seg) in Segment::ALL.iter().enumerate() {
                        let want = by_seg.get(seg).copied().unwrap_or(0) as f64;
                        assert_eq!(b.value(s, c).unwrap_or(0.0), want, "{} {seg:?}", cat.label);
                    }
                    assert!(matches!(cat.pick, Some(Pick::Country(_))));
                } else {
                    let k = counts.len() - shown;
                    assert_eq!(cat.label, format!("Others ({k} countries)"));
                    assert_eq!(cat.pick, None);
                }
            }
            assert_eq!(sum, data.facilities.len() as f64, "top {top_n}: all plants are counted once");
        }
        let spec = build(&data, &en(), Grouping::Country, Measure::Count, 10);
        assert_eq!(spec.bars.categories[0].label, "Indonesia");
        assert_eq!(spec.bars.categories[0].pick, Some(Pick::Country(CountryCode::parse("ID").expect("ID"))));
    }

    #[test]
    fn regions_and_money_add_up() {
        let data = full();
        let spec = build(&data, &en(), Grouping::Region, Measure::Count, 10);
        let got: Vec<(String, f64)> = (0..spec.bars.categories.len())
            .map(|c| (spec.bars.categories[c].label.clone(), spec.bars.total(c, &[])))
            .collect();
        let want = [
            ("Southeast Asia", 49.0),
            ("Europe", 46.0),
            ("Americas", 33.0),
            ("Middle East & North Africa", 20.0),
            ("Sub-Saharan Africa", 17.0),
            ("South & Central Asia", 12.0),
            ("East Asia & Oceania", 10.0),
        ];
        assert_eq!(got, want.iter().map(|(l, v)| ((*l).to_owned(), *v)).collect::<Vec<_>>());
        assert_eq!(spec.bars.categories[1].pick, Some(Pick::Region(HostRegion::Europe)));
        assert!(
            spec.text
                .summary
                .starts_with("Southeast Asia hosts the most plants (49), then Europe (46) and Americas (33)"),
            "{}",
            spec.text.summary
        );

        let money: f64 = data.facilities.iter().filter_map(|f| f.plant_usd()).map(|u| u.millions).sum();
        for (by, top_n) in [(Grouping::Country, 5), (Grouping::Region, 3)] {
            let spec = build(&data, &en(), by, Measure::Money, top_n);
            let sum: f64 = (0..spec.bars.categories.len()).map(|c| spec.bars.total(c, &[])).sum();
            assert!((sum - money).abs() < 1e-6, "{by:?}: {sum} vs {money}");
            assert!(spec
                .bars
                .categories
                .iter()
                .all(|c| c.note.as_deref().is_some_and(|n| n.contains("plants disclosed"))));
            assert_eq!(spec.bars.value, ValueKind::UsdMillions);
        }
    }

    #[test]
    fn summary_names_the_leaders() {
        let spec = build(&full(), &en(), Grouping::Country, Measure::Count, 10);
        assert!(
            spec.text.summary.starts_with(
                "Indonesia hosts the most plants (23), then Thailand (12) and United States (10); 187 plants in"
            ),
            "{}",
            spec.text.summary
        );
        assert_eq!(
            build(&Dataset::default(), &en(), Grouping::Country, Measure::Count, 10).text.summary,
            "No plants match these filters."
        );
    }

    #[test]
    fn fits_every_screen_hits_rows_and_handles_empty_data() {
        let data = full();
        for (by, measure, top_n) in [
            (Grouping::Country, Measure::Count, 10),
            (Grouping::Country, Measure::Money, 10),
            (Grouping::Country, Measure::Count, 5),
            (Grouping::Country, Measure::Count, 40),
            (Grouping::Region, Measure::Count, 10),
            (Grouping::Region, Measure::Money, 10),
        ] {
            let spec = build(&data, &en(), by, measure, top_n);
            assert_eq!(assert_no_overlaps(&format!("places {by:?} {measure:?}"), &spec.bars, &[]), 0);
        }
        let spec = build(&Dataset::default(), &en(), Grouping::Region, Measure::Money, 10);
        assert!(spec.bars.categories.is_empty());
        assert_eq!(assert_no_overlaps("places, empty", &spec.bars, &[]), 18);

        let spec = build(&data, &en(), Grouping::Country, Measure::Count, 10);
        let l = layout(&spec.bars, &en(), &[], 768.0, 320.0, 1.0);
        let first = l.marks.iter().position(|m| m.category == 0).expect("Indonesia's first piece");
        let m = &l.marks[first];
        assert_eq!(l.hit(m.rect.x + 1.0, m.rect.y + m.rect.h / 2.0), Some(Hit::Mark(first)));
        assert!(tooltip(&spec.bars, &en(), m).contains("· Indonesia: "), "{}", tooltip(&spec.bars, &en(), m));
        let others = l.marks.iter().rposition(|m| m.category == spec.bars.categories.len() - 1).expect("others");
        assert!(tooltip(&spec.bars, &en(), &l.marks[others]).contains("Others"));
        let drawn = svg(&spec.bars, &[], 768, 320, None);
        for t in ["Indonesia", "Thailand", "Others (", "17"] {
            assert!(drawn.contains(t), "missing {t}");
        }
    }
}
