//! Numbers for humans: "$16 bn", "$978 m", "150,000 vehicles/yr".

/// Groups the digits of a whole number with commas: 150000 → "150,000".
pub fn grouped(n: f64) -> String {
    let rounded = n.round();
    let sign = if rounded < 0.0 { "-" } else { "" };
    format!("{sign}{}", group_digits(&(rounded.abs() as u64).to_string(), ","))
}

/// The digits of a whole number in groups of three, `separator` between: ("1234567", ".") → "1.234.567".
/// Shared by English here and every language in `i18n::numbers`.
pub fn group_digits(digits: &str, separator: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * separator.len());
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(d);
    }
    out
}

/// A number with at most `decimals` decimals, dropping trailing zeros: (16.0, 1) → "16", (11.84, 1) → "11.8".
///
/// Integer arithmetic, not float formatting: the first view does without the code of `{:.1}`.
pub fn trim_decimals(v: f64, decimals: usize) -> String {
    let decimals = decimals.min(9) as u32;
    let scale = 10_u64.pow(decimals);
    let n = (v.abs() * scale as f64).round() as u64;
    let (whole, mut frac) = (n / scale, n % scale);
    let sign = if v < 0.0 && n > 0 { "-" } else { "" };
    let mut digits = decimals as usize;
    while digits > 0 && frac % 10 == 0 {
        frac /= 10;
        digits -= 1;
    }
    if digits == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{frac:0digits$}")
    }
}

/// Reads a decimal number as `f64::from_str` does ("6", "-0.25", "+1.", ".5", "1e3"), finite ones only;
/// `None` for anything else ("inf", "NaN", "1,5", ""). By hand, because the first view does without the
/// code of `f64::from_str` (about 6 KB): up to 19 significant digits are kept, and a value of at most 15
/// digits with at most 22 decimals (every number in the data) is read exactly as `from_str` reads it.
pub fn parse_number(text: &str) -> Option<f64> {
    let (negative, rest) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (digits, exponent) = match rest.find(['e', 'E']) {
        Some(at) => (&rest[..at], Some(&rest[at + 1..])),
        None => (rest, None),
    };
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.len() + frac.len() == 0 || !all_digits(whole) || !all_digits(frac) {
        return None;
    }
    let mut exp: i64 = match exponent {
        None => 0,
        Some(e) => {
            let (sign, e) = match e.as_bytes().first()? {
                b'-' => (-1, &e[1..]),
                b'+' => (1, &e[1..]),
                _ => (1, e),
            };
            if e.is_empty() || !all_digits(e) {
                return None;
            }
            sign * e.bytes().take(6).fold(0_i64, |n, b| n * 10 + i64::from(b - b'0'))
        }
    };
    let (mut mantissa, mut kept) = (0_u64, 0);
    for (i, b) in whole.bytes().chain(frac.bytes()).enumerate() {
        let in_frac = i >= whole.len();
        if kept < 19 {
            mantissa = mantissa * 10 + u64::from(b - b'0');
            kept += usize::from(mantissa > 0);
            exp -= i64::from(in_frac);
        } else if !in_frac {
            exp += 1;
        }
    }
    let m = mantissa as f64;
    let v = match exp {
        0 => m,
        1..=22 => m * 10_f64.powi(exp as i32),
        23..=308 => m * 1e22 * 10_f64.powi(exp as i32 - 22),
        -22..=-1 => m / 10_f64.powi(-exp as i32),
        _ if exp < 0 => m / 1e22 / 10_f64.powi((-exp - 22).min(400) as i32),
        _ => f64::INFINITY,
    };
    let v = if negative { -v } else { v };
    v.is_finite().then_some(v)
}

/// US dollars given in billions: 16 → "$16 bn", 11.84 → "$11.8 bn".
pub fn usd_bn(billions: f64) -> String {
    format!("${} bn", trim_decimals(billions, 1))
}

/// US dollars given in millions: 978 → "$978 m", 4700 → "$4.7 bn".
pub fn usd_millions(millions: f64) -> String {
    if millions.abs() >= 1000.0 {
        usd_bn(millions / 1000.0)
    } else {
        format!("${} m", trim_decimals(millions, 1))
    }
}

/// The host of a web address, without `www.`: "https://www.reuters.com/x" → "reuters.com". Used to name a
/// source in a tooltip or a link.
pub fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    // By bytes: the three ASCII ends of a host (a char-set split costs the first view a kilobyte).
    let end = rest.bytes().position(|b| b == b'/' || b == b'?' || b == b'#').unwrap_or(rest.len());
    let host = &rest[..end];
    host.strip_prefix("www.").unwrap_or(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        let cases: &[(String, &str)] = &[
            (grouped(150000.0), "150,000"),
            (grouped(999.0), "999"),
            (grouped(1000.0), "1,000"),
            (grouped(-1234567.0), "-1,234,567"),
            (grouped(0.0), "0"),
            (usd_bn(16.0), "$16 bn"),
            (usd_bn(11.84), "$11.8 bn"),
            (usd_bn(0.0), "$0 bn"),
            (usd_millions(978.0), "$978 m"),
            (usd_millions(62.5), "$62.5 m"),
            (usd_millions(4700.0), "$4.7 bn"),
            (trim_decimals(36.5, 1), "36.5"),
            (trim_decimals(36.05, 2), "36.05"),
            (trim_decimals(2.0004, 3), "2"),
            (trim_decimals(0.25, 1), "0.3"),
            (trim_decimals(-1.25, 2), "-1.25"),
            (trim_decimals(-0.01, 1), "0"),
            (trim_decimals(1.5, 0), "2"),
            (trim_decimals(0.123456789, 9), "0.123456789"),
            (host("https://www.greenergydaily.com/index.php?id=3821").to_owned(), "greenergydaily.com"),
            (host("http://3.127.128.221/2025/03/21/x").to_owned(), "3.127.128.221"),
            (host("https://evertiq.com?x=1").to_owned(), "evertiq.com"),
            (host("not a url").to_owned(), "not a url"),
        ];
        for (got, want) in cases {
            assert_eq!(got, want);
        }
    }

    #[test]
    fn reads_numbers_as_from_str_does() {
        let same = [
            "6",
            "-0.25",
            "0.300000",
            "64",
            "1e3",
            "2.5E-3",
            "+1",
            "1.",
            ".5",
            "-0",
            "47.5316",
            "-23.5505",
            "19.0419",
            "150000",
            "0.1",
            "0.000001",
            "123456789012345",
            "1e22",
            "007",
        ];
        for text in same {
            assert_eq!(parse_number(text), text.parse::<f64>().ok(), "{text:?}");
        }
        for text in ["", "-", ".", "inf", "NaN", "1,5", "1e", "1e+", "e5", "1.2.3", "--1", "1e400", " 1", "0x10"] {
            assert_eq!(parse_number(text), None, "{text:?}");
        }
        for text in ["4e-30", "1e300", "-2.5e-200", "12345678901234567890123"] {
            let (got, want) = (parse_number(text).expect("a number"), text.parse::<f64>().expect("a number"));
            assert!(((got - want) / want).abs() < 1e-14, "{text:?}: {got} against {want}");
        }
        let long = parse_number("0.12345678901234567890123").expect("a number");
        assert!((long - 0.123_456_789_012_345_68).abs() < 1e-15);
        for v in [0.0, 1.5, -2.123456, 63.999999, 3.0] {
            assert_eq!(parse_number(&trim_decimals(v, 6)), Some(v), "{v}");
        }
    }
}
