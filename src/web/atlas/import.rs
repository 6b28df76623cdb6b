//! Bring your own data: read a CSV or JSON file of facilities (file picker or drop), in steps with
//! progress, and report what was loaded and what was rejected. A file with nothing valid changes nothing.

use std::time::Duration;

use csv::StringRecord;
use yew::prelude::*;

use crate::model::export::rejected_csv;
use crate::model::input::{check_size, decode, Format};
use crate::model::{facility_reader, json_rows, Dataset, Facility, RowReader};
use crate::state::{Action, Import, ImportReport, Origin, Shared};
use crate::web::shared::dom;

/// Rows checked between two looks at the event loop: keeps the page responsive on a 100,000-row file.
const ROWS_PER_STEP: usize = 4000;

/// Loads `file` and reports through `dispatch`. `aggregates` are kept from the current data.
pub fn load(file: web_sys::File, current: Shared<Dataset>, dispatch: Callback<Action>) {
    let name = file.name();
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        p.clear_marks_with_mark_name("import-start");
        let _ = p.mark("import-start");
    }
    yew::platform::spawn_local(async move {
        let fail = |message: String| dispatch.emit(Action::ImportFailed { file: name.clone(), message });
        if let Err(e) = check_size(file.size() as u64) {
            return fail(e.to_string());
        }
        dispatch.emit(Action::ImportStarted(name.clone()));
        let started = now();
        let bytes = match dom::read_file(&file).await {
            Ok(b) => b,
            Err(e) => return fail(e),
        };
        let (format, text) = match decode(&name, &bytes) {
            Ok(d) => d,
            Err(e) => return fail(e.to_string()),
        };
        drop(bytes);
        let reader = match format {
            Format::Csv => facility_reader(&name, &text),
            Format::Json => match json_rows::facility_rows(&name, &text) {
                Ok(r) => r,
                Err(message) => return fail(message),
            },
        };
        drop(text);
        let report = run(reader, &name, &dispatch).await;
        let (values, report) = report;
        let data = (!values.is_empty())
            .then(|| Shared::new(Dataset { facilities: values, aggregates: current.aggregates.clone() }));
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.measure_with_start_mark("import-parse", "import-start");
        }
        web_sys::console::info_1(&format!("loaded {name} in {:.0} ms", now() - started).into());
        dispatch.emit(Action::ImportFinished { data, report: Shared::new(report) });
    });
}

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Steps through the reader, yielding to the browser between steps and reporting progress.
async fn run(
    mut reader: RowReader<Facility>,
    name: &str,
    dispatch: &Callback<Action>,
) -> (Vec<Facility>, ImportReport) {
    while !reader.step(ROWS_PER_STEP) {
        dispatch.emit(Action::ImportProgress(reader.progress()));
        yew::platform::time::sleep(Duration::ZERO).await;
    }
    let headers: Vec<String> = reader.headers().iter().map(str::to_owned).collect();
    let (values, problems, rejected) = reader.finish();
    let rows_with_problems: std::collections::HashSet<u64> = rejected.iter().map(|r| r.line).collect();
    let file_problems =
        problems.iter().filter(|p| !rows_with_problems.contains(&p.line)).map(ToString::to_string).collect();
    let report = ImportReport { file: name.to_owned(), loaded: values.len(), headers, rejected, file_problems };
    (values, report)
}

/// What the "Your data" panel shows.
pub struct Props<'a> {
    pub import: &'a Import,
    pub origin: &'a Origin,
    pub data: &'a Shared<Dataset>,
    pub dispatch: &'a Callback<Action>,
}

/// The "Your data" panel: file picker, status, problems, rejected rows, reset. A plain function rather
/// than a component: each yew component adds its own copy of the lifecycle code to the wasm.
pub fn data_panel(props: Props<'_>) -> Html {
    let reset = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::ResetData))
    };
    let dismiss = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::DismissImport))
    };

    let status = match props.import {
        Import::Idle => html! {},
        Import::Reading { file, progress } => html! {
            <p class="import-status" role="status">
                { format!("Reading {file}… {:.0}%", progress * 100.0) }
                <progress max="1" value={progress.to_string()}></progress>
            </p>
        },
        Import::Failed { file, message } => html! {
            <div class="import-status import-error" role="alert">
                <p><strong>{ format!("{file} was not loaded.") }</strong>{ " " }{ message }{ " The data on screen has not changed." }</p>
                <button type="button" onclick={dismiss}>{ "Dismiss" }</button>
            </div>
        },
        Import::Done(report) => {
            let rejected = report.rejected.len();
            let download = {
                let report = report.clone();
                Callback::from(move |_: MouseEvent| {
                    let headers = StringRecord::from(report.headers.clone());
                    let name =
                        format!("rejected-rows-{}.csv", report.file.trim_end_matches(".csv").trim_end_matches(".json"));
                    if let Err(e) =
                        dom::download_text(&name, "text/csv;charset=utf-8", &rejected_csv(&headers, &report.rejected))
                    {
                        web_sys::console::warn_1(&e.into());
                    }
                })
            };
            let problems = report
                .file_problems
                .iter()
                .cloned()
                .chain(report.rejected.iter().flat_map(|r| r.problems.iter().map(ToString::to_string)))
                .take(50)
                .map(|p| html! { <li>{ p }</li> });
            let total_problems: usize =
                report.file_problems.len() + report.rejected.iter().map(|r| r.problems.len()).sum::<usize>();
            let headline = if report.loaded == 0 {
                format!("Nothing was loaded from {}: no row is valid. The data on screen has not changed.", report.file)
            } else {
                format!(
                    "Loaded {} facilit{} from {}{}.",
                    report.loaded,
                    if report.loaded == 1 { "y" } else { "ies" },
                    report.file,
                    if rejected > 0 {
                        format!("; {rejected} row{} rejected", if rejected == 1 { " was" } else { "s were" })
                    } else {
                        String::new()
                    }
                )
            };
            html! {
                <div class={classes!("import-status", (report.loaded == 0).then_some("import-error"))} role="status">
                    <p><strong>{ headline }</strong></p>
                    if total_problems > 0 {
                        <ul class="problems">{ for problems }</ul>
                        if total_problems > 50 { <p>{ format!("…and {} more.", total_problems - 50) }</p> }
                    }
                    if rejected > 0 {
                        <button type="button" onclick={download}>{ format!("Download the {rejected} rejected row{} (CSV)", if rejected == 1 { "" } else { "s" }) }</button>
                    }
                    <button type="button" onclick={dismiss}>{ "Dismiss" }</button>
                </div>
            }
        }
    };

    html! {
        <section class="data-panel" id="your-data" aria-labelledby="your-data-title">
            <h2 id="your-data-title">{ "Your data" }</h2>
            <p class="subtitle">
                { "Load a CSV or JSON file of facilities with the columns of " }
                <a href={dom::asset_url("data/facilities.csv")} download="ev-atlas-facilities.csv">{ "the built-in data" }</a>
                { " (see the " }<a href={dom::asset_url("data/example-facilities.csv")} download="example-facilities.csv">{ "example file" }</a>
                { "), or drop it anywhere on the page. It stays in your browser: nothing is uploaded." }
            </p>
            <div class="data-actions">
                <label class="file-button">
                    { "Load a file…" }
                    <input type="file" id="data-file" accept=".csv,.json,text/csv,application/json" />
                </label>
                if *props.origin != Origin::Builtin {
                    <button type="button" id="reset-data" onclick={reset}>{ "Reset to built-in data" }</button>
                }
                <span class="data-origin">{ match props.origin {
                    Origin::Builtin => format!("Showing the built-in data ({} facilities).", props.data.facilities.len()),
                    Origin::File(f) => match props.data.facilities.len() {
                        1 => format!("Showing 1 facility from {f}."),
                        n => format!("Showing {n} facilities from {f}."),
                    },
                } }</span>
            </div>
            { status }
        </section>
    }
}
