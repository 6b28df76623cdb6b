//! Which language the reader gets: the address's `lang=`, else the first of the browser's languages the
//! atlas has a catalog for, else English. The languages are the catalogs in `i18n/` (build.rs lists them).

/// A language the atlas has a catalog for.
#[derive(Debug, PartialEq, Eq)]
pub struct Language {
    /// Its BCP 47 tag, the catalog's file name: "pt-BR".
    pub tag: &'static str,
    /// Its name in itself (the catalog's `language-name`): "Português (Brasil)".
    pub name: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// One of [`LANGUAGES`].
pub type Lang = &'static Language;

/// English: the language of the compiled-in catalog, and the one used when no other fits.
pub fn english() -> Lang {
    &LANGUAGES[0]
}

/// The language of exactly this tag (any case): "zh-cn" → 简体中文.
pub fn find(tag: &str) -> Option<Lang> {
    LANGUAGES.iter().find(|l| l.tag.eq_ignore_ascii_case(tag))
}

/// Whether a reader who asks for `wanted` (a browser's language: "pt-PT", "zh-Hans-CN") reads `lang`:
/// the same primary language, but for Chinese written in traditional characters, which a catalog of
/// simplified Chinese does not serve.
fn serves(lang: Lang, wanted: &str) -> bool {
    let wanted = wanted.to_ascii_lowercase();
    let primary = |t: &str| t.split(['-', '_']).next().unwrap_or_default().to_owned();
    let traditional = |t: &str| ["hant", "tw", "hk", "mo"].iter().any(|s| t.split(['-', '_']).skip(1).any(|p| p == *s));
    primary(&wanted) == primary(&lang.tag.to_ascii_lowercase())
        && traditional(&wanted) == traditional(&lang.tag.to_ascii_lowercase())
}

/// The reader's language, and the address's `lang=` value if it names none the atlas has.
#[derive(Debug, PartialEq, Eq)]
pub struct Choice {
    pub lang: Lang,
    pub unknown: Option<String>,
}

/// From the address's `lang=` (`asked`) and the browser's languages, best first.
pub fn choose(asked: Option<&str>, browser: &[String]) -> Choice {
    match asked.filter(|a| !a.is_empty()) {
        Some(a) => match find(a).or_else(|| LANGUAGES.iter().find(|l| serves(l, a))) {
            Some(lang) => Choice { lang, unknown: None },
            None => Choice { lang: english(), unknown: Some(a.to_owned()) },
        },
        None => Choice {
            lang: browser
                .iter()
                .find_map(|b| find(b).or_else(|| LANGUAGES.iter().find(|l| serves(l, b))))
                .unwrap_or(english()),
            unknown: None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let s = |v: &[&str]| v.iter().map(|x| (*x).to_owned()).collect::<Vec<_>>();
        let cases: &[(Option<&str>, Vec<String>, &str, Option<&str>)] = &[
            (None, s(&[]), "en", None),
            (None, s(&["pt-BR", "en"]), "pt-BR", None),
            (None, s(&["pt-PT"]), "pt-BR", None),
            (None, s(&["zh-CN"]), "zh-CN", None),
            (None, s(&["zh"]), "zh-CN", None),
            (None, s(&["zh-Hans-CN"]), "zh-CN", None),
            (None, s(&["zh-TW", "en-GB"]), "en", None),
            (None, s(&["de-DE", "fr", "pt"]), "pt-BR", None),
            (None, s(&["de-DE"]), "en", None),
            (Some("zh-cn"), s(&["pt-BR"]), "zh-CN", None),
            (Some("pt"), s(&[]), "pt-BR", None),
            (Some("en"), s(&["zh-CN"]), "en", None),
            (Some("xx"), s(&["zh-CN"]), "en", Some("xx")),
            (Some("zh-TW"), s(&[]), "en", Some("zh-TW")),
            (Some(""), s(&["pt-BR"]), "pt-BR", None),
        ];
        for (asked, browser, tag, unknown) in cases {
            let c = choose(*asked, browser);
            assert_eq!((c.lang.tag, c.unknown.as_deref()), (*tag, *unknown), "{asked:?} {browser:?}");
        }
        assert_eq!(english().tag, "en");
    }
}
