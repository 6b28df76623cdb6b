//! The words of a chart, in one record: what the page writes around the canvas (title, subtitle, unit,
//! source, notes), what a screen reader hears (summary) and the same numbers as a table. Every chart,
//! in the first view and the full atlas, is shown from one of these (`web::shared::chart_frame`).

/// A chart's words.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChartText {
    /// The chart's name in the page: `#<id>` is its figure, `#chart-<id>` its canvas, `chart:<id>` its view.
    pub id: &'static str,
    pub title: String,
    pub subtitle: String,
    pub unit: String,
    pub source: String,
    /// One sentence generated from the data, for the canvas's `aria-label`.
    pub summary: String,
    /// Published figures (and figures derived from the data) shown beside the chart.
    pub notes: Vec<String>,
    /// A header row and one row per category: the same numbers as the marks.
    pub table: Vec<Vec<String>>,
}
