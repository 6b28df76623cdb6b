//! Charts: pure series, layout and hit-testing, drawn through plotters' `DrawingBackend`.

pub mod bars;
#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
pub mod capacity;
pub mod geometry;
pub mod home_abroad;
#[cfg(test)]
mod languages;
#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
pub mod pipeline;
#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
pub mod places;
#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
pub mod segments;
pub mod text;
pub mod ticks;
