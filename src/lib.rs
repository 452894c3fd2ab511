//! Explorer of the Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc World Heritage property.
//!
//! `domain` is pure Rust, tested natively. Everything else is the Leptos app: compiled to
//! WebAssembly for the browser, and natively for the build tool, which renders every page to HTML
//! with the same components (`src/bin/build_site/`).

// The views nest deeply; rendering them to HTML natively needs more than the default 128.
#![recursion_limit = "256"]

pub mod domain;

pub mod app;
pub mod clock;
pub mod components;
pub mod data;
pub mod i18n;
pub mod lazy;
pub mod nav;
pub mod pages;
pub mod router;
pub mod schedule;
