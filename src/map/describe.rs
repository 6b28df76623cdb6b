//! The words the map says about its plants: a plant's one-line description, its tooltip, a cluster's tooltip.
//!
//! Pure text from the data, so that a message catalog can take over the wording in one place.

use crate::format::{grouped, usd_millions};
use crate::map::labels::short_name;
use crate::model::Facility;

/// A tooltip: its title line, then its other lines, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tooltip {
    pub title: String,
    pub lines: Vec<String>,
}

/// One line for the plant list: "BYD, Camaçari, Bahia (BR); Vehicle assembly · Operational; $978 m; 150,000 vehicles/yr".
pub fn describe(f: &Facility) -> String {
    let mut parts = vec![format!("{}, {} ({})", f.company, f.city, f.host_country)];
    parts.push(kind(f));
    if let Some(usd) = f.investment_usd {
        parts.push(usd_millions(usd.millions));
    }
    if let Some(c) = f.capacity {
        parts.push(format!("{} {}", grouped(c.value), c.unit.label()));
    }
    parts.join("; ")
}

/// "Announced 2023 · production since 2025-07", or what is known of it.
pub fn dates(f: &Facility) -> String {
    let announced =
        f.announced.map_or_else(|| "Announced: year not known".to_owned(), |y| format!("Announced {}", y.0));
    match f.production_start {
        Some(p) => match p.month {
            Some(m) => format!("{announced} · production since {}-{m:02}", p.year.0),
            None => format!("{announced} · production since {}", p.year.0),
        },
        None => announced,
    }
}

/// "Vehicle assembly · Operational".
fn kind(f: &Facility) -> String {
    format!("{} · {}", f.segment.label(), f.status.label())
}

/// A plant's tooltip: company; place; segment and status; investment; capacity; dates.
pub fn tooltip(f: &Facility) -> Tooltip {
    let money = f.investment_usd.map(|u| usd_millions(u.millions)).unwrap_or_else(|| "not disclosed".to_owned());
    let capacity = f
        .capacity
        .map(|c| format!("{} {}", grouped(c.value), c.unit.label()))
        .unwrap_or_else(|| "not disclosed".to_owned());
    Tooltip {
        title: f.company.clone(),
        lines: vec![
            format!("{}, {}", f.city, f.host_country),
            kind(f),
            format!("Investment: {money}"),
            format!("Capacity: {capacity}"),
            dates(f),
        ],
    }
}

/// A cluster badge's tooltip: how many plants, up to four of their companies (short names, each once,
/// in the order given: the biggest plant first) and how many more, and what a click does.
pub fn cluster_tooltip<'a>(members: impl IntoIterator<Item = &'a Facility>) -> Tooltip {
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
    let more = if names.len() > shown { format!(" and {} more", names.len() - shown) } else { String::new() };
    Tooltip {
        title: format!("{count} plants here"),
        lines: vec![format!("{}{more}", names[..shown].join(", ")), "Click to zoom in".to_owned()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::builtin;
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
            assert_eq!(describe(&f), line);
            assert_eq!(dates(&f), when);
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
            assert_eq!(tooltip(&f), tip);
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
            let tip = cluster_tooltip(&plants);
            assert_eq!(tip.title, title);
            assert_eq!(tip.lines, [names, "Click to zoom in"]);
        }
    }
}
