//! Synthetic facilities for benchmarks (`?n=<count>`), generated exactly as the ECharts peer page of
//! `../shared/bench` does: same PRNG (mulberry32), seed, land boxes and weights, marker #0 at Debrecen.
//! Not real data: the page says so whenever it shows them.

use crate::geo::LonLat;
use crate::model::{
    About, CountryCode, Currency, Facility, Money, Ownership, Segment, Source, Status, UsdBasis, UsdMillions, Year,
};

pub const DEFAULT_SEED: u32 = 0x5EED_2014;
pub const MAX_COUNT: usize = 1_000_000;

/// (label, ISO code, lon min, lon max, lat min, lat max, weight), as in the peer's `REGIONS`.
const REGIONS: [(&str, &str, f64, f64, f64, f64, u32); 23] = [
    ("Hungary", "HU", 16.2, 22.8, 46.0, 48.4, 8),
    ("Germany", "DE", 6.5, 14.5, 48.0, 53.8, 6),
    ("Poland", "PL", 15.0, 23.5, 50.0, 54.0, 4),
    ("Spain", "ES", -7.5, 0.0, 37.5, 42.5, 4),
    ("Turkey", "TR", 28.0, 41.0, 37.2, 40.8, 4),
    ("Morocco", "MA", -9.0, -2.5, 30.0, 35.0, 4),
    ("Egypt", "EG", 29.0, 32.5, 26.0, 31.0, 2),
    ("Ethiopia", "ET", 36.0, 41.0, 6.0, 12.0, 1),
    ("Saudi Arabia", "SA", 39.0, 50.0, 20.0, 27.0, 2),
    ("Uzbekistan", "UZ", 60.0, 71.0, 38.5, 42.0, 2),
    ("Pakistan", "PK", 67.0, 74.0, 25.0, 33.0, 1),
    ("India", "IN", 74.0, 86.0, 15.0, 27.0, 3),
    ("Thailand", "TH", 99.0, 104.0, 13.0, 17.5, 7),
    ("Vietnam", "VN", 105.5, 108.5, 11.0, 21.0, 3),
    ("Malaysia", "MY", 101.0, 103.5, 2.0, 6.0, 2),
    ("Indonesia (Java)", "ID", 106.0, 114.0, -7.8, -6.3, 6),
    ("Indonesia (Sulawesi)", "ID", 120.0, 123.0, -4.0, -1.0, 2),
    ("Australia", "AU", 116.0, 150.0, -35.0, -20.0, 1),
    ("Mexico", "MX", -104.0, -98.0, 19.0, 25.5, 6),
    ("United States", "US", -97.0, -82.0, 31.0, 41.0, 3),
    ("Brazil", "BR", -52.0, -40.0, -23.5, -10.0, 5),
    ("Argentina", "AR", -68.0, -60.0, -35.0, -24.0, 2),
    ("Chile", "CL", -71.0, -69.5, -30.0, -20.0, 1),
];

/// The peer's kinds, in its order.
const KINDS: [Segment; 4] =
    [Segment::BatteryCells, Segment::VehicleAssembly, Segment::BatteryMaterials, Segment::Components];

/// mulberry32, bit for bit as in JavaScript.
struct Mulberry32(u32);

impl Mulberry32 {
    fn next(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x6D2B_79F5);
        let a = self.0;
        let mut t = (a ^ (a >> 15)).wrapping_mul(1 | a);
        t = t.wrapping_add((t ^ (t >> 7)).wrapping_mul(61 | t)) ^ t;
        f64::from(t ^ (t >> 14)) / 4_294_967_296.0
    }
}

/// JavaScript's `Math.round` (halves go up), to 4 decimals as the peer stores positions.
fn round4(v: f64) -> f64 {
    (v * 1e4 + 0.5).floor() / 1e4
}

/// `n` synthetic facilities (at most `MAX_COUNT`).
pub fn facilities(n: usize, seed: u32) -> Vec<Facility> {
    let n = n.min(MAX_COUNT);
    let mut rnd = Mulberry32(seed);
    let total: u32 = REGIONS.iter().map(|r| r.6).sum();
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let (ri, lon, lat) = if i == 0 {
            (0, 21.63, 47.53)
        } else {
            let u = rnd.next() * f64::from(total);
            let mut ri = 0;
            let mut cum = REGIONS[0].6;
            while f64::from(cum) <= u && ri + 1 < REGIONS.len() {
                ri += 1;
                cum += REGIONS[ri].6;
            }
            let r = REGIONS[ri];
            let lon = r.2 + rnd.next() * (r.3 - r.2);
            let lat = r.4 + rnd.next() * (r.5 - r.4);
            (ri, lon, lat)
        };
        let invest = (20.0 * (rnd.next() * 4.5).exp() + 0.5).floor();
        let kind = if i == 0 { 0 } else { (rnd.next() * 4.0).floor() as usize };
        let year = 2014 + (rnd.next().sqrt() * 11.0).floor() as u16;
        let region = REGIONS[ri];
        let company =
            if i == 0 { "Debrecen battery plant (probe)".to_owned() } else { format!("{} facility #{i}", region.0) };
        out.push(Facility {
            id: format!("S{i}"),
            company,
            parent_country: CountryCode::parse("CN").unwrap_or_else(|| unreachable!()),
            segment: KINDS[kind.min(3)],
            host_country: CountryCode::parse(region.1).unwrap_or_else(|| unreachable!()),
            city: format!("{} (synthetic)", region.0),
            location: Some(LonLat::new(round4(lon), round4(lat))),
            status: Status::Operational,
            announced: Some(Year(year)),
            production_start: None,
            investment: Some(Money { millions: invest, currency: Currency::USD }),
            investment_usd: Some(UsdMillions { millions: invest, basis: UsdBasis::Reported }),
            capacity: None,
            partner: None,
            ownership: Ownership::ChineseOwned,
            source: Source { urls: vec![], quote: "Synthetic benchmark data, not real".to_owned(), accessed: None },
            notes: String::new(),
            about: About::default(),
        });
    }
    out
}

/// Reads `n` (and `seed`) from a URL query such as `?n=10000`. `Ok(None)` when absent; an error message
/// for the reader when the value cannot be understood.
pub fn from_query(query: &str) -> Result<Option<(usize, u32)>, String> {
    let query = query.trim_start_matches('?');
    let get = |key: &str| query.split('&').filter_map(|kv| kv.split_once('=')).find(|(k, _)| *k == key).map(|(_, v)| v);
    let Some(raw) = get("n") else { return Ok(None) };
    let n = crate::format::parse_number(raw)
        .ok_or_else(|| format!("?n={raw} is not a number of facilities; showing the built-in data."))?;
    if n < 0.0 {
        return Err(format!("?n={raw} is not a number of facilities; showing the built-in data."));
    }
    let seed = match get("seed") {
        Some(s) => {
            s.parse::<u32>().map_err(|_| format!("?seed={s} is not a whole number; showing the built-in data."))?
        }
        None => DEFAULT_SEED,
    };
    Ok(Some(((n.floor() as usize).min(MAX_COUNT), seed)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_peer_page_bit_for_bit() {
        // Values printed by the peer's own makeFacilities(100000, 0x5EED2014) in Node.
        let f = facilities(100_000, DEFAULT_SEED);
        let row = |i: usize| {
            let x = &f[i];
            let p = x.location.unwrap_or(LonLat::new(f64::NAN, f64::NAN));
            (x.host_country.to_string(), p.lon, p.lat, x.investment_usd.map(|u| u.millions), x.segment, x.announced)
        };
        let cases = [
            (0, ("HU", 21.63, 47.53, 285.0, Segment::BatteryCells, 2018)),
            (1, ("BR", -49.4657, -18.2602, 228.0, Segment::BatteryMaterials, 2016)),
            (2, ("IN", 81.3003, 22.8078, 75.0, Segment::BatteryCells, 2016)),
            (3, ("BR", -44.53, -16.8641, 26.0, Segment::BatteryCells, 2021)),
            (99_999, ("VN", 107.638, 20.2344, 26.0, Segment::VehicleAssembly, 2024)),
        ];
        for (i, (cc, lon, lat, usd, seg, year)) in cases {
            assert_eq!(row(i), (cc.to_owned(), lon, lat, Some(usd), seg, Some(Year(year))), "facility {i}");
        }
        let checksum: f64 = f
            .iter()
            .map(|x| {
                let p = x.location.unwrap_or(LonLat::new(0.0, 0.0));
                let kind = KINDS.iter().position(|k| *k == x.segment).unwrap_or(0) as f64;
                p.lon * 3.0
                    + p.lat * 7.0
                    + x.investment_usd.map_or(0.0, |u| u.millions)
                    + kind * 11.0
                    + f64::from(x.announced.map_or(0, |y| y.0))
            })
            .sum();
        assert!((checksum - 266_998_907.338_8).abs() < 0.01, "checksum {checksum}");
    }

    #[test]
    fn query_parsing() {
        let cases: &[(&str, Result<Option<(usize, u32)>, &str>)] = &[
            ("", Ok(None)),
            ("?foo=1", Ok(None)),
            ("?n=200", Ok(Some((200, DEFAULT_SEED)))),
            ("?n=100000&seed=7", Ok(Some((100_000, 7)))),
            ("?n=5000000", Ok(Some((MAX_COUNT, DEFAULT_SEED)))),
            ("?n=12.7", Ok(Some((12, DEFAULT_SEED)))),
            ("?n=lots", Err("?n=lots is not a number")),
            ("?n=-5", Err("?n=-5 is not a number")),
            ("?n=10&seed=x", Err("?seed=x is not a whole number")),
        ];
        for (q, want) in cases {
            match (from_query(q), want) {
                (Ok(a), Ok(b)) => assert_eq!(a, *b, "{q}"),
                (Err(a), Err(b)) => assert!(a.contains(b), "{q}: {a}"),
                (got, _) => panic!("{q}: {got:?}"),
            }
        }
    }
}
