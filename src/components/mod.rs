//! Thin view components, with no logic of their own beyond presentation.

pub mod data_view;
pub mod error_panel;
pub mod loading;
pub mod panic_screen;
pub mod shell;
pub mod site_card;
