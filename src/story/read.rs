//! Reading `data/story.csv`: each row becomes a [`Step`] once its figures, view, year and words check
//! against the dataset, its words in English or in a catalog's language; every problem is reported with
//! its line and column (or its catalog and message), and any problem refuses the whole story.

use csv::StringRecord;

use super::cites::Cite;
use super::numbers::Reading;
use super::{count, notes, numbers, pages, Cited, Step, Story, ANNOTATION_MAX_CHARS};
use crate::chart::home_abroad::{ABROAD_SERIES, HOME_SERIES};
use crate::i18n::Catalog;
use crate::model::schema::{self, StoryRecord, STORY_COLUMNS};
use crate::model::{Dataset, Year};
use crate::state::url_state::decode;

/// The file name problems are reported under.
pub const FILE: &str = "data/story.csv";

/// A step's fields that are words for the reader: the columns of `data/story.csv` a catalog translates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Title,
    Text,
    Annotation,
    Announce,
}

impl Field {
    pub const ALL: [Field; 4] = [Field::Title, Field::Text, Field::Annotation, Field::Announce];

    /// Its column of `data/story.csv`, and the end of its catalog messages.
    pub fn name(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Text => "text",
            Field::Annotation => "annotation",
            Field::Announce => "announce",
        }
    }

    /// The catalog message that translates this field of step `n`: `story-3-text`.
    pub fn id(self, n: usize) -> String {
        format!("story-{n}-{}", self.name())
    }

    fn named(name: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.name() == name)
    }
}

/// The step and the field name of a message that translates the story's words (`story-3-text` → `(3,
/// "text")`); `None` for any other message (`story-sources`, `map-title`).
pub fn word_of(id: &str) -> Option<(usize, &str)> {
    let (n, field) = id.strip_prefix("story-")?.split_once('-')?;
    let n = n.bytes().all(|b| b.is_ascii_digit()).then(|| n.parse().ok()).flatten()?;
    Some((n, field))
}

/// The story in English, as `data/story.csv` writes it: [`read_in`] with the English catalog, which
/// translates nothing.
pub fn read(csv_text: &str, data: &Dataset) -> Result<Story, Vec<String>> {
    read_in(csv_text, data, &crate::i18n::english())
}

/// Parses a story and checks it against `data` (which must be the full data: every aggregate row, and
/// each plant's sources) and the pages of `data/aggregate-sources.csv`, each step's words in the language
/// of `words`: a field its catalog translates (`story-<n>-<field>`) reads as the catalog says, any other
/// as the file's English, and every language's words are checked alike (the numbers as that language
/// writes them). Every problem names its line of the CSV file and, where it concerns one field, its
/// column; or the catalog's file and message.
pub fn read_in(csv_text: &str, data: &Dataset, words: &Catalog) -> Result<Story, Vec<String>> {
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
    // Whether each step has an annotation in English (a catalog translates only those there are).
    let mut annotated = Vec::new();
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
        annotated.push(false);
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
        annotated[rows - 1] = !raw.annotation.trim().is_empty();
        match step(&raw, line, rows, data, &pages, words) {
            Ok(s) => steps.push(s),
            Err(p) => problems.extend(p),
        }
    }
    if rows == 0 {
        problems.push(format!("{FILE} line 2: the story has no steps"));
    }
    problems.extend(strays(words, &annotated));
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

/// The catalog's file, as problems name it: `i18n/zh-CN.ftl`.
fn catalog_file(words: &Catalog) -> String {
    format!("i18n/{}.ftl", words.tag())
}

/// The catalog's story messages that translate nothing: of a step the file lacks, of no field, or of an
/// annotation the step has not.
fn strays(words: &Catalog, annotated: &[bool]) -> Vec<String> {
    words
        .ids()
        .filter_map(|id| {
            let (n, name) = word_of(id)?;
            let why = match Field::named(name) {
                None => {
                    let fields: Vec<&str> = Field::ALL.iter().map(|f| f.name()).collect();
                    format!("'{name}' is not a step's field ({})", fields.join(", "))
                }
                Some(_) if n == 0 || n > annotated.len() => format!("the story has no step {n}"),
                Some(Field::Annotation) if !annotated[n - 1] => {
                    format!("step {n} has no annotation in {FILE} to translate")
                }
                Some(_) => return None,
            };
            Some(format!("{}, {id}: {why}", catalog_file(words)))
        })
        .collect()
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

/// One row as a step, the `expected`-th of the file, in the language of `words`.
fn step(
    raw: &StoryRecord,
    line: usize,
    expected: usize,
    data: &Dataset,
    pages: &[pages::Page],
    words: &Catalog,
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
    // The reader's words: each field as the catalog translates it, else the file's English; the English
    // and the translation checked alike, each with its numbers read as its language writes them. (With a
    // cite that does not read, the figures are not all known: the cites' problems say enough.)
    let figures = cited_all.then_some(Figures { values: &values, cites: raw.cites.trim() });
    let mut said = |field: Field, english: String| -> String {
        for why in check(field, &english, None, &Reading::english(), figures.as_ref()) {
            row.problem(field.name(), why);
        }
        let id = field.id(expected);
        if !words.has(&id) {
            return english;
        }
        let theirs = words.text(&id);
        for why in check(field, &theirs, Some(&english), &Reading::of(words), figures.as_ref()) {
            row.problems.push(format!("{}, {id}: {why}", catalog_file(words)));
        }
        theirs
    };
    let title = said(Field::Title, title);
    let text = said(Field::Text, text);
    let annotation = annotation.map(|a| said(Field::Annotation, a));
    let announce = said(Field::Announce, announce);
    if !row.problems.is_empty() {
        return Err(row.problems);
    }
    Ok(Step { n: expected, title, text, citations, view, highlight_year, annotation, announce })
}

/// The numbers a step may state, and its cites as the file writes them (for the problem).
struct Figures<'a> {
    values: &'a [f64],
    cites: &'a str,
}

/// What is wrong with one field's words `shown` (read as `how` says), translated from `english` if it is
/// a translation: a working note, a placeholder that does not read or that the English has not (or the
/// other way round), an annotation too long, digits that are not read, a number that is no cited figure.
fn check(field: Field, shown: &str, english: Option<&str>, how: &Reading, figures: Option<&Figures>) -> Vec<String> {
    let mut problems: Vec<String> = notes::working_note(shown).into_iter().chain(count::problems(shown)).collect();
    if let Some(english) = english {
        let fragments = |s: &str| {
            let mut found: Vec<String> =
                count::placeholders(s).unwrap_or_default().into_iter().map(|(_, f)| f.to_owned()).collect();
            found.sort();
            found
        };
        let (theirs, ours) = (fragments(shown), fragments(english));
        if theirs != ours {
            let list = |f: &[String]| f.iter().map(|f| format!("{{count:{f}}}")).collect::<Vec<_>>().join(" ");
            problems.push(format!(
                "has the counts [{}], but the English of {FILE} has [{}]: a translation keeps every count",
                list(&theirs),
                list(&ours)
            ));
        }
    }
    let chars = shown.chars().count();
    if field == Field::Annotation && chars > ANNOTATION_MAX_CHARS {
        problems.push(format!("is {chars} characters long; an annotation has at most {ANNOTATION_MAX_CHARS}"));
    }
    if let Some(c) = numbers::unread(shown) {
        problems.push(format!("writes the digit '{c}'; numbers are written with 0–9, so that they are checked"));
    }
    if let Some(f) = figures {
        for n in numbers::stated(&count::without(shown), how) {
            if !numbers::backed(&n, f.values) {
                problems.push(format!(
                    "states {}, which is none of the figures this step cites ({})",
                    n.said(),
                    f.cites
                ));
            }
        }
    }
    problems
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
        assert_eq!(
            (first.publisher.as_str(), first.citing.as_str()),
            ("GreenergyDaily (Bloomberg)", "Rhodium Group (report of 2025-08-18)")
        );
        assert_eq!(
            (first.published.as_str(), first.figure.as_str()),
            ("2025-08-17", "agg:2024:overseas_ev_investment_total")
        );
        // Said in each language, its dates as the language writes them.
        let said = [
            ("en", "GreenergyDaily (Bloomberg), citing Rhodium Group (report of 18 August 2025), 17 August 2025"),
            ("zh-CN", "GreenergyDaily (Bloomberg)，援引Rhodium Group（2025年8月18日的报告），2025年8月17日"),
            (
                "pt-BR",
                "GreenergyDaily (Bloomberg), citando Rhodium Group (relatório de 18 de agosto de 2025), 17 de agosto de 2025",
            ),
        ];
        for (tag, want) in said {
            assert_eq!(first.said(&crate::i18n::catalog_for_tests(tag)), want, "{tag}");
        }
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
        assert_eq!((plant[0].publisher.as_str(), plant[0].citing.as_str()), ("Agência Brasil", ""));
        assert_eq!(plant[0].credit(&crate::i18n::catalog_for_tests("zh-CN")), "Agência Brasil");
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
            (1, 2, "Abroad, $99 bn went in 2024.", "line 2, column text: states 99 bn, which is none of the figures"),
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

    /// A catalog of `tag` with the shipped one's number marks and these story messages.
    fn words(tag: &str, messages: &str) -> Catalog {
        let (group, decimal) = crate::i18n::numbers::marks(&crate::i18n::catalog_for_tests(tag));
        let text = format!("number-group = {{ \"{group}\" }}\nnumber-decimal = {{ \"{decimal}\" }}\n{messages}\n");
        let (c, problems) = Catalog::parse(tag, &text);
        assert!(problems.is_empty(), "{problems:?}");
        c
    }

    #[test]
    fn a_step_reads_in_the_language_of_its_catalog_and_english_where_it_has_no_translation() {
        let data = full();
        let zh = words(
            "zh-CN",
            r#"story-1-title = 海外首超国内
story-1-text = 2024年约US$160亿投向海外。图集收录了巴西的{ "{count:country=BR}" }座工厂。
story-1-annotation = 2024年：海外US$160亿
story-2-announce = 图表：突出显示2024年；{ "{count:}" }座工厂"#,
        );
        let story = read_in(&csv_of(&[good(1), good(2)]), &data, &zh).expect("reads").resolve(&data);
        let brazil = data.facilities.iter().filter(|f| f.host_country.as_str() == "BR").count();
        let (one, two) = (&story.steps[0], &story.steps[1]);
        assert_eq!((one.title.as_str(), one.annotation.as_deref()), ("海外首超国内", Some("2024年：海外US$160亿")));
        assert_eq!(one.text, format!("2024年约US$160亿投向海外。图集收录了巴西的{brazil}座工厂。"));
        assert_eq!(one.announce, format!("Chart: 2024 highlighted; {} plants", data.facilities.len()), "English");
        assert_eq!(two.title, "Abroad passes home", "English where the catalog has no translation");
        assert_eq!(two.announce, format!("图表：突出显示2024年；{}座工厂", data.facilities.len()));
        let pt = words(
            "pt-BR",
            r#"story-1-text = Cerca de US$ 16 bi foram para fora em 2024, e R$ 5,5 bilhões a Camaçari, para 150.000 veículos. São { "{count:country=BR}" } fábricas no Brasil."#,
        );
        let story = read_in(&csv_of(&[good(1), good(2)]), &data, &pt).expect("reads");
        assert!(story.steps[0].text.starts_with("Cerca de US$ 16 bi"), "{}", story.steps[0].text);
    }

    /// A translation is held to the English's rules, in its own language's numbers: each bad one is named
    /// by its catalog and message.
    #[test]
    fn every_kind_of_bad_translation_is_named_by_its_catalog_and_message() {
        let data = full();
        let count = r#"{ "{count:country=BR}" }"#;
        let cases: Vec<(&str, String, &str)> = vec![
            // 16 billion is 160亿; 16亿 is 1.6 billion, a figure the step does not cite.
            (
                "zh-CN",
                format!("story-1-text = 约US$16亿投向海外。{count}"),
                "i18n/zh-CN.ftl, story-1-text: states 16亿, which is none of the figures this step cites",
            ),
            ("zh-CN", format!("story-1-text = 年产能16万辆。{count}"), "story-1-text: states 16万"),
            (
                "pt-BR",
                format!("story-1-text = Cerca de US$ 16 bi e 1.250 ônibus. {count}"),
                "i18n/pt-BR.ftl, story-1-text: states 1.250",
            ),
            // An English decimal point in Portuguese reads as two numbers.
            ("pt-BR", format!("story-1-text = Cerca de US$ 15.5 bi. {count}"), "story-1-text: states 15,"),
            ("pt-BR", "story-1-annotation = US$ 17 bi".to_owned(), "i18n/pt-BR.ftl, story-1-annotation: states 17 bi"),
            (
                "zh-CN",
                "story-1-text = 约US$160亿投向海外。".to_owned(),
                "story-1-text: has the counts [], but the English of data/story.csv has [{count:country=BR}]",
            ),
            ("zh-CN", r#"story-1-text = { "{count:country=HU}" }座"#.to_owned(), "has the counts [{count:country=HU}]"),
            ("zh-CN", "story-2-announce = 图表".to_owned(), "story-2-announce: has the counts []"),
            (
                "zh-CN",
                r#"story-1-text = { "{count:segment=cars}" }座"#.to_owned(),
                "story-1-text: {count:segment=cars} does not read",
            ),
            ("zh-CN", "story-1-title = １６亿".to_owned(), "story-1-title: writes the digit '１'"),
            ("zh-CN", "story-1-title = TODO 标题".to_owned(), "story-1-title: contains 'todo'"),
            (
                "pt-BR",
                "story-1-annotation = Um rótulo comprido demais para caber no gráfico".to_owned(),
                "story-1-annotation: is 47 characters long",
            ),
            (
                "pt-BR",
                "story-3-title = Etapa a mais".to_owned(),
                "i18n/pt-BR.ftl, story-3-title: the story has no step 3",
            ),
            ("pt-BR", "story-1-heading = Título".to_owned(), "story-1-heading: 'heading' is not a step's field"),
            (
                "pt-BR",
                "story-2-annotation = Nota".to_owned(),
                "story-2-annotation: step 2 has no annotation in data/story.csv",
            ),
        ];
        for (tag, messages, problem) in &cases {
            let csv = with(2, 6, "");
            let problems = read_in(&csv, &data, &words(tag, messages)).err().unwrap_or_default();
            assert!(problems.iter().any(|p| p.contains(problem)), "{tag} {messages:?}: {problems:?}");
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
