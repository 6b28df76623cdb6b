//! Who published each page behind `data/aggregates.csv`, when, and whose research its figures report
//! (`data/aggregate-sources.csv`): what a story citation of an aggregate says besides its URL.

use crate::model::schema::{self, AggregateSourceRecord, AGGREGATE_SOURCE_COLUMNS};

/// The file name problems are reported under.
pub const FILE: &str = "data/aggregate-sources.csv";

/// The shipped table.
pub const SHIPPED_CSV: &str = include_str!("../../data/aggregate-sources.csv");

/// One page of `data/aggregates.csv`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    pub url: String,
    /// The outlet, with the original one in brackets for a syndicated copy: "Daily Sabah (Reuters)".
    pub publisher: String,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; empty when the page's date is not known.
    pub published: String,
    /// Whose research the page reports, when it is not the researchers' own page:
    /// "Rhodium Group (report of 2025-08-18)"; empty otherwise.
    pub citing: String,
}

/// The shipped table and its problems.
pub fn shipped() -> (Vec<Page>, Vec<String>) {
    parse(SHIPPED_CSV)
}

/// Reads a table of pages; every problem names its line and column. A row with a problem is left out.
pub fn parse(text: &str) -> (Vec<Page>, Vec<String>) {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(body.as_bytes());
    let mut problems = Vec::new();
    let headers: csv::StringRecord = match reader.headers() {
        Ok(h) => h.iter().map(str::trim).collect(),
        Err(e) => return (Vec::new(), vec![format!("{FILE} line 1: the header cannot be read: {e}")]),
    };
    for column in schema::required(AGGREGATE_SOURCE_COLUMNS) {
        if !headers.iter().any(|h| h == column) {
            problems.push(format!("{FILE} line 1: the header lacks the column {column}"));
        }
    }
    if !problems.is_empty() {
        return (Vec::new(), problems);
    }
    let mut pages: Vec<Page> = Vec::new();
    for record in reader.records() {
        let byte = match &record {
            Ok(r) => r.position().map_or(0, csv::Position::byte),
            Err(e) => e.position().map_or(0, csv::Position::byte),
        };
        let line = super::read::line_at(body, byte);
        let raw: AggregateSourceRecord = match record.as_ref().map(|r| r.deserialize(Some(&headers))) {
            Ok(Ok(raw)) => raw,
            Ok(Err(e)) => {
                problems.push(format!("{FILE} line {line}: the row cannot be read: {e}"));
                continue;
            }
            Err(e) => {
                problems.push(format!("{FILE} line {line}: the row cannot be read: {e}"));
                break;
            }
        };
        let at = |column: &str, why: String| format!("{FILE} line {line}, column {column}: {why}");
        let url = raw.source_url.trim();
        let before = problems.len();
        if !(url.starts_with("https://") || url.starts_with("http://")) || url.contains(char::is_whitespace) {
            problems.push(at("source_url", format!("'{url}' is not one http(s) URL")));
        } else if pages.iter().any(|p| p.url == url) {
            problems.push(at("source_url", format!("'{url}' has a row already")));
        }
        if raw.publisher.trim().is_empty() {
            problems.push(at("publisher", "is empty, but a value is required".to_owned()));
        }
        let published = raw.published.trim();
        if !published.is_empty() && !is_date(published) {
            problems.push(at("published", format!("'{published}' is not YYYY, YYYY-MM or YYYY-MM-DD")));
        }
        if problems.len() == before {
            pages.push(Page {
                url: url.to_owned(),
                publisher: raw.publisher.trim().to_owned(),
                published: published.to_owned(),
                citing: raw.citing.trim().to_owned(),
            });
        }
    }
    (pages, problems)
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a month 1–12 and a day 1–31.
fn is_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    let within = |p: &str, hi: u8| p.parse::<u8>().is_ok_and(|v| (1..=hi).contains(&v));
    match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2) && within(m, 12),
        [y, m, d] => digits(y, 4) && digits(m, 2) && digits(d, 2) && within(m, 12) && within(d, 31),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "source_url,publisher,published,citing";

    #[test]
    fn pages_read_and_credit_whom_they_cite() {
        let text = format!(
            "{HEADER}\nhttps://a.org/1,A (Reuters),2025-08-17,Rhodium Group (report of 2025-08-18)\nhttps://b.org,B,,\n"
        );
        let (pages, problems) = parse(&text);
        assert_eq!(problems, Vec::<String>::new());
        let credits: Vec<(&str, &str, &str)> =
            pages.iter().map(|p| (p.publisher.as_str(), p.citing.as_str(), p.published.as_str())).collect();
        assert_eq!(credits, [("A (Reuters)", "Rhodium Group (report of 2025-08-18)", "2025-08-17"), ("B", "", "")]);
    }

    #[test]
    fn bad_rows_are_named_by_line_and_column() {
        let cases: &[(&str, &str)] = &[
            ("ftp://a.org,A,2025,", "line 2, column source_url"),
            ("https://a.org,,2025,", "line 2, column publisher"),
            ("https://a.org,A,2025-13,", "line 2, column published: '2025-13'"),
            ("https://a.org,A,18 Aug 2025,", "line 2, column published"),
        ];
        for (row, words) in cases {
            let (pages, problems) = parse(&format!("{HEADER}\n{row}\n"));
            assert!(pages.is_empty(), "{row}");
            assert!(problems.iter().any(|p| p.contains(words)), "{row}: {problems:?}");
        }
        let (_, problems) = parse(&format!("{HEADER}\nhttps://a.org,A,,\nhttps://a.org,B,,\n"));
        assert_eq!(
            problems,
            ["data/aggregate-sources.csv line 3, column source_url: 'https://a.org' has a row already"]
        );
        let (_, problems) = parse("url,publisher\n");
        assert!(problems.iter().any(|p| p.contains("lacks the column source_url")), "{problems:?}");
    }
}
