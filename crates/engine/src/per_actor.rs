//! One value per actor, indexed by [`Actor`] rather than by position, so a figure can never be
//! booked to the wrong party by an off-by-one.

use std::iter::Sum;
use std::ops::{Add, Index, IndexMut};

use rust_decimal::Decimal;

use super::actors::Actor;

/// One `T` for each actor, in [`Actor::ALL`] order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct PerActor<T>([T; 6]);

impl<T> PerActor<T> {
    /// The value of each actor, computed by `value`.
    pub fn from_fn(mut value: impl FnMut(Actor) -> T) -> Self {
        Self(Actor::ALL.map(&mut value))
    }

    /// Each actor with its value, in display order.
    pub fn iter(&self) -> impl Iterator<Item = (Actor, &T)> {
        Actor::ALL.into_iter().zip(self.0.iter())
    }

    /// The values, in display order.
    pub fn values(&self) -> impl Iterator<Item = &T> {
        self.0.iter()
    }

    /// Each value transformed by `f`.
    pub fn map<U>(&self, mut f: impl FnMut(&T) -> U) -> PerActor<U> {
        PerActor::from_fn(|a| f(&self[a]))
    }
}

impl PerActor<Decimal> {
    /// Zero for every actor.
    pub const ZERO: Self = Self([Decimal::ZERO; 6]);
}

impl<T: Copy + Add<Output = T> + Sum<T>> PerActor<T> {
    /// The municipality's two budgets (participation budget and BUIG) together.
    pub fn municipality(&self) -> T {
        self[Actor::MunicipalityParticipation] + self[Actor::MunicipalityBuig]
    }

    /// The sum over all actors: society's result.
    pub fn total(&self) -> T {
        self.0.iter().copied().sum()
    }
}

impl<T> Index<Actor> for PerActor<T> {
    type Output = T;
    fn index(&self, actor: Actor) -> &T {
        &self.0[actor as usize]
    }
}

impl<T> IndexMut<Actor> for PerActor<T> {
    fn index_mut(&mut self, actor: Actor) -> &mut T {
        &mut self.0[actor as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn indexes_by_actor_and_sums() {
        let mut values = PerActor::from_fn(|a| Decimal::from(a as u32 + 1));
        assert_eq!(values[Actor::MunicipalityParticipation], dec!(1));
        assert_eq!(values[Actor::RestOfSociety], dec!(6));
        assert_eq!(values.municipality(), dec!(3));
        assert_eq!(values.total(), dec!(21));
        values[Actor::Worker] = dec!(-5);
        assert_eq!(values.total(), dec!(11));
        let order: Vec<Actor> = values.iter().map(|(a, _)| a).collect();
        assert_eq!(order, Actor::ALL);
    }
}
