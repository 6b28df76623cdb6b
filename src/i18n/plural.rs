//! Plural categories (CLDR) of the languages the atlas has catalogs for: which variant of a Fluent
//! select such as `{ $count -> [one] … *[other] … }` a number takes.
//!
//! Written out, not the `intl_pluralrules` crate: that crate carries the rules of every CLDR language
//! (tens of KB of wasm) and the first view has a budget. A new language whose rules are not one of these
//! needs one arm here; the catalog test fails until it has one.

/// A CLDR plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    One,
    Many,
    Other,
}

impl Category {
    pub fn key(self) -> &'static str {
        match self {
            Category::One => "one",
            Category::Many => "many",
            Category::Other => "other",
        }
    }
}

/// Whether the language's primary subtag (`en`, `pt`, `zh`) has rules here.
pub fn known(language: &str) -> bool {
    matches!(language, "en" | "pt" | "zh")
}

/// The category of `n` in `language` (primary subtag), by CLDR 44's cardinal rules. Decimals (`v > 0`)
/// are taken as written by the number itself.
pub fn category(language: &str, n: f64) -> Category {
    let i = n.abs().trunc();
    let integer = n.fract() == 0.0;
    match language {
        // one: i = 1 and v = 0
        "en" => {
            if integer && i == 1.0 {
                Category::One
            } else {
                Category::Other
            }
        }
        // one: i = 0..1; many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0
        "pt" => {
            if i <= 1.0 {
                Category::One
            } else if integer && (i as u64).is_multiple_of(1_000_000) {
                Category::Many
            } else {
                Category::Other
            }
        }
        _ => Category::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let cases: &[(&str, f64, Category)] = &[
            ("en", 1.0, Category::One),
            ("en", 0.0, Category::Other),
            ("en", 2.0, Category::Other),
            ("en", 1.5, Category::Other),
            ("pt", 0.0, Category::One),
            ("pt", 1.0, Category::One),
            ("pt", 1.5, Category::One),
            ("pt", 2.0, Category::Other),
            ("pt", 1_000_000.0, Category::Many),
            ("pt", 2_000_000.0, Category::Many),
            ("pt", 1_000_001.0, Category::Other),
            ("zh", 1.0, Category::Other),
            ("zh", 0.0, Category::Other),
        ];
        for (lang, n, want) in cases {
            assert_eq!(category(lang, *n), *want, "{lang} {n}");
        }
    }
}
