//! The words `--set` accepts (and the panel offers) for the parameters that have words as well as,
//! or instead of, numbers.

use super::{Word, t};
use crate::parameters::{BenefitSaved, BuigBasis, CoachingDeliverer, LksRule, LksShare};

pub(super) const LKS_WORDS: &[Word] = &[Word {
    spellings: &["auto", "volgt", "follows"],
    label: t(
        "LKS volgt de loonwaarde (100 % − loonwaarde)",
        "LKS follows the wage value (100% − wage value)",
    ),
    apply: |p| p.lks_pct = LksShare::FollowsWageValue,
    is_set: |p| p.lks_pct == LksShare::FollowsWageValue,
}];

pub(super) const BENEFIT_WORDS: &[Word] = &[
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

pub(super) const RULE_WORDS: &[Word] = &[
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

pub(super) const DELIVERER_WORDS: &[Word] = &[
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

pub(super) const BUIG_BASIS_WORDS: &[Word] = &[
    Word {
        spellings: &["net", "netto"],
        label: t("Netto norm (zoals WIL)", "Net norm (as WIL)"),
        apply: |p| p.buig_basis = BuigBasis::NetNorm,
        is_set: |p| p.buig_basis == BuigBasis::NetNorm,
    },
    Word {
        spellings: &["gross", "bruto"],
        label: t(
            "Bruto uitkering (met loonheffing)",
            "Gross benefit (with wage tax)",
        ),
        apply: |p| p.buig_basis = BuigBasis::Gross,
        is_set: |p| p.buig_basis == BuigBasis::Gross,
    },
];
