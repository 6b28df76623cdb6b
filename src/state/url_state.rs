//! The whole state a link carries in the URL fragment (the embed API): `encode` writes it, `decode` reads it back.
//!
//! A fragment is `&`-separated `key=value` pairs. [`encode`] writes them in this fixed order and leaves
//! every default out, so the default state is the empty fragment:
//!
//! | key | value | field |
//! |---|---|---|
//! | `view` | `map`, `table`, `sources`, `story`, `chart:<id>` (`overview` is the default) | [`UrlState::view`] |
//! | `step` | the story's step, from 1 (read only with `view=story`) | [`UrlState::step`] |
//! | `segment` | a segment code such as `battery_cells` | `filters.segment` |
//! | `status` | a status code such as `operational` | `filters.status` |
//! | `country` | ISO alpha-2 codes, comma separated: `HU,DE` | `filters.countries` |
//! | `region` | a host-region code such as `europe` | `filters.region` |
//! | `company` | company names, each percent-encoded, comma separated | `filters.companies` |
//! | `years` | `2019-2025`, or `2023` for one year | `filters.years` |
//! | `owned` | `chinese` | `filters.chinese_owned` |
//! | `disclosed` | `1` | `filters.disclosed` |
//! | `q` | percent-encoded free text | `filters.q` |
//! | `focus` | a facility id, `[A-Za-z0-9_-]{1,40}` | [`UrlState::focus`] |
//! | `year` | a timeline year | [`UrlState::year`] |
//! | `by` | `production` (`announced` is the default) | [`UrlState::by`] |
//! | `map` | `zoom,x,y` as [`Viewport::encode`] writes it | [`UrlState::map`] |
//! | `theme` | `light` or `dark` | [`UrlState::theme`] |
//! | `lang` | a catalog's tag: `en`, `pt-BR`, `zh-CN` | [`UrlState::lang`] |
//! | `embed` | `1` | [`UrlState::embed`] |
//!
//! Percent-encoding: `encode` writes every byte outside `A-Za-z0-9-_.~` as `%XX` (upper-case hex) of its
//! UTF-8, so commas, `&`, `=`, `#`, `%`, `+`, spaces and any other character survive. `decode` also takes
//! lower-case hex, raw non-ASCII text and, in `q` only, `+` for a space.
//!
//! **Decoding never fails**: it returns the state it could read and one short notice per parameter it
//! could not. Unknown keys and bad values get a notice and are ignored (a bad value ignores that
//! parameter only); a broken `%` escape ignores the whole parameter; in `country` only the bad codes are
//! left out. A repeated key: the last non-empty value wins. Empty values, empty pieces (`&&`) and empty
//! list items are ignored silently. `years` with the first year after the last is swapped; years must lie
//! in 1990–2100. Lower-case country codes are read as upper case; duplicate countries and companies are
//! kept once, where they first appear. Notices come in the order of the fragment; past
//! [`MAX_NOTICES`] one last notice counts the rest.
//!
//! **Canonical states**: `decode(&encode(&s)) == (s, vec![])` holds exactly for the states `decode` can
//! return, which are those where
//! - countries and companies have no duplicates, and no company is empty (names are not trimmed: `" BYD "`
//!   and `" "` round-trip);
//! - `years` has first ≤ last, `year` and both `years` lie in 1990–2100;
//! - `focus` matches `[A-Za-z0-9_-]{1,40}` and `lang` is the tag of a catalog in `i18n/` (as its file is named: `pt-BR`, not `pt-br`);
//! - `map` is one [`Viewport::decode`] can return (zoom within its bounds, finite centre within ±4).
//!
//! `q` is kept exactly as written, so a `q` of only spaces is still encoded (and decoded). Anything else
//! is still written by `encode`, and reading it back gives the nearest canonical state plus a notice (an
//! empty focus or language, and empty company names, are left out without one).

use std::collections::HashSet;

use crate::i18n::Message;
use crate::map::viewport::Viewport;
use crate::model::region::HostRegion;
use crate::model::{CountryCode, Segment, Status, Year};
use crate::query::filter::Filters;
use crate::query::timeline::By;
use crate::theme::ThemeName;

use super::percent::{self, Unreadable};

/// Past this many notices, `decode` adds one that counts the rest instead.
pub const MAX_NOTICES: usize = 10;

const FIRST_YEAR: u16 = 1990;
const LAST_YEAR: u16 = 2100;
const FOCUS_MAX_LEN: usize = 40;
/// How much of a key or value a notice quotes.
const QUOTE_CHARS: usize = 40;

/// One chart, shown on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartId {
    HomeAbroad,
    Segments,
    Places,
    Pipeline,
    Capacity,
}

impl ChartId {
    pub const ALL: &'static [ChartId] =
        &[ChartId::HomeAbroad, ChartId::Segments, ChartId::Places, ChartId::Pipeline, ChartId::Capacity];

    /// The code after `chart:` in the URL.
    pub fn code(self) -> &'static str {
        match self {
            ChartId::HomeAbroad => "home-abroad",
            ChartId::Segments => "segments",
            ChartId::Places => "places",
            ChartId::Pipeline => "pipeline",
            ChartId::Capacity => "capacity",
        }
    }

    pub fn from_code(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.code() == s)
    }
}

/// What the page shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    #[default]
    Overview,
    Map,
    Table,
    Sources,
    /// The article as a guided walk through the data, one step at a time (`step=`).
    Story,
    Chart(ChartId),
}

impl View {
    pub const ALL: &'static [View] = &[
        View::Overview,
        View::Map,
        View::Table,
        View::Sources,
        View::Story,
        View::Chart(ChartId::HomeAbroad),
        View::Chart(ChartId::Segments),
        View::Chart(ChartId::Places),
        View::Chart(ChartId::Pipeline),
        View::Chart(ChartId::Capacity),
    ];

    /// The value of `view=`: `map`, `chart:places`, …
    pub fn code(self) -> String {
        match self {
            View::Overview => "overview".to_owned(),
            View::Map => "map".to_owned(),
            View::Table => "table".to_owned(),
            View::Sources => "sources".to_owned(),
            View::Story => "story".to_owned(),
            View::Chart(c) => format!("chart:{}", c.code()),
        }
    }

    pub fn from_code(s: &str) -> Option<Self> {
        match s {
            "overview" => Some(View::Overview),
            "map" => Some(View::Map),
            "table" => Some(View::Table),
            "sources" => Some(View::Sources),
            "story" => Some(View::Story),
            _ => s.strip_prefix("chart:").and_then(ChartId::from_code).map(View::Chart),
        }
    }
}

/// Which year places a plant on the timeline.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum TimelineBy {
    #[default]
    Announced,
    Production,
}

impl TimelineBy {
    pub fn code(self) -> &'static str {
        match self {
            TimelineBy::Announced => "announced",
            TimelineBy::Production => "production",
        }
    }

    pub fn from_code(s: &str) -> Option<Self> {
        match s {
            "announced" => Some(TimelineBy::Announced),
            "production" => Some(TimelineBy::Production),
            _ => None,
        }
    }
}

/// Everything a link can say about what the page shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UrlState {
    pub view: View,
    /// The story's step as the link gives it (from 1; the story clamps it to its length, with a notice).
    pub step: Option<u32>,
    pub filters: Filters,
    /// A facility id, `[A-Za-z0-9_-]{1,40}`.
    pub focus: Option<String>,
    /// The timeline year, 1990–2100.
    pub year: Option<Year>,
    pub by: TimelineBy,
    pub map: Option<Viewport>,
    pub theme: Option<ThemeName>,
    /// Only `"en"` exists.
    pub lang: Option<String>,
    /// Shown inside another page: no header or footer.
    pub embed: bool,
}

/// The address's word for what the timeline counts from, and the timeline's own.
impl From<TimelineBy> for By {
    fn from(t: TimelineBy) -> By {
        match t {
            TimelineBy::Announced => By::Announced,
            TimelineBy::Production => By::Production,
        }
    }
}

impl From<By> for TimelineBy {
    fn from(b: By) -> TimelineBy {
        match b {
            By::Announced => TimelineBy::Announced,
            By::Production => TimelineBy::Production,
        }
    }
}

/// The parameters, in the order `encode` writes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Key {
    View,
    Step,
    Segment,
    Status,
    Country,
    Region,
    Company,
    Years,
    Owned,
    Disclosed,
    Q,
    Focus,
    Year,
    By,
    Map,
    Theme,
    Lang,
    Embed,
}

impl Key {
    const ALL: [Key; 18] = [
        Key::View,
        Key::Step,
        Key::Segment,
        Key::Status,
        Key::Country,
        Key::Region,
        Key::Company,
        Key::Years,
        Key::Owned,
        Key::Disclosed,
        Key::Q,
        Key::Focus,
        Key::Year,
        Key::By,
        Key::Map,
        Key::Theme,
        Key::Lang,
        Key::Embed,
    ];

    fn name(self) -> &'static str {
        match self {
            Key::View => "view",
            Key::Step => "step",
            Key::Segment => "segment",
            Key::Status => "status",
            Key::Country => "country",
            Key::Region => "region",
            Key::Company => "company",
            Key::Years => "years",
            Key::Owned => "owned",
            Key::Disclosed => "disclosed",
            Key::Q => "q",
            Key::Focus => "focus",
            Key::Year => "year",
            Key::By => "by",
            Key::Map => "map",
            Key::Theme => "theme",
            Key::Lang => "lang",
            Key::Embed => "embed",
        }
    }

    fn from_name(s: &str) -> Option<Key> {
        Self::ALL.iter().copied().find(|k| k.name() == s)
    }

    fn index(self) -> usize {
        self as usize
    }
}

fn theme_code(t: ThemeName) -> &'static str {
    match t {
        ThemeName::Light => "light",
        ThemeName::Dark => "dark",
    }
}

fn theme_from_code(s: &str) -> Option<ThemeName> {
    match s {
        "light" => Some(ThemeName::Light),
        "dark" => Some(ThemeName::Dark),
        _ => None,
    }
}

/// The fragment for `s`, without `#`; `""` for the default state.
pub fn encode(s: &UrlState) -> String {
    let f = &s.filters;
    let mut out: Vec<String> = Vec::new();
    let mut put = |key: Key, value: String| {
        if !value.is_empty() {
            out.push(format!("{}={value}", key.name()));
        }
    };
    if s.view != View::Overview {
        put(Key::View, s.view.code());
    }
    if let Some(n) = s.step {
        put(Key::Step, n.to_string());
    }
    if let Some(x) = f.segment {
        put(Key::Segment, x.code().to_owned());
    }
    if let Some(x) = f.status {
        put(Key::Status, x.code().to_owned());
    }
    put(Key::Country, f.countries.iter().map(CountryCode::as_str).collect::<Vec<_>>().join(","));
    if let Some(r) = f.region {
        put(Key::Region, r.code().to_owned());
    }
    put(
        Key::Company,
        f.companies.iter().filter(|c| !c.is_empty()).map(|c| percent::encode(c)).collect::<Vec<_>>().join(","),
    );
    if let Some((a, b)) = f.years {
        put(Key::Years, if a == b { a.0.to_string() } else { format!("{}-{}", a.0, b.0) });
    }
    if f.chinese_owned {
        put(Key::Owned, "chinese".to_owned());
    }
    if f.disclosed {
        put(Key::Disclosed, "1".to_owned());
    }
    put(Key::Q, percent::encode(&f.q));
    if let Some(id) = &s.focus {
        put(Key::Focus, percent::encode(id));
    }
    if let Some(y) = s.year {
        put(Key::Year, y.0.to_string());
    }
    if s.by != TimelineBy::Announced {
        put(Key::By, s.by.code().to_owned());
    }
    if let Some(v) = s.map {
        // Only digits, '.', '-' and the commas for a finite viewport.
        put(Key::Map, v.encode().split(',').map(percent::encode).collect::<Vec<_>>().join(","));
    }
    if let Some(t) = s.theme {
        put(Key::Theme, theme_code(t).to_owned());
    }
    if let Some(l) = &s.lang {
        put(Key::Lang, percent::encode(l));
    }
    if s.embed {
        put(Key::Embed, "1".to_owned());
    }
    out.join("&")
}

/// The state a fragment (with or without its leading `#`) asks for, and one notice per parameter that
/// could not be understood (a message, said in the reader's language where it is shown). Never fails:
/// what cannot be read is left at its default.
pub fn decode(fragment: &str) -> (UrlState, Vec<Message>) {
    let text = fragment.strip_prefix('#').unwrap_or(fragment);
    // For each known key, the last non-empty value and where it stood.
    let mut last: [Option<(usize, &str)>; Key::ALL.len()] = [None; Key::ALL.len()];
    let mut notices: Vec<(usize, Message)> = Vec::new();
    let mut unknown: HashSet<&str> = HashSet::new();
    for (pos, piece) in text.split('&').enumerate() {
        let (key, value) = piece.split_once('=').unwrap_or((piece, ""));
        match Key::from_name(key) {
            Some(k) if !value.is_empty() => last[k.index()] = Some((pos, value)),
            Some(_) => {}
            None if key.is_empty() => {
                if !value.is_empty() {
                    notices.push((pos, Message::new("url-no-name", vec![("piece", quote(piece).into())])));
                }
            }
            None => {
                if unknown.insert(key) {
                    notices.push((pos, Message::new("url-unknown", vec![("key", quote(key).into())])));
                }
            }
        }
    }
    let mut state = UrlState::default();
    for key in Key::ALL {
        if let Some((pos, raw)) = last[key.index()] {
            if let Some(notice) = apply(&mut state, key, raw) {
                notices.push((pos, notice));
            }
        }
    }
    notices.sort_by_key(|(pos, _)| *pos);
    let mut notices: Vec<Message> = notices.into_iter().map(|(_, n)| n).collect();
    if notices.len() > MAX_NOTICES {
        let rest = notices.len() - MAX_NOTICES;
        notices.truncate(MAX_NOTICES);
        notices.push(Message::new("url-more", vec![("count", rest.into())]));
    }
    (state, notices)
}

/// Reads one parameter's raw (still percent-encoded, non-empty) value into `s`; the notice if it could
/// not, or could only in part.
fn apply(s: &mut UrlState, key: Key, raw: &str) -> Option<Message> {
    let param = format!("{}={}", key.name(), quote(raw));
    let bad = |id: &'static str| Some(Message::new(id, vec![("param", param.as_str().into())]));
    let bad_of = |id: &'static str, all: String| {
        Some(Message::new(id, vec![("param", param.as_str().into()), ("all", all.into())]))
    };
    let text = match percent::decode(raw, key == Key::Q) {
        Ok(t) => t,
        Err(e) => return bad(e.id()),
    };
    let f = &mut s.filters;
    match key {
        Key::View => match View::from_code(&text) {
            Some(v) => s.view = v,
            None => {
                let all: Vec<String> = View::ALL.iter().map(|v| v.code()).collect();
                return bad_of("url-view", all.join(", "));
            }
        },
        Key::Segment => match Segment::from_code(&text) {
            Some(x) => f.segment = Some(x),
            None => return bad_of("url-segment", Segment::expected()),
        },
        Key::Status => match Status::from_code(&text) {
            Some(x) => f.status = Some(x),
            None => return bad_of("url-status", Status::expected()),
        },
        Key::Region => match HostRegion::from_code(&text) {
            Some(x) => f.region = Some(x),
            None => {
                let all: Vec<&str> = HostRegion::ALL.iter().map(|r| r.code()).collect();
                return bad_of("url-region", all.join(", "));
            }
        },
        Key::Country => {
            let items = match list(raw) {
                Ok(items) => items,
                Err(e) => return bad(e.id()),
            };
            let mut wrong = Vec::new();
            for item in items {
                match CountryCode::parse(&item.to_ascii_uppercase()) {
                    Some(c) if !f.countries.contains(&c) => f.countries.push(c),
                    Some(_) => {}
                    None => wrong.push(quote(&item)),
                }
            }
            if !wrong.is_empty() {
                let args = vec![
                    ("param", param.as_str().into()),
                    ("count", wrong.len().into()),
                    ("wrong", wrong.join(", ").into()),
                ];
                return Some(Message::new("url-country", args));
            }
        }
        Key::Company => {
            let items = match list(raw) {
                Ok(items) => items,
                Err(e) => return bad(e.id()),
            };
            for item in items {
                if !f.companies.contains(&item) {
                    f.companies.push(item);
                }
            }
        }
        Key::Years => {
            let range = match text.split_once('-') {
                Some((a, b)) => year(a).and_then(|a| Ok((a, year(b)?))),
                None => year(&text).map(|a| (a, a)),
            };
            match range {
                Ok((a, b)) => f.years = Some((a.min(b), a.max(b))),
                Err(YearError::NotAYear) => return bad("url-years"),
                Err(YearError::OutOfRange) => return bad("url-out-of-range"),
            }
        }
        Key::Owned => match text.as_str() {
            "chinese" => f.chinese_owned = true,
            _ => return bad("url-owned"),
        },
        Key::Disclosed => match switch(&text) {
            Some(on) => f.disclosed = on,
            None => return bad("url-switch"),
        },
        Key::Q => f.q = text,
        Key::Focus => {
            let ok = text.len() <= FOCUS_MAX_LEN
                && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
            if !ok {
                return bad("url-focus");
            }
            s.focus = Some(text);
        }
        Key::Step => match text.parse::<u32>() {
            Ok(n) if text.bytes().all(|b| b.is_ascii_digit()) => s.step = Some(n),
            _ => return bad("url-step"),
        },
        Key::Year => match year(&text) {
            Ok(y) => s.year = Some(y),
            Err(YearError::NotAYear) => return bad("url-year"),
            Err(YearError::OutOfRange) => return bad("url-out-of-range"),
        },
        Key::By => match TimelineBy::from_code(&text) {
            Some(b) => s.by = b,
            None => return bad("url-by"),
        },
        Key::Map => match Viewport::decode(&text) {
            Some(v) => s.map = Some(v),
            None => return bad("url-map"),
        },
        Key::Theme => match theme_from_code(&text) {
            Some(t) => s.theme = Some(t),
            None => return bad("url-theme"),
        },
        Key::Lang => match crate::i18n::lang::find(&text) {
            Some(l) => s.lang = Some(l.tag.to_owned()),
            None => {
                let tags: Vec<&str> = crate::i18n::lang::LANGUAGES.iter().map(|l| l.tag).collect();
                return bad_of("url-lang", tags.join(", "));
            }
        },
        Key::Embed => match switch(&text) {
            Some(on) => s.embed = on,
            None => return bad("url-switch"),
        },
    }
    None
}

enum YearError {
    NotAYear,
    OutOfRange,
}

/// A year of 1990–2100 written in digits.
fn year(s: &str) -> Result<Year, YearError> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(YearError::NotAYear);
    }
    match s.parse::<u16>() {
        Ok(y) if (FIRST_YEAR..=LAST_YEAR).contains(&y) => Ok(Year(y)),
        _ => Err(YearError::OutOfRange),
    }
}

fn switch(s: &str) -> Option<bool> {
    match s {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
}

/// The non-empty items of a comma-separated list, each percent-decoded (a `%2C` stays inside its item).
fn list(raw: &str) -> Result<Vec<String>, Unreadable> {
    raw.split(',').filter(|item| !item.is_empty()).map(|item| percent::decode(item, false)).collect()
}

/// At most `QUOTE_CHARS` characters of `s`, for a notice.
fn quote(s: &str) -> String {
    let mut chars = s.chars();
    let head: String = chars.by_ref().take(QUOTE_CHARS).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notices_are_said_in_the_readers_language() {
        let catalog = crate::i18n::catalog_for_tests;
        let (_, notices) = decode("view=nope&country=X1,HU&zz=1&years=3000");
        let cases = [
            (
                "pt-BR",
                [
                    "view=nope não é uma visualização (overview, map, table, sources, story, chart:home-abroad, chart:segments, chart:places, chart:pipeline, chart:capacity); ignorado",
                    "country=X1,HU: X1 não é um código de país (duas letras, como HU); ignorado",
                    "zz não é um parâmetro desta página; ignorado",
                    "years=3000 está fora dos anos de 1990 a 2100; ignorado",
                ],
            ),
            (
                "zh-CN",
                [
                    "view=nope不是有效的视图（overview, map, table, sources, story, chart:home-abroad, chart:segments, chart:places, chart:pipeline, chart:capacity），已忽略",
                    "country=X1,HU：X1不是有效的国家代码（两个字母，如HU），已忽略",
                    "zz不是本页的参数，已忽略",
                    "years=3000超出1990年至2100年的范围，已忽略",
                ],
            ),
        ];
        for (tag, want) in cases {
            let words = catalog(tag);
            let said: Vec<String> = notices.iter().map(|m| m.say(&words)).collect();
            assert_eq!(said, want, "{tag}");
        }
    }

    /// `decode`, its notices said in English.
    fn decode_en(fragment: &str) -> (UrlState, Vec<String>) {
        let (state, notices) = decode(fragment);
        let en = crate::i18n::english();
        (state, notices.iter().map(|m| m.say(&en)).collect())
    }
    use crate::geo::equal_earth::MapPoint;
    use proptest::prelude::*;

    fn code(s: &str) -> CountryCode {
        CountryCode::parse(s).expect("valid code")
    }

    /// The default state with `change` applied.
    fn state(change: impl FnOnce(&mut UrlState)) -> UrlState {
        let mut s = UrlState::default();
        change(&mut s);
        s
    }

    /// The default state with `change` applied to its filters.
    fn filters(change: impl FnOnce(&mut Filters)) -> UrlState {
        state(|s| change(&mut s.filters))
    }

    /// The full example of the embed documentation.
    fn full_example() -> UrlState {
        UrlState {
            view: View::Table,
            filters: Filters {
                segment: Some(Segment::BatteryCells),
                status: Some(Status::Operational),
                countries: vec![code("HU")],
                years: Some((Year(2019), Year(2025))),
                q: "CATL Debrecen".into(),
                ..Filters::default()
            },
            focus: Some("F014".into()),
            ..UrlState::default()
        }
    }

    /// Every parameter set, none at its default.
    fn everything() -> UrlState {
        UrlState {
            view: View::Chart(ChartId::HomeAbroad),
            step: Some(3),
            filters: Filters {
                segment: Some(Segment::Components),
                status: Some(Status::UnderConstruction),
                countries: vec![code("HU"), code("DE")],
                region: Some(HostRegion::MiddleEastNorthAfrica),
                companies: vec!["A, B & C".into(), "Gotion High-Tech".into(), "100%".into()],
                years: Some((Year(2023), Year(2023))),
                chinese_owned: true,
                disclosed: true,
                q: "Ústí #2 a+b=c".into(),
            },
            focus: Some("F_1-2".into()),
            year: Some(Year(2030)),
            by: TimelineBy::Production,
            map: Some(Viewport { zoom: 7.25, center: MapPoint { x: 0.5, y: -1.25 } }),
            theme: Some(ThemeName::Dark),
            lang: Some("en".into()),
            embed: true,
        }
    }

    #[test]
    fn canonical_fragments_decode_and_encode_back() {
        let cases: Vec<(&str, UrlState)> = vec![
            ("", UrlState::default()),
            (
                "view=table&segment=battery_cells&status=operational&country=HU&years=2019-2025\
                 &q=CATL%20Debrecen&focus=F014",
                full_example(),
            ),
            ("view=chart:places", state(|s| s.view = View::Chart(ChartId::Places))),
            ("view=map", state(|s| s.view = View::Map)),
            ("view=sources", state(|s| s.view = View::Sources)),
            ("view=story&step=3", state(|s| (s.view, s.step) = (View::Story, Some(3)))),
            ("embed=1", state(|s| s.embed = true)),
            ("theme=dark", state(|s| s.theme = Some(ThemeName::Dark))),
            ("theme=light", state(|s| s.theme = Some(ThemeName::Light))),
            ("lang=en", state(|s| s.lang = Some("en".into()))),
            ("map=4,0.25,-0.5", state(|s| s.map = Some(Viewport { zoom: 4.0, center: MapPoint { x: 0.25, y: -0.5 } }))),
            (
                "year=2024&by=production",
                state(|s| {
                    s.year = Some(Year(2024));
                    s.by = TimelineBy::Production;
                }),
            ),
            ("country=HU,DE", filters(|f| f.countries = vec![code("HU"), code("DE")])),
            ("region=southeast-asia", filters(|f| f.region = Some(HostRegion::SoutheastAsia))),
            ("company=BYD,A%2C%20B%20%26%20C", filters(|f| f.companies = vec!["BYD".into(), "A, B & C".into()])),
            ("company=%20", filters(|f| f.companies = vec![" ".into()])),
            ("years=2023", filters(|f| f.years = Some((Year(2023), Year(2023))))),
            (
                "owned=chinese&disclosed=1",
                filters(|f| {
                    f.chinese_owned = true;
                    f.disclosed = true;
                }),
            ),
            ("q=%20%20", filters(|f| f.q = "  ".into())),
            ("q=%25%26%3D%23%2B%2C", filters(|f| f.q = "%&=#+,".into())),
            ("q=%E5%AE%81%E5%BE%B7", filters(|f| f.q = "宁德".into())),
            (
                "view=chart:home-abroad&step=3&segment=components&status=under_construction&country=HU,DE&region=mena\
                 &company=A%2C%20B%20%26%20C,Gotion%20High-Tech,100%25&years=2023&owned=chinese&disclosed=1\
                 &q=%C3%9Ast%C3%AD%20%232%20a%2Bb%3Dc&focus=F_1-2&year=2030&by=production&map=7.25,0.5,-1.25\
                 &theme=dark&lang=en&embed=1",
                everything(),
            ),
        ];
        for (text, want) in &cases {
            assert_eq!(decode_en(text), (want.clone(), vec![]), "decode {text:?}");
            assert_eq!(decode_en(&format!("#{text}")), (want.clone(), vec![]), "decode #{text:?}");
            assert_eq!(encode(want), *text, "encode {want:?}");
        }
    }

    #[test]
    fn other_spellings_decode_quietly_to_the_canonical_state() {
        // (fragment, what it re-encodes to)
        let cases = [
            ("#", ""),
            ("&&", ""),
            ("=", ""),
            ("view=overview&by=announced", ""),
            ("segment=&status=", ""),
            ("embed", ""),
            ("disclosed=0&embed=0", ""),
            ("segment=rockets&segment=battery_cells", "segment=battery_cells"),
            ("segment=battery_cells&segment=", "segment=battery_cells"),
            ("q=caf%c3%a9", "q=caf%C3%A9"),
            ("q=battery+plant", "q=battery%20plant"),
            ("q=Ústí", "q=%C3%9Ast%C3%AD"),
            ("company=A+B", "company=A%2BB"),
            ("years=2025-2019", "years=2019-2025"),
            ("years=2023-2023", "years=2023"),
            ("country=hu,HU,,DE,hu", "country=HU,DE"),
            ("country=H%55", "country=HU"),
            ("company=,BYD,,BYD,CATL", "company=BYD,CATL"),
            ("map=2%2C0%2C0", "map=2,0,0"),
            ("map=500,0,0", "map=64,0,0"),
            ("map= 2 , 0.5 , 0 ", "map=2,0.5,0"),
            ("view=map&view=table", "view=table"),
            ("#embed=1&view=map", "view=map&embed=1"),
        ];
        for (text, canonical) in cases {
            let (state, notices) = decode_en(text);
            assert_eq!(notices, Vec::<String>::new(), "{text:?}");
            assert_eq!(encode(&state), canonical, "{text:?}");
        }
    }

    #[test]
    fn bad_parameters_get_a_notice_and_the_rest_still_applies() {
        const VIEWS: &str = "(overview, map, table, sources, story, chart:home-abroad, chart:segments, chart:places, \
                             chart:pipeline, chart:capacity); ignored";
        let view = |v: &str| format!("view={v} is not a view {VIEWS}");
        let step = |v: &str| format!("step={v} is not a step number (1, 2, …); showing the first step; ignored");
        // (fragment, the canonical fragment of what is still read, the notices)
        let cases: Vec<(&str, &str, Vec<String>)> = vec![
            (
                "segment=rockets&status=operational",
                "status=operational",
                vec!["segment=rockets is not a segment (battery_cells, battery_materials, vehicle_assembly, \
                      components); ignored"
                    .into()],
            ),
            (
                "status=built&segment=components",
                "segment=components",
                vec!["status=built is not a status (announced, under_construction, operational, paused, \
                      cancelled); ignored"
                    .into()],
            ),
            (
                "country=hu,XX1&view=map",
                "view=map&country=HU",
                vec!["country=hu,XX1: XX1 is not a country code (two letters, such as HU); ignored".into()],
            ),
            (
                "country=X,DE,123",
                "country=DE",
                vec!["country=X,DE,123: X, 123 are not country codes (two letters, such as HU); ignored".into()],
            ),
            (
                "region=asia&status=operational",
                "status=operational",
                vec!["region=asia is not a region (europe, southeast-asia, americas, mena, south-central-asia, \
                      sub-saharan-africa, east-asia-oceania); ignored"
                    .into()],
            ),
            (
                "years=abc&year=2024",
                "year=2024",
                vec!["years=abc is not a year or a range of years (such as 2019-2025); ignored".into()],
            ),
            (
                "years=2019-&embed=1",
                "embed=1",
                vec!["years=2019- is not a year or a range of years (such as 2019-2025); ignored".into()],
            ),
            (
                "years=1980-2020&embed=1",
                "embed=1",
                vec!["years=1980-2020 is outside the years 1990 to 2100; ignored".into()],
            ),
            (
                "year=1800&years=2019-2025",
                "years=2019-2025",
                vec!["year=1800 is outside the years 1990 to 2100; ignored".into()],
            ),
            (
                "year=99999999999&embed=1",
                "embed=1",
                vec!["year=99999999999 is outside the years 1990 to 2100; ignored".into()],
            ),
            ("year=+2024&embed=1", "embed=1", vec!["year=+2024 is not a year (such as 2024); ignored".into()]),
            // `step` is read here only; the story holds a step number against its length (`story::step_of`).
            ("view=story&step=abc", "view=story", vec![step("abc")]),
            ("view=story&step=-1", "view=story", vec![step("-1")]),
            ("view=story&step=2.5", "view=story", vec![step("2.5")]),
            ("view=story&step=+3", "view=story", vec![step("+3")]),
            ("view=story&step=99999999999999999999999", "view=story", vec![step("99999999999999999999999")]),
            ("view=story&step=03", "view=story&step=3", vec![]),
            ("view=nope&embed=1", "embed=1", vec![view("nope")]),
            ("view=chart:rockets&embed=1", "embed=1", vec![view("chart:rockets")]),
            (
                "map=1,2&theme=dark",
                "theme=dark",
                vec!["map=1,2 is not a map view (zoom,x,y with x and y between -4 and 4); ignored".into()],
            ),
            ("theme=blue&embed=1", "embed=1", vec!["theme=blue is not a theme (light, dark); ignored".into()]),
            (
                "lang=fr&focus=F014",
                "focus=F014",
                vec!["lang=fr is not a language of the atlas (en, pt-BR, zh-CN); ignored".into()],
            ),
            (
                "focus=../etc&embed=1",
                "embed=1",
                vec!["focus=../etc is not a facility id (up to 40 letters, digits, - and _); ignored".into()],
            ),
            (
                "by=opened&embed=1",
                "embed=1",
                vec!["by=opened is not a timeline order (announced, production); ignored".into()],
            ),
            ("owned=yes&embed=1", "embed=1", vec!["owned=yes is not an ownership filter (chinese); ignored".into()]),
            ("disclosed=yes&embed=1", "embed=1", vec!["disclosed=yes is not a switch (1 or 0); ignored".into()]),
            ("embed=true&disclosed=1", "disclosed=1", vec!["embed=true is not a switch (1 or 0); ignored".into()]),
            ("foo=bar&q=x", "q=x", vec!["foo is not a parameter of this page; ignored".into()]),
            ("F014&embed=1", "embed=1", vec!["F014 is not a parameter of this page; ignored".into()]),
            ("foo=1&foo=2&embed=1", "embed=1", vec!["foo is not a parameter of this page; ignored".into()]),
            ("Segment=components&embed=1", "embed=1", vec!["Segment is not a parameter of this page; ignored".into()]),
            ("q=%ZZ&segment=components", "segment=components", vec!["q=%ZZ has a broken %-escape; ignored".into()]),
            ("q=abc%4&segment=components", "segment=components", vec!["q=abc%4 has a broken %-escape; ignored".into()]),
            (
                "q=%FF&segment=components",
                "segment=components",
                vec!["q=%FF is not UTF-8 text once decoded; ignored".into()],
            ),
            (
                "company=%ZZ,BYD&segment=components",
                "segment=components",
                vec!["company=%ZZ,BYD has a broken %-escape; ignored".into()],
            ),
            (
                "country=H%5&segment=components",
                "segment=components",
                vec!["country=H%5 has a broken %-escape; ignored".into()],
            ),
            ("&&segment=components&&", "segment=components", vec![]),
            ("=x&segment=components", "segment=components", vec!["=x has no parameter name; ignored".into()]),
            // The last value wins, even when it is the bad one.
            (
                "segment=components&segment=rockets",
                "",
                vec!["segment=rockets is not a segment (battery_cells, battery_materials, vehicle_assembly, \
                      components); ignored"
                    .into()],
            ),
            // Notices come in the order of the fragment.
            (
                "view=nope&zz=1&lang=fr&segment=components",
                "segment=components",
                vec![
                    view("nope"),
                    "zz is not a parameter of this page; ignored".into(),
                    "lang=fr is not a language of the atlas (en, pt-BR, zh-CN); ignored".into(),
                ],
            ),
        ];
        for (text, rest, notices) in cases {
            let (state, got) = decode_en(text);
            assert_eq!(got, notices, "{text:?}");
            assert_eq!(encode(&state), rest, "{text:?}");
            assert_eq!(decode_en(rest), (state, vec![]), "{text:?}");
        }
    }

    #[test]
    fn long_and_garbled_fragments_are_read_without_trouble() {
        let long_q = "a".repeat(9_998);
        let (state, notices) = decode_en(&format!("q={long_q}"));
        assert_eq!((state.filters.q.len(), notices.len()), (9_998, 0));

        let (state, notices) = decode_en(&"x".repeat(10_000));
        assert_eq!(state, UrlState::default());
        assert_eq!(notices, [format!("{}… is not a parameter of this page; ignored", "x".repeat(40))]);

        // Many copies of one unknown key: one notice.
        let (state, notices) = decode_en(&format!("{}embed=1", "a=1&".repeat(2_500)));
        assert_eq!((state.embed, notices.len()), (true, 1));

        // Many different unknown keys: the first few, then a count of the rest.
        let many: String = (0..1_500).map(|i| format!("k{i}=1&")).collect();
        let fragment = format!("{many}segment=components");
        assert!(fragment.len() >= 10_000);
        let (state, notices) = decode_en(&fragment);
        assert_eq!(state.filters.segment, Some(Segment::Components));
        assert_eq!(notices.len(), MAX_NOTICES + 1);
        assert_eq!(notices[0], "k0 is not a parameter of this page; ignored");
        assert_eq!(
            notices[MAX_NOTICES],
            format!(
                "{} more parameters could not be understood; ignored",
                crate::format::grouped((1_500 - MAX_NOTICES) as f64)
            )
        );

        // Random bytes (a fixed sequence, read leniently as text) before a good parameter.
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..50 {
            let bytes: Vec<u8> = (0..400)
                .map(|_| {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                    (seed >> 56) as u8
                })
                .collect();
            let text = String::from_utf8_lossy(&bytes);
            let (_, notices) = decode_en(&text);
            assert!(notices.len() <= MAX_NOTICES + 1);
            let (state, _) = decode_en(&format!("{text}&embed=1"));
            assert!(state.embed);
        }
    }

    const COUNTRIES: &[&str] = &["HU", "DE", "ES", "TH", "ID", "BR", "US", "MX", "MA", "TR", "XK", "AQ"];

    /// Any character, with the ones that mean something in a fragment more often.
    fn any_char() -> impl Strategy<Value = char> {
        prop_oneof![
            any::<char>(),
            proptest::sample::select(vec![',', '&', '=', '#', '%', '+', ' ', ':', '-', '~', '.', 'é', '宁']),
        ]
    }

    fn text(len: std::ops::Range<usize>) -> impl Strategy<Value = String> {
        proptest::collection::vec(any_char(), len).prop_map(|cs| cs.into_iter().collect())
    }

    fn unique<T: PartialEq>(items: Vec<T>) -> Vec<T> {
        let mut out: Vec<T> = Vec::new();
        for x in items {
            if !out.contains(&x) {
                out.push(x);
            }
        }
        out
    }

    fn year_in_range() -> impl Strategy<Value = Year> {
        (FIRST_YEAR..=LAST_YEAR).prop_map(Year)
    }

    prop_compose! {
        fn arb_filters()(
            segment in proptest::option::of(proptest::sample::select(Segment::ALL)),
            status in proptest::option::of(proptest::sample::select(Status::ALL)),
            countries in proptest::collection::vec(proptest::sample::select(COUNTRIES), 0..5),
            region in proptest::option::of(proptest::sample::select(HostRegion::ALL)),
            companies in proptest::collection::vec(text(1..12), 0..4),
            years in proptest::option::of((year_in_range(), year_in_range())),
            chinese_owned in any::<bool>(),
            disclosed in any::<bool>(),
            q in text(0..24),
        ) -> Filters {
            Filters {
                segment,
                status,
                countries: unique(countries.into_iter().map(code).collect()),
                region,
                companies: unique(companies),
                years: years.map(|(a, b)| (a.min(b), a.max(b))),
                chinese_owned,
                disclosed,
                q,
            }
        }
    }

    fn arb_viewport() -> impl Strategy<Value = Viewport> {
        (1.0..=64.0f64, -3.0..3.0f64, -3.0..3.0f64).prop_filter_map("representable", |(zoom, x, y)| {
            Viewport::decode(&Viewport { zoom, center: MapPoint { x, y } }.encode())
        })
    }

    prop_compose! {
        fn arb_state()(
            view in proptest::sample::select(View::ALL),
            filters in arb_filters(),
            focus in proptest::option::of("[A-Za-z0-9_-]{1,40}"),
            year in proptest::option::of(year_in_range()),
            by in proptest::sample::select(vec![TimelineBy::Announced, TimelineBy::Production]),
            map in proptest::option::of(arb_viewport()),
            theme in proptest::option::of(proptest::sample::select(vec![ThemeName::Light, ThemeName::Dark])),
            lang in proptest::option::of(proptest::sample::select(vec!["en".to_owned(), "pt-BR".to_owned(), "zh-CN".to_owned()])),
            embed in any::<bool>(),
            step in proptest::option::of(0u32..1000),
        ) -> UrlState {
            UrlState { view, step, filters, focus, year, by, map, theme, lang, embed }
        }
    }

    /// Pieces that look like parameters, good and bad, for fragments closer to real ones than random text.
    fn fragment_like() -> impl Strategy<Value = String> {
        let keys: Vec<&str> = Key::ALL.iter().map(|k| k.name()).chain(["", "x", "#view", "Q"]).collect();
        let piece = (proptest::sample::select(keys), proptest::option::of(text(0..12)));
        proptest::collection::vec(piece, 0..12).prop_map(|pieces| {
            let pieces: Vec<String> = pieces
                .into_iter()
                .map(|(k, v)| match v {
                    Some(v) => format!("{k}={v}"),
                    None => k.to_owned(),
                })
                .collect();
            pieces.join("&")
        })
    }

    proptest! {
        #[test]
        fn every_encodable_state_round_trips(s in arb_state()) {
            let text = encode(&s);
            prop_assert!(text.bytes().all(|b| b.is_ascii_graphic() && b != b'#'), "{text}");
            prop_assert_eq!(decode_en(&text), (s.clone(), vec![]));
            prop_assert_eq!(decode_en(&format!("#{text}")), (s, vec![]));
        }

        #[test]
        fn decode_never_panics_and_what_it_reads_is_canonical(fragment in any::<String>()) {
            let (s, notices) = decode_en(&fragment);
            prop_assert!(notices.len() <= MAX_NOTICES + 1);
            prop_assert_eq!(decode_en(&encode(&s)), (s, vec![]));
        }

        #[test]
        fn parameter_like_fragments_decode_to_canonical_states(fragment in fragment_like()) {
            let (s, notices) = decode_en(&fragment);
            prop_assert!(notices.len() <= MAX_NOTICES + 1);
            prop_assert_eq!(decode_en(&encode(&s)), (s, vec![]));
        }
    }
}
