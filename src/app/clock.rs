//! The app's clock: `std::time::Instant` natively; in a browser (wasm32), where std has no clock
//! and `Instant::now()` panics, the page's `performance.now()` through `web-time`.

#[cfg(not(target_arch = "wasm32"))]
pub use std::time::Instant;
#[cfg(target_arch = "wasm32")]
pub use web_time::Instant;
