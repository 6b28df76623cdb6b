//! The top-level component: owns the one reducer, builds the derived views, marks `app-ready`.

use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use super::bench;
use super::chart_view::HomeAbroadChart;
use super::dom;
use super::lazy;
use super::map_view::FacilityMap;
use crate::chart::home_abroad::HomeAbroad;
use crate::data::builtin;
use crate::fragment;
use crate::geo::basemap::{Basemap, COUNTRIES_110M};
use crate::geo::equal_earth::map_from_lonlat;
use crate::map::scene::Scene;
use crate::map::viewport::Viewport;
use crate::model::{Dataset, Problem};
use crate::state::{reduce, Action, Shared, State};
use crate::synthetic;
use crate::theme::ThemeName;

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = reduce(&self, action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// What start-up derives once from the embedded files (or, with `?n=`, synthetic facilities).
struct Loaded {
    data: Shared<Dataset>,
    problems: Vec<Problem>,
    /// With `?n=`: how many synthetic facilities replace the built-in ones.
    synthetic: Option<usize>,
    /// A URL parameter that could not be understood.
    url_notice: Option<String>,
    /// The facility named by `#focus=`.
    focus: Option<usize>,
    chart: Rc<HomeAbroad>,
    scene: Rc<Scene>,
    basemap_error: Option<String>,
}

fn load() -> Loaded {
    let (mut data, problems) = builtin();
    let query = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let (synthetic, url_notice) = match synthetic::from_query(&query) {
        Ok(Some((n, seed))) => {
            data.facilities = synthetic::facilities(n, seed);
            (Some(data.facilities.len()), None)
        }
        Ok(None) => (None, None),
        Err(message) => (None, Some(message)),
    };
    bench::install(data.facilities.len(), synthetic.is_some());
    // `#focus=<id>`: centre the map on that facility and show its tooltip.
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    let (focus, url_notice) = match fragment::get(&hash, "focus") {
        None => (None, url_notice),
        Some(id) => match data.facilities.iter().position(|f| f.id == id) {
            Some(i) if data.facilities.get(i).is_some_and(|f| f.location.is_some()) => (Some(i), url_notice),
            Some(_) => (None, Some(format!("The plant {id} has no known site, so the map cannot show it."))),
            None => (None, Some(format!("focus={id}: no plant has this id; showing the whole map."))),
        },
    };
    let (basemap, basemap_error) = match Basemap::decode(COUNTRIES_110M) {
        Ok(b) => (Some(b), None),
        Err(e) => (None, Some(format!("The world basemap could not be read ({e}); plants are drawn without it."))),
    };
    let scene = match &basemap {
        Some(b) => Scene::new(b, &data.facilities),
        None => Scene::without_basemap(&data.facilities),
    };
    Loaded {
        chart: Rc::new(HomeAbroad::from_aggregates(&data.aggregates)),
        scene: Rc::new(scene),
        data: Shared::new(data),
        problems,
        synthetic,
        url_notice,
        focus,
        basemap_error,
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let loaded = use_memo((), |_| load());
    let state = {
        let (data, focus) = (loaded.data.clone(), loaded.focus);
        use_reducer(move || {
            let mut state = State::new(data.clone(), dom::system_theme());
            if let Some(i) = focus {
                if let Some(at) = data.facilities.get(i).and_then(|f| f.location) {
                    state.viewport = Viewport::focus(map_from_lonlat(at));
                    state.hover.facility = Some(i);
                    state.selected = Some(i);
                }
            }
            state
        })
    };
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };

    // Follow the system's light/dark setting while the page is open.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listener = dom::dark_query().map(|q| {
                let query = q.clone();
                EventListener::new(&q, "change", move |_| {
                    dispatch.emit(Action::SetTheme(if query.matches() { ThemeName::Dark } else { ThemeName::Light }));
                })
            });
            move || drop(listener)
        });
    }

    // The details panel lives in the second module, loaded the first time a plant is chosen. It renders
    // into `#details-root`, outside this app's element: two yew apps must not share a DOM subtree (each
    // tags elements with its own listener ids).
    {
        let data = loaded.data.clone();
        use_effect_with(state.selected, move |selected| match selected.and_then(|i| data.facilities.get(i)) {
            Some(f) => lazy::show_details(f.id.clone(), f.company.clone(), format!("{}, {}", f.city, f.host_country)),
            None => lazy::hide_details(),
        });
    }
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "ev-atlas-details-closed", move |_| dispatch.emit(Action::SelectFacility(None)))
            });
            move || drop(listener)
        });
    }

    {
        let focus = loaded.focus.is_some();
        use_effect_with(state.drawn.all(), move |ready| {
            if *ready {
                dom::mark_ready();
                // A link to one plant shows the map, not the top of the page.
                if focus {
                    if let Some(map) = dom::element_by_id("map") {
                        map.scroll_into_view();
                    }
                }
            }
        });
    }

    let banner = match (loaded.synthetic, &loaded.url_notice) {
        (Some(n), _) => Some(format!("Benchmark mode: the map shows {n} synthetic facilities generated for ?n={n}. They are not real data; remove ?n= from the address for the atlas.")),
        (None, Some(message)) => Some(message.clone()),
        _ => None,
    };
    let notices = loaded
        .problems
        .iter()
        .map(ToString::to_string)
        .chain(loaded.basemap_error.clone())
        .map(|p| html! { <li>{ p }</li> });

    html! {
        <>
            if let Some(text) = banner {
                <aside class="notice" role="status" id="url-notice"><p>{ text }</p></aside>
            }
            if !loaded.problems.is_empty() || loaded.basemap_error.is_some() {
                <aside class="notice" role="status">
                    <p>{ "Some of the built-in data could not be read and is left out:" }</p>
                    <ul>{ for notices }</ul>
                </aside>
            }
            <main class="views">
                <HomeAbroadChart chart={loaded.chart.clone()} theme={state.theme} hover={state.hover.chart_mark} dispatch={dispatch.clone()} />
                <FacilityMap scene={loaded.scene.clone()} data={loaded.data.clone()} theme={state.theme} hover={state.hover.facility} viewport={state.viewport} dispatch={dispatch.clone()} />
                <button type="button" id="show-sources" onclick={Callback::from(|_: MouseEvent| lazy::show_sources())}>{ "Show every source" }</button>
            </main>
        </>
    }
}
