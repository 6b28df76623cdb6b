//! Fuzzing the file reader and the CSV parser with proptest: any bytes give data or problems, never a
//! panic. A short run is part of `make test`; `PROPTEST_CASES=100000 cargo test --test fuzz_parse` runs a
//! long one.
#![cfg(not(target_arch = "wasm32"))]

use ev_atlas::model::input::decode;
use ev_atlas::model::schema::names;
use ev_atlas::model::{facility_reader, parse_aggregates, FACILITY_COLUMNS};
use proptest::prelude::*;

/// Reads whatever `decode` accepts, in small steps, and checks the counts add up.
fn read_all(bytes: &[u8]) {
    if let Ok((_, text)) = decode("fuzz.csv", bytes) {
        let mut r = facility_reader("fuzz.csv", &text);
        let mut steps = 0;
        while !r.step(3) {
            steps += 1;
            assert!(steps < 1_000_000, "the reader must finish");
        }
        let (values, problems, rejected) = r.finish();
        assert!(rejected.iter().all(|r| !r.problems.is_empty()));
        assert!(values.len() + rejected.len() <= text.len());
        assert!(problems.len() >= rejected.len());
        let _ = parse_aggregates("fuzz.csv", &text);
    }
}

/// CSV-like text: the real header, then rows made of field-ish fragments, commas, quotes and newlines.
fn csvish() -> impl Strategy<Value = String> {
    let fragment = prop_oneof![
        Just(",".to_owned()),
        Just("\"".to_owned()),
        Just("\n".to_owned()),
        Just("\r\n".to_owned()),
        Just("battery_cells".to_owned()),
        Just("operational".to_owned()),
        Just("https://a.org".to_owned()),
        Just("CN".to_owned()),
        Just("-95.2".to_owned()),
        Just("2025-07".to_owned()),
        Just("\u{feff}".to_owned()),
        "[a-zA-Z0-9 .é]{0,8}",
    ];
    prop::collection::vec(fragment, 0..200)
        .prop_map(|parts| format!("{}\n{}", names(FACILITY_COLUMNS).collect::<Vec<_>>().join(","), parts.concat()))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_give_data_or_problems(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        read_all(&bytes);
    }

    #[test]
    fn csv_like_text_gives_data_or_problems(text in csvish()) {
        read_all(text.as_bytes());
    }
}
