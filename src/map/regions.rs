//! Region presets of the map (World, Europe, …) and fitting a view to a set of places.

use super::viewport::{Canvas, Viewport};
use crate::geo::equal_earth::{map_from_lonlat, MapPoint};
use crate::geo::LonLat;

/// A named lon/lat box the reader can jump to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Region {
    /// Its message is `region-<id>` (its name in the reader's language).
    pub id: &'static str,
    /// (west, south, east, north) in degrees; `None` is the whole world.
    pub bounds: Option<(f64, f64, f64, f64)>,
}

pub const REGIONS: &[Region] = &[
    Region { id: "world", bounds: None },
    Region { id: "europe", bounds: Some((-12.0, 34.0, 42.0, 62.0)) },
    Region { id: "southeast-asia", bounds: Some((92.0, -11.0, 128.0, 24.0)) },
    Region { id: "americas", bounds: Some((-125.0, -45.0, -32.0, 50.0)) },
    Region { id: "mena", bounds: Some((-18.0, 12.0, 60.0, 42.0)) },
];

/// The projected bounding box of some places, or `None` when there are none.
pub fn map_bounds(points: impl IntoIterator<Item = MapPoint>) -> Option<(MapPoint, MapPoint)> {
    points.into_iter().fold(None, |acc, p| {
        let (lo, hi) = acc.unwrap_or((p, p));
        Some((MapPoint { x: lo.x.min(p.x), y: lo.y.min(p.y) }, MapPoint { x: hi.x.max(p.x), y: hi.y.max(p.y) }))
    })
}

/// The view of a lon/lat box: its edges are sampled, since meridians curve in Equal Earth.
pub fn view_of_box((west, south, east, north): (f64, f64, f64, f64), c: Canvas) -> Viewport {
    let edge = (0..=8).flat_map(|k| {
        let f = f64::from(k) / 8.0;
        let (lon, lat) = (west + (east - west) * f, south + (north - south) * f);
        [(lon, south), (lon, north), (west, lat), (east, lat)]
    });
    match map_bounds(edge.map(|(lon, lat)| map_from_lonlat(LonLat::new(lon, lat)))) {
        Some((min, max)) => Viewport::fit(min, max, c),
        None => Viewport::default(),
    }
}

/// The view of a region preset.
pub fn view_of(region: &Region, c: Canvas) -> Viewport {
    region.bounds.map_or_else(Viewport::default, |b| view_of_box(b, c))
}

/// The view that shows all `points` with a margin (and not closer than zoom 8 for a single place).
pub fn view_of_points(points: impl IntoIterator<Item = MapPoint>, c: Canvas) -> Viewport {
    match map_bounds(points) {
        Some((min, max)) => {
            let margin = ((max.x - min.x).max(max.y - min.y) * 0.08).max(0.04);
            let grow = |p: MapPoint, d: f64| MapPoint { x: p.x + d, y: p.y + d };
            let v = Viewport::fit(grow(min, -margin), grow(max, margin), c);
            Viewport { zoom: v.zoom.min(8.0), ..v }
        }
        None => Viewport::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const C: Canvas = Canvas { width: 1000.0, height: 500.0, pad: 2.0 };

    #[test]
    fn each_region_shows_its_places() {
        let cases: &[(&str, (f64, f64))] = &[
            ("europe", (21.63, 47.53)),
            ("europe", (-8.87, 37.95)),
            ("southeast-asia", (101.27, 12.68)),
            ("southeast-asia", (106.85, -6.21)),
            ("americas", (-38.32, -12.70)),
            ("americas", (-87.83, 41.25)),
            ("mena", (-6.58, 34.26)),
        ];
        for (name, (lon, lat)) in cases {
            let region = REGIONS.iter().find(|r| r.id == *name).expect("region");
            let v = view_of(region, C);
            assert!(v.zoom > 1.2, "{name} zooms in: {}", v.zoom);
            let (x, y) = v.screen_from_map(C).apply(map_from_lonlat(LonLat::new(*lon, *lat)));
            assert!((0.0..=C.width).contains(&x) && (0.0..=C.height).contains(&y), "{name}: {lon},{lat} at {x},{y}");
        }
        assert_eq!(view_of(&REGIONS[0], C), Viewport::default());
    }

    #[test]
    fn fitting_points() {
        let pts =
            [(21.63, 47.53), (-8.87, 37.95), (101.27, 12.68)].map(|(lon, lat)| map_from_lonlat(LonLat::new(lon, lat)));
        let v = view_of_points(pts, C);
        let t = v.screen_from_map(C);
        for p in pts {
            let (x, y) = t.apply(p);
            assert!((0.0..=C.width).contains(&x) && (0.0..=C.height).contains(&y));
        }
        let one = view_of_points([pts[0]], C);
        assert!(one.zoom <= 8.0 && (one.center.x - pts[0].x).abs() < 1e-9);
        assert_eq!(view_of_points([], C), Viewport::default());
    }
}
