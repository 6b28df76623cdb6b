//! Browser glue: mounts the yew app and wires canvas, resize and pointer events to the pure core.

mod app;
pub mod atlas;
mod bench;
mod canvas;
mod chart_view;
pub mod details;
pub mod dom;
mod import;
mod lazy;
mod map_view;
pub mod panels;
mod shell;
pub mod sources;

/// Entry point called from `main` on wasm.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        dom::show_fatal(&format!("Something went wrong and the atlas stopped: {info}"));
    }));
    match dom::element_by_id("app") {
        Some(root) => {
            let handle = yew::Renderer::<app::App>::with_root(root).render();
            // A file for the reader's own data: the full atlas (second module) takes over the page and
            // loads it, keeping the map where it was and the open plant. The first view's app steps aside.
            let files = shell::file_listeners(|file| {
                let (viewport, selected) = app::HANDOFF.with(|h| h.borrow().clone());
                lazy::take_over(Some(file), viewport.encode(), selected);
            });
            if let Some(window) = web_sys::window() {
                let mut handle = Some((handle, files));
                gloo::events::EventListener::once(&window, atlas::TAKE_OVER_EVENT, move |_| {
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
