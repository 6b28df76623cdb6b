//! The URL fragment (`#focus=F014`): what a link asks the atlas to show. Unknown keys are left alone.

/// The value of `key` in a fragment such as `#focus=F014&view=map`, percent-decoded.
pub fn get(fragment: &str, key: &str) -> Option<String> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| decode(v))
}

/// Percent-decoding of `%XX` (invalid escapes are kept as they are) and `+` as a space.
fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                match u8::from_str_radix(std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("zz"), 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 3;
                        continue;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("#focus=F014", "focus", Some("F014")),
            ("focus=F014&view=map", "view", Some("map")),
            ("#view=map&focus=F%30%31", "focus", Some("F01")),
            ("#q=battery+plant", "q", Some("battery plant")),
            ("#focus=%zz", "focus", Some("%zz")),
            ("#focus=%4", "focus", Some("%4")),
            ("#", "focus", None),
            ("", "focus", None),
            ("#focusF014", "focus", None),
        ];
        for (fragment, key, want) in cases {
            assert_eq!(get(fragment, key).as_deref(), *want, "{fragment} {key}");
        }
    }
}
