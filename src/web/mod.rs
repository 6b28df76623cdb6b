//! Browser glue: the yew components and the canvas, resize and pointer plumbing over the pure core.
//!
//! - `first`: the first view's app (the main module, no features);
//! - `atlas`: the full atlas, the second module, compiled only with `--features atlas`;
//! - `shared`: what both are made of (map, chart frame, canvas, DOM helpers, start-up).

pub mod first;
pub mod shared;

#[cfg(feature = "atlas")]
pub mod atlas;
