//! The vendored Natural Earth basemap: decoding the compact binary format of data/basemap/.
//!
//! The format (documented in data/basemap/README.md, written by tools/basemap/build.mjs) is a
//! TopoJSON-like topology: quantised, delta-coded arcs, each stored once, and countries made of
//! polygons whose rings are lists of arc references. Decoding checks everything and never
//! panics: any malformed input gives a [`DecodeError`].

use std::fmt;

use super::polygon::{distance_to_segment_km, point_in_ring};
use super::LonLat;

/// Natural Earth 1:110m countries, small enough to embed (≈27 KB).
pub static COUNTRIES_110M: &[u8] = include_bytes!("../../data/basemap/countries-110m.bin");

const MAGIC: &[u8; 4] = b"EVBM";
const VERSION: u8 = 1;
/// Finest grid accepted: 10⁻⁸ degree (about a millimetre), so that coordinates fit in i64 easily.
const MAX_UNITS_PER_DEGREE: u64 = 100_000_000;

/// Why bytes could not be read as a basemap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The bytes do not start with the format's magic `EVBM`.
    BadMagic,
    /// A format version this decoder does not know.
    UnsupportedVersion(u8),
    /// The bytes end in the middle of the data.
    Truncated,
    /// A value that breaks the format, at a byte offset.
    Invalid { offset: usize, what: &'static str },
    /// Bytes left over after the last country.
    TrailingBytes { offset: usize },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::BadMagic => write!(f, "not a basemap file (bad magic)"),
            DecodeError::UnsupportedVersion(v) => write!(f, "unsupported basemap format version {v}"),
            DecodeError::Truncated => write!(f, "basemap data is truncated"),
            DecodeError::Invalid { offset, what } => write!(f, "invalid basemap data at byte {offset}: {what}"),
            DecodeError::TrailingBytes { offset } => {
                write!(f, "unexpected bytes after the basemap data at byte {offset}")
            }
        }
    }
}

impl std::error::Error for DecodeError {}

/// One polygon: `rings[0]` is the exterior (counter-clockwise with longitude east and latitude
/// north), the rest are holes (clockwise). Every ring is closed: its last point repeats the first.
#[derive(Clone, Debug, PartialEq)]
pub struct Polygon {
    pub rings: Vec<Vec<LonLat>>,
}

impl Polygon {
    /// True when `p` is inside the exterior ring and in none of the holes.
    pub fn contains(&self, p: LonLat) -> bool {
        match self.rings.split_first() {
            Some((exterior, holes)) => point_in_ring(p, exterior) && !holes.iter().any(|h| point_in_ring(p, h)),
            None => false,
        }
    }
}

/// A country (or territory) of the basemap.
#[derive(Clone, Debug, PartialEq)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code ("XK" for Kosovo); `None` for N. Cyprus, Somaliland and a few others.
    pub iso_a2: Option<String>,
    /// English name, e.g. "Democratic Republic of the Congo".
    pub name: String,
    pub polygons: Vec<Polygon>,
}

impl Country {
    /// True when `p` is inside one of the country's polygons (holes respected).
    pub fn contains(&self, p: LonLat) -> bool {
        self.polygons.iter().any(|poly| poly.contains(p))
    }
}

#[derive(Clone, Debug, PartialEq)]
struct Arc {
    points: Vec<LonLat>,
    /// An artificial edge along the ±180° meridian or a pole line: filled, never stroked.
    cut: bool,
    /// How many rings use the arc: 1 on a coast, 2 on a border between two countries.
    uses: u8,
}

/// The decoded basemap: countries, plus the arcs they share for drawing borders and coasts.
#[derive(Clone, Debug, PartialEq)]
pub struct Basemap {
    arcs: Vec<Arc>,
    countries: Vec<Country>,
}

/// A cursor over the input that reports running out of bytes as [`DecodeError::Truncated`].
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn invalid(&self, what: &'static str) -> DecodeError {
        DecodeError::Invalid { offset: self.pos, what }
    }

    fn remaining(&self) -> usize {
        self.bytes.len() - self.pos
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], DecodeError> {
        let end = self.pos.checked_add(n).filter(|&end| end <= self.bytes.len()).ok_or(DecodeError::Truncated)?;
        let out = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(out)
    }

    fn byte(&mut self) -> Result<u8, DecodeError> {
        Ok(self.take(1)?[0])
    }

    /// Unsigned LEB128, at most 64 bits.
    fn varint(&mut self) -> Result<u64, DecodeError> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            let bits = u64::from(b & 0x7f);
            if shift == 63 && bits > 1 {
                return Err(self.invalid("varint overflows 64 bits"));
            }
            value |= bits << shift;
            if b & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(self.invalid("varint longer than 10 bytes"))
    }

    fn zigzag(&mut self) -> Result<i64, DecodeError> {
        let v = self.varint()?;
        Ok((v >> 1) as i64 ^ -((v & 1) as i64))
    }

    /// A count of items that each take at least `min_bytes` bytes: bounded by what is left, so
    /// that garbage can never make the decoder reserve huge amounts of memory.
    fn count(&mut self, min_bytes: usize) -> Result<usize, DecodeError> {
        let n = self.varint()?;
        match usize::try_from(n) {
            Ok(n) if n.saturating_mul(min_bytes) <= self.remaining() => Ok(n),
            _ => Err(DecodeError::Truncated),
        }
    }
}

impl Basemap {
    /// Decodes a basemap file. Never panics; any malformed input is an error.
    pub fn decode(bytes: &[u8]) -> Result<Basemap, DecodeError> {
        let mut r = Reader { bytes, pos: 0 };
        if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
            return Err(DecodeError::BadMagic);
        }
        r.pos = MAGIC.len();
        let version = r.byte()?;
        if version != VERSION {
            return Err(DecodeError::UnsupportedVersion(version));
        }
        let body_len = r.varint()?;
        match usize::try_from(body_len) {
            Ok(n) if n == r.remaining() => {}
            Ok(n) if n > r.remaining() => return Err(DecodeError::Truncated),
            Ok(n) => return Err(DecodeError::TrailingBytes { offset: r.pos + n }),
            Err(_) => return Err(DecodeError::Truncated),
        }
        let units = r.varint()?;
        if units == 0 || units > MAX_UNITS_PER_DEGREE {
            return Err(r.invalid("grid units per degree out of range"));
        }
        let arc_count = r.count(3)?;
        let country_count = r.count(4)?;
        let arcs = decode_arcs(&mut r, arc_count, units)?;
        let mut basemap = Basemap { arcs, countries: Vec::with_capacity(country_count) };
        for _ in 0..country_count {
            let country = basemap.decode_country(&mut r)?;
            basemap.countries.push(country);
        }
        if r.remaining() != 0 {
            return Err(r.invalid("body ends before its stated length"));
        }
        Ok(basemap)
    }

    fn decode_country(&mut self, r: &mut Reader<'_>) -> Result<Country, DecodeError> {
        let iso_a2 = match r.take(2)? {
            [0, 0] => None,
            code @ [a, b] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => {
                Some(String::from_utf8_lossy(code).into_owned())
            }
            _ => return Err(r.invalid("country code is not two letters A-Z")),
        };
        let name_len = r.count(1)?;
        let name = std::str::from_utf8(r.take(name_len)?).map_err(|_| r.invalid("name is not UTF-8"))?.to_owned();
        let polygon_count = r.count(2)?;
        let mut polygons = Vec::with_capacity(polygon_count);
        for _ in 0..polygon_count {
            let ring_count = r.count(2)?;
            if ring_count == 0 {
                return Err(r.invalid("polygon without rings"));
            }
            let mut rings = Vec::with_capacity(ring_count);
            for _ in 0..ring_count {
                rings.push(self.decode_ring(r)?);
            }
            polygons.push(Polygon { rings });
        }
        Ok(Country { iso_a2, name, polygons })
    }

    /// A ring: its arcs joined end to start, each shared point kept once.
    fn decode_ring(&mut self, r: &mut Reader<'_>) -> Result<Vec<LonLat>, DecodeError> {
        let ref_count = r.count(1)?;
        if ref_count == 0 {
            return Err(r.invalid("ring without arcs"));
        }
        let mut ring: Vec<LonLat> = Vec::new();
        for _ in 0..ref_count {
            let reference = r.varint()?;
            let arc = usize::try_from(reference >> 1)
                .ok()
                .and_then(|i| self.arcs.get_mut(i))
                .ok_or_else(|| r.invalid("arc reference out of range"))?;
            // An arc lies between at most two faces; this also bounds the decoded size.
            if arc.uses >= 2 {
                return Err(r.invalid("arc used by more than two rings"));
            }
            arc.uses += 1;
            let reversed = reference & 1 == 1;
            let head = if reversed { arc.points.last() } else { arc.points.first() };
            // After the first arc, each one starts where the previous one ended; keep that point once.
            let skip = usize::from(!ring.is_empty());
            if skip == 1 && head != ring.last() {
                return Err(r.invalid("arcs of a ring do not join"));
            }
            if reversed {
                ring.extend(arc.points.iter().rev().skip(skip));
            } else {
                ring.extend(arc.points.iter().skip(skip));
            }
        }
        if ring.len() < 4 || ring.first() != ring.last() {
            return Err(r.invalid("ring is not closed"));
        }
        Ok(ring)
    }

    /// All countries, in file order.
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// The country with this ISO 3166-1 alpha-2 code, e.g. "FR".
    pub fn country(&self, iso_a2: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.iso_a2.as_deref() == Some(iso_a2))
    }

    /// Every ring of every polygon (exteriors and holes, closed), for filling land.
    pub fn land_rings(&self) -> impl Iterator<Item = &[LonLat]> {
        self.countries.iter().flat_map(|c| &c.polygons).flat_map(|p| &p.rings).map(Vec::as_slice)
    }

    /// Borders between two countries (arcs used by two rings), each once, for stroking.
    pub fn border_lines(&self) -> impl Iterator<Item = &[LonLat]> {
        self.arcs.iter().filter(|a| !a.cut && a.uses == 2).map(|a| a.points.as_slice())
    }

    /// Coastlines (arcs used by one ring only), for stroking. Cuts along ±180° and the pole
    /// line are left out: they are edges of the map, not of the land.
    pub fn coast_lines(&self) -> impl Iterator<Item = &[LonLat]> {
        self.arcs.iter().filter(|a| !a.cut && a.uses == 1).map(|a| a.points.as_slice())
    }

    /// The country containing `p`, if any. Longitudes outside −180…180 are wrapped.
    pub fn country_at(&self, p: LonLat) -> Option<&Country> {
        let p = wrap(p)?;
        self.countries.iter().find(|c| c.contains(p))
    }

    /// Distance in km from `p` to the country's land: 0 inside, otherwise the great-circle
    /// distance to the nearest edge of its polygons. `None` for an unknown code or a bad point.
    pub fn distance_km_to_country(&self, iso_a2: &str, p: LonLat) -> Option<f64> {
        let country = self.country(iso_a2)?;
        let p = wrap(p)?;
        if country.contains(p) {
            return Some(0.0);
        }
        let rings = country.polygons.iter().flat_map(|poly| &poly.rings);
        let edges = rings.flat_map(|ring| ring.windows(2));
        edges.map(|e| distance_to_segment_km(p, e[0], e[1])).min_by(f64::total_cmp)
    }
}

/// `p` with its longitude brought into −180…180, or `None` if it is not a point on the globe.
fn wrap(p: LonLat) -> Option<LonLat> {
    if !p.lon.is_finite() || !(-90.0..=90.0).contains(&p.lat) {
        return None;
    }
    let lon = if (-180.0..=180.0).contains(&p.lon) { p.lon } else { (p.lon + 180.0).rem_euclid(360.0) - 180.0 };
    Some(LonLat::new(lon, p.lat))
}

/// The arc table: points are delta-coded against the previous point in the file (across arcs).
fn decode_arcs(r: &mut Reader<'_>, count: usize, units: u64) -> Result<Vec<Arc>, DecodeError> {
    let units = units as i64; // ≤ MAX_UNITS_PER_DEGREE, so this and the bounds below fit.
    let (max_x, max_y) = (180 * units, 90 * units);
    let scale = 1.0 / units as f64;
    let (mut x, mut y) = (0i64, 0i64);
    let mut arcs = Vec::with_capacity(count);
    for _ in 0..count {
        let header = r.varint()?;
        let cut = header & 1 == 1;
        let n = usize::try_from(header >> 1).map_err(|_| DecodeError::Truncated)?;
        if n < 2 {
            return Err(r.invalid("arc with fewer than two points"));
        }
        if n > r.remaining() / 2 {
            return Err(DecodeError::Truncated);
        }
        let mut points = Vec::with_capacity(n);
        for _ in 0..n {
            let (dx, dy) = (r.zigzag()?, r.zigzag()?);
            x = x.checked_add(dx).filter(|v| v.abs() <= max_x).ok_or_else(|| r.invalid("longitude out of range"))?;
            y = y.checked_add(dy).filter(|v| v.abs() <= max_y).ok_or_else(|| r.invalid("latitude out of range"))?;
            points.push(LonLat::new(x as f64 * scale, y as f64 * scale));
        }
        arcs.push(Arc { points, cut, uses: 0 });
    }
    Ok(arcs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    static COUNTRIES_50M: &[u8] = include_bytes!("../../data/basemap/countries-50m.bin");

    fn world() -> Basemap {
        Basemap::decode(COUNTRIES_110M).expect("the shipped 110m basemap decodes")
    }

    fn ll(lon: f64, lat: f64) -> LonLat {
        LonLat::new(lon, lat)
    }

    #[test]
    fn shipped_files_decode_with_unique_codes() {
        // (file, expected countries, minimum arcs)
        let cases: [(&[u8], usize, usize); 2] = [(COUNTRIES_110M, 177, 500), (COUNTRIES_50M, 240, 1500)];
        for (bytes, countries, min_arcs) in cases {
            let map = Basemap::decode(bytes).expect("decodes");
            assert_eq!(map.countries().len(), countries);
            assert!(map.arcs.len() >= min_arcs, "{} arcs", map.arcs.len());
            let mut seen = HashSet::new();
            for c in map.countries() {
                assert!(!c.name.is_empty() && !c.polygons.is_empty(), "{c:?}");
                if let Some(code) = &c.iso_a2 {
                    assert!(seen.insert(code.clone()), "{code} twice");
                }
            }
            for (code, name) in [("FR", "France"), ("XK", "Kosovo"), ("CD", "Democratic Republic of the Congo")] {
                assert_eq!(map.country(code).map(|c| c.name.as_str()), Some(name));
            }
            assert!(map.border_lines().count() > 100 && map.coast_lines().count() > 100);
        }
    }

    #[test]
    fn known_points_fall_in_the_right_country() {
        let cases = [
            ("Paris", ll(2.35, 48.86), Some("FR")),
            ("Debrecen", ll(21.63, 47.53), Some("HU")),
            ("Brasília", ll(-47.88, -15.79), Some("BR")),
            ("Rayong", ll(101.27, 12.68), Some("TH")),
            ("Jakarta", ll(106.85, -6.21), Some("ID")),
            ("Mid-Atlantic", ll(-35.0, 30.0), None),
            ("Pacific", ll(-150.0, 0.0), None),
            ("Maseru, in South Africa's hole", ll(27.9, -29.5), Some("LS")),
            ("Pristina", ll(21.17, 42.67), Some("XK")),
            ("Inland Chukotka west of 180°", ll(172.0, 66.5), Some("RU")),
            ("Chukotka east of 180°", ll(-173.0, 66.0), Some("RU")),
            ("Chukotka at lon 187°, wrapped", ll(187.0, 66.0), Some("RU")),
            ("Wrangel Island", ll(-179.5, 71.2), Some("RU")),
            ("Vanua Levu, Fiji", ll(179.2, -16.6), Some("FJ")),
            ("South Pole", ll(0.0, -89.9), Some("AQ")),
            ("Antarctica at the map edge", ll(-179.9, -89.0), Some("AQ")),
            ("Not a point", ll(f64::NAN, 0.0), None),
        ];
        for (file, bytes) in [("110m", COUNTRIES_110M), ("50m", COUNTRIES_50M)] {
            let map = Basemap::decode(bytes).expect("decodes");
            for (label, p, expected) in cases {
                let got = map.country_at(p).and_then(|c| c.iso_a2.as_deref());
                assert_eq!(got, expected, "{file}: {label}");
            }
            // The hole is respected: Maseru is in no polygon of South Africa.
            assert!(!map.country("ZA").expect("ZA").contains(ll(27.9, -29.5)), "{file}");
        }
        // Coastal Camaçari is on land at 50m; the simplified 110m coast may pass a km inland of it.
        let fine = Basemap::decode(COUNTRIES_50M).expect("decodes");
        assert_eq!(fine.country_at(ll(-38.324, -12.698)).and_then(|c| c.iso_a2.as_deref()), Some("BR"));
        // At 110m Fiji's easternmost sliver lies past 180°, cut off into a polygon of its own.
        assert_eq!(world().country_at(ll(-179.95, -16.3)).and_then(|c| c.iso_a2.as_deref()), Some("FJ"));
    }

    #[test]
    fn distance_to_country_table() {
        let map = world();
        // (code, point, min km, max km)
        let cases = [
            ("FR", ll(2.35, 48.86), 0.0, 0.0),
            ("BR", ll(-47.88, -15.79), 0.0, 0.0),
            // West of Lisbon's coast, about 1.1° of longitude at 38.7°N ≈ 95 km offshore.
            ("PT", ll(-10.6, 38.7), 60.0, 130.0),
            // Gulf of Guinea, one degree south of Accra's coast (≈ 5.5°N).
            ("GH", ll(-0.2, 4.5), 80.0, 140.0),
            // Paris is ~ 260 km from Belgium's nearest border.
            ("BE", ll(2.35, 48.86), 150.0, 300.0),
            // Across the antimeridian: Chukotka's east tip is ~ 1.3° east of −170.
            ("RU", ll(-168.0, 65.5), 10.0, 120.0),
        ];
        for (code, p, lo, hi) in cases {
            let d = map.distance_km_to_country(code, p).expect("known country");
            assert!((lo..=hi).contains(&d), "{code} {p:?}: {d} km not in {lo}..{hi}");
        }
        assert_eq!(map.distance_km_to_country("ZZ", ll(0.0, 0.0)), None);
        assert_eq!(map.distance_km_to_country("FR", ll(0.0, 95.0)), None);
    }

    #[test]
    fn no_segment_jumps_across_the_map() {
        for bytes in [COUNTRIES_110M, COUNTRIES_50M] {
            let map = Basemap::decode(bytes).expect("decodes");
            let lines = map.land_rings().chain(map.border_lines()).chain(map.coast_lines());
            for line in lines {
                assert!(line.iter().all(|p| p.is_valid()));
                for seg in line.windows(2) {
                    assert!((seg[1].lon - seg[0].lon).abs() <= 180.0, "{:?} → {:?}", seg[0], seg[1]);
                }
            }
        }
    }

    #[test]
    fn rings_are_closed_and_oriented() {
        fn area(ring: &[LonLat]) -> f64 {
            ring.windows(2).map(|s| s[0].lon * s[1].lat - s[1].lon * s[0].lat).sum::<f64>() / 2.0
        }
        let map = world();
        for c in map.countries() {
            for poly in &c.polygons {
                for (i, ring) in poly.rings.iter().enumerate() {
                    assert_eq!(ring.first(), ring.last(), "{}", c.name);
                    assert_eq!(area(ring) > 0.0, i == 0, "{} ring {i}", c.name);
                }
            }
        }
        // Antarctica reaches the pole line, so it fills down to the map's bottom edge.
        let aq = map.country("AQ").expect("AQ");
        assert!(aq.polygons.iter().flat_map(|p| &p.rings).flatten().any(|p| p.lat == -90.0));
    }

    /// A file with a right header around `body`.
    fn file(body: &[u8]) -> Vec<u8> {
        let mut bytes = b"EVBM\x01".to_vec();
        let mut n = body.len();
        while n >= 0x80 {
            bytes.push((n & 0x7f) as u8 | 0x80);
            n >>= 7;
        }
        bytes.push(n as u8);
        bytes.extend_from_slice(body);
        bytes
    }

    #[test]
    fn bad_input_is_an_error_never_a_panic() {
        // Every strict prefix of the real files.
        for bytes in [COUNTRIES_110M, COUNTRIES_50M] {
            for len in 0..bytes.len() {
                assert!(Basemap::decode(&bytes[..len]).is_err(), "prefix of {len} bytes decoded");
            }
        }
        // Prefixes whose header claims the shorter length, so the body decoder itself meets the end.
        let mut header = Reader { bytes: COUNTRIES_110M, pos: 5 };
        header.varint().expect("body length");
        let body = &COUNTRIES_110M[header.pos..];
        assert_eq!(file(body), COUNTRIES_110M);
        for len in (0..body.len()).step_by(53) {
            assert!(Basemap::decode(&file(&body[..len])).is_err(), "body prefix of {len} bytes decoded");
        }
        let mut with_trailing = COUNTRIES_110M.to_vec();
        with_trailing.push(0);
        let cases: Vec<(&str, Vec<u8>)> = vec![
            ("empty", vec![]),
            ("magic only", b"EVBM".to_vec()),
            ("wrong version", b"EVBM\x02".to_vec()),
            ("no body length", b"EVBM\x01".to_vec()),
            ("empty body", file(&[])),
            ("zero grid", file(&[0, 0, 0])),
            ("endless varint", file(&[0xff; 20])),
            ("huge counts", file(&[100, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x01])),
            ("arc of one point", file(&[100, 1, 0, 2, 0, 0])),
            ("ring of an unknown arc", file(&[100, 0, 1, 0, 0, 0, 1, 1, 1, 0])),
            ("trailing byte", with_trailing),
        ];
        for (label, bytes) in &cases {
            assert!(Basemap::decode(bytes).is_err(), "{label}");
        }
        // Random bytes, and the real file with random bytes overwritten: any result but a panic.
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for round in 0..300 {
            let len = (next() % 2000) as usize;
            let garbage: Vec<u8> = (0..len).map(|_| next() as u8).collect();
            assert!(Basemap::decode(&garbage).is_err(), "random round {round}");
            let mut mutated = COUNTRIES_110M.to_vec();
            for _ in 0..1 + next() % 4 {
                let at = 5 + (next() as usize) % (mutated.len() - 5);
                mutated[at] = next() as u8;
            }
            let _ = Basemap::decode(&mutated);
        }
        // The smallest valid file: no arcs, no countries.
        assert_eq!(Basemap::decode(&file(&[100, 0, 0])).map(|m| m.countries().len()), Ok(0));
        assert_eq!(DecodeError::Truncated.to_string(), "basemap data is truncated");
    }
}
