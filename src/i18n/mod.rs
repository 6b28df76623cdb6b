//! The reader's language: the message catalogs (`i18n/<tag>.ftl`, Fluent syntax, one file per
//! language), how a language is chosen, and numbers, money and dates as each language writes them.
//!
//! English is compiled into both modules (the first view only its first-view group, see [`FIRST_VIEW_EN`]);
//! every other catalog is a file of the build, fetched when a reader asks for its language.

pub mod catalog;
pub mod lang;
pub mod numbers;
pub mod plural;

pub use catalog::{Arg, Catalog};
pub use lang::Lang;

/// The English catalog, whole: the full atlas's and the tests'.
#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
pub const EN: &str = include_str!("../../i18n/en.ftl");

/// The English catalog's first-view group (up to the line `## Full atlas`): what the first view
/// compiles in, so its bytes hold no text only the full atlas shows.
pub const FIRST_VIEW_EN: &str = include_str!(concat!(env!("OUT_DIR"), "/en-first.ftl"));

/// The compiled-in English catalog: the first view's group in the first view, the whole elsewhere.
pub fn english() -> Catalog {
    #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
    let text = EN;
    #[cfg(not(any(feature = "atlas", not(target_arch = "wasm32"))))]
    let text = FIRST_VIEW_EN;
    Catalog::parse("en", text).0
}

/// The catalog of `tag` as the build lists it, for the tests of every module whose words are in the
/// catalogs; a tag the build has no catalog for fails the test.
#[cfg(test)]
pub(crate) fn catalog_for_tests(tag: &str) -> Catalog {
    let text = lang::ALL.iter().find(|(t, _)| *t == tag).map(|(_, text)| *text);
    Catalog::parse(tag, text.unwrap_or_else(|| panic!("no catalog {tag}"))).0
}

/// Something to say, in whichever language is the reader's when it is shown: a message's id and its
/// arguments, or (for text that comes from elsewhere, such as a parser's report) plain text.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(id: &'static str, args: Vec<(&'static str, Arg)>) -> Message {
        Message { id, args }
    }

    /// Text said as it is (the `plain` message is only its `$text`).
    pub fn plain(text: String) -> Message {
        Message { id: "plain", args: vec![("text", Arg::Str(text))] }
    }

    pub fn say(&self, words: &Catalog) -> String {
        words.format(self.id, &self.args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first view's copy of English (comments and blank lines left out by build.rs) reads, message for
    /// message, as the whole catalog does, and holds every message before `## Full atlas`.
    #[test]
    fn the_first_view_group_reads_as_the_whole_english_catalog() {
        let (first, problems) = Catalog::parse("en", FIRST_VIEW_EN);
        assert!(problems.is_empty(), "{problems:?}");
        assert!(!FIRST_VIEW_EN.lines().any(|l| l.is_empty() || l.starts_with('#')));
        let whole = Catalog::parse("en", EN).0;
        let group = EN.split("\n## Full atlas").next().unwrap_or_default();
        let ids: Vec<&str> = group
            .lines()
            .filter_map(|l| l.split_once(" = ").map(|(id, _)| id))
            .filter(|id| !id.starts_with([' ', '#']))
            .collect();
        assert!(ids.len() > 100, "{} messages", ids.len());
        let args = [("count", Arg::Num(3.0)), ("value", "v".into()), ("year", "2024".into())];
        for id in ids {
            assert!(first.has(id), "{id} is missing from the first view");
            assert_eq!(first.format(id, &args), whole.format(id, &args), "{id}");
        }
    }
}
