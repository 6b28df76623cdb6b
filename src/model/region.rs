//! Host regions: the seven world regions the charts group host countries into, and the country table.

use super::CountryCode;

/// A world region that hosts plants. Türkiye, Russia, Belarus and the Caucasus count as Europe; Central
/// Asia counts with South Asia; Sudan counts as Sub-Saharan Africa (as the World Bank groups it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub enum HostRegion {
    Europe,
    SoutheastAsia,
    Americas,
    MiddleEastNorthAfrica,
    SouthCentralAsia,
    SubSaharanAfrica,
    EastAsiaOceania,
}

impl HostRegion {
    pub const ALL: &'static [HostRegion] = &[
        HostRegion::Europe,
        HostRegion::SoutheastAsia,
        HostRegion::Americas,
        HostRegion::MiddleEastNorthAfrica,
        HostRegion::SouthCentralAsia,
        HostRegion::SubSaharanAfrica,
        HostRegion::EastAsiaOceania,
    ];

    /// The words a reader sees.
    pub fn label(self) -> &'static str {
        match self {
            HostRegion::Europe => "Europe",
            HostRegion::SoutheastAsia => "Southeast Asia",
            HostRegion::Americas => "Americas",
            HostRegion::MiddleEastNorthAfrica => "Middle East & North Africa",
            HostRegion::SouthCentralAsia => "South & Central Asia",
            HostRegion::SubSaharanAfrica => "Sub-Saharan Africa",
            HostRegion::EastAsiaOceania => "East Asia & Oceania",
        }
    }

    /// A short, URL-safe code.
    pub fn code(self) -> &'static str {
        match self {
            HostRegion::Europe => "europe",
            HostRegion::SoutheastAsia => "southeast-asia",
            HostRegion::Americas => "americas",
            HostRegion::MiddleEastNorthAfrica => "mena",
            HostRegion::SouthCentralAsia => "south-central-asia",
            HostRegion::SubSaharanAfrica => "sub-saharan-africa",
            HostRegion::EastAsiaOceania => "east-asia-oceania",
        }
    }

    pub fn from_code(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|r| r.code() == s)
    }

    /// The ISO 3166-1 alpha-2 codes of the region's countries and territories (plus `XK`, Kosovo).
    pub fn countries(self) -> &'static [&'static str] {
        match self {
            HostRegion::Europe => EUROPE,
            HostRegion::SoutheastAsia => SOUTHEAST_ASIA,
            HostRegion::Americas => AMERICAS,
            HostRegion::MiddleEastNorthAfrica => MENA,
            HostRegion::SouthCentralAsia => SOUTH_CENTRAL_ASIA,
            HostRegion::SubSaharanAfrica => SUB_SAHARAN_AFRICA,
            HostRegion::EastAsiaOceania => EAST_ASIA_OCEANIA,
        }
    }
}

impl std::fmt::Display for HostRegion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

const EUROPE: &[&str] = &[
    "AD", "AL", "AM", "AT", "AX", "AZ", "BA", "BE", "BG", "BY", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FO",
    "FR", "GB", "GE", "GG", "GI", "GR", "HR", "HU", "IE", "IM", "IS", "IT", "JE", "LI", "LT", "LU", "LV", "MC", "MD",
    "ME", "MK", "MT", "NL", "NO", "PL", "PT", "RO", "RS", "RU", "SE", "SI", "SJ", "SK", "SM", "TR", "UA", "VA", "XK",
];
const SOUTHEAST_ASIA: &[&str] = &["BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "TL", "VN"];
const AMERICAS: &[&str] = &[
    "AG", "AI", "AR", "AW", "BB", "BL", "BM", "BO", "BQ", "BR", "BS", "BZ", "CA", "CL", "CO", "CR", "CU", "CW", "DM",
    "DO", "EC", "FK", "GD", "GF", "GL", "GP", "GT", "GY", "HN", "HT", "JM", "KN", "KY", "LC", "MF", "MQ", "MS", "MX",
    "NI", "PA", "PE", "PM", "PR", "PY", "SR", "SV", "SX", "TC", "TT", "US", "UY", "VC", "VE", "VG", "VI",
];
const MENA: &[&str] = &[
    "AE", "BH", "DJ", "DZ", "EG", "EH", "IL", "IQ", "IR", "JO", "KW", "LB", "LY", "MA", "OM", "PS", "QA", "SA", "SY",
    "TN", "YE",
];
const SOUTH_CENTRAL_ASIA: &[&str] = &["AF", "BD", "BT", "IN", "KG", "KZ", "LK", "MV", "NP", "PK", "TJ", "TM", "UZ"];
const SUB_SAHARAN_AFRICA: &[&str] = &[
    "AO", "BF", "BI", "BJ", "BW", "CD", "CF", "CG", "CI", "CM", "CV", "ER", "ET", "GA", "GH", "GM", "GN", "GQ", "GW",
    "KE", "KM", "LR", "LS", "MG", "ML", "MR", "MU", "MW", "MZ", "NA", "NE", "NG", "RE", "RW", "SC", "SD", "SH", "SL",
    "SN", "SO", "SS", "ST", "SZ", "TD", "TG", "TZ", "UG", "YT", "ZA", "ZM", "ZW",
];
const EAST_ASIA_OCEANIA: &[&str] = &[
    "AS", "AU", "CK", "CN", "FJ", "FM", "GU", "HK", "JP", "KI", "KP", "KR", "MH", "MN", "MO", "MP", "NC", "NR", "NU",
    "NZ", "PF", "PG", "PW", "SB", "TO", "TV", "TW", "VU", "WF", "WS",
];

/// The region a host country belongs to; `None` for a code the table does not know (e.g. Antarctica).
pub fn region_of(c: CountryCode) -> Option<HostRegion> {
    let code = c.as_str();
    HostRegion::ALL.iter().copied().find(|r| r.countries().contains(&code))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::FACILITIES_FULL_CSV;
    use crate::model::parse_facilities;
    use std::collections::{BTreeMap, HashSet};

    fn code(s: &str) -> CountryCode {
        CountryCode::parse(s).expect("valid code")
    }

    #[test]
    fn countries_map_to_their_region() {
        let cases = [
            ("HU", Some(HostRegion::Europe)),
            ("TR", Some(HostRegion::Europe)),
            ("RU", Some(HostRegion::Europe)),
            ("ID", Some(HostRegion::SoutheastAsia)),
            ("BR", Some(HostRegion::Americas)),
            ("US", Some(HostRegion::Americas)),
            ("MA", Some(HostRegion::MiddleEastNorthAfrica)),
            ("SA", Some(HostRegion::MiddleEastNorthAfrica)),
            ("KZ", Some(HostRegion::SouthCentralAsia)),
            ("PK", Some(HostRegion::SouthCentralAsia)),
            ("ZW", Some(HostRegion::SubSaharanAfrica)),
            ("AU", Some(HostRegion::EastAsiaOceania)),
            ("KR", Some(HostRegion::EastAsiaOceania)),
            ("AQ", None),
            ("ZZ", None),
        ];
        for (c, want) in cases {
            assert_eq!(region_of(code(c)), want, "{c}");
        }
    }

    #[test]
    fn the_table_lists_each_country_once_and_codes_round_trip() {
        let mut seen = HashSet::new();
        for r in HostRegion::ALL {
            assert_eq!(HostRegion::from_code(r.code()), Some(*r));
            assert!(r.code().chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{}", r.code());
            for c in r.countries() {
                assert!(CountryCode::parse(c).is_some(), "{c}");
                assert!(seen.insert(*c), "{c} is in two regions");
            }
        }
        assert!(seen.len() >= 235, "only {} countries", seen.len());
        assert_eq!(HostRegion::from_code("nowhere"), None);
    }

    #[test]
    fn every_host_country_in_the_data_has_a_region_with_the_expected_counts() {
        let (facilities, _) = parse_facilities("data/facilities.csv", FACILITIES_FULL_CSV);
        let mut counts: BTreeMap<HostRegion, usize> = BTreeMap::new();
        for f in &facilities {
            let r = region_of(f.host_country).unwrap_or_else(|| panic!("{}: {} has no region", f.id, f.host_country));
            *counts.entry(r).or_default() += 1;
        }
        let want = [
            (HostRegion::Europe, 46),
            (HostRegion::SoutheastAsia, 49),
            (HostRegion::Americas, 33),
            (HostRegion::MiddleEastNorthAfrica, 20),
            (HostRegion::SouthCentralAsia, 12),
            (HostRegion::SubSaharanAfrica, 17),
            (HostRegion::EastAsiaOceania, 10),
        ];
        for (r, n) in want {
            assert_eq!(counts.get(&r).copied().unwrap_or(0), n, "{r}");
        }
        assert_eq!(counts.values().sum::<usize>(), facilities.len());
    }
}
