//! Small DOM helpers: elements by id, the build's file names, the ready mark, the system theme, and the
//! visible fatal message.

use web_sys::MediaQueryList;

use crate::theme::ThemeName;

pub fn element_by_id(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// The name under which the build ships `name` (a path as in the source tree, e.g. `"extras/extras.js"` or
/// `"data/facilities.csv"`): the build gives every file a content hash in its name and writes the names
/// into `window.__evAtlasFiles` (`scripts/hash-names.sh`, README "Offline"). Without that manifest (a
/// build without the post-build step), or for a name it lacks, the plain name.
pub fn asset_url(name: &str) -> String {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"__evAtlasFiles".into()).ok())
        .and_then(|files| js_sys::Reflect::get(&files, &name.into()).ok())
        .and_then(|hashed| hashed.as_string())
        .unwrap_or_else(|| name.to_owned())
}

/// Marks `app-ready` for benchmarks and tests, once.
pub fn mark_ready() {
    let Some(window) = web_sys::window() else { return };
    let Some(performance) = window.performance() else { return };
    if performance.get_entries_by_name("app-ready").length() == 0 {
        if let Err(e) = performance.mark("app-ready") {
            web_sys::console::warn_2(&"could not mark app-ready".into(), &e);
        }
    }
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-ready", "true");
    }
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `window.__evAtlasFatal(message)` (`page.js`): the notice of a stopped atlas, with Reload and a report.
    #[wasm_bindgen(catch, js_namespace = window, js_name = __evAtlasFatal)]
    fn fatal(message: &str) -> Result<(), wasm_bindgen::JsValue>;
    /// `window.__evAtlasFetch(path, box)` (`page.js`): the bytes of the build's file `path` once they arrived
    /// whole (checked against the hash in its name); until then a failure is said before the element `box`,
    /// with a retry.
    #[wasm_bindgen(catch, js_namespace = window, js_name = __evAtlasFetch)]
    fn fetch_whole(path: &str, box_id: &str) -> Result<js_sys::Promise, wasm_bindgen::JsValue>;
}

/// Shows a message the reader can see, even when yew itself is not running (`page.js` draws it).
pub fn show_fatal(message: &str) {
    web_sys::console::error_1(&message.into());
    if fatal(message).is_err() {
        let _ = js_sys::Reflect::set(&web_sys::window().into(), &"__benchError".into(), &message.into());
    }
}

/// The panic hook of both modules: the reader sees that the atlas stopped, and why.
pub fn on_panic() {
    std::panic::set_hook(Box::new(|info| show_fatal(&format!("Something went wrong and the atlas stopped: {info}"))));
}

/// The `prefers-color-scheme: dark` media query, if the browser has one.
pub fn dark_query() -> Option<MediaQueryList> {
    web_sys::window()?.match_media("(prefers-color-scheme: dark)").ok().flatten()
}

pub fn system_theme() -> ThemeName {
    match dark_query() {
        Some(q) if q.matches() => ThemeName::Dark,
        _ => ThemeName::Light,
    }
}

pub fn device_pixel_ratio() -> f64 {
    web_sys::window().map(|w| w.device_pixel_ratio()).filter(|r| r.is_finite() && *r > 0.0).unwrap_or(1.0)
}

/// Offers `text` to the reader as a file download named `filename`.
pub fn download_text(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| "could not make the file")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "could not make a link to the file")?;
    let a: web_sys::HtmlAnchorElement =
        document.create_element("a").ok().and_then(|e| e.dyn_into().ok()).ok_or("could not make a link")?;
    a.set_href(&url);
    a.set_download(filename);
    a.set_rel("noopener");
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Reads a file the reader chose or dropped.
pub async fn read_file(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| "The browser could not read the file.".to_owned())?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The build's text file `path` (e.g. `"data/facilities.csv"`) as UTF-8, as `Response.text()` would give
/// it (a byte-order mark dropped, bad bytes replaced), once it arrived whole: see `fetch_bytes`.
pub async fn fetch_text(path: &str, box_id: &str) -> Option<String> {
    let bytes = fetch_bytes(path, box_id).await?;
    let text = String::from_utf8_lossy(&bytes);
    Some(text.strip_prefix('\u{feff}').unwrap_or(&text).to_owned())
}

/// The bytes of the build's file `path` once they arrived whole. While they cannot be had, the reader is
/// told so before the element `box_id`, with a retry; `None` only without `page.js`.
pub async fn fetch_bytes(path: &str, box_id: &str) -> Option<Vec<u8>> {
    let bytes = wasm_bindgen_futures::JsFuture::from(fetch_whole(path, box_id).ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&bytes).to_vec())
}
