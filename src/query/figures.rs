//! The key figures above the views, for the plants on screen: how many, announced investment, battery and
//! vehicle capacity, and the share of the disclosed investment that went to batteries, each with "n of N
//! disclosed" where values are missing.

use crate::format::{grouped, trim_decimals, usd_millions};
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
    pub fn lines(&self) -> Vec<(String, &'static str, String)> {
        let note =
            |d: Disclosed, what: &str| format!("{} of {} {what}", grouped(d.stated as f64), grouped(d.of as f64));
        let or_missing = |d: Disclosed, value: String| if d.stated == 0 { "not disclosed".to_owned() } else { value };
        let share = if self.investment.stated == 0 {
            "not disclosed".to_owned()
        } else {
            format!(
                "{}%",
                trim_decimals(100.0 * self.battery_investment / self.investment.sum.max(f64::MIN_POSITIVE), 0)
            )
        };
        vec![
            (grouped(self.plants as f64), "plants", "overseas, in this selection".to_owned()),
            (
                or_missing(self.investment, usd_millions(self.investment.sum)),
                "announced investment",
                note(self.investment, "disclosed"),
            ),
            (
                or_missing(self.battery_gwh, format!("{} GWh/yr", grouped(self.battery_gwh.sum))),
                "battery capacity",
                note(self.battery_gwh, "battery-cell plants state it"),
            ),
            (
                or_missing(self.vehicles, grouped(self.vehicles.sum)),
                "vehicles a year",
                note(self.vehicles, "assembly plants state it"),
            ),
            (share, "of it in batteries", "cells and materials, of the disclosed investment".to_owned()),
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
        let k = KeyFigures::of(data.facilities.iter().filter(|f| hu.matches(f)));
        assert_eq!(k.plants, 3);
        let want: f64 =
            data.facilities.iter().filter(|f| hu.matches(f)).filter_map(|f| f.plant_usd()).map(|u| u.millions).sum();
        assert_eq!(k.investment.sum, want);
        assert_eq!(k.lines()[1].0, usd_millions(want));
    }

    #[test]
    fn an_empty_selection_is_missing_not_zero() {
        let k = KeyFigures::of(&[]);
        let values: Vec<String> = k.lines().into_iter().map(|l| l.0).collect();
        assert_eq!(values, ["0", "not disclosed", "not disclosed", "not disclosed", "not disclosed"]);
        assert_eq!(k.lines()[1].2, "0 of 0 disclosed");
    }
}
