//! Overseas EV Atlas: the pure core (data model, geography, charts, map drawing) plus, on wasm, the browser glue.
//!
//! The wasm build makes two modules from this crate: the first view (no features) and the full atlas
//! (`--features atlas`). Code only the full atlas needs is compiled only with that feature, so the first
//! view cannot name it (the compiler says so); natively everything is compiled, for the tests.

pub mod chart;
pub mod data;
pub mod format;
pub mod geo;
pub mod i18n;
pub mod json;
pub mod map;
pub mod model;
pub mod query;
pub mod state;
#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
pub mod story;
pub mod theme;
#[cfg(not(target_arch = "wasm32"))]
pub mod without_js;

#[cfg(target_arch = "wasm32")]
pub mod web;
