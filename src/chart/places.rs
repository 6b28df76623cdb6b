//! Chart "Where the plants are": plants (or disclosed investment) by host country or region, top N and the
//! rest, stacked by segment.

use super::bars::{join_and, positive, segment_series, Bars, Category, ChartSpec, Orientation, Pick, ValueKind};
use super::text::ChartText;
use crate::format::usd_millions;
use crate::i18n::Catalog;
use crate::model::country::country_label;
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

    fn label(self) -> String {
        match self {
            Place::Region(r) => r.label().to_owned(),
            Place::Country(c) => country_label(c),
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
    groups.sort_by(|a, b| b.total().total_cmp(&a.total()).then_with(|| a.place.label().cmp(&b.place.label())));

    let top_n = top_n.max(1);
    let (shown, rest) = if groups.len() > top_n + 1 { groups.split_at(top_n) } else { groups.split_at(groups.len()) };
    let noun = |k: usize| match (by, k) {
        (Grouping::Country, 1) => "country",
        (Grouping::Country, _) => "countries",
        (Grouping::Region, 1) => "region",
        (Grouping::Region, _) => "regions",
    };
    let money_note = |disclosed: usize, plants: usize| {
        (measure == Measure::Money).then(|| format!("{disclosed} of {plants} plants disclosed"))
    };
    let mut categories: Vec<Category> = shown
        .iter()
        .map(|g| Category {
            label: g.place.label(),
            pick: Some(g.place.pick()),
            note: money_note(g.disclosed, g.plants),
        })
        .collect();
    let mut columns: Vec<Vec<f64>> = shown.iter().map(|g| g.by_segment.clone()).collect();
    if !rest.is_empty() {
        let names: Vec<String> = rest.iter().map(|g| g.place.label()).collect();
        let listed = if names.len() > 8 {
            format!("{} and {} more", names[..8].join(", "), names.len() - 8)
        } else {
            join_and(&names)
        };
        let (plants, disclosed) = rest.iter().fold((0, 0), |(p, d), g| (p + g.plants, d + g.disclosed));
        let note = match money_note(disclosed, plants) {
            Some(m) => format!("{listed}; {m}"),
            None => listed,
        };
        categories.push(Category {
            label: format!("Others ({} {})", rest.len(), noun(rest.len())),
            pick: None,
            note: Some(note),
        });
        columns.push((0..segments.len()).map(|s| rest.iter().map(|g| g.by_segment[s]).sum()).collect());
    }
    let series = segment_series(|seg| {
        let s = segments.iter().position(|x| *x == seg).unwrap_or(0);
        columns.iter().map(|c| positive(c[s])).collect()
    });
    let value = match measure {
        Measure::Count => ValueKind::Count,
        Measure::Money => ValueKind::UsdMillions,
    };
    let bars = Bars { orientation: Orientation::Rows, categories, series, value, derived: Vec::new() };

    let place_word = match by {
        Grouping::Country => "host country",
        Grouping::Region => "host region",
    };
    let mut subtitle = match measure {
        Measure::Count => format!("Overseas plants by {place_word} and segment"),
        Measure::Money => format!("Announced investment disclosed (US$) by {place_word} and segment"),
    };
    if measure == Measure::Money && unmeasured > 0 {
        subtitle.push_str(&format!(
            "; {unmeasured} {} whose plants disclose no amount {} left out",
            noun(unmeasured),
            if unmeasured == 1 { "is" } else { "are" }
        ));
    }
    let summary = summary(&groups, measure, noun);
    ChartSpec {
        text: ChartText {
            id: ID,
            title: "Where the plants are".to_owned(),
            subtitle,
            unit: match measure {
                Measure::Count => "plants".to_owned(),
                Measure::Money => "US$ (announced)".to_owned(),
            },
            source: "each plant's sources, in its details".to_owned(),
            summary,
            table: bars.table(w),
            notes: Vec::new(),
        },
        bars,
    }
}

fn summary(groups: &[Group], measure: Measure, noun: impl Fn(usize) -> &'static str) -> String {
    let Some(first) = groups.first() else {
        return match measure {
            Measure::Count => "No plants match these filters.".to_owned(),
            Measure::Money => "No announced investment is disclosed for these plants.".to_owned(),
        };
    };
    let fmt = |v: f64| match measure {
        Measure::Count => crate::format::grouped(v),
        Measure::Money => usd_millions(v),
    };
    let (one, many, what) = match measure {
        Measure::Count => ("hosts", "host", "plants"),
        Measure::Money => ("draws", "draw", "disclosed investment"),
    };
    let lead: Vec<&Group> = groups.iter().take_while(|g| g.total() == first.total()).take(3).collect();
    let names: Vec<String> = lead.iter().map(|g| g.place.label()).collect();
    let mut s = if lead.len() == 1 {
        format!("{} {one} the most {what} ({})", names[0], fmt(first.total()))
    } else {
        format!("{} {many} the most {what} ({} each)", join_and(&names), fmt(first.total()))
    };
    let next: Vec<String> =
        groups[lead.len()..].iter().take(2).map(|g| format!("{} ({})", g.place.label(), fmt(g.total()))).collect();
    if !next.is_empty() {
        s.push_str(&format!(", then {}", join_and(&next)));
    }
    let total: f64 = groups.iter().map(Group::total).sum();
    let in_all = match measure {
        Measure::Count => format!("{} plants", crate::format::grouped(total)),
        Measure::Money => usd_millions(total),
    };
    s.push_str(&format!("; {in_all} in {} {} in all.", groups.len(), noun(groups.len())));
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::bars::testing::{assert_no_overlaps, full, svg};
    use crate::chart::bars::{layout, tooltip, Hit};
    use crate::i18n::english as en;
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
