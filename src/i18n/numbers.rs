//! Numbers, money and dates as the reader's language writes them, by the conventions its catalog
//! states (`number-group`, `number-decimal`, `money-large` and its unit, `date-month-year`, `month-N`):
//! "150,000" / "150.000", "$16 bn" / "US$160亿" / "US$ 16 bi", "July 2025" / "2025年7月" / "julho de 2025".

use super::catalog::{Arg, Catalog};
use crate::format::{group_digits, trim_decimals};

/// The message `id`, or `default` where the catalog has none.
fn convention(c: &Catalog, id: &str, default: &str) -> String {
    if c.has(id) {
        c.text(id)
    } else {
        default.to_owned()
    }
}

/// A whole number with the language's digit groups: 150000 → "150,000" (en) or "150.000" (pt-BR).
pub fn grouped(c: &Catalog, n: f64) -> String {
    decimal(c, n, 0)
}

/// A number with at most `decimals` decimals, trailing zeros dropped, digits grouped: 11.84 → "11.8"
/// (en) or "11,8" (pt-BR).
pub fn decimal(c: &Catalog, v: f64, decimals: usize) -> String {
    let plain = trim_decimals(v, decimals);
    let (sign, plain) = plain.strip_prefix('-').map_or(("", plain.as_str()), |p| ("-", p));
    let (whole, frac) = plain.split_once('.').unwrap_or((plain, ""));
    let mut out = format!("{sign}{}", group_digits(whole, &convention(c, "number-group", ",")));
    if !frac.is_empty() {
        out.push_str(&convention(c, "number-decimal", "."));
        out.push_str(frac);
    }
    out
}

/// US dollars in the language's units: at or above `money-large-unit` (a billion in English, 亿 = 10⁸ in
/// Chinese) as `money-large`, below as `money-small`, one decimal at most.
pub fn usd(c: &Catalog, dollars: f64) -> String {
    // Integers (no float parsing: its code is kilobytes of the first view's wasm).
    let unit = |id: &str, default: f64| c.text(id).parse::<u64>().ok().filter(|u| *u > 0).map_or(default, |u| u as f64);
    let (large, small) = (unit("money-large-unit", 1e9), unit("money-small-unit", 1e6));
    let (id, amount) =
        if dollars.abs() >= large { ("money-large", dollars / large) } else { ("money-small", dollars / small) };
    c.format(id, &[("amount", Arg::Str(decimal(c, amount, 1)))])
}

/// US dollars given in billions: 16 → "$16 bn".
pub fn usd_bn(c: &Catalog, billions: f64) -> String {
    usd(c, billions * 1e9)
}

/// US dollars given in millions: 978 → "$978 m", 4700 → "$4.7 bn".
pub fn usd_millions(c: &Catalog, millions: f64) -> String {
    usd(c, millions * 1e6)
}

/// A month of a year: (2025, 7) → "July 2025" / "2025年7月" / "julho de 2025".
pub fn month_year(c: &Catalog, year: i32, month: u32) -> String {
    c.format(
        "date-month-year",
        &[("month", Arg::Str(c.text(&format!("month-{month}")))), ("year", Arg::Str(year.to_string()))],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogs() -> Vec<Catalog> {
        ["en", "zh-CN", "pt-BR"]
            .iter()
            .map(|tag| {
                let text = crate::i18n::lang::ALL.iter().find(|(t, _)| t == tag).map(|(_, text)| *text);
                Catalog::parse(tag, text.unwrap_or_default()).0
            })
            .collect()
    }

    #[test]
    fn as_each_language_writes_them() {
        let c = catalogs();
        let (en, zh, pt) = (&c[0], &c[1], &c[2]);
        let cases: &[(&Catalog, String, &str)] = &[
            (en, usd_bn(en, 16.0), "$16 bn"),
            (zh, usd_bn(zh, 16.0), "US$160亿"),
            (pt, usd_bn(pt, 16.0), "US$ 16 bi"),
            (en, usd_bn(en, 11.84), "$11.8 bn"),
            (zh, usd_bn(zh, 11.84), "US$118.4亿"),
            (pt, usd_bn(pt, 11.84), "US$ 11,8 bi"),
            (en, usd_millions(en, 978.0), "$978 m"),
            (zh, usd_millions(zh, 978.0), "US$9.8亿"),
            (zh, usd_millions(zh, 50.0), "US$5,000万"),
            (pt, usd_millions(pt, 978.0), "US$ 978 mi"),
            (en, usd_millions(en, 4700.0), "$4.7 bn"),
            (en, grouped(en, 150_000.0), "150,000"),
            (zh, grouped(zh, 150_000.0), "150,000"),
            (pt, grouped(pt, 150_000.0), "150.000"),
            (pt, grouped(pt, -1_234_567.0), "-1.234.567"),
            (pt, decimal(pt, 36.5, 1), "36,5"),
            (en, month_year(en, 2025, 7), "July 2025"),
            (zh, month_year(zh, 2025, 7), "2025年7月"),
            (pt, month_year(pt, 2025, 7), "julho de 2025"),
        ];
        for (c, got, want) in cases {
            assert_eq!(got, want, "{}", c.tag());
        }
    }
}
