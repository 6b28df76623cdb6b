//! Geography: coordinates, projections, the vendored Natural Earth basemap and polygon tests.

pub mod basemap;
pub mod equal_earth;
pub mod polygon;
pub mod trig;

/// A position on the globe in degrees: longitude east of Greenwich, latitude north of the equator.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LonLat {
    pub lon: f64,
    pub lat: f64,
}

impl LonLat {
    pub const fn new(lon: f64, lat: f64) -> Self {
        Self { lon, lat }
    }

    /// True when both coordinates are finite and within −180…180 / −90…90.
    pub fn is_valid(self) -> bool {
        self.lon.is_finite()
            && self.lat.is_finite()
            && (-180.0..=180.0).contains(&self.lon)
            && (-90.0..=90.0).contains(&self.lat)
    }
}
