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
pub use parse::{facility_checker, facility_reader, parse_aggregates, parse_facilities, RowReader, FACILITY_COLUMNS};
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
