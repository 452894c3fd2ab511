//! The transcendental functions the map uses, and a clamp that cannot panic.
//!
//! In the browser they are the JavaScript engine's `Math` functions, which every page already
//! has, instead of Rust's port of the C math library compiled into the WebAssembly (mostly code for huge arguments the map never
//! passes). Both
//! follow fdlibm, so the map draws the same. Natively (tests, tools) they are the standard
//! library's.

#[cfg(target_arch = "wasm32")]
use js_sys::Math as imp;

/// The standard library's functions under the names of JavaScript's `Math`.
#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub fn sin(x: f64) -> f64 {
        x.sin()
    }
    pub fn cos(x: f64) -> f64 {
        x.cos()
    }
    pub fn asin(x: f64) -> f64 {
        x.asin()
    }
    pub fn exp(x: f64) -> f64 {
        x.exp()
    }
    pub fn log10(x: f64) -> f64 {
        x.log10()
    }
    pub fn hypot(x: f64, y: f64) -> f64 {
        x.hypot(y)
    }
}

/// Sine of `x` radians.
pub fn sin(x: f64) -> f64 {
    imp::sin(x)
}

/// Cosine of `x` radians.
pub fn cos(x: f64) -> f64 {
    imp::cos(x)
}

/// Arcsine, in radians.
pub fn asin(x: f64) -> f64 {
    imp::asin(x)
}

/// `e` to the power `x`.
pub fn exp(x: f64) -> f64 {
    imp::exp(x)
}

/// Base-10 logarithm.
pub fn log10(x: f64) -> f64 {
    imp::log10(x)
}

/// `sqrt(x² + y²)`.
pub fn hypot(x: f64, y: f64) -> f64 {
    imp::hypot(x, y)
}

/// `x` limited to `lo..=hi`. Unlike `f64::clamp` it has no assertion, whose panic message would
/// compile Rust's float printing into the page; a NaN `x` gives `lo`. Expects `lo <= hi`.
pub fn clamp(x: f64, lo: f64, hi: f64) -> f64 {
    x.max(lo).min(hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_as_std() {
        assert_eq!(sin(0.5), 0.5f64.sin());
        assert_eq!(cos(0.5), 0.5f64.cos());
        assert_eq!(asin(0.5), 0.5f64.asin());
        assert_eq!(exp(0.5), 0.5f64.exp());
        assert_eq!(log10(500.0), 500f64.log10());
        assert_eq!(hypot(3.0, 4.0), 5.0);
    }

    #[test]
    fn clamp_limits() {
        assert_eq!(clamp(5.0, 0.0, 1.0), 1.0);
        assert_eq!(clamp(-5.0, 0.0, 1.0), 0.0);
        assert_eq!(clamp(0.25, 0.0, 1.0), 0.25);
        assert_eq!(clamp(f64::NAN, 0.0, 1.0), 0.0);
    }
}
