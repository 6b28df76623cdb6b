//! Build step: prepares the embedded copies of `data/facilities.csv` and `data/aggregates.csv` for the
//! first view.
//!
//! The first view (chart, map, tooltips) needs neither the provenance nor the long free text of a plant:
//! `notes`, `source_quote`, `source_url` and `partner` are two thirds of the file. The embedded copy leaves
//! them out to keep the page small; the full file ships beside the app in `dist/data/`, is what the tests
//! check, what the details panel (second module) reads, and what the reader downloads. The same goes for the quotes of
//! the yearly figures. If the file cannot be read as CSV here, it is embedded unchanged so that the
//! app's own parser reports the problem with its line and column.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    first_view_copy(
        "data/facilities.csv",
        "facilities-first-view.csv",
        &["notes", "source_quote", "source_url", "source_accessed", "partner"],
    );
    first_view_copy("data/aggregates.csv", "aggregates-first-view.csv", &["source_quote"]);
}

/// The yearly series the first view draws (the home-vs-abroad chart); the Sources view reads them all
/// from the full file.
const FIRST_VIEW_SERIES: &[&str] = &["domestic_ev_investment_total", "overseas_ev_investment_total"];

/// Writes `src` without `columns` to `OUT_DIR/out`.
fn first_view_copy(src: &str, out: &str, columns: &[&str]) {
    println!("cargo:rerun-if-changed={src}");
    let text = std::fs::read_to_string(Path::new(src)).unwrap_or_default();
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".to_owned());
    let out = Path::new(&out_dir).join(out);
    let compact = without_columns(&text, columns).unwrap_or(text);
    if let Err(e) = std::fs::write(&out, compact) {
        println!("cargo:warning=could not write {}: {e}", out.display());
    }
}

fn without_columns(text: &str, columns: &[&str]) -> Option<String> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(body.as_bytes());
    let headers = reader.headers().ok()?.clone();
    let drop: Vec<usize> = headers.iter().enumerate().filter(|(_, h)| columns.contains(h)).map(|(i, _)| i).collect();
    let mut writer = csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
    let keep = |r: &csv::StringRecord| -> Vec<String> {
        r.iter().enumerate().filter(|(i, _)| !drop.contains(i)).map(|(_, f)| f.to_owned()).collect()
    };
    writer.write_record(keep(&headers)).ok()?;
    let series = headers.iter().position(|h| h == "series");
    for record in reader.records() {
        let record = record.ok()?;
        if let Some(i) = series {
            if !FIRST_VIEW_SERIES.contains(&record.get(i).unwrap_or_default()) {
                continue;
            }
        }
        writer.write_record(keep(&record)).ok()?;
    }
    String::from_utf8(writer.into_inner().ok()?).ok()
}
