//! Turning a file a reader drops on the page into text we can parse, or a clear reason why not.

use std::fmt;

use crate::i18n::{Arg, Message};

/// Files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// What a file holds, judged from its name and its first characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
}

/// Why a file cannot be read at all. Nothing is loaded and nothing changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    Empty,
    TooLarge { bytes: u64 },
    Utf16,
    NotUtf8 { offset: usize },
    Binary,
    UnknownFormat { name: String },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Empty => f.write_str("The file is empty: there is nothing to load."),
            InputError::TooLarge { bytes } => write!(
                f,
                "The file is too large ({:.1} MB; the limit is {} MB). Split it or remove columns you do not need.",
                *bytes as f64 / 1_048_576.0,
                MAX_FILE_BYTES / 1_048_576
            ),
            InputError::Utf16 => f.write_str("The file is in UTF-16. Save it as UTF-8 (in Excel: \"CSV UTF-8\") and load it again."),
            InputError::NotUtf8 { offset } => write!(
                f,
                "The file is not UTF-8 text (the first bad byte is at position {offset}). Save it as UTF-8 (in Excel: \"CSV UTF-8\") and load it again."
            ),
            InputError::Binary => f.write_str("This is not a text file. Load a CSV or JSON file of facilities."),
            InputError::UnknownFormat { name } => write!(
                f,
                "\"{name}\" does not look like CSV or JSON. Load a .csv or .json file with the columns of the built-in data."
            ),
        }
    }
}

impl InputError {
    /// What to tell the reader, in their language (`input-…` in the catalogs; `Display` is the English).
    pub fn message(&self) -> Message {
        let mb = |bytes: u64| Arg::Str(crate::format::trim_decimals(bytes as f64 / 1_048_576.0, 1));
        match self {
            InputError::Empty => Message::new("input-empty", vec![]),
            InputError::TooLarge { bytes } => Message::new(
                "input-too-large",
                vec![("size", mb(*bytes)), ("limit", Arg::from(MAX_FILE_BYTES as f64 / 1_048_576.0))],
            ),
            InputError::Utf16 => Message::new("input-utf16", vec![]),
            InputError::NotUtf8 { offset } => Message::new("input-not-utf8", vec![("offset", Arg::from(*offset))]),
            InputError::Binary => Message::new("input-binary", vec![]),
            InputError::UnknownFormat { name } => Message::new("input-unknown", vec![("name", name.as_str().into())]),
        }
    }
}

/// Checks a file's size before reading it.
pub fn check_size(bytes: u64) -> Result<(), InputError> {
    match bytes {
        0 => Err(InputError::Empty),
        b if b > MAX_FILE_BYTES => Err(InputError::TooLarge { bytes: b }),
        _ => Ok(()),
    }
}

/// Decodes a file's bytes as UTF-8 text (a byte-order mark is dropped) and tells CSV from JSON.
pub fn decode(name: &str, bytes: &[u8]) -> Result<(Format, String), InputError> {
    check_size(bytes.len() as u64)?;
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Err(InputError::Utf16);
    }
    let body = bytes.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(bytes);
    if body.iter().take(4096).any(|b| *b == 0) {
        return Err(InputError::Binary);
    }
    let text = std::str::from_utf8(body).map_err(|e| InputError::NotUtf8 { offset: e.valid_up_to() })?;
    if text.trim().is_empty() {
        return Err(InputError::Empty);
    }
    let lower = name.to_ascii_lowercase();
    let first = text.trim_start().chars().next();
    let format = if lower.ends_with(".json") || matches!(first, Some('[') | Some('{')) {
        Format::Json
    } else if lower.ends_with(".csv") || lower.ends_with(".txt") || text.lines().next().is_some_and(|l| l.contains(','))
    {
        Format::Csv
    } else {
        return Err(InputError::UnknownFormat { name: name.to_owned() });
    };
    Ok((format, text.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let cases: &[(&str, &[u8], Result<Format, &str>)] = &[
            ("a.csv", b"id,company\nF1,BYD\n", Ok(Format::Csv)),
            ("a.csv", b"\xef\xbb\xbfid,company\n", Ok(Format::Csv)),
            ("a.json", b"[{\"id\":\"F1\"}]", Ok(Format::Json)),
            ("data", b"  [ ]", Ok(Format::Json)),
            ("data.txt", b"id,company", Ok(Format::Csv)),
            ("a.csv", b"", Err("empty")),
            ("a.csv", b"  \n\n", Err("empty")),
            ("a.csv", b"\xff\xfei\x00d\x00", Err("UTF-16")),
            ("a.csv", b"id,city\nF1,Szeged\xe9\n", Err("not UTF-8")),
            ("a.png", b"\x89PNG\r\n\x1a\n\x00\x00", Err("not a text file")),
            ("notes.md", b"# hello", Err("does not look like CSV or JSON")),
        ];
        for (name, bytes, want) in cases {
            let got = decode(name, bytes);
            match (got, want) {
                (Ok((f, _)), Ok(w)) => assert_eq!(f, *w, "{name}"),
                (Err(e), Err(words)) => assert!(e.to_string().contains(words), "{name}: {e}"),
                (got, want) => panic!("{name}: got {got:?}, want {want:?}"),
            }
        }
    }

    #[test]
    fn each_error_is_said_in_each_language_and_the_english_is_display() {
        let errors = [
            InputError::Empty,
            InputError::TooLarge { bytes: 100 * 1_048_576 },
            InputError::Utf16,
            InputError::NotUtf8 { offset: 12 },
            InputError::Binary,
            InputError::UnknownFormat { name: "notes.md".into() },
        ];
        let en = crate::i18n::catalog_for_tests("en");
        for e in &errors {
            assert_eq!(e.message().say(&en), e.to_string().replace("100.0 MB", "100 MB"), "{e:?}");
        }
        let cases = [
            ("zh-CN", InputError::TooLarge { bytes: 100 * 1_048_576 }, "文件过大（100 MB，上限为64 MB）"),
            ("pt-BR", InputError::NotUtf8 { offset: 1234 }, "posição 1.234"),
            ("pt-BR", InputError::Binary, "Este não é um arquivo de texto."),
        ];
        for (tag, e, want) in cases {
            let said = e.message().say(&crate::i18n::catalog_for_tests(tag));
            assert!(said.contains(want), "{tag}: {said}");
        }
    }

    #[test]
    fn sizes() {
        assert_eq!(check_size(0), Err(InputError::Empty));
        assert!(check_size(MAX_FILE_BYTES).is_ok());
        assert!(check_size(MAX_FILE_BYTES + 1).unwrap_err().to_string().contains("too large"));
    }
}
