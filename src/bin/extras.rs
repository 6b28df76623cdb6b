//! The atlas's second module, loaded with `import()` the first time a reader needs more than the first
//! view: a plant's details, the Sources view, or the full atlas (`take_over`), which replaces the first
//! view's app with one that can also load the reader's own data. See README "Two modules".

#[cfg(target_arch = "wasm32")]
mod extras {
    use ev_atlas::web::atlas::details::Props;
    use ev_atlas::web::atlas::{app as atlas, panels};
    use wasm_bindgen::prelude::*;

    /// Shows the details of the plant `id` (`company` and `city` name it when the data file lacks it).
    #[wasm_bindgen]
    pub async fn show_details(id: String, company: String, city: String) {
        let (data, _) = panels::full_data("details-root").await;
        let facility = data.facilities.iter().find(|f| f.id == id).cloned();
        // The first view is in English (a reader of another language gets the full atlas at once).
        let words = ev_atlas::state::Shared::new(ev_atlas::i18n::english());
        panels::show_details(Props { open: true, id, company, city, facility, words }).await;
    }

    /// Shows every source of the published data in `#sources-root`.
    #[wasm_bindgen]
    pub async fn show_sources() {
        let (data, _) = panels::full_data("sources-root").await;
        panels::show_sources(data, ev_atlas::state::Shared::new(ev_atlas::i18n::english())).await;
    }

    #[wasm_bindgen]
    pub fn hide_details() {
        panels::hide_details();
    }

    /// Replaces the first view with the full atlas, keeping what the reader was looking at: the map's
    /// `viewport` ("zoom,x,y" in map space), the `selected` plant's id, and a `file` to load (or null);
    /// `then` is what to do once drawn: "plants" opens the map's lists and puts the focus on them.
    #[wasm_bindgen]
    pub async fn take_over(file: JsValue, viewport: String, selected: String, then: String) {
        atlas::take_over(file, &viewport, &selected, &then).await;
    }
}

fn main() {}
