//! The selection every view shares: segment, status, host countries and region, companies, an
//! announced-year range, "Chinese-owned only", "investment disclosed only" and free text (matched in the
//! reader's language as well as English, without regard to case or accents). Chart marks set it by their
//! `Pick`s; the filter panel and the chips change it; `url_state` writes it to the address.

use crate::chart::bars::Pick;
use crate::i18n::{Arg, Catalog};
use crate::map::describe::{region_name, segment_name, status_name};
use crate::model::country::{self, country_in};
use crate::model::region::{region_of, HostRegion};
use crate::model::{CountryCode, Facility, Ownership, Segment, Status, Year};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    pub segment: Option<Segment>,
    pub status: Option<Status>,
    /// Host countries (any of them); empty is all.
    pub countries: Vec<CountryCode>,
    pub region: Option<HostRegion>,
    /// Companies (any of them), as written in the data; empty is all.
    pub companies: Vec<String>,
    /// Announced from the first year to the last, inclusive. A plant with no announced year is left out
    /// while a range is set.
    pub years: Option<(Year, Year)>,
    /// Leaves out licences, contract assembly, minority stakes and unstated ownership.
    pub chinese_owned: bool,
    /// Leaves out plants whose investment is not disclosed.
    pub disclosed: bool,
    /// Free text, matched in company, site and country (its code, its English name or its name in the
    /// reader's language), without regard to case or accents: see [`Search`].
    pub q: String,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        *self == Filters::default()
    }

    /// Whether the pick is set (for a country: the only country chosen; for a year: the one-year range).
    pub fn has(&self, pick: Pick) -> bool {
        match pick {
            Pick::Segment(s) => self.segment == Some(s),
            Pick::Status(s) => self.status == Some(s),
            Pick::Country(c) => self.countries == [c],
            Pick::Region(r) => self.region == Some(r),
            Pick::Year(y) => self.years == Some((y, y)),
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
            Pick::Country(c) if on => next.countries = vec![c],
            Pick::Country(c) => next.countries.retain(|x| *x != c),
            Pick::Region(r) => next.region = on.then_some(r),
            Pick::Year(y) => next.years = on.then_some((y, y)),
        }
        next
    }

    /// Sets several picks at once (a stacked piece: its category and its series), or clears them all
    /// when every one is already set.
    pub fn toggle_all(&self, picks: &[Pick]) -> Filters {
        let on = !picks.iter().all(|p| self.has(*p));
        picks.iter().fold(self.clone(), |f, p| f.with(*p, on))
    }

    /// The test of a plant against these filters, the free text read as a reader of `words`' language
    /// means it (`Catalog::default()`: English names only). Made once for many plants.
    pub fn matcher(&self, words: &Catalog) -> impl Fn(&Facility) -> bool + '_ {
        let search = Search::new(&self.q, words);
        move |f| self.keeps(f) && search.matches(f)
    }

    /// Every filter but the free text.
    fn keeps(&self, f: &Facility) -> bool {
        self.segment.is_none_or(|s| f.segment == s)
            && self.status.is_none_or(|s| f.status == s)
            && (self.countries.is_empty() || self.countries.contains(&f.host_country))
            && self.region.is_none_or(|r| region_of(f.host_country) == Some(r))
            && (self.companies.is_empty() || self.companies.contains(&f.company))
            && self.years.is_none_or(|(a, b)| f.announced.is_some_and(|y| a <= y && y <= b))
            && (!self.chinese_owned || f.ownership == Ownership::ChineseOwned)
            && (!self.disclosed || f.investment_usd.is_some())
    }

    /// How many filters are on: one chip each.
    pub fn active(&self) -> usize {
        self.chips(&Catalog::default()).len()
    }

    /// What one chip removes, with its words in `w`'s language (country and company names as the data
    /// writes them).
    pub fn chips(&self, w: &Catalog) -> Vec<(Chip, String)> {
        let mut out = Vec::new();
        if let Some(s) = self.segment {
            out.push((Chip::Segment, segment_name(w, s)));
        }
        if let Some(s) = self.status {
            out.push((Chip::Status, status_name(w, s)));
        }
        for c in &self.countries {
            out.push((Chip::Country(*c), country_in(w, *c)));
        }
        if let Some(r) = self.region {
            out.push((Chip::Region, region_name(w, r.code())));
        }
        for c in &self.companies {
            out.push((Chip::Company(c.clone()), c.clone()));
        }
        if let Some((a, b)) = self.years {
            let year = |y: Year| Arg::from(y.0.to_string());
            let words = if a == b {
                w.format("chip-year", &[("year", year(a))])
            } else {
                w.format("chip-years", &[("from", year(a)), ("to", year(b))])
            };
            out.push((Chip::Years, words));
        }
        if self.chinese_owned {
            out.push((Chip::ChineseOwned, w.text("filter-owned")));
        }
        if self.disclosed {
            out.push((Chip::Disclosed, w.text("chip-disclosed")));
        }
        if !self.q.trim().is_empty() {
            out.push((Chip::Text, w.format("chip-text", &[("text", self.q.trim().into())])));
        }
        out
    }

    /// The filters without what `chip` stands for.
    pub fn without(&self, chip: &Chip) -> Filters {
        let mut next = self.clone();
        match chip {
            Chip::Segment => next.segment = None,
            Chip::Status => next.status = None,
            Chip::Country(c) => next.countries.retain(|x| x != c),
            Chip::Region => next.region = None,
            Chip::Company(c) => next.companies.retain(|x| x != c),
            Chip::Years => next.years = None,
            Chip::ChineseOwned => next.chinese_owned = false,
            Chip::Disclosed => next.disclosed = false,
            Chip::Text => next.q.clear(),
        }
        next
    }
}

/// One removable part of the selection.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Chip {
    Segment,
    Status,
    Country(CountryCode),
    Region,
    Company(String),
    Years,
    ChineseOwned,
    Disclosed,
    Text,
}

/// Free text as the reader searches with it: folded once, and the host countries whose name holds it (in
/// English or in the reader's language), found once rather than for each plant.
#[derive(Clone, Debug, PartialEq)]
pub struct Search {
    text: String,
    countries: Vec<CountryCode>,
}

impl Search {
    pub fn new(q: &str, words: &Catalog) -> Search {
        let text = fold(q.trim());
        let mut countries: Vec<CountryCode> = if text.is_empty() {
            Vec::new()
        } else {
            country::names(words).filter(|(_, name)| fold(name).contains(&text)).map(|(c, _)| c).collect()
        };
        countries.sort_by(|a, b| a.as_str().cmp(b.as_str()));
        countries.dedup();
        Search { text, countries }
    }

    /// Whether the plant's company, site or country holds the text (no text: every plant).
    pub fn matches(&self, f: &Facility) -> bool {
        self.text.is_empty()
            || self.countries.contains(&f.host_country)
            || [f.company.as_str(), f.city.as_str(), f.host_country.as_str()]
                .iter()
                .any(|s| fold(s).contains(&self.text))
    }
}

/// Text as search compares it: lower case, Latin letters without their accents ("República" → "republica",
/// "Komárom" → "komarom", "Türkiye" → "turkiye"), so that a reader may type either; other scripts as they are.
pub fn fold(s: &str) -> String {
    s.chars().flat_map(char::to_lowercase).filter_map(unaccented).collect()
}

/// A lower-case letter of Latin-1 or Latin Extended-A without its accent; a combining accent (as "İ"
/// lower-cases to "i" and one) is dropped.
fn unaccented(c: char) -> Option<char> {
    Some(match c {
        '\u{300}'..='\u{36f}' => return None,
        'à'..='å' | '\u{100}'..='\u{105}' => 'a',
        'ç' | '\u{106}'..='\u{10d}' => 'c',
        '\u{10e}'..='\u{111}' => 'd',
        'è'..='ë' | '\u{112}'..='\u{11b}' => 'e',
        '\u{11c}'..='\u{123}' => 'g',
        '\u{124}'..='\u{127}' => 'h',
        'ì'..='ï' | '\u{128}'..='\u{131}' => 'i',
        '\u{134}'..='\u{135}' => 'j',
        '\u{136}'..='\u{138}' => 'k',
        '\u{139}'..='\u{142}' => 'l',
        'ñ' | '\u{143}'..='\u{148}' => 'n',
        'ò'..='ö' | 'ø' | '\u{14c}'..='\u{151}' => 'o',
        '\u{154}'..='\u{159}' => 'r',
        '\u{15a}'..='\u{161}' | '\u{218}'..='\u{219}' => 's',
        '\u{162}'..='\u{167}' | '\u{21a}'..='\u{21b}' => 't',
        'ù'..='ü' | '\u{168}'..='\u{173}' => 'u',
        'ý' | 'ÿ' | '\u{176}'..='\u{178}' => 'y',
        '\u{179}'..='\u{17e}' => 'z',
        c => c,
    })
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
        let only = |c: &str| Filters { countries: vec![code(c)], ..Filters::default() };
        let cases = [
            (f.toggle(hu), only("HU")),
            (f.toggle(hu).toggle(hu), Filters::default()),
            (f.toggle(hu).toggle(Pick::Country(code("DE"))), only("DE")),
            (
                f.toggle_all(&[hu, Pick::Segment(Segment::BatteryCells)]),
                Filters { segment: Some(Segment::BatteryCells), ..only("HU") },
            ),
            (
                f.toggle_all(&[hu, Pick::Segment(Segment::BatteryCells)])
                    .toggle_all(&[hu, Pick::Segment(Segment::BatteryCells)]),
                f.clone(),
            ),
            // One of the two set: both get set.
            (
                f.toggle(hu).toggle_all(&[hu, Pick::Year(Year(2023))]),
                Filters { years: Some((Year(2023), Year(2023))), ..only("HU") },
            ),
        ];
        for (i, (got, want)) in cases.into_iter().enumerate() {
            assert_eq!(got, want, "case {i}");
        }
    }

    #[test]
    fn filters_match_against_an_independent_count_of_the_data() {
        let (data, _) = builtin();
        let count = |f: &Filters| data.facilities.iter().filter(|x| f.matcher(&Catalog::default())(x)).count();
        let by_hand = |p: &dyn Fn(&Facility) -> bool| data.facilities.iter().filter(|x| p(x)).count();
        let cases: Vec<(Filters, usize)> = vec![
            (Filters::default(), data.facilities.len()),
            (
                Filters {
                    segment: Some(Segment::BatteryCells),
                    countries: vec![code("HU")],
                    status: Some(Status::UnderConstruction),
                    ..Filters::default()
                },
                3, // CATL Debrecen, EVE and Sunwoda in Hungary
            ),
            (Filters { region: Some(HostRegion::Europe), ..Filters::default() }, 46),
            (
                Filters { countries: vec![code("HU"), code("DE")], ..Filters::default() },
                by_hand(&|x| matches!(x.host_country.as_str(), "HU" | "DE")),
            ),
            (
                Filters { years: Some((Year(2022), Year(2023))), ..Filters::default() },
                by_hand(&|x| x.announced.is_some_and(|y| (2022..=2023).contains(&y.0))),
            ),
            (
                Filters { chinese_owned: true, ..Filters::default() },
                by_hand(&|x| x.ownership == Ownership::ChineseOwned),
            ),
            (Filters { disclosed: true, ..Filters::default() }, by_hand(&|x| x.investment_usd.is_some())),
            (Filters { companies: vec!["BYD".into()], ..Filters::default() }, by_hand(&|x| x.company == "BYD")),
            (Filters { q: "  hungary ".into(), ..Filters::default() }, 9),
            (
                Filters { q: "debrecen".into(), ..Filters::default() },
                by_hand(&|x| x.city.to_lowercase().contains("debrecen")),
            ),
        ];
        for (i, (f, want)) in cases.iter().enumerate() {
            assert_eq!(count(f), *want, "case {i}: {f:?}");
        }
    }

    #[test]
    fn free_text_finds_a_country_by_its_name_in_the_readers_language_and_in_english() {
        let (data, _) = builtin();
        let in_country = |c: &str| data.facilities.iter().filter(|x| x.host_country.as_str() == c).count();
        let (hu, th, mx, tr, de) =
            (in_country("HU"), in_country("TH"), in_country("MX"), in_country("TR"), in_country("DE"));
        assert!(hu > 0 && th > 0 && mx > 0 && tr > 0 && de > 0);
        let komarom = data.facilities.iter().filter(|x| x.city.contains("Komárom")).count();
        assert!(komarom > 0);
        // (the reader's language, the text typed, how many plants it finds)
        let cases = [
            ("zh-CN", "匈牙利", hu),
            ("pt-BR", "Hungria", hu),
            ("pt-BR", "hungria", hu),
            ("en", "Hungary", hu),
            ("zh-CN", "hungary", hu),
            ("pt-BR", " HUNGARY ", hu),
            ("zh-CN", "泰国", th),
            ("pt-BR", "Tailândia", th),
            ("pt-BR", "tailandia", th),
            ("pt-BR", "MEXICO", mx),
            ("pt-BR", "México", mx),
            ("pt-BR", "turquia", tr),
            ("en", "turkiye", tr),
            ("zh-CN", "德国", de),
            ("pt-BR", "Alemanha", de),
            ("en", "komarom", komarom),
            // A name in another language than the reader's finds nothing.
            ("en", "匈牙利", 0),
            ("zh-CN", "Hungria", 0),
            ("pt-BR", "匈牙利", 0),
        ];
        for (tag, q, want) in cases {
            let f = Filters { q: q.into(), ..Filters::default() };
            let keep = f.matcher(&crate::i18n::catalog_for_tests(tag));
            assert_eq!(data.facilities.iter().filter(|x| keep(x)).count(), want, "{tag} {q:?}");
        }
    }

    #[test]
    fn folding_drops_case_and_latin_accents_only() {
        let cases = [
            ("República Tcheca", "republica tcheca"),
            ("Tchéquia", "tchequia"),
            ("Türkiye", "turkiye"),
            ("İstanbul", "istanbul"),
            ("Łódź", "lodz"),
            ("Ústí nad Labem", "usti nad labem"),
            ("Camaçari, Bahia", "camacari, bahia"),
            ("Biatorbágy", "biatorbagy"),
            ("Ploiești", "ploiesti"),
            ("匈牙利", "匈牙利"),
            ("CATL", "catl"),
        ];
        for (text, want) in cases {
            assert_eq!(fold(text), want, "{text}");
        }
    }

    #[test]
    fn each_chip_removes_what_it_says() {
        let f = Filters {
            segment: Some(Segment::BatteryCells),
            countries: vec![code("HU"), code("DE")],
            companies: vec!["CATL".into()],
            years: Some((Year(2020), Year(2024))),
            disclosed: true,
            q: "deb".into(),
            ..Filters::default()
        };
        let chips = f.chips(&crate::i18n::english());
        let words: Vec<&str> = chips.iter().map(|(_, w)| w.as_str()).collect();
        assert_eq!(
            words,
            ["Battery cells", "Hungary", "Germany", "CATL", "Announced 2020–2024", "Investment disclosed", "“deb”"]
        );
        let all_removed = chips.iter().fold(f.clone(), |acc, (chip, _)| acc.without(chip));
        assert!(all_removed.is_empty());
        assert_eq!(f.without(&Chip::Country(code("HU"))).countries, vec![code("DE")]);
        assert!(Filters::default().chips(&crate::i18n::english()).is_empty());
        assert_eq!(f.active(), 7);
    }
}
