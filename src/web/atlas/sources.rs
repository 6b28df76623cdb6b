//! The Sources view: every source behind the numbers, with its link, its exact words and what it supports.
//! Rendered by the lazily loaded module (`src/bin/extras.rs`) from the full data files.

use std::collections::BTreeMap;

use yew::prelude::*;

use crate::data::{DATASET_DATE, DATASET_VERSION};
use crate::format::trim_decimals;
use crate::model::{Confidence, Dataset, Facility, Unit};
use crate::state::Shared;
use crate::web::atlas::details::source_link;

#[derive(Properties, PartialEq, Clone)]
pub struct Props {
    /// The data on screen: the published files, or a reader's own file with its sources.
    pub data: Shared<Dataset>,
}

#[function_component(Sources)]
pub fn sources(props: &Props) -> Html {
    // Plant sources grouped by page: one entry per page, with the plants it supports and their quotes.
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
        let unit = match a.unit {
            Unit::UsdBillion => "US$ bn",
            Unit::EurBillion => "€ bn",
            Unit::Percent { .. } => "%",
        };
        let derived = if a.confidence == Confidence::Derived { " (derived)" } else { "" };
        html! {
            <li>
                <span class="series">{ format!("{period} · {} · {} {unit}{derived}", a.series.replace('_', " "), trim_decimals(a.value, 1)) }</span>
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
            <h2 id="sources-title">{ "Sources" }</h2>
            <p class="subtitle">{ format!(
                "Dataset version {DATASET_VERSION}, data as of {DATASET_DATE}. {} pages support the {} plants; every yearly figure has its own.",
                by_url.len(),
                props.data.facilities.len()
            ) }</p>
            <h3>{ format!("Yearly figures ({})", props.data.aggregates.len()) }</h3>
            <ul class="source-list" id="figure-sources">{ for figures }</ul>
            <h3>{ format!("Plants ({} pages)", by_url.len()) }</h3>
            <ul class="source-list" id="plant-sources">{ for plants }</ul>
        </section>
    }
}
