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

/// The marks the language groups digits and starts decimals with: (",", ".") in English, (".", ",") in
/// Portuguese.
pub fn marks(c: &Catalog) -> (String, String) {
    (convention(c, "number-group", ","), convention(c, "number-decimal", "."))
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
    in_units(c, dollars, ["money-large", "money-small"])
}

/// An amount in the language's money units (`money-large-unit`, `money-small-unit`), said by the two
/// messages `[large, small]`.
fn in_units(c: &Catalog, amount: f64, [large_id, small_id]: [&str; 2]) -> String {
    // Integers (no float parsing: its code is kilobytes of the first view's wasm).
    let unit = |id: &str, default: f64| c.text(id).parse::<u64>().ok().filter(|u| *u > 0).map_or(default, |u| u as f64);
    let (large, small) = (unit("money-large-unit", 1e9), unit("money-small-unit", 1e6));
    let (id, amount) = if amount.abs() >= large { (large_id, amount / large) } else { (small_id, amount / small) };
    c.format(id, &[("amount", Arg::Str(decimal(c, amount, 1)))])
}

/// Euros given in billions, in the same units as dollars: 1.5 → "€1.5 bn" / "15亿欧元" / "€ 1,5 bi".
pub fn eur_bn(c: &Catalog, billions: f64) -> String {
    in_units(c, billions * 1e9, ["money-eur-large", "money-eur-small"])
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

/// A date as the source writes it ("2025", "2025-07" or "2025-07-15") as the language writes it: "15 July
/// 2025" / "2025年7月15日" / "15 de julho de 2025". Anything else is given back as it is.
pub fn date(c: &Catalog, iso: &str) -> String {
    let mut parts = iso.split('-');
    let (year, month, day) = (parts.next(), parts.next(), parts.next());
    let number = |s: Option<&str>, len: usize| s.filter(|s| s.len() == len).and_then(|s| s.parse::<u32>().ok());
    match (number(year, 4), month.map(|m| number(Some(m), 2)), day.map(|d| number(Some(d), 2)), parts.next()) {
        (Some(y), None, None, None) => y.to_string(),
        (Some(y), Some(Some(m @ 1..=12)), None, None) => month_year(c, y as i32, m),
        (Some(y), Some(Some(m @ 1..=12)), Some(Some(d @ 1..=31)), None) => c.format(
            "date-day-month-year",
            &[
                ("day", Arg::Str(d.to_string())),
                ("month", Arg::Str(c.text(&format!("month-{m}")))),
                ("year", Arg::Str(y.to_string())),
            ],
        ),
        _ => iso.to_owned(),
    }
}

/// An amount in millions of a currency other than the dollar, with its ISO code: "BRL 5,500 million" /
/// "55亿 BRL" (in the language's `money-code-unit`, a number of millions) / "BRL 5.500 milhões".
pub fn millions_of(c: &Catalog, currency: &str, millions: f64) -> String {
    let unit = c.text("money-code-unit").parse::<u64>().ok().filter(|u| *u > 0).map_or(1.0, |u| u as f64);
    c.format(
        "money-code-millions",
        &[("currency", Arg::Str(currency.to_owned())), ("amount", Arg::Str(decimal(c, millions / unit, 1)))],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogs() -> Vec<Catalog> {
        ["en", "zh-CN", "pt-BR"].map(crate::i18n::catalog_for_tests).to_vec()
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
            (en, date(en, "2025-07-15"), "15 July 2025"),
            (zh, date(zh, "2025-07-15"), "2025年7月15日"),
            (pt, date(pt, "2025-07-05"), "5 de julho de 2025"),
            (zh, date(zh, "2025-07"), "2025年7月"),
            (pt, date(pt, "2024"), "2024"),
            (en, date(en, "2025-13-01"), "2025-13-01"),
            (en, date(en, "soon"), "soon"),
            (en, millions_of(en, "BRL", 5500.0), "BRL 5,500 million"),
            (en, eur_bn(en, 1.5), "€1.5 bn"),
            (zh, eur_bn(zh, 1.5), "15亿欧元"),
            (pt, eur_bn(pt, 1.5), "€ 1,5 bi"),
            (zh, millions_of(zh, "BRL", 5500.0), "55亿 BRL"),
            (pt, millions_of(pt, "BRL", 5500.0), "BRL 5.500 milhões"),
        ];
        for (c, got, want) in cases {
            assert_eq!(got, want, "{}", c.tag());
        }
        assert_eq!(date(en, crate::data::DATASET_DAY), crate::data::DATASET_DATE, "the dataset's date, both ways");
    }
}
