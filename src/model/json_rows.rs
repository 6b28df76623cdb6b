//! A reader's JSON file of facilities: a list of objects (or `{"facilities": [...]}`) keyed by the CSV's
//! column names, turned into the records that the CSV reader checks, by the same schema.

use csv::StringRecord;
use serde_json::Value;

use super::parse::{facility_checker, RowReader};
use super::schema::{names, FACILITY_COLUMNS};
use super::Facility;
use crate::i18n::Message;

/// Why the JSON cannot be read, in the reader's words: what kind of fault and where (serde_json's own
/// text is English, so only its category, line and column are said).
fn invalid(name: &str, e: &serde_json::Error) -> Message {
    use serde_json::error::Category;
    let kind = match e.classify() {
        Category::Eof => "eof",
        Category::Syntax => "syntax",
        Category::Data | Category::Io => "data",
    };
    Message::new(
        "json-invalid",
        vec![("name", name.into()), ("kind", kind.into()), ("line", e.line().into()), ("column", e.column().into())],
    )
}

/// Checks a JSON file of facilities. The columns are those of the schema that any object names (so a
/// file with sources keeps them, and one without is not asked for them); a number may be a JSON number.
/// `Err` says why the file holds no list of facilities at all.
pub fn facility_rows(name: &str, text: &str) -> Result<RowReader<Facility>, Message> {
    let value: Value = serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|e| invalid(name, &e))?;
    let list = match value {
        Value::Array(list) => list,
        Value::Object(mut o) => match o.remove("facilities") {
            Some(Value::Array(list)) => list,
            _ => return Err(no_list(name)),
        },
        _ => return Err(no_list(name)),
    };
    let columns: Vec<&str> =
        names(FACILITY_COLUMNS).filter(|c| list.iter().any(|item| item.get(c).is_some())).collect();
    let mut checker = facility_checker(name, &columns);
    for (i, item) in list.iter().enumerate() {
        let fields: Vec<String> = columns.iter().map(|c| field(item.get(c))).collect();
        checker.check(i as u64 + 1, &StringRecord::from(fields));
    }
    Ok(checker)
}

fn no_list(name: &str) -> Message {
    Message::new("json-no-list", vec![("name", name.into())])
}

/// A JSON value as the CSV field it stands for: text as it is, a number in its shortest form, a missing
/// value or `null` empty, anything else as JSON text (which the checks then reject, naming it).
fn field(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.as_f64().map_or_else(|| n.to_string(), |f| f.to_string()),
        Some(other) => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::export::facilities_json;
    use crate::model::parse_facilities;

    #[test]
    fn exported_json_loads_back_with_every_field_sources_included() {
        let (full, problems) = parse_facilities("data/facilities.csv", crate::data::FACILITIES_FULL_CSV);
        assert!(problems.is_empty());
        let json = facilities_json(&full);
        let (back, problems, rejected) = facility_rows("export.json", &json).expect("a list").finish();
        assert_eq!(problems, vec![]);
        assert!(rejected.is_empty());
        assert_eq!(back.len(), full.len());
        for (b, f) in back.iter().zip(&full) {
            assert_eq!(b, f, "{} differs after a JSON round trip", f.id);
        }
        assert!(back.iter().all(|f| !f.source.urls.is_empty() && !f.source.quote.is_empty()), "sources kept");
    }

    #[test]
    fn json_files_read_as_their_csv_would() {
        let base = r#""company":"BYD","parent_country":"CN","segment":"vehicle_assembly","host_country":"BR","city":"Camaçari","latitude":-12.698,"longitude":-38.324,"status":"operational","announced_year":2023,"production_start":"2025-07","investment_value":5500,"investment_currency":"BRL","investment_usd_millions":978,"usd_basis":"reported","capacity_value":150000,"capacity_unit":"vehicles/yr","ownership":"chinese_owned""#;
        // (file, plants read, problems, the first plant's source URLs and partner)
        let cases: Vec<(String, usize, usize, Vec<&str>, Option<&str>)> = vec![
            (format!(r#"[{{"id":"A",{base}}}]"#), 1, 0, vec![], None),
            (
                format!(
                    r#"{{"facilities":[{{"id":"A",{base},"partner":"Camaçari state","source_url":"https://a.org/x","source_quote":"BRL 5.5 billion"}}]}}"#
                ),
                1,
                0,
                vec!["https://a.org/x"],
                Some("Camaçari state"),
            ),
            // A file with sources must give one on every row: the second row is rejected, naming the column.
            (
                format!(
                    r#"[{{"id":"A",{base},"source_url":"https://a.org/x","source_quote":"q"}},{{"id":"B",{base}}}]"#
                ),
                1,
                2,
                vec!["https://a.org/x"],
                None,
            ),
            (format!(r#"[{{"id":"A",{base},"latitude":true}}]"#), 0, 1, vec![], None),
        ];
        for (text, n, p, urls, partner) in cases {
            let (values, problems, _) = facility_rows("mine.json", &text).expect("a list").finish();
            assert_eq!((values.len(), problems.len()), (n, p), "{text}: {problems:?}");
            if let Some(f) = values.first() {
                assert_eq!(f.source.urls, urls, "{text}");
                assert_eq!(f.partner.as_deref(), partner, "{text}");
            }
        }
    }

    #[test]
    fn what_is_not_a_list_of_facilities_says_so() {
        let cases = [
            ("en", "[1,", "\"mine.json\" is not valid JSON: it ends too early (line 1, column 3)."),
            ("en", "[1,\n\n  x]", "\"mine.json\" is not valid JSON: a syntax error at line 3, column 3."),
            (
                "en",
                "{\"rows\":[]}",
                "holds no list of facilities: expected [{\"id\": …}, …] or {\"facilities\": [ … ]}.",
            ),
            ("en", "42", "holds no list"),
            ("zh-CN", "42", "“mine.json”中没有设施列表"),
            ("pt-BR", "[1,", "\"mine.json\" não é um JSON válido: termina antes do fim (linha 1, coluna 3)."),
            ("zh-CN", "[1,\n\n  x]", "“mine.json”不是有效的JSON：第3行第3列有语法错误。"),
        ];
        for (tag, text, want) in cases {
            let err = facility_rows("mine.json", text).err().map(|m| m.say(&crate::i18n::catalog_for_tests(tag)));
            let err = err.unwrap_or_default();
            assert!(err.contains(want), "{tag} {text}: {err}");
        }
    }
}
