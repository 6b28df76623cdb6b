//! The columns of the data files, written once: a row of each file as text by column name, read with serde
//! (from CSV through the `csv` crate's header mapping, or from a JSON object's keys) and written back the
//! same way. Parsing (`parse`), the reader's own files (CSV and JSON), the exports and `build.rs` (which
//! includes this file) all go through these records, so a column is named in one place.
//!
//! Only `serde` and `std` are used here: `build.rs` compiles this file on its own.

use std::borrow::Cow;

/// Whether a file must have a column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    /// The header must name it (a row may still leave it empty where the value may be missing).
    Required,
    /// A file may leave it out; a row of a file that has it may leave it empty.
    Optional,
    /// A file may leave it out (the first view's copy does), but when a file has it, every row fills it.
    Provenance,
}

/// One column of a data file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    pub need: Need,
}

/// Declares a record struct (one `Cow<str>` per column, in file order) and its column list, from one list.
macro_rules! record {
    ($(#[$meta:meta])* $record:ident, $columns:ident, [$($field:ident: $need:ident),* $(,)?]) => {
        $(#[$meta])*
        #[derive(Clone, Debug, Default, PartialEq, serde::Deserialize, serde::Serialize)]
        #[serde(default)]
        pub struct $record<'a> {
            $(#[serde(borrow)] pub $field: Cow<'a, str>,)*
        }

        /// The columns, in the order the data file has them (and the exports write them).
        pub const $columns: &[Column] = &[$(Column { name: stringify!($field), need: Need::$need },)*];

        impl<'a> $record<'a> {
            /// The field of the column `name`, if there is such a column.
            pub fn get(&self, name: &str) -> Option<&str> {
                match name {
                    $(stringify!($field) => Some(&self.$field),)*
                    _ => None,
                }
            }

            /// Sets the field of the column `name`; false if there is no such column.
            pub fn set(&mut self, name: &str, value: impl Into<Cow<'a, str>>) -> bool {
                match name {
                    $(stringify!($field) => self.$field = value.into(),)*
                    _ => return false,
                }
                true
            }
        }
    };
}

record!(
    /// One row of a facilities file (`data/facilities.csv`), as text. A column the file lacks reads as empty.
    FacilityRecord,
    FACILITY_COLUMNS,
    [
        id: Required,
        company: Required,
        parent_country: Required,
        segment: Required,
        host_country: Required,
        city: Required,
        latitude: Required,
        longitude: Required,
        status: Required,
        announced_year: Required,
        production_start: Required,
        investment_value: Required,
        investment_currency: Required,
        investment_usd_millions: Required,
        usd_basis: Required,
        capacity_value: Required,
        capacity_unit: Required,
        partner: Optional,
        ownership: Required,
        source_url: Provenance,
        source_quote: Provenance,
        source_accessed: Optional,
        notes: Optional,
        status_as_of: Optional,
        chinese_share_pct: Optional,
        investment_scope: Optional,
        internal_notes: Optional,
    ]
);

record!(
    /// One source of a plant (`data/sources.csv`): the page, who published it and when, its exact words,
    /// when it was read, and which of the plant's figures those words back (`;`-separated).
    SourceRecord,
    SOURCE_COLUMNS,
    [
        facility_id: Required,
        source_url: Required,
        publisher: Required,
        published: Required,
        source_quote: Required,
        source_accessed: Required,
        supports: Required,
    ]
);

record!(
    /// One row of an aggregates file (`data/aggregates.csv`), as text.
    AggregateRecord,
    AGGREGATE_COLUMNS,
    [
        year: Required,
        series: Required,
        value: Required,
        unit: Required,
        source_url: Required,
        source_quote: Provenance,
        confidence: Required,
    ]
);

record!(
    /// Where an aggregate's page comes from (`data/aggregate-sources.csv`): who published it and when, and
    /// whose research its figures report. One row per page of `data/aggregates.csv`.
    AggregateSourceRecord,
    AGGREGATE_SOURCE_COLUMNS,
    [
        source_url: Required,
        publisher: Required,
        published: Required,
        citing: Required,
    ]
);

record!(
    /// One step of the story mode (`data/story.csv`), as text: its words, the figures it cites and the
    /// view of the atlas it shows.
    StoryRecord,
    STORY_COLUMNS,
    [
        step: Required,
        title: Required,
        text: Required,
        cites: Required,
        view: Required,
        highlight_year: Optional,
        annotation: Optional,
        announce: Required,
    ]
);

/// The names of `columns` that a file must have.
pub fn required(columns: &[Column]) -> impl Iterator<Item = &'static str> + '_ {
    columns.iter().filter(|c| c.need == Need::Required).map(|c| c.name)
}

/// The names of all `columns`, in order.
pub fn names(columns: &[Column]) -> impl Iterator<Item = &'static str> + '_ {
    columns.iter().map(|c| c.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Serialised with a header, a record names its columns in the schema's order.
    fn header_of<T: serde::Serialize>(record: T) -> String {
        let mut w = csv::Writer::from_writer(Vec::new());
        assert!(w.serialize(record).is_ok());
        let bytes = w.into_inner().unwrap_or_default();
        String::from_utf8(bytes).unwrap_or_default().lines().next().unwrap_or_default().to_owned()
    }

    #[test]
    fn records_and_column_lists_agree_and_match_the_shipped_files() {
        let cases = [
            (header_of(FacilityRecord::default()), FACILITY_COLUMNS, crate::data::FACILITIES_FULL_CSV),
            (header_of(AggregateRecord::default()), AGGREGATE_COLUMNS, crate::data::AGGREGATES_FULL_CSV),
            (header_of(SourceRecord::default()), SOURCE_COLUMNS, crate::data::SOURCES_FULL_CSV),
            (
                header_of(AggregateSourceRecord::default()),
                AGGREGATE_SOURCE_COLUMNS,
                include_str!("../../data/aggregate-sources.csv"),
            ),
            (header_of(StoryRecord::default()), STORY_COLUMNS, include_str!("../../data/story.csv")),
        ];
        for (header, columns, file) in cases {
            let names: Vec<&str> = names(columns).collect();
            assert_eq!(header, names.join(","));
            assert_eq!(file.lines().next().unwrap_or_default(), names.join(","), "the data file's header");
        }
    }

    #[test]
    fn fields_are_read_and_set_by_name() {
        let mut r = FacilityRecord::default();
        for (i, name) in names(FACILITY_COLUMNS).enumerate() {
            assert!(r.set(name, i.to_string()));
        }
        for (i, name) in names(FACILITY_COLUMNS).enumerate() {
            assert_eq!(r.get(name), Some(i.to_string().as_str()));
        }
        assert_eq!(r.get("nope"), None);
        assert!(!r.set("nope", "x"));
        let needs: Vec<&str> = required(AGGREGATE_COLUMNS).collect();
        assert_eq!(needs, ["year", "series", "value", "unit", "source_url", "confidence"]);
    }
}
