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

/// A row that was left out: its fields as they were, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Rejected {
    pub line: u64,
    pub fields: Vec<String>,
    pub problems: Vec<Problem>,
}
