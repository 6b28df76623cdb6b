//! The first view's app: the chart and the map, small enough to arrive fast, in English (a reader of
//! another language gets the full atlas at once: `web::first::start`). Anything more (details,
//! sources, the reader's own data) is the second module's, which can take the page over (`web::atlas`).

use yew::prelude::*;

use crate::chart::home_abroad::HomeAbroad;
use crate::data::builtin;
use crate::map::viewport::Viewport;
use crate::state::Action;
use crate::web::first::lazy;
use crate::web::shared::chart_frame::{ChartFrame, HomeAbroadModel};
use crate::web::shared::dom;
use crate::web::shared::map_view::FacilityMap;
use crate::web::shared::shell::{self, initial_state, load, notices};

thread_local! {
    /// The map's viewport and the id of the open plant, for the full atlas (encoded only when it takes over).
    pub static HANDOFF: std::cell::RefCell<(Viewport, String)> = std::cell::RefCell::new(Default::default());
}

#[function_component(App)]
pub fn app() -> Html {
    let loaded = use_memo((), |_| {
        let (data, problems) = builtin();
        load(data, problems)
    });
    let state = {
        let loaded = loaded.clone();
        use_reducer(move || initial_state(&loaded))
    };
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    shell::use_system_theme(dispatch.clone());
    shell::use_details_closed(dispatch.clone());

    // The details panel lives in the second module, loaded the first time a plant is chosen. It renders
    // into `#details-root`, outside this app's element: two yew apps must not share a DOM subtree (each
    // tags elements with its own listener ids).
    {
        let data = loaded.data.clone();
        use_effect_with(state.selected, move |selected| match selected.and_then(|i| data.facilities.get(i)) {
            Some(f) => lazy::show_details(f.id.clone(), f.company.clone(), format!("{}, {}", f.city, f.host_country)),
            None => lazy::hide_details(),
        });
    }

    // What the full atlas is handed if it takes over (`web::start`): where the map is and the open plant.
    // A plain copy on each pan; the id only when the selection changes.
    use_effect_with(state.viewport, |viewport| HANDOFF.with(|h| h.borrow_mut().0 = *viewport));
    {
        let data = loaded.data.clone();
        use_effect_with(state.selected, move |selected| {
            let id = selected.and_then(|i| data.facilities.get(i)).map(|f| f.id.clone()).unwrap_or_default();
            HANDOFF.with(|h| h.borrow_mut().1 = id);
        });
    }

    {
        let focus = loaded.focus.is_some();
        use_effect_with(state.drawn.all(), move |ready| {
            if *ready {
                dom::mark_ready();
                // A link to one plant shows the map, not the top of the page.
                if focus {
                    if let Some(map) = dom::element_by_id("map") {
                        map.scroll_into_view();
                    }
                }
            }
        });
    }

    let chart = use_memo((loaded.data.clone(), state.words.clone()), |(d, words)| {
        HomeAbroadModel::new(HomeAbroad::from_aggregates(&d.aggregates), words)
    });
    let words = &state.words;

    html! {
        <>
            { notices(&loaded, words) }
            <main class="views">
                <ChartFrame<HomeAbroadModel> model={chart} theme={state.theme} filters={state.filters.clone()} dispatch={dispatch.clone()} words={words.clone()} />
                <FacilityMap scene={loaded.scene.clone()} data={loaded.data.clone()} theme={state.theme} hover={state.hover.facility} hover_cluster={state.hover.cluster} viewport={state.viewport} detail={state.detail.clone()} dispatch={dispatch.clone()} words={words.clone()} />
                <button type="button" id="show-sources" onclick={Callback::from(|_: MouseEvent| lazy::show_sources())}>{ words.text("show-sources") }</button>
            </main>
        </>
    }
}
