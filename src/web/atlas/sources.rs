//! The Sources view: every source behind the numbers, with its link, its exact words and what it supports.
//! Rendered by the lazily loaded module (`src/bin/extras.rs`) from the full data files.

use std::collections::BTreeMap;

use yew::prelude::*;

use crate::data::{DATASET_DAY, DATASET_VERSION};
use crate::i18n::numbers::{date, decimal, eur_bn, usd_bn};
use crate::i18n::{Arg, Catalog};
use crate::model::{Confidence, Dataset, Facility, Unit};
use crate::state::Shared;
use crate::web::atlas::details::source_link;

#[derive(Properties, PartialEq, Clone)]
pub struct Props {
    /// The data on screen: the published files, or a reader's own file with its sources.
    pub data: Shared<Dataset>,
    /// The reader's language.
    pub words: Shared<Catalog>,
}

#[function_component(Sources)]
pub fn sources(props: &Props) -> Html {
    // Plant sources grouped by page: one entry per page, with the plants it supports and their quotes.
    let w = &*props.words;
    let mut by_url: BTreeMap<&str, Vec<&Facility>> = BTreeMap::new();
    for f in props.data.facilities.iter() {
        for u in &f.source.urls {
            by_url.entry(u.as_str()).or_default().push(f);
        }
    }
    let figures = props.data.aggregates.iter().map(|a| {
        let period = match a.period.single() {
            Some(y) => y.0.to_string(),
            None => format!("{}–{}", a.period.first.0, a.period.last.0),
        };
        let value = match a.unit {
            Unit::UsdBillion => usd_bn(w, a.value),
            Unit::EurBillion => eur_bn(w, a.value),
            Unit::Percent { .. } => w.format("value-percent", &[("amount", decimal(w, a.value, 1).into())]),
        };
        let derived =
            if a.confidence == Confidence::Derived { format!(" {}", w.text("sources-derived")) } else { String::new() };
        html! {
            <li>
                <span class="series">{ format!("{period} · {} · {value}{derived}", a.series.replace('_', " ")) }</span>
                { " — " }{ for a.source.urls.iter().map(|u| html! { <>{ source_link(u) }{ " " }</> }) }
                <q>{ &a.source.quote }</q>
            </li>
        }
    });
    let plants = by_url.iter().map(|(url, rows)| {
        let names: Vec<String> = rows.iter().map(|f| format!("{} {} ({})", f.id, f.company, f.city)).collect();
        html! {
            <li>
                { source_link(url) }{ format!(" — {}", names.join("; ")) }
                { for rows.iter().take(1).map(|f| html! { <q>{ &f.source.quote }</q> }) }
            </li>
        }
    });
    html! {
        <section class="sources-view" id="sources" aria-labelledby="sources-title">
            <h2 id="sources-title">{ w.text("sources-title") }</h2>
            <p class="subtitle">{ w.format("sources-subtitle", &[
                ("version", DATASET_VERSION.into()),
                ("date", date(w, DATASET_DAY).into()),
                ("pages", Arg::from(by_url.len())),
                ("plants", Arg::from(props.data.facilities.len())),
            ]) }</p>
            <h3>{ w.format("sources-figures", &[("count", Arg::from(props.data.aggregates.len()))]) }</h3>
            <ul class="source-list" id="figure-sources">{ for figures }</ul>
            <h3>{ w.format("sources-plants", &[("count", Arg::from(by_url.len()))]) }</h3>
            <ul class="source-list" id="plant-sources">{ for plants }</ul>
        </section>
    }
}
