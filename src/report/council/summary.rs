//! The plain-language summary at the top of the council report, its wording chosen by the signs
//! of the results. It follows how an MKBA reports (CPB/PBL, *Algemene leidraad voor
//! maatschappelijke kosten-batenanalyse*, 2013): effects per party first, then the balance for
//! society as a whole — "baten groter dan de kosten" when society gains — so a council sees both
//! what its own budget pays and what society gets back.

use rust_decimal::Decimal;

use crate::figures::{Figures, Shown};
use crate::format::{money_whole, param_value, result_percent};
use crate::i18n::{Lang, Text};
use crate::model::{Actor, BreakEven, MunicipalityBreakEven, ParamKey, Parameters};
use crate::report::plots::svg::Rgb;

/// The summary's paragraphs, in `lang`.
pub fn paragraphs(params: &Parameters, figures: &Figures, lang: Lang) -> Vec<String> {
    let (evaluation, shown) = (&figures.evaluation, &figures.shown);
    if evaluation.is_baseline() {
        return vec![do_nothing(shown, lang)];
    }
    let mut out = vec![
        headline(shown.municipality_net, shown.society_net, lang),
        lang.tr(Text::BaselineStatement).to_string(),
    ];
    if shown.municipality_net < Decimal::ZERO && shown.society_net > Decimal::ZERO {
        out.push(wrong_pocket(shown, lang));
    }
    // Only a break-even point is news for the summary; its absence is explained under the sheet.
    if let BreakEven::At(pct) = evaluation.break_even {
        out.push(break_even(params, pct, lang));
    }
    // The municipality's own break-even, with coaching and administration counted: where BUIG
    // breaks even the municipality as a whole may still lose at every wage value.
    out.push(municipality_break_even(
        evaluation.break_even_municipality,
        lang,
    ));
    out.push(horizon(params, shown, lang));
    out
}

/// The three figures a council looks for first: the municipality's and society's net per place
/// per year and society's net present value, each with the colour of its sign.
pub fn key_figures(figures: &Figures, lang: Lang) -> Vec<(String, String, Rgb)> {
    let (evaluation, shown) = (&figures.evaluation, &figures.shown);
    let colour = |v: Decimal| if v < Decimal::ZERO { LOSS } else { GAIN };
    if evaluation.is_baseline() {
        // The baseline itself: what staying home costs, never a row of € 0.
        let npv = &shown.staying_home_npv;
        let per_year = lang.tr(Text::BaselinePerClientPerYear);
        let horizon = lang.tr(Text::BaselineOverHorizon);
        return [
            (
                Text::BaselineCostMunicipality,
                per_year,
                shown.baseline.municipality(),
            ),
            (
                Text::BaselineCostSociety,
                per_year,
                shown.baseline_society_net,
            ),
            (Text::BaselineCostSociety, horizon, npv.total()),
        ]
        .into_iter()
        .map(|(text, when, net)| {
            (
                format!("{} ({when})", lang.tr(text)),
                money_whole(Decimal::ZERO - net, lang),
                colour(net),
            )
        })
        .collect();
    }
    [
        (Text::MunicipalityNet, shown.municipality_net),
        (Text::SocietyNetCard, shown.society_net),
        (Text::McNpvSociety, shown.npv_total),
    ]
    .into_iter()
    .map(|(text, value)| {
        (
            lang.tr(text).to_string(),
            money_whole(value, lang),
            colour(value),
        )
    })
    .collect()
}

/// For the baseline itself: that it is the baseline, and what staying home costs the
/// municipality and society per client per year and over the horizon.
fn do_nothing(shown: &Shown, lang: Lang) -> String {
    let npv = &shown.staying_home_npv;
    let cost = |net: Decimal| money_whole(Decimal::ZERO - net, lang);
    let (m, s) = (
        cost(shown.baseline.municipality()),
        cost(shown.baseline_society_net),
    );
    let (m_npv, s_npv) = (cost(npv.municipality()), cost(npv.total()));
    match lang {
        Lang::Nl => format!(
            "In dit scenario blijft de klant thuis met een uitkering: dat is de basis waartegen \
             elk ander scenario is gemeten, en niets doen is niet gratis. Per klant per jaar kost \
             het de gemeente {m} (de uitkering uit BUIG) en de samenleving {s} aan \
             maatschappelijke kosten; over de looptijd, in contante waarde, {m_npv} en {s_npv}."
        ),
        Lang::En => format!(
            "In this scenario the client stays home on benefit: the baseline every other scenario \
             is measured against, and doing nothing is not free. Per client per year it costs \
             the municipality {m} (the benefit, from BUIG) and society {s} in societal costs; \
             over the horizon, at present value, {m_npv} and {s_npv}."
        ),
    }
}

/// A loss: the app's cost red.
const LOSS: Rgb = Rgb(214, 96, 77);
/// A gain: the app's benefit green.
const GAIN: Rgb = Rgb(67, 160, 71);

/// What the municipality and society each gain or pay per place per year.
pub fn headline(municipality: Decimal, society: Decimal, lang: Lang) -> String {
    let m = money_whole(municipality.abs(), lang);
    let s = money_whole(society.abs(), lang);
    let zero = Decimal::ZERO;
    match lang {
        Lang::Nl => {
            let first = match municipality.cmp(&zero) {
                std::cmp::Ordering::Less => {
                    format!("Per plek per jaar kost dit de gemeente {m} (P-budget en BUIG samen)")
                }
                std::cmp::Ordering::Greater => format!(
                    "Per plek per jaar levert dit de gemeente {m} op (P-budget en BUIG samen)"
                ),
                std::cmp::Ordering::Equal => {
                    "Per plek per jaar speelt de gemeente quitte (P-budget en BUIG samen)".into()
                }
            };
            let second = match society.cmp(&zero) {
                std::cmp::Ordering::Greater => format!(
                    "de samenleving als geheel wint {s}: de baten zijn groter dan de kosten"
                ),
                std::cmp::Ordering::Less => format!(
                    "de samenleving als geheel verliest {s}: de kosten zijn groter dan de baten"
                ),
                std::cmp::Ordering::Equal => {
                    "voor de samenleving als geheel wegen kosten en baten tegen elkaar op".into()
                }
            };
            format!("{first}; {second}.")
        }
        Lang::En => {
            let first = match municipality.cmp(&zero) {
                std::cmp::Ordering::Less => format!(
                    "Per place per year this costs the municipality {m} (participation budget and BUIG together)"
                ),
                std::cmp::Ordering::Greater => format!(
                    "Per place per year the municipality gains {m} (participation budget and BUIG together)"
                ),
                std::cmp::Ordering::Equal => {
                    "Per place per year the municipality breaks even (participation budget and BUIG together)".into()
                }
            };
            let second = match society.cmp(&zero) {
                std::cmp::Ordering::Greater => {
                    format!("society as a whole gains {s}: the benefits exceed the costs")
                }
                std::cmp::Ordering::Less => {
                    format!("society as a whole loses {s}: the costs exceed the benefits")
                }
                std::cmp::Ordering::Equal => {
                    "for society as a whole costs and benefits balance".into()
                }
            };
            format!("{first}; {second}.")
        }
    }
}

/// The municipality pays while others gain: who gains most.
fn wrong_pocket(shown: &Shown, lang: Lang) -> String {
    let gainer = Actor::ALL
        .into_iter()
        .filter(|a| {
            !matches!(
                a,
                Actor::MunicipalityParticipation | Actor::MunicipalityBuig
            )
        })
        .max_by_key(|a| shown.actors[*a].net);
    let Some(gainer) = gainer else {
        return lang.tr(Text::WrongPocket).to_string();
    };
    let amount = money_whole(shown.actors[gainer].net, lang);
    let name = lang.actor(gainer).to_lowercase();
    match lang {
        Lang::Nl => format!(
            "{}. Het meest profiteert de partij {name} ({amount} per plek per jaar).",
            lang.tr(Text::WrongPocket)
        ),
        Lang::En => format!(
            "{}. The actor gaining most is {name} ({amount} per place per year).",
            lang.tr(Text::WrongPocket)
        ),
    }
}

/// Where BUIG breaks even on the wage value, against the scenario's wage value.
fn break_even(params: &Parameters, pct: Decimal, lang: Lang) -> String {
    let current = param_value(ParamKey::WageValuePct, params.wage_value_pct.get(), lang);
    let at = result_percent(pct, lang);
    match lang {
        Lang::Nl => format!(
            "In de BUIG is de loonkostensubsidie gelijk aan de bespaarde uitkering bij een loonwaarde van {at} (in dit scenario {current}); dat is de break-even van de BUIG alleen."
        ),
        Lang::En => format!(
            "In BUIG the wage-cost subsidy equals the benefit saved at a wage value of {at} (this scenario: {current}); that is BUIG's break-even alone."
        ),
    }
}

/// Where the municipality as a whole (participation budget and BUIG) breaks even, or that it
/// does not within 0–100 %.
fn municipality_break_even(break_even: MunicipalityBreakEven, lang: Lang) -> String {
    match (break_even, lang) {
        (MunicipalityBreakEven::At(pct), Lang::Nl) => format!(
            "De gemeente als geheel (P-budget en BUIG samen, met begeleiding en uitvoering) speelt quitte vanaf een loonwaarde van {}.",
            result_percent(pct, lang)
        ),
        (MunicipalityBreakEven::At(pct), Lang::En) => format!(
            "The municipality as a whole (participation budget and BUIG together, coaching and administration included) breaks even from a wage value of {}.",
            result_percent(pct, lang)
        ),
        (MunicipalityBreakEven::LosesAtEveryWageValue, Lang::Nl) => "De gemeente als geheel (P-budget en BUIG samen) verliest bij elke loonwaarde, ook bij 100 % zonder loonkostensubsidie: er is geen break-even voor de gemeente.".into(),
        (MunicipalityBreakEven::LosesAtEveryWageValue, Lang::En) => "The municipality as a whole (participation budget and BUIG together) loses at every wage value, even at 100 % without wage-cost subsidy: there is no break-even for the municipality.".into(),
        (MunicipalityBreakEven::GainsAtEveryWageValue, Lang::Nl) => "De gemeente als geheel (P-budget en BUIG samen) verliest bij geen enkele loonwaarde.".into(),
        (MunicipalityBreakEven::GainsAtEveryWageValue, Lang::En) => "The municipality as a whole (participation budget and BUIG together) loses at no wage value.".into(),
    }
}

/// The net present value over the whole horizon for the municipality and for society.
fn horizon(params: &Parameters, shown: &Shown, lang: Lang) -> String {
    let municipality = shown.actors[Actor::MunicipalityParticipation].npv
        + shown.actors[Actor::MunicipalityBuig].npv;
    let (m, s) = (
        money_whole(municipality, lang),
        money_whole(shown.npv_total, lang),
    );
    let (years, places) = (params.years.get(), params.clients.get());
    match lang {
        Lang::Nl => format!(
            "Over {years} jaar en {places} {} is de netto contante waarde voor de gemeente {m} en voor de samenleving {s}.",
            if places == 1 { "plek" } else { "plekken" }
        ),
        Lang::En => format!(
            "Over {years} years and {places} {} the net present value is {m} for the municipality and {s} for society.",
            if places == 1 { "place" } else { "places" }
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn the_wording_follows_the_signs() {
        let text = headline(dec!(-22180), dec!(-3420), Lang::Nl);
        assert_eq!(
            text,
            "Per plek per jaar kost dit de gemeente € 22.180 (P-budget en BUIG samen); de samenleving als geheel verliest € 3.420: de kosten zijn groter dan de baten."
        );
        let text = headline(dec!(1500), dec!(9000), Lang::Nl);
        assert!(text.contains("levert dit de gemeente € 1.500 op"), "{text}");
        assert!(text.contains("wint € 9.000"), "{text}");
        let text = headline(dec!(0), dec!(0), Lang::En);
        assert!(text.contains("breaks even"), "{text}");
        assert!(text.contains("balance"), "{text}");
    }
}
