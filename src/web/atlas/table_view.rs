//! The data table of the full atlas: the plants on screen in a real `<table>`, sortable by column, paged
//! (50 rows at a time, so 100,000 stay fast), a row opening its plant on the map, and the same rows as CSV
//! or JSON with their sources.

use std::rc::Rc;

use yew::prelude::*;

use crate::data::DATASET_VERSION;
use crate::i18n::{Arg, Catalog};
use crate::map::scene::Scene;
use crate::map::viewport::Viewport;
use crate::model::export::{facilities_csv, facilities_json};
use crate::model::Dataset;
use crate::query::table::{page, sorted, Column, View};
use crate::state::{Action, Shared};
use crate::web::shared::dom;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub data: Shared<Dataset>,
    /// Indices into `data.facilities` of the plants on screen.
    pub rows: Rc<Vec<usize>>,
    pub scene: Rc<Scene>,
    pub dispatch: Callback<Action>,
    /// The reader's language.
    pub words: Shared<Catalog>,
}

#[function_component(DataTable)]
pub fn data_table(props: &Props) -> Html {
    let view = use_state_eq(View::default);
    let words = &props.words;
    let order = {
        let (data, view) = (props.data.clone(), *view);
        use_memo((props.rows.clone(), view.sort, view.descending, props.words.clone()), move |(rows, _, _, words)| {
            Rc::new(sorted(words, &data.facilities, rows, view))
        })
    };
    let (shown, at, pages) = page(&order, view.page);
    let first = at * crate::query::table::PAGE;
    let headers = Column::ALL.iter().map(|c| {
        let c = *c;
        let sort = if view.sort == c {
            if view.descending { "descending" } else { "ascending" }
        } else {
            "none"
        };
        let onclick = {
            let view = view.clone();
            Callback::from(move |_: MouseEvent| view.set(view.sort_by(c)))
        };
        html! {
            <th scope="col" aria-sort={sort} class={classes!(c.numeric().then_some("num"))}>
                <button type="button" class="sort" {onclick}>{ c.label(words) }<span aria-hidden="true">{ match sort { "descending" => " ▼", "ascending" => " ▲", _ => "" } }</span></button>
            </th>
        }
    });
    let body = shown.iter().map(|&i| {
        let Some(f) = props.data.facilities.get(i) else { return html! {} };
        let open = {
            let (dispatch, scene) = (props.dispatch.clone(), props.scene.clone());
            Callback::from(move |_: MouseEvent| {
                if let Some((_, dot)) = scene.dot_of(i) {
                    dispatch.emit(Action::SetViewport(Viewport::focus(dot.at)));
                }
                dispatch.emit(Action::SelectFacility(Some(i)));
                dispatch.emit(Action::HoverFacility(Some(i)));
                if let Some(map) = dom::element_by_id("map") {
                    map.scroll_into_view();
                }
            })
        };
        html! {
            <tr key={f.id.clone()}>
                { for Column::ALL.iter().map(|c| {
                    let text = c.cell(words, f);
                    if *c == Column::Company {
                        html! { <th scope="row"><button type="button" class="link" onclick={open.clone()} title={words.text("table-show-on-map")}>{ text }</button></th> }
                    } else {
                        html! { <td class={classes!(c.numeric().then_some("num"))}>{ text }</td> }
                    }
                }) }
            </tr>
        }
    });
    let go = |to: usize| {
        let view = view.clone();
        Callback::from(move |_: MouseEvent| view.set(View { page: to, ..*view }))
    };
    let download = |json: bool| {
        let (data, rows) = (props.data.clone(), props.rows.clone());
        Callback::from(move |_: MouseEvent| {
            let plants = rows.iter().filter_map(|i| data.facilities.get(*i));
            let (name, mime, text) = if json {
                (format!("ev-atlas-facilities-{DATASET_VERSION}.json"), "application/json", facilities_json(plants))
            } else {
                (format!("ev-atlas-facilities-{DATASET_VERSION}.csv"), "text/csv", facilities_csv(plants))
            };
            if let Err(why) = dom::download_text(&name, mime, &text) {
                web_sys::console::error_1(&why.into());
            }
        })
    };
    let total = order.len();
    let n = |k: usize| Arg::from(k);
    let rows_said = if total == 0 {
        words.text("table-no-rows")
    } else {
        words.format("table-rows", &[("first", n(first + 1)), ("last", n(first + shown.len())), ("total", n(total))])
    };
    html! {
        <section class="view table-view" id="table" aria-labelledby="table-title">
            <h2 id="table-title">{ words.text("table-title") }</h2>
            <p class="subtitle">{ words.format("table-subtitle", &[("count", n(total))]) }</p>
            <div class="table-actions">
                <button type="button" id="download-csv" onclick={download(false)}>{ words.text("table-download-csv") }</button>
                <button type="button" id="download-json" onclick={download(true)}>{ words.text("table-download-json") }</button>
                <span class="pager" role="group" aria-label={words.text("table-pages")}>
                    <button type="button" disabled={at == 0} onclick={go(at.saturating_sub(1))}>{ words.text("table-previous") }</button>
                    <span id="table-rows">{ rows_said }</span>
                    <button type="button" disabled={at + 1 >= pages} onclick={go(at + 1)}>{ words.text("table-next") }</button>
                </span>
            </div>
            <div class="table-scroll">
                <table id="plants-table">
                    <thead><tr>{ for headers }</tr></thead>
                    <tbody>{ for body }</tbody>
                </table>
            </div>
        </section>
    }
}
