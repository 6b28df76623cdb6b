//! Working notes that must not reach a reader: to-do words, links, paths and file names.

/// Words and marks that only a note to the authors has (matched without regard to case).
const WORDS: &[&str] = &["fixme", "tbd", "xxx", "verify", "brief", "note:", "scratch", "(?)", "??", "http", "www."];
/// Notes that are also words of a language the story is told in ("todo o investimento" in Portuguese):
/// matched only as a note writes them.
const NOTES: &[&str] = &["TODO", "todo:", "Todo:"];
/// Path beginnings.
const PATHS: &[&str] = &["/work", "/tmp", "/home", "/shared", "~/", "./", "src/", "data/"];
/// File endings.
const FILES: &[&str] = &[".csv", ".md", ".rs", ".json", ".py", ".sh", ".txt"];

/// Why `text` reads like a working note, if it does.
pub(super) fn working_note(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    let note = NOTES.iter().find(|w| text.contains(**w)).map(|w| w.to_lowercase());
    if let Some(w) = note.or_else(|| WORDS.iter().chain(PATHS).find(|w| lower.contains(**w)).map(|w| (*w).to_owned())) {
        return Some(format!("contains '{w}', a working note: reader-facing text has no notes, links or paths"));
    }
    let words = lower.split(|c: char| c.is_whitespace() || "()[],;:'\"".contains(c));
    if let Some(w) = words.map(|w| w.trim_end_matches(['.', '!', '?'])).find(|w| FILES.iter().any(|e| w.ends_with(e))) {
        return Some(format!("names a file ('{w}'): reader-facing text has no notes, links or paths"));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_are_caught_and_prose_is_not() {
        let cases: &[(&str, Option<&str>)] = &[
            ("BYD began production in July 2025.", None),
            ("Where no source gives a figure, the atlas says so.", None),
            ("Plans are not plants: only 25% were finished.", None),
            ("TODO: check the date", Some("'todo'")),
            ("todo: check the date", Some("'todo:'")),
            ("the TODO list", Some("'todo'")),
            ("31% de todo o investimento direto", None),
            ("(verify this)", Some("'verify'")),
            ("as the brief says", Some("'brief'")),
            ("see https://rhg.com", Some("'http'")),
            ("from /work/shared/reference", Some("'/work'")),
            ("in data/aggregates.csv", Some("'data/'")),
            ("see SOURCES.md.", Some("names a file ('sources.md')")),
            ("a figure (?)", Some("'(?)'")),
        ];
        for (text, want) in cases {
            let got = working_note(text);
            match want {
                None => assert_eq!(got, None, "{text}"),
                Some(words) => assert!(got.as_deref().is_some_and(|g| g.contains(words)), "{text}: {got:?}"),
            }
        }
    }
}
