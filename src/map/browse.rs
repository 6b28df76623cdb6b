//! The plants as a tree for the keyboard and screen readers: host regions, their countries, their plants,
//! each with what a reader hears on reaching it ("Europe: 84 plants, 20 operational").
//!
//! Pure: `web/shared/map_view.rs` renders it as nested disclosure lists (the full atlas's), moving the map to
//! what has the focus.

use crate::i18n::Catalog;
use crate::model::region::{region_of, HostRegion};
use crate::model::{CountryCode, Facility, Status};

/// A country of a region and its plants (indices into the dataset's facilities), biggest investment first.
#[derive(Clone, Debug, PartialEq)]
pub struct Country {
    pub code: CountryCode,
    pub plants: Vec<usize>,
}

/// A host region and its countries, the most plants first.
#[derive(Clone, Debug, PartialEq)]
pub struct Region {
    pub region: HostRegion,
    pub countries: Vec<Country>,
}

impl Region {
    /// Its plants, country by country.
    pub fn plants(&self) -> impl Iterator<Item = usize> + '_ {
        self.countries.iter().flat_map(|c| c.plants.iter().copied())
    }
}

/// The tree of the plants `shown` (indices into `facilities`): regions with the most plants first, then
/// their countries likewise (ties by code), then plants by disclosed investment, biggest first (ties by
/// company). A plant in no host region is left out, as on the map's presets.
pub fn tree(facilities: &[Facility], shown: impl IntoIterator<Item = usize>) -> Vec<Region> {
    let mut regions: Vec<Region> = Vec::new();
    for i in shown {
        let Some(f) = facilities.get(i) else { continue };
        let Some(r) = region_of(f.host_country) else { continue };
        let region = match regions.iter().position(|x| x.region == r) {
            Some(k) => &mut regions[k],
            None => {
                regions.push(Region { region: r, countries: Vec::new() });
                regions.last_mut().expect("just pushed")
            }
        };
        match region.countries.iter_mut().find(|c| c.code == f.host_country) {
            Some(c) => c.plants.push(i),
            None => region.countries.push(Country { code: f.host_country, plants: vec![i] }),
        }
    }
    let usd = |i: &usize| facilities[*i].investment_usd.map_or(-1.0, |u| u.millions);
    for r in &mut regions {
        for c in &mut r.countries {
            c.plants.sort_by(|a, b| {
                usd(b).total_cmp(&usd(a)).then_with(|| facilities[*a].company.cmp(&facilities[*b].company))
            });
        }
        r.countries
            .sort_by(|a, b| b.plants.len().cmp(&a.plants.len()).then_with(|| a.code.as_str().cmp(b.code.as_str())));
    }
    let count = |r: &Region| r.countries.iter().map(|c| c.plants.len()).sum::<usize>();
    regions.sort_by(|a, b| count(b).cmp(&count(a)).then(a.region.cmp(&b.region)));
    regions
}

/// What a reader hears of a group of plants: "{name}: 84 plants, 20 operational".
pub fn group_line(
    name: &str,
    plants: impl IntoIterator<Item = usize>,
    facilities: &[Facility],
    words: &Catalog,
) -> String {
    let (mut count, mut operational) = (0_usize, 0_usize);
    for f in plants.into_iter().filter_map(|i| facilities.get(i)) {
        count += 1;
        operational += usize::from(f.status == Status::Operational);
    }
    words.format("browse-group", &[("name", name.into()), ("count", count.into()), ("operational", operational.into())])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::builtin;
    use crate::i18n::english as en;

    #[test]
    fn every_located_plant_is_in_the_tree_once_biggest_groups_first() {
        let data = builtin().0;
        let fs = &data.facilities;
        let t = tree(fs, 0..fs.len());
        let mut seen: Vec<usize> = t.iter().flat_map(|r| r.plants()).collect();
        let in_regions = fs.iter().filter(|f| region_of(f.host_country).is_some()).count();
        assert_eq!(seen.len(), in_regions);
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), in_regions, "each plant once");
        let sizes: Vec<usize> = t.iter().map(|r| r.plants().count()).collect();
        assert!(sizes.windows(2).all(|w| w[0] >= w[1]), "{sizes:?}");
        for r in &t {
            assert!(r.countries.windows(2).all(|w| w[0].plants.len() >= w[1].plants.len()));
            for c in &r.countries {
                assert!(c.plants.iter().all(|i| fs[*i].host_country == c.code && region_of(c.code) == Some(r.region)));
                let usd: Vec<f64> =
                    c.plants.iter().map(|i| fs[*i].investment_usd.map_or(-1.0, |u| u.millions)).collect();
                assert!(usd.windows(2).all(|w| w[0] >= w[1]), "{:?}: {usd:?}", c.code);
            }
        }
        // Hungary's plants are in Europe's, CATL Debrecen (the largest investment) first.
        let europe = t.iter().find(|r| r.region == HostRegion::Europe).expect("Europe");
        let hu = europe.countries.iter().find(|c| c.code.as_str() == "HU").expect("Hungary");
        assert_eq!(fs[hu.plants[0]].id, "F014");
    }

    #[test]
    fn a_group_says_its_name_count_and_operational_plants() {
        let data = builtin().0;
        let fs = &data.facilities;
        let op = fs.iter().position(|f| f.status == Status::Operational).expect("an operational plant");
        let other = fs.iter().position(|f| f.status != Status::Operational).expect("another");
        let cases: [(Vec<usize>, &str); 3] = [
            (vec![op], "Brazil: 1 plant, 1 operational"),
            (vec![op, other], "Brazil: 2 plants, 1 operational"),
            (vec![], "Brazil: no plant"),
        ];
        for (plants, want) in cases {
            assert_eq!(group_line("Brazil", plants, fs, &en()), want);
        }
        assert!(tree(fs, []).is_empty());
    }
}
