//! The numbers a step's words state, read as the words' language writes them, and whether each is one of
//! the figures the step cites: the check that keeps an invented number out of the story, in every language.
//!
//! A number is a run of digits with the language's digit groups and decimal mark ("150,000" and "36.5" in
//! English, "150.000" and "36,5" in Portuguese), and the word after it that scales it, if any ("$16 bn",
//! "US$ 16 bi", "US$160亿", "15万辆"). Years 2014–2030, "step N" and the month or day of a Chinese date
//! ("7月", "18日") are not figures. A stated number is backed when it equals a cited value or, scaled, a
//! cited value counted in units, millions or billions: "BRL 5.5 bn", "BRL 5,5 bi" and "55亿雷亚尔" are a
//! plant's 5,500 million; "$16 bn", "US$ 16 bi" and "US$160亿" a yearly figure of 16 (billion dollars).

use crate::i18n::{numbers, Catalog};

/// Years that are dates in the story, not figures.
const YEARS: std::ops::RangeInclusive<u16> = 2014..=2030;

/// By primary language subtag: the words after a number that multiply it (what `i18n::numbers` writes for
/// money among them), and the words after a number that make it a date's month or day. A language not
/// listed reads as English.
const LANGUAGES: &[(&str, &[(&str, f64)], &[&str])] = &[
    ("en", &[("billion", 1e9), ("bn", 1e9), ("million", 1e6)], &[]),
    ("pt", &[("bilhões", 1e9), ("bilhão", 1e9), ("bi", 1e9), ("milhões", 1e6), ("milhão", 1e6), ("mi", 1e6)], &[]),
    ("zh", &[("亿", 1e8), ("万", 1e4)], &["月", "日"]),
];

/// How one language writes numbers in prose.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Reading {
    group: String,
    decimal: String,
    scales: &'static [(&'static str, f64)],
    dates: &'static [&'static str],
}

impl Reading {
    /// As the catalog's language writes numbers: its `number-group` and `number-decimal`, and its words.
    pub fn of(words: &Catalog) -> Reading {
        let (group, decimal) = numbers::marks(words);
        Reading::new(words.language(), group, decimal)
    }

    /// English, as `data/story.csv` is written.
    pub fn english() -> Reading {
        Reading::new("en", ",".to_owned(), ".".to_owned())
    }

    fn new(language: &str, group: String, decimal: String) -> Reading {
        let (_, scales, dates) = LANGUAGES.iter().find(|(l, ..)| *l == language).copied().unwrap_or(LANGUAGES[0]);
        Reading { group, decimal, scales, dates }
    }
}

/// A number a text states.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Stated {
    /// As written, without its scale word: "150,000", "11,8".
    pub written: String,
    pub value: f64,
    /// The word that scales it and by how much: ("bn", 1e9), ("亿", 1e8).
    pub scale: Option<(&'static str, f64)>,
}

impl Stated {
    /// The number with its scale word, as a problem quotes it: "99 bn", "16亿".
    pub fn said(&self) -> String {
        match self.scale {
            Some((word, _)) if spaced(word) => format!("{} {word}", self.written),
            Some((word, _)) => format!("{}{word}", self.written),
            None => self.written.clone(),
        }
    }
}

/// Whether a scale word is one of a language written with spaces (it ends where a word ends), not a
/// Chinese character (which the next character follows at once: "亿美元").
fn spaced(word: &str) -> bool {
    word.chars().all(|c| c < '\u{2E80}')
}

/// Every number `text` states as a figure, in order, read as `how` says the language writes them.
pub(super) fn stated(text: &str, how: &Reading) -> Vec<Stated> {
    let bytes = text.as_bytes();
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let mark = |i: usize, m: &str| !m.is_empty() && bytes.get(i..).is_some_and(|b| b.starts_with(m.as_bytes()));
    let (group, decimal) = (how.group.as_str(), how.decimal.as_str());
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !digit(i) {
            i += 1;
            continue;
        }
        let start = i;
        while digit(i) {
            i += 1;
        }
        let mut plain = true;
        // Read as Rust does: digits only, a '.' before the decimals.
        let mut number = text[start..i].to_owned();
        // Digit groups: the group mark and exactly three digits.
        let g = group.len();
        while mark(i, group) && (0..3).all(|k| digit(i + g + k)) && !digit(i + g + 3) {
            number.push_str(&text[i + g..i + g + 3]);
            i += g + 3;
            plain = false;
        }
        if mark(i, decimal) && digit(i + decimal.len()) {
            i += decimal.len();
            let from = i;
            while digit(i) {
                i += 1;
            }
            number.push('.');
            number.push_str(&text[from..i]);
            plain = false;
        }
        let written = &text[start..i];
        let Ok(value) = number.parse::<f64>() else { continue };
        let after = text[i..].trim_start();
        let year = plain && written.len() == 4 && written.parse::<u16>().is_ok_and(|y| YEARS.contains(&y));
        let step = text[..start].to_lowercase().ends_with("step ");
        let date = plain && (1.0..=31.0).contains(&value) && how.dates.iter().any(|d| after.starts_with(d));
        if year || step || date {
            continue;
        }
        let scale = how.scales.iter().copied().find(|(word, _)| {
            after.strip_prefix(word).is_some_and(|rest| !spaced(word) || !rest.starts_with(char::is_alphanumeric))
        });
        out.push(Stated { written: written.to_owned(), value, scale });
    }
    out
}

/// Digits a reader sees but [`stated`] does not read (full-width ones: "１６"), if `text` has any.
pub(super) fn unread(text: &str) -> Option<char> {
    text.chars().find(|c| ('０'..='９').contains(c))
}

/// Whether the number is one of `values`: as written, or, with a scale word, as an amount counted in
/// units, millions or billions.
pub(super) fn backed(n: &Stated, values: &[f64]) -> bool {
    let same = |a: f64, b: f64| (a - b).abs() <= 1e-9 * b.abs().max(1.0);
    let counted = match n.scale {
        None => vec![n.value],
        Some((_, scale)) => {
            let amount = n.value * scale;
            vec![amount, amount / 1e6, amount / 1e9]
        }
    };
    values.iter().any(|&v| counted.iter().any(|&c| same(c, v)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::catalog_for_tests;

    fn reading(tag: &str) -> Reading {
        Reading::of(&catalog_for_tests(tag))
    }

    #[test]
    fn numbers_are_found_as_each_language_writes_them() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("en", "around $16 bn abroad, just ahead of the $15 bn", &["16 bn", "15 bn"]),
            ("en", "in 2024, for the first time since 2014", &[]),
            ("en", "at 49% and 36.5%.", &["49", "36.5"]),
            ("en", "150,000 vehicles a year, 1,250 buses", &["150,000", "1,250"]),
            ("en", "in 2022, 2023 and 2024", &[]),
            ("en", "from 1999 and 2031", &["1999", "2031"]),
            ("en", "2,024 plants", &["2,024"]),
            ("en", "see step 3 and Step 9", &[]),
            ("en", "3 steps", &["3"]),
            ("en", "BRL 5.5 bn.", &["5.5 bn"]),
            ("en", "BRL 5,500 million", &["5,500 million"]),
            ("en", "12,34 and 1,2345", &["12", "34", "1", "2345"]),
            ("en", "no numbers here", &[]),
            ("en", "the 10 GWh plant, 5 bnx", &["10", "5"]),
            ("pt-BR", "cerca de US$ 16 bi no exterior, à frente dos US$ 15 bi", &["16 bi", "15 bi"]),
            ("pt-BR", "a 49% e 36,5%.", &["49", "36,5"]),
            ("pt-BR", "150.000 veículos por ano; em 2024, 74%", &["150.000", "74"]),
            ("pt-BR", "US$ 11,8 bi e BRL 5,5 bilhões; 5,5 bilionários", &["11,8 bi", "5,5 bilhões", "5,5"]),
            ("pt-BR", "US$ 978 mi, 5.500 milhões", &["978 mi", "5.500 milhões"]),
            ("pt-BR", "36.5 e 1.2345", &["36", "5", "1", "2345"]),
            ("pt-BR", "julho de 2025, em 2014", &[]),
            ("zh-CN", "约US$160亿，略高于国内的US$150亿", &["160亿", "150亿"]),
            ("zh-CN", "2025年7月投产，2024年6月18日", &[]),
            ("zh-CN", "年产能15万辆，55亿雷亚尔", &["15万", "55亿"]),
            ("zh-CN", "49%和36.5%；150,000辆", &["49", "36.5", "150,000"]),
            ("zh-CN", "10年，第3季度", &["10", "3"]),
        ];
        for (tag, text, want) in cases {
            let got: Vec<String> = stated(text, &reading(tag)).iter().map(Stated::said).collect();
            assert_eq!(got, *want, "{tag}: {text}");
        }
        assert_eq!(Reading::english(), reading("en"), "the file's English reads as the English catalog");
        assert_eq!(unread("１６亿"), Some('１'));
        assert_eq!(unread("16亿"), None);
    }

    #[test]
    fn a_number_is_backed_only_by_a_cited_value() {
        let values = [16.0, 36.5, 5500.0, 150000.0, 2163.4];
        let cases = [
            ("en", "$16 bn", true),
            ("en", "36.5%", true),
            ("en", "BRL 5.5 bn", true),
            ("en", "BRL 5.5 billion", true),
            ("en", "5,500 million", true),
            ("en", "150,000 vehicles", true),
            ("en", "150 bn", true),
            ("en", "150 plants", false),
            ("en", "5.5 bnx", false),
            ("en", "$99 bn", false),
            ("en", "$2.1634 bn", true),
            ("en", "$2.2 bn", false),
            ("en", "17", false),
            ("pt-BR", "US$ 16 bi", true),
            ("pt-BR", "36,5%", true),
            ("pt-BR", "BRL 5,5 bi", true),
            ("pt-BR", "150.000 veículos", true),
            ("pt-BR", "US$ 17 bi", false),
            ("zh-CN", "US$160亿", true),
            ("zh-CN", "55亿雷亚尔", true),
            ("zh-CN", "15万辆", true),
            ("zh-CN", "36.5%", true),
            // The classic slip of 亿 = 10⁸: sixteen billion is 160亿, not 16亿.
            ("zh-CN", "US$16亿", false),
            ("zh-CN", "16万", false),
        ];
        for (tag, text, want) in cases {
            let found = stated(text, &reading(tag));
            assert_eq!(found.len(), 1, "{tag}: {text}");
            assert_eq!(backed(&found[0], &values), want, "{tag}: {text}");
        }
        assert!(!backed(&Stated { written: "1".into(), value: 1.0, scale: None }, &[]));
    }

    /// What `i18n::numbers` writes in each language reads back as the value it wrote: the story's words
    /// and the charts agree.
    #[test]
    fn what_the_atlas_writes_reads_back() {
        for tag in ["en", "zh-CN", "pt-BR"] {
            let c = catalog_for_tests(tag);
            let how = Reading::of(&c);
            let cases: &[(String, f64)] = &[
                (numbers::usd_bn(&c, 16.0), 16.0),
                (numbers::usd_bn(&c, 11.8), 11.8),
                (numbers::usd_bn(&c, 1.6), 1.6),
                (numbers::usd_millions(&c, 950.0), 950.0),
                (numbers::millions_of(&c, "BRL", 5500.0), 5500.0),
                (numbers::grouped(&c, 150_000.0), 150_000.0),
                (numbers::decimal(&c, 36.5, 1), 36.5),
            ];
            for (text, value) in cases {
                let found = stated(text, &how);
                assert_eq!(found.len(), 1, "{tag}: {text}");
                assert!(backed(&found[0], &[*value]), "{tag}: {text} is not read as {value}");
            }
        }
    }
}
