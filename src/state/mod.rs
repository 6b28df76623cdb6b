//! The app's state as plain data, changed only by `reduce(state, Action)`. Views derive what they show.

#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
pub mod address;
pub mod fragment;
#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
pub mod host;
pub mod percent;
#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
pub mod url_state;

use std::ops::Deref;
use std::rc::Rc;

use crate::i18n::{Catalog, Message};
use crate::map::scene::Scene;
use crate::map::viewport::{Canvas, Viewport};
use crate::model::Year;
use crate::model::{Dataset, Problem, Rejected};
use crate::query::filter::Filters;
use crate::query::timeline::By;
use crate::theme::ThemeName;

/// A shared, immutable value compared by identity: cheap to clone and to compare, however large.
#[derive(Debug, Default)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Shared<T> {
    pub fn new(value: T) -> Self {
        Self(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Self(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// Which map facility or cluster the pointer or keyboard is on (a chart's cursor is the chart's own).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Hover {
    /// Index into the dataset's facilities.
    pub facility: Option<usize>,
    /// A cluster of plants on the map, by the facility index of its biggest plant.
    pub cluster: Option<usize>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Drawn {
    pub chart: bool,
    pub map: bool,
}

impl Drawn {
    pub fn all(&self) -> bool {
        self.chart && self.map
    }
}

/// Where the facilities on screen come from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Origin {
    #[default]
    Builtin,
    File(String),
}

/// What became of a file the reader loaded.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportReport {
    pub file: String,
    pub loaded: usize,
    /// The file's column names, for writing rejected rows back out.
    pub headers: Vec<String>,
    pub rejected: Vec<Rejected>,
    /// Problems not tied to a row (a bad header, an unreadable line).
    pub file_problems: Vec<Problem>,
}

/// The state of loading a reader's own file.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Import {
    #[default]
    Idle,
    Reading {
        file: String,
        progress: f64,
    },
    Done(Shared<ImportReport>),
    Failed {
        file: String,
        message: Message,
    },
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    pub theme: ThemeName,
    pub hover: Hover,
    /// Which first views have drawn once; `app-ready` is marked when all have.
    pub drawn: Drawn,
    /// The data every view shows.
    pub data: Shared<Dataset>,
    /// The shipped data, to go back to.
    pub builtin: Shared<Dataset>,
    pub origin: Origin,
    pub import: Import,
    /// The facility whose details are open (index into `data.facilities`).
    pub selected: Option<usize>,
    /// What part of the world the map shows.
    pub viewport: Viewport,
    /// The finer basemap's lines, once fetched (`map::scene::DETAIL_ZOOM`).
    pub detail: Option<Shared<Scene>>,
    /// The selection the full atlas's views share (`filter`).
    /// (Shared: the first view, which has no filters, carries no code to clone or compare them.)
    pub filters: Shared<Filters>,
    /// The timeline: plants up to this year only (`None`: all), counted from announcement or production.
    pub timeline: Option<Year>,
    pub timeline_by: By,
    /// What the address says of the page itself: its view, whether it is an embed, the story's step, the
    /// theme and language a link asked for. The full atlas's only: the first view shows one view.
    #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
    pub page: address::Page,
    /// The system's light/dark setting: the theme whenever the address asks for none.
    #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
    pub system_theme: ThemeName,
    /// The reader's language's messages (`i18n`): English until another catalog has arrived.
    pub words: Shared<Catalog>,
}

impl State {
    pub fn new(builtin: Shared<Dataset>, theme: ThemeName) -> Self {
        State {
            theme,
            data: builtin.clone(),
            builtin,
            #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
            system_theme: theme,
            words: Shared::new(crate::i18n::english()),
            ..State::default()
        }
    }
}

/// Every change: a click, a key, a pointer move, a file, a system setting.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetTheme(ThemeName),
    /// The reader's language's catalog (English at start; another once fetched).
    SetWords(Shared<Catalog>),
    HoverFacility(Option<usize>),
    /// A cluster of plants on the map, named by its biggest plant (index into the facilities).
    HoverCluster(Option<usize>),
    SelectFacility(Option<usize>),
    ChartDrawn,
    MapDrawn,
    ImportStarted(String),
    ImportProgress(f64),
    /// A file was read: `data` is `None` when no row was valid, and then nothing else changes.
    ImportFinished {
        data: Option<Shared<Dataset>>,
        report: Shared<ImportReport>,
    },
    ImportFailed {
        file: String,
        message: Message,
    },
    DismissImport,
    ResetData,
    /// Zoom the map by `factor` about `anchor` (device pixels of `canvas`).
    ZoomMap {
        anchor: (f64, f64),
        factor: f64,
        canvas: Canvas,
    },
    /// Move the map by `delta` device pixels.
    PanMap {
        delta: (f64, f64),
        canvas: Canvas,
    },
    ResetMap,
    /// Show this part of the world (a region preset, a fit, a focused facility).
    SetViewport(Viewport),
    /// The finer basemap arrived.
    DetailLoaded(Shared<Scene>),
    /// The selection changed (a chart mark, a chip's ×, "Clear all"): the new filters, made by
    /// `filter::Filters`' methods where the reader acted, so the first view carries none of them.
    SetFilters(Filters),
    /// One change made in the filter panel.
    #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
    EditFilters(crate::query::selection::Edit),
    /// The timeline's year (`None` switches it off) and what it counts from.
    SetTimeline(Option<Year>, By),
    /// The page a link or the host asked for (view, embed, story step, theme, language).
    #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
    SetPage(address::Page),
}

pub fn reduce(state: &State, action: Action) -> State {
    let mut next = state.clone();
    match action {
        Action::SetTheme(t) => {
            next.theme = t;
            // A theme the address asks for wins over the system's.
            #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
            {
                next.system_theme = t;
                next.theme = next.page.theme.unwrap_or(t);
            }
        }
        Action::SetWords(w) => next.words = w,
        Action::HoverFacility(f) => {
            next.hover.facility = f.filter(|i| *i < state.data.facilities.len());
            if next.hover.facility.is_some() {
                next.hover.cluster = None;
            }
        }
        Action::HoverCluster(c) => {
            next.hover.cluster = c.filter(|i| *i < state.data.facilities.len());
            if next.hover.cluster.is_some() {
                next.hover.facility = None;
            }
        }
        Action::SelectFacility(f) => next.selected = f.filter(|i| *i < state.data.facilities.len()),
        Action::ChartDrawn => next.drawn.chart = true,
        Action::MapDrawn => next.drawn.map = true,
        Action::ZoomMap { anchor, factor, canvas } => next.viewport = state.viewport.zoom_about(anchor, factor, canvas),
        Action::PanMap { delta, canvas } => next.viewport = state.viewport.pan_by(delta, canvas),
        Action::ResetMap => next.viewport = Viewport::default(),
        Action::SetViewport(v) => next.viewport = v,
        Action::DetailLoaded(scene) => next.detail = Some(scene),
        Action::SetFilters(f) => next.filters = Shared::new(f),
        #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
        Action::EditFilters(e) => {
            let f = next.filters.edit(e);
            if f != *next.filters {
                next.filters = Shared::new(f);
            }
        }
        Action::SetTimeline(year, by) => {
            next.timeline = year;
            next.timeline_by = by;
        }
        #[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
        Action::SetPage(page) => {
            next.theme = page.theme.unwrap_or(next.system_theme);
            next.page = page;
        }
        Action::ImportStarted(file) => next.import = Import::Reading { file, progress: 0.0 },
        Action::ImportProgress(p) => {
            if let Import::Reading { progress, .. } = &mut next.import {
                *progress = p.clamp(0.0, 1.0);
            }
        }
        Action::ImportFinished { data, report } => {
            if let Some(data) = data {
                next.origin = Origin::File(report.file.clone());
                next.data = data;
                next.selected = None;
                next.hover = Hover::default();
            }
            next.import = Import::Done(report);
        }
        Action::ImportFailed { file, message } => next.import = Import::Failed { file, message },
        Action::DismissImport => next.import = Import::Idle,
        Action::ResetData => {
            next.data = state.builtin.clone();
            next.origin = Origin::Builtin;
            next.import = Import::Idle;
            next.selected = None;
            next.hover = Hover::default();
        }
    }
    next
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::builtin;
    use crate::state::address::Page;

    const CANVAS: Canvas = Canvas { width: 800.0, height: 400.0, pad: 2.0 };

    #[test]
    fn map_moves_and_resets() {
        let s0 = State::new(Shared::new(builtin().0), ThemeName::Light);
        let s1 = reduce(&s0, Action::ZoomMap { anchor: (400.0, 200.0), factor: 4.0, canvas: CANVAS });
        let s2 = reduce(&s1, Action::PanMap { delta: (50.0, 0.0), canvas: CANVAS });
        assert!(s2.viewport.center.x < s1.viewport.center.x, "dragging right shows what is west");
        assert_eq!(reduce(&s2, Action::ResetMap).viewport, Viewport::default());
    }

    fn report(file: &str, loaded: usize) -> Shared<ImportReport> {
        Shared::new(ImportReport {
            file: file.into(),
            loaded,
            headers: vec![],
            rejected: vec![],
            file_problems: vec![],
        })
    }

    /// The theme is the address's while it names one, else the system's, whichever changed last.
    #[test]
    fn the_theme_is_the_address_s_else_the_system_s() {
        let dark = Page { theme: Some(ThemeName::Dark), ..Page::default() };
        let cases: Vec<(&str, Vec<Action>, ThemeName)> = vec![
            ("a link asks for dark", vec![Action::SetPage(dark.clone())], ThemeName::Dark),
            (
                "the address no longer asks",
                vec![Action::SetPage(dark.clone()), Action::SetPage(Page::default())],
                ThemeName::Light,
            ),
            ("the system turns dark", vec![Action::SetTheme(ThemeName::Dark)], ThemeName::Dark),
            (
                "the system turns dark while a link asks for light",
                vec![
                    Action::SetPage(Page { theme: Some(ThemeName::Light), ..Page::default() }),
                    Action::SetTheme(ThemeName::Dark),
                ],
                ThemeName::Light,
            ),
            (
                "then the address asks for none",
                vec![
                    Action::SetPage(Page { theme: Some(ThemeName::Light), ..Page::default() }),
                    Action::SetTheme(ThemeName::Dark),
                    Action::SetPage(Page::default()),
                ],
                ThemeName::Dark,
            ),
        ];
        let s0 = State::new(Shared::new(builtin().0), ThemeName::Light);
        for (name, actions, want) in cases {
            let s = actions.into_iter().fold(s0.clone(), |s, a| reduce(&s, a));
            assert_eq!(s.theme, want, "{name}");
        }
    }

    #[test]
    fn actions_change_only_their_part() {
        let s0 = State::new(Shared::new(builtin().0), ThemeName::Light);
        let cases: Vec<(Action, fn(&State) -> bool)> = vec![
            (Action::SetTheme(ThemeName::Dark), |s| s.theme == ThemeName::Dark),
            (Action::HoverFacility(Some(7)), |s| s.hover.facility == Some(7) && s.hover.cluster.is_none()),
            (Action::HoverFacility(Some(1_000_000)), |s| s.hover.facility.is_none()),
            (Action::SelectFacility(Some(2)), |s| s.selected == Some(2)),
            (Action::ChartDrawn, |s| s.drawn.chart && !s.drawn.all()),
            (Action::ZoomMap { anchor: (10.0, 10.0), factor: 2.0, canvas: CANVAS }, |s| s.viewport.zoom == 2.0),
            (Action::ResetMap, |s| s.viewport == Viewport::default()),
            (
                Action::ImportStarted("a.csv".into()),
                |s| matches!(&s.import, Import::Reading { progress, .. } if *progress == 0.0),
            ),
        ];
        for (action, check) in cases {
            assert!(check(&reduce(&s0, action.clone())), "{action:?}");
        }
        let ready = [Action::ChartDrawn, Action::MapDrawn].into_iter().fold(s0, |s, a| reduce(&s, a));
        assert!(ready.drawn.all());
    }

    #[test]
    fn a_file_with_nothing_valid_changes_nothing_but_the_message() {
        let s0 = reduce(&State::new(Shared::new(builtin().0), ThemeName::Light), Action::SelectFacility(Some(4)));
        let s1 = reduce(&s0, Action::ImportFinished { data: None, report: report("bad.csv", 0) });
        assert_eq!(s1.data, s0.data);
        assert_eq!(s1.selected, Some(4));
        assert_eq!(s1.origin, Origin::Builtin);
        assert!(matches!(s1.import, Import::Done(_)));
        let s2 = reduce(&s0, Action::ImportFailed { file: "x.png".into(), message: Message::plain("not text".into()) });
        assert_eq!((s2.data.clone(), s2.selected), (s0.data.clone(), Some(4)));
    }

    #[test]
    fn a_good_file_replaces_the_data_and_reset_brings_the_builtin_back() {
        let s0 = State::new(Shared::new(builtin().0), ThemeName::Light);
        let mine = Shared::new(Dataset { facilities: builtin().0.facilities[..3].to_vec(), aggregates: vec![] });
        let s1 = reduce(&s0, Action::ImportFinished { data: Some(mine.clone()), report: report("mine.csv", 3) });
        assert_eq!(s1.data, mine);
        assert_eq!(s1.origin, Origin::File("mine.csv".into()));
        let s2 = reduce(&s1, Action::ResetData);
        assert_eq!(s2.data, s0.builtin);
        assert_eq!(s2.origin, Origin::Builtin);
        assert_eq!(s2.import, Import::Idle);
    }
}
