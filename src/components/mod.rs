//! Thin view components, with no logic of their own beyond presentation.

pub mod catalogue;
pub mod cite_page;
pub mod data_view;
pub mod dossier_parts;
pub mod dynamic;
pub mod error_panel;
pub mod festival_parts;
pub mod later;
pub mod loading;
pub mod map_svg;
pub mod media;
pub mod offline;
pub mod panic_screen;
pub mod person_map;
pub mod plan_parts;
pub mod shell;
pub mod site_card;
pub mod site_parts;
