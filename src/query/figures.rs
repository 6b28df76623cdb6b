//! The key figures above the views, for the plants on screen: how many, announced investment, battery and
//! vehicle capacity, and the share of the disclosed investment that went to batteries, each with "n of N
//! disclosed" where values are missing.

use crate::i18n::{numbers, Arg, Catalog};
use crate::model::{CapacityUnit, Facility, Segment};

/// A sum over the plants that state a value, and how many do out of how many could.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Disclosed {
    pub sum: f64,
    pub stated: usize,
    pub of: usize,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct KeyFigures {
    pub plants: usize,
    /// Announced investment, US$ million, over all plants.
    pub investment: Disclosed,
    /// Battery capacity (GWh/yr), over battery-cell plants.
    pub battery_gwh: Disclosed,
    /// Vehicles per year, over vehicle-assembly plants.
    pub vehicles: Disclosed,
    /// Disclosed investment in battery cells and materials, US$ million.
    pub battery_investment: f64,
}

impl KeyFigures {
    pub fn of<'a>(plants: impl IntoIterator<Item = &'a Facility>) -> KeyFigures {
        let mut k = KeyFigures::default();
        for f in plants {
            k.plants += 1;
            k.investment.of += 1;
            if let Some(usd) = f.plant_usd() {
                k.investment.sum += usd.millions;
                k.investment.stated += 1;
                if matches!(f.segment, Segment::BatteryCells | Segment::BatteryMaterials) {
                    k.battery_investment += usd.millions;
                }
            }
            let capacity = |unit| f.capacity.filter(|c| c.unit == unit).map(|c| c.value);
            if f.segment == Segment::BatteryCells {
                k.battery_gwh.of += 1;
                if let Some(v) = capacity(CapacityUnit::GwhPerYear) {
                    k.battery_gwh.sum += v;
                    k.battery_gwh.stated += 1;
                }
            }
            if f.segment == Segment::VehicleAssembly {
                k.vehicles.of += 1;
                if let Some(v) = capacity(CapacityUnit::VehiclesPerYear) {
                    k.vehicles.sum += v;
                    k.vehicles.stated += 1;
                }
            }
        }
        k
    }

    /// (value, label, "n of N disclosed") for each figure, as the page shows them. A figure no plant
    /// states is "not disclosed", never 0.
    pub fn lines(&self, w: &Catalog) -> Vec<(String, String, String)> {
        let n = |v: usize| Arg::from(v as f64);
        let note = |d: Disclosed, id: &str| w.format(id, &[("stated", n(d.stated)), ("of", n(d.of))]);
        let or_missing = |d: Disclosed, value: String| if d.stated == 0 { w.text("not-disclosed") } else { value };
        let share = if self.investment.stated == 0 {
            w.text("not-disclosed")
        } else {
            let pct = 100.0 * self.battery_investment / self.investment.sum.max(f64::MIN_POSITIVE);
            w.format("figure-share-value", &[("value", pct.round().into())])
        };
        vec![
            (numbers::grouped(w, self.plants as f64), w.text("figure-plants"), w.text("figure-plants-note")),
            (
                or_missing(self.investment, numbers::usd_millions(w, self.investment.sum)),
                w.text("figure-investment"),
                note(self.investment, "figure-investment-note"),
            ),
            (
                or_missing(
                    self.battery_gwh,
                    w.format("figure-battery-value", &[("value", self.battery_gwh.sum.round().into())]),
                ),
                w.text("figure-battery"),
                note(self.battery_gwh, "figure-battery-note"),
            ),
            (
                or_missing(self.vehicles, numbers::grouped(w, self.vehicles.sum)),
                w.text("figure-vehicles"),
                note(self.vehicles, "figure-vehicles-note"),
            ),
            (share, w.text("figure-share"), w.text("figure-share-note")),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::builtin;
    use crate::model::{CountryCode, Status};
    use crate::query::filter::Filters;

    #[test]
    fn figures_add_up_from_the_data_and_say_what_is_missing() {
        let (data, _) = builtin();
        let all = KeyFigures::of(&data.facilities);
        assert_eq!(all.plants, data.facilities.len());
        let usd: f64 = data.facilities.iter().filter_map(|f| f.plant_usd()).map(|u| u.millions).sum();
        assert!((all.investment.sum - usd).abs() < 1e-6);
        assert_eq!(all.investment.stated, data.facilities.iter().filter(|f| f.plant_usd().is_some()).count());
        assert_eq!(all.battery_gwh.of, data.facilities.iter().filter(|f| f.segment == Segment::BatteryCells).count());
        assert!(all.battery_gwh.stated <= all.battery_gwh.of && all.vehicles.stated <= all.vehicles.of);

        // "Which battery plants in Hungary are operational, and how much were they worth?"
        let hu = Filters {
            segment: Some(Segment::BatteryCells),
            countries: vec![CountryCode::parse("HU").expect("HU")],
            status: Some(Status::UnderConstruction),
            ..Filters::default()
        };
        let keep = hu.matcher(&crate::i18n::Catalog::default());
        let k = KeyFigures::of(data.facilities.iter().filter(|f| keep(f)));
        assert_eq!(k.plants, 3);
        let want: f64 =
            data.facilities.iter().filter(|f| keep(f)).filter_map(|f| f.plant_usd()).map(|u| u.millions).sum();
        assert_eq!(k.investment.sum, want);
        let en = crate::i18n::english();
        assert_eq!(k.lines(&en)[1].0, crate::format::usd_millions(want));
    }

    #[test]
    fn an_empty_selection_is_missing_not_zero() {
        let k = KeyFigures::of(&[]);
        let en = crate::i18n::english();
        let values: Vec<String> = k.lines(&en).into_iter().map(|l| l.0).collect();
        assert_eq!(values, ["0", "not disclosed", "not disclosed", "not disclosed", "not disclosed"]);
        assert_eq!(k.lines(&en)[1].2, "0 of 0 disclosed");
    }

    #[test]
    fn figures_are_written_in_the_readers_language() {
        let (data, _) = builtin();
        let k = KeyFigures::of(&data.facilities);
        let cases = [
            ("en", "en.ftl", include_str!("../../i18n/en.ftl"), "plants", "disclosed"),
            ("pt-BR", "pt-BR.ftl", include_str!("../../i18n/pt-BR.ftl"), "fábricas", "."),
            ("zh-CN", "zh-CN.ftl", include_str!("../../i18n/zh-CN.ftl"), "工厂", "US$"),
        ];
        for (tag, file, text, plants, money_or_grouping) in cases {
            let (words, problems) = Catalog::parse(tag, text);
            assert!(problems.is_empty(), "{file}: {problems:?}");
            let lines = k.lines(&words);
            assert!(lines[0].1.contains(plants), "{tag}: {:?}", lines[0]);
            let all: String = lines.iter().map(|(a, b, c)| format!("{a} {b} {c} ")).collect();
            assert!(all.contains(money_or_grouping), "{tag}: {all}");
            assert!(!all.contains('{') && !all.contains("figure-"), "{tag}: every message found: {all}");
        }
    }
}
