//! `{count:<fragment>}` in a step's words: the number of plants that the fragment's filters (and
//! timeline) keep, the only number the app computes in a step. `{count:}` counts every plant.

use std::ops::Range;

use crate::model::Dataset;
use crate::query::selection::rows;
use crate::state::url_state::decode;

const OPEN: &str = "{count:";

/// Where each placeholder of `text` stands (its whole `{count:…}`) and its fragment; or, for text with a
/// brace that is not part of one, what is wrong.
pub(super) fn placeholders(text: &str) -> Result<Vec<(Range<usize>, &str)>, String> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(k) = text[at..].find(['{', '}']) {
        let start = at + k;
        let rest = &text[start..];
        if rest.starts_with('}') {
            return Err("has a '}' that closes no {count:…} placeholder".to_owned());
        }
        let Some(inner) = rest.strip_prefix(OPEN) else {
            return Err("has a '{' that starts no {count:…} placeholder".to_owned());
        };
        let Some(end) = inner.find(['{', '}']).filter(|e| inner[*e..].starts_with('}')) else {
            return Err(format!("has a {OPEN} that is not closed by '}}'"));
        };
        let stop = start + OPEN.len() + end + 1;
        out.push((start..stop, &inner[..end]));
        at = stop;
    }
    Ok(out)
}

/// What is wrong with the placeholders of `text`: broken braces, or a fragment that does not read
/// without a notice.
pub(super) fn problems(text: &str) -> Vec<String> {
    match placeholders(text) {
        Err(e) => vec![e],
        Ok(found) => found
            .into_iter()
            .filter_map(|(_, fragment)| {
                let (_, notices) = decode(fragment);
                (!notices.is_empty()).then(|| {
                    format!(
                        "{{count:{fragment}}} does not read: {}",
                        notices.iter().map(|m| m.say(&crate::i18n::english())).collect::<Vec<_>>().join("; ")
                    )
                })
            })
            .collect(),
    }
}

/// `text` without its placeholders (what the number check reads).
pub(super) fn without(text: &str) -> String {
    let Ok(found) = placeholders(text) else { return text.to_owned() };
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (range, _) in found {
        out.push_str(&text[at..range.start]);
        at = range.end;
    }
    out.push_str(&text[at..]);
    out
}

/// How many plants of `data` the filters and timeline of `fragment` (in `url_state`'s syntax) keep: the
/// same in every language (free text is matched in English).
pub fn count(fragment: &str, data: &Dataset) -> usize {
    let (url, _) = decode(fragment);
    rows(data, &url.filters, url.year, url.by.into(), &crate::i18n::Catalog::default()).len()
}

/// `text` with every `{count:…}` replaced by its count. Text whose braces do not read is left as it is
/// (`read` refuses such a step).
pub fn fill(text: &str, data: &Dataset) -> String {
    let Ok(found) = placeholders(text) else { return text.to_owned() };
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (range, fragment) in found {
        out.push_str(&text[at..range.start]);
        out.push_str(&count(fragment, data).to_string());
        at = range.end;
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::builtin;
    use crate::model::{Segment, Status};

    #[test]
    fn placeholders_are_found_filled_and_refused_when_broken() {
        let data = builtin().0;
        let assembly = data.facilities.iter().filter(|f| f.segment == Segment::VehicleAssembly).count();
        let running = data
            .facilities
            .iter()
            .filter(|f| f.segment == Segment::VehicleAssembly && f.status == Status::Operational)
            .count();
        let brazil = data.facilities.iter().filter(|f| f.host_country.as_str() == "BR").count();
        let all = data.facilities.len();
        assert!(assembly > running && running > 0 && brazil > 0);
        let cases: Vec<(&str, String)> = vec![
            ("no placeholder", "no placeholder".to_owned()),
            ("{count:segment=vehicle_assembly} plants", format!("{assembly} plants")),
            ("{count:segment=vehicle_assembly&status=operational} of {count:}", format!("{running} of {all}")),
            ("Brazil: {count:country=BR}.", format!("Brazil: {brazil}.")),
            ("{count:country=br}", brazil.to_string()),
        ];
        for (text, want) in &cases {
            assert_eq!(problems(text), Vec::<String>::new(), "{text}");
            assert_eq!(fill(text, &data), *want, "{text}");
        }
        assert_eq!(without("a {count:country=BR} b {count:} c"), "a  b  c");
        let broken: &[(&str, &str, bool)] = &[
            ("{count:country=BR", "not closed", true),
            ("{count:country=BR {count:}", "not closed", true),
            ("{total:3}", "starts no {count:…}", true),
            ("a } b", "closes no", true),
            ("{count:segment=cars}", "{count:segment=cars} does not read: segment=cars", false),
            ("{count:colour=red}", "colour is not a parameter", false),
        ];
        for &(text, words, braces) in broken {
            let found = problems(text);
            assert!(found.iter().any(|p| p.contains(words)), "{text}: {found:?}");
            if braces {
                assert_eq!(fill(text, &data), text, "broken braces are left as they are");
            }
        }
    }
}
