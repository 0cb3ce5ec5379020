//! The payload of `set` and `frozenset`: CPython's table layout.
//!
//! Iteration order of a set is the order of its table, so to print sets
//! exactly as CPython does, the table follows CPython 3.11's algorithms:
//! minimum size 8, a probe inspects the slot and up to `LINEAR_PROBES`
//! neighbours before jumping with `i = i*5 + 1 + perturb`, deleted keys
//! leave dummies (hash -1), the table grows when `fill*5 >= mask*3` to the
//! smallest power of two above `used*4` (`used*2` past 50,000), and the
//! set operations build their results in CPython's order.
//!
//! Slot states: unused = (NULL key, hash 0); dummy = (NULL key, hash -1);
//! active = non-NULL key.

use std::cell::RefCell;

use crate::dict::fast_eq;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Default)]
pub struct SetEntry {
    pub hash: i64,
    pub key: Value,
}

impl SetEntry {
    fn is_unused(&self) -> bool {
        self.key.is_null() && self.hash == 0
    }
    fn is_dummy(&self) -> bool {
        self.key.is_null() && self.hash == -1
    }
}

pub struct SetTable {
    table: Vec<SetEntry>,
    fill: usize,
    used: usize,
    /// Where `pop` resumes its scan.
    finger: usize,
    /// Changes whenever the table's contents change.
    pub mutations: u64,
}

impl Default for SetTable {
    fn default() -> SetTable {
        SetTable::new()
    }
}

enum Probe {
    Found(usize),
    /// Not found; insertion point (unused slot index, first dummy seen).
    Absent(usize, Option<usize>),
    /// Entry at this index needs `__eq__`; probing resumes at the given step.
    NeedsEq(usize, usize),
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable {
            table: (0..MINSIZE).map(|_| SetEntry::default()).collect(),
            fill: 0,
            used: 0,
            finger: 0,
            mutations: 0,
        }
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    fn mask(&self) -> usize {
        self.table.len() - 1
    }
    /// Active entries in table order.
    pub fn iter(&self) -> impl Iterator<Item = &SetEntry> {
        self.table.iter().filter(|e| !e.key.is_null())
    }
    pub fn slots(&self) -> usize {
        self.table.len()
    }
    pub fn entry(&self, i: usize) -> Option<&SetEntry> {
        self.table.get(i).filter(|e| !e.key.is_null())
    }
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.table.iter().for_each(|e| visit(&e.key));
    }
    pub fn drain_into(&mut self, out: &mut Vec<Value>) {
        for e in std::mem::take(self).table {
            out.push(e.key);
        }
    }
    pub fn clear(&mut self) -> SetTable {
        let (m, finger) = (self.mutations + 1, self.finger);
        let old = std::mem::take(self);
        // CPython's set_clear_internal leaves the pop finger alone.
        self.mutations = m;
        self.finger = finger;
        old
    }
    /// Exchange contents with `other`, keeping each set's pop finger
    /// (CPython's `set_swap_bodies`).
    pub fn swap_bodies(&mut self, other: &mut SetTable) {
        std::mem::swap(&mut self.table, &mut other.table);
        std::mem::swap(&mut self.fill, &mut other.fill);
        std::mem::swap(&mut self.used, &mut other.used);
        self.mutations += 1;
        other.mutations += 1;
    }
    /// After bulk removals: rebuild when more than a quarter of the slots
    /// are dummies (the tail of CPython's `set_difference_update_internal`).
    pub fn purge_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            });
        }
    }

    /// The probe sequence of CPython's `set_add_entry`/`set_lookkey`.
    /// `skip` candidates needing `__eq__` before probe step `skip` are passed over.
    fn probe(&self, key: &Value, hash: i64, skip: usize) -> Probe {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot = None;
        let mut step = 0usize;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                let idx = i + j;
                let e = &self.table[idx];
                if e.is_unused() {
                    return Probe::Absent(idx, freeslot);
                }
                if e.hash == hash && !e.key.is_null() {
                    if step >= skip {
                        // Identity first, as CPython's set_add_entry does.
                        if e.key.is(key) {
                            return Probe::Found(idx);
                        }
                        match fast_eq(&e.key, key) {
                            Some(true) => return Probe::Found(idx),
                            Some(false) => {}
                            None => return Probe::NeedsEq(idx, step),
                        }
                    }
                } else if e.is_dummy() {
                    // CPython's set_add_entry keeps the last dummy seen.
                    freeslot = Some(idx);
                }
                step += 1;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Insert into a table known to contain neither the key nor dummies
    /// (CPython's `set_insert_clean`).
    fn insert_clean(table: &mut [SetEntry], key: Value, hash: i64) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if table[i].key.is_null() {
                table[i] = SetEntry { hash, key };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if table[i + j].key.is_null() {
                        table[i + j] = SetEntry { hash, key };
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(
            &mut self.table,
            (0..newsize).map(|_| SetEntry::default()).collect(),
        );
        for e in old {
            if !e.key.is_null() {
                SetTable::insert_clean(&mut self.table, e.key, e.hash);
            }
        }
        self.fill = self.used;
        self.mutations += 1;
    }

    fn place(&mut self, slot: usize, freeslot: Option<usize>, key: Value, hash: i64) {
        self.mutations += 1;
        match freeslot {
            Some(f) => {
                self.used += 1;
                self.table[f] = SetEntry { hash, key };
            }
            None => {
                self.fill += 1;
                self.used += 1;
                self.table[slot] = SetEntry { hash, key };
                let mask = self.mask();
                if self.fill * 5 >= mask * 3 {
                    self.resize(if self.used > 50000 {
                        self.used * 2
                    } else {
                        self.used * 4
                    });
                }
            }
        }
    }

    fn discard_at(&mut self, idx: usize) -> Value {
        self.used -= 1;
        self.mutations += 1;
        let e = &mut self.table[idx];
        e.hash = -1;
        e.key.take()
    }

    /// `set.pop()` in CPython's order.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while self.table[i].key.is_null() {
            i = if i == mask { 0 } else { i + 1 };
        }
        self.finger = i + 1;
        Some(self.discard_at(i))
    }

    /// Add every key of `other` (CPython's `set_merge`, including its
    /// table-copy fast paths, which decide the resulting order).
    pub fn merge_from(&mut self, other: &SetTable) -> bool {
        if other.used == 0 {
            return true;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            for (dst, src) in self.table.iter_mut().zip(other.table.iter()) {
                if !src.key.is_null() {
                    *dst = SetEntry {
                        hash: src.hash,
                        key: src.key.clone(),
                    };
                }
            }
            self.fill = other.fill;
            self.used = other.used;
            self.mutations += 1;
            return true;
        }
        if self.fill == 0 {
            for src in other.iter() {
                SetTable::insert_clean(&mut self.table, src.key.clone(), src.hash);
            }
            self.fill = other.used;
            self.used = other.used;
            self.mutations += 1;
            return true;
        }
        // General case: the caller must do ordinary insertions.
        false
    }

    /// Pre-size before adding `n` keys from a dict (as CPython's update from a dict does).
    pub fn reserve_for_dict(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }
}

/// Find `key`: `Ok(Some(slot))` if present.
fn lookup(
    vm: &Vm,
    cell: &RefCell<SetTable>,
    key: &Value,
    hash: i64,
) -> PyResult<Result<usize, (usize, Option<usize>)>> {
    let mut skip = 0;
    loop {
        let (cand, idx, step, m) = {
            let t = cell.borrow();
            match t.probe(key, hash, skip) {
                Probe::Found(i) => return Ok(Ok(i)),
                Probe::Absent(i, f) => return Ok(Err((i, f))),
                Probe::NeedsEq(i, step) => (t.table[i].key.clone(), i, step, t.mutations),
            }
        };
        let eq = vm.eq_bool(&cand, key)?;
        let t = cell.borrow();
        if t.mutations != m {
            skip = 0;
            continue;
        }
        if eq {
            return Ok(Ok(idx));
        }
        skip = step + 1;
    }
}

pub fn contains(vm: &Vm, cell: &RefCell<SetTable>, key: &Value, hash: i64) -> PyResult<bool> {
    Ok(lookup(vm, cell, key, hash)?.is_ok())
}

/// Add `key`; returns whether it was added.
#[inline]
pub fn add(vm: &Vm, cell: &RefCell<SetTable>, key: Value, hash: i64) -> PyResult<bool> {
    // One probe under one borrow when no `__eq__` has to run (ints, strs...).
    if let Ok(mut t) = cell.try_borrow_mut() {
        match t.probe(&key, hash, 0) {
            Probe::Found(_) => return Ok(false),
            Probe::Absent(slot, free) => {
                t.place(slot, free, key, hash);
                return Ok(true);
            }
            Probe::NeedsEq(..) => {}
        }
    }
    add_slow(vm, cell, key, hash)
}

fn add_slow(vm: &Vm, cell: &RefCell<SetTable>, key: Value, hash: i64) -> PyResult<bool> {
    match lookup(vm, cell, &key, hash)? {
        Ok(_) => Ok(false),
        Err((slot, free)) => {
            cell.borrow_mut().place(slot, free, key, hash);
            Ok(true)
        }
    }
}

/// Remove `key`; returns whether it was present.
pub fn discard(vm: &Vm, cell: &RefCell<SetTable>, key: &Value, hash: i64) -> PyResult<bool> {
    match lookup(vm, cell, key, hash)? {
        Ok(idx) => {
            let old = cell.borrow_mut().discard_at(idx);
            drop(old);
            Ok(true)
        }
        Err(_) => Ok(false),
    }
}

/// Add every key of `other` into `cell` in CPython's order.
pub fn merge(vm: &Vm, cell: &RefCell<SetTable>, other: &RefCell<SetTable>) -> PyResult<()> {
    if std::ptr::eq(cell, other) {
        return Ok(());
    }
    let entries: Vec<(Value, i64)> = {
        let o = other.borrow();
        if cell.borrow_mut().merge_from(&o) {
            return Ok(());
        }
        o.table
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| (e.key.clone(), e.hash))
            .collect()
    };
    for (k, h) in entries {
        add(vm, cell, k, h)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::str_of;

    fn order(s: &RefCell<SetTable>) -> Vec<String> {
        s.borrow()
            .iter()
            .map(|e| match e.key.as_int() {
                Some(i) => i.to_string(),
                None => str_of(&e.key).unwrap_or("?").to_string(),
            })
            .collect()
    }

    fn add_all(vm: &Vm, s: &RefCell<SetTable>, items: Vec<Value>) {
        for v in items {
            let h = vm.hash(&v).expect("hashable");
            add(vm, s, v, h).expect("add");
        }
    }

    /// Expected orders printed by `PYTHONHASHSEED=0 python3.11`.
    #[test]
    fn iteration_order_matches_cpython() {
        let vm = Vm::new(crate::vm::Config::default(), None);
        let s = RefCell::new(SetTable::new());
        let ints = [5i64, 100, 3, 17, 8, 1024, -1, 33, 64, 9, 1 << 40, 77];
        add_all(&vm, &s, ints.iter().map(|i| Value::int(*i)).collect());
        assert_eq!(
            order(&s),
            [
                "1024",
                "33",
                "64",
                "3",
                "100",
                "5",
                "1099511627776",
                "8",
                "9",
                "77",
                "17",
                "-1"
            ]
        );

        let t = RefCell::new(SetTable::new());
        let words = [
            "apple",
            "banana",
            "cherry",
            "date",
            "elderberry",
            "fig",
            "grape",
        ];
        add_all(&vm, &t, words.iter().map(|w| vm.new_str(*w)).collect());
        assert_eq!(
            order(&t),
            [
                "banana",
                "apple",
                "cherry",
                "fig",
                "date",
                "grape",
                "elderberry"
            ]
        );

        // Deletions leave dummies that later insertions reuse.
        let u = RefCell::new(SetTable::new());
        add_all(&vm, &u, (0..20).map(Value::int).collect());
        for i in (0..20).step_by(3) {
            let v = Value::int(i);
            let h = vm.hash(&v).expect("hash");
            discard(&vm, &u, &v, h).expect("discard");
        }
        add_all(&vm, &u, vec![Value::int(100), Value::int(-5)]);
        assert_eq!(
            order(&u),
            [
                "1", "2", "4", "5", "7", "8", "10", "11", "13", "14", "16", "17", "19", "100", "-5"
            ]
        );
    }
}
