//! The data model: typed facilities and aggregate figures, each carrying its source.
//!
//! Values are parsed from the CSV files under `data/` by [`parse`]; everything here is plain data.

pub mod codes;
pub mod country;
#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
pub mod export;
#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
pub mod input;
#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
pub mod json_rows;
#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
pub mod parse;
pub mod problem;
pub mod region;
#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
pub mod schema;

pub use codes::{CapacityUnit, Confidence, CountryCode, Currency, Ownership, Segment, Status, Unit, UsdBasis};
#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
pub use parse::{
    attach_citations, facility_checker, facility_reader, parse_aggregates, parse_facilities, parse_full, parse_sources,
    RowReader, FACILITY_COLUMNS,
};
pub use problem::{Problem, Rejected};

use crate::geo::LonLat;

/// A calendar year such as 2024. Only years 1990–2100 are accepted by the parser.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct Year(pub u16);

/// A year, optionally with its month (production starts are often reported as "July 2025").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct YearMonth {
    pub year: Year,
    pub month: Option<u8>,
}

/// A span of years, inclusive: one year (`2024`) or a range (`2014-2024`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Period {
    pub first: Year,
    pub last: Year,
}

impl Period {
    pub fn single(&self) -> Option<Year> {
        (self.first == self.last).then_some(self.first)
    }
}

/// An amount in millions of a currency, as the source states it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Money {
    pub millions: f64,
    pub currency: Currency,
}

/// An amount in millions of US dollars, and whether the source gave it or it was converted.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UsdMillions {
    pub millions: f64,
    pub basis: UsdBasis,
}

/// A yearly production capacity with its unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Capacity {
    pub value: f64,
    pub unit: CapacityUnit,
}

/// Where a value comes from: the page, the exact words, and when it was read (if recorded).
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub urls: Vec<String>,
    pub quote: String,
    pub accessed: Option<String>,
}

/// One overseas plant of a Chinese EV-industry company.
#[derive(Clone, Debug, PartialEq)]
pub struct Facility {
    pub id: String,
    pub company: String,
    pub parent_country: CountryCode,
    pub segment: Segment,
    pub host_country: CountryCode,
    pub city: String,
    /// Absent when the site is not known: such a facility is listed but not drawn on the map.
    pub location: Option<LonLat>,
    pub status: Status,
    pub announced: Option<Year>,
    pub production_start: Option<YearMonth>,
    pub investment: Option<Money>,
    pub investment_usd: Option<UsdMillions>,
    pub capacity: Option<Capacity>,
    pub partner: Option<String>,
    pub ownership: Ownership,
    pub source: Source,
    pub notes: String,
    /// What is known of the row's own standing: status date, Chinese share, programme figures, every source.
    pub about: About,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn citation(supports: &[Figure]) -> Citation {
        Citation {
            url: "https://a.org".into(),
            publisher: "A".into(),
            published: None,
            quote: "q".into(),
            accessed: None,
            supports: supports.to_vec(),
        }
    }

    #[test]
    fn sources_back_figures_and_old_statuses_say_so() {
        let about = About {
            status_as_of: Some("2023-11-02".into()),
            citations: vec![citation(&[Figure::Status]), citation(&[Figure::Investment, Figure::Status])],
            ..About::default()
        };
        let cases = [(Figure::Status, vec![1, 2]), (Figure::Investment, vec![2]), (Figure::Capacity, vec![])];
        for (figure, want) in cases {
            assert_eq!(about.backing(figure), want, "{figure:?}");
        }
        let cases = [
            (Some("2023-11-02"), 2025, Some("status last confirmed 2023-11")),
            (Some("2025-01"), 2025, None),
            (None, 2025, None),
        ];
        for (as_of, year, want) in cases {
            let a = About { status_as_of: as_of.map(str::to_owned), ..About::default() };
            assert_eq!(a.stale_status(year).as_deref(), want, "{as_of:?}");
        }
        assert!(Figure::ALL.iter().all(|f| Figure::from_code(f.code()) == Some(*f)));
    }
}

impl Facility {
    /// The plant's own investment in US$: `None` when undisclosed, or when the figure is a company's wider
    /// programme (`About::programme`), which plant totals leave out.
    pub fn plant_usd(&self) -> Option<UsdMillions> {
        self.investment_usd.filter(|_| !self.about.programme)
    }
}

/// Of a plant's row: how current its status is, what share is Chinese, whether its investment figure is a
/// company's wider programme (left out of plant totals), and every source with the figures it backs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct About {
    /// The date ("2025-07" or "2025-07-15") of the newest source that confirms the status.
    pub status_as_of: Option<String>,
    /// The Chinese side's share, in percent, where a source states it.
    pub chinese_share: Option<f64>,
    /// The investment figure is a company's programme (several plants, or a country), not this plant's cost.
    pub programme: bool,
    /// Every source of the row (`data/sources.csv`), once the full data is read.
    pub citations: Vec<Citation>,
}

impl About {
    /// The sources (1-based, as the details panel numbers them) whose quotes back `figure`.
    pub fn backing(&self, figure: Figure) -> Vec<usize> {
        (1..=self.citations.len()).filter(|i| self.citations[i - 1].supports.contains(&figure)).collect()
    }

    /// "status last confirmed 2023-11" when the newest source confirming the status is older than `year`.
    pub fn stale_status(&self, year: u16) -> Option<String> {
        let as_of = self.status_as_of.as_deref()?;
        let y: u16 = as_of.get(..4)?.parse().ok()?;
        (y < year).then(|| format!("status last confirmed {}", as_of.get(..7).unwrap_or(as_of)))
    }
}

/// One source of a plant and the figures its quote backs.
#[derive(Clone, Debug, PartialEq)]
pub struct Citation {
    pub url: String,
    pub publisher: String,
    /// When it was published ("2025-10" or "2025-10-09"), if known.
    pub published: Option<String>,
    pub quote: String,
    pub accessed: Option<String>,
    pub supports: Vec<Figure>,
}

/// A figure of a plant's row that a source can back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    Company,
    Site,
    Segment,
    Status,
    AnnouncedYear,
    ProductionStart,
    Investment,
    Capacity,
    Ownership,
    Partner,
    Coordinates,
}

impl Figure {
    pub const ALL: [Figure; 11] = [
        Figure::Company,
        Figure::Site,
        Figure::Segment,
        Figure::Status,
        Figure::AnnouncedYear,
        Figure::ProductionStart,
        Figure::Investment,
        Figure::Capacity,
        Figure::Ownership,
        Figure::Partner,
        Figure::Coordinates,
    ];

    /// The word `sources.csv` uses.
    pub fn code(self) -> &'static str {
        match self {
            Figure::Company => "company",
            Figure::Site => "site",
            Figure::Segment => "segment",
            Figure::Status => "status",
            Figure::AnnouncedYear => "announced_year",
            Figure::ProductionStart => "production_start",
            Figure::Investment => "investment",
            Figure::Capacity => "capacity",
            Figure::Ownership => "ownership",
            Figure::Partner => "partner",
            Figure::Coordinates => "coordinates",
        }
    }

    pub fn from_code(s: &str) -> Option<Figure> {
        Figure::ALL.into_iter().find(|f| f.code() == s)
    }

    /// How the details panel names it.
    pub fn label(self) -> &'static str {
        match self {
            Figure::Company => "company",
            Figure::Site => "site",
            Figure::Segment => "segment",
            Figure::Status => "status",
            Figure::AnnouncedYear => "year announced",
            Figure::ProductionStart => "production start",
            Figure::Investment => "investment",
            Figure::Capacity => "capacity",
            Figure::Ownership => "ownership",
            Figure::Partner => "partner",
            Figure::Coordinates => "location",
        }
    }
}

/// One published year-level figure (Rhodium Group, MERICS, …).
#[derive(Clone, Debug, PartialEq)]
pub struct Aggregate {
    pub period: Period,
    /// Which quantity this is, e.g. `domestic_ev_investment_total` (see `data/README.md`).
    pub series: String,
    pub value: f64,
    pub unit: Unit,
    pub source: Source,
    pub confidence: Confidence,
}

/// Everything the atlas shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Dataset {
    pub facilities: Vec<Facility>,
    pub aggregates: Vec<Aggregate>,
}
