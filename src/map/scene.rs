//! The map scene: basemap lines and facility positions projected once into map space.

use crate::geo::basemap::Basemap;
use crate::geo::equal_earth::{map_from_lonlat, MapPoint};
use crate::geo::LonLat;
use crate::model::{Facility, Segment};

/// A facility's projected position, with what drawing needs to know about it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Dot {
    /// Index into the dataset's facilities.
    pub facility: usize,
    pub at: MapPoint,
    pub segment: Segment,
}

/// Everything the map draws, in map space. Built once per dataset; redraws only transform it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scene {
    pub sphere: Vec<MapPoint>,
    pub graticule: Vec<Vec<MapPoint>>,
    pub land: Vec<Vec<MapPoint>>,
    pub borders: Vec<Vec<MapPoint>>,
    pub coast: Vec<Vec<MapPoint>>,
    pub dots: Vec<Dot>,
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
    let meridians = (-150..=150).step_by(30).map(|lon| {
        (-40..=40).map(|k| map_from_lonlat(LonLat::new(f64::from(lon), f64::from(k) * 2.0))).collect()
    });
    let parallels = (-60..=60).step_by(30).map(|lat| {
        (-90..=90).map(|k| map_from_lonlat(LonLat::new(f64::from(k) * 2.0, f64::from(lat)))).collect()
    });
    meridians.chain(parallels).collect()
}

fn dots(facilities: &[Facility]) -> Vec<Dot> {
    facilities
        .iter()
        .enumerate()
        .filter_map(|(i, f)| Some(Dot { facility: i, at: map_from_lonlat(f.location?), segment: f.segment }))
        .collect()
}

impl Scene {
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
            dots,
        }
    }
}
