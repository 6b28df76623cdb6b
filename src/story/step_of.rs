//! What `step=` in an address means: a step of the story, or the nearest one and a notice naming the
//! parameter.

/// How much of a bad value a notice quotes.
const QUOTE_CHARS: usize = 40;

/// The step `raw` (the value of `step=`, if any) asks for among `len` steps: `(n, None)` for a step in
/// `1..=len`; otherwise the nearest step and a notice. No value, or an empty one, is step 1 without a
/// notice (as `url_state` ignores empty values). A story with no steps gives `(0, notice)`.
pub fn step_of(raw: Option<&str>, len: usize) -> (usize, Option<String>) {
    let raw = raw.unwrap_or("");
    if len == 0 {
        return (0, Some("the story has no steps".to_owned()));
    }
    if raw.is_empty() {
        return (1, None);
    }
    let shown: String = raw.chars().take(QUOTE_CHARS).collect();
    let shown = if shown.len() < raw.len() { format!("{shown}…") } else { shown };
    let digits = raw.strip_prefix(['-', '+']).unwrap_or(raw);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return (1, Some(format!("step={shown} is not a step number (1–{len}); showing step 1")));
    }
    let negative = raw.starts_with('-') && digits.bytes().any(|b| b != b'0');
    // All digits: a number too large for usize is past the last step too.
    let n = digits.parse::<usize>().unwrap_or(usize::MAX);
    if negative || n == 0 {
        (1, Some(format!("step={shown} is before the first step; showing step 1")))
    } else if n > len {
        (len, Some(format!("step={shown} is past the last step ({len}); showing step {len}")))
    } else {
        (n, None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_step_value() {
        let long = "x".repeat(50);
        let long_notice = format!("step={}… is not a step number (1–9); showing step 1", "x".repeat(40));
        let cases: &[(Option<&str>, usize, usize, Option<&str>)] = &[
            (None, 9, 1, None),
            (Some(""), 9, 1, None),
            (Some("1"), 9, 1, None),
            (Some("3"), 9, 3, None),
            (Some("9"), 9, 9, None),
            (Some("03"), 9, 3, None),
            (Some("0"), 9, 1, Some("step=0 is before the first step; showing step 1")),
            (Some("-1"), 9, 1, Some("step=-1 is before the first step; showing step 1")),
            (Some("99"), 9, 9, Some("step=99 is past the last step (9); showing step 9")),
            (
                Some("99999999999999999999999"),
                9,
                9,
                Some("step=99999999999999999999999 is past the last step (9); showing step 9"),
            ),
            (Some("abc"), 9, 1, Some("step=abc is not a step number (1–9); showing step 1")),
            (Some("2.5"), 9, 1, Some("step=2.5 is not a step number (1–9); showing step 1")),
            (Some("-"), 9, 1, Some("step=- is not a step number (1–9); showing step 1")),
            (Some(&long), 9, 1, Some(&long_notice)),
            (Some("2"), 1, 1, Some("step=2 is past the last step (1); showing step 1")),
            (Some("1"), 0, 0, Some("the story has no steps")),
        ];
        for &(raw, len, n, notice) in cases {
            assert_eq!(step_of(raw, len), (n, notice.map(str::to_owned)), "{raw:?} of {len}");
        }
    }
}
