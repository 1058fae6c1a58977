//! The app's tests in one binary (issue 20): every egui_kittest test of the real app and its views,
//! with the snapshots in `tests/snapshots/` (named in each test, so they do not depend on the
//! module). All need the feature `gui`. One binary per tier, not per file: each test binary links
//! the whole crate, and linking was most of a test build (BENCHMARKS.md, "Tests in binaries by
//! tier").

#[cfg(feature = "gui")]
mod common;

#[path = "app/app_analysis_view.rs"]
mod app_analysis_view;
#[path = "app/app_budget_view.rs"]
mod app_budget_view;
#[path = "app/app_explain.rs"]
mod app_explain;
#[path = "app/app_hostile.rs"]
mod app_hostile;
#[path = "app/app_layout.rs"]
mod app_layout;
#[path = "app/app_main.rs"]
mod app_main;
#[path = "app/app_presenter.rs"]
mod app_presenter;
#[path = "app/app_shown_cents.rs"]
mod app_shown_cents;
#[path = "app/app_snapshots.rs"]
mod app_snapshots;
#[path = "app/app_trade_off.rs"]
mod app_trade_off;
#[path = "app/app_trust.rs"]
mod app_trust;
#[path = "app/app_uncertainty.rs"]
mod app_uncertainty;
#[path = "app/app_views.rs"]
mod app_views;
#[path = "app/export_app.rs"]
mod export_app;
