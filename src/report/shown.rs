//! The sheet's figures as they are shown, kept by the figures layer: see
//! [`crate::figures::shown`] for the one rounding rule (every line to cents half away from zero,
//! every total the sum of its shown lines) that every face prints.

pub use crate::figures::shown::{Shown, ShownActor};
