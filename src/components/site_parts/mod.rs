//! The parts of a site page (`/site/<id>`): header, caveats, location, description, key facts
//! with numbered citations, people, recognitions, festivals, visiting, dossier milestones, the
//! nearest components, previous/next, and the footnote list of sources.
//!
//! `logic` holds the page's small computations (no Leptos); the other modules are views.

pub mod cite;
pub mod festivals;
pub mod logic;
pub mod sections;
