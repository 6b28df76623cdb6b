//! What the first view's app and the full atlas share: start-up from a dataset and the URL, the reducer
//! hook-up, the system theme, the notices and the `app-ready` mark.

/// Fired by the full atlas when it takes the page over; the first view's app then unmounts itself.
pub const TAKE_OVER_EVENT: &str = "ev-atlas-take-over";

/// What the full atlas does once it has taken over, when the first view asks it to: open the map's lists
/// by region and country and put the focus on them (`take_over`'s `then`).
pub const THEN_PLANTS: &str = "plants";

use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use super::{bench, dom};
use crate::data::synthetic;
use crate::geo::basemap::{Basemap, COUNTRIES_110M};
use crate::geo::equal_earth::map_from_lonlat;
use crate::i18n::{Catalog, Message};
use crate::map::scene::Scene;
use crate::map::viewport::Viewport;
use crate::model::{Dataset, Problem};
use crate::state::fragment;
use crate::state::{reduce, Action, Shared, State};
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

/// What start-up derives once from the data and the address.
pub struct Loaded {
    pub data: Shared<Dataset>,
    pub problems: Vec<Problem>,
    /// With `?n=`: how many synthetic facilities replace the built-in ones.
    pub synthetic: Option<usize>,
    /// A URL parameter that could not be understood.
    pub url_notice: Option<Message>,
    /// The facility named by `#focus=`.
    pub focus: Option<usize>,
    pub basemap: Rc<Option<Basemap>>,
    pub scene: Rc<Scene>,
    pub basemap_error: Option<Message>,
}

/// Reads the address (`?n=`, `#focus=`) and the basemap, and builds the first scene of `data`.
pub fn load(mut data: Dataset, problems: Vec<Problem>) -> Loaded {
    let query = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let (synthetic, url_notice) = match synthetic::from_query(&query) {
        Ok(Some((n, seed))) => {
            data.facilities = synthetic::facilities(n, seed);
            (Some(data.facilities.len()), None)
        }
        Ok(None) => (None, None),
        Err(message) => (None, Some(Message::plain(message))),
    };
    bench::install(data.facilities.len(), synthetic.is_some());
    // `#focus=<id>`: centre the map on that facility and show its tooltip.
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    let (focus, url_notice) = match fragment::get(&hash, "focus") {
        None => (None, url_notice),
        Some(Err(e)) => (None, Some(Message::new("notice-focus-unreadable", vec![("why", e.words().into())]))),
        Some(Ok(id)) => match data.facilities.iter().position(|f| f.id == id) {
            Some(i) if data.facilities.get(i).is_some_and(|f| f.location.is_some()) => (Some(i), url_notice),
            Some(_) => (None, Some(Message::new("notice-focus-no-site", vec![("id", id.into())]))),
            None => (None, Some(Message::new("notice-focus-unknown", vec![("id", id.into())]))),
        },
    };
    let (basemap, basemap_error) = match Basemap::decode(COUNTRIES_110M) {
        Ok(b) => (Some(b), None),
        Err(e) => (None, Some(Message::new("notice-basemap-unreadable", vec![("error", e.to_string().into())]))),
    };
    let scene = scene_of(&basemap, &data);
    Loaded {
        scene: Rc::new(scene),
        basemap: Rc::new(basemap),
        data: Shared::new(data),
        problems,
        synthetic,
        url_notice,
        focus,
        basemap_error,
    }
}

pub fn scene_of(basemap: &Option<Basemap>, data: &Dataset) -> Scene {
    match basemap {
        Some(b) => Scene::new(b, &data.facilities),
        None => Scene::without_basemap(&data.facilities),
    }
}

/// The state start-up begins with: the data, the system theme, and the plant a link focuses.
pub fn initial_state(loaded: &Loaded) -> State {
    let mut state = State::new(loaded.data.clone(), dom::system_theme());
    if let Some(i) = loaded.focus {
        if let Some(at) = loaded.data.facilities.get(i).and_then(|f| f.location) {
            state.viewport = Viewport::focus(map_from_lonlat(at));
            state.hover.facility = Some(i);
            state.selected = Some(i);
        }
    }
    state
}

/// Follows the system's light/dark setting while the page is open.
#[hook]
pub fn use_system_theme(dispatch: Callback<Action>) {
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

/// Clears the selection when the reader closes the details panel (drawn by the second module).
#[hook]
pub fn use_details_closed(dispatch: Callback<Action>) {
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|w| {
            EventListener::new(&w, "ev-atlas-details-closed", move |_| dispatch.emit(Action::SelectFacility(None)))
        });
        move || drop(listener)
    });
}

/// The banner (benchmark mode, a link that could not be followed) and the notices about unreadable data.
pub fn notices(loaded: &Loaded, words: &Catalog) -> Html {
    let banner = match (loaded.synthetic, &loaded.url_notice) {
        (Some(n), _) => Some(words.format("notice-benchmark", &[("count", n.into())])),
        (None, Some(message)) => Some(message.say(words)),
        _ => None,
    };
    let problems = loaded
        .problems
        .iter()
        .map(|p| p.say(words))
        .chain(loaded.basemap_error.as_ref().map(|m| m.say(words)))
        .map(|p| html! { <li>{ p }</li> });
    html! {
        <>
            if let Some(text) = banner {
                <aside class="notice" role="status" id="url-notice"><p>{ text }</p></aside>
            }
            if !loaded.problems.is_empty() || loaded.basemap_error.is_some() {
                <aside class="notice" role="status">
                    <p>{ words.text("notice-data-left-out") }</p>
                    <ul>{ for problems }</ul>
                </aside>
            }
        </>
    }
}

/// Sends a file the reader drops anywhere on the page, or picks with the `#data-file` input, to `on_file`.
/// While a file is dragged over the page, `<body>` has the class `dragging` (the stylesheet shows where
/// to drop). Plain listeners, not a component: the first view and the full atlas both use them, and the
/// first view's bytes stay few. Dropping the returned value removes them.
pub fn file_listeners(on_file: impl Fn(web_sys::File) + 'static) -> Vec<EventListener> {
    use gloo::events::EventListenerOptions;
    use wasm_bindgen::JsCast;
    let (Some(window), Some(body)) =
        (web_sys::window(), web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()))
    else {
        return Vec::new();
    };
    let on_file = Rc::new(on_file);
    let options = EventListenerOptions::enable_prevent_default();
    let dragging = move |on: bool| {
        let _ = body.class_list().toggle_with_force("dragging", on);
    };
    let over = {
        let dragging = dragging.clone();
        EventListener::new_with_options(&window, "dragover", options, move |e| {
            e.prevent_default();
            dragging(true);
        })
    };
    let leave = {
        let dragging = dragging.clone();
        EventListener::new(&window, "dragleave", move |e| {
            // Leaving the window, not moving between elements inside it.
            if e.dyn_ref::<web_sys::DragEvent>().is_some_and(|d| d.related_target().is_none()) {
                dragging(false);
            }
        })
    };
    let dropped = {
        let on_file = on_file.clone();
        EventListener::new_with_options(&window, "drop", options, move |e| {
            e.prevent_default();
            dragging(false);
            let files = e.dyn_ref::<web_sys::DragEvent>().and_then(|d| d.data_transfer()).and_then(|t| t.files());
            if let Some(file) = files.and_then(|f| f.get(0)) {
                on_file(file);
            }
        })
    };
    // The picker may be redrawn: listen where its `change` event bubbles to.
    let picked = EventListener::new(&window, "change", move |e| {
        let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        if input.id() == "data-file" {
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                on_file(file);
            }
            input.set_value("");
        }
    });
    vec![over, leave, dropped, picked]
}
