//! Wage tax and national insurance premiums on a year's wage or benefit, below state pension age.
//!
//! The combined rate of box 1's first bracket (income tax plus the premiums volksverzekeringen) on
//! the year's income, less the general tax credit (algemene heffingskorting) and, on a wage, the
//! labour tax credit (arbeidskorting), never below zero. Every income this tool meets (a minimum
//! wage, full time or part time, or a benefit) lies in the first bracket. Left out, as too small or
//! too personal for a per-place model: the employee's pension premium, the partner's credits, the
//! rounding of the Belastingdienst's tables to whole euros, and credits for children or age.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::tax_table::{Prepared, TaxTable};

/// The figures of one calendar year, each with the publication it comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaxRules {
    /// The brackets of box 1 from 0 up: combined rates (income tax + premiums volksverzekeringen)
    /// below state pension age. The last one listed applies to every higher income; the table lists
    /// the brackets the incomes of this tool reach (up to 60 hours at the minimum wage).
    pub brackets: Vec<Bracket>,
    /// The general tax credit.
    pub general_credit: GeneralCredit,
    /// The labour tax credit.
    pub labour_credit: LabourCredit,
    /// Where the figures come from.
    pub source: String,
    /// The rules prepared for computing ([`TaxTable`]), at first use.
    #[serde(skip)]
    pub prepared: Prepared,
}

/// One bracket of box 1.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bracket {
    /// The income the bracket starts at.
    pub from: Decimal,
    /// The combined rate in percent.
    pub pct: Decimal,
}

/// The general tax credit: a maximum, phased out above an income.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GeneralCredit {
    /// The credit up to `phase_out_from`, per year.
    pub max: Decimal,
    /// The income above which it falls.
    pub phase_out_from: Decimal,
    /// How much it falls per euro above that, in percent.
    pub phase_out_pct: Decimal,
    /// Where the fall stops (zero from 2014 on for most years; 2015 kept a floor).
    #[serde(default)]
    pub floor: Decimal,
}

/// The labour tax credit: built up in steps over the wage up to a maximum, then phased out
/// (art. 8.11 Wet IB 2001).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabourCredit {
    /// The build-up: from each step's income on, the credit is `base + pct × (income − from)`.
    /// The first step starts at 0.
    pub steps: Vec<CreditStep>,
    /// The maximum.
    pub max: Decimal,
    /// The income above which the maximum falls.
    pub phase_out_from: Decimal,
    /// How much it falls per euro above that, in percent.
    pub phase_out_pct: Decimal,
    /// Where the fall stops.
    #[serde(default)]
    pub floor: Decimal,
}

/// One step of the labour credit's build-up.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreditStep {
    /// The income the step starts at.
    pub from: Decimal,
    /// The credit at `from` as the law states it (whole euros); when left out, where the step
    /// before ends.
    #[serde(default)]
    pub base: Option<Decimal>,
    /// What each euro above `from` adds, in percent.
    pub pct: Decimal,
}

impl TaxRules {
    /// The rules prepared for computing, the one place the tax functions are written
    /// ([`TaxTable`]).
    pub fn table(&self) -> &TaxTable<Decimal> {
        self.prepared.of(self)
    }

    /// The first bracket's rate as a fraction.
    pub fn rate(&self) -> Decimal {
        self.table().rate()
    }

    /// Tax and premiums on `income` before credits, over the brackets.
    pub fn before_credits(&self, income: Decimal) -> Decimal {
        self.table().before_credits(income)
    }

    /// Wage tax and premiums on a year's gross wage (holiday allowance included).
    pub fn on_wage(&self, gross: Decimal) -> Decimal {
        self.table().on_wage(gross)
    }

    /// Wage tax and premiums on a year's benefit: the general credit only.
    pub fn on_benefit(&self, gross: Decimal) -> Decimal {
        self.table().on_benefit(gross)
    }

    /// The gross benefit a municipality pays so that `net` remains after wage tax: the inverse of
    /// `gross − on_benefit(gross)`. Between the brackets' and the credit's kinks the tax is linear,
    /// so on each piece the inverse is one division; the piece whose answer lies inside it wins.
    pub fn gross_of_net_benefit(&self, net: Decimal) -> Decimal {
        let credit = &self.general_credit;
        let table = self.table();
        let mut kinks: Vec<Decimal> = self.brackets.iter().map(|b| b.from).collect();
        kinks.push(credit.phase_out_from);
        let slope = table.general.slope;
        if slope > Decimal::ZERO {
            kinks.push(
                credit.phase_out_from + (credit.max - credit.floor).max(Decimal::ZERO) / slope,
            );
        }
        kinks.retain(|k| *k >= Decimal::ZERO);
        kinks.push(Decimal::ZERO);
        kinks.sort();
        kinks.dedup();
        let tax = |g: Decimal| table.before_credits(g) - table.general_credit(g);
        for (i, &from) in kinks.iter().enumerate() {
            let to = kinks.get(i + 1).copied();
            let probe = to.map_or(from + Decimal::ONE, |to| from + (to - from) / Decimal::TWO);
            // tax(g) = c + d × g on this piece.
            let d = (tax(probe) - tax(from)) / (probe - from);
            let c = tax(from) - d * from;
            let inside = |g: Decimal| g >= from && to.is_none_or(|to| g <= to);
            if inside(net) && c + d * net <= Decimal::ZERO {
                return net;
            }
            if d < Decimal::ONE {
                let g = (net + c) / (Decimal::ONE - d);
                if inside(g) && c + d * g >= Decimal::ZERO {
                    return g;
                }
            }
        }
        // Not reached while every rate is below 100%; the net itself is then the safest answer.
        net
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    /// The 2017 figures of Kamerstuk 34 552, nr. 76 (brief staatssecretaris van Financiën,
    /// 19-12-2016) and consumentenbond.nl: first bracket 36,55% up to 19.982, second 40,80%;
    /// general credit 2.254, falling 4,787% from 19.982; labour credit 1,772% up to 9.309, then
    /// 165 + 28,317% up to the maximum 3.223 (at 20.108), falling 3,6% from 32.444.
    fn rules_2017() -> TaxRules {
        let step = |from, base, pct| CreditStep { from, base, pct };
        TaxRules {
            brackets: vec![
                Bracket {
                    from: Decimal::ZERO,
                    pct: dec!(36.55),
                },
                Bracket {
                    from: dec!(19982),
                    pct: dec!(40.80),
                },
            ],
            general_credit: GeneralCredit {
                max: dec!(2254),
                phase_out_from: dec!(19982),
                phase_out_pct: dec!(4.787),
                floor: Decimal::ZERO,
            },
            labour_credit: LabourCredit {
                steps: vec![
                    step(Decimal::ZERO, None, dec!(1.772)),
                    step(dec!(9309), Some(dec!(165)), dec!(28.317)),
                ],
                max: dec!(3223),
                phase_out_from: dec!(32444),
                phase_out_pct: dec!(3.6),
                floor: Decimal::ZERO,
            },
            source: "Kamerstuk 34 552, nr. 76".into(),
            prepared: Default::default(),
        }
    }

    #[test]
    fn a_full_time_minimum_wage_in_2017() {
        // WML 1-1-2017 € 1.551,60 × 12 × 1,08 = 20.108,736.
        let gross = dec!(20108.736);
        let r = rules_2017();
        // General credit: 2.254 − 4,787% × 126,736 = 2.254 − 6,06685232 = 2.247,93314768.
        assert_eq!(r.table().general_credit(gross), dec!(2247.93314768));
        // Labour credit: 165 + 28,317% × (20.108,736 − 9.309) = 3.223,2085 → the maximum 3.223.
        assert_eq!(r.table().labour_credit(gross), dec!(3223));
        // Before credits: 36,55% × 19.982 + 40,80% × 126,736 = 7.303,421 + 51,708288.
        assert_eq!(r.before_credits(gross), dec!(7355.129288));
        // Tax: 7.355,129288 − (2.247,93314768 + 3.223) = 1.884,19614032.
        assert_eq!(r.on_wage(gross), dec!(1884.19614032));
    }

    #[test]
    fn a_part_time_wage_gets_the_labour_credit_of_its_step() {
        let r = rules_2017();
        // 15.000: 165 + 28,317% × (15.000 − 9.309) = 165 + 1.611,52047 = 1.776,52047.
        assert_eq!(r.table().labour_credit(dec!(15000)), dec!(1776.52047));
        // 5.000: 1,772% × 5.000 = 88,60; tax 1.827,50 − 2.254 − 88,60 < 0 → nothing.
        assert_eq!(r.table().labour_credit(dec!(5000)), dec!(88.60));
        assert_eq!(r.on_wage(dec!(5000)), Decimal::ZERO);
        // Above 32.444 the maximum falls 3,6%: at 42.444, 3.223 − 360 = 2.863.
        assert_eq!(r.table().labour_credit(dec!(42444)), dec!(2863));
    }

    #[test]
    fn a_step_without_a_base_continues_the_step_before() {
        let mut r = rules_2017();
        r.labour_credit.steps[1].base = None;
        // 1,772% × 9.309 = 164,95548; at 10.309: + 283,17 = 448,12548.
        assert_eq!(r.table().labour_credit(dec!(10309)), dec!(448.12548));
    }

    #[test]
    fn a_benefit_is_grossed_up_exactly() {
        let r = rules_2017();
        let close = |a: Decimal, b: Decimal| (a - b).abs() < dec!(0.000001);
        // Single norm 1-1-2017 € 982,79 × 12 = 11.793,48 net. Below 19.982 the credit is 2.254:
        // g − (0,3655 g − 2.254) = 11.793,48 → g = (11.793,48 − 2.254) / 0,6345 = 15.034,64...
        let gross = r.gross_of_net_benefit(dec!(11793.48));
        assert!(
            close(gross, (dec!(11793.48) - dec!(2254)) / dec!(0.6345)),
            "{gross}"
        );
        assert!(close(gross - r.on_benefit(gross), dec!(11793.48)));
        // A net below the untaxed limit (2.254 / 0,3655 = 6.166,89) is its own gross.
        assert_eq!(r.gross_of_net_benefit(dec!(5000)), dec!(5000));
        // Above 19.982 (second bracket, falling credit) the inverse still lands on the net.
        let high = r.gross_of_net_benefit(dec!(20000));
        assert!(high > dec!(19982));
        assert!(close(high - r.on_benefit(high), dec!(20000)), "{high}");
    }
}
