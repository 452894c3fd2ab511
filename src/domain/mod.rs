//! Pure domain logic: no Leptos, no browser. Everything here is tested natively with `cargo test`.

pub mod calendar;
pub mod dataset;
pub mod date;
pub mod dossier;
pub mod excerpt;
pub mod festival;
pub mod geo;
pub mod gpx;
pub mod lifelines;
pub mod lunar;
pub mod map_layout;
pub mod map_place;
pub mod math;
pub mod model;
pub mod num;
pub mod offline;
pub mod parse;
pub mod person;
pub mod plan;
pub mod query;
pub mod route;
pub mod sort;
pub mod sources;
pub mod text;
pub mod urlenc;
pub mod validate;
