//! What the build writes beside the app for readers and machines that run no JavaScript: the social-card
//! images (`card`, drawn on `bitmap`), from the story's steps too (`story`); the key figures, also as the one sentence of
//! index.html's `<noscript>` (`figures`); `plants.html`, every plant in a table (`plants`); and one page
//! per story step, the link a reader shares (`step_page`). Native
//! only, run by the `cards` tool (src/bin/cards.rs) from the post-build hook: no wasm build contains it.

pub mod bitmap;
pub mod card;
pub mod figures;
pub mod plants;
pub mod step_page;
pub mod story;
