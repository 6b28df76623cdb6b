//! Bring your own data: read a CSV or JSON file of facilities (file picker or drop), in steps with
//! progress, and report what was loaded and what was rejected. A file with nothing valid changes nothing.

use std::time::Duration;

use csv::StringRecord;
use yew::prelude::*;

use crate::i18n::{Arg, Catalog, Message};
use crate::model::export::rejected_csv;
use crate::model::input::{check_size, decode, Format};
use crate::model::{facility_reader, json_rows, Dataset, Facility, RowReader};
use crate::query::report::{import_headline, with_links, Part};
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
        let fail = |message: Message| dispatch.emit(Action::ImportFailed { file: name.clone(), message });
        if let Err(e) = check_size(file.size() as u64) {
            return fail(e.message());
        }
        dispatch.emit(Action::ImportStarted(name.clone()));
        let started = now();
        let bytes = match dom::read_file(&file).await {
            Ok(b) => b,
            Err(e) => return fail(Message::new("input-unreadable", vec![("error", e.into())])),
        };
        let (format, text) = match decode(&name, &bytes) {
            Ok(d) => d,
            Err(e) => return fail(e.message()),
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
    let file_problems = problems.into_iter().filter(|p| !rows_with_problems.contains(&p.line)).collect();
    let report = ImportReport { file: name.to_owned(), loaded: values.len(), headers, rejected, file_problems };
    (values, report)
}

/// What the "Your data" panel shows.
pub struct Props<'a> {
    pub import: &'a Import,
    pub origin: &'a Origin,
    pub data: &'a Shared<Dataset>,
    pub dispatch: &'a Callback<Action>,
    /// The reader's language.
    pub words: &'a Shared<Catalog>,
}

/// The "Your data" panel: file picker, status, problems, rejected rows, reset. A plain function rather
/// than a component: each yew component adds its own copy of the lifecycle code to the wasm.
pub fn data_panel(props: Props<'_>) -> Html {
    let w: &Catalog = props.words;
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
                { w.format("import-reading", &[("file", file.as_str().into()), ("percent", Arg::from((progress * 100.0).round()))]) }
                <progress max="1" value={progress.to_string()}></progress>
            </p>
        },
        Import::Failed { file, message } => html! {
            <div class="import-status import-error" role="alert">
                <p><strong>{ w.format("import-not-loaded", &[("file", file.as_str().into())]) }</strong>{ " " }{ message.say(w) }{ " " }{ w.text("import-unchanged") }</p>
                <button type="button" onclick={dismiss}>{ w.text("import-dismiss") }</button>
            </div>
        },
        Import::Done(report) => {
            let rejected = report.rejected.len();
            let download = {
                let (report, words) = (report.clone(), props.words.clone());
                Callback::from(move |_: MouseEvent| {
                    let headers = StringRecord::from(report.headers.clone());
                    let name =
                        format!("rejected-rows-{}.csv", report.file.trim_end_matches(".csv").trim_end_matches(".json"));
                    let csv = rejected_csv(&headers, &report.rejected, &words);
                    if let Err(e) = dom::download_text(&name, "text/csv;charset=utf-8", &csv) {
                        web_sys::console::warn_1(&e.into());
                    }
                })
            };
            let problems = report
                .file_problems
                .iter()
                .chain(report.rejected.iter().flat_map(|r| r.problems.iter()))
                .take(50)
                .map(|p| html! { <li>{ p.say(w) }</li> });
            let total_problems: usize =
                report.file_problems.len() + report.rejected.iter().map(|r| r.problems.len()).sum::<usize>();
            let headline = import_headline(w, report);
            html! {
                <div class={classes!("import-status", (report.loaded == 0).then_some("import-error"))} role="status">
                    <p><strong>{ headline }</strong></p>
                    if total_problems > 0 {
                        <ul class="problems">{ for problems }</ul>
                        if total_problems > 50 { <p>{ w.format("import-more", &[("count", Arg::from(total_problems - 50))]) }</p> }
                    }
                    if rejected > 0 {
                        <button type="button" onclick={download}>{ w.format("import-download", &[("count", Arg::from(rejected))]) }</button>
                    }
                    <button type="button" onclick={dismiss}>{ w.text("import-dismiss") }</button>
                </div>
            }
        }
    };

    // The introduction's two links, where the sentence puts them in the reader's language.
    let links = [
        html! { <a href={dom::asset_url("data/facilities.csv")} download="ev-atlas-facilities.csv">{ w.text("data-builtin") }</a> },
        html! { <a href={dom::asset_url("data/example-facilities.csv")} download="example-facilities.csv">{ w.text("data-example") }</a> },
    ];
    let intro = with_links(w, "data-intro", &["builtin", "example"]).into_iter().map(|part| match part {
        Part::Text(t) => html! { { t } },
        Part::Link(k) => links.get(k).cloned().unwrap_or_default(),
    });
    html! {
        <section class="data-panel" id="your-data" aria-labelledby="your-data-title">
            <h2 id="your-data-title">{ w.text("your-data-title") }</h2>
            <p class="subtitle">{ for intro }</p>
            <div class="data-actions">
                <label class="file-button">
                    { w.text("your-data-load") }
                    <input type="file" id="data-file" accept=".csv,.json,text/csv,application/json" />
                </label>
                if *props.origin != Origin::Builtin {
                    <button type="button" id="reset-data" onclick={reset}>{ w.text("data-reset") }</button>
                }
                <span class="data-origin">{ match props.origin {
                    Origin::Builtin => w.format("data-showing-builtin", &[("count", Arg::from(props.data.facilities.len()))]),
                    Origin::File(f) => w.format("data-showing-file", &[("count", Arg::from(props.data.facilities.len())), ("file", f.as_str().into())]),
                } }</span>
            </div>
            { status }
        </section>
    }
}
