//! What the central area shows: the one enum the tabs, the commands, the exports and the frame
//! share, apart from the drawing (`panels.rs`) so that none of them imports the drawing module.

use crate::i18n::Text;

/// What the central area shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// The sheet, who pays and who benefits, and the plots.
    #[default]
    Sheet,
    /// Goal seek, tornado, horizon, lock-in and scenario comparison.
    Analysis,
    /// The Monte Carlo over the ranges: spread table, histogram, fan chart, drivers.
    Uncertainty,
    /// The P-budget planner (only for models that have a plan).
    Budget,
    /// Every figure the scenario uses and where it comes from.
    Sources,
}

impl View {
    /// Every view, in the order of the tabs.
    pub const ALL: [View; 5] = [
        View::Sheet,
        View::Analysis,
        View::Uncertainty,
        View::Budget,
        View::Sources,
    ];

    /// The tab's title.
    pub fn title(self) -> Text {
        match self {
            View::Sheet => Text::SheetTitle,
            View::Analysis => Text::AnalysisTab,
            View::Uncertainty => Text::UncertaintyTab,
            View::Budget => Text::BudgetTitle,
            View::Sources => Text::SourcesTab,
        }
    }
}
