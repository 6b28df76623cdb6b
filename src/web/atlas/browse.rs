//! The map's plants by region and country, for the keyboard and screen readers (the full atlas's): nested
//! disclosure lists of `map::browse::tree`. Focus on a region or a country moves the map to its plants, focus
//! on a plant points it out, Enter opens it, Escape closes the list around the focus and goes back up.

use yew::prelude::*;

use crate::i18n::Catalog;
use crate::map::browse::{group_line, tree};
use crate::map::describe::{describe, region_name};
use crate::model::country::country_in;
use crate::model::Dataset;
use crate::state::Shared;

/// Plants listed in one country at most (a benchmark's many say how many more).
const PER_COUNTRY: usize = 100;

#[derive(Properties)]
pub struct Props {
    pub data: Shared<Dataset>,
    pub words: Shared<Catalog>,
    /// Moves the map to these plants (indices into the facilities).
    pub fit: Callback<Vec<usize>>,
    /// Points out a plant.
    pub hover: Callback<usize>,
    /// Opens a plant.
    pub open: Callback<usize>,
}

/// The same lists: the same plants in the same words. The callbacks are made anew on every render of the
/// map (a hover is one) and do the same; comparing them would rebuild every list on every hover.
impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        self.data == other.data && self.words == other.words
    }
}

/// Escape inside the lists: closes the innermost open one around the focus (from a list's own summary,
/// the one above it) and puts the focus on its summary.
fn back_up(e: KeyboardEvent) {
    if e.key() != "Escape" {
        return;
    }
    let Some(active) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element()) else { return };
    let closest = |el: &web_sys::Element| el.closest("details.browse-group").ok().flatten();
    let mut list = closest(&active);
    if active.tag_name() == "SUMMARY" {
        list = list.and_then(|l| l.parent_element()).and_then(|p| closest(&p));
    }
    let Some(list) = list else { return };
    let _ = list.remove_attribute("open");
    if focus_summary(&list) {
        e.prevent_default();
        e.stop_propagation();
    }
}

/// Puts the focus on the summary of the `<details>` `list`; whether it had one.
fn focus_summary(list: &web_sys::Element) -> bool {
    use wasm_bindgen::JsCast;
    let summary = list.query_selector(":scope > summary").ok().flatten();
    let summary = summary.and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok());
    summary.is_some_and(|s| s.focus().is_ok())
}

/// Opens the map's lists (by region and country, or the flat list) and puts the focus on their summary,
/// where the first view's summary had it: the full atlas does this when the first view's lists were
/// opened (`take_over`'s `then`).
pub fn open_lists() {
    let doc = web_sys::window().and_then(|w| w.document());
    let lists = doc.and_then(|d| d.query_selector("#facility-map figcaption details").ok().flatten());
    if let Some(lists) = lists {
        let _ = lists.set_attribute("open", "");
        focus_summary(&lists);
    }
}

#[function_component(BrowsePlants)]
pub fn browse_plants(props: &Props) -> Html {
    let regions = use_memo(props.data.clone(), |d| tree(&d.facilities, 0..d.facilities.len()));
    let (fs, words) = (&props.data.facilities, &props.words);
    let fit = |plants: Vec<usize>| {
        let fit = props.fit.clone();
        Callback::from(move |_: FocusEvent| fit.emit(plants.clone()))
    };
    let plant = |i: usize| {
        let Some(f) = fs.get(i) else { return Html::default() };
        let (hover, open) = (props.hover.clone(), props.open.clone());
        let onfocus = Callback::from(move |_: FocusEvent| hover.emit(i));
        let onclick = Callback::from(move |_: MouseEvent| open.emit(i));
        html! { <li><button type="button" class="link" {onfocus} {onclick}>{ describe(f, words) }</button></li> }
    };
    let countries = |r: &crate::map::browse::Region| {
        r.countries
            .iter()
            .map(|c| {
                let name = group_line(&country_in(words, c.code), c.plants.iter().copied(), fs, words);
                let more = c.plants.len().saturating_sub(PER_COUNTRY);
                html! {
                    <li><details class="browse-group">
                        <summary data-code={c.code.as_str().to_owned()} onfocus={fit(c.plants.clone())}>{ name }</summary>
                        <ul>
                            { for c.plants.iter().take(PER_COUNTRY).map(|i| plant(*i)) }
                            if more > 0 { <li>{ words.format("map-more", &[("count", more.into())]) }</li> }
                        </ul>
                    </details></li>
                }
            })
            .collect::<Html>()
    };
    html! {
        <details class="browse" onkeydown={Callback::from(back_up)}>
            <summary>{ words.text("browse-title") }</summary>
            <p class="hint">{ words.text("browse-hint") }</p>
            <ul class="browse-regions">
                { for regions.iter().map(|r| html! {
                    <li><details class="browse-group">
                        <summary data-code={r.region.code()} onfocus={fit(r.plants().collect())}>{ group_line(&region_name(words, r.region.code()), r.plants(), fs, words) }</summary>
                        <ul>{ countries(r) }</ul>
                    </details></li>
                }) }
            </ul>
        </details>
    }
}
