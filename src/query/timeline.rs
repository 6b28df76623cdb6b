//! The timeline: which plants exist by a year, counted from their announcement or from the start of
//! production; and the years the slider runs over.

use crate::model::{Facility, Year};

/// What the timeline counts from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum By {
    #[default]
    Announced,
    Production,
}

/// Whether the plant is on the map by the end of `year`. A plant with no date for what is counted is
/// not shown while the timeline is on: it cannot be placed in time.
pub fn visible(f: &Facility, year: Year, by: By) -> bool {
    match by {
        By::Announced => f.announced.is_some_and(|y| y <= year),
        By::Production => f.production_start.is_some_and(|p| p.year <= year),
    }
}

/// The first and last year any plant has for what is counted.
pub fn span<'a>(facilities: impl IntoIterator<Item = &'a Facility>, by: By) -> Option<(Year, Year)> {
    facilities
        .into_iter()
        .filter_map(|f| match by {
            By::Announced => f.announced,
            By::Production => f.production_start.map(|p| p.year),
        })
        .fold(None, |acc, y| Some(acc.map_or((y, y), |(a, b): (Year, Year)| (a.min(y), b.max(y)))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::builtin;

    #[test]
    fn plants_appear_in_their_year_and_the_count_only_grows() {
        let (data, _) = builtin();
        for by in [By::Announced, By::Production] {
            let (first, last) = span(&data.facilities, by).expect("dated plants");
            let mut before = 0;
            for y in first.0..=last.0 {
                let n = data.facilities.iter().filter(|f| visible(f, Year(y), by)).count();
                assert!(n >= before, "{by:?} {y}");
                before = n;
            }
            let dated = data
                .facilities
                .iter()
                .filter(|f| match by {
                    By::Announced => f.announced.is_some(),
                    By::Production => f.production_start.is_some(),
                })
                .count();
            assert_eq!(before, dated, "{by:?}: by the last year every dated plant is shown");
            assert_eq!(data.facilities.iter().filter(|f| visible(f, Year(first.0 - 1), by)).count(), 0);
        }
        assert_eq!(span(&[], By::Announced), None);
    }
}
