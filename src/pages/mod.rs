//! One route per file.

pub mod data;
pub mod dossier;
pub mod festivals;
pub mod home;
pub mod map;
pub mod not_found;
pub mod people;
pub mod person;
pub mod plan;
pub mod site;
pub mod sites;
pub mod sources;
