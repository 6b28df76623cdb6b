//! The atlas's second module, loaded with `import()` the first time a reader opens a plant's details: the
//! views that are not part of the first view live here, so the first view stays small. It reads the full
//! data file (with quotes and notes) itself and renders into `#details-root`.

#[cfg(target_arch = "wasm32")]
mod extras {
    use std::cell::RefCell;
    use std::rc::Rc;

    use ev_atlas::model::{parse_aggregates, parse_facilities, Aggregate, Facility};
    use ev_atlas::web::details::{Details, Props};
    use ev_atlas::web::sources::{self, Sources};
    use wasm_bindgen::prelude::*;
    use yew::AppHandle;

    thread_local! {
        /// The full data file, parsed once.
        static DATA: RefCell<Option<Rc<Vec<Facility>>>> = const { RefCell::new(None) };
        static PANEL: RefCell<Option<AppHandle<Details>>> = const { RefCell::new(None) };
    }

    /// Adds the panel's stylesheet (`details.css`) to the page once and waits until it is loaded, so the
    /// panel never shows unstyled.
    async fn stylesheet() {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        if document.get_element_by_id("details-css").is_some() {
            return;
        }
        let (Ok(link), Ok(Some(head))) = (document.create_element("link"), document.query_selector("head")) else {
            return;
        };
        let _ = link.set_attribute("id", "details-css");
        let _ = link.set_attribute("rel", "stylesheet");
        let _ = link.set_attribute("href", "details.css");
        let loaded = js_sys::Promise::new(&mut |resolve, _| {
            let _ = link.add_event_listener_with_callback("load", &resolve);
            let _ = link.add_event_listener_with_callback("error", &resolve);
        });
        if head.append_child(&link).is_ok() {
            let _ = wasm_bindgen_futures::JsFuture::from(loaded).await;
        }
    }

    async fn facilities() -> Rc<Vec<Facility>> {
        if let Some(d) = DATA.with(|d| d.borrow().clone()) {
            return d;
        }
        let text = ev_atlas::web::dom::fetch_text("data/facilities.csv").await.unwrap_or_default();
        let (rows, _) = parse_facilities("data/facilities.csv", &text);
        let rows = Rc::new(rows);
        DATA.with(|d| *d.borrow_mut() = Some(rows.clone()));
        rows
    }

    /// Shows the details of the plant `id` (`company` and `city` name it when the data file lacks it).
    #[wasm_bindgen]
    pub async fn show_details(id: String, company: String, city: String) {
        stylesheet().await;
        let rows = facilities().await;
        let facility = rows.iter().find(|f| f.id == id).cloned();
        let props = Props { open: true, id, company, city, facility };
        let Some(root) = ev_atlas::web::dom::element_by_id("details-root") else { return };
        PANEL.with(|p| {
            let mut p = p.borrow_mut();
            match p.as_mut() {
                Some(handle) => handle.update(props),
                None => *p = Some(yew::Renderer::<Details>::with_root_and_props(root, props).render()),
            }
        });
    }

    /// Shows every source of the published data in `#sources-root` (once).
    #[wasm_bindgen]
    pub async fn show_sources() {
        stylesheet().await;
        let facilities = facilities().await;
        let text = ev_atlas::web::dom::fetch_text("data/aggregates.csv").await.unwrap_or_default();
        let aggregates: Rc<Vec<Aggregate>> = Rc::new(parse_aggregates("data/aggregates.csv", &text).0);
        let Some(root) = ev_atlas::web::dom::element_by_id("sources-root") else { return };
        if root.child_element_count() == 0 {
            yew::Renderer::<Sources>::with_root_and_props(root, sources::Props { facilities, aggregates }).render();
        }
    }

    /// Closes the details panel (the component stays mounted, empty, for the next plant).
    #[wasm_bindgen]
    pub fn hide_details() {
        PANEL.with(|p| {
            if let Some(handle) = p.borrow_mut().as_mut() {
                let closed = Props {
                    open: false,
                    id: String::new(),
                    company: String::new(),
                    city: String::new(),
                    facility: None,
                };
                handle.update(closed);
            }
        });
    }
}

fn main() {}
