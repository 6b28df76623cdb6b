//! Writing rows back out as CSV: the rejected rows of a loaded file, with why each was rejected.

use csv::StringRecord;

use super::Rejected;

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
    use crate::model::facility_reader;

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
