//! What the first view and the full atlas share: the map and chart components, canvas sizing, DOM
//! helpers, start-up from a dataset and the URL, and the bench hooks.

pub mod bench;
pub mod canvas;
pub mod chart_frame;
pub mod dom;
pub mod lang;
pub mod map_view;
pub mod shell;
