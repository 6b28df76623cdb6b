//! What every view of the full atlas shows: the dataset × the filters × the timeline, as indices into the
//! plants; the choices the filter panel offers; and each edit the panel makes, as data the reducer applies.

use crate::i18n::Catalog;
use crate::model::country::country_label;
use crate::model::region::HostRegion;
use crate::model::{CountryCode, Dataset, Facility, Segment, Status, Year};

use super::filter::Filters;
use super::timeline::{span, visible, By};

/// The plants the filters keep and the timeline has reached, as indices into `data.facilities` (so hover
/// and details mean the same plant in every view), in the data's order. The free text is read in `words`'
/// language (the reader's) as well as English.
pub fn rows(data: &Dataset, filters: &Filters, timeline: Option<Year>, by: By, words: &Catalog) -> Vec<usize> {
    let keep = filters.matcher(words);
    data.facilities
        .iter()
        .enumerate()
        .filter(|(_, f)| keep(f) && timeline.is_none_or(|y| visible(f, y, by)))
        .map(|(i, _)| i)
        .collect()
}

/// What the filter panel offers for a dataset.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Choices {
    /// Every company once, sorted without regard to case.
    pub companies: Vec<String>,
    /// Every host country once, sorted by its name.
    pub countries: Vec<CountryCode>,
    /// The first and last announced year.
    pub years: Option<(Year, Year)>,
}

impl Choices {
    pub fn of(facilities: &[Facility]) -> Choices {
        let mut companies: Vec<String> = facilities.iter().map(|f| f.company.clone()).collect();
        companies.sort_by_key(|c| c.to_lowercase());
        companies.dedup();
        let mut countries: Vec<CountryCode> = facilities.iter().map(|f| f.host_country).collect();
        countries.sort_by_key(|c| (country_label(*c), c.as_str().to_owned()));
        countries.dedup();
        Choices { companies, countries, years: span(facilities, By::Announced) }
    }

    /// The company a reader typed, as the data writes it (case and surrounding spaces do not matter).
    pub fn company(&self, typed: &str) -> Option<&str> {
        let typed = typed.trim();
        self.companies.iter().find(|c| c.eq_ignore_ascii_case(typed)).map(String::as_str)
    }
}

/// One change the filter panel makes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    Segment(Option<Segment>),
    Status(Option<Status>),
    Region(Option<HostRegion>),
    /// Adds a host country (once).
    Country(CountryCode),
    /// Adds a company (once), as the data writes it.
    Company(String),
    /// The first announced year; the last moves up to it if it was earlier. `None` clears the range.
    From(Option<Year>),
    /// The last announced year; the first moves down to it if it was later. `None` clears the range.
    To(Option<Year>),
    ChineseOwned(bool),
    Disclosed(bool),
    Text(String),
}

impl Filters {
    /// The filters with one edit made.
    pub fn edit(&self, edit: Edit) -> Filters {
        let mut f = self.clone();
        match edit {
            Edit::Segment(s) => f.segment = s,
            Edit::Status(s) => f.status = s,
            Edit::Region(r) => f.region = r,
            Edit::Country(c) => {
                if !f.countries.contains(&c) {
                    f.countries.push(c);
                }
            }
            Edit::Company(c) => {
                if !c.is_empty() && !f.companies.contains(&c) {
                    f.companies.push(c);
                }
            }
            Edit::From(a) => f.years = a.map(|a| (a, f.years.map_or(a, |(_, b)| b.max(a)))),
            Edit::To(b) => f.years = b.map(|b| (f.years.map_or(b, |(a, _)| a.min(b)), b)),
            Edit::ChineseOwned(on) => f.chinese_owned = on,
            Edit::Disclosed(on) => f.disclosed = on,
            Edit::Text(q) => f.q = q,
        }
        f
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::builtin;

    fn code(s: &str) -> CountryCode {
        CountryCode::parse(s).expect("valid code")
    }

    #[test]
    fn edits_table() {
        let y = |a: u16, b: u16| Some((Year(a), Year(b)));
        let hu = code("HU");
        let start =
            Filters { years: y(2020, 2023), countries: vec![hu], companies: vec!["BYD".into()], ..Filters::default() };
        let cases: Vec<(Edit, Filters)> = vec![
            (Edit::From(Some(Year(2021))), Filters { years: y(2021, 2023), ..start.clone() }),
            // A first year after the last moves the last up with it.
            (Edit::From(Some(Year(2025))), Filters { years: y(2025, 2025), ..start.clone() }),
            (Edit::To(Some(Year(2018))), Filters { years: y(2018, 2018), ..start.clone() }),
            (Edit::To(Some(Year(2024))), Filters { years: y(2020, 2024), ..start.clone() }),
            (Edit::From(None), Filters { years: None, ..start.clone() }),
            // A country or company already chosen is not added twice; an empty company is no choice.
            (Edit::Country(hu), start.clone()),
            (Edit::Country(code("BR")), Filters { countries: vec![hu, code("BR")], ..start.clone() }),
            (Edit::Company("BYD".into()), start.clone()),
            (Edit::Company(String::new()), start.clone()),
            (Edit::Company("CATL".into()), Filters { companies: vec!["BYD".into(), "CATL".into()], ..start.clone() }),
            (
                Edit::Segment(Some(Segment::BatteryCells)),
                Filters { segment: Some(Segment::BatteryCells), ..start.clone() },
            ),
            (Edit::ChineseOwned(true), Filters { chinese_owned: true, ..start.clone() }),
            (Edit::Text("gigafactory".into()), Filters { q: "gigafactory".into(), ..start.clone() }),
        ];
        for (edit, want) in cases {
            assert_eq!(start.edit(edit.clone()), want, "{edit:?}");
        }
        // From a range that was not set, either end sets a one-year range.
        assert_eq!(Filters::default().edit(Edit::To(Some(Year(2022)))).years, y(2022, 2022));
    }

    #[test]
    fn rows_are_what_the_filters_and_the_timeline_keep() {
        let (data, _) = builtin();
        let all = rows(&data, &Filters::default(), None, By::Announced, &Catalog::default());
        assert_eq!(all.len(), data.facilities.len());
        let cells = Filters { segment: Some(Segment::BatteryCells), ..Filters::default() };
        let kept = rows(&data, &cells, None, By::Announced, &Catalog::default());
        assert!(!kept.is_empty() && kept.len() < all.len());
        assert!(kept.iter().all(|i| data.facilities[*i].segment == Segment::BatteryCells));
        assert!(kept.windows(2).all(|w| w[0] < w[1]), "in the data's order");
        // The timeline: only plants announced by the year, and fewer the earlier the year.
        let by_2018 = rows(&data, &Filters::default(), Some(Year(2018)), By::Announced, &Catalog::default());
        let by_2024 = rows(&data, &Filters::default(), Some(Year(2024)), By::Announced, &Catalog::default());
        assert!(by_2018.len() < by_2024.len() && by_2024.len() <= all.len());
        assert!(by_2018.iter().all(|i| data.facilities[*i].announced.is_some_and(|a| a <= Year(2018))));
        let produced = rows(&data, &Filters::default(), Some(Year(2024)), By::Production, &Catalog::default());
        assert!(produced.iter().all(|i| data.facilities[*i].production_start.is_some_and(|p| p.year <= Year(2024))));
    }

    #[test]
    fn choices_name_each_company_and_country_once() {
        let (data, _) = builtin();
        let c = Choices::of(&data.facilities);
        let mut seen = c.companies.clone();
        seen.dedup();
        assert_eq!(seen, c.companies);
        assert!(c.companies.windows(2).all(|w| w[0].to_lowercase() <= w[1].to_lowercase()));
        assert!(c.countries.windows(2).all(|w| w[0] != w[1]));
        assert_eq!(c.company("  byd "), Some("BYD"));
        assert_eq!(c.company("no such firm"), None);
        assert!(c.years.is_some_and(|(a, b)| a <= b));
    }
}
