//! Closed vocabularies of the data files (segment, status, ownership, units) and validated codes.

use std::fmt;

/// Declares an enum whose variants are written in the data files as fixed codes.
macro_rules! code_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $code:literal, $label:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The code used in the data files.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// The words a reader sees.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            pub fn from_code(s: &str) -> Option<Self> {
                match s { $($code => Some($name::$variant),)+ _ => None }
            }

            /// The accepted codes, for error messages.
            pub fn expected() -> String {
                [$($code),+].join(", ")
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.label())
            }
        }
    };
}

code_enum! {
    /// What a facility makes.
    Segment {
        BatteryCells => "battery_cells", "Battery cells";
        BatteryMaterials => "battery_materials", "Battery materials";
        VehicleAssembly => "vehicle_assembly", "Vehicle assembly";
        Components => "components", "Components";
    }
}

code_enum! {
    /// How far a project has come, as of its latest source.
    Status {
        Announced => "announced", "Announced";
        UnderConstruction => "under_construction", "Under construction";
        Operational => "operational", "Operational";
        Paused => "paused", "Paused";
        Cancelled => "cancelled", "Cancelled";
    }
}

code_enum! {
    /// Who owns the plant: Chinese-owned, or a looser Chinese link.
    Ownership {
        ChineseOwned => "chinese_owned", "Chinese-owned";
        JointVenture => "joint_venture", "Joint venture";
        MinorityStake => "minority_stake", "Chinese minority stake";
        Licence => "licence", "Chinese technology licence";
        ContractAssembly => "contract_assembly", "Contract assembly";
        Unknown => "unknown", "Ownership not stated";
    }
}

code_enum! {
    /// Whether a USD amount was given by the source or converted at a fixed rate.
    UsdBasis {
        Reported => "reported", "as reported";
        Converted => "converted", "converted at a fixed rate";
    }
}

code_enum! {
    /// Unit of a yearly capacity.
    CapacityUnit {
        VehiclesPerYear => "vehicles/yr", "vehicles/yr";
        GwhPerYear => "GWh/yr", "GWh/yr";
        TonnesPerYear => "t/yr", "t/yr";
        UnitsPerYear => "units/yr", "units/yr";
    }
}

code_enum! {
    /// Whether a source states an aggregate, or it is arithmetic on stated figures.
    Confidence {
        Stated => "stated", "stated";
        Derived => "derived", "derived";
    }
}

/// Unit of an aggregate figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    UsdBillion,
    EurBillion,
    /// `approximate` is set for "percent (approx.)".
    Percent {
        approximate: bool,
    },
}

impl Unit {
    pub fn from_code(s: &str) -> Option<Self> {
        match s {
            "USD billion" => Some(Unit::UsdBillion),
            "EUR billion" => Some(Unit::EurBillion),
            "percent" => Some(Unit::Percent { approximate: false }),
            "percent (approx.)" => Some(Unit::Percent { approximate: true }),
            _ => None,
        }
    }
}

/// An ISO 3166-1 alpha-2 country code: two upper-case ASCII letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    /// Two upper-case ASCII letters, as bytes (the first view's built-in table).
    pub fn from_bytes(b: [u8; 2]) -> Option<Self> {
        b.iter().all(u8::is_ascii_uppercase).then_some(Self(b))
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s.as_bytes() {
            &[a, b] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => Some(Self([a, b])),
            _ => None,
        }
    }

    pub fn as_str(&self) -> &str {
        // Both bytes are ASCII upper-case letters by construction.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An ISO 4217 currency code: three upper-case ASCII letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Currency([u8; 3]);

impl Currency {
    pub const USD: Currency = Currency(*b"USD");

    /// Three upper-case ASCII letters, as bytes (the first view's built-in table).
    pub fn from_bytes(b: [u8; 3]) -> Option<Self> {
        b.iter().all(u8::is_ascii_uppercase).then_some(Self(b))
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s.as_bytes() {
            &[a, b, c] if [a, b, c].iter().all(u8::is_ascii_uppercase) => Some(Self([a, b, c])),
            _ => None,
        }
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("???")
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for s in Segment::ALL {
            assert_eq!(Segment::from_code(s.code()), Some(*s));
        }
        for s in Status::ALL {
            assert_eq!(Status::from_code(s.code()), Some(*s));
        }
        for s in Ownership::ALL {
            assert_eq!(Ownership::from_code(s.code()), Some(*s));
        }
        for s in CapacityUnit::ALL {
            assert_eq!(CapacityUnit::from_code(s.code()), Some(*s));
        }
    }

    #[test]
    fn country_and_currency_codes() {
        let cases = [("HU", true), ("hu", false), ("H", false), ("HUN", false), ("", false), ("Ü1", false)];
        for (input, ok) in cases {
            assert_eq!(CountryCode::parse(input).is_some(), ok, "{input:?}");
        }
        let cases = [("EUR", true), ("eur", false), ("EU", false), ("EURO", false)];
        for (input, ok) in cases {
            assert_eq!(Currency::parse(input).is_some(), ok, "{input:?}");
        }
        assert_eq!(CountryCode::parse("BR").map(|c| c.to_string()), Some("BR".to_owned()));
    }
}
