//! Loading the second module (`src/bin/extras.rs`, built to `dist/extras/`) the first time it is needed,
//! and calling it: the details panel is not part of the first view's bytes.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    /// `window.__evAtlasImport(path)`: `import()` of `path` (relative to the page), defined by `page.js`.
    #[wasm_bindgen(catch, js_namespace = window, js_name = __evAtlasImport)]
    fn import_module(path: &str) -> Result<js_sys::Promise, JsValue>;
}

thread_local! {
    /// The loaded and initialised module's namespace.
    static MODULE: RefCell<Option<JsValue>> = const { RefCell::new(None) };
    /// Whether the full atlas was asked to take over.
    static TAKING_OVER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

async fn module() -> Result<JsValue, JsValue> {
    if let Some(m) = MODULE.with(|m| m.borrow().clone()) {
        return Ok(m);
    }
    // A dynamic `import()` of the module's hashed name (`dom::asset_url`), through the page's own script
    // (`src/web/page.js`), so the first view carries no JS snippet of its own: a snippet's file name has
    // no content hash.
    let m = JsFuture::from(import_module(&crate::web::shared::dom::asset_url("extras/extras.js"))?).await?;
    let init: js_sys::Function = js_sys::Reflect::get(&m, &"default".into())?.dyn_into()?;
    JsFuture::from(js_sys::Promise::from(init.call0(&JsValue::NULL)?)).await?;
    MODULE.with(|slot| *slot.borrow_mut() = Some(m.clone()));
    Ok(m)
}

fn call(m: &JsValue, name: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let f: js_sys::Function = js_sys::Reflect::get(m, &name.into())?.dyn_into()?;
    let args: js_sys::Array = args.iter().collect();
    f.apply(&JsValue::NULL, &args)
}

/// Calls the async function `name` of the second module, loading it first if needed. If it cannot load,
/// the reader sees why where the panel would be; the first view goes on working.
fn run(name: &'static str, args: Vec<JsValue>) {
    yew::platform::spawn_local(async move {
        let result = async {
            let m = module().await?;
            JsFuture::from(js_sys::Promise::from(call(&m, name, &args)?)).await
        };
        if let Err(e) = result.await {
            web_sys::console::error_2(&format!("the second module could not run {name}").into(), &e);
            crate::web::shared::dom::show_notice(
                "This part of the atlas could not be loaded. The map and charts still work.",
            );
        }
    });
}

/// Opens (or updates) the details panel of a plant.
pub fn show_details(id: String, company: String, city: String) {
    run("show_details", vec![id.into(), company.into(), city.into()]);
}

/// Shows every source (the Sources view) below the views.
pub fn show_sources() {
    run("show_sources", Vec::new());
}

/// Replaces the first view with the full atlas (see `web::atlas`), which then loads `file` if given.
pub fn take_over(file: Option<web_sys::File>, viewport: String, selected: String) {
    // Once is enough, unless a file comes with it.
    if TAKING_OVER.with(|t| t.replace(true)) && file.is_none() {
        return;
    }
    run("take_over", vec![file.map_or(JsValue::NULL, JsValue::from), viewport.into(), selected.into()]);
}

/// Closes the details panel, if the module was ever loaded.
pub fn hide_details() {
    if let Some(m) = MODULE.with(|m| m.borrow().clone()) {
        if let Err(e) = call(&m, "hide_details", &[]) {
            web_sys::console::warn_2(&"could not close the details panel".into(), &e);
        }
    }
}
