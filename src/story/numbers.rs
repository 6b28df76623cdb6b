//! The numbers a step's words state, and whether each is one of the figures the step cites: the check
//! that keeps an invented number out of the story.
//!
//! A number is a run of digits, with thousands commas ("150,000") and a decimal part ("36.5"). Years
//! 2014–2030 and "step N" are not figures. A stated number is backed when it equals a cited value or, when
//! "bn" or "billion" follows it, a cited value in millions ("BRL 5.5 bn" for a plant's 5,500 million).

/// Years that are dates in the story, not figures.
const YEARS: std::ops::RangeInclusive<u16> = 2014..=2030;

/// A number a text states.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Stated {
    /// As written: "150,000".
    pub written: String,
    pub value: f64,
    /// "bn" or "billion" follows it.
    pub billions: bool,
}

/// Every number `text` states as a figure, in order.
pub(super) fn stated(text: &str) -> Vec<Stated> {
    let bytes = text.as_bytes();
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
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
        // Thousands groups: a comma and exactly three digits.
        while bytes.get(i) == Some(&b',') && (1..=3).all(|k| digit(i + k)) && !digit(i + 4) {
            i += 4;
            plain = false;
        }
        if bytes.get(i) == Some(&b'.') && digit(i + 1) {
            i += 1;
            while digit(i) {
                i += 1;
            }
            plain = false;
        }
        let written = &text[start..i];
        let year = plain && written.len() == 4 && written.parse::<u16>().is_ok_and(|y| YEARS.contains(&y));
        let step = text[..start].to_lowercase().ends_with("step ");
        if !year && !step {
            let after = text[i..].trim_start();
            let billions = ["bn", "billion"]
                .iter()
                .any(|w| after.strip_prefix(w).is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric())));
            if let Ok(value) = written.replace(',', "").parse::<f64>() {
                out.push(Stated { written: written.to_owned(), value, billions });
            }
        }
    }
    out
}

/// Whether the number is one of `values`: as written, or, for billions, a value in millions.
pub(super) fn backed(n: &Stated, values: &[f64]) -> bool {
    let same = |a: f64, b: f64| (a - b).abs() <= 1e-9 * b.abs().max(1.0);
    values.iter().any(|&v| same(n.value, v) || (n.billions && same(n.value * 1000.0, v)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_found_as_written() {
        let cases: &[(&str, &[&str])] = &[
            ("around $16 bn abroad, just ahead of the $15 bn", &["16", "15"]),
            ("in 2024, for the first time since 2014", &[]),
            ("at 49% and 36.5%.", &["49", "36.5"]),
            ("150,000 vehicles a year, 1,250 buses", &["150,000", "1,250"]),
            ("in 2022, 2023 and 2024", &[]),
            ("from 1999 and 2031", &["1999", "2031"]),
            ("2,024 plants", &["2,024"]),
            ("see step 3 and Step 9", &[]),
            ("3 steps", &["3"]),
            ("BRL 5.5 bn.", &["5.5"]),
            ("12,34 and 1,2345", &["12", "34", "1", "2345"]),
            ("no numbers here", &[]),
            ("the 10 GWh plant", &["10"]),
        ];
        for (text, want) in cases {
            let got: Vec<String> = stated(text).into_iter().map(|n| n.written).collect();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn a_number_is_backed_only_by_a_cited_value() {
        let values = [16.0, 36.5, 5500.0, 150000.0, 2163.4];
        let cases = [
            ("$16 bn", true),
            ("36.5%", true),
            ("BRL 5.5 bn", true),
            ("BRL 5.5 billion", true),
            ("5,500 million", true),
            ("150,000 vehicles", true),
            ("150 bn", true),
            ("150 plants", false),
            ("5.5 bnx", false),
            ("$99 bn", false),
            ("$2.1634 bn", true),
            ("$2.2 bn", false),
            ("17", false),
        ];
        for (text, want) in cases {
            let found = stated(text);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(backed(&found[0], &values), want, "{text}");
        }
        assert!(!backed(&Stated { written: "1".into(), value: 1.0, billions: false }, &[]));
    }
}
