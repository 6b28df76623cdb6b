//! What `step=` in an address means for the story: a step, or the nearest one and a notice naming the
//! parameter. The value itself is read once, by `state::url_state` (a value that is not a step number gets
//! its notice there, and is no step); here it is only held against the story's length.

use crate::i18n::{Arg, Message};

/// The step an address's `step` (as `url_state` read it) shows among `len` steps: `(n, None)` for a step
/// in `1..=len`; otherwise the nearest step and a notice, said in the reader's language. No step is step 1
/// without a notice. A story with no steps gives `(0, notice)`.
pub fn step_of(step: Option<u32>, len: usize) -> (usize, Option<Message>) {
    if len == 0 {
        return (0, Some(Message::new("story-no-steps", vec![])));
    }
    // A u32 always fits a usize on the targets the atlas builds for; one that did not is past the end.
    match step.map(|s| usize::try_from(s).unwrap_or(usize::MAX)) {
        None => (1, None),
        Some(0) => (1, Some(Message::new("story-step-before", vec![]))),
        Some(n) if n > len => {
            // As the address writes them: digits, never grouped.
            let args = vec![("step", Arg::Str(n.to_string())), ("last", Arg::Str(len.to_string()))];
            (len, Some(Message::new("story-step-past", args)))
        }
        Some(n) => (n, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_step_value() {
        let cases: &[(Option<u32>, usize, usize, Option<&str>)] = &[
            (None, 9, 1, None),
            (Some(1), 9, 1, None),
            (Some(3), 9, 3, None),
            (Some(9), 9, 9, None),
            (Some(0), 9, 1, Some("step=0 is before the first step; showing step 1")),
            (Some(99), 9, 9, Some("step=99 is past the last step (9); showing step 9")),
            (Some(u32::MAX), 9, 9, Some("step=4294967295 is past the last step (9); showing step 9")),
            (Some(2), 1, 1, Some("step=2 is past the last step (1); showing step 1")),
            (Some(1), 0, 0, Some("the story has no steps")),
        ];
        let en = crate::i18n::english();
        for &(step, len, n, notice) in cases {
            let (got, said) = step_of(step, len);
            assert_eq!((got, said.map(|m| m.say(&en))), (n, notice.map(str::to_owned)), "{step:?} of {len}");
        }
    }
}
