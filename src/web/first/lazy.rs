//! Calling the second module (`src/bin/extras.rs`, built to `dist/extras/`), which `page.js` loads the
//! first time it is needed: the details panel, the Sources view and the full atlas are not part of the
//! first view's bytes. If it cannot load, `page.js` says so where it would have drawn, with a retry, or a
//! reload when a newer build is being served (README, "What can go wrong").

use wasm_bindgen::prelude::*;

use crate::web::shared::shell;

#[wasm_bindgen]
extern "C" {
    /// `window.__evAtlasRun(name, args, box)`: loads the second module if needed and calls its function
    /// `name`; a failure is said before the element `box`.
    #[wasm_bindgen(js_namespace = window, js_name = __evAtlasRun)]
    fn run(name: &str, args: js_sys::Array, box_id: &str);
    /// `window.__evAtlasCall(name)`: calls `name` of the second module only if it was ever loaded.
    #[wasm_bindgen(js_namespace = window, js_name = __evAtlasCall)]
    fn call_if_loaded(name: &str);
}

/// Opens (or updates) the details panel of a plant.
pub fn show_details(id: String, company: String, city: String) {
    run("show_details", js_sys::Array::of3(&id.into(), &company.into(), &city.into()), "details-root");
}

/// Shows every source (the Sources view) below the views.
pub fn show_sources() {
    run("show_sources", js_sys::Array::new(), "sources-root");
}

/// Replaces the first view with the full atlas (see `web::atlas`), which then loads `file` if given and,
/// when `then` is [`shell::THEN_PLANTS`], opens the map's lists by region and country and puts the focus there.
/// `page.js` lets it happen once, unless a file comes with it (after a failure, its notice retries); a
/// failure is said before what the reader asked for.
pub fn take_over(file: Option<web_sys::File>, viewport: String, selected: String, then: &str) {
    let file = file.map_or(JsValue::NULL, JsValue::from);
    let args = js_sys::Array::of4(&file, &viewport.into(), &selected.into(), &then.into());
    run("take_over", args, if then == shell::THEN_PLANTS { "plant-lists" } else { "show-charts" });
}

/// Closes the details panel, if the module was ever loaded.
pub fn hide_details() {
    call_if_loaded("hide_details");
}
