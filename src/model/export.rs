//! Writing rows back out: the rejected rows of a loaded file (with why each was rejected), and the plants
//! on screen as CSV or JSON, in the data file's own columns and with their sources.

use csv::StringRecord;

use super::{Facility, Rejected};

/// The columns of `data/facilities.csv`, in its order.
pub const FACILITY_EXPORT_COLUMNS: [&str; 23] = [
    "id",
    "company",
    "parent_country",
    "segment",
    "host_country",
    "city",
    "latitude",
    "longitude",
    "status",
    "announced_year",
    "production_start",
    "investment_value",
    "investment_currency",
    "investment_usd_millions",
    "usd_basis",
    "capacity_value",
    "capacity_unit",
    "partner",
    "ownership",
    "source_url",
    "source_quote",
    "source_accessed",
    "notes",
];

/// One plant's fields as the data file writes them; a missing value is empty.
fn fields(f: &Facility) -> [String; 23] {
    let num = |v: Option<f64>| v.map_or(String::new(), |v| v.to_string());
    [
        f.id.clone(),
        f.company.clone(),
        f.parent_country.to_string(),
        f.segment.code().to_owned(),
        f.host_country.to_string(),
        f.city.clone(),
        num(f.location.map(|p| p.lat)),
        num(f.location.map(|p| p.lon)),
        f.status.code().to_owned(),
        f.announced.map_or(String::new(), |y| y.0.to_string()),
        f.production_start.map_or(String::new(), |p| match p.month {
            Some(m) => format!("{}-{m:02}", p.year.0),
            None => p.year.0.to_string(),
        }),
        num(f.investment.map(|m| m.millions)),
        f.investment.map_or(String::new(), |m| m.currency.to_string()),
        num(f.investment_usd.map(|u| u.millions)),
        f.investment_usd.map_or(String::new(), |u| u.basis.code().to_owned()),
        num(f.capacity.map(|c| c.value)),
        f.capacity.map_or(String::new(), |c| c.unit.code().to_owned()),
        f.partner.clone().unwrap_or_default(),
        f.ownership.code().to_owned(),
        f.source.urls.join(" ; "),
        f.source.quote.clone(),
        f.source.accessed.clone().unwrap_or_default(),
        f.notes.clone(),
    ]
}

/// The plants as a CSV file with the columns of `data/facilities.csv`: it loads back as they are.
pub fn facilities_csv<'a>(plants: impl IntoIterator<Item = &'a Facility>) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut ok = w.write_record(FACILITY_EXPORT_COLUMNS).is_ok();
    for f in plants {
        ok &= w.write_record(fields(f)).is_ok();
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
            let pairs: Vec<String> = FACILITY_EXPORT_COLUMNS
                .iter()
                .zip(fields(f))
                .map(|(k, v)| {
                    let value = if v.is_empty() {
                        "null".to_owned()
                    } else if NUMERIC.contains(k) {
                        v
                    } else {
                        crate::json::string(&v)
                    };
                    format!("{}:{value}", crate::json::string(k))
                })
                .collect();
            format!("{{{}}}", pairs.join(","))
        })
        .collect();
    format!("{{\"facilities\":[{}]}}", rows.join(",\n"))
}

/// A CSV of the rejected rows: the file's own columns, then `row` and `problems`. Opens in a spreadsheet
/// next to the original so the rows can be fixed and loaded again.
pub fn rejected_csv(headers: &StringRecord, rejected: &[Rejected]) -> String {
    let mut w = csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
    let mut header: Vec<&str> = headers.iter().collect();
    header.extend(["row", "problems"]);
    let mut ok = w.write_record(&header).is_ok();
    for r in rejected {
        let problems: Vec<String> = r
            .problems
            .iter()
            .map(|p| match &p.field {
                Some(f) => format!("{f}: {}", p.message),
                None => p.message.clone(),
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
    use crate::model::{facility_reader, FACILITY_COLUMNS};

    #[test]
    fn exported_plants_load_back_exactly_as_csv_and_as_json() {
        let (full, problems) = crate::model::parse_facilities("data/facilities.csv", crate::data::FACILITIES_FULL_CSV);
        assert!(problems.is_empty());
        assert!(FACILITY_COLUMNS.iter().all(|c| FACILITY_EXPORT_COLUMNS.contains(c)));
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
        let csv = rejected_csv(&headers, &rejected);
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
