//! Numbers for humans: "$16 bn", "$978 m", "150,000 vehicles/yr".

/// Groups the digits of a whole number with commas: 150000 → "150,000".
pub fn grouped(n: f64) -> String {
    let rounded = n.round();
    let negative = rounded < 0.0;
    let digits = (rounded.abs() as u64).to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if negative {
        out.insert(0, '-');
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
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
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
}
