//! Percent-encoding of address values: the one decoder both modules read fragments with.
//!
//! `+` is a literal plus everywhere except in free text (`q`), where a form would have put it for a space;
//! so `#focus=F+1` names the plant "F+1" in the first view and in the full atlas alike.

/// Why a value could not be percent-decoded.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum Unreadable {
    Escape,
    Utf8,
}

impl Unreadable {
    pub fn words(&self) -> &'static str {
        match self {
            Unreadable::Escape => "has a broken %-escape",
            Unreadable::Utf8 => "is not UTF-8 text once decoded",
        }
    }

    /// The address notice that says so (`url-escape`, `url-utf8`: the full atlas's catalog).
    pub fn id(&self) -> &'static str {
        match self {
            Unreadable::Escape => "url-escape",
            Unreadable::Utf8 => "url-utf8",
        }
    }
}

/// Percent-decoding (either case of hex); `+` is a space when `plus_is_space`.
pub fn decode(s: &str, plus_is_space: bool) -> Result<String, Unreadable> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'%' => {
                let digit = |j: usize| bytes.get(j).and_then(|c| char::from(*c).to_digit(16));
                let (Some(hi), Some(lo)) = (digit(i + 1), digit(i + 2)) else {
                    return Err(Unreadable::Escape);
                };
                // Two hex digits make at most 255.
                out.push(u8::try_from(hi * 16 + lo).map_err(|_| Unreadable::Escape)?);
                i += 3;
            }
            b'+' if plus_is_space => {
                out.push(b' ');
                i += 1;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).map_err(|_| Unreadable::Utf8)
}

/// Every byte outside `A-Za-z0-9-_.~` as `%XX`.
#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
pub fn encode(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0x0f)]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_table() {
        let cases: &[(&str, bool, Result<&str, Unreadable>)] = &[
            ("F014", false, Ok("F014")),
            ("F%30%31", false, Ok("F01")),
            ("%c3%a9%2b", false, Ok("é+")),
            ("F+1", false, Ok("F+1")),
            ("a+b", true, Ok("a b")),
            ("%", false, Err(Unreadable::Escape)),
            ("%4", false, Err(Unreadable::Escape)),
            ("%zz", false, Err(Unreadable::Escape)),
            ("%g0", false, Err(Unreadable::Escape)),
            ("%C3", false, Err(Unreadable::Utf8)),
        ];
        for (raw, plus, want) in cases {
            assert_eq!(decode(raw, *plus).as_deref().map_err(|e| *e), *want, "{raw}");
        }
    }

    #[test]
    fn encoding_keeps_unreserved_bytes_and_round_trips() {
        let cases = [
            ("", ""),
            ("AZaz09-_.~", "AZaz09-_.~"),
            (" ", "%20"),
            (",&=#%+", "%2C%26%3D%23%25%2B"),
            ("é", "%C3%A9"),
            ("宁德时代", "%E5%AE%81%E5%BE%B7%E6%97%B6%E4%BB%A3"),
            ("🔋", "%F0%9F%94%8B"),
        ];
        for (text, escaped) in cases {
            assert_eq!(encode(text), escaped);
            assert_eq!(decode(escaped, false).as_deref(), Ok(text));
        }
    }
}
