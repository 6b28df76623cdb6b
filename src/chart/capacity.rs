//! Chart "Capacity": stated yearly capacity (battery GWh or vehicles) by host region, operational against
//! the pipeline (announced or under construction).

use super::bars::{positive, Bars, Category, ChartSpec, Orientation, Pick, Series, SeriesColor, ValueKind};
use super::text::ChartText;
use crate::i18n::Catalog;
use crate::map::describe::{region_name, status_name};
use crate::model::region::{region_of, HostRegion};
use crate::model::{CapacityUnit, Dataset, Facility, Segment, Status};

pub const ID: &str = "capacity";

/// Which capacity the chart adds up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum CapacityKind {
    /// Battery capacity, GWh/yr.
    #[default]
    Battery,
    /// Vehicle assembly capacity, vehicles/yr.
    Vehicles,
}

impl CapacityKind {
    pub fn unit(self) -> CapacityUnit {
        match self {
            CapacityKind::Battery => CapacityUnit::GwhPerYear,
            CapacityKind::Vehicles => CapacityUnit::VehiclesPerYear,
        }
    }

    /// The segment whose plants should state this capacity.
    pub fn segment(self) -> Segment {
        match self {
            CapacityKind::Battery => Segment::BatteryCells,
            CapacityKind::Vehicles => Segment::VehicleAssembly,
        }
    }

    pub fn value_kind(self) -> ValueKind {
        match self {
            CapacityKind::Battery => ValueKind::Gwh,
            CapacityKind::Vehicles => ValueKind::Vehicles,
        }
    }

    /// What the capacity is of, inside a sentence in the reader's language: "battery", "vehicle assembly".
    pub fn noun(self, w: &Catalog) -> String {
        w.text(match self {
            CapacityKind::Battery => "capacity-kind-battery",
            CapacityKind::Vehicles => "capacity-kind-vehicles",
        })
    }

    /// The chart's unit in words: "GWh per year", "vehicles per year".
    fn unit_words(self, w: &Catalog) -> String {
        w.text(match self {
            CapacityKind::Battery => "capacity-unit-battery",
            CapacityKind::Vehicles => "capacity-unit-vehicles",
        })
    }
}

/// The plant's capacity in this kind's unit, if it states one.
fn stated(f: &Facility, kind: CapacityKind) -> Option<f64> {
    f.capacity.filter(|c| c.unit == kind.unit() && c.value.is_finite() && c.value > 0.0).map(|c| c.value)
}

/// A plant the chart is about: one of the kind's segment, or any plant stating the kind's unit.
fn relevant(f: &Facility, kind: CapacityKind) -> bool {
    f.segment == kind.segment() || stated(f, kind).is_some()
}

fn stopped(f: &Facility) -> bool {
    matches!(f.status, Status::Paused | Status::Cancelled)
}

/// Per region: operational capacity, pipeline capacity, plants stating a capacity, plants.
#[derive(Clone, Copy, Default)]
struct Tally {
    operational: f64,
    pipeline: f64,
    stating: usize,
    plants: usize,
}

/// Builds the chart from the plants (any subset).
pub fn build(data: &Dataset, w: &Catalog, kind: CapacityKind) -> ChartSpec {
    let active: Vec<&Facility> = data.facilities.iter().filter(|f| relevant(f, kind) && !stopped(f)).collect();
    let mut tallies: Vec<(HostRegion, Tally)> = Vec::new();
    let mut unplaced = 0;
    for f in &active {
        let Some(r) = region_of(f.host_country) else {
            unplaced += 1;
            continue;
        };
        let i = match tallies.iter().position(|(x, _)| *x == r) {
            Some(i) => i,
            None => {
                tallies.push((r, Tally::default()));
                tallies.len() - 1
            }
        };
        let t = &mut tallies[i].1;
        t.plants += 1;
        if let Some(v) = stated(f, kind) {
            t.stating += 1;
            if f.status == Status::Operational {
                t.operational += v;
            } else {
                t.pipeline += v;
            }
        }
    }
    tallies.sort_by(|a, b| {
        let total = |t: &Tally| t.operational + t.pipeline;
        total(&b.1).total_cmp(&total(&a.1)).then(a.0.cmp(&b.0))
    });
    let categories = tallies
        .iter()
        .map(|(r, t)| Category {
            label: region_name(w, r.code()),
            pick: Some(Pick::Region(*r)),
            note: Some(w.format("capacity-states", &[("stating", t.stating.into()), ("plants", t.plants.into())])),
        })
        .collect();
    let series = vec![
        Series {
            label: status_name(w, Status::Operational),
            color: SeriesColor::Operational,
            pick: Some(Pick::Status(Status::Operational)),
            values: tallies.iter().map(|(_, t)| positive(t.operational)).collect(),
        },
        Series {
            label: w.text("capacity-pipeline"),
            color: SeriesColor::Pipeline,
            pick: None,
            values: tallies.iter().map(|(_, t)| positive(t.pipeline)).collect(),
        },
    ];
    let value = kind.value_kind();
    let bars = Bars { orientation: Orientation::Rows, categories, series, value, derived: Vec::new() };

    let stopped_plants: Vec<&Facility> =
        data.facilities.iter().filter(|f| relevant(f, kind) && stopped(f) && stated(f, kind).is_some()).collect();
    let mut notes = Vec::new();
    let (operational, pipeline): (f64, f64) =
        tallies.iter().fold((0.0, 0.0), |(o, p), (_, t)| (o + t.operational, p + t.pipeline));
    let stating: usize = tallies.iter().map(|(_, t)| t.stating).sum();
    let kind_words = kind.noun(w);
    let of = |id: &str, args: &[(&str, crate::i18n::Arg)]| {
        let mut all = vec![("kind", kind_words.as_str().into())];
        all.extend_from_slice(args);
        w.format(id, &all)
    };
    if stating > 0 {
        notes.push(of(
            "capacity-note-stated",
            &[
                ("operational", value.describe(w, operational).into()),
                ("pipeline", value.describe(w, pipeline).into()),
                ("stating", stating.into()),
                ("plants", active.len().into()),
            ],
        ));
    }
    if !stopped_plants.is_empty() {
        let sum: f64 = stopped_plants.iter().filter_map(|f| stated(f, kind)).sum();
        notes.push(of(
            "capacity-note-stopped",
            &[("count", stopped_plants.len().into()), ("capacity", value.describe(w, sum).into())],
        ));
    }
    if unplaced > 0 {
        notes.push(of("capacity-note-unplaced", &[("count", unplaced.into())]));
    }

    let summary = match tallies.first().filter(|(_, t)| t.operational + t.pipeline > 0.0) {
        None => of("capacity-summary-none", &[]),
        Some((r, t)) => of(
            "capacity-summary",
            &[
                ("region", region_name(w, r.code()).into()),
                ("capacity", value.describe(w, t.operational + t.pipeline).into()),
                ("operational", value.describe(w, t.operational).into()),
                ("total", value.describe(w, operational + pipeline).into()),
                ("stating", stating.into()),
                ("plants", active.len().into()),
            ],
        ),
    };
    ChartSpec {
        text: ChartText {
            id: ID,
            title: w.text("capacity-title"),
            subtitle: of("capacity-subtitle", &[]),
            unit: kind.unit_words(w),
            source: w.text("chart-source-plants"),
            summary,
            table: bars.table(w),
            notes,
        },
        bars,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::bars::testing::{assert_no_overlaps, full, svg};
    use crate::chart::bars::{layout, tooltip, Hit};
    use crate::i18n::english as en;
    use std::collections::BTreeMap;

    #[test]
    fn sums_per_region_match_the_rows() {
        let data = full();
        for kind in [CapacityKind::Battery, CapacityKind::Vehicles] {
            let spec = build(&data, &en(), kind);
            let b = &spec.bars;
            // Independently: (operational, pipeline, stating, plants) per region.
            let mut want: BTreeMap<&str, (f64, f64, usize, usize)> = BTreeMap::new();
            let mut left_out = 0;
            for f in &data.facilities {
                let unit_matches = f.capacity.is_some_and(|c| c.unit == kind.unit());
                if f.segment != kind.segment() && !unit_matches {
                    continue;
                }
                if matches!(f.status, Status::Paused | Status::Cancelled) {
                    left_out += usize::from(unit_matches);
                    continue;
                }
                let e = want.entry(region_of(f.host_country).expect("region").label()).or_default();
                e.3 += 1;
                if let Some(c) = f.capacity.filter(|_| unit_matches) {
                    e.2 += 1;
                    if f.status == Status::Operational {
                        e.0 += c.value;
                    } else {
                        e.1 += c.value;
                    }
                }
            }
            assert_eq!(b.categories.len(), want.len(), "{kind:?}");
            for (c, cat) in b.categories.iter().enumerate() {
                let (op, pipe, stating, plants) = want[cat.label.as_str()];
                assert_eq!(b.value(0, c).unwrap_or(0.0), op, "{kind:?} {}", cat.label);
                assert_eq!(b.value(1, c).unwrap_or(0.0), pipe, "{kind:?} {}", cat.label);
                let (noun, verb) = if plants == 1 { ("plant", "states") } else { ("plants", "state") };
                assert_eq!(cat.note, Some(format!("{stating} of {plants} {noun} {verb} a capacity")));
                if c > 0 {
                    assert!(b.total(c, &[]) <= b.total(c - 1, &[]), "sorted by capacity");
                }
            }
            assert_eq!(
                spec.text.notes.iter().filter(|n| n.starts_with("Left out:")).count(),
                usize::from(left_out > 0)
            );
            if left_out > 0 {
                assert!(
                    spec.text.notes.iter().any(|n| n.starts_with(&format!("Left out: {left_out} paused or cancelled"))),
                    "{:?}",
                    spec.text.notes
                );
            }
        }
    }

    #[test]
    fn summary_and_units() {
        let spec = build(&full(), &en(), CapacityKind::Battery);
        assert!(spec.text.summary.contains(" has the most battery capacity stated ("), "{}", spec.text.summary);
        assert!(spec.text.summary.contains("GWh/yr"), "{}", spec.text.summary);
        assert_eq!(spec.bars.value, ValueKind::Gwh);
        let spec = build(&full(), &en(), CapacityKind::Vehicles);
        assert!(spec.text.summary.contains("vehicle assembly capacity stated ("), "{}", spec.text.summary);
        assert!(spec.text.summary.contains(" vehicles/yr of it operational"), "{}", spec.text.summary);
        assert_eq!(
            build(&Dataset::default(), &en(), CapacityKind::Battery).text.summary,
            "No battery capacity is stated for these plants."
        );
    }

    #[test]
    fn fits_every_screen_hits_and_draws_hatching() {
        let data = full();
        for kind in [CapacityKind::Battery, CapacityKind::Vehicles] {
            let spec = build(&data, &en(), kind);
            assert_eq!(assert_no_overlaps(&format!("capacity {kind:?}"), &spec.bars, &[]), 0);
            assert_eq!(
                assert_no_overlaps(&format!("capacity {kind:?}, pipeline hidden"), &spec.bars, &[false, true]),
                0
            );
            let empty = build(&Dataset::default(), &en(), kind);
            assert_eq!(assert_no_overlaps("capacity, empty", &empty.bars, &[]), 18);
        }
        let spec = build(&data, &en(), CapacityKind::Vehicles);
        let l = layout(&spec.bars, &en(), &[], 1024.0, 320.0, 1.0);
        let k = l.marks.iter().position(|m| m.series == 1 && m.value.is_some()).expect("a pipeline piece");
        let r = l.marks[k].rect;
        assert_eq!(l.hit(r.x + r.w / 2.0, r.y + r.h / 2.0), Some(Hit::Mark(k)));
        let text = tooltip(&spec.bars, &en(), &l.marks[k]);
        assert!(text.starts_with("Announced or under construction · ") && text.contains(" vehicles/yr · "), "{text}");
        let drawn = svg(&spec.bars, &[], 1024, 320, None);
        for t in ["Operational", "Announced or under construction", "Europe"] {
            assert!(drawn.contains(t), "missing {t}");
        }
        // The pipeline's hatching: many more lines than the operational bars alone draw.
        let operational_only = svg(&spec.bars, &[false, true], 1024, 320, None);
        assert!(drawn.matches("<polyline").count() > operational_only.matches("<polyline").count() + 10);
    }
}
