//! The facility map: a projected scene (basemap, graticule, facilities), the screen transform, drawing, and
//! what pointer, touch and keyboard input do to it.

#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
pub mod browse;
pub mod cluster;
pub mod describe;
pub mod dots;
pub mod draw;
pub mod gesture;
pub mod hit;
pub mod index;
pub mod labels;
pub mod pointer;
pub mod regions;
pub mod scene;
pub mod transform;
pub mod viewport;
