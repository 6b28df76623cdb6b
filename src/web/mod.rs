//! Browser glue: mounts the yew app and wires canvas, resize and pointer events to the pure core.

mod app;
mod bench;
mod canvas;
mod chart_view;
pub mod details;
pub mod dom;
mod lazy;
mod map_view;
pub mod sources;

/// Entry point called from `main` on wasm.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        dom::show_fatal(&format!("Something went wrong and the atlas stopped: {info}"));
    }));
    match dom::element_by_id("app") {
        Some(root) => {
            yew::Renderer::<app::App>::with_root(root).render();
        }
        None => dom::show_fatal("The page has no element with id \"app\" to draw into."),
    }
}
