//! The story's key figures, from the aggregates alone: the social card's headline and figures line, and
//! the one sentence of index.html's `<noscript>` (a test and the build keep that sentence equal to the data).

use crate::chart::home_abroad::{HomeAbroad, Side};
use crate::format::{trim_decimals, usd_bn};
use crate::model::{Aggregate, Unit, Year};

/// The series of the share of the money invested abroad that went to battery plants, in percent.
pub const BATTERY_SHARE_SERIES: &str = "overseas_battery_share_of_overseas_investment";

/// A figure and whether its source gives it as approximate ("around $16 billion").
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    pub value: f64,
    pub approximate: bool,
}

/// What the story says first: the year investment abroad overtook investment at home, both sums, the
/// earlier years at home, and the share of the money abroad that went to battery plants.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyFigures {
    pub year: Year,
    /// US$ billion.
    pub abroad: Figure,
    pub home: Figure,
    /// Stated figures at home before `year`, oldest first (US$ billion).
    pub home_before: Vec<(Year, Figure)>,
    /// Percent of `abroad`, when a source gives it for `year`.
    pub battery_share: Option<Figure>,
}

/// Whether a source's words give its figure as approximate.
pub fn approximate(quote: &str) -> bool {
    let quote = quote.to_lowercase();
    ["around", "about", "roughly", "approximately", "nearly", "almost"].iter().any(|w| quote.contains(w))
}

impl KeyFigures {
    /// The figures of the first year with more stated investment abroad than at home; `None` when the
    /// aggregates have no such year.
    pub fn from_aggregates(aggregates: &[Aggregate]) -> Option<Self> {
        let chart = HomeAbroad::from_aggregates(aggregates);
        let (i, year) = chart.crossover()?;
        let figure =
            |side, k| chart.value(side, k).map(|v| Figure { value: v.billions, approximate: approximate(&v.quote) });
        let home_before =
            (0..i).filter_map(|k| Some((chart.years[k], figure(Side::Home, k)?))).collect::<Vec<(Year, Figure)>>();
        let battery_share = aggregates
            .iter()
            .find(|a| {
                a.series == BATTERY_SHARE_SERIES
                    && a.period.single() == Some(year)
                    && matches!(a.unit, Unit::Percent { .. })
            })
            .map(|a| Figure {
                value: a.value,
                approximate: matches!(a.unit, Unit::Percent { approximate: true }) || approximate(&a.source.quote),
            });
        Some(Self { year, abroad: figure(Side::Abroad, i)?, home: figure(Side::Home, i)?, home_before, battery_share })
    }

    /// "In 2024 Chinese EV firms invested more abroad than at home".
    pub fn headline(&self) -> String {
        format!("In {} Chinese EV firms invested more abroad than at home", self.year.0)
    }

    /// The card's figures line: "About $16 bn abroad against $15 bn at home, where it peaked at $94 bn in 2022".
    pub fn figures_line(&self) -> String {
        let about = if self.abroad.approximate { "About " } else { "" };
        let mut s = format!("{about}{} abroad against {} at home", usd_bn(self.abroad.value), bn(self.home));
        if let Some((year, peak)) = self.home_before.iter().max_by(|a, b| a.1.value.total_cmp(&b.1.value)) {
            if peak.value > self.home.value {
                s.push_str(&format!(", down from {} in {}", bn(*peak), year.0));
            }
        }
        s
    }

    /// The `<noscript>` sentence: "In 2024 ~$16 bn was invested abroad and $15 bn at home ($94 bn in 2022,
    /// $41 bn in 2023); 74% of the money abroad went to battery plants."
    pub fn sentence(&self) -> String {
        let mut s = format!("In {} {} was invested abroad and {} at home", self.year.0, bn(self.abroad), bn(self.home));
        if !self.home_before.is_empty() {
            let before: Vec<String> = self.home_before.iter().map(|(y, f)| format!("{} in {}", bn(*f), y.0)).collect();
            s.push_str(&format!(" ({})", before.join(", ")));
        }
        if let Some(share) = self.battery_share {
            let about = if share.approximate { "~" } else { "" };
            s.push_str(&format!(
                "; {about}{}% of the money abroad went to battery plants",
                trim_decimals(share.value, 1)
            ));
        }
        s.push('.');
        s
    }
}

/// Whether index.html's `<noscript>` says the key figures of the data and links plants.html: the build
/// fails otherwise (the sentence is written by hand in index.html, where it costs the first view only its
/// bytes, and must not drift from the data).
pub fn check_noscript(index_html: &str, figures: &KeyFigures) -> Result<(), String> {
    let noscript = index_html.split_once("<noscript>").and_then(|(_, rest)| rest.split_once("</noscript>"));
    let Some((noscript, _)) = noscript else { return Err("index.html has no <noscript>".to_owned()) };
    let sentence = figures.sentence();
    if !noscript.contains(&sentence) {
        return Err(format!("index.html's <noscript> does not say the figures of the data; it should say: {sentence}"));
    }
    if !noscript.contains("href=\"plants.html\"") {
        return Err("index.html's <noscript> does not link plants.html".to_owned());
    }
    Ok(())
}

/// "$15 bn", or "~$16 bn" when its source gives it as approximate.
fn bn(f: Figure) -> String {
    let about = if f.approximate { "~" } else { "" };
    format!("{about}{}", usd_bn(f.value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::AGGREGATES_FULL_CSV;
    use crate::model::parse_aggregates;

    fn figures() -> KeyFigures {
        let (aggregates, problems) = parse_aggregates("data/aggregates.csv", AGGREGATES_FULL_CSV);
        assert!(problems.is_empty(), "{problems:?}");
        KeyFigures::from_aggregates(&aggregates).expect("a year with more invested abroad than at home")
    }

    #[test]
    fn the_key_figures_come_from_data_aggregates_csv() {
        let f = figures();
        assert_eq!(f.year, Year(2024));
        assert_eq!(f.abroad, Figure { value: 16.0, approximate: true }, "the source says \"around $16 billion\"");
        assert_eq!(f.home, Figure { value: 15.0, approximate: false });
        let before: Vec<(u16, f64)> = f.home_before.iter().map(|(y, v)| (y.0, v.value)).collect();
        assert_eq!(before, vec![(2022, 94.0), (2023, 41.0)]);
        assert_eq!(f.battery_share, Some(Figure { value: 74.0, approximate: false }));
        let cases = [
            (f.headline(), "In 2024 Chinese EV firms invested more abroad than at home"),
            (f.figures_line(), "About $16 bn abroad against $15 bn at home, down from $94 bn in 2022"),
            (
                f.sentence(),
                "In 2024 ~$16 bn was invested abroad and $15 bn at home ($94 bn in 2022, $41 bn in 2023); 74% of the money abroad went to battery plants.",
            ),
        ];
        for (got, want) in cases {
            assert_eq!(got, want);
        }
    }

    #[test]
    fn without_a_crossover_there_are_no_key_figures() {
        let (aggregates, _) = parse_aggregates("data/aggregates.csv", AGGREGATES_FULL_CSV);
        let home_only: Vec<Aggregate> =
            aggregates.into_iter().filter(|a| a.series != crate::chart::home_abroad::ABROAD_SERIES).collect();
        assert_eq!(KeyFigures::from_aggregates(&home_only), None);
        let cases = [("around $16 billion", true), ("just ahead of the $15 billion", false), ("Nearly 70%", true)];
        for (quote, want) in cases {
            assert_eq!(approximate(quote), want, "{quote}");
        }
    }

    #[test]
    fn index_html_says_the_key_figures_of_the_data_in_its_noscript() {
        let f = figures();
        assert_eq!(check_noscript(include_str!("../../index.html"), &f), Ok(()));
        let stale = "<noscript><p>In 2024 $9 bn was invested abroad. <a href=\"plants.html\">x</a></p></noscript>";
        let cases = [
            ("<p>no noscript</p>", "index.html has no <noscript>"),
            (stale, "does not say the figures of the data"),
            ("<noscript>In 2024 ~$16 bn was invested abroad and $15 bn at home ($94 bn in 2022, $41 bn in 2023); 74% of the money abroad went to battery plants.</noscript>", "does not link plants.html"),
        ];
        for (html, want) in cases {
            let got = check_noscript(html, &f).expect_err(html);
            assert!(got.contains(want), "{html}: {got}");
        }
    }
}
