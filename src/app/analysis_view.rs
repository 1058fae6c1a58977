//! The analysis view: live goal seek, the sensitivity tornado, the horizon per actor, lock-in against
//! revolving credit, and scenarios side by side. Everything is computed from the model each frame it
//! is shown; nothing derived is stored.

use eframe::egui;
use egui_plot::{Bar, BarChart, Corner, HLine, Legend, Line, LineStyle, Plot, PlotPoints, VLine};
use rust_decimal::Decimal;
use rust_decimal::prelude::{FromPrimitive, ToPrimitive};

use crate::format::{money, money_whole, parse_number};
use crate::i18n::{Lang, Text};
use crate::model::analysis::{
    OutputKey, ParamKey, RevolvingPath, Solution, Variation, compare, goal_seek,
    lock_in_vs_revolving, tornado,
};
use crate::model::{Actor, Evaluation, Model, PerActor};

/// What the view asks the app to do with the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnalysisAction {
    /// Select this parameter in the parameters panel (a tornado bar was clicked).
    SelectParam(ParamKey),
    /// Set this parameter of the current scenario (goal seek's "apply").
    SetParam(ParamKey, Decimal),
}

/// The view's own settings; not part of the model.
#[derive(Clone, Debug, PartialEq)]
pub struct AnalysisState {
    /// The output goal seek and the tornado watch.
    pub output: OutputKey,
    /// The parameter goal seek varies.
    pub param: ParamKey,
    /// Goal seek's target, as typed.
    pub target_text: String,
    /// Tornado variation in percent.
    pub variation_pct: f64,
    /// Tornado over each parameter's whole range instead.
    pub full_range: bool,
    /// Wage-value points gained per year in the revolving path.
    pub rise_points: f64,
    /// Wage value from which the revolving worker is independent.
    pub independent_at: f64,
    /// The scenario used for the revolving path (index), or the current one.
    pub revolving_scenario: Option<usize>,
    /// Which scenarios are compared (by index).
    pub compared: Vec<usize>,
}

impl Default for AnalysisState {
    fn default() -> Self {
        Self {
            output: OutputKey::MunicipalityNet,
            param: ParamKey::WageValuePct,
            target_text: "0".into(),
            variation_pct: 20.0,
            full_range: false,
            rise_points: 10.0,
            independent_at: 100.0,
            revolving_scenario: None,
            compared: Vec::new(),
        }
    }
}

fn f(value: Decimal) -> f64 {
    value.to_f64().unwrap_or(0.0)
}

fn euros(value: f64, lang: Lang) -> String {
    Decimal::from_f64(value).map_or_else(String::new, |d| money_whole(d, lang))
}

/// A plot that stays put (no zoom, drag or scroll, so a presenter cannot lose it), with euros on
/// the y axis and its legend in `corner`.
fn still_plot<'a>(id: &'a str, lang: Lang, x_label: String, corner: Corner) -> Plot<'a> {
    Plot::new(id)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .legend(Legend::default().position(corner).background_alpha(0.6))
        .x_axis_label(x_label)
        .y_axis_formatter(move |mark, _| euros(mark.value, lang))
        .y_axis_min_width(72.0)
}

/// The parameters panel's name of a parameter.
fn param_label(lang: Lang, param: ParamKey) -> &'static str {
    lang.pick(param.def().label)
}

/// The name of an output.
pub fn output_label(lang: Lang, output: OutputKey) -> String {
    match output {
        OutputKey::Net => lang.tr(Text::OutputNet).to_string(),
        OutputKey::MunicipalityNet => lang.tr(Text::OutputMunicipalityNet).to_string(),
        OutputKey::SocietyNet => lang.tr(Text::OutputSocietyNet).to_string(),
        OutputKey::ActorNet(a) => format!(
            "{} {} ({})",
            lang.tr(Text::OutputActorNet),
            lang.actor(a),
            lang.tr(Text::PerPlacePerYear)
        ),
        OutputKey::Npv => lang.tr(Text::OutputNpv).to_string(),
        OutputKey::MunicipalityNpv => lang.tr(Text::OutputMunicipalityNpv).to_string(),
        OutputKey::ActorNpv(a) => format!("{}: {}", lang.tr(Text::Npv), lang.actor(a)),
    }
}

/// A parameter value in the unit people read it in.
fn param_value(lang: Lang, param: ParamKey, value: Decimal) -> String {
    crate::format::unit_value(param.def().unit, value, lang)
}

/// Draw the analysis view for scenario `current` of `model`.
pub fn analysis_view(
    ui: &mut egui::Ui,
    state: &mut AnalysisState,
    model: &Model,
    current: usize,
    lang: Lang,
) -> Option<AnalysisAction> {
    let scenario = model.scenarios.get(current)?;
    let evaluation = match Evaluation::of(&scenario.parameters) {
        Ok(e) => e,
        Err(err) => {
            ui.colored_label(ui.visuals().error_fg_color, err.to_string());
            return None;
        }
    };
    let mut action = None;
    egui::ScrollArea::vertical()
        .id_salt("analysis_scroll")
        .show(ui, |ui| {
            let wide = ui.available_width() > 1000.0;
            let half = if wide {
                (ui.available_width() - 16.0) / 2.0
            } else {
                ui.available_width()
            };
            let plot_size = egui::vec2(half - 8.0, 220.0);
            let left = |ui: &mut egui::Ui, state: &mut AnalysisState| -> Option<AnalysisAction> {
                let mut action = None;
                section(ui, lang, Text::GoalSeek, |ui| {
                    action = goal_seek_section(ui, state, scenario, &evaluation, lang);
                });
                section(ui, lang, Text::Tornado, |ui| {
                    action = action.or(tornado_section(ui, state, scenario, lang, plot_size));
                });
                action
            };
            let right = |ui: &mut egui::Ui, state: &mut AnalysisState| {
                section(ui, lang, Text::HorizonTitle, |ui| {
                    horizon_section(ui, &evaluation, lang, plot_size);
                });
                section(ui, lang, Text::LockIn, |ui| {
                    lock_in_section(ui, state, model, current, lang, plot_size);
                });
            };
            if wide {
                ui.horizontal_top(|ui| {
                    ui.vertical(|ui| {
                        ui.set_width(half);
                        action = left(ui, state);
                    });
                    ui.vertical(|ui| {
                        ui.set_width(half);
                        right(ui, state);
                    });
                });
            } else {
                action = left(ui, state);
                right(ui, state);
            }
            section(ui, lang, Text::Compare, |ui| {
                compare_section(ui, state, model, current, lang);
            });
        });
    action
}

fn section(ui: &mut egui::Ui, lang: Lang, title: Text, add: impl FnOnce(&mut egui::Ui)) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(egui::RichText::new(lang.tr(title)).heading());
        add(ui);
    });
    ui.add_space(6.0);
}

fn goal_seek_section(
    ui: &mut egui::Ui,
    state: &mut AnalysisState,
    scenario: &crate::model::Scenario,
    evaluation: &Evaluation,
    lang: Lang,
) -> Option<AnalysisAction> {
    egui::Grid::new("goal_seek_grid")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            let label = ui.label(lang.tr(Text::GoalSeekOutput));
            egui::ComboBox::from_id_salt("goal_seek_output")
                .selected_text(output_label(lang, state.output))
                .width(300.0)
                .show_ui(ui, |ui| {
                    for output in OutputKey::all() {
                        ui.selectable_value(&mut state.output, output, output_label(lang, output));
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
            let label_param = ui.label(lang.tr(Text::GoalSeekParam));
            egui::ComboBox::from_id_salt("goal_seek_param")
                .selected_text(param_label(lang, state.param))
                .width(300.0)
                .show_ui(ui, |ui| {
                    for param in ParamKey::analysable() {
                        ui.selectable_value(&mut state.param, param, param_label(lang, param));
                    }
                })
                .response
                .labelled_by(label_param.id);
            ui.end_row();
            let label = ui.label(lang.tr(Text::GoalSeekTarget));
            ui.add(egui::TextEdit::singleline(&mut state.target_text).desired_width(140.0))
                .labelled_by(label.id);
            ui.end_row();
        });
    let Some(target) = parse_number(&state.target_text, lang) else {
        ui.colored_label(
            ui.visuals().error_fg_color,
            format!("'{}'?", state.target_text),
        );
        return None;
    };
    let mut action = None;
    let solved = goal_seek(&scenario.parameters, state.output, state.param, target);
    match &solved {
        Ok(Solution::At(value)) => {
            ui.horizontal(|ui| {
                ui.label(format!("{}:", lang.tr(Text::GoalSeekResult)));
                ui.label(
                    egui::RichText::new(format!(
                        "{} = {}",
                        param_label(lang, state.param),
                        param_value(lang, state.param, *value)
                    ))
                    .strong()
                    .size(18.0),
                );
                if ui.button(lang.tr(Text::GoalSeekApply)).clicked() {
                    action = Some(AnalysisAction::SetParam(state.param, *value));
                }
            });
        }
        Ok(Solution::NoneInRange) => {
            ui.label(
                egui::RichText::new(lang.tr(Text::GoalSeekNone))
                    .strong()
                    .size(18.0),
            );
        }
        Err(err) => {
            ui.colored_label(ui.visuals().error_fg_color, err.to_string());
        }
    }
    ui.label(egui::RichText::new(lang.tr(Text::GoalSeekExplain)).weak());
    // The curve marks the solution found above; solving once per frame is enough.
    let solution = solved.ok().and_then(Solution::value);
    goal_seek_curve(ui, state, scenario, evaluation, target, solution, lang);
    action
}

/// The output against the parameter around its current value, with the target, the current value
/// and the solution marked: the marker moves while a slider in the parameters panel is dragged.
fn goal_seek_curve(
    ui: &mut egui::Ui,
    state: &AnalysisState,
    scenario: &crate::model::Scenario,
    evaluation: &Evaluation,
    target: Decimal,
    solution: Option<Decimal>,
    lang: Lang,
) {
    let params = &scenario.parameters;
    let current = state.param.get(params, evaluation);
    let (min, max) = state.param.range();
    let reach = solution.unwrap_or(current).max(current);
    let high = if max <= Decimal::ONE_HUNDRED {
        max
    } else {
        (reach * Decimal::TWO).max(Decimal::from(1000)).min(max)
    };
    let mut varied = state.output.lean(params);
    let steps = 60u32;
    let points: Vec<[f64; 2]> = (0..=steps)
        .filter_map(|i| {
            let x = min + (high - min) * Decimal::from(i) / Decimal::from(steps);
            state.param.set(&mut varied, x);
            let y = state.output.value(&Evaluation::of(&varied).ok()?);
            Some([f(x), f(y)])
        })
        .collect();
    still_plot(
        "goal_seek_curve",
        lang,
        param_label(lang, state.param).to_string(),
        Corner::RightBottom,
    )
    .height(150.0)
    .show(ui, |plot_ui| {
        plot_ui.line(
            Line::new(lang.tr(Text::GoalSeekCurve), PlotPoints::from(points))
                .color(egui::Color32::from_rgb(33, 113, 181))
                .width(2.0),
        );
        plot_ui.hline(
            HLine::new(lang.tr(Text::GoalSeekTarget), f(target))
                .color(egui::Color32::GRAY)
                .style(LineStyle::dashed_dense()),
        );
        plot_ui.vline(
            VLine::new(lang.tr(Text::GoalSeekCurrent), f(current))
                .color(egui::Color32::from_rgb(230, 150, 20)),
        );
        if let Some(x) = solution {
            plot_ui.vline(
                VLine::new(lang.tr(Text::GoalSeekSolution), f(x))
                    .color(egui::Color32::from_rgb(46, 139, 87))
                    .width(2.0),
            );
        }
    });
}

fn tornado_section(
    ui: &mut egui::Ui,
    state: &mut AnalysisState,
    scenario: &crate::model::Scenario,
    lang: Lang,
    size: egui::Vec2,
) -> Option<AnalysisAction> {
    ui.horizontal(|ui| {
        ui.label(output_label(lang, state.output));
    });
    ui.horizontal(|ui| {
        ui.checkbox(&mut state.full_range, lang.tr(Text::TornadoFullRange));
        ui.add_enabled_ui(!state.full_range, |ui| {
            let label = ui.label(lang.tr(Text::TornadoVariation));
            ui.add(
                egui::Slider::new(&mut state.variation_pct, 1.0..=100.0)
                    .suffix(" %")
                    .integer(),
            )
            .labelled_by(label.id);
        });
    });
    let variation = if state.full_range {
        Variation::FullRange
    } else {
        Variation::Percent(Decimal::from_f64(state.variation_pct).unwrap_or(Decimal::from(20)))
    };
    let (base, bars) = match tornado(
        &scenario.parameters,
        state.output,
        variation,
        &ParamKey::analysable(),
    ) {
        Ok(result) => result,
        Err(err) => {
            ui.colored_label(ui.visuals().error_fg_color, err.to_string());
            return None;
        }
    };
    let shown: Vec<_> = bars.iter().filter(|b| !b.swing().is_zero()).collect();
    let count = shown.len();
    let labels: Vec<&'static str> = shown.iter().map(|b| param_label(lang, b.param)).collect();
    let row = |i: usize| (count - 1 - i) as f64;
    let make = |high: bool| -> Vec<Bar> {
        shown
            .iter()
            .enumerate()
            .map(|(i, bar)| {
                let (input, output) = if high {
                    (bar.inputs.1, bar.outputs.1)
                } else {
                    (bar.inputs.0, bar.outputs.0)
                };
                Bar::new(row(i), f(output - base)).width(0.7).name(format!(
                    "{} {}: {}",
                    param_label(lang, bar.param),
                    param_value(lang, bar.param, input),
                    money_whole(output, lang)
                ))
            })
            .collect()
    };
    let height = (size.y).max(40.0 + 26.0 * count as f64 as f32);
    let response = Plot::new("tornado")
        .width(size.x)
        .height(height)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .legend(Legend::default().position(Corner::RightBottom))
        .x_axis_label(lang.tr(Text::TornadoAxis))
        .x_axis_formatter(move |mark, _| euros(mark.value, lang))
        .y_axis_formatter(move |mark, _| {
            let index = mark.value.round();
            if (mark.value - index).abs() < 1e-6 && index >= 0.0 && (index as usize) < count {
                labels[count - 1 - index as usize].to_string()
            } else {
                String::new()
            }
        })
        .y_axis_min_width(150.0)
        .show_y(false)
        .label_formatter(|_| None)
        .show(ui, |plot_ui| {
            plot_ui.bar_chart(
                BarChart::new(lang.tr(Text::TornadoLow), make(false))
                    .horizontal()
                    .color(egui::Color32::from_rgb(33, 113, 181))
                    .element_formatter(Box::new(|bar, _| bar.name.clone())),
            );
            plot_ui.bar_chart(
                BarChart::new(lang.tr(Text::TornadoHigh), make(true))
                    .horizontal()
                    .color(egui::Color32::from_rgb(230, 150, 20))
                    .element_formatter(Box::new(|bar, _| bar.name.clone())),
            );
            plot_ui.pointer_coordinate()
        });
    ui.label(egui::RichText::new(lang.tr(Text::TornadoHint)).weak());
    if response.response.clicked()
        && let Some(point) = response.inner
    {
        let index = point.y.round();
        if index >= 0.0 && (index as usize) < count {
            return Some(AnalysisAction::SelectParam(
                shown[count - 1 - index as usize].param,
            ));
        }
    }
    None
}

fn horizon_section(ui: &mut egui::Ui, evaluation: &Evaluation, lang: Lang, size: egui::Vec2) {
    let years = &evaluation.multi_year.years;
    let cumulative = |pick: &dyn Fn(&crate::model::YearFigures) -> Decimal| -> Vec<[f64; 2]> {
        let mut total = Decimal::ZERO;
        years
            .iter()
            .map(|y| {
                total += pick(y);
                [f64::from(y.year), f(total)]
            })
            .collect()
    };
    type Sum = fn(&PerActor<Decimal>) -> Decimal;
    let whos: [(Text, egui::Color32, Sum); 2] = [
        (
            Text::MunicipalityTotal,
            egui::Color32::from_rgb(33, 113, 181),
            PerActor::municipality,
        ),
        (
            Text::SocietyTotal,
            egui::Color32::from_rgb(123, 82, 171),
            PerActor::total,
        ),
    ];
    let mut series = Vec::with_capacity(4);
    for (who, color, sum) in whos {
        for (kind, discounted) in [
            (Text::HorizonNominal, false),
            (Text::HorizonDiscounted, true),
        ] {
            let points = cumulative(&|y| sum(if discounted { &y.discounted } else { &y.net }));
            let name = format!("{} ({})", lang.tr(who), lang.tr(kind));
            series.push((name, points, color, discounted));
        }
    }
    still_plot(
        "analysis_horizon",
        lang,
        lang.tr(Text::AxisYears).to_string(),
        Corner::LeftTop,
    )
    .width(size.x)
    .height(size.y)
    .y_axis_label(lang.tr(Text::AxisCumulative))
    .show(ui, |plot_ui| {
        for (name, points, color, dashed) in series {
            let mut line = Line::new(name, PlotPoints::from(points))
                .color(color)
                .width(2.0);
            if dashed {
                line = line.style(LineStyle::dashed_dense());
            }
            plot_ui.line(line);
        }
    });
    egui::Grid::new("npv_per_actor")
        .num_columns(2)
        .striped(true)
        .show(ui, |ui| {
            for actor in Actor::ALL {
                ui.label(lang.actor(actor));
                let npv = evaluation.multi_year.npv_of(actor);
                ui.label(colored(ui, money(npv, lang), npv));
                ui.end_row();
            }
        });
    if years.iter().any(|y| y.projected) {
        ui.label(egui::RichText::new(lang.tr(Text::HorizonProjected)).weak());
    }
    egui::CollapsingHeader::new(lang.tr(Text::PerYear))
        .id_salt("horizon_per_year")
        .show(ui, |ui| {
            egui::ScrollArea::horizontal().show(ui, |ui| {
                egui::Grid::new("horizon_years")
                    .striped(true)
                    .show(ui, |ui| {
                        ui.label(egui::RichText::new(lang.tr(Text::CalendarYear)).strong());
                        for actor in Actor::ALL {
                            ui.label(egui::RichText::new(lang.actor(actor)).strong().small());
                        }
                        ui.end_row();
                        for y in years {
                            let mark = if y.projected {
                                format!(" ({})", lang.tr(Text::Projected))
                            } else {
                                String::new()
                            };
                            ui.label(format!("{}{mark}", y.calendar_year));
                            for &value in y.net.values() {
                                ui.label(colored(ui, money_whole(value, lang), value));
                            }
                            ui.end_row();
                        }
                    });
            });
        });
}

fn colored(ui: &egui::Ui, text: String, value: Decimal) -> egui::RichText {
    let color = if value.is_sign_negative() && !value.is_zero() {
        ui.visuals().error_fg_color
    } else {
        egui::Color32::from_rgb(46, 139, 87)
    };
    egui::RichText::new(text).color(color)
}

fn lock_in_section(
    ui: &mut egui::Ui,
    state: &mut AnalysisState,
    model: &Model,
    current: usize,
    lang: Lang,
    size: egui::Vec2,
) {
    ui.label(egui::RichText::new(lang.tr(Text::LockInExplain)).weak());
    let revolving_index = state
        .revolving_scenario
        .filter(|&i| i < model.scenarios.len())
        .unwrap_or(current);
    egui::Grid::new("lock_in_grid")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            let label = ui.label(lang.tr(Text::LockInRevolvingScenario));
            egui::ComboBox::from_id_salt("lock_in_revolving")
                .selected_text(model.scenarios[revolving_index].name.as_str())
                .width(260.0)
                .show_ui(ui, |ui| {
                    for (i, s) in model.scenarios.iter().enumerate() {
                        ui.selectable_value(
                            &mut state.revolving_scenario,
                            Some(i),
                            s.name.as_str(),
                        );
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(lang.tr(Text::LockInRise));
            ui.add(
                egui::Slider::new(&mut state.rise_points, 0.0..=30.0)
                    .suffix(" %-pt")
                    .integer(),
            )
            .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(lang.tr(Text::LockInIndependent));
            ui.add(
                egui::Slider::new(&mut state.independent_at, 0.0..=100.0)
                    .suffix(" %")
                    .integer(),
            )
            .labelled_by(label.id);
            ui.end_row();
        });
    let path = RevolvingPath {
        rise_points_per_year: Decimal::from_f64(state.rise_points).unwrap_or_default(),
        independent_at_pct: Decimal::from_f64(state.independent_at).unwrap_or(Decimal::ONE_HUNDRED),
    };
    let sheltered = &model.scenarios[current].parameters;
    let revolving = &model.scenarios[revolving_index].parameters;
    let comparison = match lock_in_vs_revolving(sheltered, revolving, path) {
        Ok(c) => c,
        Err(err) => {
            ui.colored_label(ui.visuals().error_fg_color, err.to_string());
            return;
        }
    };
    let municipality_cost = |values: &PerActor<Decimal>| -values.municipality();
    let cumulative = |revolving: bool| -> Vec<[f64; 2]> {
        let mut total = Decimal::ZERO;
        comparison
            .years
            .iter()
            .map(|y| {
                total += municipality_cost(if revolving {
                    &y.revolving
                } else {
                    &y.sheltered
                });
                [f64::from(y.year), f(total)]
            })
            .collect()
    };
    still_plot(
        "lock_in_plot",
        lang,
        lang.tr(Text::AxisYears).to_string(),
        Corner::LeftTop,
    )
    .width(size.x)
    .height(size.y)
    .y_axis_label(lang.tr(Text::LockInMunicipalityCost))
    .show(ui, |plot_ui| {
        plot_ui.line(
            Line::new(
                lang.tr(Text::LockInSheltered),
                PlotPoints::from(cumulative(false)),
            )
            .color(egui::Color32::from_rgb(214, 96, 77))
            .width(2.5),
        );
        plot_ui.line(
            Line::new(
                lang.tr(Text::LockInRevolving),
                PlotPoints::from(cumulative(true)),
            )
            .color(egui::Color32::from_rgb(67, 160, 71))
            .width(2.5),
        );
    });
    egui::CollapsingHeader::new(lang.tr(Text::PerYear))
        .id_salt("lock_in_per_year")
        .show(ui, |ui| {
            egui::Grid::new("lock_in_years")
                .striped(true)
                .show(ui, |ui| {
                    for header in [
                        Text::Year,
                        Text::LockInWageValue,
                        Text::LockInSupported,
                        Text::LockInSheltered,
                        Text::LockInRevolving,
                    ] {
                        ui.label(egui::RichText::new(lang.tr(header)).strong().small());
                    }
                    ui.end_row();
                    for y in &comparison.years {
                        ui.label(y.year.to_string());
                        ui.label(crate::format::percent(y.revolving_wage_value_pct, 0, lang));
                        ui.label(lang.tr(if y.revolving_supported {
                            Text::Yes
                        } else {
                            Text::No
                        }));
                        for values in [&y.sheltered, &y.revolving] {
                            let cost = -municipality_cost(values);
                            ui.label(colored(ui, money_whole(cost, lang), cost));
                        }
                        ui.end_row();
                    }
                });
        });
    egui::Grid::new("lock_in_npv")
        .num_columns(3)
        .striped(true)
        .show(ui, |ui| {
            ui.label(egui::RichText::new(lang.tr(Text::Npv)).strong());
            ui.label(egui::RichText::new(lang.tr(Text::LockInSheltered)).strong());
            ui.label(egui::RichText::new(lang.tr(Text::LockInRevolving)).strong());
            ui.end_row();
            for actor in Actor::ALL {
                ui.label(lang.actor(actor));
                for npv in [comparison.npv_sheltered, comparison.npv_revolving] {
                    let value = npv[actor];
                    ui.label(colored(ui, money_whole(value, lang), value));
                }
                ui.end_row();
            }
        });
}

fn compare_section(
    ui: &mut egui::Ui,
    state: &mut AnalysisState,
    model: &Model,
    current: usize,
    lang: Lang,
) {
    ui.label(egui::RichText::new(lang.tr(Text::CompareHint)).weak());
    state.compared.retain(|&i| i < model.scenarios.len());
    if state.compared.is_empty() {
        state.compared = (0..model.scenarios.len().min(4)).collect();
        if !state.compared.contains(&current) && !state.compared.is_empty() {
            state.compared[0] = current;
        }
    }
    ui.horizontal_wrapped(|ui| {
        for (i, s) in model.scenarios.iter().enumerate() {
            let mut on = state.compared.contains(&i);
            let full = state.compared.len() >= 4;
            let enabled = on || !full;
            if ui
                .add_enabled(enabled, egui::Checkbox::new(&mut on, s.name.as_str()))
                .changed()
            {
                if on {
                    state.compared.push(i);
                } else {
                    state.compared.retain(|&c| c != i);
                }
            }
        }
    });
    let chosen: Vec<crate::model::Scenario> = state
        .compared
        .iter()
        .filter_map(|&i| model.scenarios.get(i).cloned())
        .collect();
    if chosen.is_empty() {
        return;
    }
    let summaries = match compare(&chosen) {
        Ok(s) => s,
        Err((name, err)) => {
            ui.colored_label(ui.visuals().error_fg_color, format!("{name}: {err}"));
            return;
        }
    };
    let first = &summaries[0];
    egui::Grid::new("compare_grid")
        .num_columns(summaries.len() + 1)
        .striped(true)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            ui.label("");
            for s in &summaries {
                ui.label(egui::RichText::new(s.name.as_str()).strong());
            }
            ui.end_row();
            let mut row = |label: String, values: Vec<Decimal>, base: Decimal| {
                ui.label(label);
                for (i, v) in values.iter().enumerate() {
                    let text = money_whole(*v, lang);
                    if i == 0 || *v == base {
                        ui.label(text);
                    } else {
                        let difference = *v - base;
                        ui.label(colored(
                            ui,
                            format!(
                                "{text}  ({}{})",
                                if difference > Decimal::ZERO { "+" } else { "" },
                                money_whole(difference, lang)
                            ),
                            difference,
                        ));
                    }
                }
                ui.end_row();
            };
            let per_year = lang.tr(Text::PerPlacePerYear);
            row(
                format!("{} ({per_year})", lang.tr(Text::Costs)),
                summaries.iter().map(|s| -s.total_cost).collect(),
                -first.total_cost,
            );
            row(
                format!("{} ({per_year})", lang.tr(Text::Benefits)),
                summaries.iter().map(|s| s.total_benefit).collect(),
                first.total_benefit,
            );
            row(
                format!("{} ({per_year})", lang.tr(Text::Net)),
                summaries.iter().map(|s| s.net).collect(),
                first.net,
            );
            for actor in Actor::ALL {
                row(
                    format!("{}: {}", lang.tr(Text::Npv), lang.actor(actor)),
                    summaries.iter().map(|s| s.npv[actor]).collect(),
                    first.npv[actor],
                );
            }
        });
    // Overlaid: cumulative discounted net of all actors, per scenario.
    let lines: Vec<(String, Vec<[f64; 2]>)> = chosen
        .iter()
        .filter_map(|s| {
            let e = Evaluation::of(&s.parameters).ok()?;
            let mut total = Decimal::ZERO;
            let points = e
                .multi_year
                .years
                .iter()
                .map(|y| {
                    total += y.discounted.total();
                    [f64::from(y.year), f(total)]
                })
                .collect();
            Some((s.name.clone(), points))
        })
        .collect();
    ui.label(egui::RichText::new(lang.tr(Text::CompareNpvSociety)).strong());
    still_plot(
        "compare_plot",
        lang,
        lang.tr(Text::AxisYears).to_string(),
        Corner::LeftTop,
    )
    .height(200.0)
    .show(ui, |plot_ui| {
        for (name, points) in lines {
            plot_ui.line(Line::new(name, PlotPoints::from(points)).width(2.0));
        }
    });
}
