//! Reading `data/story.csv`: each row becomes a [`Step`] once its figures, view, year and words check
//! against the dataset; every problem is reported with its line and column, and any problem refuses the
//! whole story.

use csv::StringRecord;

use super::cites::Cite;
use super::{count, notes, numbers, pages, Cited, Step, Story, ANNOTATION_MAX_CHARS};
use crate::chart::home_abroad::{ABROAD_SERIES, HOME_SERIES};
use crate::model::schema::{self, StoryRecord, STORY_COLUMNS};
use crate::model::{Dataset, Year};
use crate::state::url_state::decode;

/// The file name problems are reported under.
pub const FILE: &str = "data/story.csv";

/// Parses a story and checks it against `data` (which must be the full data: every aggregate row, and
/// each plant's sources) and the pages of `data/aggregate-sources.csv`. Every problem names its line of
/// the CSV file and, where it concerns one field, its column.
pub fn read(csv_text: &str, data: &Dataset) -> Result<Story, Vec<String>> {
    let (pages, mut problems) = pages::shipped();
    let body = csv_text.strip_prefix('\u{feff}').unwrap_or(csv_text);
    if body.trim().is_empty() {
        problems.push(format!("{FILE} line 1: the file is empty"));
        return Err(problems);
    }
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(body.as_bytes());
    let headers: StringRecord = match reader.headers() {
        Ok(h) => h.iter().map(str::trim).collect(),
        Err(e) => {
            problems.push(format!("{FILE} line 1: the header cannot be read: {e}"));
            return Err(problems);
        }
    };
    let header_problems = header(&headers);
    if !header_problems.is_empty() {
        problems.extend(header_problems);
        return Err(problems);
    }
    let mut steps = Vec::new();
    let mut rows = 0;
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = line_at(body, e.position().map_or(0, csv::Position::byte));
                problems.push(format!("{FILE} line {line}: the row cannot be read: {e}"));
                // A broken quote or encoding can leave the reader stuck: stop rather than loop.
                if matches!(e.kind(), csv::ErrorKind::UnequalLengths { .. }) {
                    continue;
                }
                break;
            }
        };
        let line = line_at(body, record.position().map_or(0, csv::Position::byte));
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        rows += 1;
        if record.len() != headers.len() {
            problems.push(format!("{FILE} line {line}: has {} fields, the header has {}", record.len(), headers.len()));
            continue;
        }
        let raw: StoryRecord = match record.deserialize(Some(&headers)) {
            Ok(r) => r,
            Err(e) => {
                problems.push(format!("{FILE} line {line}: the row cannot be read: {e}"));
                continue;
            }
        };
        match step(&raw, line, rows, data, &pages) {
            Ok(s) => steps.push(s),
            Err(p) => problems.extend(p),
        }
    }
    if rows == 0 {
        problems.push(format!("{FILE} line 2: the story has no steps"));
    }
    if problems.is_empty() {
        Ok(Story { steps })
    } else {
        Err(problems)
    }
}

/// The 1-based line of the record that starts at `byte` of `text`: its first field's line (the csv
/// crate's own position stands before any blank lines that precede the record).
pub(super) fn line_at(text: &str, byte: u64) -> usize {
    let bytes = text.as_bytes();
    let mut end = usize::try_from(byte).unwrap_or(usize::MAX).min(bytes.len());
    while end < bytes.len() && (bytes[end] == b'\n' || bytes[end] == b'\r') {
        end += 1;
    }
    1 + bytes[..end].iter().filter(|b| **b == b'\n').count()
}

/// What is wrong with the header: a missing, unknown or repeated column.
fn header(headers: &StringRecord) -> Vec<String> {
    let mut problems = Vec::new();
    for column in schema::required(STORY_COLUMNS) {
        if !headers.iter().any(|h| h == column) {
            problems.push(format!("{FILE} line 1: the header lacks the column {column}"));
        }
    }
    let known: Vec<&str> = schema::names(STORY_COLUMNS).collect();
    for (i, h) in headers.iter().enumerate() {
        if !known.contains(&h) {
            problems.push(format!(
                "{FILE} line 1: the header has a column '{h}', which is not one of {}",
                known.join(", ")
            ));
        } else if headers.iter().take(i).any(|e| e == h) {
            problems.push(format!("{FILE} line 1: the header names the column {h} twice"));
        }
    }
    problems
}

/// The problems of one row, each with its line and column.
struct Row {
    line: usize,
    problems: Vec<String>,
}

impl Row {
    fn problem(&mut self, column: &str, why: impl Into<String>) {
        self.problems.push(format!("{FILE} line {}, column {column}: {}", self.line, why.into()));
    }

    /// The trimmed text of a column that must not be empty.
    fn required(&mut self, column: &str, raw: &str) -> String {
        let s = raw.trim();
        if s.is_empty() {
            self.problem(column, "is empty, but a value is required");
        }
        s.to_owned()
    }
}

/// One row as a step, the `expected`-th of the file.
fn step(
    raw: &StoryRecord,
    line: usize,
    expected: usize,
    data: &Dataset,
    pages: &[pages::Page],
) -> Result<Step, Vec<String>> {
    let mut row = Row { line, problems: Vec::new() };
    let n = raw.step.trim();
    match n.parse::<usize>() {
        Ok(n) if n == expected => {}
        Ok(n) => row
            .problem("step", format!("is {n}, but this is step {expected}: steps are numbered 1, 2, 3… in file order")),
        Err(_) => row.problem("step", format!("'{n}' is not a step number")),
    }
    let title = row.required("title", &raw.title);
    let text = row.required("text", &raw.text);
    let announce = row.required("announce", &raw.announce);
    let annotation = Some(raw.annotation.trim()).filter(|a| !a.is_empty()).map(str::to_owned);
    if let Some(a) = &annotation {
        let chars = a.chars().count();
        if chars > ANNOTATION_MAX_CHARS {
            row.problem(
                "annotation",
                format!("is {chars} characters long; an annotation has at most {ANNOTATION_MAX_CHARS}"),
            );
        }
    }
    let (citations, values, cited_all) = cites(&mut row, &raw.cites, data, pages);
    let fragment = raw.view.trim();
    let (view, notices) = decode(fragment);
    if !notices.is_empty() {
        row.problem(
            "view",
            format!(
                "'{fragment}' does not read: {}",
                notices.iter().map(|m| m.say(&crate::i18n::english())).collect::<Vec<_>>().join("; ")
            ),
        );
    }
    if let Some(id) = &view.focus {
        if !data.facilities.iter().any(|f| &f.id == id) {
            row.problem("view", format!("focus={id} is not a plant of data/facilities.csv"));
        }
    }
    let highlight_year = highlight_year(&mut row, raw.highlight_year.trim(), data);
    let words = [("title", &title), ("text", &text), ("announce", &announce)];
    for (column, s) in words.into_iter().chain(annotation.as_ref().map(|a| ("annotation", a))) {
        if let Some(why) = notes::working_note(s) {
            row.problem(column, why);
        }
        for why in count::problems(s) {
            row.problem(column, why);
        }
        // With a cite that does not read, the figures are not all known: the cites' problems say enough.
        if cited_all {
            for n in numbers::stated(&count::without(s)) {
                if !numbers::backed(&n, &values) {
                    let cites = raw.cites.trim();
                    row.problem(
                        column,
                        format!("states {}, which is none of the figures this step cites ({cites})", n.written),
                    );
                }
            }
        }
    }
    if !row.problems.is_empty() {
        return Err(row.problems);
    }
    Ok(Step { n: expected, title, text, citations, view, highlight_year, annotation, announce })
}

/// The pages behind the `cites` of a step, each URL once, in order; the numbers they back; and whether
/// every cite was found.
fn cites(row: &mut Row, raw: &str, data: &Dataset, pages: &[pages::Page]) -> (Vec<Cited>, Vec<f64>, bool) {
    let mut citations: Vec<Cited> = Vec::new();
    let mut values = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    let before = row.problems.len();
    if raw.trim().is_empty() {
        row.problem("cites", "is empty: a step cites at least one figure");
    }
    for id in raw.split(';').map(str::trim).filter(|_| !raw.trim().is_empty()) {
        if id.is_empty() {
            row.problem("cites", "has an empty figure id (two ';' in a row, or one at an end)");
            continue;
        }
        if seen.contains(&id) {
            row.problem("cites", format!("names {id} twice"));
            continue;
        }
        seen.push(id);
        match Cite::parse(id).and_then(|c| c.backing(data, pages)) {
            Ok(b) => {
                for page in b.pages {
                    match citations.iter_mut().find(|c| c.url == page.url) {
                        Some(c) if !c.figures.contains(&page.figure) => c.figures.push(page.figure),
                        Some(_) => {}
                        None => citations.push(page),
                    }
                }
                values.extend(b.values);
            }
            Err(why) => row.problem("cites", why),
        }
    }
    (citations, values, row.problems.len() == before)
}

/// The year the home-vs-abroad chart highlights: one it draws.
fn highlight_year(row: &mut Row, raw: &str, data: &Dataset) -> Option<Year> {
    if raw.is_empty() {
        return None;
    }
    let mut drawn: Vec<u16> = data
        .aggregates
        .iter()
        .filter(|a| a.series == HOME_SERIES || a.series == ABROAD_SERIES)
        .filter_map(|a| a.period.single())
        .map(|y| y.0)
        .collect();
    drawn.sort_unstable();
    drawn.dedup();
    match raw.parse::<u16>() {
        Ok(y) if raw.len() == 4 && drawn.contains(&y) => Some(Year(y)),
        _ => {
            let years: Vec<String> = drawn.iter().map(u16::to_string).collect();
            row.problem(
                "highlight_year",
                format!("'{raw}' is not a year of the home-vs-abroad chart ({})", years.join(", ")),
            );
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{AGGREGATES_FULL_CSV, FACILITIES_FULL_CSV, SOURCES_FULL_CSV};
    use crate::model::parse_full;

    /// The full data, as the atlas reads it from the shipped files.
    fn full() -> Dataset {
        parse_full(FACILITIES_FULL_CSV, AGGREGATES_FULL_CSV, SOURCES_FULL_CSV).0
    }

    const HEADER: &str = "step,title,text,cites,view,highlight_year,annotation,announce";

    /// A good step `n`: its fields in the header's order.
    fn good(n: usize) -> [String; 8] {
        [
            n.to_string(),
            "Abroad passes home".into(),
            "Around $16 bn went abroad in 2024. The atlas lists {count:country=BR} plants in Brazil.".into(),
            "agg:2024:overseas_ev_investment_total;plant:F001".into(),
            "view=chart:home-abroad&focus=F001".into(),
            "2024".into(),
            "2024: $16 bn abroad".into(),
            "Chart: 2024 highlighted; {count:} plants".into(),
        ]
    }

    fn csv_of(rows: &[[String; 8]]) -> String {
        let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
        let fields: Vec<&str> = HEADER.split(',').collect();
        let mut ok = w.write_record(&fields).is_ok();
        for r in rows {
            ok &= w.write_record(r).is_ok();
        }
        assert!(ok);
        String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
    }

    /// A story of two good steps with field `col` of step `n` (1-based) set to `value`.
    fn with(n: usize, col: usize, value: &str) -> String {
        let mut rows = [good(1), good(2)];
        rows[n - 1][col] = value.to_owned();
        csv_of(&rows)
    }

    #[test]
    fn a_good_step_reads_with_its_pages_credited() {
        let data = full();
        let story = read(&csv_of(&[good(1), good(2)]), &data).expect("reads");
        assert_eq!(story.len(), 2);
        let s = story.step(2).expect("step 2");
        assert_eq!((s.n, s.highlight_year), (2, Some(Year(2024))));
        assert_eq!(s.view.focus.as_deref(), Some("F001"));
        let first = &s.citations[0];
        assert_eq!(first.url, "https://www.greenergydaily.com/index.php?id=3821");
        assert_eq!(first.publisher, "GreenergyDaily (Bloomberg), citing Rhodium Group (report of 2025-08-18)");
        assert_eq!(
            (first.published.as_str(), first.figure.as_str()),
            ("2025-08-17", "agg:2024:overseas_ev_investment_total")
        );
        // Two figures on one page: the page once, backing both.
        let both = with(1, 3, "agg:2024:overseas_ev_investment_total;agg:2024:domestic_ev_investment_total");
        let story2 = read(&both, &data).expect("reads");
        let pages: Vec<(&str, Vec<&str>)> = story2.steps[0]
            .citations
            .iter()
            .map(|c| (c.url.as_str(), c.figures.iter().map(String::as_str).collect()))
            .collect();
        assert_eq!(
            pages,
            [(
                "https://www.greenergydaily.com/index.php?id=3821",
                vec!["agg:2024:overseas_ev_investment_total", "agg:2024:domestic_ev_investment_total"]
            )]
        );
        let plant: Vec<&Cited> = s.citations.iter().filter(|c| c.figure == "plant:F001").collect();
        let sources = data.facilities.iter().find(|f| f.id == "F001").map_or(0, |f| f.about.citations.len());
        assert!(sources > 0 && plant.len() == sources, "every source of F001, once");
        assert_eq!(plant[0].publisher, "Agência Brasil");
        // Placeholders stay until resolved.
        assert!(s.text.contains("{count:country=BR}"));
        let brazil = data.facilities.iter().filter(|f| f.host_country.as_str() == "BR").count();
        let resolved = story.resolve(&data);
        let r = resolved.step(1).expect("step 1");
        assert!(r.text.ends_with(&format!("lists {brazil} plants in Brazil.")), "{}", r.text);
        assert_eq!(r.announce, format!("Chart: 2024 highlighted; {} plants", data.facilities.len()));
        assert_eq!(story.step(0), None);
        assert_eq!(story.step(3), None);
    }

    #[test]
    fn every_kind_of_bad_step_is_named_by_line_and_column() {
        let data = full();
        // (step, column index, value, the words one problem must have)
        let cases: &[(usize, usize, &str, &str)] = &[
            (1, 3, "agg:2025:foo", "line 2, column cites: agg:2025:foo is not a row of data/aggregates.csv"),
            (2, 3, "plant:F999", "line 3, column cites: plant:F999 is not a plant of data/facilities.csv"),
            (1, 3, "agg:2024:overseas_ev_investment_total;;plant:F001", "line 2, column cites: has an empty figure id"),
            (1, 3, "plant:F001;plant:F001", "line 2, column cites: names plant:F001 twice"),
            (1, 3, "rhodium 2024", "line 2, column cites: 'rhodium 2024' is not a figure id"),
            (1, 3, "", "line 2, column cites: is empty"),
            (1, 2, "Abroad, $99 bn went in 2024.", "line 2, column text: states 99, which is none of the figures"),
            (2, 2, "BYD spends BRL 6.5 bn. More follows.", "line 3, column text: states 6.5"),
            (1, 6, "$17 bn abroad", "line 2, column annotation: states 17"),
            (1, 7, "Chart: 3 plants", "line 2, column announce: states 3"),
            (1, 1, "12 reasons to go abroad", "line 2, column title: states 12"),
            (1, 4, "segment=cars", "line 2, column view: 'segment=cars' does not read: segment=cars"),
            (1, 4, "colour=red", "line 2, column view: 'colour=red' does not read"),
            (2, 4, "focus=F999", "line 3, column view: focus=F999 is not a plant"),
            (2, 0, "3", "line 3, column step: is 3, but this is step 2"),
            (1, 0, "one", "line 2, column step: 'one' is not a step number"),
            (1, 1, "", "line 2, column title: is empty"),
            (1, 2, " ", "line 2, column text: is empty"),
            (1, 7, "", "line 2, column announce: is empty"),
            (1, 2, "TODO: the 2024 figure. More.", "line 2, column text: contains 'todo'"),
            (1, 2, "Verify the $16 bn figure.", "line 2, column text: contains 'verify'"),
            (1, 2, "As the brief says, $16 bn.", "line 2, column text: contains 'brief'"),
            (1, 2, "See https://rhg.com for $16 bn.", "line 2, column text: contains 'http'"),
            (1, 2, "From /work/shared/reference, $16 bn.", "line 2, column text: contains '/work'"),
            (1, 6, "Notes in SOURCES.md", "line 2, column annotation: names a file"),
            (1, 2, "Brazil has {count:country=BR plants.", "line 2, column text: has a {count: that is not closed"),
            (1, 7, "{count:segment=cars} plants", "line 2, column announce: {count:segment=cars} does not read"),
            (
                1,
                5,
                "2019",
                "line 2, column highlight_year: '2019' is not a year of the home-vs-abroad chart (2022, 2023, 2024)",
            ),
            (1, 5, "24", "line 2, column highlight_year: '24' is not a year"),
            (1, 6, "BYD Camaçari: production since July 2025!", "line 2, column annotation: is 41 characters long"),
        ];
        for &(n, col, value, words) in cases {
            let problems = read(&with(n, col, value), &data).err().unwrap_or_default();
            assert!(problems.iter().any(|p| p.starts_with(FILE) && p.contains(words)), "{value:?}: {problems:?}");
        }
    }

    #[test]
    fn broken_files_are_refused_with_their_lines() {
        let data = full();
        let two = csv_of(&[good(1), good(2)]);
        let mut rows = two.lines();
        let (head, one, second) = (rows.next().unwrap_or(""), rows.next().unwrap_or(""), rows.next().unwrap_or(""));
        let long_text = good(1)[2].replace(". The", ".\nThe");
        let multi = csv_of(&[
            [
                good(1)[0].clone(),
                good(1)[1].clone(),
                long_text,
                good(1)[3].clone(),
                good(1)[4].clone(),
                good(1)[5].clone(),
                good(1)[6].clone(),
                good(1)[7].clone(),
            ],
            good(2),
        ]);
        let cases: Vec<(String, &str)> = vec![
            (String::new(), "line 1: the file is empty"),
            (HEADER.to_owned(), "line 2: the story has no steps"),
            (HEADER.replace(",announce", ""), "line 1: the header lacks the column announce"),
            (format!("{HEADER},notes\n{one},x"), "line 1: the header has a column 'notes'"),
            (HEADER.replace("title", "step"), "line 1: the header names the column step twice"),
            (format!("{head}\n{one}\n1,2,3"), "line 3: has 3 fields, the header has 8"),
            // A blank line, and a field over two lines, move the next row down.
            (format!("{head}\n{one}\n\n{}", second.replacen('2', "5", 1)), "line 4, column step: is 5"),
            (multi.replacen("\n2,", "\n7,", 1), "line 4, column step: is 7"),
        ];
        for (text, words) in &cases {
            let problems = read(text, &data).err().unwrap_or_default();
            assert!(problems.iter().any(|p| p.contains(words)), "{text:?}: {problems:?}");
        }
        assert!(read(&format!("\u{feff}{two}"), &data).is_ok(), "a byte-order mark is fine");
    }
}
