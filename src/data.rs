//! The built-in dataset: the CSV files under `data/`, embedded at compile time and parsed on start-up.

use crate::model::{parse_aggregates, parse_facilities, Dataset, Problem};

/// The facilities as embedded: `data/facilities.csv` without its `notes` column (see `build.rs`).
pub const FACILITIES_CSV: &str = include_str!(concat!(env!("OUT_DIR"), "/facilities-first-view.csv"));
/// The full file, as shipped in `dist/data/` and checked by the tests.
#[cfg(test)]
pub const FACILITIES_FULL_CSV: &str = include_str!("../data/facilities.csv");
pub const AGGREGATES_CSV: &str = include_str!("../data/aggregates.csv");

/// The dataset version shown in the app and in exports (see `data/README.md`).
pub const DATASET_VERSION: &str = "2026-11-28.1";

/// Parses the embedded files. The shipped files have no problems (a test says so), but a build with
/// edited data still starts and shows what is wrong.
pub fn builtin() -> (Dataset, Vec<Problem>) {
    let (facilities, mut problems) = parse_facilities("data/facilities.csv", FACILITIES_CSV);
    let (aggregates, more) = parse_aggregates("data/aggregates.csv", AGGREGATES_CSV);
    problems.extend(more);
    (Dataset { facilities, aggregates }, problems)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Facility;
    use std::collections::HashSet;

    #[test]
    fn the_full_file_has_no_problems_and_the_embedded_copy_differs_only_by_notes() {
        let (full, problems) = parse_facilities("data/facilities.csv", FACILITIES_FULL_CSV);
        let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(listed.is_empty(), "{}", listed.join("\n"));
        let (embedded, _) = builtin();
        assert_eq!(full.len(), embedded.facilities.len());
        for (a, b) in full.iter().zip(&embedded.facilities) {
            assert_eq!(Facility { notes: String::new(), ..a.clone() }, *b);
        }
        assert!(FACILITIES_CSV.len() < FACILITIES_FULL_CSV.len());
    }

    #[test]
    fn shipped_data_has_no_problems() {
        let (data, problems) = builtin();
        let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(listed.is_empty(), "{}", listed.join("\n"));
        let rows = FACILITIES_CSV.lines().skip(1).filter(|l| !l.trim().is_empty()).count();
        assert!(data.facilities.len() >= 70, "only {} facilities", data.facilities.len());
        assert!(data.facilities.len() <= rows);
        assert!(!data.aggregates.is_empty());
    }

    #[test]
    fn ids_are_unique_and_every_row_has_a_source() {
        let (data, _) = builtin();
        let mut seen = HashSet::new();
        for f in &data.facilities {
            assert!(seen.insert(f.id.clone()), "duplicate id {}", f.id);
            assert!(!f.source.urls.is_empty() && !f.source.quote.trim().is_empty(), "{} has no source", f.id);
            if let Some(p) = f.location {
                assert!(p.is_valid(), "{} has coordinates out of range", f.id);
            }
        }
        for a in &data.aggregates {
            assert!(!a.source.urls.is_empty() && !a.source.quote.trim().is_empty(), "{} has no source", a.series);
        }
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
