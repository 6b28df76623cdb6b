//! A problem found while reading a data file: which file, which line, which field, and what is wrong.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// The row as a spreadsheet numbers it: the 1-based line where the row starts (the header is row 1).
    /// For JSON, the 1-based position of the object in the list.
    pub line: u64,
    /// The column, when the problem concerns one field.
    pub field: Option<String>,
    pub message: String,
}

impl Problem {
    pub fn new(file: &str, line: u64, field: Option<&str>, message: impl Into<String>) -> Self {
        Self { file: file.to_owned(), line, field: field.map(str::to_owned), message: message.into() }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, row {}", self.file, self.line)?;
        if let Some(field) = &self.field {
            write!(f, ", column {field}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl Problem {
    /// The problem in the reader's language: where it is (`problem-row`, `problem-row-column`) and what
    /// is wrong.
    pub fn say(&self, words: &crate::i18n::Catalog) -> String {
        let mut args = vec![
            ("file", self.file.as_str().into()),
            ("row", crate::i18n::Arg::Str(self.line.to_string())),
            ("what", self.message.as_str().into()),
        ];
        match &self.field {
            Some(field) => {
                args.push(("column", field.as_str().into()));
                words.format("problem-row-column", &args)
            }
            None => words.format("problem-row", &args),
        }
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

    #[test]
    fn a_problem_is_said_where_it_is_in_each_language() {
        let with = Problem::new("mine.csv", 4, Some("status"), "'soon' is not one of announced");
        let without = Problem::new("mine.csv", 1, None, "the file is empty");
        let en = crate::i18n::catalog_for_tests("en");
        for p in [&with, &without] {
            assert_eq!(p.say(&en), p.to_string(), "the English is Display's");
        }
        let cases = [
            ("zh-CN", &with, "mine.csv，第4行，status列："),
            ("pt-BR", &with, "mine.csv, linha 4, coluna status: "),
            ("pt-BR", &without, "mine.csv, linha 1: "),
        ];
        for (tag, p, want) in cases {
            let said = p.say(&crate::i18n::catalog_for_tests(tag));
            assert!(said.starts_with(want), "{tag}: {said}");
        }
    }
}
