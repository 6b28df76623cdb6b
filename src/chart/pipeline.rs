//! Chart "From announcement to production": plants per segment stacked by status, with the published
//! completion rates beside it.

use super::bars::{
    join_and, percent, period_text, positive, published, source_host, Bars, Category, ChartSpec, Orientation, Pick,
    Series, SeriesColor, ValueKind,
};
use super::text::ChartText;
use crate::i18n::numbers::decimal;
use crate::i18n::Catalog;
use crate::map::describe::{segment_name, status_name};
use crate::model::{Aggregate, Dataset, Segment, Status, Unit};

pub const ID: &str = "pipeline";
/// Published: the share of EV projects announced abroad that were completed.
pub const OVERSEAS_COMPLETED_SERIES: &str = "share_of_announced_overseas_ev_projects_completed";
/// Published: the same share for projects announced in China.
pub const DOMESTIC_COMPLETED_SERIES: &str = "share_of_announced_domestic_ev_projects_completed";

/// The statuses in the order a project goes through them.
pub const STATUS_ORDER: [Status; 5] =
    [Status::Announced, Status::UnderConstruction, Status::Operational, Status::Paused, Status::Cancelled];

/// A published percentage as the reader's language writes it: "25%", "about 25%".
fn percent_value(w: &Catalog, a: &Aggregate) -> Option<String> {
    match a.unit {
        Unit::Percent { approximate } => {
            let share = w.format("value-percent", &[("amount", decimal(w, a.value, 1).into())]);
            Some(if approximate { w.format("chart-about", &[("value", share.into())]) } else { share })
        }
        _ => None,
    }
}

/// Builds the chart from the plants (any subset) and the published figures.
pub fn build(data: &Dataset, w: &Catalog) -> ChartSpec {
    let fs = &data.facilities;
    let count = |seg: Segment, st: Status| fs.iter().filter(|f| f.segment == seg && f.status == st).count();
    let categories = Segment::ALL
        .iter()
        .map(|seg| {
            let n = fs.iter().filter(|f| f.segment == *seg).count();
            Category {
                label: segment_name(w, *seg),
                pick: Some(Pick::Segment(*seg)),
                note: Some(w.format("pipeline-in-all", &[("count", n.into())])),
            }
        })
        .collect();
    let series = STATUS_ORDER
        .iter()
        .map(|st| Series {
            label: status_name(w, *st),
            color: SeriesColor::Status(*st),
            pick: Some(Pick::Status(*st)),
            values: Segment::ALL.iter().map(|seg| positive(count(*seg, *st) as f64)).collect(),
        })
        .collect();
    let bars =
        Bars { orientation: Orientation::Rows, categories, series, value: ValueKind::Count, derived: Vec::new() };

    let mut notes = Vec::new();
    let mut hosts: Vec<String> = Vec::new();
    let rate = |series: &str| published(&data.aggregates, series).and_then(|a| Some((a, percent_value(w, a)?)));
    match (rate(OVERSEAS_COMPLETED_SERIES), rate(DOMESTIC_COMPLETED_SERIES)) {
        (Some((o, abroad)), Some((d, home))) => {
            let host = if source_host(o) == source_host(d) {
                source_host(o).to_owned()
            } else {
                join_and(w, &[source_host(o).to_owned(), source_host(d).to_owned()])
            };
            let period = if o.period == d.period {
                period_text(o.period)
            } else {
                join_and(w, &[period_text(o.period), period_text(d.period)])
            };
            notes.push(w.format(
                "pipeline-note-both",
                &[
                    ("abroad", abroad.into()),
                    ("home", home.into()),
                    ("period", period.into()),
                    ("host", host.as_str().into()),
                ],
            ));
            hosts.push(host);
        }
        (one, other) => {
            for (a, share, id) in
                [one.map(|(a, v)| (a, v, "pipeline-note-abroad")), other.map(|(a, v)| (a, v, "pipeline-note-home"))]
                    .into_iter()
                    .flatten()
            {
                notes.push(w.format(
                    id,
                    &[
                        ("share", share.into()),
                        ("period", period_text(a.period).into()),
                        ("host", source_host(a).into()),
                    ],
                ));
                hosts.push(source_host(a).to_owned());
            }
        }
    }
    let operational = fs.iter().filter(|f| f.status == Status::Operational).count();
    if !fs.is_empty() {
        notes.push(w.format(
            "pipeline-note-operational",
            &[
                ("plants", fs.len().into()),
                ("operational", operational.into()),
                ("share", percent(w, operational as f64, fs.len() as f64).into()),
            ],
        ));
    }
    let source = if hosts.is_empty() {
        w.text("chart-source-plants")
    } else {
        w.format("pipeline-source-rates", &[("hosts", join_and(w, &hosts).into())])
    };

    ChartSpec {
        text: ChartText {
            id: ID,
            title: w.text("pipeline-title"),
            subtitle: w.text("pipeline-subtitle"),
            unit: w.text("chart-unit-plants"),
            source,
            summary: summary(data, w),
            table: bars.table(w),
            notes,
        },
        bars,
    }
}

/// "120 of 187 plants are operational (64%); … battery materials has the most still to come (38)."
fn summary(data: &Dataset, w: &Catalog) -> String {
    let fs = &data.facilities;
    if fs.is_empty() {
        return w.text("chart-no-plants");
    }
    let n = |st: &[Status]| fs.iter().filter(|f| st.contains(&f.status)).count();
    let operational = n(&[Status::Operational]);
    let mut args = vec![
        ("operational", operational.into()),
        ("plants", fs.len().into()),
        ("share", percent(w, operational as f64, fs.len() as f64).into()),
        ("coming", n(&[Status::Announced, Status::UnderConstruction]).into()),
        ("stopped", n(&[Status::Paused, Status::Cancelled]).into()),
    ];
    let most_coming = Segment::ALL
        .iter()
        .map(|seg| {
            let k = fs
                .iter()
                .filter(|f| f.segment == *seg && matches!(f.status, Status::Announced | Status::UnderConstruction))
                .count();
            (*seg, k)
        })
        .max_by_key(|(seg, k)| (*k, std::cmp::Reverse(*seg)));
    match most_coming.filter(|(_, k)| *k > 0) {
        Some((seg, k)) => {
            args.extend([("segment", segment_name(w, seg).to_lowercase().into()), ("most", k.into())]);
            w.format("pipeline-summary-coming", &args)
        }
        None => w.format("pipeline-summary", &args),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::bars::testing::{assert_no_overlaps, full, svg};
    use crate::chart::bars::{layout, tooltip, Hit};
    use crate::data::builtin;
    use crate::i18n::english as en;

    #[test]
    fn counts_per_segment_and_status_match_the_rows() {
        let data = full();
        let spec = build(&data, &en());
        let b = &spec.bars;
        // Counted straight from the CSV text, not from the parsed plants.
        let mut want = std::collections::BTreeMap::new();
        for line in crate::data::FACILITIES_FULL_CSV.lines().skip(1).filter(|l| !l.trim().is_empty()) {
            let mut r = csv::ReaderBuilder::new().has_headers(false).from_reader(line.as_bytes());
            let Some(Ok(rec)) = r.records().next() else { continue };
            *want.entry((rec[3].to_owned(), rec[8].to_owned())).or_insert(0usize) += 1;
        }
        assert_eq!(want.values().sum::<usize>(), data.facilities.len());
        for (c, seg) in Segment::ALL.iter().enumerate() {
            assert_eq!(b.categories[c].pick, Some(Pick::Segment(*seg)));
            for (s, st) in STATUS_ORDER.iter().enumerate() {
                let n = want.get(&(seg.code().to_owned(), st.code().to_owned())).copied().unwrap_or(0);
                assert_eq!(b.value(s, c).unwrap_or(0.0), n as f64, "{seg:?} {st:?}");
            }
        }
        let labels: Vec<&str> = b.series.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(labels, ["Announced", "Under construction", "Operational", "Paused", "Cancelled"]);
        assert_eq!(spec.text.table[1][0], "Battery cells");
        assert_eq!(spec.text.table[0].len(), 1 + 5 + 2, "label, five statuses, total, note");
    }

    #[test]
    fn notes_quote_the_published_rates_and_the_data() {
        let data = full();
        let operational = data.facilities.iter().filter(|f| f.status == Status::Operational).count();
        let n = data.facilities.len();
        let spec = build(&data, &en());
        assert_eq!(
            spec.text.notes,
            vec![
                "Published: 25% of the EV manufacturing projects Chinese firms announced abroad were completed, against 45% of those announced in China (2014–2024; greenergydaily.com).".to_owned(),
                format!("Of the {n} plants here, {operational} are operational ({}%).", (operational as f64 / n as f64 * 100.0).round()),
            ]
        );
        // Without the published series only the line from the data remains.
        let (first_view, _) = builtin();
        let notes = build(&first_view, &en()).text.notes;
        assert_eq!(notes.len(), 1);
        assert!(notes[0].starts_with("Of the "));
        let mut one = data.clone();
        one.aggregates.retain(|a| a.series != DOMESTIC_COMPLETED_SERIES);
        assert!(build(&one, &en()).text.notes[0].starts_with("Published: 25% of the EV manufacturing projects Chinese firms announced abroad were completed (2014–2024; greenergydaily.com)"));
    }

    #[test]
    fn summary_is_generated_from_the_data() {
        let spec = build(&full(), &en());
        assert!(spec.text.summary.contains(" of 187 plants are operational ("), "{}", spec.text.summary);
        assert!(
            spec.text.summary.contains("battery materials has the most still to come (38)"),
            "{}",
            spec.text.summary
        );
        assert_eq!(build(&Dataset::default(), &en()).text.summary, "No plants match these filters.");
    }

    #[test]
    fn fits_every_screen_hits_and_keyboard_order() {
        let spec = build(&full(), &en());
        assert_eq!(assert_no_overlaps("pipeline", &spec.bars, &[]), 0);
        assert_eq!(assert_no_overlaps("pipeline, operational hidden", &spec.bars, &[false, false, true]), 0);
        let empty = build(&Dataset::default(), &en());
        assert_eq!(assert_no_overlaps("pipeline, empty", &empty.bars, &[]), 18);

        let l = layout(&spec.bars, &en(), &[], 1024.0, 320.0, 1.0);
        // Reading order: battery cells' statuses, then battery materials'…
        let order: Vec<(usize, usize)> = std::iter::successors(l.next(None, 1), |k| {
            let n = l.next(Some(*k), 1)?;
            (n != *k).then_some(n)
        })
        .map(|k| (l.marks[k].category, l.marks[k].series))
        .collect();
        let mut sorted = order.clone();
        sorted.sort();
        assert_eq!(order, sorted);
        assert_eq!(order.len(), l.marks.iter().filter(|m| m.value.is_some()).count());
        let k = l.marks.iter().position(|m| m.category == 0 && m.series == 1).expect("cells under construction");
        let r = l.marks[k].rect;
        assert_eq!(l.hit(r.x + r.w / 2.0, r.y + r.h / 2.0), Some(Hit::Mark(k)));
        assert_eq!(
            tooltip(&spec.bars, &en(), &l.marks[k]),
            "Under construction · Battery cells: 16 plants · 30 plants in all"
        );
        let legend = &l.legend[4];
        assert_eq!(l.hit(legend.3.x + 3.0, legend.3.y + 3.0), Some(Hit::Legend(4)));
        let drawn = svg(&spec.bars, &[false, false, false, false, true], 1024, 320, None);
        for t in ["Vehicle assembly", "Under construction", "Cancelled"] {
            assert!(drawn.contains(t), "missing {t}");
        }
    }
}
