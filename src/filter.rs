//! The selection every view shares: filters on segment, status, host country, host region and year,
//! set by clicking a chart mark (a `Pick`) and shown as removable chips.

use crate::chart::bars::Pick;
use crate::chart::places::country_label;
use crate::model::region::{region_of, HostRegion};
use crate::model::{CountryCode, Facility, Segment, Status, Year};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    pub segment: Option<Segment>,
    pub status: Option<Status>,
    pub country: Option<CountryCode>,
    pub region: Option<HostRegion>,
    /// The year a plant was announced.
    pub year: Option<Year>,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        *self == Filters::default()
    }

    /// Whether the pick is set.
    pub fn has(&self, pick: Pick) -> bool {
        match pick {
            Pick::Segment(s) => self.segment == Some(s),
            Pick::Status(s) => self.status == Some(s),
            Pick::Country(c) => self.country == Some(c),
            Pick::Region(r) => self.region == Some(r),
            Pick::Year(y) => self.year == Some(y),
        }
    }

    /// Sets the pick (replacing another value of its kind), or clears it when it is already set.
    pub fn toggle(&self, pick: Pick) -> Filters {
        let on = !self.has(pick);
        self.with(pick, on)
    }

    /// Sets or clears one pick.
    pub fn with(&self, pick: Pick, on: bool) -> Filters {
        let mut next = self.clone();
        match pick {
            Pick::Segment(s) => next.segment = on.then_some(s),
            Pick::Status(s) => next.status = on.then_some(s),
            Pick::Country(c) => next.country = on.then_some(c),
            Pick::Region(r) => next.region = on.then_some(r),
            Pick::Year(y) => next.year = on.then_some(y),
        }
        next
    }

    /// Sets several picks at once (a stacked piece: its category and its series), or clears them all
    /// when every one is already set.
    pub fn toggle_all(&self, picks: &[Pick]) -> Filters {
        let on = !picks.iter().all(|p| self.has(*p));
        picks.iter().fold(self.clone(), |f, p| f.with(*p, on))
    }

    pub fn matches(&self, f: &Facility) -> bool {
        self.segment.is_none_or(|s| f.segment == s)
            && self.status.is_none_or(|s| f.status == s)
            && self.country.is_none_or(|c| f.host_country == c)
            && self.region.is_none_or(|r| region_of(f.host_country) == Some(r))
            && self.year.is_none_or(|y| f.announced == Some(y))
    }

    /// The active picks, each with the words of its chip.
    pub fn chips(&self) -> Vec<(Pick, String)> {
        let mut out = Vec::new();
        if let Some(s) = self.segment {
            out.push((Pick::Segment(s), s.label().to_owned()));
        }
        if let Some(s) = self.status {
            out.push((Pick::Status(s), s.label().to_owned()));
        }
        if let Some(c) = self.country {
            out.push((Pick::Country(c), country_label(c)));
        }
        if let Some(r) = self.region {
            out.push((Pick::Region(r), r.label().to_owned()));
        }
        if let Some(y) = self.year {
            out.push((Pick::Year(y), format!("Announced {}", y.0)));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::builtin;

    fn code(s: &str) -> CountryCode {
        CountryCode::parse(s).expect("code")
    }

    #[test]
    fn picks_toggle_and_replace_their_kind() {
        let f = Filters::default();
        let hu = Pick::Country(code("HU"));
        let cases = [
            (f.toggle(hu), Filters { country: Some(code("HU")), ..Filters::default() }),
            (f.toggle(hu).toggle(hu), Filters::default()),
            (f.toggle(hu).toggle(Pick::Country(code("DE"))), Filters { country: Some(code("DE")), ..Filters::default() }),
            (
                f.toggle_all(&[hu, Pick::Segment(Segment::BatteryCells)]),
                Filters { country: Some(code("HU")), segment: Some(Segment::BatteryCells), ..Filters::default() },
            ),
            (f.toggle_all(&[hu, Pick::Segment(Segment::BatteryCells)]).toggle_all(&[hu, Pick::Segment(Segment::BatteryCells)]), f.clone()),
            // One of the two set: both get set.
            (
                f.toggle(hu).toggle_all(&[hu, Pick::Year(Year(2023))]),
                Filters { country: Some(code("HU")), year: Some(Year(2023)), ..Filters::default() },
            ),
        ];
        for (i, (got, want)) in cases.into_iter().enumerate() {
            assert_eq!(got, want, "case {i}");
        }
    }

    #[test]
    fn filters_match_against_an_independent_count_of_the_data() {
        let (data, _) = builtin();
        let count = |f: &Filters| data.facilities.iter().filter(|x| f.matches(x)).count();
        let by_hand = |p: &dyn Fn(&Facility) -> bool| data.facilities.iter().filter(|x| p(x)).count();
        let battery_hu_building = Filters {
            segment: Some(Segment::BatteryCells),
            country: Some(code("HU")),
            status: Some(Status::UnderConstruction),
            ..Filters::default()
        };
        assert_eq!(count(&Filters::default()), data.facilities.len());
        assert_eq!(
            count(&battery_hu_building),
            by_hand(&|x| x.segment == Segment::BatteryCells
                && x.host_country.as_str() == "HU"
                && x.status == Status::UnderConstruction)
        );
        assert_eq!(count(&battery_hu_building), 3, "CATL Debrecen, EVE and Sunwoda in Hungary");
        let europe = Filters { region: Some(HostRegion::Europe), ..Filters::default() };
        assert_eq!(count(&europe), 39);
        let y2023 = Filters { year: Some(Year(2023)), ..Filters::default() };
        assert_eq!(count(&y2023), by_hand(&|x| x.announced == Some(Year(2023))));
    }

    #[test]
    fn chips_name_each_active_pick() {
        let f = Filters::default().toggle(Pick::Country(code("HU"))).toggle(Pick::Segment(Segment::BatteryCells));
        let words: Vec<String> = f.chips().into_iter().map(|(_, w)| w).collect();
        assert_eq!(words, vec!["Battery cells".to_owned(), "Hungary".to_owned()]);
        assert!(Filters::default().chips().is_empty() && Filters::default().is_empty());
    }
}
