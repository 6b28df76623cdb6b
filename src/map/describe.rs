//! The words the map says about its plants: a plant's one-line description, its tooltip, a cluster's tooltip.
//!
//! Pure text from the data, so that a message catalog can take over the wording in one place.

use crate::i18n::numbers::{grouped, usd_millions};
use crate::i18n::Catalog;
use crate::map::labels::short_name;
use crate::model::{CapacityUnit, Facility, Segment, Status};

/// A segment's name in the reader's language (`segment-<code>`).
pub fn segment_name(words: &Catalog, s: Segment) -> String {
    words.text(&format!("segment-{}", s.code()))
}

/// A status's name in the reader's language (`status-<code>`).
pub fn status_name(words: &Catalog, s: Status) -> String {
    words.text(&format!("status-{}", s.code()))
}

/// A region's name in the reader's language (`region-<code>`): a host region of the filters
/// (`HostRegion::code`) or one of the map's presets (`map::regions`), which share the messages.
pub fn region_name(words: &Catalog, code: &str) -> String {
    words.text(&format!("region-{code}"))
}

/// A capacity: "150,000 vehicles/yr" (`unit-<code up to the slash>`).
pub fn capacity(words: &Catalog, value: f64, unit: CapacityUnit) -> String {
    let id = format!("unit-{}", unit.code().split('/').next().unwrap_or_default());
    format!("{} {}", grouped(words, value), words.text(&id))
}

/// A tooltip: its title line, then its other lines, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tooltip {
    pub title: String,
    pub lines: Vec<String>,
}

/// One line for the plant list: "BYD, Camaçari, Bahia (BR); Vehicle assembly · Operational; $978 m; 150,000 vehicles/yr".
pub fn describe(f: &Facility, words: &Catalog) -> String {
    let mut parts = vec![format!("{}, {} ({})", f.company, f.city, f.host_country)];
    parts.push(kind(f, words));
    if let Some(usd) = f.investment_usd {
        parts.push(usd_millions(words, usd.millions));
    }
    if let Some(c) = f.capacity {
        parts.push(capacity(words, c.value, c.unit));
    }
    parts.join("; ")
}

/// "Announced 2023 · production since 2025-07", or what is known of it.
pub fn dates(f: &Facility, words: &Catalog) -> String {
    let announced = f.announced.map_or_else(
        || words.text("map-announced-unknown"),
        |y| words.format("map-announced", &[("year", y.0.to_string().into())]),
    );
    match f.production_start {
        Some(p) => match p.month {
            Some(m) => words.format(
                "map-production-month",
                &[("announced", announced.into()), ("date", format!("{}-{m:02}", p.year.0).into())],
            ),
            None => words.format(
                "map-production-year",
                &[("announced", announced.into()), ("year", p.year.0.to_string().into())],
            ),
        },
        None => announced,
    }
}

/// "Vehicle assembly · Operational".
fn kind(f: &Facility, words: &Catalog) -> String {
    format!("{} · {}", segment_name(words, f.segment), status_name(words, f.status))
}

/// A plant's tooltip: company; place; segment and status; investment; capacity; dates.
pub fn tooltip(f: &Facility, words: &Catalog) -> Tooltip {
    let money =
        f.investment_usd.map(|u| usd_millions(words, u.millions)).unwrap_or_else(|| words.text("not-disclosed"));
    let capacity = f.capacity.map(|c| capacity(words, c.value, c.unit)).unwrap_or_else(|| words.text("not-disclosed"));
    Tooltip {
        title: f.company.clone(),
        lines: vec![
            format!("{}, {}", f.city, f.host_country),
            kind(f, words),
            words.format("map-investment", &[("value", money.into())]),
            words.format("map-capacity", &[("value", capacity.into())]),
            dates(f, words),
        ],
    }
}

/// A cluster badge's tooltip: how many plants, up to four of their companies (short names, each once,
/// in the order given: the biggest plant first) and how many more, and what a click does.
pub fn cluster_tooltip<'a>(members: impl IntoIterator<Item = &'a Facility>, words: &Catalog) -> Tooltip {
    let mut count = 0;
    let mut names: Vec<&str> = Vec::new();
    for f in members {
        count += 1;
        let name = short_name(&f.company);
        if !names.contains(&name) {
            names.push(name);
        }
    }
    let shown = names.len().min(4);
    let listed = names[..shown].join(", ");
    let names = if names.len() > shown {
        words.format("map-cluster-more", &[("names", listed.into()), ("count", (names.len() - shown).into())])
    } else {
        listed
    };
    Tooltip {
        title: words.format("map-cluster", &[("count", count.into())]),
        lines: vec![names, words.text("map-cluster-zoom")],
    }
}

/// What the map shows now, for the line under it (read out as it changes): "27 plants in view, 6
/// operational; the largest disclosed investment: CATL, Debrecen, $7.6 bn".
pub fn in_view<'a>(plants: impl IntoIterator<Item = &'a Facility>, words: &Catalog) -> String {
    let (mut count, mut operational, mut largest) = (0_usize, 0_usize, None::<(&Facility, f64)>);
    for f in plants {
        count += 1;
        operational += usize::from(f.status == Status::Operational);
        if let Some(m) = f.investment_usd.map(|u| u.millions).filter(|m| largest.is_none_or(|(_, l)| *m > l)) {
            largest = Some((f, m));
        }
    }
    let mut out = words.format("map-in-view", &[("count", count.into()), ("operational", operational.into())]);
    if let Some((f, m)) = largest {
        let args = [
            ("company", f.company.as_str().into()),
            ("city", f.city.as_str().into()),
            ("value", usd_millions(words, m).into()),
        ];
        out.push_str(&words.format("map-in-view-largest", &args));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::builtin;
    use crate::i18n::english as en;
    use crate::model::{Year, YearMonth};

    fn byd_camacari() -> Facility {
        let data = builtin().0;
        data.facilities.into_iter().find(|f| f.id == "F001").expect("F001 ships")
    }

    #[test]
    fn a_plant_is_described_with_what_is_known_of_it() {
        let f = byd_camacari();
        let bare =
            Facility { investment_usd: None, capacity: None, announced: None, production_start: None, ..f.clone() };
        let cases = [
            (
                f.clone(),
                "BYD, Camaçari, Bahia (BR); Vehicle assembly · Operational; $978 m; 150,000 vehicles/yr",
                "Announced 2023 · production since 2025-07",
            ),
            (bare.clone(), "BYD, Camaçari, Bahia (BR); Vehicle assembly · Operational", "Announced: year not known"),
            (
                Facility { production_start: Some(YearMonth { year: Year(2026), month: None }), ..bare.clone() },
                "BYD, Camaçari, Bahia (BR); Vehicle assembly · Operational",
                "Announced: year not known · production since 2026",
            ),
            (
                Facility { announced: Some(Year(2024)), ..bare },
                "BYD, Camaçari, Bahia (BR); Vehicle assembly · Operational",
                "Announced 2024",
            ),
        ];
        for (f, line, when) in cases {
            assert_eq!(describe(&f, &en()), line);
            assert_eq!(dates(&f, &en()), when);
        }
    }

    #[test]
    fn a_plant_tooltip_says_not_disclosed_for_what_is_missing() {
        let f = byd_camacari();
        let want = |money: &str, capacity: &str| Tooltip {
            title: "BYD".to_owned(),
            lines: vec![
                "Camaçari, Bahia, BR".to_owned(),
                "Vehicle assembly · Operational".to_owned(),
                format!("Investment: {money}"),
                format!("Capacity: {capacity}"),
                "Announced 2023 · production since 2025-07".to_owned(),
            ],
        };
        let cases = [
            (f.clone(), want("$978 m", "150,000 vehicles/yr")),
            (Facility { investment_usd: None, capacity: None, ..f }, want("not disclosed", "not disclosed")),
        ];
        for (f, tip) in cases {
            assert_eq!(tooltip(&f, &en()), tip);
        }
    }

    #[test]
    fn what_is_in_view_is_counted_and_its_largest_plant_named() {
        let f = byd_camacari();
        let plant = |company: &str, status, usd: Option<f64>| Facility {
            company: company.to_owned(),
            status,
            investment_usd: usd
                .map(|millions| crate::model::UsdMillions { millions, ..f.investment_usd.expect("F001 has one") }),
            ..f.clone()
        };
        let cases: [(Vec<Facility>, &str); 4] = [
            (vec![], "No plant in view"),
            (vec![plant("A", Status::Announced, None)], "1 plant in view, 0 operational"),
            (
                vec![
                    plant("A", Status::Operational, Some(978.0)),
                    plant("B", Status::Announced, Some(7600.0)),
                    plant("C", Status::Operational, None),
                ],
                "3 plants in view, 2 operational; the largest disclosed investment: B, Camaçari, Bahia, $7.6 bn",
            ),
            (
                vec![plant("A", Status::Operational, Some(62.5))],
                "1 plant in view, 1 operational; the largest disclosed investment: A, Camaçari, Bahia, $62.5 m",
            ),
        ];
        for (plants, want) in cases {
            assert_eq!(in_view(&plants, &en()), want);
        }
    }

    #[test]
    fn a_cluster_tooltip_counts_its_plants_and_names_four_companies() {
        let f = byd_camacari();
        let named = |names: &[&str]| -> Vec<Facility> {
            names.iter().map(|n| Facility { company: (*n).to_owned(), ..f.clone() }).collect()
        };
        let cases: [(Vec<Facility>, &str, &str); 3] = [
            (named(&["BYD", "CATL", "BYD"]), "3 plants here", "BYD, CATL"),
            (named(&["A", "B", "C", "D"]), "4 plants here", "A, B, C, D"),
            (named(&["A", "B", "A", "C", "D", "E", "F"]), "7 plants here", "A, B, C, D and 2 more"),
        ];
        for (plants, title, names) in cases {
            let tip = cluster_tooltip(&plants, &en());
            assert_eq!(tip.title, title);
            assert_eq!(tip.lines, [names, "Click to zoom in"]);
        }
    }
}
