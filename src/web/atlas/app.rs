//! The full atlas: the first view's chart and map plus everything that is not needed to draw them (for
//! now, the reader's own data). Part of the second module: `take_over` replaces the first view's app with
//! it, handing over what the reader was looking at.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::chart::bars::ChartSpec;
use crate::chart::capacity::{self, CapacityKind};
use crate::chart::home_abroad::HomeAbroad;
use crate::chart::places::{self, Grouping, Measure};
use crate::chart::{pipeline, segments};
use crate::data::DATASET_VERSION;
use crate::i18n::Message;
use crate::map::scene::{dots_where, Scene};
use crate::map::viewport::Viewport;
use crate::model::Dataset;
use crate::query::figures::KeyFigures;
use crate::query::filter::Filters;
use crate::query::selection;
use crate::state::address::{actions_of, url_of};
use crate::state::url_state::{decode, encode, ChartId, UrlState, View};
use crate::state::State;
use crate::state::{Action, Shared};
use crate::story;
use crate::theme::ThemeName;
use crate::web::atlas::details;
use crate::web::atlas::embed;
use crate::web::atlas::explore::{FilterPanel, KeyFiguresView, Timeline};
use crate::web::atlas::import::{self, data_panel};
use crate::web::atlas::panels;
use crate::web::atlas::story::StoryView;
use crate::web::atlas::table_view::DataTable;
use crate::web::shared::chart_frame::{ChartFrame, HomeAbroadModel};
use crate::web::shared::map_view::FacilityMap;
use crate::web::shared::shell::{self, initial_state, load, notices, scene_of, Loaded};
use crate::web::shared::{dom, lang};

/// What the first view hands over.
#[derive(Clone, PartialEq, Default)]
pub struct Handoff {
    pub viewport: Option<Viewport>,
    /// The id of the plant whose details were open.
    pub selected: Option<String>,
    /// A file the reader chose or dropped, to load at once.
    pub file: Option<web_sys::File>,
    /// The reader opened the map's lists in the first view: open them here, with the focus on them.
    pub open_lists: bool,
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub loaded: Shared<Loaded>,
    pub handoff: Handoff,
}

pub use crate::web::shared::shell::TAKE_OVER_EVENT;

/// Reads the full data files, asks the first view to step aside and mounts the atlas in `#app`.
pub async fn take_over(file: wasm_bindgen::JsValue, viewport: &str, selected: &str, then: &str) {
    panels::stylesheet().await;
    // A panic on request, to test what the reader sees (tests/browser/faults.test.mjs): only in a build
    // made with EV_ATLAS_FAULTS set (`make test` sets it); any other build reads `debug=` as an unknown key.
    if option_env!("EV_ATLAS_FAULTS").is_some() && read_address().0.split('&').any(|kv| kv == "debug=panic") {
        panic!("debug=panic in the address (a build with EV_ATLAS_FAULTS)");
    }
    let (data, problems) = panels::full_data("show-charts").await;
    // `load` may replace the plants (`?n=`), so it gets its own copy.
    let loaded = Shared::new(load(Dataset::clone(&data), problems.to_vec()));
    let handoff = Handoff {
        viewport: Viewport::decode(viewport),
        selected: Some(selected.to_owned()).filter(|s| !s.is_empty()),
        file: file.dyn_into::<web_sys::File>().ok(),
        open_lists: then == shell::THEN_PLANTS,
    };
    let Some(window) = web_sys::window() else { return };
    if let Ok(event) = web_sys::CustomEvent::new(TAKE_OVER_EVENT) {
        let _ = window.dispatch_event(&event);
    }
    for placeholder in ["your-data", "more-charts"] {
        if let Some(el) = dom::element_by_id(placeholder) {
            el.remove();
        }
    }
    match dom::element_by_id("app") {
        Some(root) => {
            root.set_inner_html("");
            let _ = root.set_attribute("data-atlas", "full");
            yew::Renderer::<Atlas>::with_root_and_props(root, Props { loaded, handoff }).render();
        }
        None => dom::show_fatal("The page has no element with id \"app\" to draw into."),
    }
}

/// The address (the fragment) as it is now, read and decoded.
fn read_address() -> (String, UrlState, Vec<Message>) {
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    let (url, said) = decode(&hash);
    (hash.trim_start_matches('#').to_owned(), url, said)
}

/// Where a view of the full layout begins on the page, to scroll a link's view into sight.
fn section_of(view: View) -> Option<String> {
    match view {
        View::Overview | View::Story => None,
        View::Map => Some("facility-map".to_owned()),
        View::Table => Some("table".to_owned()),
        View::Sources => Some("show-sources".to_owned()),
        View::Chart(id) => Some(id.code().to_owned()),
    }
}

/// The address: at start the link's view (`start`, read once by the atlas) is opened; a change made from
/// outside (back and forward, the reader editing the address, the host page setting the frame's fragment
/// or sending `ev-atlas:navigate`) is opened the same way, like a link; and what the reader does is
/// written to it: a new history entry for a new selection, the same entry (after a pause) when only the
/// map moved or when the address itself asked for it. After each change the host page is told
/// (`embed::report`). Returns the address of what is on screen and what the last address opened could
/// not understand.
#[hook]
fn use_address(
    state: &UseReducerHandle<State>,
    dispatch: Callback<Action>,
    start: Rc<(String, UrlState, Vec<Message>)>,
) -> (UrlState, Rc<Vec<Message>>) {
    let said = use_state_eq(|| Rc::new(start.2.clone()));
    // Set when the address was opened, so that writing its canonical form back replaces that entry.
    let from_address = use_mut_ref(|| false);
    // The fragment the atlas itself last wrote or found already written: an event for it is its own echo
    // (a fragment set from outside fires `popstate` and `hashchange`, and the first already rewrote it).
    let ours = use_mut_ref(String::new);
    // A link's view is applied by actions queued at start: the first render still shows the state before
    // it, whose address is not written (it would replace the link for a moment, and the link's own address
    // would then be a new history entry).
    let link_pending = use_mut_ref(|| !start.0.is_empty());
    {
        let (data, said, from_address, ours) = (state.data.clone(), said.clone(), from_address.clone(), ours.clone());
        use_effect_with((), move |_| {
            let open = move |data: &Dataset, (_, url, notices): &(String, UrlState, Vec<Message>), scroll: bool| {
                *from_address.borrow_mut() = true;
                for a in actions_of(url, data) {
                    dispatch.emit(a);
                }
                said.set(Rc::new(notices.clone()));
                if scroll && !url.embed {
                    if let Some(el) = section_of(url.view).and_then(|id| dom::element_by_id(&id)) {
                        el.scroll_into_view();
                    }
                }
            };
            // No fragment: the atlas keeps what the first view handed over.
            if !start.0.is_empty() {
                open(&data, &start, true);
            }
            let open = Rc::new(open);
            let listeners = web_sys::window().map(|w| {
                let on = |event: &'static str| {
                    let (open, data, ours) = (open.clone(), data.clone(), ours.clone());
                    gloo::events::EventListener::new(&w, event, move |_| {
                        let here = read_address();
                        if here.0 != *ours.borrow() {
                            open(&data, &here, event == "hashchange");
                        }
                    })
                };
                (on("popstate"), on("hashchange"), embed::navigation_listener(&w))
            });
            move || drop(listeners)
        });
    }
    let url = url_of(state);
    let text = encode(&url);
    let base = encode(&UrlState { map: None, ..url.clone() });
    let written = use_mut_ref(|| None::<String>);
    let pause = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    use_effect_with(text, move |text| {
        if std::mem::take(&mut *link_pending.borrow_mut()) {
            return;
        }
        let Some(window) = web_sys::window() else { return };
        let here = window.location().hash().unwrap_or_default();
        *pause.borrow_mut() = None;
        let opened = std::mem::take(&mut *from_address.borrow_mut());
        *ours.borrow_mut() = text.clone();
        if here.trim_start_matches('#') == text.as_str() {
            *written.borrow_mut() = Some(base);
            embed::report();
            return;
        }
        let loc = window.location();
        let address = format!(
            "{}{}{}",
            loc.pathname().unwrap_or_default(),
            loc.search().unwrap_or_default(),
            if text.is_empty() { String::new() } else { format!("#{text}") }
        );
        let Ok(history) = window.history() else { return };
        let first = written.borrow().is_none();
        if first || opened || written.borrow().as_deref() == Some(base.as_str()) {
            // The map moved (or this is the page's first address, or the address itself was just opened):
            // the same entry, at once or once the map rests.
            let write = move || {
                let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
                embed::report();
            };
            if first || opened {
                write();
            } else {
                *pause.borrow_mut() = Some(gloo::timers::callback::Timeout::new(400, write));
            }
        } else {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
            embed::report();
        }
        *written.borrow_mut() = Some(base);
    });
    (url, (*said).clone())
}

/// A button's callback that sets a chart option.
fn set<T: Clone + 'static>(handle: &UseStateHandle<T>, value: T) -> Callback<MouseEvent> {
    let handle = handle.clone();
    Callback::from(move |_: MouseEvent| handle.set(value.clone()))
}

#[function_component(Atlas)]
pub fn atlas(props: &Props) -> Html {
    let loaded = props.loaded.clone();
    let state = {
        let (loaded, handoff) = (loaded.clone(), props.handoff.clone());
        use_reducer(move || {
            let mut state = initial_state(&loaded);
            if let Some(v) = handoff.viewport {
                state.viewport = v;
            }
            if let Some(id) = &handoff.selected {
                state.selected = loaded.data.facilities.iter().position(|f| &f.id == id);
            }
            state
        })
    };
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    shell::use_system_theme(dispatch.clone());
    use_effect_with(props.handoff.open_lists, |open| {
        if *open {
            crate::web::atlas::browse::open_lists();
        }
    });
    let english = use_memo((), |_| Shared::new(crate::i18n::english()));
    // A `lang=` the atlas has no catalog for is named by the address's notice (`url_state`).
    lang::use_language((*english).clone(), dispatch.clone());
    use_effect_with(state.words.clone(), |words| {
        lang::write_page(words);
        let picker = lang::picker_listener(|_| ());
        move || drop(picker)
    });
    // The link the atlas was opened with (its view, whether it is an embed, what it could not read): read
    // once, when the atlas starts.
    let start = use_memo((), |_| read_address());
    let (here, url_notices) = use_address(&state, dispatch.clone(), start.clone());
    // The page's colours follow the atlas's theme (a link may ask for one the system does not use).
    use_effect_with(state.theme, |theme| {
        if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = root.set_attribute("data-theme", if *theme == ThemeName::Dark { "dark" } else { "light" });
        }
    });
    shell::use_details_closed(dispatch.clone());

    // Derived from the data on screen, recomputed only when it changes.
    let scene = {
        let loaded = loaded.clone();
        use_memo(state.data.clone(), move |d| {
            if *d == loaded.data {
                loaded.scene.clone()
            } else {
                Rc::new(scene_of(&loaded.basemap, d))
            }
        })
    };
    let chart = use_memo((state.data.clone(), state.words.clone()), |(d, words)| {
        HomeAbroadModel::new(HomeAbroad::from_aggregates(&d.aggregates), words)
    });

    // The selection: the map's dots and the bar charts show only the plants the filters keep. Dots keep
    // their index into all the plants, so hover and details mean the same plant everywhere.
    // The plants on screen: the filters and the timeline. Everything below derives from these indices.
    let rows = use_memo(
        (state.data.clone(), Filters::clone(&state.filters), state.timeline, state.timeline_by, state.words.clone()),
        |(data, filters, year, by, words)| Rc::new(selection::rows(data, filters, *year, *by, words)),
    );
    let everything = rows.len() == state.data.facilities.len();
    let shown_scene = {
        let scene = scene.clone();
        use_memo((state.data.clone(), rows.clone()), move |(data, rows)| {
            if rows.len() == data.facilities.len() {
                (*scene).clone()
            } else {
                let mut keep = vec![false; data.facilities.len()];
                for &i in rows.iter() {
                    keep[i] = true;
                }
                Rc::new(Scene { dots: dots_where(&data.facilities, |i| keep[i]), ..Scene::clone(&scene) })
            }
        })
    };
    // Shared: memos that depend on it compare it by identity, not plant by plant on every render.
    let shown = use_memo((state.data.clone(), rows.clone()), |(data, rows)| {
        Shared::new(Dataset {
            facilities: rows.iter().filter_map(|i| data.facilities.get(*i).cloned()).collect(),
            aggregates: data.aggregates.clone(),
        })
    });
    let shown = (*shown).clone();
    let figures = use_memo(shown.clone(), |d| Rc::new(KeyFigures::of(&d.facilities)));
    let grouping = use_state_eq(|| Grouping::Country);
    let measure = use_state_eq(|| Measure::Count);
    let capacity = use_state_eq(|| CapacityKind::Battery);
    let specs = use_memo((shown.clone(), state.words.clone(), *grouping, *measure, *capacity), |(d, w, g, m, k)| {
        [segments::build(d, w), places::build(d, w, *g, *m, 10), pipeline::build(d, w), capacity::build(d, w, *k)]
            .map(Rc::new)
    });
    let words = &state.words;
    let choice = |id: &str, on: bool, onclick: Callback<MouseEvent>| {
        html! { <button type="button" class="choice" aria-pressed={on.to_string()} {onclick}>{ words.text(id) }</button> }
    };
    let places_controls = html! {
        <div class="chart-controls" role="group" aria-label={words.text("places-controls")}>
            { choice("places-by-country", *grouping == Grouping::Country, set(&grouping, Grouping::Country)) }
            { choice("places-by-region", *grouping == Grouping::Region, set(&grouping, Grouping::Region)) }
            <span class="sep" aria-hidden="true"></span>
            { choice("places-measure-count", *measure == Measure::Count, set(&measure, Measure::Count)) }
            { choice("places-measure-money", *measure == Measure::Money, set(&measure, Measure::Money)) }
        </div>
    };
    let capacity_controls = html! {
        <div class="chart-controls" role="group" aria-label={words.text("capacity-controls")}>
            { choice("capacity-battery", *capacity == CapacityKind::Battery, set(&capacity, CapacityKind::Battery)) }
            { choice("capacity-vehicles", *capacity == CapacityKind::Vehicles, set(&capacity, CapacityKind::Vehicles)) }
        </div>
    };
    let filter_bar = {
        let chips = state.filters.chips(&state.words).into_iter().map(|(chip, words)| {
            let (dispatch, without) = (dispatch.clone(), state.filters.without(&chip));
            let onclick = Callback::from(move |_: MouseEvent| dispatch.emit(Action::SetFilters(without.clone())));
            html! { <li><button type="button" class="chip" aria-label={state.words.format("filter-remove", &[("filter", words.as_str().into())])} {onclick}>{ words.clone() }<span aria-hidden="true">{ " ×" }</span></button></li> }
        });
        let clear = {
            let dispatch = dispatch.clone();
            Callback::from(move |_: MouseEvent| dispatch.emit(Action::SetFilters(Filters::default())))
        };
        let (n, total) = (rows.len(), state.data.facilities.len());
        html! {
            <div class="filter-bar" id="filter-bar" role="region" aria-label={state.words.text("filter-bar")} aria-live="polite">
                if everything {
                    <p class="filter-count">{ state.words.format("filter-count-all", &[("total", (total as f64).into())]) }</p>
                } else {
                    <p class="filter-count">{ state.words.format("filter-count", &[("shown", (n as f64).into()), ("total", (total as f64).into())]) }</p>
                    <ul class="chips">{ for chips }</ul>
                    if !state.filters.is_empty() {
                        <button type="button" class="link" onclick={clear.clone()}>{ state.words.text("filter-clear") }</button>
                    }
                    if n == 0 {
                        <p class="empty" role="status">{ state.words.text("filter-none") }{ " " }<button type="button" class="link" onclick={clear}>{ state.words.text("filter-show-all") }</button></p>
                    }
                }
            </div>
        }
    };
    let [money, where_, pipeline_spec, capacity_spec] = (*specs).clone();

    // The plant's details come from the data on screen, so a reader's own file shows its own sources.
    {
        let (data, words) = (state.data.clone(), state.words.clone());
        use_effect_with((state.selected, state.data.clone(), state.words.clone()), move |(selected, _, _)| {
            match selected.and_then(|i| data.facilities.get(i)) {
                Some(f) => {
                    let props = details::Props {
                        open: true,
                        id: f.id.clone(),
                        company: f.company.clone(),
                        city: format!("{}, {}", f.city, f.host_country),
                        facility: Some(f.clone()),
                        words: words.clone(),
                    };
                    yew::platform::spawn_local(panels::show_details(props));
                }
                None => panels::hide_details(),
            }
        });
    }

    // The reader's own file, picked or dropped (the listeners follow the data the report keeps from).
    {
        let (data, dispatch) = (state.data.clone(), dispatch.clone());
        use_effect_with(state.data.clone(), move |_| {
            let listeners = shell::file_listeners(move |file| import::load(file, data.clone(), dispatch.clone()));
            move || drop(listeners)
        });
    }
    // The file that made the first view hand over, loaded once.
    {
        let (data, dispatch, file) = (state.data.clone(), dispatch.clone(), props.handoff.file.clone());
        use_effect_with((), move |_| {
            if let Some(file) = file {
                import::load(file, data, dispatch);
            }
        });
    }
    let show_sources = {
        let (data, words) = (state.data.clone(), state.words.clone());
        Callback::from(move |_: MouseEvent| {
            yew::platform::spawn_local(panels::show_sources(data.clone(), words.clone()))
        })
    };
    // An open Sources view follows the reader's language.
    use_effect_with(state.words.clone(), |words| panels::sources_in(words.clone()));

    let page = &state.page;
    embed::use_height_reporting();
    // The embed's compact layout hides the page's masthead and colophon (`body.embed` in the styles).
    use_effect_with(page.embed, |embed| {
        if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
            let _ = body.class_list().toggle_with_force("embed", *embed);
        }
    });
    // Each view, as both layouts show it.
    let frame = |id: ChartId, controls: Html| -> Html {
        let (f, theme, dispatch) = (state.filters.clone(), state.theme, dispatch.clone());
        match id {
            ChartId::HomeAbroad => {
                html! { <ChartFrame<HomeAbroadModel> model={chart.clone()} {theme} filters={f} {dispatch} words={state.words.clone()} {controls} /> }
            }
            ChartId::Segments => {
                html! { <ChartFrame<ChartSpec> model={money.clone()} {theme} filters={f} {dispatch} words={state.words.clone()} {controls} /> }
            }
            ChartId::Places => {
                html! { <ChartFrame<ChartSpec> model={where_.clone()} {theme} filters={f} {dispatch} words={state.words.clone()} {controls} /> }
            }
            ChartId::Pipeline => {
                html! { <ChartFrame<ChartSpec> model={pipeline_spec.clone()} {theme} filters={f} {dispatch} words={state.words.clone()} {controls} /> }
            }
            ChartId::Capacity => {
                html! { <ChartFrame<ChartSpec> model={capacity_spec.clone()} {theme} filters={f} {dispatch} words={state.words.clone()} {controls} /> }
            }
        }
    };
    let map = html! { <FacilityMap words={state.words.clone()} scene={(*shown_scene).clone()} data={state.data.clone()} theme={state.theme} hover={state.hover.facility} hover_cluster={state.hover.cluster} viewport={state.viewport} detail={state.detail.clone()} dispatch={dispatch.clone()} /> };
    let table = html! { <DataTable data={state.data.clone()} rows={(*rows).clone()} scene={(*scene).clone()} dispatch={dispatch.clone()} words={state.words.clone()} /> };
    // The story, only while it is open: read from the shipped file against the full data in the reader's
    // language (read again when it changes), its counts filled from it, and the step the address asks for
    // held against its length.
    let story = use_memo((state.builtin.clone(), page.view == View::Story, state.words.clone()), |(d, open, words)| {
        open.then(|| Rc::new(story::read_in(story::SHIPPED_CSV, d, words).map(|s| s.resolve(d))))
    });
    let opened = (*story).clone().map(|read| {
        let (step, notice) = match &*read {
            Ok(s) => story::step_of(page.step, s.len()),
            Err(_) => (1, None),
        };
        (read, step, notice)
    });
    let url_notices: Rc<Vec<Message>> = match opened.as_ref().and_then(|(_, _, notice)| notice.clone()) {
        Some(n) => Rc::new(url_notices.iter().cloned().chain([n]).collect()),
        None => url_notices,
    };
    // The step's year in focus and its note, drawn on the "Home vs abroad" chart.
    let focus = opened.as_ref().and_then(|(story, step, _)| {
        let s = story.as_ref().as_ref().ok()?.step(*step)?;
        Some((s.highlight_year?, s.annotation.clone()))
    });
    let step_chart = use_memo((chart.clone(), focus), |(chart, focus)| {
        focus.clone().map(|step| Rc::new(HomeAbroadModel { step: Some(step), ..HomeAbroadModel::clone(chart) }))
    });
    let story_view = opened.map(|(story, step, _)| {
        // A step about places (its plant, its filters) shows the map alone; a chart's step, its chart.
        let shows = story.as_ref().as_ref().ok().and_then(|s| s.step(step)).map_or(View::Overview, |s| {
            let places = s.view.focus.is_some() || !s.view.filters.is_empty();
            if s.view.view == View::Overview && places {
                View::Map
            } else {
                s.view.view
            }
        });
        let home_abroad = || match &*step_chart {
            Some(model) => {
                let (f, theme, dispatch) = (state.filters.clone(), state.theme, dispatch.clone());
                html! { <ChartFrame<HomeAbroadModel> model={model.clone()} {theme} filters={f} {dispatch} words={state.words.clone()} /> }
            }
            None => frame(ChartId::HomeAbroad, Html::default()),
        };
        let graphic = match shows {
            View::Chart(ChartId::HomeAbroad) => home_abroad(),
            View::Chart(id) => frame(id, Html::default()),
            View::Map => map.clone(),
            _ => html! { <>{ home_abroad() }{ map.clone() }</> },
        };
        html! {
            <StoryView story={story.clone()} n={step} page={page.clone()} data={state.builtin.clone()} words={state.words.clone()} dispatch={dispatch.clone()} {graphic} />
        }
    });
    let address_notice = if url_notices.is_empty() {
        Html::default()
    } else {
        html! {
            <div class="notice" id="address-notice" role="status">
                <p>{ state.words.text("address-notice") }</p>
                <ul>{ for url_notices.iter().map(|n| html! { <li>{ n.say(&state.words) }</li> }) }</ul>
            </div>
        }
    };
    if page.embed {
        let full = format!("#{}", encode(&UrlState { embed: false, ..here.clone() }));
        let view = match page.view {
            View::Chart(id) => frame(id, Html::default()),
            View::Map => map,
            View::Table => table,
            View::Story => story_view.clone().unwrap_or_default(),
            View::Overview | View::Sources => {
                html! { <>{ frame(ChartId::HomeAbroad, Html::default()) }{ map }</> }
            }
        };
        // A story step has its own words and sources; the other views say how many plants they show.
        let filter_bar = if page.view == View::Story { Html::default() } else { filter_bar };
        return html! {
            <div class="embed-frame" id="embed">
                // The embedded document's own landmarks and top heading (axe: page-has-heading-one,
                // region): the atlas's name heads it, the view's title is its h2, the sources its footer.
                <header><h1 class="kicker">{ state.words.text("page-kicker") }</h1></header>
                { address_notice }
                { filter_bar }
                <main class="views">{ view }</main>
                <footer class="embed-foot">
                    { state.words.format("embed-sources", &[("version", DATASET_VERSION.into())]) }{ " " }
                    <a href={full} target="_blank" rel="noopener">{ state.words.text("embed-open") }</a>
                </footer>
            </div>
        };
    }

    if let Some(story_view) = story_view {
        return html! {
            <>
                { notices(&loaded, &state.words) }
                { address_notice }
                <main class="story-page">{ story_view }</main>
                <embed::Share url={here} words={state.words.clone()} />
            </>
        };
    }
    html! {
        <>
            { notices(&loaded, &state.words) }
            { address_notice }
            { filter_bar }
            <section class="explore" aria-label="Explore">
                <FilterPanel data={state.data.clone()} words={state.words.clone()} filters={Filters::clone(&state.filters)} dispatch={dispatch.clone()} />
                <Timeline data={state.data.clone()} words={state.words.clone()} year={state.timeline} by={state.timeline_by} dispatch={dispatch.clone()} />
                <KeyFiguresView figures={(*figures).clone()} words={state.words.clone()} />
            </section>
            <main class="views">
                { frame(ChartId::HomeAbroad, Html::default()) }
                { map }
                <button type="button" id="show-sources" onclick={show_sources}>{ state.words.text("show-sources") }</button>
            </main>
            <section class="more-charts views" id="charts" aria-label="More charts">
                { frame(ChartId::Segments, Html::default()) }
                { frame(ChartId::Places, places_controls) }
                { frame(ChartId::Pipeline, Html::default()) }
                { frame(ChartId::Capacity, capacity_controls) }
            </section>
            { table }
            <embed::Share url={here} words={state.words.clone()} />
            { data_panel(import::Props { import: &state.import, origin: &state.origin, data: &state.data, dispatch: &dispatch, words: &state.words }) }
        </>
    }
}
