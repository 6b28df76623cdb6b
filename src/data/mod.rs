//! The built-in dataset: typed tables generated from the CSV files under `data/` at build time (`build.rs`).

pub mod synthetic;

use crate::geo::LonLat;
use crate::i18n::Message;
use crate::model::{
    About, Aggregate, Capacity, CapacityUnit, Confidence, CountryCode, Currency, Dataset, Facility, Money, Ownership,
    Period, Problem, Segment, Source, Status, Unit, UsdBasis, UsdMillions, Year, YearMonth,
};

/// The full files, as shipped in `dist/data/` and checked by the tests.
#[cfg(test)]
pub const FACILITIES_FULL_CSV: &str = include_str!("../../data/facilities.csv");
#[cfg(test)]
pub const AGGREGATES_FULL_CSV: &str = include_str!("../../data/aggregates.csv");
#[cfg(test)]
pub const SOURCES_FULL_CSV: &str = include_str!("../../data/sources.csv");

/// The dataset version shown in the app and in exports (see `data/README.md`).
pub const DATASET_VERSION: &str = "2026-12-02.1";
/// The date the dataset describes (statuses are as of the latest source read before it).
pub const DATASET_DATE: &str = "28 November 2026";
/// The same date, as an ISO date for the reader's language (`i18n::numbers::date`; a test keeps the two
/// equal in English).
pub const DATASET_DAY: &str = "2026-11-28";

/// One facility as `build.rs` writes it: typed, numbers NaN, 0 or `[0; N]` when empty. Provenance and
/// free text are left out; the second module reads them from the full file.
pub(crate) struct Row {
    id: &'static str,
    company: &'static str,
    parent: [u8; 2],
    segment: Segment,
    host: [u8; 2],
    city: &'static str,
    /// Ten-thousandths of a degree (`i32::MIN`: not known).
    lat: i32,
    lon: i32,
    status: Status,
    announced: u16,
    start: (u16, u8),
    /// Tenths of a million of `currency` (`i32::MIN`: not disclosed).
    investment: i32,
    currency: [u8; 3],
    /// Hundredths of a million US$.
    usd: i32,
    basis: Option<UsdBasis>,
    /// Tenths of a unit.
    capacity: i32,
    unit: Option<CapacityUnit>,
    ownership: Ownership,
    /// The investment figure is a company's programme, not this plant's cost.
    programme: bool,
}

/// One yearly figure the first view draws (the home-vs-abroad series), without its quote.
pub(crate) struct AggregateRow {
    year: u16,
    series: &'static str,
    value: f64,
    unit: &'static str,
    urls: &'static [&'static str],
    confidence: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/first_view.rs"));

/// A table number in units of 1/`scale`, or `None` for `i32::MIN` (not known). Dividing the exact integer
/// gives the same f64 as parsing the data file's text.
fn present(v: i32, scale: f64) -> Option<f64> {
    (v != i32::MIN).then(|| f64::from(v) / scale)
}

impl Row {
    fn facility(&self) -> Option<Facility> {
        let (start_year, month) = self.start;
        Some(Facility {
            id: self.id.to_owned(),
            company: self.company.to_owned(),
            parent_country: CountryCode::from_bytes(self.parent)?,
            segment: self.segment,
            host_country: CountryCode::from_bytes(self.host)?,
            city: self.city.to_owned(),
            location: present(self.lat, 1e4).zip(present(self.lon, 1e4)).map(|(lat, lon)| LonLat::new(lon, lat)),
            status: self.status,
            announced: (self.announced > 0).then_some(Year(self.announced)),
            production_start: (start_year > 0)
                .then_some(YearMonth { year: Year(start_year), month: (month > 0).then_some(month) }),
            investment: present(self.investment, 10.0)
                .zip(Currency::from_bytes(self.currency))
                .map(|(millions, currency)| Money { millions, currency }),
            investment_usd: present(self.usd, 100.0)
                .zip(self.basis)
                .map(|(millions, basis)| UsdMillions { millions, basis }),
            capacity: present(self.capacity, 10.0).zip(self.unit).map(|(value, unit)| Capacity { value, unit }),
            partner: None,
            ownership: self.ownership,
            source: Source { urls: Vec::new(), quote: String::new(), accessed: None },
            notes: String::new(),
            about: About { programme: self.programme, ..About::default() },
        })
    }
}

impl AggregateRow {
    fn aggregate(&self) -> Option<Aggregate> {
        Some(Aggregate {
            period: Period { first: Year(self.year), last: Year(self.year) },
            series: self.series.to_owned(),
            value: self.value,
            unit: Unit::from_code(self.unit)?,
            source: Source {
                urls: self.urls.iter().map(|u| (*u).to_owned()).collect(),
                quote: String::new(),
                accessed: None,
            },
            confidence: Confidence::from_code(self.confidence)?,
        })
    }
}

/// The built-in dataset. The shipped files have no problems (the data tests say so); a build with an
/// edited file that has a bad code still starts, and names the rows it had to leave out.
pub fn builtin() -> (Dataset, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut facilities = Vec::with_capacity(FACILITIES.len());
    for (k, row) in FACILITIES.iter().enumerate() {
        match row.facility() {
            Some(f) => facilities.push(f),
            // In English (the first view's catalog has no message for it); `Message::plain` would cost the
            // first view 25 bytes of gzip more, measured.
            None => problems.push(Problem::new(
                "data/facilities.csv",
                k as u64 + 2,
                None,
                Message::new("plain", vec![("text", "has a bad country or currency code".into())]),
            )),
        }
    }
    let aggregates = AGGREGATES.iter().filter_map(AggregateRow::aggregate).collect();
    (Dataset { facilities, aggregates }, problems)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{parse_aggregates, parse_facilities};
    use std::collections::HashSet;

    #[test]
    fn every_source_row_reads_and_names_a_plant() {
        let (mut facilities, problems) = crate::model::parse_facilities("data/facilities.csv", FACILITIES_FULL_CSV);
        assert_eq!(problems, vec![]);
        let (citations, problems) = crate::model::parse_sources("data/sources.csv", SOURCES_FULL_CSV);
        assert_eq!(problems, vec![], "data/sources.csv");
        let n = citations.len();
        assert_eq!(crate::model::attach_citations(&mut facilities, citations), Vec::<String>::new());
        assert_eq!(facilities.iter().map(|f| f.about.citations.len()).sum::<usize>(), n);
        assert!(facilities.iter().all(|f| !f.about.citations.is_empty()), "every plant has a source row");
    }

    #[test]
    fn the_full_file_has_no_problems_and_the_embedded_copy_lacks_only_provenance_and_free_text() {
        let (full, problems) = parse_facilities("data/facilities.csv", FACILITIES_FULL_CSV);
        let en = crate::i18n::english();
        let listed: Vec<String> = problems.iter().map(|p| p.say(&en)).collect();
        assert!(listed.is_empty(), "{}", listed.join("\n"));
        let (embedded, _) = builtin();
        assert_eq!(full.len(), embedded.facilities.len());
        for (a, b) in full.iter().zip(&embedded.facilities) {
            let about = About { programme: a.about.programme, ..About::default() };
            let mut expected = Facility { notes: String::new(), partner: None, about, ..a.clone() };
            expected.source.quote = String::new();
            expected.source.urls = Vec::new();
            expected.source.accessed = None;
            assert_eq!(expected, *b);
        }
        // And the first view's yearly figures are the full file's, without quotes.
        let (full_aggregates, _) = parse_aggregates("data/aggregates.csv", AGGREGATES_FULL_CSV);
        let drawn: Vec<Aggregate> = full_aggregates
            .into_iter()
            .filter(|a| a.series.ends_with("ev_investment_total") && !a.series.starts_with("ev_"))
            .map(|mut a| {
                a.source.quote = String::new();
                a
            })
            .collect();
        assert_eq!(drawn, embedded.aggregates);
    }

    #[test]
    fn shipped_data_has_no_problems() {
        let (data, problems) = builtin();
        let en = crate::i18n::english();
        let listed: Vec<String> = problems.iter().map(|p| p.say(&en)).collect();
        assert!(listed.is_empty(), "{}", listed.join("\n"));
        assert!(data.facilities.len() >= 70, "only {} facilities", data.facilities.len());
        assert_eq!(data.facilities.len(), FACILITIES.len());
        assert!(!data.aggregates.is_empty());
    }

    #[test]
    fn ids_are_unique_and_every_row_has_a_source() {
        let (data, _) = builtin();
        let (full, _) = parse_facilities("data/facilities.csv", FACILITIES_FULL_CSV);
        let mut seen = HashSet::new();
        for f in &full {
            assert!(seen.insert(f.id.clone()), "duplicate id {}", f.id);
            assert!(!f.source.urls.is_empty() && !f.source.quote.trim().is_empty(), "{} has no source", f.id);
            if let Some(p) = f.location {
                assert!(p.is_valid(), "{} has coordinates out of range", f.id);
            }
        }
        let (full_aggregates, problems) = parse_aggregates("data/aggregates.csv", AGGREGATES_FULL_CSV);
        assert!(problems.is_empty(), "{problems:?}");
        assert!(full_aggregates.len() > data.aggregates.len() && !data.aggregates.is_empty());
        for a in &full_aggregates {
            assert!(!a.source.urls.is_empty() && !a.source.quote.trim().is_empty(), "{} has no source", a.series);
        }
    }

    #[test]
    fn the_page_shows_this_dataset_version() {
        let page = include_str!("../../index.html");
        assert!(
            page.contains(&format!("<span id=\"dataset-version\">{DATASET_VERSION}</span>")),
            "index.html and DATASET_VERSION differ"
        );
    }

    #[test]
    fn the_example_file_for_readers_is_valid() {
        let (rows, problems) =
            parse_facilities("example-facilities.csv", include_str!("../../data/example-facilities.csv"));
        assert_eq!((rows.len(), problems), (3, vec![]));
    }

    #[test]
    fn converted_usd_figures_state_their_basis() {
        let (data, _) = builtin();
        for f in &data.facilities {
            if let (Some(usd), Some(orig)) = (f.investment_usd, f.investment) {
                if orig.currency.as_str() == "USD" {
                    assert_eq!(usd.millions, orig.millions, "{}: USD amount differs from the original", f.id);
                }
            }
        }
    }
}

#[cfg(test)]
mod geography_tests {
    use super::*;
    use crate::geo::basemap::Basemap;

    /// The finer shipped basemap (1:50m): the check runs against real coastlines, not the simplified
    /// world-view outline.
    static COUNTRIES_50M: &[u8] = include_bytes!("../../data/basemap/countries-50m.bin");

    /// How far outside its country's 1:50m outline a plant may sit: coastal sites on a bay or an
    /// estuary can fall a few km "at sea" at this scale.
    const COASTAL_TOLERANCE_KM: f64 = 10.0;

    #[test]
    fn the_check_catches_a_plant_in_the_wrong_country() {
        let basemap = Basemap::decode(COUNTRIES_50M).expect("basemap decodes");
        let cases = [
            ((21.63, 47.53), "HU", true),  // Debrecen
            ((21.63, 47.53), "RO", false), // Debrecen is not in Romania
            ((-8.87, 37.95), "PT", true),  // Sines, on the coast
            ((-38.324, -12.698), "BR", true),
            ((-30.0, 0.0), "BR", false), // the Atlantic
        ];
        for ((lon, lat), iso, ok) in cases {
            let d = basemap.distance_km_to_country(iso, crate::geo::LonLat::new(lon, lat)).expect("country exists");
            assert_eq!(d <= COASTAL_TOLERANCE_KM, ok, "{lon},{lat} in {iso}: {d:.1} km");
        }
    }

    #[test]
    fn every_facility_lies_in_its_host_country() {
        let basemap = Basemap::decode(COUNTRIES_50M).expect("basemap decodes");
        let (data, _) = builtin();
        let mut wrong = Vec::new();
        for f in &data.facilities {
            let Some(p) = f.location else { continue };
            match basemap.distance_km_to_country(f.host_country.as_str(), p) {
                Some(d) if d <= COASTAL_TOLERANCE_KM => {}
                Some(d) => {
                    let inside = basemap.country_at(p).and_then(|c| c.iso_a2.clone()).unwrap_or_else(|| "sea".into());
                    wrong.push(format!(
                        "{} {} ({}) is {d:.0} km outside {}, in {inside}",
                        f.id, f.city, f.company, f.host_country
                    ));
                }
                None => wrong.push(format!("{}: host country {} is not on the basemap", f.id, f.host_country)),
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }
}
