//! Questions asked of a dataset: the shared filters, the key figures, the table's order and pages, the
//! timeline. The filters are in the first view too (they are part of the state); the rest only in the
//! full atlas.

#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
pub mod details;
#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
pub mod figures;
pub mod filter;
#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
pub mod report;
#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
pub mod selection;
#[cfg(any(feature = "atlas", not(target_arch = "wasm32")))]
pub mod table;
pub mod timeline;
