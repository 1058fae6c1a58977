//! The registry's rows: one [`ParamDef`] per parameter, in the panel's order, and the words
//! `--set` accepts for the parameters that have them.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::build::{HOURS, MONEY, PCT, ids, join, money, no_number, row, slider, whole};
use super::others::OTHERS;
use super::words::{BENEFIT_WORDS, BUIG_BASIS_WORDS, DELIVERER_WORDS, LKS_WORDS, RULE_WORDS};
use super::{Bounds, Group, INPUTS_LEN, PANEL_LEN, ParamDef, ParamKey, Unit, t};
use crate::bounded::{Count, Hours, Money, Month, Pct, RangeError, Years};
use crate::parameters::{BenefitSaved, LksRule, LksShare, Parameters, Year};

/// A percentage, money or hours field: the same three lines for each.
macro_rules! field {
    ($field:ident, $kind:ident) => {
        (
            |p: &Parameters| Some(p.$field.get()),
            |p: &mut Parameters, v: Decimal| -> Result<(), RangeError> {
                p.$field = $kind::new(v)?;
                Ok(())
            },
        )
    };
}

/// Every input of a scenario, in the order of [`ParamKey::INPUTS`]: the panel's parameters, then
/// the inputs outside the panel (`others.rs`).
pub static REGISTRY: [ParamDef; INPUTS_LEN] = ROWS;

/// The rows, as a constant the lists of keys are read from.
const ROWS: [ParamDef; INPUTS_LEN] = join(PANEL, OTHERS);

/// Every key, in the order of the rows: [`ParamKey::INPUTS`].
pub(super) const INPUT_KEYS: [ParamKey; INPUTS_LEN] = ids(ROWS);

/// The panel's keys, in its order: [`ParamKey::ALL`].
pub(super) const PANEL_KEYS: [ParamKey; PANEL_LEN] = ids(PANEL);

/// Every parameter of the panel, in its order (and that of [`ParamKey::ALL`]).
const PANEL: [ParamDef; PANEL_LEN] = [
    row(
        ParamKey::WageValuePct,
        "wage_value_pct",
        t("Loonwaarde", "Wage value"),
        t(
            "De productiviteit van de werknemer als percentage van het wettelijk minimumloon.",
            "The worker's productivity as a percentage of the statutory minimum wage.",
        ),
        Unit::Percent,
        Group::Worker,
        PCT,
        field!(wage_value_pct, Pct),
    ),
    slider(
        row(
            ParamKey::HoursPerWeek,
            "hours_per_week",
            t("Uren per week", "Hours per week"),
            t(
                "Contracturen per week. Vanaf 2024 schaalt de wettelijke LKS met de uren tegen 36 uur, waarbij de uren tellen tot ten hoogste de voltijdse werkweek van de sector.",
                "Contract hours per week. From 2024 the statutory LKS scales with the hours against 36 hours, the hours counting at most up to the sector's full-time week.",
            ),
            Unit::Hours,
            Group::Worker,
            HOURS,
            field!(hours_per_week, Hours),
        ),
        dec!(40),
        dec!(1),
    ),
    slider(
        row(
            ParamKey::FullTimeHours,
            "full_time_hours",
            t("Voltijdse werkweek", "Full-time week"),
            t(
                "Het normale aantal uren per week in de sector. Vóór 2024 wordt de LKS naar verhouding hiervan verlaagd; vanaf 2024 tellen contracturen voor de LKS tot ten hoogste dit aantal.",
                "The sector's normal hours per week. Before 2024 LKS is reduced in proportion to it; from 2024 contract hours count for the LKS up to this number.",
            ),
            Unit::Hours,
            Group::Worker,
            HOURS,
            field!(full_time_hours, Hours),
        ),
        dec!(40),
        dec!(1),
    ),
    ParamDef {
        analysable: false,
        words: RULE_WORDS,
        ..row(
            ParamKey::LksRule,
            "lks_rule",
            t("Rekenregel LKS", "LKS rule"),
            t(
                "Volgens de wet: (WML + vakantiebijslag) × aandeel, plus werkgeverslastenvergoeding. Conventie van de dia's: volledig belaste loonsom × aandeel.",
                "By law: (minimum wage + holiday allowance) × share, plus employer-cost compensation. The slides' convention: fully loaded wage cost × share.",
            ),
            Unit::Choice,
            Group::Lks,
            Bounds::Fixed(Decimal::ZERO, Decimal::ZERO),
            (no_number, |_, v| {
                Err(RangeError {
                    what: "statutory of fully_loaded",
                    value: v.to_string(),
                    min: "statutory".into(),
                    max: "fully_loaded".into(),
                })
            }),
        )
    },
    ParamDef {
        applies: |p| p.lks_rule == LksRule::FullyLoaded,
        ..slider(
            money(
                ParamKey::FullyLoadedWageCost,
                "fully_loaded_wage_cost",
                t("Volledig belaste loonsom", "Fully loaded wage cost"),
                t(
                    "Jaarlijkse loonkosten van een voltijdbaan op het minimumloon, inclusief werkgeverslasten.",
                    "Annual wage cost of a full-time minimum-wage job, including employer charges.",
                ),
                Group::Lks,
                field!(fully_loaded_wage_cost, Money),
            ),
            dec!(60000),
            dec!(100),
        )
    },
    ParamDef {
        words: LKS_WORDS,
        ..row(
            ParamKey::LksPct,
            "lks_pct",
            t("LKS-percentage", "LKS percentage"),
            t(
                "Het deel van de loonsom dat de loonkostensubsidie betaalt; nooit boven het maximum.",
                "The share of the wage cost the subsidy pays; never above the cap.",
            ),
            Unit::Percent,
            Group::Lks,
            PCT,
            (
                |p| match p.lks_pct {
                    LksShare::Manual(pct) => Some(pct.get()),
                    LksShare::FollowsWageValue => None,
                },
                |p, v| {
                    p.lks_pct = LksShare::Manual(Pct::new(v)?);
                    Ok(())
                },
            ),
        )
    },
    row(
        ParamKey::LksCapPct,
        "lks_cap_pct",
        t("Maximum LKS", "LKS cap"),
        t(
            "Het hoogste LKS-percentage dat de wet of het lokale beleid toestaat.",
            "The highest LKS share the law or local policy allows.",
        ),
        Unit::Percent,
        Group::Lks,
        PCT,
        field!(lks_cap_pct, Pct),
    ),
    money(
        ParamKey::Coaching,
        "coaching",
        t("Begeleiding", "Coaching"),
        t(
            "Jobcoaching en begeleiding op de werkplek, per plek per jaar.",
            "On-the-job coaching, per place per year.",
        ),
        Group::Coaching,
        field!(coaching, Money),
    ),
    ParamDef {
        analysable: false,
        words: DELIVERER_WORDS,
        ..row(
            ParamKey::CoachingDeliveredBy,
            "coaching_delivered_by",
            t("Begeleiding geleverd door", "Coaching delivered by"),
            t(
                "Wie de begeleiding levert en dus de kosten ervan draagt: de werkgever of het SW-bedrijf (zoals in de dia's), of een aparte aanbieder die tegen kostprijs werkt. De betaling uit het participatiebudget is een overdracht; de begeleiding zelf kost de samenleving altijd tijd en geld.",
                "Who delivers the coaching and so bears its cost: the employer or SW company (as on the slides), or a separate provider working at cost. The payment from the participation budget is a transfer; the coaching itself is always a real cost to society.",
            ),
            Unit::Choice,
            Group::Coaching,
            Bounds::Fixed(Decimal::ZERO, Decimal::ZERO),
            (no_number, |_, v| {
                Err(RangeError {
                    what: "employer of provider",
                    value: v.to_string(),
                    min: "employer".into(),
                    max: "provider".into(),
                })
            }),
        )
    },
    money(
        ParamKey::Workplace,
        "workplace",
        t("Werkplekkosten", "Workplace costs"),
        t(
            "Kosten van de werkplek voor de werkgever, per plek per jaar.",
            "The employer's cost of the workplace, per place per year.",
        ),
        Group::Coaching,
        field!(workplace, Money),
    ),
    money(
        ParamKey::WorkplaceAdaptation,
        "workplace_adaptation",
        t("Werkplekaanpassing", "Workplace adaptation"),
        t(
            "Aanpassingen aan de werkplek, betaald uit het participatiebudget, per jaar.",
            "Adaptations of the workplace, paid from the participation budget, per year.",
        ),
        Group::Coaching,
        field!(workplace_adaptation, Money),
    ),
    money(
        ParamKey::Administration,
        "administration",
        t("Uitvoeringskosten", "Administration costs"),
        t(
            "Uitvoeringskosten van de gemeente, per plek per jaar.",
            "The municipality's administration costs, per place per year.",
        ),
        Group::Coaching,
        field!(administration, Money),
    ),
    ParamDef {
        words: BENEFIT_WORDS,
        ..slider(
            row(
                ParamKey::BenefitSaved,
                "benefit_saved",
                t("Bespaarde uitkering", "Benefit saved"),
                t(
                    "De uitkering die stopt als de klant gaat werken. Wie geen uitkering had (Nug-er) bespaart niets.",
                    "The benefit that stops when the client starts work. Someone without a benefit saves nothing.",
                ),
                Unit::Money,
                Group::Benefit,
                MONEY,
                (
                    |p| match p.benefit_saved {
                        BenefitSaved::Amount(m) => Some(m.get()),
                        _ => None,
                    },
                    |p, v| {
                        p.benefit_saved = BenefitSaved::Amount(Money::new(v)?);
                        Ok(())
                    },
                ),
            ),
            dec!(40000),
            dec!(100),
        )
    },
    ParamDef {
        analysable: false,
        words: BUIG_BASIS_WORDS,
        ..row(
            ParamKey::BuigBasis,
            "buig_basis",
            t("Besparing BUIG gerekend op", "BUIG saving counted on"),
            t(
                "Netto: de gemeente bespaart de netto norm min de aanvullende bijstand (zoals WIL; standaard). Bruto: wat de gemeente werkelijk betaalt, met de loonheffing op de uitkering; die belasting is een overdracht van het Rijk.",
                "Net: the municipality saves the net norm minus the top-up (as WIL; default). Gross: what the municipality actually pays, including the wage tax on the benefit; that tax is a transfer from the national government.",
            ),
            Unit::Choice,
            Group::Benefit,
            Bounds::Fixed(Decimal::ZERO, Decimal::ZERO),
            (no_number, |_, v| {
                Err(RangeError {
                    what: "net of gross",
                    value: v.to_string(),
                    min: "net".into(),
                    max: "gross".into(),
                })
            }),
        )
    },
    slider(
        money(
            ParamKey::SocietalCostPerClient,
            "societal_cost_per_client",
            t(
                "Maatschappelijke kosten per klant",
                "Societal cost per client",
            ),
            t(
                "Maatschappelijke kosten van een klant die thuiszit, per jaar (gezondheid, schulden, overlast). WIL 2018 noemt € 5.960 (MKBA Cedris & SBCM, prijspeil 2017). Het model rekent in prijzen van de start: vul voor een later startjaar het met de CPI geïndexeerde bedrag in.",
                "Societal cost of a client staying home, per year (health, debts, nuisance). WIL 2018 uses € 5,960 (Cedris & SBCM social cost-benefit analysis, 2017 prices). The model is in prices of the start: for a later start year, enter the amount indexed with the CPI.",
            ),
            Group::Benefit,
            field!(societal_cost_per_client, Money),
        ),
        dec!(20000),
        dec!(10),
    ),
    slider(
        row(
            ParamKey::Clients,
            "clients",
            t("Aantal klanten", "Number of clients"),
            t(
                "Aantal plekken of klanten waarover de meerjarige berekening gaat.",
                "Number of places or clients the multi-year figures cover.",
            ),
            Unit::Count,
            Group::Benefit,
            Bounds::Fixed(dec!(0), dec!(1000000)),
            (
                |p| Some(Decimal::from(p.clients.get())),
                |p, v| {
                    p.clients = Count::new(whole(v, "een aantal plekken of klanten")?)?;
                    Ok(())
                },
            ),
        ),
        dec!(500),
        dec!(1),
    ),
    ParamDef {
        analysable: false,
        ..row(
            ParamKey::Year,
            "year",
            t("Referentiejaar", "Reference year"),
            t(
                "Kiest minimumloon, werkgeverslastenvergoeding en bijstandsnormen uit de jaartabel.",
                "Selects minimum wage, employer-cost rate and benefit norms from the year table.",
            ),
            Unit::Year,
            Group::Time,
            Bounds::TableYears,
            (
                |p| Some(Decimal::from(p.year.get())),
                |p, v| {
                    let year = whole(v, "een jaar uit de referentietabel")?;
                    p.year = Year::new(u16::try_from(year).unwrap_or(u16::MAX))?;
                    Ok(())
                },
            ),
        )
    },
    slider(
        row(
            ParamKey::Month,
            "month",
            t("Startmaand", "Start month"),
            t(
                "De maand waarin de plaatsing begint (1–12): jaar 1 rekent met het minimumloon en de normen die op de eerste dag van die maand gelden (vanaf juli de bedragen per 1 juli). De loonkostensubsidie wordt daarna elk jaar per 1 januari opnieuw vastgesteld.",
                "The month the placement starts (1–12): year 1 uses the minimum wage and norms in force on its first day (from July, the figures of 1 July). The wage-cost subsidy is set anew each 1 January after that.",
            ),
            Unit::Month,
            Group::Time,
            Bounds::Fixed(dec!(1), dec!(12)),
            (
                |p| Some(Decimal::from(p.month.get())),
                |p, v| {
                    let month = whole(v, "een maand (1 tot en met 12)")?;
                    p.month = Month::new(u8::try_from(month).unwrap_or(u8::MAX))?;
                    Ok(())
                },
            ),
        ),
        dec!(12),
        dec!(1),
    ),
    slider(
        row(
            ParamKey::Years,
            "years",
            t("Looptijd", "Horizon"),
            t(
                "Aantal jaren: een beschutte plek is vaak een verplichting voor 20 of 30 jaar.",
                "Number of years: a sheltered place is often a commitment for 20 or 30 years.",
            ),
            Unit::Years,
            Group::Time,
            Bounds::Fixed(dec!(1), dec!(60)),
            (
                |p| Some(Decimal::from(p.years.get())),
                |p, v| {
                    p.years = Years::new(whole(v, "een aantal jaren")?)?;
                    Ok(())
                },
            ),
        ),
        dec!(40),
        dec!(1),
    ),
    slider(
        row(
            ParamKey::IndexationPct,
            "indexation_pct",
            t("Reële groei per jaar", "Real growth per year"),
            t(
                "Jaarlijkse groei van alle bedragen (lonen, normen, kosten) boven de inflatie: de horizon rekent in constante prijzen van de start. 0 % houdt de bedragen van jaar 1 vast.",
                "Yearly growth of every amount (wages, norms, costs) above inflation: the horizon is in constant prices of the start. 0% keeps the year-1 amounts.",
            ),
            Unit::Percent,
            Group::Time,
            PCT,
            field!(indexation_pct, Pct),
        ),
        dec!(10),
        dec!(0.25),
    ),
    slider(
        row(
            ParamKey::DiscountRatePct,
            "discount_rate_pct",
            t("Discontovoet", "Discount rate"),
            t(
                "Reële discontovoet, bij constante prijzen; standaard voor MKBA's vanaf 2021: 2,25 % (Werkgroep discontovoet 2020).",
                "Real discount rate, at constant prices; standard for Dutch social cost-benefit analyses from 2021: 2.25% (Werkgroep discontovoet 2020).",
            ),
            Unit::Percent,
            Group::Time,
            PCT,
            field!(discount_rate_pct, Pct),
        ),
        dec!(10),
        dec!(0.25),
    ),
    slider(
        money(
            ParamKey::NationalBonus,
            "national_bonus",
            t("Rijksbonus per plek", "National bonus per place"),
            t(
                "Bonus van het Rijk aan de gemeente per gerealiseerde plek, per jaar (zoals de tijdelijke bonus beschut werk, 2017–2020, via de integratie-uitkering Sociaal Domein, onderdeel Participatie). Standaard 0.",
                "A bonus from the national government to the municipality per realised place, per year (like the temporary sheltered-work bonus, 2017–2020, paid through the social-domain integration grant, participation part). Default 0.",
            ),
            Group::Benefit,
            field!(national_bonus, Money),
        ),
        dec!(10000),
        dec!(50),
    ),
];
