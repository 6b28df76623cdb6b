//! The full atlas's controls for linked exploration: the filter panel, the key figures and the timeline.
//! Each turns what the reader did into one `Action`; what they show is derived from the state.

use std::rc::Rc;

use gloo::timers::callback::Interval;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::i18n::Catalog;
use crate::map::describe::{region_name, segment_name, status_name};
use crate::model::country::country_in;
use crate::model::region::HostRegion;
use crate::model::{CountryCode, Dataset, Segment, Status, Year};
use crate::query::figures::KeyFigures;
use crate::query::filter::Filters;
use crate::query::selection::{Choices, Edit};
use crate::query::timeline::{span, By};
use crate::state::{Action, Shared};

fn select_value(e: &Event) -> String {
    e.target().and_then(|t| t.dyn_into::<HtmlSelectElement>().ok()).map(|s| s.value()).unwrap_or_default()
}

fn input_value(e: &Event) -> String {
    e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()).map(|s| s.value()).unwrap_or_default()
}

fn checked(e: &Event) -> bool {
    e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()).is_some_and(|s| s.checked())
}

#[derive(Properties, PartialEq)]
pub struct PanelProps {
    pub data: Shared<Dataset>,
    pub words: Shared<Catalog>,
    pub filters: Filters,
    pub dispatch: Callback<Action>,
}

/// Every filter as a form control; each change sets the filters whole.
#[function_component(FilterPanel)]
pub fn filter_panel(props: &PanelProps) -> Html {
    // The choices the data offers, sorted: companies and host countries.
    let choices = use_memo(props.data.clone(), |d| Choices::of(&d.facilities));
    let years = choices.years;
    // Host countries by their names in the reader's language.
    let mut countries: Vec<(CountryCode, String)> =
        choices.countries.iter().map(|c| (*c, country_in(&props.words, *c))).collect();
    countries.sort_by(|a, b| a.1.cmp(&b.1));
    // The suggestions, built once per dataset and at most this many (a file of 100,000 plants may name
    // as many companies; any name typed in full still filters).
    const SUGGESTED: usize = 2_000;
    let suggestions = use_memo(choices.clone(), |c| {
        c.companies.iter().take(SUGGESTED).map(|name| html! { <option value={name.clone()} /> }).collect::<Html>()
    });
    let (f, w) = (&props.filters, &*props.words);
    // Each control's change, as an edit the reducer makes (`selection::Edit`); `None` when it made none.
    let set = |edit: fn(&Event) -> Option<Edit>| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            if let Some(edit) = edit(&e) {
                dispatch.emit(Action::EditFilters(edit));
            }
        })
    };
    let on_segment = set(|e| Some(Edit::Segment(Segment::from_code(&select_value(e)))));
    let on_status = set(|e| Some(Edit::Status(Status::from_code(&select_value(e)))));
    let on_region = set(|e| Some(Edit::Region(HostRegion::from_code(&select_value(e)))));
    let on_country = set(|e| CountryCode::parse(&select_value(e)).map(Edit::Country));
    let on_company = {
        let (dispatch, choices) = (props.dispatch.clone(), choices.clone());
        Callback::from(move |e: Event| {
            if let Some(c) = choices.company(&input_value(&e)) {
                dispatch.emit(Action::EditFilters(Edit::Company(c.to_owned())));
                if let Some(input) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) {
                    input.set_value("");
                }
            }
        })
    };
    let on_from = set(|e| Some(Edit::From(select_value(e).parse::<u16>().ok().map(Year))));
    let on_to = set(|e| Some(Edit::To(select_value(e).parse::<u16>().ok().map(Year))));
    let on_owned = set(|e| Some(Edit::ChineseOwned(checked(e))));
    let on_disclosed = set(|e| Some(Edit::Disclosed(checked(e))));
    let on_text = set(|e| Some(Edit::Text(input_value(e))));

    let option = |value: String, label: String, selected: bool| html! { <option {value} {selected}>{ label }</option> };
    let year_options = |chosen: Option<Year>| {
        years
            .map(|(a, b)| {
                (a.0..=b.0).map(|y| option(y.to_string(), y.to_string(), chosen == Some(Year(y)))).collect::<Html>()
            })
            .unwrap_or_default()
    };
    // Open on a wide screen; on a phone, folded under one line so the map and charts come first.
    let wide = use_state(|| {
        web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|v| v.as_f64()).is_some_and(|w| w >= 760.0)
    });
    let active = f.active();
    html! {
        <details class="filters" open={*wide}>
        <summary>{ if active == 0 { w.text("filters-title") } else { w.format("filters-title-active", &[("count", (active as f64).into())]) } }</summary>
        <form class="filter-panel" id="filter-panel" aria-label={w.text("filters-title")} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <label>{ w.text("filter-search") }
                <input type="search" id="filter-q" placeholder={w.text("filter-search-placeholder")} value={f.q.clone()} oninput={on_text.reform(|e: InputEvent| e.into())} />
            </label>
            <label>{ w.text("filter-segment") }
                <select id="filter-segment" onchange={on_segment}>
                    { option(String::new(), w.text("filter-segment-all"), f.segment.is_none()) }
                    { for Segment::ALL.iter().map(|s| option(s.code().into(), segment_name(w, *s), f.segment == Some(*s))) }
                </select>
            </label>
            <label>{ w.text("filter-status") }
                <select id="filter-status" onchange={on_status}>
                    { option(String::new(), w.text("filter-status-all"), f.status.is_none()) }
                    { for Status::ALL.iter().map(|s| option(s.code().into(), status_name(w, *s), f.status == Some(*s))) }
                </select>
            </label>
            <label>{ w.text("filter-region") }
                <select id="filter-region" onchange={on_region}>
                    { option(String::new(), w.text("filter-region-all"), f.region.is_none()) }
                    { for HostRegion::ALL.iter().map(|r| option(r.code().into(), region_name(w, r.code()), f.region == Some(*r))) }
                </select>
            </label>
            <label>{ w.text("filter-country") }
                <select id="filter-country" onchange={on_country}>
                    { option(String::new(), w.text("filter-choose"), true) }
                    { for countries.iter().map(|(c, name)| option(c.as_str().into(), name.clone(), false)) }
                </select>
            </label>
            <label>{ w.text("filter-company") }
                <input list="filter-companies" id="filter-company" placeholder={w.text("filter-company-placeholder")} onchange={on_company} />
                <datalist id="filter-companies">{ (*suggestions).clone() }</datalist>
            </label>
            <fieldset class="years">
                <legend>{ w.text("filter-announced") }</legend>
                <label>{ w.text("filter-from") }
                    <select id="filter-from" onchange={on_from}>
                        { option(String::new(), w.text("filter-any"), f.years.is_none()) }
                        { year_options(f.years.map(|(a, _)| a)) }
                    </select>
                </label>
                <label>{ w.text("filter-to") }
                    <select id="filter-to" onchange={on_to}>
                        { option(String::new(), w.text("filter-any"), f.years.is_none()) }
                        { year_options(f.years.map(|(_, b)| b)) }
                    </select>
                </label>
            </fieldset>
            <label class="check"><input type="checkbox" id="filter-owned" checked={f.chinese_owned} onchange={on_owned} />{ w.text("filter-owned") }</label>
            <label class="check"><input type="checkbox" id="filter-disclosed" checked={f.disclosed} onchange={on_disclosed} />{ w.text("filter-disclosed") }</label>
        </form>
        </details>
    }
}

/// The key figures of the plants on screen.
#[function_component(KeyFiguresView)]
pub fn key_figures(props: &FiguresProps) -> Html {
    let lines = props.figures.lines(&props.words);
    html! {
        <section class="key-figures" id="key-figures" aria-label={props.words.text("figures")}>
            { for lines.into_iter().map(|(value, label, note)| html! {
                <div class="figure"><strong>{ value }</strong><span>{ label }</span><small>{ note }</small></div>
            }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct FiguresProps {
    pub figures: Rc<KeyFigures>,
    pub words: Shared<Catalog>,
}

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub data: Shared<Dataset>,
    pub words: Shared<Catalog>,
    pub year: Option<Year>,
    pub by: By,
    pub dispatch: Callback<Action>,
}

/// A year slider with play and pause: the map, the charts and the key figures show the plants up to
/// that year. With `prefers-reduced-motion`, play steps a year at a time without animation in between
/// (each step is a plain redraw either way) and slower.
#[function_component(Timeline)]
pub fn timeline(props: &TimelineProps) -> Html {
    let range = span(&props.data.facilities, props.by);
    let playing = use_state_eq(|| false);
    let ticker = use_mut_ref(|| None::<Interval>);
    let Some((first, last)) = range else { return html! {} };
    let (year, by, dispatch) = (props.year, props.by, props.dispatch.clone());
    {
        // Play: one year a step, stopping at the last.
        let (playing, ticker, dispatch) = (playing.clone(), ticker.clone(), dispatch.clone());
        use_effect_with((*playing, year, by), move |(on, year, by)| {
            *ticker.borrow_mut() = None;
            if *on {
                let reduced = web_sys::window()
                    .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
                    .is_some_and(|q| q.matches());
                let next = year.map_or(first, |y| Year(y.0 + 1));
                if next > last {
                    playing.set(false);
                } else {
                    let (dispatch, by) = (dispatch.clone(), *by);
                    *ticker.borrow_mut() = Some(Interval::new(if reduced { 1200 } else { 700 }, move || {
                        dispatch.emit(Action::SetTimeline(Some(next), by))
                    }));
                }
            }
        });
    }
    let on_slide = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let v = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                .and_then(|i| i.value().parse::<u16>().ok());
            dispatch.emit(Action::SetTimeline(v.map(Year), by));
        })
    };
    let on_play = {
        let (playing, dispatch) = (playing.clone(), dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            if !*playing && year.is_none_or(|y| y >= last) {
                dispatch.emit(Action::SetTimeline(Some(first), by));
            }
            playing.set(!*playing);
        })
    };
    let on_all = {
        let (playing, dispatch) = (playing.clone(), dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            playing.set(false);
            dispatch.emit(Action::SetTimeline(None, by));
        })
    };
    let on_by = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let by = if select_value(&e) == "production" { By::Production } else { By::Announced };
            dispatch.emit(Action::SetTimeline(year, by));
        })
    };
    let shown = year.unwrap_or(last);
    let w = &*props.words;
    let up_to = |id: &str| w.format(id, &[("year", shown.0.to_string().as_str().into())]);
    html! {
        <section class="timeline" id="timeline" aria-label={w.text("timeline")}>
            <button type="button" id="timeline-play" aria-pressed={playing.to_string()} onclick={on_play}>
                { w.text(if *playing { "timeline-pause" } else { "timeline-play" }) }
            </button>
            <label class="slider">
                <span>{ if year.is_some() { up_to("timeline-up-to") } else { w.text("timeline-all") } }</span>
                <input type="range" id="timeline-year" min={first.0.to_string()} max={last.0.to_string()} step="1"
                    value={shown.0.to_string()} aria-valuetext={up_to("timeline-up-to-value")} oninput={on_slide} />
            </label>
            <select id="timeline-by" aria-label={w.text("timeline-by")} onchange={on_by}>
                <option value="announced" selected={by == By::Announced}>{ w.text("timeline-by-announced") }</option>
                <option value="production" selected={by == By::Production}>{ w.text("timeline-by-production") }</option>
            </select>
            if year.is_some() { <button type="button" class="link" onclick={on_all}>{ w.text("timeline-all") }</button> }
        </section>
    }
}
