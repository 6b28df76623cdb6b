//! The words of the "Your data" panel that are more than one message: the import's headline, and a
//! sentence with links in it, cut where the reader's language puts each link.

use crate::i18n::{Arg, Catalog};
use crate::state::ImportReport;

/// "Loaded 3 facilities from mine.csv; 2 rows were rejected." / "已从mine.csv载入3处设施；2行被拒收。", or
/// that nothing was loaded.
pub fn import_headline(w: &Catalog, report: &ImportReport) -> String {
    let file = || Arg::Str(report.file.clone());
    if report.loaded == 0 {
        return w.format("import-nothing", &[("file", file())]);
    }
    let loaded = w.format("import-loaded", &[("count", Arg::from(report.loaded)), ("file", file())]);
    match report.rejected.len() {
        0 => w.format("import-done", &[("loaded", loaded.into())]),
        n => w.format("import-done-rejected", &[("loaded", loaded.into()), ("rejected", Arg::from(n))]),
    }
}

/// A piece of a sentence with links: its text, or the link of that index in the placeholders given.
#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    Text(String),
    Link(usize),
}

/// The message `id` cut at its placeholders `links` (each a link the glue draws), in the order the
/// language puts them.
pub fn with_links(w: &Catalog, id: &str, links: &[&'static str]) -> Vec<Part> {
    // Private-use characters mark each link's place; no message holds them.
    let mark = |k: usize| char::from_u32(0xE000 + k as u32).unwrap_or('\u{E000}');
    let args: Vec<(&str, Arg)> = links.iter().enumerate().map(|(k, name)| (*name, Arg::Str(mark(k).into()))).collect();
    let mut parts = Vec::new();
    let mut text = String::new();
    for c in w.format(id, &args).chars() {
        match (0..links.len()).find(|k| mark(*k) == c) {
            Some(k) => {
                if !text.is_empty() {
                    parts.push(Part::Text(std::mem::take(&mut text)));
                }
                parts.push(Part::Link(k));
            }
            None => text.push(c),
        }
    }
    if !text.is_empty() {
        parts.push(Part::Text(text));
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::catalog_for_tests as catalog;
    use crate::model::Rejected;

    fn report(loaded: usize, rejected: usize) -> ImportReport {
        let row = Rejected { line: 2, fields: vec![], problems: vec![] };
        ImportReport {
            file: "mine.csv".into(),
            loaded,
            headers: vec![],
            rejected: vec![row; rejected],
            file_problems: vec![],
        }
    }

    #[test]
    fn the_headline_in_each_language() {
        let cases = [
            ("en", report(3, 0), "Loaded 3 facilities from mine.csv."),
            ("en", report(1, 1), "Loaded 1 facility from mine.csv; 1 row was rejected."),
            ("en", report(3, 2), "Loaded 3 facilities from mine.csv; 2 rows were rejected."),
            (
                "en",
                report(0, 4),
                "Nothing was loaded from mine.csv: no row is valid. The data on screen has not changed.",
            ),
            ("zh-CN", report(3, 2), "已从mine.csv载入3处设施；2行被拒收。"),
            ("zh-CN", report(0, 4), "mine.csv中没有可载入的内容：没有一行有效。屏幕上的数据没有改变。"),
            ("pt-BR", report(1, 1), "1 fábrica carregada de mine.csv; 1 linha foi rejeitada."),
            ("pt-BR", report(1500, 2), "1.500 fábricas carregadas de mine.csv; 2 linhas foram rejeitadas."),
        ];
        for (tag, r, want) in cases {
            assert_eq!(import_headline(&catalog(tag), &r), want, "{tag}");
        }
    }

    #[test]
    fn links_stand_where_the_language_puts_them() {
        let text = |s: &str| Part::Text(s.to_owned());
        let en = with_links(&catalog("en"), "data-intro", &["builtin", "example"]);
        assert_eq!(en[0], text("Load a CSV or JSON file of facilities with the columns of "));
        assert_eq!((en[1].clone(), en[3].clone()), (Part::Link(0), Part::Link(1)));
        assert_eq!(en[2], text(" (see the "));
        for tag in ["zh-CN", "pt-BR"] {
            let parts = with_links(&catalog(tag), "data-intro", &["builtin", "example"]);
            let links: Vec<&Part> = parts.iter().filter(|p| matches!(p, Part::Link(_))).collect();
            assert_eq!(links, [&Part::Link(0), &Part::Link(1)], "{tag}");
            assert!(parts.iter().all(|p| !matches!(p, Part::Text(t) if t.contains('\u{E000}'))));
        }
    }
}
