//! One stable sort for the whole app.
//!
//! The standard library's `sort_by` is generic over the element type and the comparison, so every
//! call site compiles its own copy of the sorting algorithm (several KB of WebAssembly each; the
//! measured total is in BENCHMARKS.md). Here the
//! algorithm runs once, on positions, with the comparison behind a `dyn`: a single compiled copy;
//! each call site keeps only a small wrapper that reorders its slice. Same result as
//! `slice::sort_by` (stable: equal elements keep their order).

use std::cmp::Ordering;

/// The positions `0..len` in the order `cmp` puts them (stable).
#[inline(never)]
fn sorted_positions(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Moves the elements so that position `i` holds the element that was at `order[i]`.
fn apply<T>(v: &mut [T], order: &[usize]) {
    for i in 0..v.len() {
        // The element that belongs at `i` may already have been swapped further on: follow it.
        let mut from = order[i];
        while from < i {
            from = order[from];
        }
        v.swap(i, from);
    }
}

/// Sorts `v` by `cmp`, stably, like `v.sort_by(cmp)`.
pub fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let order = {
        let items: &[T] = v;
        sorted_positions(items.len(), &|a, b| cmp(&items[a], &items[b]))
    };
    apply(v, &order);
}

/// Sorts `v` by a key, stably, like `v.sort_by_key(key)`.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in its natural order, like `v.sort()`.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic pseudo-random sequence (no dependency needed).
    fn numbers(seed: u64, n: usize, modulo: u64) -> Vec<u64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (x >> 33) % modulo
            })
            .collect()
    }

    #[test]
    fn same_result_as_the_standard_sort_including_stability() {
        for seed in 0..200 {
            for n in [0, 1, 2, 3, 7, 20, 64, 300] {
                // Pairs (key, original position): stability shows in the second field.
                let v: Vec<(u64, usize)> = numbers(seed, n, 5)
                    .into_iter()
                    .enumerate()
                    .map(|(i, k)| (k, i))
                    .collect();
                let mut ours = v.clone();
                let mut std = v.clone();
                sort_by_key(&mut ours, |p| p.0);
                std.sort_by_key(|p| p.0);
                assert_eq!(ours, std, "seed {seed}, n {n}");
            }
        }
    }

    #[test]
    fn natural_order_and_custom_comparisons() {
        let mut words = vec!["lan", "hoa yen", "con son", "am"];
        sort(&mut words);
        assert_eq!(words, ["am", "con son", "hoa yen", "lan"]);
        let mut floats = vec![3.5, -1.0, 2.25, 0.0];
        sort_by(&mut floats, |a: &f64, b| b.total_cmp(a));
        assert_eq!(floats, [3.5, 2.25, 0.0, -1.0]);
        let mut none: Vec<u8> = Vec::new();
        sort(&mut none);
        assert!(none.is_empty());
    }

    #[test]
    fn moves_elements_that_are_not_copy() {
        let mut v: Vec<String> = ["c", "a", "b", "a"].iter().map(|s| s.to_string()).collect();
        sort_by(&mut v, |a, b| a.cmp(b));
        assert_eq!(v, ["a", "a", "b", "c"]);
    }
}
