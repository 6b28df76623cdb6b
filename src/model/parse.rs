//! Reading the CSV data files into typed values. Parsing never panics: it returns what it could read plus
//! the problems it found, each naming the file, row and column. A row with any problem is left out whole
//! and kept, as it was, among the rejected rows.

use std::io::Cursor;

use csv::StringRecord;

use super::schema::{self, AggregateRecord, Column, FacilityRecord, SourceRecord, SOURCE_COLUMNS};
use super::{
    About, Aggregate, Capacity, CapacityUnit, Citation, Confidence, CountryCode, Currency, Dataset, Facility, Figure,
    Money, Ownership, Period, Problem, Segment, Source, Status, Unit, UsdBasis, UsdMillions, Year, YearMonth,
};
use crate::geo::LonLat;
use crate::i18n::{Arg, Message};

pub use super::problem::Rejected;
pub use super::schema::{AGGREGATE_COLUMNS, FACILITY_COLUMNS};

/// Turns one record (read by the file's header) into a value, reporting problems on `row`.
type Convert<T> = fn(&StringRecord, &StringRecord, &mut Row) -> Option<T>;

/// Reads a CSV file a batch of rows at a time, so that a page can show progress on a large file.
pub struct RowReader<T> {
    file: String,
    reader: csv::Reader<Cursor<Vec<u8>>>,
    headers: StringRecord,
    record: StringRecord,
    convert: Convert<T>,
    total_bytes: usize,
    /// Where line counting has got to: (byte offset, line at that offset).
    counted: (usize, u64),
    done: bool,
    pub values: Vec<T>,
    pub problems: Vec<Problem>,
    pub rejected: Vec<Rejected>,
}

impl<T> RowReader<T> {
    /// A reader of a file with the given `columns` (those it must have are checked in its header); `convert`
    /// reads each record by the file's header.
    fn new(file: &str, text: &str, columns: &[Column], convert: Convert<T>) -> Self {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let bytes = text.as_bytes().to_vec();
        let total_bytes = bytes.len();
        let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(Cursor::new(bytes));
        let mut problems = Vec::new();
        let mut done = false;
        let headers = match reader.headers() {
            Ok(h) => h.clone(),
            Err(e) => {
                problems.push(Problem::new(file, 1, None, said("parse-header-unreadable", vec![("error", error(&e))])));
                done = true;
                StringRecord::new()
            }
        };
        if text.trim().is_empty() {
            problems.push(Problem::new(file, 1, None, said("parse-file-empty", vec![])));
            done = true;
        } else if !done {
            let required: Vec<&str> = schema::required(columns).collect();
            let missing: Vec<&str> =
                required.iter().copied().filter(|c| !headers.iter().any(|h| h.trim() == *c)).collect();
            let twice = columns.iter().find(|c| headers.iter().filter(|h| h.trim() == c.name).count() > 1);
            if !missing.is_empty() {
                let message = if missing.len() == required.len() {
                    said("parse-header-none", vec![("columns", required.join(", ").into())])
                } else {
                    let (count, columns) = (Arg::from(missing.len()), missing.join(", ").into());
                    said("parse-header-lacks", vec![("count", count), ("columns", columns)])
                };
                problems.push(Problem::new(file, 1, None, message));
                done = true;
            } else if let Some(c) = twice {
                let message = said("parse-header-twice", vec![("column", c.name.into())]);
                problems.push(Problem::new(file, 1, None, message));
                done = true;
            }
        }
        let headers: StringRecord = headers.iter().map(str::trim).collect();
        RowReader {
            file: file.to_owned(),
            reader,
            headers,
            record: StringRecord::new(),
            convert,
            total_bytes,
            counted: (0, 1),
            done,
            values: Vec::new(),
            problems,
            rejected: Vec::new(),
        }
    }

    /// The 1-based line where the record starting at byte `byte` has its first field. (The csv crate's
    /// own line count, and its offset, do not step over blank lines before a record.) Counting carries on
    /// from the previous call, so a whole file costs one pass.
    fn line_at(&mut self, byte: u64) -> u64 {
        let bytes = self.reader.get_ref().get_ref();
        let mut end = usize::try_from(byte).unwrap_or(usize::MAX).min(bytes.len());
        while end < bytes.len() && (bytes[end] == b'\n' || bytes[end] == b'\r') {
            end += 1;
        }
        let (from, line) = self.counted;
        if end < from {
            return line;
        }
        let line = line + bytes[from..end].iter().filter(|b| **b == b'\n').count() as u64;
        self.counted = (end, line);
        line
    }

    /// Reads up to `max_rows` more rows. Returns true once the whole file has been read.
    pub fn step(&mut self, max_rows: usize) -> bool {
        for _ in 0..max_rows {
            if self.done {
                break;
            }
            match self.reader.read_record(&mut self.record) {
                Ok(false) => self.done = true,
                Ok(true) => {
                    let line = self.record.position().map_or(0, |p| p.byte());
                    let line = self.line_at(line);
                    let record = std::mem::take(&mut self.record);
                    self.check(line, &record);
                    self.record = record;
                }
                Err(e) => {
                    let line = e.position().map_or(0, |p| p.byte());
                    let line = self.line_at(line);
                    let message = said("parse-row-unreadable", vec![("error", error(&e))]);
                    self.problems.push(Problem::new(&self.file, line, None, message));
                    // A broken encoding or quote can leave the reader stuck: stop rather than loop.
                    if !matches!(e.kind(), csv::ErrorKind::UnequalLengths { .. }) {
                        self.done = true;
                    }
                }
            }
        }
        self.done
    }

    /// Reads the rest of the file.
    pub fn finish(mut self) -> (Vec<T>, Vec<Problem>, Vec<Rejected>) {
        while !self.step(usize::MAX) {}
        (self.values, self.problems, self.rejected)
    }

    /// How much of the file has been read, 0…1.
    pub fn progress(&self) -> f64 {
        if self.done || self.total_bytes == 0 {
            return 1.0;
        }
        self.reader.position().byte() as f64 / self.total_bytes as f64
    }

    pub fn headers(&self) -> &StringRecord {
        &self.headers
    }

    /// Checks one record (from CSV, or built from a JSON object) and keeps it or rejects it.
    pub fn check(&mut self, line: u64, record: &StringRecord) {
        if record.iter().all(|f| f.trim().is_empty()) {
            return;
        }
        let mut row = Row { file: &self.file, line, problems: Vec::new() };
        let value = if record.len() != self.headers.len() {
            let counts = vec![("fields", Arg::from(record.len())), ("header", Arg::from(self.headers.len()))];
            let message = said("parse-row-fields", counts);
            row.problems.push(Problem::new(&self.file, line, None, message));
            None
        } else {
            (self.convert)(record, &self.headers, &mut row)
        };
        match value {
            Some(v) if row.problems.is_empty() => self.values.push(v),
            _ => {
                let problems = row.problems;
                self.problems.extend(problems.iter().cloned());
                self.rejected.push(Rejected { line, fields: record.iter().map(str::to_owned).collect(), problems });
            }
        }
    }
}

/// A reader of a facilities CSV, to be driven with `step`.
pub fn facility_reader(file: &str, text: &str) -> RowReader<Facility> {
    RowReader::new(file, text, FACILITY_COLUMNS, facility_from_record)
}

/// A reader for facilities that arrive as records rather than CSV text (JSON objects): `headers` are the
/// column names; feed each record with `check`.
pub fn facility_checker(file: &str, headers: &[&str]) -> RowReader<Facility> {
    let header_line = headers.join(",");
    let mut r = RowReader::new(file, &header_line, FACILITY_COLUMNS, facility_from_record);
    r.done = true;
    r
}

/// Parses a facilities CSV. `file` names the file in problems.
pub fn parse_facilities(file: &str, text: &str) -> (Vec<Facility>, Vec<Problem>) {
    let (values, problems, _) = facility_reader(file, text).finish();
    (values, problems)
}

/// Parses an aggregates CSV. `file` names the file in problems.
pub fn parse_aggregates(file: &str, text: &str) -> (Vec<Aggregate>, Vec<Problem>) {
    let (values, problems, _) = RowReader::new(file, text, AGGREGATE_COLUMNS, aggregate_from_record).finish();
    (values, problems)
}

/// Parses a sources file (`data/sources.csv`): each plant's sources, by plant id, in file order.
pub fn parse_sources(file: &str, text: &str) -> (Vec<(String, Citation)>, Vec<Problem>) {
    let (values, problems, _) = RowReader::new(file, text, SOURCE_COLUMNS, source_from_record).finish();
    (values, problems)
}

/// The full dataset from the three data files (`data/facilities.csv`, `data/aggregates.csv`,
/// `data/sources.csv`), as the atlas, the build-time tool and the tests read it: every plant with all its
/// sources, every published series, and every problem (a source naming no plant is one).
pub fn parse_full(facilities: &str, aggregates: &str, sources: &str) -> (Dataset, Vec<Problem>) {
    let (mut plants, mut problems) = parse_facilities("data/facilities.csv", facilities);
    let (aggregates, more) = parse_aggregates("data/aggregates.csv", aggregates);
    problems.extend(more);
    let (citations, more) = parse_sources("data/sources.csv", sources);
    problems.extend(more);
    for id in attach_citations(&mut plants, citations) {
        let message = said("parse-no-plant", vec![("id", id.into())]);
        problems.push(Problem::new("data/sources.csv", 0, Some("facility_id"), message));
    }
    (Dataset { facilities: plants, aggregates }, problems)
}

/// Gives each facility its sources; returns the ids of sources that name no facility.
pub fn attach_citations(facilities: &mut [Facility], citations: Vec<(String, Citation)>) -> Vec<String> {
    let mut unknown = Vec::new();
    for (id, c) in citations {
        match facilities.iter_mut().find(|f| f.id == id) {
            Some(f) => f.about.citations.push(c),
            None => unknown.push(id),
        }
    }
    unknown
}

fn source_from_record(r: &StringRecord, headers: &StringRecord, row: &mut Row) -> Option<(String, Citation)> {
    let raw: SourceRecord = record(r, headers, row)?;
    let id = row.text("facility_id", &raw.facility_id);
    let url =
        row.required("source_url", &raw.source_url, url_list).and_then(|mut u| (u.len() == 1).then(|| u.remove(0)));
    if url.is_none() && !raw.source_url.trim().is_empty() && row.problems.is_empty() {
        row.problem("source_url", said("parse-more-than-one-url", vec![]));
    }
    let publisher = row.text("publisher", &raw.publisher);
    let published = row.optional("published", &raw.published, |s| match s.len() {
        4 => year(s).map(|_| s.to_owned()),
        _ => date_or_month(s),
    });
    let quote = row.text("source_quote", &raw.source_quote);
    let accessed = row.optional("source_accessed", &raw.source_accessed, date);
    let supports = row.required("supports", &raw.supports, |s| {
        s.split(';')
            .map(|w| {
                let w = w.trim();
                Figure::from_code(w).ok_or_else(|| {
                    let all: Vec<&str> = Figure::ALL.iter().map(|f| f.code()).collect();
                    said("parse-names-not-one-of", vec![("word", w.into()), ("expected", all.join(", ").into())])
                })
            })
            .collect::<Result<Vec<Figure>, Message>>()
    });
    Some((id, Citation { url: url?, publisher, published, quote, accessed, supports: supports? }))
}

/// Reads a record by the file's header into its columns; a column the file lacks reads as empty.
fn record<'r, R: serde::Deserialize<'r>>(
    record: &'r StringRecord,
    headers: &'r StringRecord,
    row: &mut Row,
) -> Option<R> {
    match record.deserialize(Some(headers)) {
        Ok(r) => Some(r),
        Err(e) => {
            let message = said("parse-row-unreadable", vec![("error", error(&e))]);
            row.problems.push(Problem::new(row.file, row.line, None, message));
            None
        }
    }
}

fn has(headers: &StringRecord, column: &str) -> bool {
    headers.iter().any(|h| h == column)
}

fn facility_from_record(r: &StringRecord, headers: &StringRecord, row: &mut Row) -> Option<Facility> {
    let raw: FacilityRecord = record(r, headers, row)?;
    let has = Provenance { urls: has(headers, "source_url"), quotes: has(headers, "source_quote") };
    facility_from_raw(&raw, row, has)
}

fn aggregate_from_record(r: &StringRecord, headers: &StringRecord, row: &mut Row) -> Option<Aggregate> {
    let raw: AggregateRecord = record(r, headers, row)?;
    aggregate_from_raw(&raw, row, has(headers, "source_quote"))
}

/// Checks the fields of one row, collecting a problem for each bad one.
struct Row<'a> {
    file: &'a str,
    line: u64,
    problems: Vec<Problem>,
}

impl Row<'_> {
    fn problem(&mut self, field: &str, message: Message) {
        self.problems.push(Problem::new(self.file, self.line, Some(field), message));
    }

    /// A field that must be present and valid.
    fn required<T>(&mut self, field: &str, raw: &str, parse: impl Fn(&str) -> Result<T, Message>) -> Option<T> {
        if raw.trim().is_empty() {
            self.problem(field, said("parse-required", vec![]));
            return None;
        }
        self.optional(field, raw, parse)
    }

    /// A field that may be empty; when present it must be valid.
    fn optional<T>(&mut self, field: &str, raw: &str, parse: impl Fn(&str) -> Result<T, Message>) -> Option<T> {
        let raw = raw.trim();
        if raw.is_empty() {
            return None;
        }
        match parse(raw) {
            Ok(v) => Some(v),
            Err(mut why) => {
                why.args.push(("value", raw.into()));
                self.problem(field, why);
                None
            }
        }
    }

    /// Two fields that only make sense together (a value and its unit): both or neither. `a` and `b` are
    /// (column, raw text, parsed value); a bad value has already been reported by `optional`.
    fn both<A, B>(&mut self, a: (&str, &str, Option<A>), b: (&str, &str, Option<B>)) -> Option<(A, B)> {
        match (a.2, b.2) {
            (Some(x), Some(y)) => Some((x, y)),
            (Some(_), None) if b.1.trim().is_empty() => {
                self.problem(b.0, said("parse-give-both", vec![("other", a.0.into())]));
                None
            }
            (None, Some(_)) if a.1.trim().is_empty() => {
                self.problem(a.0, said("parse-give-both", vec![("other", b.0.into())]));
                None
            }
            _ => None,
        }
    }

    fn text(&mut self, field: &str, raw: &str) -> String {
        self.required(field, raw, |s| Ok(s.to_owned())).unwrap_or_default()
    }
}

/// A `parse-*` message. What a check of one value finds wrong leaves out the value (`$value`): `Row`
/// gives it, as the file writes it.
fn said(id: &'static str, args: Vec<(&'static str, Arg)>) -> Message {
    Message::new(id, args)
}

/// An error of the `csv` crate, in its own (English) words.
fn error(e: &impl std::fmt::Display) -> Arg {
    Arg::Str(e.to_string())
}

fn code<T>(from_code: fn(&str) -> Option<T>, expected: String) -> impl Fn(&str) -> Result<T, Message> {
    move |s| from_code(s).ok_or_else(|| not_one_of(&expected))
}

fn not_one_of(expected: &str) -> Message {
    said("parse-not-one-of", vec![("expected", expected.into())])
}

fn country(s: &str) -> Result<CountryCode, Message> {
    CountryCode::parse(s).ok_or_else(|| said("parse-not-country", vec![]))
}

fn currency(s: &str) -> Result<Currency, Message> {
    Currency::parse(s).ok_or_else(|| said("parse-not-currency", vec![]))
}

fn number(s: &str) -> Result<f64, Message> {
    crate::format::parse_number(s).ok_or_else(|| said("parse-not-number", vec![]))
}

/// The bounds are the schema's (−90…90, 0…100): written with a minus sign, the same in every language.
fn number_in(lo: f64, hi: f64) -> impl Fn(&str) -> Result<f64, Message> {
    move |s| {
        let v = number(s)?;
        if v < lo || v > hi {
            let [low, high] = [lo, hi].map(|v| Arg::Str(crate::format::trim_decimals(v, 6).replace('-', "−")));
            return Err(said("parse-outside", vec![("low", low), ("high", high)]));
        }
        Ok(v)
    }
}

fn positive(s: &str) -> Result<f64, Message> {
    let v = number(s)?;
    if v > 0.0 {
        Ok(v)
    } else {
        Err(said("parse-not-positive", vec![]))
    }
}

pub(crate) fn year(s: &str) -> Result<Year, Message> {
    match s.parse::<u16>() {
        Ok(y) if (1990..=2100).contains(&y) => Ok(Year(y)),
        _ => Err(said("parse-not-year", vec![])),
    }
}

fn year_month(s: &str) -> Result<YearMonth, Message> {
    let bad = || said("parse-not-year-month", vec![]);
    let (y, m) = match s.split_once('-') {
        Some((y, m)) => (y, Some(m)),
        None => (s, None),
    };
    let year = year(y).map_err(|_| bad())?;
    let month = match m {
        None => None,
        Some(m) => match m.parse::<u8>() {
            Ok(m) if (1..=12).contains(&m) && s.len() == 7 => Some(m),
            _ => return Err(bad()),
        },
    };
    Ok(YearMonth { year, month })
}

fn period(s: &str) -> Result<Period, Message> {
    let s = s.strip_suffix("(cumulative)").unwrap_or(s).trim();
    let bad = |_| said("parse-not-period", vec![]);
    let (first, last) = match s.split_once('-') {
        Some((a, b)) => (year(a.trim()).map_err(bad)?, year(b.trim()).map_err(bad)?),
        None => {
            let y = year(s).map_err(bad)?;
            (y, y)
        }
    };
    if first > last {
        return Err(said("parse-span-backwards", vec![]));
    }
    Ok(Period { first, last })
}

fn url_list(s: &str) -> Result<Vec<String>, Message> {
    let urls: Vec<String> = s.split(" ; ").map(|u| u.trim().to_owned()).collect();
    for u in &urls {
        if !(u.starts_with("https://") || u.starts_with("http://")) || u.contains(char::is_whitespace) {
            return Err(said("parse-not-url", vec![]));
        }
    }
    Ok(urls)
}

fn date(s: &str) -> Result<String, Message> {
    let ok =
        s.len() == 10 && s.char_indices().all(|(i, c)| if i == 4 || i == 7 { c == '-' } else { c.is_ascii_digit() });
    if ok {
        Ok(s.to_owned())
    } else {
        Err(said("parse-not-date", vec![]))
    }
}

/// "2025-07" or "2025-07-15".
fn date_or_month(s: &str) -> Result<String, Message> {
    let bad = |_| said("parse-not-month-or-date", vec![]);
    match s.len() {
        7 => year_month(s).map(|_| s.to_owned()).map_err(bad),
        _ => date(s).map_err(bad),
    }
}

fn optional_text(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_owned())
}

/// Which provenance columns a file has: those it has must be filled on every row.
#[derive(Clone, Copy)]
struct Provenance {
    urls: bool,
    quotes: bool,
}

fn facility_from_raw(r: &FacilityRecord<'_>, row: &mut Row, has: Provenance) -> Option<Facility> {
    let id = row.text("id", &r.id);
    let company = row.text("company", &r.company);
    let parent_country = row.required("parent_country", &r.parent_country, country);
    let segment = row.required("segment", &r.segment, code(Segment::from_code, Segment::expected()));
    let host_country = row.required("host_country", &r.host_country, country);
    let city = row.text("city", &r.city);
    let lat = row.optional("latitude", &r.latitude, number_in(-90.0, 90.0));
    let lon = row.optional("longitude", &r.longitude, number_in(-180.0, 180.0));
    let location = row
        .both(("latitude", &*r.latitude, lat), ("longitude", &*r.longitude, lon))
        .map(|(lat, lon)| LonLat::new(lon, lat));
    let status = row.required("status", &r.status, code(Status::from_code, Status::expected()));
    let announced = row.optional("announced_year", &r.announced_year, year);
    let production_start = row.optional("production_start", &r.production_start, year_month);
    let amount = row.optional("investment_value", &r.investment_value, positive);
    let cur = row.optional("investment_currency", &r.investment_currency, currency);
    let investment = row
        .both(("investment_value", &*r.investment_value, amount), ("investment_currency", &*r.investment_currency, cur))
        .map(|(millions, currency)| Money { millions, currency });
    let usd = row.optional("investment_usd_millions", &r.investment_usd_millions, positive);
    let basis = row.optional("usd_basis", &r.usd_basis, code(UsdBasis::from_code, UsdBasis::expected()));
    let investment_usd = row
        .both(("investment_usd_millions", &*r.investment_usd_millions, usd), ("usd_basis", &*r.usd_basis, basis))
        .map(|(millions, basis)| UsdMillions { millions, basis });
    if investment_usd.is_some() && investment.is_none() && row.problems.is_empty() {
        row.problem("investment_value", said("parse-usd-without-value", vec![]));
    }
    let cap = row.optional("capacity_value", &r.capacity_value, positive);
    let unit = row.optional("capacity_unit", &r.capacity_unit, code(CapacityUnit::from_code, CapacityUnit::expected()));
    let capacity = row
        .both(("capacity_value", &*r.capacity_value, cap), ("capacity_unit", &*r.capacity_unit, unit))
        .map(|(value, unit)| Capacity { value, unit });
    let ownership = row.required("ownership", &r.ownership, code(Ownership::from_code, Ownership::expected()));
    let urls = if has.urls { row.required("source_url", &r.source_url, url_list) } else { Some(Vec::new()) };
    let quote = if has.quotes { row.text("source_quote", &r.source_quote) } else { String::new() };
    let accessed = row.optional("source_accessed", &r.source_accessed, date);
    let status_as_of = row.optional("status_as_of", &r.status_as_of, date_or_month);
    let chinese_share = row.optional("chinese_share_pct", &r.chinese_share_pct, number_in(0.0, 100.0));
    let programme = row.optional("investment_scope", &r.investment_scope, |s| match s {
        "plant" => Ok(false),
        "programme" => Ok(true),
        _ => Err(not_one_of("plant, programme")),
    });
    Some(Facility {
        id,
        company,
        parent_country: parent_country?,
        segment: segment?,
        host_country: host_country?,
        city,
        location,
        status: status?,
        announced,
        production_start,
        investment,
        investment_usd,
        capacity,
        partner: optional_text(&r.partner),
        ownership: ownership?,
        source: Source { urls: urls?, quote, accessed },
        notes: r.notes.trim().to_owned(),
        about: About { status_as_of, chinese_share, programme: programme.unwrap_or(false), citations: Vec::new() },
    })
}

fn aggregate_from_raw(r: &AggregateRecord<'_>, row: &mut Row, has_quotes: bool) -> Option<Aggregate> {
    let period = row.required("year", &r.year, period);
    let series = row.required("series", &r.series, |s| {
        if s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_') {
            Ok(s.to_owned())
        } else {
            Err(said("parse-not-series", vec![]))
        }
    });
    let value = row.required("value", &r.value, number);
    let unit = row.required("unit", &r.unit, |s| {
        Unit::from_code(s).ok_or_else(|| not_one_of("USD billion, EUR billion, percent, percent (approx.)"))
    });
    let urls = row.required("source_url", &r.source_url, url_list);
    let quote = if has_quotes { row.text("source_quote", &r.source_quote) } else { String::new() };
    let confidence = row.required("confidence", &r.confidence, code(Confidence::from_code, Confidence::expected()));
    Some(Aggregate {
        period: period?,
        series: series?,
        value: value?,
        unit: unit?,
        source: Source { urls: urls?, quote, accessed: None },
        confidence: confidence?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) const HEADER: &str = "id,company,parent_country,segment,host_country,city,latitude,longitude,status,announced_year,production_start,investment_value,investment_currency,investment_usd_millions,usd_basis,capacity_value,capacity_unit,partner,ownership,source_url,source_quote,source_accessed,notes";
    pub(super) const GOOD: &str = "F001,BYD,CN,vehicle_assembly,BR,\"Camaçari, Bahia\",-12.698,-38.324,operational,2023,2025-07,5500,BRL,978,reported,150000,vehicles/yr,,chinese_owned,https://example.org/a,\"investing BRL 5.5 billion\",2026-11-28,";

    fn facilities(rows: &[&str]) -> (Vec<Facility>, Vec<Problem>) {
        let text = std::iter::once(HEADER).chain(rows.iter().copied()).collect::<Vec<_>>().join("\n");
        parse_facilities("test.csv", &text)
    }

    /// Replaces column `col` (0-based) of the good row.
    pub(super) fn with(col: usize, value: &str) -> String {
        with_all(&[(col, value)])
    }

    /// Replaces columns (0-based) of the good row.
    pub(super) fn with_all(changes: &[(usize, &str)]) -> String {
        let mut rdr = csv::ReaderBuilder::new().has_headers(false).from_reader(GOOD.as_bytes());
        let rec = rdr.records().next().and_then(Result::ok).expect("good row parses");
        let mut fields: Vec<String> = rec.iter().map(str::to_owned).collect();
        for &(col, value) in changes {
            fields[col] = value.to_owned();
        }
        let mut w = csv::Writer::from_writer(vec![]);
        w.write_record(&fields).expect("write");
        String::from_utf8(w.into_inner().expect("flush")).expect("utf8").trim_end().to_owned()
    }

    #[test]
    fn good_row_is_typed() {
        let (rows, problems) = facilities(&[GOOD]);
        assert_eq!(problems, vec![]);
        let f = &rows[0];
        assert_eq!(f.segment, Segment::VehicleAssembly);
        assert_eq!(f.status, Status::Operational);
        assert_eq!(f.host_country.as_str(), "BR");
        assert_eq!(f.location, Some(LonLat::new(-38.324, -12.698)));
        assert_eq!(f.production_start, Some(YearMonth { year: Year(2025), month: Some(7) }));
        assert_eq!(f.investment.map(|m| (m.millions, m.currency.to_string())), Some((5500.0, "BRL".to_owned())));
        assert_eq!(f.investment_usd, Some(UsdMillions { millions: 978.0, basis: UsdBasis::Reported }));
        assert_eq!(f.capacity, Some(Capacity { value: 150000.0, unit: CapacityUnit::VehiclesPerYear }));
        assert_eq!(f.city, "Camaçari, Bahia");
        assert_eq!(f.source.accessed.as_deref(), Some("2026-11-28"));
    }

    #[test]
    fn every_kind_of_bad_field_is_named() {
        // (column index, bad value, column name, words the message must contain)
        let cases: &[(usize, &str, &str, &str)] = &[
            (0, "", "id", "required"),
            (2, "China", "parent_country", "alpha-2"),
            (3, "cars", "segment", "is not one of battery_cells"),
            (4, "hu", "host_country", "alpha-2"),
            (6, "95.2", "latitude", "'95.2' is outside −90…90"),
            (7, "200", "longitude", "outside −180…180"),
            (6, "north", "latitude", "not a number"),
            (6, "", "latitude", "give both or neither"),
            (8, "done", "status", "is not one of announced"),
            (9, "20x4", "announced_year", "not a year"),
            (9, "1850", "announced_year", "not a year"),
            (10, "2025-13", "production_start", "YYYY-MM"),
            (11, "-5", "investment_value", "above 0"),
            (12, "euro", "investment_currency", "ISO 4217"),
            (12, "", "investment_currency", "investment_value is given"),
            (13, "lots", "investment_usd_millions", "not a number"),
            (14, "", "usd_basis", "investment_usd_millions is given"),
            (13, "", "investment_usd_millions", "usd_basis is given"),
            (14, "guess", "usd_basis", "is not one of reported"),
            (16, "cars/yr", "capacity_unit", "is not one of vehicles/yr"),
            (16, "", "capacity_unit", "capacity_value is given"),
            (18, "owned", "ownership", "chinese_owned"),
            (19, "", "source_url", "required"),
            (19, "javascript:alert(1)", "source_url", "http(s)"),
            (20, "", "source_quote", "required"),
            (21, "28/11/2026", "source_accessed", "YYYY-MM-DD"),
        ];
        let en = crate::i18n::english();
        for &(col, value, name, words) in cases {
            let row = with(col, value);
            let (rows, problems) = facilities(&[&row]);
            assert!(rows.is_empty(), "{name}={value:?} should reject the row");
            assert!(
                problems.iter().any(|p| p.field.as_deref() == Some(name) && p.line == 2 && p.say(&en).contains(words)),
                "{name}={value:?}: {problems:?}"
            );
        }
    }

    #[test]
    fn broken_files_give_problems_not_panics() {
        let cases: &[(&str, &str)] = &[
            ("", "empty"),
            ("   \n", "empty"),
            ("a,b\n1,2", "none of the expected columns"),
            (&HEADER.replace(",city,", ",town,"), "lacks the column city"),
            (&format!("{HEADER}\nF1,BYD"), "has 2 fields"),
            (&format!("{HEADER}\n{GOOD},extra"), "has 24 fields"),
        ];
        let en = crate::i18n::english();
        for (text, words) in cases {
            let (rows, problems) = parse_facilities("x.csv", text);
            assert!(rows.is_empty());
            assert!(problems.iter().any(|p| p.say(&en).contains(words)), "{text:?}: {problems:?}");
        }
    }

    #[test]
    fn bom_and_blank_lines_are_fine_and_good_rows_survive_bad_ones() {
        let bad = with(3, "cars");
        let text = format!("\u{feff}{HEADER}\n{GOOD}\n\n{bad}\n{}", with(0, "F002"));
        let (rows, problems) = parse_facilities("x.csv", &text);
        assert_eq!(rows.len(), 2);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 4);
    }

    #[test]
    fn aggregates_parse_periods_and_units() {
        let text = "year,series,value,unit,source_url,source_quote,confidence\n\
            2024,overseas_ev_investment_total,16,USD billion,https://a.org,\"around $16 billion\",stated\n\
            2014-2024 (cumulative),share_x,25,percent,https://a.org ; https://b.org,q,stated\n\
            2024,bad series,1,percent,https://a.org,q,stated\n\
            2024,x,1,furlongs,https://a.org,q,stated\n\
            2025-2024,x,1,percent,https://a.org,q,stated\n";
        let (rows, problems) = parse_aggregates("agg.csv", text);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].period.single(), Some(Year(2024)));
        assert_eq!(rows[1].period, Period { first: Year(2014), last: Year(2024) });
        assert_eq!(rows[1].source.urls.len(), 2);
        let fields: Vec<_> = problems.iter().map(|p| (p.line, p.field.clone().unwrap_or_default())).collect();
        assert_eq!(fields, vec![(4, "series".into()), (5, "unit".into()), (6, "year".into())]);
    }
}

#[cfg(test)]
mod said_tests {
    //! What the reader is told: every message the checks can give, as English says it, and in Chinese and
    //! Portuguese.
    use super::tests::{with, with_all, GOOD, HEADER};
    use super::*;
    use crate::i18n::catalog_for_tests as catalog;

    const SOURCES: &str = "facility_id,source_url,publisher,published,source_quote,source_accessed,supports";
    const SOURCE: &str = "F001,https://a.org/x,A,2025-07,a quote,2026-11-28,status";
    const AGGREGATES: &str = "year,series,value,unit,source_url,source_quote,confidence";
    const AGGREGATE: &str = "2024,total,16,USD billion,https://a.org,a quote,stated";

    /// Which reader a case's text goes to.
    #[derive(Clone, Copy, Debug)]
    enum File {
        Facilities,
        Aggregates,
        Sources,
        /// A sources file read with one good plant (`parse_full`).
        Full,
    }

    fn problems(file: File, text: &str) -> Vec<Problem> {
        match file {
            File::Facilities => parse_facilities("x.csv", text).1,
            File::Aggregates => parse_aggregates("x.csv", text).1,
            File::Sources => parse_sources("x.csv", text).1,
            File::Full => parse_full(&format!("{HEADER}\n{GOOD}"), &format!("{AGGREGATES}\n{AGGREGATE}"), text).1,
        }
    }

    fn lines(first: &str, rows: &[&str]) -> String {
        std::iter::once(first).chain(rows.iter().copied()).collect::<Vec<_>>().join("\n")
    }

    /// (reader, file, the first problem in English): one case at least for each message.
    fn cases() -> Vec<(File, String, String)> {
        use File::*;
        let facility = |changes: &[(usize, &str)]| lines(HEADER, &[&with_all(changes)]);
        let source = |from: &str, to: &str| lines(SOURCES, &[&SOURCE.replace(from, to)]);
        let aggregate = |from: &str, to: &str| lines(AGGREGATES, &[&AGGREGATE.replace(from, to)]);
        let row_2 = |column: &str, what: &str| format!("x.csv, row 2, column {column}: {what}");
        let needs = schema::required(FACILITY_COLUMNS).collect::<Vec<_>>().join(", ");
        let figures = Figure::ALL.iter().map(|f| f.code()).collect::<Vec<_>>().join(", ");
        let segments = Segment::expected();
        let no_town = HEADER.replace(",city,", ",town,");
        vec![
            (Facilities, String::new(), "x.csv, row 1: the file is empty".into()),
            (
                Facilities,
                "a,b\n1,2".into(),
                format!("x.csv, row 1: the header has none of the expected columns; a file needs: {needs}"),
            ),
            (Facilities, no_town.clone(), "x.csv, row 1: the header lacks the column city".into()),
            (
                Facilities,
                no_town.replace(",company,", ",firm,"),
                "x.csv, row 1: the header lacks the columns company, city".into(),
            ),
            (Facilities, format!("{HEADER},city"), "x.csv, row 1: the header names the column city twice".into()),
            (Facilities, lines(HEADER, &["F1,BYD"]), "x.csv, row 2: has 2 fields, the header has 23".into()),
            (Facilities, facility(&[(0, "")]), row_2("id", "is empty, but a value is required")),
            (Facilities, facility(&[(6, "95.2")]), row_2("latitude", "'95.2' is outside −90…90")),
            (Facilities, facility(&[(6, " north ")]), row_2("latitude", "'north' is not a number")),
            (
                Facilities,
                facility(&[(6, "")]),
                row_2("latitude", "is empty but longitude is given: give both or neither"),
            ),
            (Facilities, facility(&[(3, "cars")]), row_2("segment", &format!("'cars' is not one of {segments}"))),
            (
                Facilities,
                facility(&[(2, "China")]),
                row_2("parent_country", "'China' is not an ISO 3166-1 alpha-2 code (two capital letters)"),
            ),
            (
                Facilities,
                facility(&[(12, "euro")]),
                row_2("investment_currency", "'euro' is not an ISO 4217 currency code (three capital letters)"),
            ),
            (Facilities, facility(&[(11, "-5")]), row_2("investment_value", "'-5' must be a number above 0")),
            (
                Facilities,
                facility(&[(9, "1850")]),
                row_2("announced_year", "'1850' is not a year between 1990 and 2100"),
            ),
            (
                Facilities,
                facility(&[(10, "2025-13")]),
                row_2("production_start", "'2025-13' is not a year (YYYY) or year and month (YYYY-MM)"),
            ),
            (
                Facilities,
                facility(&[(11, ""), (12, "")]),
                row_2("investment_value", "is empty but investment_usd_millions is given"),
            ),
            (
                Facilities,
                facility(&[(19, "javascript:alert(1)")]),
                row_2("source_url", "'javascript:alert(1)' is not an http(s) URL (several are separated by ' ; ')"),
            ),
            (
                Facilities,
                facility(&[(21, "28/11/2026")]),
                row_2("source_accessed", "'28/11/2026' is not a date (YYYY-MM-DD)"),
            ),
            (
                Facilities,
                lines(&format!("{HEADER},investment_scope"), &[&format!("{GOOD},plants")]),
                row_2("investment_scope", "'plants' is not one of plant, programme"),
            ),
            (
                Sources,
                source("2025-07", "2025-13"),
                row_2("published", "'2025-13' is not a month (YYYY-MM) or a date (YYYY-MM-DD)"),
            ),
            (
                Sources,
                source("https://a.org/x", "https://a.org ; https://b.org"),
                row_2("source_url", "holds more than one URL: give each source its own row"),
            ),
            (
                Sources,
                source(",status", ",status;rumour"),
                row_2("supports", &format!("'status;rumour' names 'rumour', which is not one of {figures}")),
            ),
            (
                Full,
                source("F001", "F999"),
                "data/sources.csv, row 0, column facility_id: 'F999' is no plant of the data".into(),
            ),
            (
                Aggregates,
                aggregate("2024", "20x4"),
                row_2("year", "'20x4' is not a year (2024) or a span of years (2014-2024)"),
            ),
            (
                Aggregates,
                aggregate("2024", "2025-2024"),
                row_2("year", "'2025-2024' is a span that ends before it starts"),
            ),
            (
                Aggregates,
                aggregate("total", "Total"),
                row_2("series", "'Total' is not a series name (lower-case letters, digits and _)"),
            ),
            (
                Aggregates,
                aggregate("USD billion", "furlongs"),
                row_2("unit", "'furlongs' is not one of USD billion, EUR billion, percent, percent (approx.)"),
            ),
            (Aggregates, aggregate(",16,", ",lots,"), row_2("value", "'lots' is not a number")),
        ]
    }

    #[test]
    fn every_problem_reads_in_english_as_it_always_has() {
        let en = crate::i18n::english();
        for (file, text, want) in cases() {
            let found = problems(file, &text);
            let said = found.first().map(|p| p.say(&en));
            assert_eq!(said.as_deref(), Some(want.as_str()), "{file:?} {text:?}");
        }
    }

    /// Every `parse-*` message this file names is in the English catalog (which the other catalogs
    /// mirror, placeholder for placeholder: `tests/catalogs.rs`) and is said by a case above, without a
    /// placeholder left unfilled; and the catalog has no `parse-*` message the checks never give.
    #[test]
    fn every_message_the_checks_give_is_in_the_catalogs() {
        let source = include_str!("parse.rs");
        let named: std::collections::BTreeSet<&str> = source
            .split("said(\"")
            .skip(1)
            .filter_map(|s| s.split('"').next())
            .filter(|id| id.starts_with("parse-"))
            .collect();
        assert!(named.len() > 20, "{named:?}");
        let in_catalog: std::collections::BTreeSet<&str> = crate::i18n::EN
            .lines()
            .filter_map(|l| l.split_once(" = ").map(|(id, _)| id))
            .filter(|id| id.starts_with("parse-"))
            .collect();
        assert_eq!(named, in_catalog, "the ids parse.rs names and en.ftl's parse-* messages");
        // The csv crate only fails on text that is not UTF-8, or on a header read twice; the reader is given
        // text, and `twice` is caught before it: these two are there for a csv crate that fails otherwise.
        let unreachable = ["parse-header-unreadable", "parse-row-unreadable"];
        let mut said: std::collections::BTreeSet<&str> = unreachable.into_iter().collect();
        for (file, text, _) in cases() {
            for p in problems(file, &text) {
                assert!(!p.say(&crate::i18n::english()).contains("{$"), "{p:?}");
                for tag in ["zh-CN", "pt-BR"] {
                    assert!(!p.say(&catalog(tag)).contains("{$"), "{tag}: {p:?}");
                }
                said.insert(p.message.id);
            }
        }
        assert_eq!(said, named, "each message has a case");
        for tag in crate::i18n::lang::ALL.iter().map(|(tag, _)| *tag) {
            let words = catalog(tag);
            for id in &named {
                assert!(words.has(id), "{tag} lacks {id}");
            }
        }
    }

    /// A reader of another language reads the problem in it, the row as the language writes numbers; the
    /// file's own words (its column, its value) stay as they are.
    #[test]
    fn the_reader_reads_problems_in_their_language() {
        let good = vec![GOOD; 1202];
        let far = lines(HEADER, &[good.as_slice(), &[with(6, "95.2").as_str()]].concat());
        let cases = [
            ("zh-CN", far.clone(), "x.csv，第1,204行，latitude列：“95.2”超出−90…90的范围"),
            ("pt-BR", far, "x.csv, linha 1.204, coluna latitude: '95.2' está fora do intervalo −90…90"),
            ("zh-CN", lines(HEADER, &[&with(3, "cars")]), "x.csv，第2行，segment列：“cars”不是以下之一：battery_cells"),
            ("pt-BR", HEADER.replace(",city,", ",town,"), "x.csv, linha 1: o cabeçalho não tem a coluna city"),
            ("pt-BR", lines(HEADER, &["F1,BYD"]), "x.csv, linha 2: tem 2 campos, o cabeçalho tem 23"),
            ("zh-CN", String::new(), "x.csv，第1行：文件为空"),
            ("zh-CN", HEADER.replace(",city,", ",town,"), "x.csv，第1行：表头缺少city列"),
            ("pt-BR", lines(HEADER, &["F1"]), "x.csv, linha 2: tem 1 campo, o cabeçalho tem 23"),
        ];
        for (tag, text, want) in cases {
            let found = parse_facilities("x.csv", &text).1;
            let said = found.first().map(|p| p.say(&catalog(tag))).unwrap_or_default();
            assert!(said.starts_with(want), "{tag}: {said}");
        }
    }
}

#[cfg(test)]
mod reader_tests {
    use super::*;

    const HEADER: &str = "id,company,parent_country,segment,host_country,city,latitude,longitude,status,announced_year,production_start,investment_value,investment_currency,investment_usd_millions,usd_basis,capacity_value,capacity_unit,partner,ownership,source_url,source_quote";
    use crate::data::FACILITIES_FULL_CSV as FACILITIES_CSV;

    #[test]
    fn reading_in_steps_gives_what_reading_at_once_gives() {
        let (once, problems) = parse_facilities("f.csv", FACILITIES_CSV);
        assert!(problems.is_empty());
        let mut r = facility_reader("f.csv", FACILITIES_CSV);
        let mut progress = vec![r.progress()];
        while !r.step(7) {
            progress.push(r.progress());
        }
        assert!(progress.windows(2).all(|w| w[0] <= w[1]), "progress never goes back");
        assert!(progress.len() >= once.len() / 7);
        assert_eq!(r.progress(), 1.0);
        let (stepped, _, rejected) = r.finish();
        assert_eq!(stepped, once);
        assert!(rejected.is_empty());
    }

    #[test]
    fn records_from_json_objects_are_checked_like_csv_rows() {
        let headers: Vec<&str> = HEADER.split(',').take(21).collect();
        let mut r = facility_checker("mine.json", &headers);
        let good = [
            "F9",
            "BYD",
            "CN",
            "vehicle_assembly",
            "HU",
            "Szeged",
            "46.25",
            "20.15",
            "operational",
            "2023",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "chinese_owned",
            "https://a.org/x",
            "a quote",
        ];
        r.check(1, &StringRecord::from(good.to_vec()));
        let mut bad = good;
        bad[6] = "95.2";
        r.check(2, &StringRecord::from(bad.to_vec()));
        let (values, problems, rejected) = r.finish();
        assert_eq!(values.len(), 1);
        assert_eq!(values[0].city, "Szeged");
        assert_eq!(rejected.len(), 1);
        let said = problems[0].say(&crate::i18n::english());
        assert_eq!(said, "mine.json, row 2, column latitude: '95.2' is outside −90…90");
    }
}
