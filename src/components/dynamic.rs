//! One type for the reactive parts of a view.
//!
//! Every closure has a type of its own, and a closure used as a child of `view!` gets its own
//! copy of the rendering code (build, rebuild, mount) for that type and for the view it returns.
//! Boxed behind one trait object and returning an `AnyView`, they all share a single copy: the
//! page chunks that use many of them (the map) download much less code.

use leptos::prelude::*;

/// A part of a view drawn again whenever the signals it reads change.
pub type Dynamic = Box<dyn FnMut() -> AnyView + Send>;

/// Boxes `f` as a [`Dynamic`].
pub fn dynamic(f: impl FnMut() -> AnyView + Send + 'static) -> Dynamic {
    Box::new(f)
}
