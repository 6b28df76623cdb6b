//! The full atlas (the second module, `--features atlas`): it takes the page over from the first view and
//! adds the filters, the timeline, the other charts, the table, sharing and embedding, a plant's details,
//! the Sources view and the reader's own data.

pub mod app;
pub mod browse;
pub mod details;
pub mod embed;
pub mod explore;
pub mod import;
pub mod panels;
pub mod sources;
pub mod story;
pub mod table_view;
