//! A problem found while reading a data file: which file, which line, which field, and what is wrong (a
//! message, said in the reader's language wherever the problem is shown).

use crate::i18n::{Catalog, Message};

#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub file: String,
    /// The row as a spreadsheet numbers it: the 1-based line where the row starts (the header is row 1).
    /// For JSON, the 1-based position of the object in the list.
    pub line: u64,
    /// The column, when the problem concerns one field.
    pub field: Option<String>,
    /// What is wrong: a `parse-*` message of the catalogs (values from the file as its arguments).
    pub message: Message,
}

impl Problem {
    pub fn new(file: &str, line: u64, field: Option<&str>, message: Message) -> Self {
        Self { file: file.to_owned(), line, field: field.map(str::to_owned), message }
    }

    /// The problem in the reader's language: where it is (`problem-row`, `problem-row-column`, the row
    /// written as the language writes numbers: "row 1,204", "linha 1.204") and what is wrong. Native
    /// tools print it with `i18n::english()`.
    pub fn say(&self, words: &Catalog) -> String {
        self.placed(words, self.message.say(words))
    }

    #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
    fn placed(&self, words: &Catalog, what: String) -> String {
        use crate::i18n::Arg;
        let mut args =
            vec![("file", Arg::from(self.file.as_str())), ("row", Arg::Num(self.line as f64)), ("what", what.into())];
        let id = match &self.field {
            Some(field) => {
                args.push(("column", field.as_str().into()));
                "problem-row-column"
            }
            None => "problem-row",
        };
        words.format(id, &args)
    }

    /// The first view's catalog (its own group of English) has neither `problem-row` message, and its
    /// only problems are rows of the built-in data (`data::builtin`, no column): said in English.
    #[cfg(not(any(feature = "atlas", not(target_arch = "wasm32"))))]
    fn placed(&self, _: &Catalog, what: String) -> String {
        format!("{}, row {}: {what}", self.file, self.line)
    }
}

/// A row that was left out: its fields as they were, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Rejected {
    pub line: u64,
    pub fields: Vec<String>,
    pub problems: Vec<Problem>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{catalog_for_tests as catalog, Arg};

    #[test]
    fn a_problem_is_said_where_it_is_in_each_language() {
        let value = |v: &str| vec![("value", Arg::from(v)), ("expected", "announced, operational".into())];
        let with = Problem::new("mine.csv", 4, Some("status"), Message::new("parse-not-one-of", value("soon")));
        let without = Problem::new("mine.csv", 1, None, Message::new("parse-file-empty", vec![]));
        let far = Problem::new("mine.csv", 1204, Some("latitude"), Message::new("parse-required", vec![]));
        let cases = [
            ("en", &with, "mine.csv, row 4, column status: 'soon' is not one of announced, operational"),
            ("en", &without, "mine.csv, row 1: the file is empty"),
            ("en", &far, "mine.csv, row 1,204, column latitude: is empty, but a value is required"),
            ("zh-CN", &with, "mine.csv，第4行，status列：“soon”不是以下之一：announced, operational"),
            ("zh-CN", &without, "mine.csv，第1行：文件为空"),
            (
                "pt-BR",
                &with,
                "mine.csv, linha 4, coluna status: 'soon' não é um dos valores aceitos: announced, operational",
            ),
            ("pt-BR", &without, "mine.csv, linha 1: o arquivo está vazio"),
            ("pt-BR", &far, "mine.csv, linha 1.204, coluna latitude: está vazio, mas é obrigatório"),
        ];
        for (tag, p, want) in cases {
            assert_eq!(p.say(&catalog(tag)), want, "{tag}");
        }
    }
}
