//! Numbers for humans: "$16 bn", "$978 m", "150,000 vehicles/yr".

/// Groups the digits of a whole number with commas: 150000 → "150,000".
pub fn grouped(n: f64) -> String {
    let rounded = n.round();
    let negative = rounded < 0.0;
    let digits = format!("{:.0}", rounded.abs());
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
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
pub fn trim_decimals(v: f64, decimals: usize) -> String {
    let s = format!("{v:.decimals$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        s
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
