//! A few JSON writers for what the page exposes to tests (positions, ids): the first view does without a
//! serialiser, so these write the text by hand and the glue hands it to `JSON.parse`.

/// `s` as a JSON string, quotes included.
pub fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `{"id":…,"x":…,"y":…}`: where a plant (or a label corner) was drawn, in CSS pixels.
pub fn point(id: &str, x: f64, y: f64) -> String {
    format!(r#"{{"id":{},"x":{},"y":{}}}"#, string(id), number(x), number(y))
}

/// A finite number as JSON, to a thousandth (`null` otherwise: JSON has no NaN). Integer arithmetic, as in
/// [`crate::format::trim_decimals`]: the first view does without the code of float formatting.
pub fn number(v: f64) -> String {
    if v.is_finite() {
        crate::format::trim_decimals(v, 3)
    } else {
        "null".to_owned()
    }
}

/// `[a,b,…]` of already written values.
pub fn array(items: impl IntoIterator<Item = String>) -> String {
    let items: Vec<String> = items.into_iter().collect();
    format!("[{}]", items.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_valid_json() {
        let cases = [
            (string("F014"), r#""F014""#),
            (string(r#"<img src="x">"#), r#""<img src=\"x\">""#),
            (string("a\\b\nc"), r#""a\\b\u000ac""#),
            (string("Camaçari"), r#""Camaçari""#),
            (point("F1", 1.5, -2.0), r#"{"id":"F1","x":1.5,"y":-2}"#),
            (number(f64::NAN), "null"),
            (array([point("a", 0.0, 0.0), "1".to_owned()]), r#"[{"id":"a","x":0,"y":0},1]"#),
            (array(Vec::<String>::new()), "[]"),
        ];
        for (got, want) in cases {
            assert_eq!(got, want);
        }
    }
}
