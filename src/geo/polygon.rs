//! Small polygon helpers in lon/lat: point-in-ring (even-odd rule) and point-to-segment distance in km.

use super::trig;
use super::LonLat;

/// Mean Earth radius (IUGG), in km.
pub const EARTH_RADIUS_KM: f64 = 6371.0088;

/// True when `p` is inside `ring` by the even-odd rule, with longitude and latitude taken as
/// plane coordinates (right for rings that never jump across the antimeridian). The ring may be
/// closed (last point repeating the first) or open. Points exactly on an edge may go either way.
pub fn point_in_ring(p: LonLat, ring: &[LonLat]) -> bool {
    let Some(&last) = ring.last() else { return false };
    let mut inside = false;
    let mut b = last;
    for &a in ring {
        if (a.lat > p.lat) != (b.lat > p.lat) {
            let lon_at_p = a.lon + (p.lat - a.lat) / (b.lat - a.lat) * (b.lon - a.lon);
            if p.lon < lon_at_p {
                inside = !inside;
            }
        }
        b = a;
    }
    inside
}

type Vec3 = [f64; 3];

fn unit(p: LonLat) -> Vec3 {
    let (lon, lat) = (p.lon.to_radians(), p.lat.to_radians());
    [trig::cos(lat) * trig::cos(lon), trig::cos(lat) * trig::sin(lon), trig::sin(lat)]
}

fn dot(a: Vec3, b: Vec3) -> f64 {
    a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}

fn cross(a: Vec3, b: Vec3) -> Vec3 {
    [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]
}

fn norm(a: Vec3) -> f64 {
    dot(a, a).sqrt()
}

/// Angle between two unit vectors in radians, accurate for tiny and large angles alike.
fn angle(a: Vec3, b: Vec3) -> f64 {
    norm(cross(a, b)).atan2(dot(a, b))
}

/// Great-circle distance between two points, in km.
pub fn great_circle_km(a: LonLat, b: LonLat) -> f64 {
    angle(unit(a), unit(b)) * EARTH_RADIUS_KM
}

/// Distance in km from `p` to the segment `a`–`b`, the segment taken as the shorter great-circle
/// arc between its ends (for the short edges of a map polygon, the straight line on the map).
pub fn distance_to_segment_km(p: LonLat, a: LonLat, b: LonLat) -> f64 {
    let (p, a, b) = (unit(p), unit(a), unit(b));
    let n = cross(a, b);
    let len = norm(n);
    let to_ends = angle(p, a).min(angle(p, b));
    // p's foot on the great circle through a and b lies between them when it is on the inner
    // side of both the plane through a and the plane through b that are normal to the arc.
    if len > 1e-15 && dot(cross(a, p), n) >= 0.0 && dot(cross(p, b), n) >= 0.0 {
        let off_circle = (dot(p, n) / len).abs().min(1.0).asin();
        return off_circle.min(to_ends) * EARTH_RADIUS_KM;
    }
    to_ends * EARTH_RADIUS_KM
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ll(lon: f64, lat: f64) -> LonLat {
        LonLat::new(lon, lat)
    }

    /// One degree of a great circle, in km.
    const DEG_KM: f64 = EARTH_RADIUS_KM * std::f64::consts::PI / 180.0;

    #[test]
    fn point_in_ring_table() {
        let square = [ll(0.0, 0.0), ll(10.0, 0.0), ll(10.0, 10.0), ll(0.0, 10.0), ll(0.0, 0.0)];
        let open_triangle = [ll(0.0, 0.0), ll(4.0, 0.0), ll(0.0, 4.0)];
        // A "C" shape: concave, so a ray from the notch crosses it several times.
        let c_shape = [
            ll(0.0, 0.0),
            ll(6.0, 0.0),
            ll(6.0, 2.0),
            ll(2.0, 2.0),
            ll(2.0, 4.0),
            ll(6.0, 4.0),
            ll(6.0, 6.0),
            ll(0.0, 6.0),
            ll(0.0, 0.0),
        ];
        let cases: &[(&[LonLat], LonLat, bool)] = &[
            (&square, ll(5.0, 5.0), true),
            (&square, ll(0.5, 9.5), true),
            (&square, ll(-1.0, 5.0), false),
            (&square, ll(11.0, 5.0), false),
            (&square, ll(5.0, 10.5), false),
            (&open_triangle, ll(1.0, 1.0), true),
            (&open_triangle, ll(3.0, 3.0), false),
            (&c_shape, ll(1.0, 3.0), true),
            (&c_shape, ll(4.0, 3.0), false),
            (&c_shape, ll(4.0, 1.0), true),
            (&c_shape, ll(4.0, 5.0), true),
            (&[], ll(0.0, 0.0), false),
        ];
        for (i, (ring, p, expected)) in cases.iter().enumerate() {
            assert_eq!(point_in_ring(*p, ring), *expected, "case {i}: {p:?}");
        }
    }

    #[test]
    fn distance_to_segment_table() {
        let cases = [
            // (point, a, b, expected km, tolerance km)
            (ll(0.0, 1.0), ll(-1.0, 0.0), ll(1.0, 0.0), DEG_KM, 0.5),
            (ll(0.0, -2.0), ll(-1.0, 0.0), ll(1.0, 0.0), 2.0 * DEG_KM, 0.5),
            (ll(3.0, 0.0), ll(-1.0, 0.0), ll(1.0, 0.0), 2.0 * DEG_KM, 1e-6),
            (ll(-4.0, 0.0), ll(-1.0, 0.0), ll(1.0, 0.0), 3.0 * DEG_KM, 1e-6),
            (ll(0.5, 0.0), ll(-1.0, 0.0), ll(1.0, 0.0), 0.0, 1e-6),
            (ll(0.0, 0.0), ll(0.0, 0.0), ll(0.0, 0.0), 0.0, 1e-9),
            (ll(0.0, 1.0), ll(0.0, 0.0), ll(0.0, 0.0), DEG_KM, 1e-6),
            // Across the antimeridian: the segment is the short arc over 180°.
            (ll(180.0, 1.0), ll(179.0, 0.0), ll(-179.0, 0.0), DEG_KM, 0.5),
            // A meridian segment at 60°N, point one degree of longitude east of it.
            (ll(11.0, 60.0), ll(10.0, 59.0), ll(10.0, 61.0), DEG_KM * 0.5, 1.0),
            // Paris to Berlin, from London: nearest is the Paris end.
            (ll(-0.1276, 51.5072), ll(2.3522, 48.8566), ll(13.405, 52.52), 343.5, 2.0),
        ];
        for (i, (p, a, b, km, tol)) in cases.iter().enumerate() {
            let d = distance_to_segment_km(*p, *a, *b);
            assert!((d - km).abs() <= *tol, "case {i}: got {d} km, expected {km} ± {tol}");
        }
    }

    #[test]
    fn great_circle_table() {
        let cases = [
            (ll(0.0, 0.0), ll(0.0, 0.0), 0.0, 1e-9),
            (ll(0.0, 0.0), ll(90.0, 0.0), 90.0 * DEG_KM, 1e-6),
            (ll(0.0, 90.0), ll(0.0, -90.0), 180.0 * DEG_KM, 1e-6),
            (ll(179.5, 0.0), ll(-179.5, 0.0), DEG_KM, 1e-6),
            (ll(-0.1276, 51.5072), ll(2.3522, 48.8566), 343.5, 2.0),
        ];
        for (i, (a, b, km, tol)) in cases.iter().enumerate() {
            let d = great_circle_km(*a, *b);
            assert!((d - km).abs() <= *tol, "case {i}: got {d} km, expected {km}");
        }
    }
}
