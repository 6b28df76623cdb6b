//! Equal Earth projection (Šavrič, Patterson & Jenny 2018), forward and inverse, in map units (radians).

use super::trig;
use super::LonLat;

const A1: f64 = 1.340264;
const A2: f64 = -0.081106;
const A3: f64 = 0.000893;
const A4: f64 = 0.003796;
const M: f64 = 0.866_025_403_784_438_6; // √3 / 2

/// A point in projected map space: x east, y north, unit ≈ the Earth's radius.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapPoint {
    pub x: f64,
    pub y: f64,
}

/// Projects a position. Longitude and latitude in degrees.
pub fn map_from_lonlat(p: LonLat) -> MapPoint {
    let lambda = p.lon.to_radians();
    let phi = p.lat.to_radians();
    let theta = (M * trig::sin(phi)).asin();
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let x = lambda * trig::cos(theta) / (M * (A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)));
    let y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    MapPoint { x, y }
}

/// Inverts [`map_from_lonlat`]; `None` outside the projected globe.
pub fn lonlat_from_map(p: MapPoint) -> Option<LonLat> {
    let mut theta = p.y;
    for _ in 0..12 {
        let t2 = theta * theta;
        let t6 = t2 * t2 * t2;
        let f = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2)) - p.y;
        let df = A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2);
        let delta = f / df;
        theta -= delta;
        if delta.abs() < 1e-12 {
            break;
        }
    }
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let sin_phi = trig::sin(theta) / M;
    if !sin_phi.is_finite() || sin_phi.abs() > 1.0 + 1e-9 {
        return None;
    }
    let lambda = M * p.x * (A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)) / trig::cos(theta);
    let lon = lambda.to_degrees();
    let lat = sin_phi.clamp(-1.0, 1.0).asin().to_degrees();
    let out = LonLat::new(lon, lat);
    (lon.abs() <= 180.0 + 1e-9 && out.lat.is_finite()).then_some(out)
}

/// The projected extent of the whole globe: (min, max).
pub fn world_bounds() -> (MapPoint, MapPoint) {
    let east = map_from_lonlat(LonLat::new(180.0, 0.0)).x;
    let north = map_from_lonlat(LonLat::new(0.0, 90.0)).y;
    (MapPoint { x: -east, y: -north }, MapPoint { x: east, y: north })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let cases = [
            (0.0, 0.0),
            (21.63, 47.53),
            (-38.324, -12.698),
            (179.9, 89.0),
            (-179.9, -89.0),
            (101.27, 12.68),
            (-120.0, 60.0),
            (180.0, 0.0),
        ];
        for (lon, lat) in cases {
            let back = lonlat_from_map(map_from_lonlat(LonLat::new(lon, lat))).expect("inside");
            assert!((back.lon - lon).abs() < 1e-7 && (back.lat - lat).abs() < 1e-7, "{lon},{lat} → {back:?}");
        }
    }

    #[test]
    fn known_values_and_bounds() {
        // Reference values from d3-geo's geoEqualEarth (scale 1): the width-to-height ratio is about 2.05.
        let (min, max) = world_bounds();
        let ratio = (max.x - min.x) / (max.y - min.y);
        assert!((ratio - 2.0550).abs() < 0.001, "ratio {ratio}");
        assert!((max.x - 2.7066).abs() < 1e-3, "{max:?}");
        assert!((max.y - 1.3173).abs() < 1e-3, "{max:?}");
        let origin = map_from_lonlat(LonLat::new(0.0, 0.0));
        assert_eq!((origin.x, origin.y), (0.0, 0.0));
    }

    #[test]
    fn points_off_the_globe_do_not_invert() {
        assert_eq!(lonlat_from_map(MapPoint { x: 3.5, y: 0.0 }), None);
        assert_eq!(lonlat_from_map(MapPoint { x: 0.0, y: 2.0 }), None);
    }
}
