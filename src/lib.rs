//! Overseas EV Atlas: the pure core (data model, geography, charts, map drawing) plus, on wasm, the browser glue.

pub mod address;
pub mod chart;
pub mod data;
pub mod figures;
pub mod filter;
pub mod format;
pub mod fragment;
pub mod geo;
pub mod json;
pub mod map;
pub mod model;
pub mod state;
pub mod synthetic;
pub mod table;
pub mod theme;
pub mod timeline;
pub mod url_state;

#[cfg(target_arch = "wasm32")]
pub mod web;
