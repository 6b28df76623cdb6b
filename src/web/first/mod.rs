//! The first view: the "Home vs abroad" chart and the map, small enough to arrive fast. Compiled without
//! the `atlas` feature, so nothing here can name `web::atlas` (the full atlas, the second module).

mod app;
mod lazy;

use crate::web::shared::{dom, lang, shell};

/// Entry point called from `main` on wasm.
pub fn start() {
    dom::on_panic();
    match dom::element_by_id("app") {
        Some(root) => {
            let handle = yew::Renderer::<app::App>::with_root(root).render();
            // A file for the reader's own data: the full atlas (second module) takes over the page and
            // loads it, keeping the map where it was and the open plant. The first view's app steps aside.
            let take_over_then = |file: Option<web_sys::File>, then: &str| {
                let (viewport, selected) = app::HANDOFF.with(|h| h.borrow().clone());
                lazy::take_over(file, viewport.encode(), selected, then);
            };
            let take_over = move |file: Option<web_sys::File>| take_over_then(file, "");
            let mut files = shell::file_listeners(move |file| take_over(Some(file)));
            // The rest of the charts: the full atlas takes over when the reader asks for them, or scrolls
            // to them (`page.js` presses the button when its section comes into view).
            if let Some(window) = web_sys::window() {
                // A link with more than a focused plant and a language (filters, a table, a timeline
                // year…) is the full atlas's to open.
                let hash = window.location().hash().unwrap_or_default();
                let more = hash
                    .trim_start_matches('#')
                    .split('&')
                    .any(|kv| !kv.is_empty() && !kv.starts_with("focus=") && !kv.starts_with("lang="));
                // The first view is in English only: its catalog's code and text would cost the first
                // view's budget what it has not (README, "Languages"). A reader of another language, or
                // an address naming one the atlas lacks (which the full atlas's notice names), gets the
                // full atlas at once; so does a reader who picks another language.
                let choice = lang::chosen();
                if more || choice.lang.tag != "en" || choice.unknown.is_some() {
                    take_over(None);
                }
                lang::fill_picker("en");
                files.extend(lang::picker_listener(move |tag| {
                    if tag != "en" {
                        take_over(None);
                    }
                }));
                files.push(gloo::events::EventListener::new(&window, "click", move |e| {
                    let id = e
                        .target()
                        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                        .map(|t| t.id());
                    // The map's lists by region and country are the full atlas's: opening their summary
                    // (a click, or Enter on it) lets it take over and open them.
                    match id.as_deref() {
                        Some("show-charts") => take_over(None),
                        Some("list-plants") => take_over_then(None, shell::THEN_PLANTS),
                        _ => {}
                    }
                }));
            }
            if let Some(window) = web_sys::window() {
                let mut handle = Some((handle, files));
                gloo::events::EventListener::once(&window, shell::TAKE_OVER_EVENT, move |_| {
                    if let Some((h, files)) = handle.take() {
                        drop(files);
                        h.destroy();
                    }
                })
                .forget();
            }
        }
        None => dom::show_fatal("The page has no element with id \"app\" to draw into."),
    }
}
