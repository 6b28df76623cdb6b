//! The data rules of `data/README.md`, checked on the shipped files with the `csv` crate only (independent of
//! the app's parser). Every failure names the file, the row id and the column. Run with
//! `scripts/validate-data.sh` (`cargo test --test data_rules -- --nocapture`), which also prints per-column
//! completeness.

use std::collections::{HashMap, HashSet};

const FACILITY_COLUMNS: &[&str] = &[
    "id",
    "company",
    "parent_country",
    "segment",
    "host_country",
    "city",
    "latitude",
    "longitude",
    "status",
    "announced_year",
    "production_start",
    "investment_value",
    "investment_currency",
    "investment_usd_millions",
    "usd_basis",
    "capacity_value",
    "capacity_unit",
    "partner",
    "ownership",
    "source_url",
    "source_quote",
    "source_accessed",
    "notes",
    "status_as_of",
    "chinese_share_pct",
    "investment_scope",
    "internal_notes",
];
const SOURCE_COLUMNS: &[&str] =
    &["facility_id", "source_url", "publisher", "published", "source_quote", "source_accessed", "supports"];
const SUPPORTS: &[&str] = &[
    "company",
    "site",
    "segment",
    "status",
    "announced_year",
    "production_start",
    "investment",
    "capacity",
    "ownership",
    "partner",
    "coordinates",
];

/// The conversion table of data/README.md: USD per unit of each currency. A test below checks that the README
/// states exactly these rates.
const RATES: &[(&str, f64)] = &[
    ("EUR", 1.0817),
    ("GBP", 1.2440),
    ("AUD", 0.6644),
    ("THB", 1.0 / 34.7841),
    ("BRL", 1.0 / 4.9946),
    ("SEK", 1.0 / 10.6089),
    ("KRW", 1.0 / 1306.7637),
    ("JPY", 1.0 / 140.5001),
    ("MYR", 1.0 / 4.5577),
    ("MXN", 1.0 / 17.7334),
    ("ZAR", 1.0 / 18.4535),
    ("INR", 1.0 / 82.5708),
    ("CNY", 1.0 / 7.0809),
];

type Row = HashMap<String, String>;

fn read(path: &str, expected: &[&str]) -> (Vec<String>, Vec<Row>) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let body = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let mut reader = csv::ReaderBuilder::new().from_reader(body.as_bytes());
    let headers: Vec<String> = reader.headers().expect("header").iter().map(str::to_owned).collect();
    let mut rows = Vec::new();
    for (k, record) in reader.records().enumerate() {
        let record = record.unwrap_or_else(|e| panic!("{path}, line {}: {e}", k + 2));
        rows.push(headers.iter().cloned().zip(record.iter().map(str::to_owned)).collect());
    }
    let missing: Vec<&&str> = expected.iter().filter(|c| !headers.iter().any(|h| h == *c)).collect();
    assert!(missing.is_empty(), "{path} lacks columns {missing:?}");
    (headers, rows)
}

fn facilities() -> (Vec<String>, Vec<Row>) {
    read("data/facilities.csv", FACILITY_COLUMNS)
}

fn sources() -> Vec<Row> {
    read("data/sources.csv", SOURCE_COLUMNS).1
}

fn get<'a>(r: &'a Row, c: &str) -> &'a str {
    r.get(c).map(|s| s.trim()).unwrap_or("")
}

fn fail_if_any(what: &str, problems: Vec<String>) {
    assert!(problems.is_empty(), "{what}: {} problem(s)\n{}", problems.len(), problems.join("\n"));
}

fn is_date(s: &str, day_required: bool) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let ok_num = |p: &str, n: usize| p.len() == n && p.chars().all(|c| c.is_ascii_digit());
    match parts.as_slice() {
        [y, m] if !day_required => ok_num(y, 4) && ok_num(m, 2) && (1..=12).contains(&m.parse::<u32>().unwrap_or(0)),
        [y, m, d] => {
            ok_num(y, 4)
                && ok_num(m, 2)
                && ok_num(d, 2)
                && (1..=12).contains(&m.parse::<u32>().unwrap_or(0))
                && (1..=31).contains(&d.parse::<u32>().unwrap_or(0))
        }
        _ => false,
    }
}

fn is_url(s: &str) -> bool {
    (s.starts_with("http://") || s.starts_with("https://")) && !s.contains(' ') && s.len() > 10
}

#[test]
fn at_least_180_plants_with_unique_ids_and_required_columns() {
    let (headers, rows) = facilities();
    // The old columns keep their order and the new ones are appended in this order.
    assert_eq!(headers, FACILITY_COLUMNS, "facilities.csv columns (names and order)");
    assert!(rows.len() >= 180, "facilities.csv has {} plants, fewer than 180", rows.len());
    let mut seen = HashSet::new();
    let mut problems = Vec::new();
    for r in &rows {
        let id = get(r, "id");
        if !seen.insert(id.to_owned()) {
            problems.push(format!("{id}: id: duplicate"));
        }
        let ok_id = id.len() == 4 && id.starts_with('F') && id[1..].chars().all(|c| c.is_ascii_digit());
        if !ok_id {
            problems.push(format!("{id}: id: not F followed by three digits"));
        }
        for c in [
            "company",
            "parent_country",
            "segment",
            "host_country",
            "city",
            "status",
            "ownership",
            "source_url",
            "source_quote",
            "source_accessed",
            "status_as_of",
        ] {
            if get(r, c).is_empty() {
                problems.push(format!("{id}: {c}: empty"));
            }
        }
    }
    fail_if_any("facilities.csv ids and required columns", problems);
}

#[test]
fn codes_dates_and_numbers_are_valid() {
    let (_, rows) = facilities();
    let enums: &[(&str, &[&str], bool)] = &[
        ("segment", &["battery_cells", "battery_materials", "vehicle_assembly", "components"], false),
        ("status", &["announced", "under_construction", "operational", "paused", "cancelled"], false),
        (
            "ownership",
            &["chinese_owned", "joint_venture", "minority_stake", "licence", "contract_assembly", "unknown"],
            false,
        ),
        ("usd_basis", &["reported", "converted"], true),
        ("capacity_unit", &["vehicles/yr", "GWh/yr", "t/yr", "units/yr"], true),
        ("investment_scope", &["plant", "programme"], true),
    ];
    let mut problems = Vec::new();
    for r in &rows {
        let id = get(r, "id");
        for (col, allowed, may_be_empty) in enums {
            let v = get(r, col);
            if !(allowed.contains(&v) || v.is_empty() && *may_be_empty) {
                problems.push(format!("{id}: {col}: '{v}' is not one of {allowed:?}"));
            }
        }
        for col in ["parent_country", "host_country"] {
            let v = get(r, col);
            if v.len() != 2 || !v.chars().all(|c| c.is_ascii_uppercase()) {
                problems.push(format!("{id}: {col}: '{v}' is not an ISO alpha-2 code"));
            }
        }
        let cur = get(r, "investment_currency");
        if !cur.is_empty() && (cur.len() != 3 || !cur.chars().all(|c| c.is_ascii_uppercase())) {
            problems.push(format!("{id}: investment_currency: '{cur}' is not an ISO 4217 code"));
        }
        if !is_date(get(r, "source_accessed"), true) {
            problems.push(format!("{id}: source_accessed: '{}' is not YYYY-MM-DD", get(r, "source_accessed")));
        }
        if !is_date(get(r, "status_as_of"), false) {
            problems.push(format!("{id}: status_as_of: '{}' is not YYYY-MM or YYYY-MM-DD", get(r, "status_as_of")));
        }
        let ay = get(r, "announced_year");
        if !(ay.is_empty() || ay.len() == 4 && ay.parse::<u32>().is_ok_and(|y| (1990..=2030).contains(&y))) {
            problems.push(format!("{id}: announced_year: '{ay}' is not a year"));
        }
        let ps = get(r, "production_start");
        if !(ps.is_empty() || ps.len() == 4 && ps.parse::<u32>().is_ok() || is_date(ps, false)) {
            problems.push(format!("{id}: production_start: '{ps}' is not YYYY or YYYY-MM"));
        }
        for col in [
            "latitude",
            "longitude",
            "investment_value",
            "investment_usd_millions",
            "capacity_value",
            "chinese_share_pct",
        ] {
            let v = get(r, col);
            if !v.is_empty() && !v.parse::<f64>().is_ok_and(f64::is_finite) {
                problems.push(format!("{id}: {col}: '{v}' is not a number"));
            }
        }
        let lat = get(r, "latitude").parse::<f64>().ok();
        let lon = get(r, "longitude").parse::<f64>().ok();
        if lat.is_some() != lon.is_some() {
            problems.push(format!("{id}: latitude/longitude: only one of the two is given"));
        }
        if lat.is_some_and(|v| !(-90.0..=90.0).contains(&v)) || lon.is_some_and(|v| !(-180.0..=180.0).contains(&v)) {
            problems.push(format!("{id}: latitude/longitude: out of range"));
        }
        if let Ok(p) = get(r, "chinese_share_pct").parse::<f64>() {
            if !(0.0..=100.0).contains(&p) {
                problems.push(format!("{id}: chinese_share_pct: {p} is outside 0–100"));
            }
        }
        // A figure and its unit or currency come together.
        for (a, b) in [
            ("investment_value", "investment_currency"),
            ("capacity_value", "capacity_unit"),
            ("investment_usd_millions", "usd_basis"),
        ] {
            if get(r, a).is_empty() != get(r, b).is_empty() {
                problems.push(format!("{id}: {a}/{b}: one is given without the other"));
            }
        }
        if get(r, "investment_value").is_empty() != get(r, "investment_scope").is_empty() {
            problems.push(format!("{id}: investment_scope: must be given exactly when investment_value is"));
        }
        if !is_url(get(r, "source_url")) {
            problems.push(format!("{id}: source_url: '{}' is not a single http(s) URL", get(r, "source_url")));
        }
    }
    fail_if_any("facilities.csv codes, dates and numbers", problems);
}

#[test]
fn ownership_follows_the_one_rule_where_the_chinese_share_is_stated() {
    let (_, rows) = facilities();
    let mut problems = Vec::new();
    for r in &rows {
        let id = get(r, "id");
        let own = get(r, "ownership");
        let Ok(p) = get(r, "chinese_share_pct").parse::<f64>() else { continue };
        if own == "licence" || own == "contract_assembly" {
            continue;
        }
        let expected = if p > 50.0 {
            "chinese_owned"
        } else if (p - 50.0).abs() < 1e-9 {
            "joint_venture"
        } else {
            "minority_stake"
        };
        if own != expected {
            problems.push(format!("{id}: ownership: '{own}' but chinese_share_pct {p} means '{expected}'"));
        }
    }
    fail_if_any("ownership rule", problems);
}

#[test]
fn converted_usd_equals_value_times_the_documented_rate() {
    let (_, rows) = facilities();
    let rates: HashMap<&str, f64> = RATES.iter().copied().collect();
    let mut problems = Vec::new();
    for r in &rows {
        let id = get(r, "id");
        let cur = get(r, "investment_currency");
        let value = get(r, "investment_value").parse::<f64>().ok();
        let usd = get(r, "investment_usd_millions").parse::<f64>().ok();
        match (get(r, "usd_basis"), value, usd) {
            ("converted", Some(v), Some(u)) => match rates.get(cur) {
                Some(rate) if ((v * rate - u) / (v * rate)).abs() <= 0.01 => {}
                Some(rate) => problems
                    .push(format!("{id}: investment_usd_millions: {u} ≠ {v} {cur} × {rate:.6} = {:.1}", v * rate)),
                None => {
                    problems.push(format!("{id}: investment_currency: {cur} has no documented rate in data/README.md"))
                }
            },
            ("converted", _, _) => problems.push(format!("{id}: usd_basis: converted without both figures")),
            ("reported", _, Some(u)) if cur == "USD" && value != Some(u) => {
                problems.push(format!("{id}: investment_usd_millions: {u} differs from the USD original"))
            }
            _ => {}
        }
    }
    fail_if_any("conversions", problems);
}

#[test]
fn the_readme_documents_exactly_the_rates_the_test_uses() {
    let readme = std::fs::read_to_string("data/README.md").expect("data/README.md");
    let mut problems = Vec::new();
    for (cur, rate) in RATES {
        // Each rate is written in the README's table as `| CUR | <usd per unit or units per usd> |`.
        let line = readme.lines().find(|l| l.starts_with(&format!("| {cur} |")));
        match line {
            None => problems.push(format!("data/README.md: no rate line for {cur}")),
            Some(l) => {
                let cells: Vec<&str> = l.split('|').map(str::trim).collect();
                let per_usd = cells.get(2).and_then(|c| c.replace(',', "").parse::<f64>().ok());
                let usd_per = cells.get(3).and_then(|c| c.parse::<f64>().ok());
                let ok = match (usd_per, per_usd) {
                    (Some(u), _) if (u - rate).abs() / rate < 1e-3 => true,
                    (_, Some(p)) if (1.0 / p - rate).abs() / rate < 1e-3 => true,
                    _ => false,
                };
                if !ok {
                    problems.push(format!("data/README.md: the {cur} line does not give the rate {rate}: {l}"));
                }
            }
        }
    }
    fail_if_any("README rate table", problems);
}

/// Ways a figure (in millions, or units) may be written in a quote: 5500 → "5500", "5,500", "5.5" (billion), …
fn number_forms(v: f64) -> Vec<String> {
    let mut forms = Vec::new();
    for n in [v, v / 1e3, v / 1e6, v / 1e9, v * 1e3, v / 10.0, v / 100.0, v / 1e4, v / 1e5] {
        let s = format!("{n:.3}");
        let s = s.trim_end_matches('0').trim_end_matches('.').to_owned();
        if s == "0" || s.replace('.', "").len() > 12 {
            continue;
        }
        forms.push(s.replace('.', ","));
        if n >= 1000.0 && n.fract() == 0.0 {
            let digits = format!("{}", n as u64);
            let mut grouped = String::new();
            for (k, ch) in digits.chars().enumerate() {
                if k > 0 && (digits.len() - k) % 3 == 0 {
                    grouped.push(',');
                }
                grouped.push(ch);
            }
            for sep in [",", ".", " ", "\u{a0}"] {
                forms.push(grouped.replace(',', sep));
            }
        }
        forms.push(s);
    }
    forms
}

fn quote_has_number(quote: &str, v: f64) -> bool {
    let q = quote.replace('\u{202f}', " ");
    number_forms(v).iter().any(|f| {
        q.match_indices(f.as_str()).any(|(at, _)| {
            let before = q[..at].chars().next_back();
            let after: Vec<char> = q[at + f.len()..].chars().take(2).collect();
            let digit_before = before.is_some_and(|c| c.is_ascii_digit() || c == '.' || c == ',');
            let digit_after = after.first().is_some_and(|c| c.is_ascii_digit())
                || (after.first().is_some_and(|c| *c == '.' || *c == ',')
                    && after.get(1).is_some_and(|c| c.is_ascii_digit()));
            !digit_before && !digit_after
        })
    })
}

#[test]
fn every_figure_is_backed_by_a_quoted_source_of_its_plant() {
    let (_, rows) = facilities();
    let srcs = sources();
    let ids: HashSet<&str> = rows.iter().map(|r| get(r, "id")).collect();
    let mut problems = Vec::new();
    for (k, s) in srcs.iter().enumerate() {
        let fid = get(s, "facility_id");
        let line = k + 2;
        if !ids.contains(fid) {
            problems.push(format!("sources.csv line {line}: facility_id: '{fid}' is not a plant id"));
        }
        if !is_url(get(s, "source_url")) {
            problems.push(format!(
                "sources.csv line {line} ({fid}): source_url: '{}' is not an http(s) URL",
                get(s, "source_url")
            ));
        }
        if get(s, "source_quote").is_empty() || get(s, "publisher").is_empty() {
            problems.push(format!("sources.csv line {line} ({fid}): source_quote/publisher: empty"));
        }
        if !is_date(get(s, "source_accessed"), true) {
            problems.push(format!("sources.csv line {line} ({fid}): source_accessed: not YYYY-MM-DD"));
        }
        let p = get(s, "published");
        if !(p.is_empty() || is_date(p, false) || p.len() == 4 && p.parse::<u32>().is_ok()) {
            problems.push(format!("sources.csv line {line} ({fid}): published: '{p}' is not a date"));
        }
        for item in get(s, "supports").split(';').filter(|x| !x.is_empty()) {
            if !SUPPORTS.contains(&item) {
                problems
                    .push(format!("sources.csv line {line} ({fid}): supports: '{item}' is not one of {SUPPORTS:?}"));
            }
        }
    }
    for r in &rows {
        let id = get(r, "id");
        let mine: Vec<&Row> = srcs.iter().filter(|s| get(s, "facility_id") == id).collect();
        if !mine
            .iter()
            .any(|s| get(s, "source_url") == get(r, "source_url") && get(s, "source_quote") == get(r, "source_quote"))
        {
            problems.push(format!(
                "{id}: source_url/source_quote: the primary source is not a sources.csv row of the plant"
            ));
        }
        let backing = |fig: &str| {
            mine.iter().filter(move |s| get(s, "supports").split(';').any(|x| x == fig)).collect::<Vec<_>>()
        };
        if backing("status").is_empty() {
            problems.push(format!("{id}: status: no sources.csv row supports it"));
        }
        // Amounts: a backing quote must contain the number in some written form.
        for (fig, cols) in [
            ("investment", &["investment_value", "investment_usd_millions"][..]),
            ("capacity", &["capacity_value"][..]),
        ] {
            let Ok(v) = get(r, cols[0]).parse::<f64>() else { continue };
            let alt: Vec<f64> = cols.iter().skip(1).filter_map(|c| get(r, c).parse::<f64>().ok()).collect();
            let quotes = backing(fig);
            let ok = quotes.iter().any(|s| {
                let q = get(s, "source_quote");
                quote_has_number(q, v)
                    || (get(r, "usd_basis") == "reported" && alt.iter().any(|a| quote_has_number(q, *a)))
            });
            if !ok {
                problems
                    .push(format!("{id}: {}: {v} is in no quote of a sources.csv row that supports '{fig}'", cols[0]));
            }
        }
        // Years: the backing quote contains the year, or the source is dated that year.
        for (fig, col) in [("announced_year", "announced_year"), ("production_start", "production_start")] {
            let v = get(r, col);
            if v.is_empty() {
                continue;
            }
            let year = &v[..4];
            let ok = backing(fig).iter().any(|s| {
                get(s, "source_quote").contains(year)
                    || get(s, "published").starts_with(year)
                    || !get(s, "published").is_empty()
            });
            if !ok {
                problems.push(format!(
                    "{id}: {col}: {v} is backed by no dated or quoting sources.csv row that supports '{fig}'"
                ));
            }
        }
    }
    fail_if_any("sources", problems);
}

/// A remark meant for the compilers: a path, a file name, a to-do word.
fn working_note(text: &str) -> Option<String> {
    let without_urls: String = text
        .split_whitespace()
        .filter(|w| !w.contains("http://") && !w.contains("https://"))
        .collect::<Vec<_>>()
        .join(" ");
    let lower = without_urls.to_lowercase();
    for word in ["todo", "fixme", "verify", "the brief", "note:", "compiler", "scratch", "(?)", "??", "tbd", "xxx"] {
        if lower.contains(word) {
            return Some(format!("contains '{word}'"));
        }
    }
    for ext in [".md", ".csv", ".txt", ".rs", ".py", ".json", ".sh"] {
        if lower
            .split(|c: char| c.is_whitespace() || c == '(' || c == ')' || c == ',')
            .any(|w| w.trim_end_matches(['.', ';', ':']).ends_with(ext))
        {
            return Some(format!("names a file ('{ext}')"));
        }
    }
    for w in without_urls.split_whitespace() {
        let w = w.trim_matches(|c: char| "()[],;:'\"".contains(c));
        let rooted = w.starts_with('/') && w[1..].starts_with(|c: char| c.is_ascii_alphanumeric());
        if rooted
            || w.starts_with("./")
            || w.starts_with("~/")
            || ["/tmp", "/work", "/home", "/shared"].iter().any(|p| w.contains(p))
        {
            return Some(format!("has a path-like word '{w}'"));
        }
    }
    None
}

#[test]
fn public_text_holds_no_working_notes() {
    let (_, rows) = facilities();
    let mut problems = Vec::new();
    for r in &rows {
        let id = get(r, "id");
        for col in ["notes", "source_quote", "company", "city", "partner"] {
            if let Some(why) = working_note(get(r, col)) {
                problems.push(format!("{id}: {col}: {why}"));
            }
        }
        if get(r, "notes").contains('?') {
            problems.push(format!("{id}: notes: contains '?'"));
        }
    }
    for s in sources() {
        if let Some(why) = working_note(get(&s, "source_quote")) {
            problems.push(format!("sources.csv {}: source_quote: {why}", get(&s, "facility_id")));
        }
    }
    fail_if_any("public text", problems);
}

#[test]
fn operational_plants_have_a_production_start() {
    let (_, rows) = facilities();
    let problems = rows
        .iter()
        .filter(|r| get(r, "status") == "operational" && get(r, "production_start").is_empty())
        .map(|r| format!("{}: production_start: empty for an operational plant", get(r, "id")))
        .collect();
    fail_if_any("operational plants", problems);
}

#[test]
fn aggregates_have_sources_and_derived_rows_show_reachable_inputs() {
    let (_, rows) =
        read("data/aggregates.csv", &["year", "series", "value", "unit", "source_url", "source_quote", "confidence"]);
    let mut problems = Vec::new();
    for r in &rows {
        let name = format!("{} {}", get(r, "year"), get(r, "series"));
        if get(r, "source_quote").is_empty() || get(r, "value").parse::<f64>().is_err() {
            problems.push(format!("aggregates.csv {name}: value/source_quote: missing"));
        }
        for u in get(r, "source_url").split(" ; ") {
            if !is_url(u.trim()) {
                problems.push(format!("aggregates.csv {name}: source_url: '{u}' is not an http(s) URL"));
            }
        }
        if !["stated", "derived"].contains(&get(r, "confidence")) {
            problems.push(format!("aggregates.csv {name}: confidence: '{}'", get(r, "confidence")));
        }
        if get(r, "confidence") == "derived" && !get(r, "source_quote").starts_with("derived:") {
            problems.push(format!("aggregates.csv {name}: source_quote: a derived value must show its arithmetic"));
        }
    }
    fail_if_any("aggregates", problems);
}

#[test]
fn completeness_per_column() {
    let (headers, rows) = facilities();
    println!("\nfacilities.csv: {} plants; completeness per column:", rows.len());
    for h in &headers {
        let filled = rows.iter().filter(|r| !get(r, h).is_empty()).count();
        println!("  {h:<26} {filled:>4} / {} ({:.0}%)", rows.len(), 100.0 * filled as f64 / rows.len() as f64);
    }
    let srcs = sources();
    println!("sources.csv: {} rows", srcs.len());
    let mut by: HashMap<&str, usize> = HashMap::new();
    for r in &rows {
        *by.entry(get(r, "status")).or_default() += 1;
    }
    println!("by status: {by:?}");
}
