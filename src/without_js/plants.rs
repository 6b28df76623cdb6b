//! `plants.html`: every plant of the dataset in one plain, accessible HTML table, for readers, feed readers
//! and search engines that run no JavaScript. Written at build time; no script, no inline style, the
//! page's Content-Security-Policy is index.html's. Every text is escaped; working notes are never shown.

use crate::format::{grouped, host, trim_decimals};
use crate::model::country::country_label;
use crate::model::Facility;

/// What the page needs besides the plants.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page<'a> {
    /// The `content` of index.html's Content-Security-Policy `<meta>` ([`csp_of`]).
    pub csp: &'a str,
    /// The stylesheets to link, as named in the build (`main-<hash>.css`, …).
    pub stylesheets: &'a [String],
    /// The facilities CSV as named in the build, for the download link.
    pub data_file: Option<&'a str>,
    pub version: &'a str,
    pub date: &'a str,
}

/// The columns, in order.
pub const COLUMNS: [&str; 10] = [
    "Company",
    "Country",
    "City or site",
    "Segment",
    "Status",
    "Announced",
    "Production start",
    "Investment (US$ m)",
    "Capacity",
    "Source",
];
/// Shown for a value no source gives.
pub const MISSING: &str = "–";

/// Text for HTML: `&`, `<`, `>` and `"` as entities, so it is safe in text and in double-quoted attributes.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// The `content` of the one `<meta http-equiv="Content-Security-Policy">` of a page.
pub fn csp_of(html: &str) -> Result<String, String> {
    let metas: Vec<&str> = html
        .split("<meta")
        .skip(1)
        .filter_map(|m| m.split_once('>').map(|(attrs, _)| attrs))
        .filter(|attrs| attrs.contains("http-equiv=\"Content-Security-Policy\""))
        .collect();
    let [attrs] = metas.as_slice() else {
        return Err(format!("expected 1 Content-Security-Policy <meta> in index.html, found {}", metas.len()));
    };
    let content = attrs.split_once("content=\"").and_then(|(_, rest)| rest.split_once('"')).map(|(c, _)| c);
    match content {
        Some(c) if !c.trim().is_empty() => Ok(c.to_owned()),
        _ => Err("the Content-Security-Policy <meta> of index.html has no content=\"…\"".to_owned()),
    }
}

/// Millions with their digits grouped and at most one decimal: 2002.2 → "2,002.2".
fn millions(v: f64) -> String {
    let s = trim_decimals(v, 1);
    match s.split_once('.') {
        Some((whole, frac)) => format!("{}.{frac}", grouped(whole.parse::<f64>().unwrap_or(v.trunc()))),
        None => grouped(v),
    }
}

/// A plant's cells, as the reader sees them (not escaped). The source is (link text, address).
pub fn cells(f: &Facility) -> ([String; 9], Option<(String, String)>) {
    let or_missing = |s: Option<String>| s.unwrap_or_else(|| MISSING.to_owned());
    let investment = f.investment_usd.map(|u| {
        if f.about.programme {
            format!("{} (company programme, not this plant's cost)", millions(u.millions))
        } else {
            millions(u.millions)
        }
    });
    let start = f.production_start.map(|p| match p.month {
        Some(m) => format!("{}-{m:02}", p.year.0),
        None => p.year.0.to_string(),
    });
    let text = [
        f.company.clone(),
        country_label(f.host_country),
        if f.city.trim().is_empty() { MISSING.to_owned() } else { f.city.clone() },
        f.segment.label().to_owned(),
        f.status.label().to_owned(),
        or_missing(f.announced.map(|y| y.0.to_string())),
        or_missing(start),
        or_missing(investment),
        or_missing(f.capacity.map(|c| format!("{} {}", grouped(c.value), c.unit.label()))),
    ];
    let source = f
        .source
        .urls
        .iter()
        .find(|u| u.starts_with("https://") || u.starts_with("http://"))
        .map(|u| (host(u).to_owned(), u.clone()));
    (text, source)
}

/// The page: the plants sorted by country, then company, then site.
pub fn page(facilities: &[Facility], p: &Page) -> String {
    let mut plants: Vec<&Facility> = facilities.iter().collect();
    plants.sort_by_cached_key(|f| (country_label(f.host_country), f.company.to_lowercase(), f.city.to_lowercase()));
    let n = plants.len();
    let mut h = String::with_capacity(400 * n + 4000);
    h.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n");
    h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
    h.push_str("<meta name=\"color-scheme\" content=\"light dark\" />\n");
    h.push_str(&format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{}\" />\n", escape(p.csp)));
    h.push_str("<title>Every plant: Overseas EV Atlas</title>\n");
    h.push_str(&format!(
        "<meta name=\"description\" content=\"The {n} overseas plants of Chinese electric-vehicle, battery and materials companies in the Overseas EV Atlas, each with its source.\" />\n"
    ));
    h.push_str("<link rel=\"icon\" href=\"data:,\" />\n");
    for s in p.stylesheets {
        h.push_str(&format!("<link rel=\"stylesheet\" href=\"{}\" />\n", escape(s)));
    }
    h.push_str("</head>\n<body>\n<header class=\"masthead\">\n");
    h.push_str("<p class=\"kicker\"><a href=\"./\">Overseas EV Atlas</a></p>\n");
    h.push_str("<h1>Every plant in the atlas</h1>\n");
    h.push_str(&format!(
        "<p class=\"dek\">The {n} plants abroad of Chinese electric-vehicle, battery and materials companies, each with its public sources (the first one linked). A dash ({MISSING}) means that no source gives the value: nothing is estimated.</p>\n"
    ));
    h.push_str("</header>\n<main class=\"table-view\">\n<div class=\"table-scroll\">\n<table id=\"plants-table\">\n");
    h.push_str(&format!(
        "<caption>{n} plants, by country, then company. Investment in millions of US dollars, as reported or converted at fixed 2023 rates.</caption>\n"
    ));
    h.push_str("<thead>\n<tr>");
    for (k, c) in COLUMNS.iter().enumerate() {
        let class = if numeric(k) { " class=\"num\"" } else { "" };
        h.push_str(&format!("<th scope=\"col\"{class}>{}</th>", escape(c)));
    }
    h.push_str("</tr>\n</thead>\n<tbody>\n");
    for f in plants {
        let (text, source) = cells(f);
        h.push_str(&format!("<tr id=\"{}\"><th scope=\"row\">{}</th>", escape(&f.id), escape(&text[0])));
        for (k, t) in text.iter().enumerate().skip(1) {
            let class = if numeric(k) { " class=\"num\"" } else { "" };
            h.push_str(&format!("<td{class}>{}</td>", escape(t)));
        }
        match source {
            Some((name, url)) => h.push_str(&format!("<td><a href=\"{}\">{}</a></td>", escape(&url), escape(&name))),
            None => h.push_str(&format!("<td>{MISSING}</td>")),
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody>\n</table>\n</div>\n</main>\n<footer class=\"colophon\">\n");
    h.push_str(&format!(
        "<p>Dataset version {}, as of {}. Every plant with all its sources: ",
        escape(p.version),
        escape(p.date)
    ));
    if let Some(d) = p.data_file {
        h.push_str(&format!("<a href=\"{}\" download=\"ev-atlas-facilities.csv\">the data (CSV)</a> and ", escape(d)));
    }
    h.push_str("<a href=\"./\">the atlas</a>, with its charts and map.</p>\n</footer>\n</body>\n</html>\n");
    h
}

/// Announced, production start, investment and capacity read right-aligned.
fn numeric(column: usize) -> bool {
    matches!(column, 5..=8)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{DATASET_DATE, DATASET_VERSION, FACILITIES_FULL_CSV};
    use crate::model::parse_facilities;

    const CSP: &str = "default-src 'self'; style-src 'self'; object-src 'none'";

    fn plants() -> Vec<Facility> {
        let (facilities, problems) = parse_facilities("data/facilities.csv", FACILITIES_FULL_CSV);
        assert!(problems.is_empty(), "{problems:?}");
        facilities
    }

    fn built(facilities: &[Facility]) -> String {
        let sheets = ["main-0123456789abcdef.css".to_owned()];
        let p = Page {
            csp: CSP,
            stylesheets: &sheets,
            data_file: Some("data/facilities-0123456789abcdef.csv"),
            version: DATASET_VERSION,
            date: DATASET_DATE,
        };
        page(facilities, &p)
    }

    #[test]
    fn text_is_escaped_for_html() {
        let cases = [
            ("Ford (CATL technology licence)", "Ford (CATL technology licence)"),
            ("A & B \"C\" <d> 'e'", "A &amp; B &quot;C&quot; &lt;d&gt; 'e'"),
            ("https://x.org/?a=1&b=2", "https://x.org/?a=1&amp;b=2"),
            ("Camaçari – 2 €", "Camaçari – 2 €"),
        ];
        for (raw, want) in cases {
            assert_eq!(escape(raw), want);
        }
        let cases = [(2002.2, "2,002.2"), (978.0, "978"), (62.5, "62.5"), (14000.0, "14,000")];
        for (v, want) in cases {
            assert_eq!(millions(v), want);
        }
    }

    #[test]
    fn the_csp_is_read_from_index_html() {
        let ours = csp_of(include_str!("../../index.html")).expect("index.html's policy");
        assert!(ours.starts_with("default-src 'self'") && ours.contains("style-src 'self'"), "{ours}");
        assert!(!ours.contains("unsafe-inline"));
        let cases = [
            ("<meta charset=\"utf-8\">", "found 0"),
            ("<meta http-equiv=\"Content-Security-Policy\" content=\"a\"><meta http-equiv=\"Content-Security-Policy\" content=\"b\">", "found 2"),
            ("<meta http-equiv=\"Content-Security-Policy\">", "has no content"),
        ];
        for (html, want) in cases {
            let e = csp_of(html).expect_err(html);
            assert!(e.contains(want), "{html}: {e}");
        }
    }

    /// Every plant of data/facilities.csv is one row, whose cells say its values (read back through an XML
    /// parser: the page is well-formed and every text comes back as it was, `&` and quotes included).
    #[test]
    fn the_page_has_one_row_per_plant_of_the_data_file_with_escaped_text() {
        let facilities = plants();
        let records = csv::Reader::from_reader(FACILITIES_FULL_CSV.as_bytes()).records().count();
        assert_eq!(facilities.len(), records, "every row of data/facilities.csv is a plant");
        assert!(facilities.iter().any(|f| f.company.contains('&')), "the data has a company with an &");
        let html = built(&facilities);
        let doc = roxmltree::Document::parse_with_options(
            &html,
            roxmltree::ParsingOptions { allow_dtd: true, ..roxmltree::ParsingOptions::default() },
        )
        .expect("plants.html is well-formed");
        let meta = |name: &str| {
            doc.descendants()
                .find(|n| n.has_tag_name("meta") && n.attribute("http-equiv") == Some(name))
                .and_then(|n| n.attribute("content"))
        };
        assert_eq!(meta("Content-Security-Policy"), Some(CSP));
        assert!(!doc.descendants().any(|n| n.has_tag_name("script") || n.attribute("style").is_some()));
        let rows: Vec<roxmltree::Node> = doc
            .descendants()
            .filter(|n| n.has_tag_name("tbody"))
            .flat_map(|b| b.children())
            .filter(|n| n.has_tag_name("tr"))
            .collect();
        assert_eq!(rows.len(), facilities.len(), "one <tr> per plant");
        let heads: Vec<String> = doc
            .descendants()
            .filter(|n| n.has_tag_name("th") && n.attribute("scope") == Some("col"))
            .filter_map(|n| n.text())
            .map(str::to_owned)
            .collect();
        assert_eq!(heads, COLUMNS);
        for f in &facilities {
            let row = rows.iter().find(|r| r.attribute("id") == Some(f.id.as_str())).expect("the plant's row");
            let cells: Vec<roxmltree::Node> = row.children().filter(|n| n.is_element()).collect();
            assert_eq!(cells.len(), COLUMNS.len(), "{}", f.id);
            let (text, source) = super::cells(f);
            for (k, want) in text.iter().enumerate() {
                assert_eq!(cells[k].text().unwrap_or(""), want, "{} column {}", f.id, COLUMNS[k]);
            }
            assert_eq!(text[0], f.company);
            let link = cells[9].children().find(|n| n.has_tag_name("a"));
            match source {
                Some((name, url)) => {
                    let a = link.expect("a source link");
                    assert_eq!((a.text(), a.attribute("href")), (Some(name.as_str()), Some(url.as_str())), "{}", f.id);
                    assert_eq!(Some(url.as_str()), f.source.urls.first().map(String::as_str));
                }
                None => assert!(link.is_none()),
            }
        }
        assert!(html.contains(DATASET_VERSION));
    }

    #[test]
    fn working_notes_never_reach_the_page() {
        let facilities = plants();
        let html = built(&facilities);
        // Words only the internal_notes column has (compilers' remarks), read with the csv crate.
        let mut reader = csv::Reader::from_reader(FACILITIES_FULL_CSV.as_bytes());
        let headers = reader.headers().expect("headers").clone();
        let at = headers.iter().position(|h| h == "internal_notes").expect("the internal_notes column");
        let mut checked = 0;
        for r in reader.records() {
            let r = r.expect("a row");
            let note = r.get(at).unwrap_or("").trim();
            if note.len() > 30 {
                assert!(
                    !html.contains(&escape(note)),
                    "the internal note of {} is on the page",
                    r.get(0).unwrap_or("")
                );
                checked += 1;
            }
        }
        assert!(checked > 10, "{checked} notes checked");
        assert!(!html.contains("coords: city centroid"), "a working note is on the page");
    }
}
