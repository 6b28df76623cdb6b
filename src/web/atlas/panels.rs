//! The panels of the second module (a plant's details, the Sources view) and the full data files they
//! read: mounted into their own elements beside `#app`, never part of the first view's bytes.

use std::cell::RefCell;
use std::rc::Rc;

use yew::AppHandle;

use crate::i18n::Catalog;
use crate::model::{parse_full, Dataset, Problem};
use crate::state::Shared;
use crate::web::atlas::details::{Details, Props};
use crate::web::atlas::sources::{self, Sources};
use crate::web::shared::dom;

thread_local! {
    /// The full data files (with quotes and notes), read once.
    static FULL: RefCell<Option<(Shared<Dataset>, Rc<Vec<Problem>>)>> = const { RefCell::new(None) };
    static PANEL: RefCell<Option<AppHandle<Details>>> = const { RefCell::new(None) };
    static SOURCES: RefCell<Option<AppHandle<Sources>>> = const { RefCell::new(None) };
    /// Where the keyboard focus was when the panel opened: it goes back there when the panel closes.
    static RETURN_TO: RefCell<Option<web_sys::HtmlElement>> = const { RefCell::new(None) };
    static SOURCES_DATA: RefCell<Option<Shared<Dataset>>> = const { RefCell::new(None) };
    static WORDS: RefCell<Option<Shared<Catalog>>> = const { RefCell::new(None) };
}

/// A panic in the second module shows a message on the page, as in the first (`web::start`).
pub fn init() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        dom::on_panic();
    });
}

/// Adds the second module's stylesheet (`details.css`) to the page once and waits until it is loaded, so
/// nothing it draws shows unstyled.
pub async fn stylesheet() {
    init();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if document.get_element_by_id("details-css").is_some() {
        return;
    }
    let (Ok(link), Ok(Some(head))) = (document.create_element("link"), document.query_selector("head")) else {
        return;
    };
    let _ = link.set_attribute("id", "details-css");
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", &dom::asset_url("details.css"));
    let loaded = js_sys::Promise::new(&mut |resolve, _| {
        let _ = link.add_event_listener_with_callback("load", &resolve);
        let _ = link.add_event_listener_with_callback("error", &resolve);
    });
    if head.append_child(&link).is_ok() {
        let _ = wasm_bindgen_futures::JsFuture::from(loaded).await;
    }
}

/// The full data files beside the app, read once. Until they arrive whole, the reader is told so before
/// `box_id` (the view that waits for them), with a retry (`dom::fetch_text`). Only without `page.js` (a
/// test page) does the embedded first-view copy stand in, without quotes and notes.
pub async fn full_data(box_id: &str) -> (Shared<Dataset>, Rc<Vec<Problem>>) {
    if let Some(d) = FULL.with(|d| d.borrow().clone()) {
        return d;
    }
    // The three files at once, not one after the other.
    let files = futures::join!(
        dom::fetch_text("data/facilities.csv", box_id),
        dom::fetch_text("data/aggregates.csv", box_id),
        dom::fetch_text("data/sources.csv", box_id),
    );
    let (data, problems) = match files {
        (Some(f), Some(a), Some(s)) => parse_full(&f, &a, &s),
        _ => crate::data::builtin(),
    };
    let full = (Shared::new(data), Rc::new(problems));
    FULL.with(|d| *d.borrow_mut() = Some(full.clone()));
    full
}

/// Shows (or updates) the details panel in `#details-root`.
///
/// Opened by the reader (the focus was on the map, a list, a table row), the panel takes the focus, to give
/// it back when it closes. On a narrow screen, where the panel is a sheet over the lower half, a map on
/// screen is scrolled up above it, so that the plant stays in view.
pub async fn show_details(props: Props) {
    stylesheet().await;
    let Some(root) = dom::element_by_id("details-root") else { return };
    let opening = props.open && !root.has_child_nodes();
    PANEL.with(|p| {
        let mut p = p.borrow_mut();
        match p.as_mut() {
            Some(handle) => handle.update(props),
            None => *p = Some(yew::Renderer::<Details>::with_root_and_props(root, props).render()),
        }
    });
    // The panel is rendered by yew's scheduler: look for it a task later.
    let Some(window) = web_sys::window() else { return };
    let later = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window.set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(later).await;
    let Some(document) = window.document() else { return };
    if opening {
        use wasm_bindgen::JsCast;
        let active = document.active_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        let panel = document.query_selector("#facility-details .close").ok().flatten();
        if let (Some(active), Some(close)) = (active, panel.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())) {
            if document.body().is_none_or(|b| b != active) {
                RETURN_TO.with(|r| *r.borrow_mut() = Some(active));
                let _ = close.focus();
            }
        }
    }
    keep_map_above_sheet(&document);
}

/// On a narrow screen (the panel is a sheet over the lower half: `details.css`), scrolls a map that is on
/// screen so that its top is at the top of the window, above the sheet.
fn keep_map_above_sheet(document: &web_sys::Document) {
    let Some(window) = web_sys::window() else { return };
    let narrow = window.inner_width().ok().and_then(|w| w.as_f64()).is_some_and(|w| w < 1000.0);
    let height = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    let Some(map) = document.query_selector("#facility-map .map-box").ok().flatten() else { return };
    let r = map.get_bounding_client_rect();
    if narrow && r.bottom() > height / 2.0 && r.top() < height {
        map.scroll_into_view_with_bool(true);
    }
}

/// Closes the details panel (the component stays mounted, empty, for the next plant).
pub fn hide_details() {
    PANEL.with(|p| {
        if let Some(handle) = p.borrow_mut().as_mut() {
            let closed = Props {
                open: false,
                id: String::new(),
                company: String::new(),
                city: String::new(),
                facility: None,
                words: handle_words(),
            };
            handle.update(closed);
        }
    });
    if let Some(el) = RETURN_TO.with(|r| r.borrow_mut().take()).filter(|e| e.is_connected()) {
        let _ = el.focus();
    }
}

/// The words the panels were last shown in (English until a language is given).
fn handle_words() -> Shared<Catalog> {
    WORDS.with(|w| w.borrow().clone()).unwrap_or_else(|| Shared::new(crate::i18n::english()))
}

/// Shows every source of `data` in `#sources-root` (updated, if the data changed), in `words`' language.
pub async fn show_sources(data: Shared<Dataset>, words: Shared<Catalog>) {
    stylesheet().await;
    let Some(root) = dom::element_by_id("sources-root") else { return };
    WORDS.with(|w| *w.borrow_mut() = Some(words.clone()));
    SOURCES_DATA.with(|d| *d.borrow_mut() = Some(data.clone()));
    let props = sources::Props { data, words };
    SOURCES.with(|p| {
        let mut p = p.borrow_mut();
        match p.as_mut() {
            Some(handle) => handle.update(props),
            None => *p = Some(yew::Renderer::<Sources>::with_root_and_props(root, props).render()),
        }
    });
}

/// The reader's language changed: an open Sources view says it again in `words`.
pub fn sources_in(words: Shared<Catalog>) {
    WORDS.with(|w| *w.borrow_mut() = Some(words.clone()));
    let Some(data) = SOURCES_DATA.with(|d| d.borrow().clone()) else { return };
    SOURCES.with(|p| {
        if let Some(handle) = p.borrow_mut().as_mut() {
            handle.update(sources::Props { data, words });
        }
    });
}
