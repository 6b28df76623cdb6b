//! Charts: pure series, layout and hit-testing, drawn through plotters' `DrawingBackend`.

pub mod geometry;
pub mod home_abroad;
pub mod ticks;
