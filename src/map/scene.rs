//! The map scene: basemap lines and facility positions projected once into map space.

use super::index::{Index, Lazy};
use crate::geo::basemap::Basemap;
use crate::geo::equal_earth::{map_from_lonlat, MapPoint};
use crate::geo::LonLat;
use crate::model::{Facility, Segment, Status};

/// Up to this many facilities, each is drawn as a symbol sized by its investment and styled by its
/// status; beyond it (benchmarks, large files) all are small dots, as a scatter of 100,000 must be.
pub const SYMBOLS_UP_TO: usize = 2000;

/// From this zoom on, the map draws the finer 1:50m basemap (fetched when first needed); below it, the
/// embedded 1:110m one.
pub const DETAIL_ZOOM: f64 = 4.0;

/// The scene whose lines (land, borders, coast) a view at `zoom` draws: the detailed one once zoomed in
/// and loaded, else the world view's.
pub fn lines_for<'a>(world: &'a Scene, detail: Option<&'a Scene>, zoom: f64) -> &'a Scene {
    match detail {
        Some(d) if zoom >= DETAIL_ZOOM => d,
        _ => world,
    }
}

/// A facility's projected position, with what drawing needs to know about it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Dot {
    /// Index into the dataset's facilities.
    pub facility: usize,
    pub at: MapPoint,
    pub segment: Segment,
    pub status: Status,
    /// Announced investment in US$ million, if disclosed.
    pub usd: Option<f64>,
}

impl Dot {
    pub fn new(facility: usize, at: MapPoint, segment: Segment) -> Self {
        Dot { facility, at, segment, status: Status::Operational, usd: None }
    }
}

/// Everything the map draws, in map space. Built once per dataset; redraws only transform it.
#[derive(Clone, Debug, Default)]
pub struct Scene {
    pub sphere: Vec<MapPoint>,
    pub graticule: Vec<Vec<MapPoint>>,
    pub land: Vec<Vec<MapPoint>>,
    pub borders: Vec<Vec<MapPoint>>,
    pub coast: Vec<Vec<MapPoint>>,
    /// China's outline: the origin of the investment.
    pub origin: Vec<Vec<MapPoint>>,
    /// Drawn biggest first, so that small plants stay visible on top of big ones.
    pub dots: Vec<Dot>,
    /// The dots' R-tree, built when first asked for ([`Scene::index`]).
    pub index: Lazy,
}

/// Compared by identity: a scene is made once per dataset and basemap, and comparing its (up to a million)
/// points on every render would cost more than redrawing.
impl PartialEq for Scene {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

fn project_line(line: &[LonLat]) -> Vec<MapPoint> {
    line.iter().map(|p| map_from_lonlat(*p)).collect()
}

/// The outline of the projected globe: the ±180° meridians.
pub fn sphere() -> Vec<MapPoint> {
    let east = (-90..=90).map(|lat| LonLat::new(180.0, f64::from(lat)));
    let west = (-90..=90).rev().map(|lat| LonLat::new(-180.0, f64::from(lat)));
    east.chain(west).map(map_from_lonlat).collect()
}

/// Meridians and parallels every 30°, sampled every 2°.
pub fn graticule() -> Vec<Vec<MapPoint>> {
    let meridians = (-150..=150)
        .step_by(30)
        .map(|lon| (-40..=40).map(|k| map_from_lonlat(LonLat::new(f64::from(lon), f64::from(k) * 2.0))).collect());
    let parallels = (-60..=60)
        .step_by(30)
        .map(|lat| (-90..=90).map(|k| map_from_lonlat(LonLat::new(f64::from(k) * 2.0, f64::from(lat)))).collect());
    meridians.chain(parallels).collect()
}

fn dots(facilities: &[Facility]) -> Vec<Dot> {
    dots_where(facilities, |_| true)
}

/// The dots of the facilities `keep` accepts (by index); each keeps its index into all of `facilities`.
pub fn dots_where(facilities: &[Facility], keep: impl Fn(usize) -> bool) -> Vec<Dot> {
    let mut dots: Vec<Dot> = facilities
        .iter()
        .enumerate()
        .filter(|(i, _)| keep(*i))
        .filter_map(|(i, f)| {
            Some(Dot {
                facility: i,
                at: map_from_lonlat(f.location?),
                segment: f.segment,
                status: f.status,
                usd: f.investment_usd.map(|u| u.millions),
            })
        })
        .collect();
    if dots.len() <= SYMBOLS_UP_TO {
        dots.sort_by(|a, b| b.usd.unwrap_or(0.0).total_cmp(&a.usd.unwrap_or(0.0)));
    }
    dots
}

impl Scene {
    /// The dot of a facility (index into the dataset), and its index in `dots`; `None` when it has no site.
    pub fn dot_of(&self, facility: usize) -> Option<(usize, &Dot)> {
        // Beyond SYMBOLS_UP_TO the dots keep the facilities' order (`dots_where` sorts only symbols).
        if self.dots.len() > SYMBOLS_UP_TO {
            let i = self.dots.binary_search_by_key(&facility, |d| d.facility).ok()?;
            return self.dots.get(i).map(|d| (i, d));
        }
        self.dots.iter().enumerate().find(|(_, d)| d.facility == facility)
    }

    /// The dots in an R-tree, built from them the first time it is asked for.
    pub fn index(&self) -> &Index {
        self.index.get(&self.dots)
    }

    /// Facilities on the globe outline and graticule only, for when the basemap cannot be read.
    pub fn without_basemap(facilities: &[Facility]) -> Self {
        Scene { sphere: sphere(), graticule: graticule(), dots: dots(facilities), ..Scene::default() }
    }

    pub fn new(basemap: &Basemap, facilities: &[Facility]) -> Self {
        let dots = dots(facilities);
        Scene {
            sphere: sphere(),
            graticule: graticule(),
            land: basemap.land_rings().map(project_line).collect(),
            borders: basemap.border_lines().map(project_line).collect(),
            coast: basemap.coast_lines().map(project_line).collect(),
            origin: basemap
                .country("CN")
                .map(|c| c.polygons.iter().filter_map(|p| p.rings.first()).map(|r| project_line(r)).collect())
                .unwrap_or_default(),
            dots,
            index: Lazy::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::basemap::COUNTRIES_110M;

    #[test]
    fn the_detailed_lines_are_drawn_only_when_zoomed_in_and_loaded() {
        let world = Scene::new(&Basemap::decode(COUNTRIES_110M).expect("110m"), &[]);
        let detail =
            Scene::new(&Basemap::decode(include_bytes!("../../data/basemap/countries-50m.bin")).expect("50m"), &[]);
        assert!(detail.coast.iter().map(Vec::len).sum::<usize>() > 3 * world.coast.iter().map(Vec::len).sum::<usize>());
        let cases = [
            (1.0, true, false),
            (3.9, true, false),
            (DETAIL_ZOOM, true, true),
            (40.0, true, true),
            (40.0, false, false),
        ];
        for (zoom, loaded, detailed) in cases {
            let got = lines_for(&world, loaded.then_some(&detail), zoom);
            assert_eq!(std::ptr::eq(got, &detail), detailed, "zoom {zoom}, loaded {loaded}");
        }
    }
}
