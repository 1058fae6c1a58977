//! One value kept with the inputs it was computed from: asked again with the same inputs it
//! returns the kept value; with other inputs it computes anew. The value is shared ([`Arc`]), so
//! a face or a background thread can hold it while the cache moves on.

use std::sync::Arc;

/// A value and the inputs it was computed from, and how many times it was computed.
#[derive(Debug)]
pub struct Cached<K, V> {
    entry: Option<(K, Arc<V>)>,
    computations: u64,
}

impl<K, V> Default for Cached<K, V> {
    fn default() -> Self {
        Self {
            entry: None,
            computations: 0,
        }
    }
}

impl<K: PartialEq + Clone, V> Cached<K, V> {
    /// The value for `key`: the kept one if it was computed from equal inputs, else
    /// `compute(key)`, which is then kept.
    pub fn get_or_compute(&mut self, key: &K, compute: impl FnOnce(&K) -> V) -> &Arc<V> {
        if self.entry.as_ref().is_some_and(|(kept, _)| kept != key) {
            self.entry = None;
        }
        let computations = &mut self.computations;
        let (_, value) = self.entry.get_or_insert_with(|| {
            *computations += 1;
            (key.clone(), Arc::new(compute(key)))
        });
        value
    }

    /// The kept value, whatever its inputs; `None` before the first computation or after
    /// [`Cached::clear`].
    pub fn get(&self) -> Option<&Arc<V>> {
        self.entry.as_ref().map(|(_, value)| value)
    }

    /// Forget the kept value (there is nothing to show).
    pub fn clear(&mut self) {
        self.entry = None;
    }

    /// How many times a value was computed: asking again with the same inputs adds nothing.
    pub fn computations(&self) -> u64 {
        self.computations
    }
}
