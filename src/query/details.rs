//! The words of a plant's details panel in the reader's language: each line's value from the row, with
//! numbers, money and dates written the language's way; data values (company, site, partner, quotes) stay
//! as the data writes them. `web/atlas/details.rs` only lays them out.

use crate::i18n::numbers::{date, decimal, millions_of, usd_millions};
use crate::i18n::Catalog;
use crate::map::describe::{capacity, segment_name};
use crate::model::country::country_in;
use crate::model::{Facility, Figure, Ownership, UsdBasis};

/// "Camaçari, Bahia, Brasil · Montagem de veículos".
pub fn subtitle(w: &Catalog, f: &Facility) -> String {
    w.format(
        "details-subtitle",
        &[
            ("site", f.city.as_str().into()),
            ("country", country_in(w, f.host_country).into()),
            ("segment", segment_name(w, f.segment).into()),
        ],
    )
}

/// How current the status is: (is it stale, the words), e.g. "status last confirmed November 2023" when
/// the newest confirming source is older than `current_from`, else "as of 9 October 2025".
pub fn status_note(w: &Catalog, f: &Facility, current_from: u16) -> Option<(bool, String)> {
    let as_of = f.about.status_as_of.as_deref()?;
    if f.about.stale_status(current_from).is_some() {
        let month = as_of.get(..7).unwrap_or(as_of);
        Some((true, w.format("details-status-stale", &[("date", date(w, month).into())])))
    } else {
        Some((false, w.format("details-status-as-of", &[("date", date(w, as_of).into())])))
    }
}

/// An ownership's name (`ownership-<code>`).
pub fn ownership_name(w: &Catalog, o: Ownership) -> String {
    w.text(&format!("ownership-{}", o.code()))
}

/// "Chinese-owned" or "Joint venture (51% Chinese)".
pub fn ownership(w: &Catalog, f: &Facility) -> String {
    let name = ownership_name(w, f.ownership);
    match f.about.chinese_share {
        Some(p) => {
            w.format("details-ownership-share", &[("ownership", name.into()), ("share", decimal(w, p, 1).into())])
        }
        None => name,
    }
}

/// The investment as the source states it, with its dollar value where the currency is another; `None`
/// when not disclosed.
pub fn investment(w: &Catalog, f: &Facility) -> Option<String> {
    match (f.investment, f.investment_usd) {
        (Some(m), Some(u)) if m.currency.as_str() == "USD" => Some(usd_millions(w, u.millions)),
        (Some(m), Some(u)) => {
            let basis = match u.basis {
                UsdBasis::Reported => w.text("details-basis-reported"),
                UsdBasis::Converted => w.text("details-basis-converted"),
            };
            let args = [
                ("amount", millions_of(w, m.currency.as_str(), m.millions).into()),
                ("usd", usd_millions(w, u.millions).into()),
                ("basis", basis.into()),
            ];
            Some(w.format("details-investment-converted", &args))
        }
        (Some(m), None) => Some(millions_of(w, m.currency.as_str(), m.millions)),
        _ => None,
    }
}

/// The start of production: "July 2025", or a year; `None` when not yet or not known.
pub fn production(w: &Catalog, f: &Facility) -> Option<String> {
    let p = f.production_start?;
    Some(match p.month {
        Some(m) => crate::i18n::numbers::month_year(w, i32::from(p.year.0), u32::from(m)),
        None => p.year.0.to_string(),
    })
}

/// The capacity with its unit; `None` when not disclosed.
pub fn capacity_of(w: &Catalog, f: &Facility) -> Option<String> {
    f.capacity.map(|c| capacity(w, c.value, c.unit))
}

/// "-12.698, -38.324 (approximate)", decimals the language's way; `None` when the site is not known.
pub fn location(w: &Catalog, f: &Facility) -> Option<String> {
    let p = f.location?;
    let at = |v: f64| decimal(w, (v * 1000.0).round() / 1000.0, 3);
    Some(w.format("details-location-value", &[("lat", at(p.lat).into()), ("lon", at(p.lon).into())]))
}

/// A figure's name, as the panel says what a source gives (`backs-<code>`).
pub fn figure_name(w: &Catalog, figure: Figure) -> String {
    w.text(&format!("backs-{}", figure.code()))
}

/// "Gives: status, investment".
pub fn gives(w: &Catalog, figures: &[Figure]) -> String {
    let names: Vec<String> = figures.iter().map(|f| figure_name(w, *f)).collect();
    w.format("details-gives", &[("figures", names.join(&w.text("list-separator")).into())])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Ownership;

    use crate::i18n::catalog_for_tests as catalog;

    fn plant(id: &str) -> Facility {
        let (data, _) = crate::data::builtin();
        let Some(f) = data.facilities.into_iter().find(|f| f.id == id) else { panic!("no {id}") };
        f
    }

    #[test]
    fn each_line_in_each_language() {
        let mut byd = plant("F001");
        byd.about.status_as_of = Some("2023-11-02".into());
        byd.about.chinese_share = Some(51.5);
        let (en, zh, pt) = (catalog("en"), catalog("zh-CN"), catalog("pt-BR"));
        let cases: &[(&Catalog, Option<String>, &str)] = &[
            (&en, Some(subtitle(&en, &byd)), "Camaçari, Bahia, Brazil · Vehicle assembly"),
            (&zh, Some(subtitle(&zh, &byd)), "Camaçari, Bahia，巴西 · 整车组装"),
            (&pt, Some(subtitle(&pt, &byd)), "Camaçari, Bahia, Brasil · Montagem de veículos"),
            (&en, investment(&en, &byd), "BRL 5,500 million ≈ $978 m (USD as reported)"),
            (&zh, investment(&zh, &byd), "55亿 BRL ≈ US$9.8亿（按原报道的美元金额）"),
            (&pt, investment(&pt, &byd), "BRL 5.500 milhões ≈ US$ 978 mi (em dólares, como informado)"),
            (&en, production(&en, &byd), "July 2025"),
            (&zh, production(&zh, &byd), "2025年7月"),
            (&pt, production(&pt, &byd), "julho de 2025"),
            (&en, Some(ownership(&en, &byd)), "Chinese-owned (51.5% Chinese)"),
            (&zh, Some(ownership(&zh, &byd)), "中资全资（中方持股51.5%）"),
            (&pt, Some(ownership(&pt, &byd)), "Controle chinês (51,5% chinês)"),
            (&en, status_note(&en, &byd, 2025).map(|n| n.1), "status last confirmed November 2023"),
            (&zh, status_note(&zh, &byd, 2025).map(|n| n.1), "状态最后确认于2023年11月"),
            (&pt, status_note(&pt, &byd, 2025).map(|n| n.1), "situação confirmada pela última vez em novembro de 2023"),
            (&pt, status_note(&pt, &byd, 2023).map(|n| n.1), "em 2 de novembro de 2023"),
            (&zh, status_note(&zh, &byd, 2023).map(|n| n.1), "截至2023年11月2日"),
            (&en, capacity_of(&en, &byd), "150,000 vehicles/yr"),
            (&pt, location(&pt, &byd), "-12,698, -38,324 (aproximada)"),
            (&en, location(&en, &byd), "-12.698, -38.324 (approximate)"),
            (&en, Some(gives(&en, &[Figure::Status, Figure::AnnouncedYear])), "Gives: status, year announced"),
            (&zh, Some(gives(&zh, &[Figure::Status, Figure::AnnouncedYear])), "依据：状态、宣布年份"),
            (&pt, Some(gives(&pt, &[Figure::Status, Figure::AnnouncedYear])), "Informa: situação, ano do anúncio"),
        ];
        for (c, got, want) in cases {
            assert_eq!(got.as_deref(), Some(*want), "{}", c.tag());
        }
        byd.investment = None;
        byd.production_start = None;
        byd.location = None;
        assert_eq!((investment(&en, &byd), production(&en, &byd), location(&en, &byd)), (None, None, None));
    }

    #[test]
    fn every_ownership_and_figure_has_its_words_in_every_language() {
        for (tag, _) in crate::i18n::lang::ALL {
            let w = catalog(tag);
            for o in Ownership::ALL {
                assert!(w.has(&format!("ownership-{}", o.code())), "{tag}: {o:?}");
            }
            for f in Figure::ALL {
                assert!(w.has(&format!("backs-{}", f.code())), "{tag}: {f:?}");
            }
        }
        let en = catalog("en");
        for o in Ownership::ALL {
            assert_eq!(ownership_name(&en, *o), o.label(), "the English words are the data's labels");
        }
        for f in Figure::ALL {
            assert_eq!(figure_name(&en, f), f.label());
        }
    }
}
