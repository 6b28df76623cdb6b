//! The app's state as plain data, changed only by `reduce(state, Action)`. Views derive what they show.

use crate::theme::ThemeName;

/// Which chart mark or map facility the pointer or keyboard is on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Hover {
    pub chart_mark: Option<usize>,
    pub facility: Option<usize>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    pub theme: ThemeName,
    pub hover: Hover,
    /// Which first views have drawn once; `app-ready` is marked when all have.
    pub drawn: Drawn,
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

/// Every change: a click, a key, a pointer move, a system setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    SetTheme(ThemeName),
    HoverChartMark(Option<usize>),
    HoverFacility(Option<usize>),
    ChartDrawn,
    MapDrawn,
}

pub fn reduce(state: &State, action: Action) -> State {
    let mut next = state.clone();
    match action {
        Action::SetTheme(t) => next.theme = t,
        Action::HoverChartMark(m) => next.hover.chart_mark = m,
        Action::HoverFacility(f) => next.hover.facility = f,
        Action::ChartDrawn => next.drawn.chart = true,
        Action::MapDrawn => next.drawn.map = true,
    }
    next
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_change_only_their_part() {
        let s0 = State::default();
        let cases: &[(Action, fn(&State) -> bool)] = &[
            (Action::SetTheme(ThemeName::Dark), |s| s.theme == ThemeName::Dark),
            (Action::HoverChartMark(Some(3)), |s| s.hover.chart_mark == Some(3) && s.hover.facility.is_none()),
            (Action::HoverFacility(Some(7)), |s| s.hover.facility == Some(7) && s.hover.chart_mark.is_none()),
            (Action::ChartDrawn, |s| s.drawn.chart && !s.drawn.all()),
        ];
        for (action, check) in cases {
            assert!(check(&reduce(&s0, *action)), "{action:?}");
        }
        let ready = [Action::ChartDrawn, Action::MapDrawn].into_iter().fold(s0, |s, a| reduce(&s, a));
        assert!(ready.drawn.all());
    }
}
