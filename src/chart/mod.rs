//! Charts: pure series, layout and hit-testing, drawn through plotters' `DrawingBackend`.

pub mod bars;
pub mod capacity;
pub mod geometry;
pub mod home_abroad;
pub mod pipeline;
pub mod places;
pub mod segments;
pub mod ticks;
