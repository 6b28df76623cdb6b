//! The URL fragment (`#focus=F014`): what a link asks the atlas to show. Unknown keys are left alone.

use super::percent::{self, Unreadable};

/// The value of `key` in a fragment such as `#focus=F014&view=map`, percent-decoded by the one rule of
/// [`percent::decode`] (`+` stays a plus), or why it could not be.
pub fn get(fragment: &str, key: &str) -> Option<Result<String, Unreadable>> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| percent::decode(v, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let cases: &[(&str, &str, Option<Result<&str, Unreadable>>)] = &[
            ("#focus=F014", "focus", Some(Ok("F014"))),
            ("focus=F014&view=map", "view", Some(Ok("map"))),
            ("#view=map&focus=F%30%31", "focus", Some(Ok("F01"))),
            ("#focus=F+1", "focus", Some(Ok("F+1"))),
            ("#focus=%zz", "focus", Some(Err(Unreadable::Escape))),
            ("#focus=%4", "focus", Some(Err(Unreadable::Escape))),
            ("#", "focus", None),
            ("", "focus", None),
            ("#focusF014", "focus", None),
        ];
        for (fragment, key, want) in cases {
            let got = get(fragment, key);
            assert_eq!(got.as_ref().map(|r| r.as_deref().map_err(|e| *e)), *want, "{fragment} {key}");
        }
    }
}
