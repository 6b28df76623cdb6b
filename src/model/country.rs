//! Host countries' names, by ISO 3166-1 alpha-2 code.

use super::CountryCode;

/// English short names of the countries that host plants (and of some that may), by ISO alpha-2 code.
const COUNTRY_NAMES: &[(&str, &str)] = &[
    ("AE", "UAE"),
    ("AR", "Argentina"),
    ("AT", "Austria"),
    ("AU", "Australia"),
    ("BD", "Bangladesh"),
    ("BE", "Belgium"),
    ("BG", "Bulgaria"),
    ("BO", "Bolivia"),
    ("BR", "Brazil"),
    ("BY", "Belarus"),
    ("CA", "Canada"),
    ("CD", "DR Congo"),
    ("CH", "Switzerland"),
    ("CL", "Chile"),
    ("CO", "Colombia"),
    ("CZ", "Czechia"),
    ("DE", "Germany"),
    ("DK", "Denmark"),
    ("DZ", "Algeria"),
    ("EC", "Ecuador"),
    ("EG", "Egypt"),
    ("ES", "Spain"),
    ("ET", "Ethiopia"),
    ("FI", "Finland"),
    ("FR", "France"),
    ("GB", "United Kingdom"),
    ("GH", "Ghana"),
    ("GR", "Greece"),
    ("HK", "Hong Kong"),
    ("HR", "Croatia"),
    ("HU", "Hungary"),
    ("ID", "Indonesia"),
    ("IE", "Ireland"),
    ("IL", "Israel"),
    ("IN", "India"),
    ("IQ", "Iraq"),
    ("IR", "Iran"),
    ("IT", "Italy"),
    ("JO", "Jordan"),
    ("JP", "Japan"),
    ("KE", "Kenya"),
    ("KH", "Cambodia"),
    ("KR", "South Korea"),
    ("KZ", "Kazakhstan"),
    ("LA", "Laos"),
    ("LK", "Sri Lanka"),
    ("MA", "Morocco"),
    ("ML", "Mali"),
    ("MM", "Myanmar"),
    ("MN", "Mongolia"),
    ("MX", "Mexico"),
    ("MY", "Malaysia"),
    ("NA", "Namibia"),
    ("NG", "Nigeria"),
    ("NL", "Netherlands"),
    ("NO", "Norway"),
    ("NZ", "New Zealand"),
    ("OM", "Oman"),
    ("PE", "Peru"),
    ("PH", "Philippines"),
    ("PK", "Pakistan"),
    ("PL", "Poland"),
    ("PT", "Portugal"),
    ("QA", "Qatar"),
    ("RO", "Romania"),
    ("RS", "Serbia"),
    ("RU", "Russia"),
    ("SA", "Saudi Arabia"),
    ("SE", "Sweden"),
    ("SG", "Singapore"),
    ("SI", "Slovenia"),
    ("SK", "Slovakia"),
    ("TH", "Thailand"),
    ("TN", "Tunisia"),
    ("TR", "Türkiye"),
    ("TW", "Taiwan"),
    ("TZ", "Tanzania"),
    ("UA", "Ukraine"),
    ("US", "United States"),
    ("UY", "Uruguay"),
    ("UZ", "Uzbekistan"),
    ("VN", "Vietnam"),
    ("ZA", "South Africa"),
    ("ZM", "Zambia"),
    ("ZW", "Zimbabwe"),
];

/// A country's English short name, if the table has it.
pub fn country_name(code: CountryCode) -> Option<&'static str> {
    COUNTRY_NAMES.iter().find(|(c, _)| *c == code.as_str()).map(|(_, n)| *n)
}

/// A country's name, or its code when the table does not have it.
pub fn country_label(code: CountryCode) -> String {
    country_name(code).map_or_else(|| code.to_string(), str::to_owned)
}

/// A country's name in the reader's language (`country-<code>` in the catalog), else its English short
/// name, else its code.
pub fn country_in(words: &crate::i18n::Catalog, code: CountryCode) -> String {
    let id = format!("country-{}", code.as_str());
    if words.has(&id) {
        words.text(&id)
    } else {
        country_label(code)
    }
}

/// Every country name a reader may search by: each English short name of the table, and each
/// `country-<code>` of `words`, the reader's catalog (a code may come twice, by two names).
pub fn names(words: &crate::i18n::Catalog) -> impl Iterator<Item = (CountryCode, String)> + '_ {
    let english = COUNTRY_NAMES.iter().filter_map(|(c, n)| Some((CountryCode::parse(c)?, (*n).to_owned())));
    let translated = words
        .ids()
        .filter_map(|id| Some((id, CountryCode::parse(id.strip_prefix("country-")?)?)))
        .map(|(id, code)| (code, words.text(id)));
    english.chain(translated)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::i18n::catalog_for_tests as catalog;

    #[test]
    fn every_host_country_of_the_data_has_a_name_in_every_language() {
        let (data, _) = crate::data::builtin();
        for (tag, _) in crate::i18n::lang::ALL {
            let words = catalog(tag);
            for f in &data.facilities {
                let id = format!("country-{}", f.host_country.as_str());
                assert!(words.has(&id), "{tag}: {id} ({})", f.id);
            }
        }
    }

    #[test]
    fn names_follow_the_language_and_fall_back_to_english_then_the_code() {
        let code = |s: &str| CountryCode::parse(s).expect("code");
        let cases = [
            ("en", "HU", "Hungary"),
            ("zh-CN", "HU", "匈牙利"),
            ("pt-BR", "HU", "Hungria"),
            ("zh-CN", "DE", "德国"),
            ("pt-BR", "US", "Estados Unidos"),
            // Not in the data: English short name, then the code.
            ("pt-BR", "NZ", "New Zealand"),
            ("zh-CN", "XK", "XK"),
        ];
        for (tag, c, want) in cases {
            assert_eq!(country_in(&catalog(tag), code(c)), want, "{tag} {c}");
        }
    }
}
