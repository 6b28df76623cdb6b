//! The details panel of one plant: everything known about it and its sources as links. Rendered by the
//! lazily loaded module (`src/bin/extras.rs`), never by the first view.

use yew::prelude::*;

use crate::format::{grouped, host, trim_decimals, usd_millions};
use crate::model::{Facility, Figure, UsdBasis};

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
            <p class="missing">{ format!("{} is not in the published data file (synthetic or loaded data): there is nothing more to show.", props.id) }</p>
        },
        Some(f) => {
            let investment = match (f.investment, f.investment_usd) {
                (Some(m), Some(u)) if m.currency.as_str() == "USD" => html! { { usd_millions(u.millions) } },
                (Some(m), Some(u)) => html! { { format!(
                    "{} {} million ≈ {} ({})",
                    m.currency,
                    grouped(m.millions),
                    usd_millions(u.millions),
                    match u.basis { UsdBasis::Reported => "USD as reported", UsdBasis::Converted => "converted at a fixed rate" }
                ) } },
                (Some(m), None) => html! { { format!("{} {} million", m.currency, trim_decimals(m.millions, 1)) } },
                _ => missing("not disclosed"),
            };
            let text = |s: String| html! { { s } };
            html! {
                <>
                    <p class="subtitle">{ format!("{}, {} · {}", f.city, f.host_country, f.segment.label()) }</p>
                    <dl>
                        { row("Status", backed(f, Figure::Status, html! { <>
                            { f.status.label() }
                            { match (f.about.stale_status(CURRENT_FROM), &f.about.status_as_of) {
                                (Some(stale), _) => html! { <span class="stale">{ format!(" · {stale}") }</span> },
                                (None, Some(d)) => html! { <span class="as-of">{ format!(" · as of {d}") }</span> },
                                (None, None) => html! {},
                            } }
                        </> })) }
                        { row("Ownership", backed(f, Figure::Ownership, text(match f.about.chinese_share {
                            Some(p) => format!("{} ({}% Chinese)", f.ownership.label(), trim_decimals(p, 1)),
                            None => f.ownership.label().to_owned(),
                        }))) }
                        { row("Partner", backed(f, Figure::Partner, f.partner.clone().map_or_else(|| missing("none named"), text))) }
                        { row("Announced", backed(f, Figure::AnnouncedYear, f.announced.map_or_else(|| missing("not known"), |y| text(y.0.to_string())))) }
                        { row("Production start", backed(f, Figure::ProductionStart, f.production_start.map_or_else(|| missing("not yet, or not known"), |p| text(match p.month {
                            Some(m) => format!("{}-{m:02}", p.year.0),
                            None => p.year.0.to_string(),
                        })))) }
                        { row("Investment", backed(f, Figure::Investment, html! { <>
                            { investment }
                            if f.about.programme {
                                <span class="programme">{ " · a company programme (several plants or a whole country), not this plant's cost: left out of plant totals" }</span>
                            }
                        </> })) }
                        { row("Capacity", backed(f, Figure::Capacity, f.capacity.map_or_else(|| missing("not disclosed"), |c| text(format!("{} {}", grouped(c.value), c.unit.label()))))) }
                        { row("Location", f.location.map_or_else(|| missing("site not known"), |p| text(format!("{:.3}, {:.3} (approximate)", p.lat, p.lon)))) }
                    </dl>
                    if !f.notes.is_empty() {
                        <p class="notes">{ &f.notes }</p>
                    }
                    <h4>{ "Sources" }</h4>
                    if f.about.citations.is_empty() {
                        <ul class="sources">{ for f.source.urls.iter().map(|u| html! { <li>{ source_link(u) }</li> }) }</ul>
                        if !f.source.quote.is_empty() {
                            <blockquote class="quote">{ format!("“{}”", f.source.quote) }</blockquote>
                        }
                        if let Some(a) = &f.source.accessed {
                            <p class="accessed">{ format!("Source read on {a}.") }</p>
                        }
                    } else {
                        <ol class="sources citations">{ for f.about.citations.iter().enumerate().map(|(k, c)| {
                            let backs: Vec<&str> = c.supports.iter().map(|s| s.label()).collect();
                            html! {
                                <li id={format!("source-{}-{}", f.id, k + 1)} data-supports={c.supports.iter().map(|s| s.code()).collect::<Vec<_>>().join(";")}>
                                    <p class="citation-head">
                                        { source_link(&c.url) }{ format!(" · {}", c.publisher) }
                                        { c.published.as_ref().map(|d| format!(", {d}")).unwrap_or_default() }
                                    </p>
                                    <p class="backs">{ format!("Gives: {}", backs.join(", ")) }</p>
                                    <blockquote class="quote">{ format!("“{}”", c.quote) }</blockquote>
                                    if let Some(a) = &c.accessed {
                                        <p class="accessed">{ format!("Read on {a}.") }</p>
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
            <button type="button" class="close" aria-label="Close details" onclick={close}>{ "×" }</button>
            <h3 id="details-title">{ props.facility.as_ref().map_or(props.company.clone(), |f| f.company.clone()) }</h3>
            if props.facility.is_none() {
                <p class="subtitle">{ &props.city }</p>
            }
            { body }
            <p class="accessed">{ format!("Plant {}", props.id) }</p>
        </aside>
    }
}
