//! The facility map: a projected scene (basemap, graticule, facilities), the screen transform, and drawing.

pub mod cluster;
pub mod dots;
pub mod draw;
pub mod hit;
pub mod labels;
pub mod regions;
pub mod scene;
pub mod transform;
pub mod viewport;
