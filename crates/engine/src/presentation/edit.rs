//! The edits the app's presentation editor makes, as values: each is one undo step in the app, and
//! each keeps the presentation within the rules the file check holds it to (a full list refuses
//! one more, a title stays one bounded line).

use super::{
    Control, Figure, MAX_CAPTION_CHARS, MAX_CONTROLS, MAX_PLOTS, MAX_TITLE_CHARS, MAX_VIEWS,
    PlotChoice, Presentation, PresentationView,
};
use crate::ParamKey;

/// One change to a presentation; views are named by their position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PresentationEdit {
    /// Add a view at the end.
    Add(PresentationView),
    /// Give view `0` this title.
    SetTitle(usize, String),
    /// Give view `0` this caption.
    SetCaption(usize, String),
    /// Let view `0` start from the scenario of this name.
    SetScenario(usize, String),
    /// Show the parameter as a slider on view `0`, or stop showing it.
    ToggleControl(usize, ParamKey),
    /// Show the figure on view `0`, or stop showing it.
    ToggleFigure(usize, Figure),
    /// Show the plot on view `0`, or stop showing it.
    TogglePlot(usize, PlotChoice),
    /// Move view `0` one place up.
    MoveUp(usize),
    /// Move view `0` one place down.
    MoveDown(usize),
    /// Delete view `0`.
    Delete(usize),
}

/// `text` on one line of at most `limit` characters.
fn one_line(text: &str, limit: usize) -> String {
    text.replace(['\n', '\r'], " ")
        .chars()
        .take(limit)
        .collect()
}

/// Add `item` to `list` if it is not there and the list has room; take it out if it is.
fn toggle<T: PartialEq>(list: &mut Vec<T>, item: T, limit: usize) -> bool {
    if let Some(at) = list.iter().position(|x| *x == item) {
        list.remove(at);
        true
    } else if list.len() < limit {
        list.push(item);
        true
    } else {
        false
    }
}

impl PresentationEdit {
    /// Apply the edit; `false` when it changed nothing (no such view, a full list).
    pub fn apply(self, presentation: &mut Presentation) -> bool {
        let views = &mut presentation.views;
        match self {
            PresentationEdit::Add(view) => {
                if views.len() >= MAX_VIEWS {
                    return false;
                }
                views.push(view);
                true
            }
            PresentationEdit::MoveUp(i) => {
                if i == 0 || i >= views.len() {
                    return false;
                }
                views.swap(i - 1, i);
                true
            }
            PresentationEdit::MoveDown(i) => {
                if i + 1 >= views.len() {
                    return false;
                }
                views.swap(i, i + 1);
                true
            }
            PresentationEdit::Delete(i) => {
                if i >= views.len() {
                    return false;
                }
                views.remove(i);
                true
            }
            edit => edit.apply_to_view(views),
        }
    }

    /// The edits of one view's contents.
    fn apply_to_view(self, views: &mut [PresentationView]) -> bool {
        let index = match &self {
            PresentationEdit::SetTitle(i, _)
            | PresentationEdit::SetCaption(i, _)
            | PresentationEdit::SetScenario(i, _)
            | PresentationEdit::ToggleControl(i, _)
            | PresentationEdit::ToggleFigure(i, _)
            | PresentationEdit::TogglePlot(i, _)
            | PresentationEdit::MoveUp(i)
            | PresentationEdit::MoveDown(i)
            | PresentationEdit::Delete(i) => *i,
            PresentationEdit::Add(_) => return false,
        };
        let Some(view) = views.get_mut(index) else {
            return false;
        };
        match self {
            PresentationEdit::SetTitle(_, title) => view.title = one_line(&title, MAX_TITLE_CHARS),
            PresentationEdit::SetCaption(_, caption) => {
                view.caption = one_line(&caption, MAX_CAPTION_CHARS);
            }
            PresentationEdit::SetScenario(_, name) => view.scenario = name,
            PresentationEdit::ToggleControl(_, key) if Control::can_slide(key) => {
                return toggle(&mut view.controls, Control(key), MAX_CONTROLS);
            }
            PresentationEdit::ToggleFigure(_, figure) => {
                return toggle(&mut view.figures, figure, Figure::ALL.len());
            }
            PresentationEdit::TogglePlot(_, plot) => {
                return toggle(&mut view.plots, plot, MAX_PLOTS);
            }
            _ => return false,
        }
        true
    }
}
