//! Between the app state and its address: what a link to the current view says (`url_of`), and the
//! actions that reopen a link (`actions_of`). The fragment's text itself is `url_state`'s.

use crate::geo::equal_earth::{map_from_lonlat, MapPoint};
use crate::map::regions::view_of_points;
use crate::map::viewport::{Canvas, Viewport};
use crate::model::Dataset;
use crate::query::filter::Filters;
use crate::query::timeline::By;
use crate::state::url_state::{UrlState, View};
use crate::state::{Action, State};
use crate::theme::ThemeName;

/// What an address says of the page rather than of the data: kept in the state so that every address the
/// atlas writes says it again (an embed stays an embed after a reload, a story step stays that step).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    pub view: View,
    pub embed: bool,
    /// The story's step as the link gave it (the story clamps it to its length).
    pub step: Option<u32>,
    /// The theme a link asked for; `None` follows the system and is not written.
    pub theme: Option<ThemeName>,
    pub lang: Option<String>,
}

impl Page {
    pub fn of(url: &UrlState) -> Page {
        Page { view: url.view, embed: url.embed, step: url.step, theme: url.theme, lang: url.lang.clone() }
    }

    /// The same page at the story's step `n` (from 1).
    pub fn at_step(&self, n: usize) -> Page {
        Page { step: u32::try_from(n).ok(), ..self.clone() }
    }
}

/// The address of what the reader sees: the page (view, embed, step, asked-for theme and language), the
/// filters, the timeline, the open plant and the map's view.
/// In the story, the step sets everything else, so a step's address is only the page's.
pub fn url_of(state: &State) -> UrlState {
    let p = &state.page;
    let page = UrlState {
        view: p.view,
        embed: p.embed,
        step: p.step,
        theme: p.theme,
        lang: p.lang.clone(),
        ..UrlState::default()
    };
    if p.view == View::Story {
        return page;
    }
    UrlState {
        filters: Filters::clone(&state.filters),
        focus: state.selected.and_then(|i| state.data.facilities.get(i)).map(|f| f.id.clone()),
        year: state.timeline,
        by: state.timeline_by.into(),
        map: (state.viewport != Viewport::default()).then_some(state.viewport),
        ..page
    }
}

/// What to do to show `url`: set the filters and the timeline, open the focused plant (centred, unless
/// the link also gives the map's view), show that view of the map, and the theme it asks for.
pub fn actions_of(url: &UrlState, data: &Dataset) -> Vec<Action> {
    let mut out = vec![Action::SetFilters(url.filters.clone()), Action::SetTimeline(url.year, url.by.into())];
    let focus = url.focus.as_ref().and_then(|id| data.facilities.iter().position(|f| &f.id == id));
    out.push(Action::SelectFacility(focus));
    if focus.is_some() {
        out.push(Action::HoverFacility(focus));
    }
    let centred = focus.and_then(|i| data.facilities[i].location).map(|at| Viewport::focus(map_from_lonlat(at)));
    out.push(Action::SetViewport(url.map.or(centred).unwrap_or_default()));
    out.push(Action::SetPage(Page::of(url)));
    out
}

/// The canvas a story step's map is fitted to before the map has measured its own: a desktop map's shape.
const STEP_CANVAS: Canvas = Canvas { width: 1200.0, height: 640.0, pad: 8.0 };

/// A story step's plant, in the lower part of the map: its tooltip opens above it, inside the map and
/// clear of the buttons at its top.
pub fn step_focus(at: MapPoint) -> Viewport {
    Viewport::focus(at).pan_by((0.0, 0.22 * STEP_CANVAS.height), STEP_CANVAS)
}

/// What a story step shows, as actions: its filters (the timeline off), its plant under the pointer
/// (named in its tooltip, no details panel over the map), and the map on that plant, on the step's own
/// `map=`, or fitted to the plants its filters keep (the whole world when they keep every plant).
pub fn step_actions(view: &UrlState, data: &Dataset) -> Vec<Action> {
    let focus = view.focus.as_ref().and_then(|id| data.facilities.iter().position(|f| &f.id == id));
    let centred = focus.and_then(|i| data.facilities[i].location).map(|at| step_focus(map_from_lonlat(at)));
    let fitted = || {
        if view.filters.is_empty() {
            return Viewport::default();
        }
        // A step's words are the story's, not the reader's: its free text, if any, is matched in English.
        let keep = view.filters.matcher(&crate::i18n::Catalog::default());
        let kept = data.facilities.iter().filter(|f| keep(f)).filter_map(|f| f.location);
        view_of_points(kept.map(map_from_lonlat), STEP_CANVAS)
    };
    vec![
        Action::SetFilters(view.filters.clone()),
        Action::SetTimeline(None, By::Announced),
        Action::SelectFacility(None),
        Action::HoverFacility(focus),
        Action::SetViewport(view.map.or(centred).unwrap_or_else(fitted)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::builtin;
    use crate::model::{CountryCode, Segment, Year};
    use crate::state::url_state::{decode, encode};
    use crate::state::{reduce, Shared};

    fn start() -> State {
        State::new(Shared::new(builtin().0), ThemeName::Light)
    }

    #[test]
    fn a_link_to_the_current_view_reopens_it() {
        let s0 = start();
        let filters = Filters {
            segment: Some(Segment::BatteryCells),
            countries: vec![CountryCode::parse("HU").expect("HU")],
            ..Filters::default()
        };
        let viewports = [Viewport::default(), Viewport::decode("6,0.3,0.8").expect("viewport")];
        for viewport in viewports {
            let mut s = reduce(&s0, Action::SetFilters(filters.clone()));
            s = reduce(&s, Action::SetTimeline(Some(Year(2023)), By::Production));
            s = reduce(&s, Action::SelectFacility(Some(13)));
            s = reduce(&s, Action::SetViewport(viewport));
            let text = encode(&url_of(&s));
            let (url, notices) = decode(&text);
            assert!(notices.is_empty(), "{notices:?}");
            let back = actions_of(&url, &s.data).into_iter().fold(start(), |st, a| reduce(&st, a));
            assert_eq!(*back.filters, *s.filters);
            assert_eq!((back.timeline, back.timeline_by), (s.timeline, s.timeline_by));
            assert_eq!(back.selected, s.selected);
            if viewport != Viewport::default() {
                assert_eq!(back.viewport, s.viewport, "{text}");
            }
        }
        assert_eq!(encode(&url_of(&s0)), "", "the default state is the empty fragment");
    }

    #[test]
    fn every_link_reopens_to_the_same_address() {
        // What defines a view stays in the address: after the link is opened, the address the atlas
        // writes is the link again (canonical links), so a reload shows the same view.
        let links = [
            "",
            "view=map&embed=1",
            "view=table&embed=1",
            "view=sources&embed=1",
            "view=chart:places&embed=1",
            "view=story&step=3&embed=1",
            "view=story&step=3",
            "view=map&segment=battery_cells&country=BR&theme=dark&lang=en&embed=1",
            "view=chart:home-abroad&years=2020-2024&focus=F014&year=2024&by=production&map=4,0.3,-0.2",
        ];
        for link in links {
            let (url, notices) = decode(link);
            assert!(notices.is_empty(), "{link}: {notices:?}");
            let opened = actions_of(&url, &start().data).into_iter().fold(start(), |st, a| reduce(&st, a));
            assert_eq!(encode(&url_of(&opened)), link, "{link}");
        }
        // A link's theme is applied as well as kept.
        let (url, _) = decode("theme=dark");
        let opened = actions_of(&url, &start().data).into_iter().fold(start(), |st, a| reduce(&st, a));
        assert_eq!(opened.theme, ThemeName::Dark);
    }

    #[test]
    fn a_story_step_is_its_page_and_sets_the_rest() {
        // The story's address is the page only, whatever the step set.
        let (url, _) = decode("view=story&step=4&embed=1");
        let mut s = actions_of(&url, &start().data).into_iter().fold(start(), |st, a| reduce(&st, a));
        let (step, _) = decode("country=BR&focus=F001");
        for a in step_actions(&step, &s.data.clone()) {
            s = reduce(&s, a);
        }
        assert_eq!(encode(&url_of(&s)), "view=story&step=4&embed=1");
        // The step's filters apply, its plant is hovered, not opened, and the map is on it.
        let f1 = s.data.facilities.iter().position(|f| f.id == "F001");
        assert_eq!(s.filters.countries, vec![CountryCode::parse("BR").expect("BR")]);
        assert_eq!((s.hover.facility, s.selected), (f1, None));
        let at = s.data.facilities[f1.expect("F001")].location.expect("site");
        assert_eq!(s.viewport, step_focus(map_from_lonlat(at)));
        // … below the middle of the map, so that its tooltip has room above it.
        let (_, y) = s.viewport.screen_from_map(STEP_CANVAS).apply(map_from_lonlat(at));
        assert!(y > 0.6 * STEP_CANVAS.height && y < 0.85 * STEP_CANVAS.height, "{y}");
        // Without a plant or a map, the map fits the plants kept: zoomed in on one country.
        let (step, _) = decode("country=HU");
        let fitted = step_actions(&step, &s.data.clone()).into_iter().fold(s.clone(), |st, a| reduce(&st, a));
        assert!(fitted.viewport.zoom > 2.0, "{:?}", fitted.viewport);
        let (step, _) = decode("view=chart:segments");
        let world = step_actions(&step, &s.data.clone()).into_iter().fold(s, |st, a| reduce(&st, a));
        assert_eq!((world.viewport, world.filters.is_empty()), (Viewport::default(), true));
    }

    #[test]
    fn a_focus_link_centres_the_plant_and_an_unknown_one_changes_nothing() {
        let data = builtin().0;
        let (url, _) = decode("focus=F014");
        let s = actions_of(&url, &data).into_iter().fold(start(), |st, a| reduce(&st, a));
        let f14 = data.facilities.iter().position(|f| f.id == "F014");
        assert_eq!(s.selected, f14);
        let at = data.facilities[f14.expect("F014")].location.expect("site");
        assert_eq!(s.viewport, Viewport::focus(crate::geo::equal_earth::map_from_lonlat(at)));
        let (url, _) = decode("focus=NOPE");
        let s = actions_of(&url, &data).into_iter().fold(start(), |st, a| reduce(&st, a));
        assert_eq!((s.selected, s.viewport), (None, Viewport::default()));
    }
}
