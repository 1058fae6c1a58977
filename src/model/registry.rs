//! The parameter registry: every parameter a user can set, described once.
//!
//! Per parameter: its key (in files, on the command line, in a scenario's `sources`), its name and
//! help text in Dutch and English, its unit, range and slider step, the panel group it sits in,
//! whether analyses may vary it, and how it is read from and written to [`Parameters`]. The
//! command line's `--set`, `solve --param`, the parameters panel, goal seek, the tornado and the
//! validation of `sources` keys all derive from this table.
//!
//! Adding a parameter: a field on [`Parameters`] (with its use in the engine), a variant of
//! [`ParamKey`] and one [`ParamDef`] in [`REGISTRY`], at the same position.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use rust_decimal_macros::dec;

use super::bounded::{Count, Hours, MAX_AMOUNT, Money, Pct, RangeError, Years};
use super::evaluate::Evaluation;
use super::parameters::{BenefitSaved, CoachingDeliverer, LksRule, LksShare, Parameters, Year};
use super::year_table::YearTable;

/// A text in both languages of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Texts {
    /// Dutch (the default language).
    pub nl: &'static str,
    /// English.
    pub en: &'static str,
}

const fn t(nl: &'static str, en: &'static str) -> Texts {
    Texts { nl, en }
}

/// The unit a parameter is shown and typed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Euros: `€ 8.500`.
    Money,
    /// Percent: `40 %`.
    Percent,
    /// Hours per week: `24 uur`.
    Hours,
    /// Whole years: `30 jaar`.
    Years,
    /// A whole number of clients.
    Count,
    /// A calendar year of the reference table.
    Year,
    /// One of a few named choices, no number.
    Choice,
}

impl Unit {
    /// Whether values are whole numbers.
    pub fn is_whole(self) -> bool {
        matches!(self, Unit::Years | Unit::Count | Unit::Year)
    }
}

/// The group of the parameters panel a parameter is shown in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// Worker and wage value.
    Worker,
    /// Wage-cost subsidy.
    Lks,
    /// Coaching and workplace.
    Coaching,
    /// Benefit and society.
    Benefit,
    /// Time: reference year, horizon, indexation, discounting.
    Time,
}

impl Group {
    /// Every group, in the panel's order.
    pub const ALL: [Group; 5] = [
        Group::Worker,
        Group::Lks,
        Group::Coaching,
        Group::Benefit,
        Group::Time,
    ];

    /// The group's heading.
    pub fn title(self) -> Texts {
        match self {
            Group::Worker => t("Werknemer en loonwaarde", "Worker and wage value"),
            Group::Lks => t("Loonkostensubsidie", "Wage-cost subsidy"),
            Group::Coaching => t("Begeleiding en werkplek", "Coaching and workplace"),
            Group::Benefit => t("Uitkering en maatschappij", "Benefit and society"),
            Group::Time => t("Tijd", "Time"),
        }
    }
}

/// Where a parameter's allowed range comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bounds {
    /// A fixed range.
    Fixed(Decimal, Decimal),
    /// The years of the built-in reference table.
    TableYears,
}

/// A word `--set` accepts for a parameter instead of a number, with what it sets.
#[derive(Clone, Copy, Debug)]
pub struct Word {
    /// The words accepted (case-insensitive), the first one the canonical one.
    pub spellings: &'static [&'static str],
    /// What the choice is called in the interface.
    pub label: Texts,
    /// What the word sets.
    pub apply: fn(&mut Parameters),
    /// Whether `params` currently holds this word's setting.
    pub is_set: fn(&Parameters) -> bool,
}

/// Everything known about one parameter.
#[derive(Clone, Copy, Debug)]
pub struct ParamDef {
    /// Which parameter.
    pub id: ParamKey,
    /// The key in files, on the command line and in `sources`.
    pub key: &'static str,
    /// The name shown and read out.
    pub label: Texts,
    /// The help text (tooltip).
    pub help: Texts,
    /// Unit of display and entry.
    pub unit: Unit,
    /// The panel group.
    pub group: Group,
    /// The allowed range (typed entry, `--set`, analyses).
    pub bounds: Bounds,
    /// Right end of the slider; typed entry may go further, up to the range's maximum.
    pub slider_max: Decimal,
    /// The slider snaps to multiples of this, so a drag gives round figures.
    pub step: Decimal,
    /// Whether goal seek and the tornado may vary it.
    pub analysable: bool,
    /// Words `--set` accepts besides a number.
    pub words: &'static [Word],
    /// The number stored in the model; `None` when a word setting holds instead (or there is no
    /// number, as for the LKS rule).
    pub read: fn(&Parameters) -> Option<Decimal>,
    /// Store a number, refusing one out of range.
    pub write: fn(&mut Parameters, Decimal) -> Result<(), RangeError>,
    /// Whether the parameter has any effect under the current settings (the fully loaded wage
    /// cost only counts under the slides' rule, for example).
    pub applies: fn(&Parameters) -> bool,
}

/// A parameter, by name. Its description is [`ParamKey::def`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ParamKey {
    /// Wage value in %.
    WageValuePct,
    /// Contract hours per week.
    HoursPerWeek,
    /// Full-time hours per week in the sector.
    FullTimeHours,
    /// How LKS is computed.
    LksRule,
    /// Fully loaded annual wage cost (slides' rule).
    FullyLoadedWageCost,
    /// LKS share in % (setting a number makes it manual).
    LksPct,
    /// Cap on the LKS share in %.
    LksCapPct,
    /// Coaching per year.
    Coaching,
    /// Who delivers the coaching.
    CoachingDeliveredBy,
    /// Workplace costs per year.
    Workplace,
    /// Workplace adaptation per year.
    WorkplaceAdaptation,
    /// Administration costs per year.
    Administration,
    /// Benefit saved per year (setting a number makes it an amount).
    BenefitSaved,
    /// Societal cost per client per year.
    SocietalCostPerClient,
    /// Number of places or clients.
    Clients,
    /// Reference year.
    Year,
    /// Horizon in years.
    Years,
    /// Indexation in %.
    IndexationPct,
    /// Discount rate in %.
    DiscountRatePct,
    /// National bonus per place per year.
    NationalBonus,
}

const PCT: Bounds = Bounds::Fixed(Pct::MIN, Pct::MAX);
const MONEY: Bounds = Bounds::Fixed(Money::MIN, MAX_AMOUNT);
const HOURS: Bounds = Bounds::Fixed(Hours::MIN, Hours::MAX);

fn always(_: &Parameters) -> bool {
    true
}

fn no_number(_: &Parameters) -> Option<Decimal> {
    None
}

fn whole(value: Decimal, what: &'static str) -> Result<u32, RangeError> {
    value
        .fract()
        .is_zero()
        .then(|| value.to_u32())
        .flatten()
        .ok_or_else(|| RangeError {
            what,
            value: value.to_string(),
            min: "0".into(),
            max: u32::MAX.to_string(),
        })
}

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

const LKS_WORDS: &[Word] = &[Word {
    spellings: &["auto", "volgt", "follows"],
    label: t(
        "LKS volgt de loonwaarde (100 % − loonwaarde)",
        "LKS follows the wage value (100% − wage value)",
    ),
    apply: |p| p.lks_pct = LksShare::FollowsWageValue,
    is_set: |p| p.lks_pct == LksShare::FollowsWageValue,
}];

const BENEFIT_WORDS: &[Word] = &[
    Word {
        spellings: &["single", "alleenstaande"],
        label: t("Bijstand alleenstaande", "Assistance, single"),
        apply: |p| p.benefit_saved = BenefitSaved::Single,
        is_set: |p| p.benefit_saved == BenefitSaved::Single,
    },
    Word {
        spellings: &["couple", "gehuwden"],
        label: t(
            "Bijstand gehuwden/samenwonenden",
            "Assistance, married or cohabiting",
        ),
        apply: |p| p.benefit_saved = BenefitSaved::Couple,
        is_set: |p| p.benefit_saved == BenefitSaved::Couple,
    },
    Word {
        spellings: &["none", "geen"],
        label: t("Geen uitkering (Nug-er)", "No benefit"),
        apply: |p| p.benefit_saved = BenefitSaved::NoBenefit,
        is_set: |p| p.benefit_saved == BenefitSaved::NoBenefit,
    },
];

const RULE_WORDS: &[Word] = &[
    Word {
        spellings: &["statutory", "wet"],
        label: t("Volgens de wet (art. 10d)", "By law (art. 10d)"),
        apply: |p| p.lks_rule = LksRule::Statutory,
        is_set: |p| p.lks_rule == LksRule::Statutory,
    },
    Word {
        spellings: &["fully_loaded", "dia"],
        label: t("Conventie van de dia's", "The slides' convention"),
        apply: |p| p.lks_rule = LksRule::FullyLoaded,
        is_set: |p| p.lks_rule == LksRule::FullyLoaded,
    },
];

const DELIVERER_WORDS: &[Word] = &[
    Word {
        spellings: &["employer", "werkgever"],
        label: t("Werkgever of SW-bedrijf", "Employer or SW company"),
        apply: |p| p.coaching_delivered_by = CoachingDeliverer::Employer,
        is_set: |p| p.coaching_delivered_by == CoachingDeliverer::Employer,
    },
    Word {
        spellings: &["provider", "aanbieder"],
        label: t(
            "Aparte aanbieder (tegen kostprijs)",
            "Separate provider (at cost)",
        ),
        apply: |p| p.coaching_delivered_by = CoachingDeliverer::Provider,
        is_set: |p| p.coaching_delivered_by == CoachingDeliverer::Provider,
    },
];

/// How a parameter is read from and written to [`Parameters`].
type Access = (
    fn(&Parameters) -> Option<Decimal>,
    fn(&mut Parameters, Decimal) -> Result<(), RangeError>,
);

/// One row of the registry with the common defaults; the table below overrides what differs.
#[expect(
    clippy::too_many_arguments,
    reason = "one argument per column of the table"
)]
const fn row(
    id: ParamKey,
    key: &'static str,
    label: Texts,
    help: Texts,
    unit: Unit,
    group: Group,
    bounds: Bounds,
    access: Access,
) -> ParamDef {
    ParamDef {
        id,
        key,
        label,
        help,
        unit,
        group,
        bounds,
        slider_max: dec!(100),
        step: dec!(1),
        analysable: true,
        words: &[],
        read: access.0,
        write: access.1,
        applies: always,
    }
}

const fn slider(def: ParamDef, slider_max: Decimal, step: Decimal) -> ParamDef {
    ParamDef {
        slider_max,
        step,
        ..def
    }
}

/// A money parameter: euros, slider to € 25.000 in steps of € 50 unless overridden.
const fn money(
    id: ParamKey,
    key: &'static str,
    label: Texts,
    help: Texts,
    group: Group,
    access: Access,
) -> ParamDef {
    slider(
        row(id, key, label, help, Unit::Money, group, MONEY, access),
        dec!(25000),
        dec!(50),
    )
}

/// Every parameter, in the order of the parameters panel (and of [`ParamKey`]).
pub static REGISTRY: [ParamDef; 20] = [
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
    slider(
        money(
            ParamKey::SocietalCostPerClient,
            "societal_cost_per_client",
            t(
                "Maatschappelijke kosten per klant",
                "Societal cost per client",
            ),
            t(
                "Maatschappelijke kosten van een klant die thuiszit, per jaar (gezondheid, schulden, overlast). WIL 2018 noemt € 5.960 (MKBA Cedris & SBCM, prijspeil 2017); de indexatie per jaar werkt het bedrag bij.",
                "Societal cost of a client staying home, per year (health, debts, nuisance). WIL 2018 uses € 5,960 (Cedris & SBCM social cost-benefit analysis, 2017 prices); the yearly indexation brings it up to date.",
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
            t("Indexatie per jaar", "Indexation per year"),
            t(
                "Jaarlijkse stijging van lonen en bedragen.",
                "Yearly growth of wages and amounts.",
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
                "Standaard voor MKBA's vanaf 2021: 2,25 %.",
                "Standard for Dutch social cost-benefit analyses from 2021: 2.25%.",
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

impl ParamKey {
    /// Every parameter, in the panel's order.
    pub const ALL: [ParamKey; 20] = [
        ParamKey::WageValuePct,
        ParamKey::HoursPerWeek,
        ParamKey::FullTimeHours,
        ParamKey::LksRule,
        ParamKey::FullyLoadedWageCost,
        ParamKey::LksPct,
        ParamKey::LksCapPct,
        ParamKey::Coaching,
        ParamKey::CoachingDeliveredBy,
        ParamKey::Workplace,
        ParamKey::WorkplaceAdaptation,
        ParamKey::Administration,
        ParamKey::BenefitSaved,
        ParamKey::SocietalCostPerClient,
        ParamKey::Clients,
        ParamKey::Year,
        ParamKey::Years,
        ParamKey::IndexationPct,
        ParamKey::DiscountRatePct,
        ParamKey::NationalBonus,
    ];

    /// Everything known about this parameter.
    pub fn def(self) -> &'static ParamDef {
        &REGISTRY[self as usize]
    }

    /// The key in files and on the command line.
    pub fn key(self) -> &'static str {
        self.def().key
    }

    /// The parameter with this key.
    pub fn from_key(key: &str) -> Option<ParamKey> {
        REGISTRY.iter().find(|d| d.key == key).map(|d| d.id)
    }

    /// The parameters analyses may vary, in the panel's order.
    pub fn analysable() -> Vec<ParamKey> {
        REGISTRY
            .iter()
            .filter(|d| d.analysable)
            .map(|d| d.id)
            .collect()
    }

    /// Lowest and highest value allowed.
    pub fn range(self) -> (Decimal, Decimal) {
        match self.def().bounds {
            Bounds::Fixed(low, high) => (low, high),
            Bounds::TableYears => {
                let table = YearTable::builtin();
                (
                    Decimal::from(table.first_year()),
                    Decimal::from(table.last_year()),
                )
            }
        }
    }

    /// Whether the parameter takes whole numbers only.
    pub fn is_whole(self) -> bool {
        self.def().unit.is_whole()
    }

    /// The number stored in the model, if a number holds (not a word setting).
    pub fn stored(self, params: &Parameters) -> Option<Decimal> {
        (self.def().read)(params)
    }

    /// The parameter's value as the engine uses it: a followed LKS share is the share requested,
    /// a benefit norm is the year's norm × 12.
    pub fn get(self, params: &Parameters, evaluation: &Evaluation) -> Decimal {
        match self {
            ParamKey::LksPct => evaluation.inputs.lks_share_requested * Decimal::ONE_HUNDRED,
            ParamKey::BenefitSaved => evaluation.inputs.benefit_saved,
            _ => self.stored(params).unwrap_or_default(),
        }
    }

    /// Set the parameter to `value`, refusing a value out of range (or not whole where it must be).
    pub fn set_checked(self, params: &mut Parameters, value: Decimal) -> Result<(), RangeError> {
        (self.def().write)(params, value)
    }

    /// Set the parameter to `value`, clamped to its range (and rounded for whole numbers): for
    /// sliders and analyses, which must never fail.
    pub fn set(self, params: &mut Parameters, value: Decimal) {
        let (low, high) = self.range();
        let mut value = value.clamp(low, high);
        if self.is_whole() {
            value = value.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
        }
        // In range and whole by construction; a parameter without a number keeps its setting.
        let _ = self.set_checked(params, value);
    }

    /// Apply a word setting (`auto`, `single`, `statutory`, …); `false` if the word is not one of
    /// this parameter's.
    pub fn set_word(self, params: &mut Parameters, word: &str) -> bool {
        let word = word.to_lowercase();
        match self
            .def()
            .words
            .iter()
            .find(|w| w.spellings.contains(&word.as_str()))
        {
            Some(w) => {
                (w.apply)(params);
                true
            }
            None => false,
        }
    }

    /// Whether the parameter has any effect under the current settings.
    pub fn applies(self, params: &Parameters) -> bool {
        (self.def().applies)(params)
    }
}

/// Whether `key` names a parameter: the keys a scenario's `sources` may use.
pub fn is_param_key(key: &str) -> bool {
    ParamKey::from_key(key).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_sits_at_its_keys_position() {
        for (i, def) in REGISTRY.iter().enumerate() {
            assert_eq!(def.id as usize, i, "{}", def.key);
            assert_eq!(ParamKey::ALL[i], def.id);
            assert_eq!(ParamKey::from_key(def.key), Some(def.id));
        }
    }

    #[test]
    fn keys_and_texts_are_unique_and_filled() {
        for (i, a) in REGISTRY.iter().enumerate() {
            for text in [a.label, a.help]
                .into_iter()
                .chain(a.words.iter().map(|w| w.label))
            {
                assert!(!text.nl.is_empty() && !text.en.is_empty(), "{}", a.key);
            }
            for b in &REGISTRY[i + 1..] {
                assert_ne!(a.key, b.key);
                assert_ne!(a.label.nl, b.label.nl);
                assert_ne!(a.label.en, b.label.en);
            }
        }
    }

    #[test]
    fn a_number_read_back_is_the_number_written() {
        // The middle of each range, rounded for whole numbers: written, then read back unchanged.
        for key in ParamKey::ALL {
            if key.def().unit == Unit::Choice {
                continue;
            }
            let (low, high) = key.range();
            let mut middle = (low + high) / Decimal::TWO;
            if key.is_whole() {
                middle = middle.floor();
            }
            let mut p = Parameters::default();
            key.set_checked(&mut p, middle).unwrap();
            assert_eq!(key.stored(&p), Some(middle), "{}", key.key());
        }
    }

    #[test]
    fn out_of_range_and_fractions_are_refused_and_change_nothing() {
        let mut p = Parameters::default();
        assert!(
            ParamKey::WageValuePct
                .set_checked(&mut p, dec!(100.01))
                .is_err()
        );
        assert!(ParamKey::Years.set_checked(&mut p, dec!(2.5)).is_err());
        assert!(ParamKey::Year.set_checked(&mut p, dec!(2013)).is_err());
        assert!(ParamKey::LksRule.set_checked(&mut p, dec!(1)).is_err());
        assert_eq!(p, Parameters::default());
    }

    #[test]
    fn set_clamps_and_rounds() {
        let mut p = Parameters::default();
        ParamKey::Years.set(&mut p, dec!(99.7));
        assert_eq!(p.years.get(), 60);
        ParamKey::Clients.set(&mut p, dec!(2.5));
        assert_eq!(p.clients.get(), 3, "half away from zero");
        ParamKey::Coaching.set(&mut p, dec!(-5));
        assert_eq!(p.coaching.get(), Decimal::ZERO);
    }

    #[test]
    fn words_switch_modes() {
        let mut p = Parameters::default();
        ParamKey::LksPct.set(&mut p, dec!(60));
        assert_eq!(ParamKey::LksPct.stored(&p), Some(dec!(60)));
        assert!(ParamKey::LksPct.set_word(&mut p, "AUTO"));
        assert_eq!(ParamKey::LksPct.stored(&p), None);
        assert!(ParamKey::BenefitSaved.set_word(&mut p, "gehuwden"));
        assert_eq!(p.benefit_saved, BenefitSaved::Couple);
        assert!(ParamKey::LksRule.set_word(&mut p, "fully_loaded"));
        assert_eq!(p.lks_rule, LksRule::FullyLoaded);
        assert!(!ParamKey::Coaching.set_word(&mut p, "auto"));
    }

    #[test]
    fn only_figures_are_analysable() {
        let analysable = ParamKey::analysable();
        assert!(!analysable.contains(&ParamKey::Year));
        assert!(!analysable.contains(&ParamKey::LksRule));
        assert!(!analysable.contains(&ParamKey::CoachingDeliveredBy));
        assert_eq!(analysable.len(), REGISTRY.len() - 3);
    }
}
