//! The details panel of one plant: everything known about it and its sources as links. Rendered by the
//! lazily loaded module (`src/bin/extras.rs`), never by the first view.

use yew::prelude::*;

use crate::format::host;
use crate::i18n::numbers::date;
use crate::i18n::Catalog;
use crate::map::describe::status_name;
use crate::model::{Facility, Figure};
use crate::query::details as about;
use crate::state::Shared;

/// Statuses whose newest confirming source is older than this year say so.
const CURRENT_FROM: u16 = 2025;

#[derive(Properties, PartialEq, Clone)]
pub struct Props {
    /// False once the reader closed the panel: it then renders nothing (and stays mounted).
    pub open: bool,
    pub id: String,
    /// What the first view knows, shown while the data file is not there.
    pub company: String,
    pub city: String,
    /// The plant as the full data file has it (with quote and notes).
    pub facility: Option<Facility>,
    /// The reader's language.
    pub words: Shared<Catalog>,
}

/// Tells the main module that the reader closed the panel.
fn announce_close() {
    let Some(window) = web_sys::window() else { return };
    if let Ok(event) = web_sys::CustomEvent::new("ev-atlas-details-closed") {
        let _ = window.dispatch_event(&event);
    }
}

/// A link that opens only http(s) addresses, in a new tab, without referrer or opener.
pub fn source_link(url: &str) -> Html {
    if url.starts_with("https://") || url.starts_with("http://") {
        html! { <a href={url.to_owned()} target="_blank" rel="noopener noreferrer">{ host(url) }</a> }
    } else {
        html! { <span>{ url }</span> }
    }
}

fn missing(text: &str) -> Html {
    html! { <span class="missing">{ text.to_owned() }</span> }
}

#[function_component(Details)]
pub fn details(props: &Props) -> Html {
    if !props.open {
        return html! {};
    }
    let w = &*props.words;
    let close = Callback::from(|_: MouseEvent| announce_close());
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        if e.key() == "Escape" {
            announce_close();
        }
    });
    let row = |label: &str, value: Html| html! { <><dt>{ label.to_owned() }</dt><dd>{ value }</dd></> };
    // A figure's value and the numbers of the sources that back it ("[1, 3]"), linked to them.
    let backed = |f: &Facility, figure: Figure, value: Html| {
        let refs = f.about.backing(figure);
        html! {
            <>
                { value }
                if !refs.is_empty() {
                    <span class="refs" data-figure={figure.code()}>{ " " }{ for refs.iter().enumerate().map(|(k, n)| html! {
                        <>{ if k == 0 { "[" } else { ", " } }<a href={format!("#source-{}-{n}", f.id)}>{ n }</a></>
                    }) }{ "]" }</span>
                }
            </>
        }
    };
    let body = match &props.facility {
        None => html! {
            <p class="missing">{ w.format("details-not-in-file", &[("id", props.id.as_str().into())]) }</p>
        },
        Some(f) => {
            let text = |s: String| html! { { s } };
            let or_missing = |value: Option<String>, id: &str| value.map_or_else(|| missing(&w.text(id)), text);
            html! {
                <>
                    <p class="subtitle">{ about::subtitle(w, f) }</p>
                    <dl>
                        { row(&w.text("details-status"), backed(f, Figure::Status, html! { <>
                            { status_name(w, f.status) }
                            { match about::status_note(w, f, CURRENT_FROM) {
                                Some((true, note)) => html! { <span class="stale">{ format!(" · {note}") }</span> },
                                Some((false, note)) => html! { <span class="as-of">{ format!(" · {note}") }</span> },
                                None => html! {},
                            } }
                        </> })) }
                        { row(&w.text("details-ownership"), backed(f, Figure::Ownership, text(about::ownership(w, f)))) }
                        { row(&w.text("details-partner"), backed(f, Figure::Partner, f.partner.clone().map_or_else(|| missing(&w.text("details-partner-none")), text))) }
                        { row(&w.text("details-announced"), backed(f, Figure::AnnouncedYear, or_missing(f.announced.map(|y| y.0.to_string()), "details-not-known"))) }
                        { row(&w.text("details-production"), backed(f, Figure::ProductionStart, or_missing(about::production(w, f), "details-production-none"))) }
                        { row(&w.text("details-investment"), backed(f, Figure::Investment, html! { <>
                            { or_missing(about::investment(w, f), "not-disclosed") }
                            if f.about.programme {
                                <span class="programme">{ format!(" · {}", w.text("details-programme")) }</span>
                            }
                        </> })) }
                        { row(&w.text("details-capacity"), backed(f, Figure::Capacity, or_missing(about::capacity_of(w, f), "not-disclosed"))) }
                        { row(&w.text("details-location"), or_missing(about::location(w, f), "details-location-none")) }
                    </dl>
                    if !f.notes.is_empty() {
                        <p class="notes">{ &f.notes }</p>
                    }
                    <h4>{ w.text("details-sources") }</h4>
                    if f.about.citations.is_empty() {
                        <ul class="sources">{ for f.source.urls.iter().map(|u| html! { <li>{ source_link(u) }</li> }) }</ul>
                        if !f.source.quote.is_empty() {
                            <blockquote class="quote">{ format!("“{}”", f.source.quote) }</blockquote>
                        }
                        if let Some(a) = &f.source.accessed {
                            <p class="accessed">{ w.format("details-source-read", &[("date", date(w, a).into())]) }</p>
                        }
                    } else {
                        <ol class="sources citations">{ for f.about.citations.iter().enumerate().map(|(k, c)| {
                            html! {
                                <li id={format!("source-{}-{}", f.id, k + 1)} data-supports={c.supports.iter().map(|s| s.code()).collect::<Vec<_>>().join(";")}>
                                    <p class="citation-head">
                                        { source_link(&c.url) }{ format!(" · {}", c.publisher) }
                                        { c.published.as_ref().map(|d| format!("{}{}", w.text("list-separator"), date(w, d))).unwrap_or_default() }
                                    </p>
                                    <p class="backs">{ about::gives(w, &c.supports) }</p>
                                    <blockquote class="quote">{ format!("“{}”", c.quote) }</blockquote>
                                    if let Some(a) = &c.accessed {
                                        <p class="accessed">{ w.format("details-citation-read", &[("date", date(w, a).into())]) }</p>
                                    }
                                </li>
                            }
                        }) }</ol>
                    }
                </>
            }
        }
    };
    html! {
        <aside class="details" id="facility-details" aria-labelledby="details-title" {onkeydown}>
            <button type="button" class="close" aria-label={w.text("details-close")} onclick={close}>{ "×" }</button>
            <h3 id="details-title">{ props.facility.as_ref().map_or(props.company.clone(), |f| f.company.clone()) }</h3>
            if props.facility.is_none() {
                <p class="subtitle">{ &props.city }</p>
            }
            { body }
            <p class="accessed">{ w.format("details-plant", &[("id", props.id.as_str().into())]) }</p>
        </aside>
    }
}
