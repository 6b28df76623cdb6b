//! The story mode's data: the news article as numbered steps, each with its words, the figures it cites and
//! the view of the atlas it shows, read from `data/story.csv` and checked against the dataset.
//!
//! **Architecture invariant:** this module knows nothing about yew or the DOM. **Data invariant:** every
//! number a step states is one of the figures it cites (`read` checks it); the only computed numbers are
//! `{count:<fragment>}` placeholders, which [`Story::resolve`] fills from the data the app shows.
//!
//! **Languages:** the file's words are English; a catalog translates a step's field as the message
//! `story-<n>-<field>` (`story-3-text`), and [`read_in`] gives each step in the catalog's language, each
//! field the file's English where the catalog has no translation, with the same checks in every language.

mod cites;
mod count;
mod notes;
mod numbers;
pub mod pages;
mod read;
mod step_of;

pub use cites::Cite;
pub use count::{count, fill};
pub use read::{read, read_in, word_of, Field};
pub use step_of::step_of;

use crate::i18n::numbers::date;
use crate::i18n::{Arg, Catalog};
use crate::model::{Dataset, Year};
use crate::state::url_state::UrlState;

/// The shipped story, `data/story.csv`.
pub const SHIPPED_CSV: &str = include_str!("../../data/story.csv");

/// The story's steps, in order (`steps[0]` is step 1).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Story {
    pub steps: Vec<Step>,
}

/// One step of the story.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// 1-based.
    pub n: usize,
    pub title: String,
    /// 2–4 sentences; `{count:…}` placeholders as written until [`Story::resolve`] fills them.
    pub text: String,
    /// The pages behind the cited figures, in `cites` order, each URL once.
    pub citations: Vec<Cited>,
    /// The view of the atlas the step shows (the `view` column, decoded without a notice).
    pub view: UrlState,
    /// The year the home-vs-abroad chart highlights.
    pub highlight_year: Option<Year>,
    /// A short label (at most [`ANNOTATION_MAX_CHARS`]) drawn on the canvas.
    pub annotation: Option<String>,
    /// What the polite live region says when the step opens.
    pub announce: String,
}

/// One page a step cites, and which of its figures the page backs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cited {
    /// Who published the page: "GreenergyDaily (Bloomberg)".
    pub publisher: String,
    /// Whose research a news page reports, as `data/aggregate-sources.csv` writes it ("Rhodium Group
    /// (report of 2025-08-18)"); empty for the researchers' own page and a plant's sources.
    pub citing: String,
    /// The page's date as the data gives it (`2025-08-17`, `2025-08`, `2025`); empty when unknown.
    pub published: String,
    pub url: String,
    /// The first cite id the page backs, as `data/story.csv` writes it (`agg:2024:overseas_ev_investment_total`).
    pub figure: String,
    /// Every cite id of the step the page backs, in `cites` order (`figure` first).
    pub figures: Vec<String>,
}

impl Cited {
    /// Who the page is by, in the reader's language: "GreenergyDaily (Bloomberg), citing Rhodium Group
    /// (report of 18 August 2025)" / "GreenergyDaily (Bloomberg)，援引Rhodium Group（2025年8月18日的报告）".
    pub fn credit(&self, words: &Catalog) -> String {
        if self.citing.is_empty() {
            return self.publisher.clone();
        }
        let (publisher, citing) = (Arg::Str(self.publisher.clone()), Arg::Str(self.citing.clone()));
        match self.citing.strip_suffix(')').and_then(|c| c.split_once(" (report of ")) {
            Some((who, report)) => words.format(
                "story-citing-report",
                &[("publisher", publisher), ("who", who.into()), ("date", date(words, report).into())],
            ),
            None => words.format("story-citing", &[("publisher", publisher), ("who", citing)]),
        }
    }

    /// The credit and the page's date, as a citation reads: "Agência Brasil, 18 July 2025".
    pub fn said(&self, words: &Catalog) -> String {
        if self.published.is_empty() {
            self.credit(words)
        } else {
            let on = date(words, &self.published);
            words.format("story-cited", &[("credit", self.credit(words).into()), ("date", on.into())])
        }
    }
}

/// The longest annotation, in characters.
pub const ANNOTATION_MAX_CHARS: usize = 40;

impl Story {
    /// The story with every `{count:…}` of its text, annotation and announcement replaced by the number of
    /// plants of `data` that the fragment's filters keep. `self` keeps its placeholders, so it can be
    /// resolved again against other data.
    pub fn resolve(&self, data: &Dataset) -> Story {
        let steps = self
            .steps
            .iter()
            .map(|s| Step {
                text: fill(&s.text, data),
                annotation: s.annotation.as_deref().map(|a| fill(a, data)),
                announce: fill(&s.announce, data),
                ..s.clone()
            })
            .collect();
        Story { steps }
    }

    pub fn len(&self) -> usize {
        self.steps.len()
    }

    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    /// Step `n` (1-based).
    pub fn step(&self, n: usize) -> Option<&Step> {
        n.checked_sub(1).and_then(|i| self.steps.get(i))
    }
}
