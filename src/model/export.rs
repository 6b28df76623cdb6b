//! Writing rows back out: the rejected rows of a loaded file (with why each was rejected), and the plants
//! on screen as CSV or JSON, in the data file's own columns and with their sources.

use std::borrow::Cow;

use csv::StringRecord;

use super::schema::{names, FacilityRecord, FACILITY_COLUMNS};
use super::{Facility, Rejected};
use crate::i18n::Catalog;

/// One plant as a row of the data file (`schema::FacilityRecord`); a missing value is empty.
pub fn record(f: &Facility) -> FacilityRecord<'_> {
    let num = |v: Option<f64>| Cow::Owned(v.map_or(String::new(), |v| v.to_string()));
    let code = |c: &'static str| Cow::Borrowed(c);
    FacilityRecord {
        id: Cow::Borrowed(&f.id),
        company: Cow::Borrowed(&f.company),
        parent_country: Cow::Owned(f.parent_country.to_string()),
        segment: code(f.segment.code()),
        host_country: Cow::Owned(f.host_country.to_string()),
        city: Cow::Borrowed(&f.city),
        latitude: num(f.location.map(|p| p.lat)),
        longitude: num(f.location.map(|p| p.lon)),
        status: code(f.status.code()),
        announced_year: Cow::Owned(f.announced.map_or(String::new(), |y| y.0.to_string())),
        production_start: Cow::Owned(f.production_start.map_or(String::new(), |p| match p.month {
            Some(m) => format!("{}-{m:02}", p.year.0),
            None => p.year.0.to_string(),
        })),
        investment_value: num(f.investment.map(|m| m.millions)),
        investment_currency: Cow::Owned(f.investment.map_or(String::new(), |m| m.currency.to_string())),
        investment_usd_millions: num(f.investment_usd.map(|u| u.millions)),
        usd_basis: code(f.investment_usd.map_or("", |u| u.basis.code())),
        capacity_value: num(f.capacity.map(|c| c.value)),
        capacity_unit: code(f.capacity.map_or("", |c| c.unit.code())),
        partner: Cow::Borrowed(f.partner.as_deref().unwrap_or_default()),
        ownership: code(f.ownership.code()),
        source_url: Cow::Owned(f.source.urls.join(" ; ")),
        source_quote: Cow::Borrowed(&f.source.quote),
        source_accessed: Cow::Borrowed(f.source.accessed.as_deref().unwrap_or_default()),
        notes: Cow::Borrowed(&f.notes),
        status_as_of: Cow::Borrowed(f.about.status_as_of.as_deref().unwrap_or_default()),
        chinese_share_pct: num(f.about.chinese_share),
        investment_scope: code(match (f.about.programme, f.investment.is_some()) {
            (true, _) => "programme",
            (false, true) => "plant",
            (false, false) => "",
        }),
        // Working notes stay in the project's own file: an export carries only what readers see.
        internal_notes: Cow::Borrowed(""),
    }
}

/// The plants as a CSV file with the columns of `data/facilities.csv`: it loads back as they are.
pub fn facilities_csv<'a>(plants: impl IntoIterator<Item = &'a Facility>) -> String {
    let mut w = csv::WriterBuilder::new().has_headers(false).from_writer(Vec::new());
    let mut ok = w.write_record(names(FACILITY_COLUMNS)).is_ok();
    for f in plants {
        ok &= w.serialize(record(f)).is_ok();
    }
    match (ok, w.into_inner()) {
        (true, Ok(bytes)) => String::from_utf8(bytes).unwrap_or_default(),
        _ => String::new(),
    }
}

/// The plants as JSON: `{"facilities": [{column: value, …}, …]}` with the same columns (numbers as
/// numbers, a missing value as `null`); it loads back too.
pub fn facilities_json<'a>(plants: impl IntoIterator<Item = &'a Facility>) -> String {
    const NUMERIC: [&str; 6] =
        ["latitude", "longitude", "announced_year", "investment_value", "investment_usd_millions", "capacity_value"];
    let rows: Vec<String> = plants
        .into_iter()
        .map(|f| {
            let r = record(f);
            let pairs: Vec<String> = names(FACILITY_COLUMNS)
                .map(|k| {
                    let v = r.get(k).unwrap_or_default();
                    let value = if v.is_empty() {
                        "null".to_owned()
                    } else if NUMERIC.contains(&k) {
                        v.to_owned()
                    } else {
                        crate::json::string(v)
                    };
                    format!("{}:{value}", crate::json::string(k))
                })
                .collect();
            format!("{{{}}}", pairs.join(","))
        })
        .collect();
    format!("{{\"facilities\":[{}]}}", rows.join(",\n"))
}

/// A CSV of the rejected rows: the file's own columns, then `row` and `problems` (said in `words`'
/// language). Opens in a spreadsheet next to the original so the rows can be fixed and loaded again.
pub fn rejected_csv(headers: &StringRecord, rejected: &[Rejected], words: &Catalog) -> String {
    let mut w = csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
    let mut header: Vec<&str> = headers.iter().collect();
    header.extend(["row", "problems"]);
    let mut ok = w.write_record(&header).is_ok();
    for r in rejected {
        let problems: Vec<String> = r
            .problems
            .iter()
            .map(|p| match &p.field {
                Some(f) => format!("{f}: {}", p.message.say(words)),
                None => p.message.say(words),
            })
            .collect();
        let mut fields: Vec<String> = r.fields.clone();
        fields.resize(headers.len().max(fields.len()), String::new());
        fields.push(r.line.to_string());
        fields.push(problems.join("; "));
        ok &= w.write_record(&fields).is_ok();
    }
    let bytes = w.into_inner().unwrap_or_default();
    if !ok {
        return String::new();
    }
    String::from_utf8(bytes).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::facility_reader;

    #[test]
    fn exported_plants_load_back_exactly_as_csv_and_as_json() {
        let (full, problems) = crate::model::parse_facilities("data/facilities.csv", crate::data::FACILITIES_FULL_CSV);
        assert!(problems.is_empty());
        let csv = facilities_csv(&full);
        let (back, problems) = crate::model::parse_facilities("export.csv", &csv);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(back, full);
        let json = facilities_json(full.iter().take(5));
        assert!(json.starts_with(r#"{"facilities":[{"id":"F001","company":"BYD","parent_country":"CN""#), "{json}");
        assert!(json.contains(r#""latitude":-12.698"#) && json.contains(r#""partner":null"#));
        assert_eq!(facilities_csv(&[]).lines().count(), 1, "a header even with no rows");
    }

    #[test]
    fn rejected_rows_round_trip_with_their_problems() {
        let text = "id,company,parent_country,segment,host_country,city,latitude,longitude,status,announced_year,production_start,investment_value,investment_currency,investment_usd_millions,usd_basis,capacity_value,capacity_unit,partner,ownership,source_url,source_quote\n\
            F1,\"BYD, Inc\",CN,cars,HU,Szeged,95.2,20.1,operational,2023,,,,,,,,,chinese_owned,https://a.org,q\n";
        let mut reader = facility_reader("mine.csv", text);
        reader.step(10);
        let headers = reader.headers().clone();
        let (values, _, rejected) = reader.finish();
        assert!(values.is_empty());
        let csv = rejected_csv(&headers, &rejected, &crate::i18n::english());
        let mut back = csv::Reader::from_reader(csv.as_bytes());
        let header = back.headers().expect("header").clone();
        assert_eq!(header.get(21), Some("row"));
        let row = back.records().next().expect("one row").expect("readable");
        assert_eq!(row.get(1), Some("BYD, Inc"));
        assert_eq!(row.get(21), Some("2"));
        let problems = row.get(22).unwrap_or_default();
        assert!(
            problems.contains("segment: 'cars' is not one of")
                && problems.contains("latitude: '95.2' is outside −90…90"),
            "{problems}"
        );
    }
}
