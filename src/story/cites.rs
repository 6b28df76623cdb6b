//! The figures a step cites: `agg:<year or years>:<series>` for rows of `data/aggregates.csv`, `plant:<id>`
//! for a plant of `data/facilities.csv` with its sources (`data/sources.csv`); the pages behind each, and
//! the numbers each backs.

use super::pages::Page;
use super::Cited;
use crate::format::host;
use crate::model::{Aggregate, Dataset, Period, Year};

/// A figure id of `data/story.csv`'s `cites` column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cite {
    /// The rows of `series` for one year (`agg:2024:…`) or a span (`agg:2014-2024:…`, which the data
    /// writes "2014-2024 (cumulative)").
    Aggregate { period: Period, series: String },
    /// A plant, by id (`plant:F001`).
    Plant(String),
}

/// What the data holds for a cite: the pages behind it, in data order, and the numbers it backs.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Backing {
    pub pages: Vec<Cited>,
    pub values: Vec<f64>,
}

impl Cite {
    /// Reads a figure id; only its form is checked here ([`Cite::backing`] looks it up).
    pub fn parse(s: &str) -> Result<Cite, String> {
        let bad =
            || format!("'{s}' is not a figure id (agg:<year>:<series>, agg:<first>-<last>:<series> or plant:<id>)");
        if let Some(rest) = s.strip_prefix("agg:") {
            let (period, series) = rest.split_once(':').ok_or_else(bad)?;
            let period = period_of(period).ok_or_else(bad)?;
            let name = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_';
            if series.is_empty() || !series.bytes().all(name) {
                return Err(bad());
            }
            Ok(Cite::Aggregate { period, series: series.to_owned() })
        } else if let Some(id) = s.strip_prefix("plant:") {
            if id.is_empty() || !id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') {
                return Err(bad());
            }
            Ok(Cite::Plant(id.to_owned()))
        } else {
            Err(bad())
        }
    }

    /// The id as `data/story.csv` writes it.
    pub fn id(&self) -> String {
        match self {
            Cite::Aggregate { period, series } if period.first == period.last => {
                format!("agg:{}:{series}", period.first.0)
            }
            Cite::Aggregate { period, series } => format!("agg:{}-{}:{series}", period.first.0, period.last.0),
            Cite::Plant(id) => format!("plant:{id}"),
        }
    }

    /// The pages and numbers `data` holds for the cite, or why it holds none. An aggregate's pages are
    /// credited by `pages` (`data/aggregate-sources.csv`), or by their host where it has no row; a plant's
    /// are its sources, or its primary page when the data has no sources file.
    pub(super) fn backing(&self, data: &Dataset, pages: &[Page]) -> Result<Backing, String> {
        let figure = self.id();
        match self {
            Cite::Aggregate { period, series } => {
                let rows: Vec<&Aggregate> =
                    data.aggregates.iter().filter(|a| a.period == *period && a.series == *series).collect();
                if rows.is_empty() {
                    return Err(format!("{figure} is not a row of data/aggregates.csv"));
                }
                let cited = rows
                    .iter()
                    .flat_map(|a| a.source.urls.iter())
                    .map(|url| match pages.iter().find(|p| p.url == *url) {
                        Some(p) => Cited {
                            publisher: p.publisher.clone(),
                            citing: p.citing.clone(),
                            published: p.published.clone(),
                            url: url.clone(),
                            figure: figure.clone(),
                            figures: vec![figure.clone()],
                        },
                        None => by_host(url, &figure),
                    })
                    .collect();
                Ok(Backing { pages: cited, values: rows.iter().map(|a| a.value).collect() })
            }
            Cite::Plant(id) => {
                let f = data
                    .facilities
                    .iter()
                    .find(|f| f.id == *id)
                    .ok_or_else(|| format!("{figure} is not a plant of data/facilities.csv"))?;
                let mut cited: Vec<Cited> = f
                    .about
                    .citations
                    .iter()
                    .map(|c| Cited {
                        publisher: c.publisher.clone(),
                        citing: String::new(),
                        published: c.published.clone().unwrap_or_default(),
                        url: c.url.clone(),
                        figure: figure.clone(),
                        figures: vec![figure.clone()],
                    })
                    .collect();
                if cited.is_empty() {
                    cited = f.source.urls.iter().map(|u| by_host(u, &figure)).collect();
                }
                if cited.is_empty() {
                    return Err(format!("{figure} has no source in data/sources.csv"));
                }
                let values = [
                    f.investment.map(|m| m.millions),
                    f.investment_usd.map(|u| u.millions),
                    f.capacity.map(|c| c.value),
                    f.about.chinese_share,
                ];
                Ok(Backing { pages: cited, values: values.into_iter().flatten().collect() })
            }
        }
    }
}

/// A page known only by its URL: credited to its host, undated.
fn by_host(url: &str, figure: &str) -> Cited {
    Cited {
        publisher: host(url).to_owned(),
        citing: String::new(),
        published: String::new(),
        url: url.to_owned(),
        figure: figure.to_owned(),
        figures: vec![figure.to_owned()],
    }
}

/// `2024` or `2014-2024` (first before last), years 1990–2100.
fn period_of(s: &str) -> Option<Period> {
    let year = |t: &str| {
        let ok = t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit());
        ok.then(|| t.parse::<u16>().ok()).flatten().filter(|y| (1990..=2100).contains(y)).map(Year)
    };
    match s.split_once('-') {
        Some((a, b)) => {
            let (first, last) = (year(a)?, year(b)?);
            (first < last).then_some(Period { first, last })
        }
        None => year(s).map(|y| Period { first: y, last: y }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_and_write_back() {
        let span = Period { first: Year(2014), last: Year(2024) };
        let one = Period { first: Year(2024), last: Year(2024) };
        let cases: &[(&str, Option<Cite>)] = &[
            (
                "agg:2024:overseas_ev_investment_total",
                Some(Cite::Aggregate { period: one, series: "overseas_ev_investment_total".into() }),
            ),
            ("agg:2014-2024:share_x", Some(Cite::Aggregate { period: span, series: "share_x".into() })),
            ("plant:F001", Some(Cite::Plant("F001".into()))),
            ("agg:2024", None),
            ("agg:24:x", None),
            ("agg:2024-2014:x", None),
            ("agg:2024-2024:x", None),
            ("agg:1850:x", None),
            ("agg:+202:x", None),
            ("agg:2024:Bad Name", None),
            ("agg:2024:", None),
            ("plant:", None),
            ("plant:F 1", None),
            ("F001", None),
            ("", None),
        ];
        for (text, want) in cases {
            let got = Cite::parse(text);
            assert_eq!(got.as_ref().ok(), want.as_ref(), "{text}");
            match got {
                Ok(c) => assert_eq!(c.id(), *text),
                Err(e) => assert!(e.contains("is not a figure id"), "{e}"),
            }
        }
    }
}
