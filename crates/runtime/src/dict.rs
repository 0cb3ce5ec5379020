//! The payload of `dict` objects: a compact, insertion-ordered hash table.
//!
//! Entries live in a dense vector in insertion order (deleted ones leave a
//! hole with a NULL key until the next resize); a power-of-two index table
//! maps hash probes to entry positions. Key equality may run Python code
//! (`__eq__`), which may mutate the dict: lookups never hold the `RefCell`
//! borrow across that call, and restart if the table changed meanwhile.
//!
//! A table has a *keys version* for specialized code (see
//! [`DictTable::assign_keys_version`]): 0 until someone asks for it, then a
//! number unique across all dicts, and back to 0 whenever a key is inserted
//! or removed or the entries move. A cached nonzero version therefore
//! proves that the keys and the entry positions are what they were when it
//! was read, so tier 1 can cache the index of a global and read the (maybe
//! changed) value at it.
//!
//! # Unsafe
//! [`keys_version_unguarded`] and [`entry_value_unguarded`], run by every
//! specialized global load, read a table without a borrow guard
//! (`try_borrow_unguarded`): they still fail while a mutable borrow is
//! live, and hold the reference only to read a number or clone a value.

use std::cell::RefCell;

use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The keys version of `t` (0 while it is being changed).
#[inline(always)]
pub fn keys_version_unguarded(t: &RefCell<DictTable>) -> u32 {
    // SAFETY: see the module's unsafe notes: a number read at once.
    unsafe { t.try_borrow_unguarded() }.map_or(0, DictTable::keys_version)
}

/// The value of live entry `i` of `t` (None while it is being changed).
#[inline(always)]
pub fn entry_value_unguarded(t: &RefCell<DictTable>, i: usize) -> Option<Value> {
    // SAFETY: see the module's unsafe notes: cloned out at once.
    let t = unsafe { t.try_borrow_unguarded() }.ok()?;
    t.entry(i).map(|e| e.value.clone())
}

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct DictTable {
    indices: Vec<u32>,
    entries: Vec<Entry>,
    used: usize,
    /// Bumped on every insertion or removal of a key (lookups that ran
    /// `__eq__` restart when it changed).
    changes: u64,
    /// The keys version: 0 ("unassigned") or unique across dicts; reset to
    /// 0 by every change of the keys or of the entry positions.
    keys_version: u32,
    /// Do changes reach the watcher (`crate::watch`)?
    pub(crate) watched: bool,
    /// While watched: entries whose stores the watcher no longer wants
    /// to hear of, a bit per entry (`Watch::QuietEntry`; cleared when the
    /// entries move).
    quiet: Option<Box<[u64]>>,
}

/// The last keys version handed out (versions are never reused; when they
/// run out, dicts stay unversioned and code using them is not specialized).
static LAST_KEYS_VERSION: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

/// Equality that never runs Python code: `Some(answer)` when both sides
/// are built-in values whose equality is known, `None` when `__eq__` may
/// have to be called.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Some(x == y);
    }
    match (a.as_float(), b.as_float()) {
        (Some(x), Some(y)) => return Some(x == y),
        (Some(x), None) => {
            if let Some(y) = b.as_small_int() {
                return Some(crate::num::float_eq_int(x, y));
            }
        }
        (None, Some(y)) => {
            if let Some(x) = a.as_small_int() {
                return Some(crate::num::float_eq_int(y, x));
            }
        }
        _ => {}
    }
    use crate::object::ObjKind::*;
    match (a.as_obj().map(|o| &o.kind), b.as_obj().map(|o| &o.kind)) {
        (Some(Str(x)), Some(Str(y))) => Some(x.as_str() == y.as_str()),
        (Some(BigInt(x)), Some(BigInt(y))) => Some(x == y),
        (Some(Bytes(x)), Some(Bytes(y))) => Some(x == y),
        (Some(Tuple(x)), Some(Tuple(y))) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y.iter()) {
                if !fast_eq(p, q)? {
                    return Some(false);
                }
            }
            Some(true)
        }
        // Immediates against strings, big ints against immediates, etc.
        (Some(Str(_)), None) | (None, Some(Str(_))) => Some(false),
        (Some(BigInt(_)), None) if b.as_small_int().is_some() => Some(false),
        (None, Some(BigInt(_))) if a.as_small_int().is_some() => Some(false),
        (None, None) => Some(false),
        _ => None,
    }
}

impl DictTable {
    pub fn new() -> DictTable {
        DictTable::default()
    }
    pub fn with_capacity(n: usize) -> DictTable {
        let mut d = DictTable::default();
        if n > 0 {
            d.rebuild(n);
        }
        d
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    /// The keys version: 0 if none is assigned (see the module docs).
    #[inline(always)]
    pub fn keys_version(&self) -> u32 {
        self.keys_version
    }
    /// The keys version, assigning a fresh one if there is none; 0 when
    /// versions ran out.
    pub fn assign_keys_version(&mut self) -> u32 {
        use std::sync::atomic::Ordering::Relaxed;
        if self.keys_version == 0 {
            let next = LAST_KEYS_VERSION
                .fetch_update(Relaxed, Relaxed, |v| v.checked_add(1))
                .map_or(0, |v| v + 1);
            self.keys_version = next;
        }
        self.keys_version
    }
    /// A key was inserted or removed, or the entries moved.
    #[inline(always)]
    fn keys_changed(&mut self) {
        self.changes = self.changes.wrapping_add(1);
        self.keys_version = 0;
        if self.watched {
            self.quiet = None;
            self.tell(None);
        }
    }
    /// A value was stored under the key of entry `i`.
    #[inline(always)]
    fn value_changed(&mut self, i: usize) {
        if self.watched && !self.is_quiet(i) {
            self.tell(Some(i));
        }
    }
    fn is_quiet(&self, i: usize) -> bool {
        self.quiet
            .as_ref()
            .and_then(|q| q.get(i / 64))
            .is_some_and(|w| w & (1 << (i % 64)) != 0)
    }
    /// Tell the watcher of a change (see `watch::Watcher::dict_changed`).
    #[cold]
    fn tell(&mut self, entry: Option<usize>) {
        match crate::watch::dict_changed(self as *const DictTable as usize, entry) {
            crate::watch::Watch::Keep => {}
            crate::watch::Watch::QuietEntry => {
                if let Some(i) = entry {
                    let mut q = self.quiet.take().map(Vec::from).unwrap_or_default();
                    if q.len() <= i / 64 {
                        q.resize(i / 64 + 1, 0);
                    }
                    q[i / 64] |= 1 << (i % 64);
                    self.quiet = Some(q.into_boxed_slice());
                }
            }
            crate::watch::Watch::Stop => {
                self.watched = false;
                self.quiet = None;
            }
        }
    }
    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&Value, &Value)> {
        self.entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| (&e.key, &e.value))
    }
    /// Entry slot count (including holes), for index-based iteration.
    pub fn slots(&self) -> usize {
        self.entries.len()
    }
    /// The live entry at slot `i`, if any.
    pub fn entry(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).filter(|e| !e.key.is_null())
    }
    pub fn entry_value_mut(&mut self, i: usize) -> Option<&mut Value> {
        self.value_changed(i);
        self.entries
            .get_mut(i)
            .filter(|e| !e.key.is_null())
            .map(|e| &mut e.value)
    }
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|(k, _)| k.clone()).collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|(_, v)| v.clone()).collect()
    }
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
    }
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for e in &self.entries {
            visit(&e.key);
            visit(&e.value);
        }
    }
    pub fn drain_into(&mut self, out: &mut Vec<Value>) {
        for e in self.entries.drain(..) {
            out.push(e.key);
            out.push(e.value);
        }
        self.indices.clear();
        self.used = 0;
        self.keys_changed();
    }
    pub fn clear(&mut self) -> Vec<Entry> {
        self.indices.clear();
        self.used = 0;
        self.keys_changed();
        std::mem::take(&mut self.entries)
    }

    /// Probe for `key` using only `fast_eq`; `Err(slot)` reports an entry
    /// whose equality needs Python code.
    fn probe(
        &self,
        key: &Value,
        hash: i64,
        skip_until: usize,
    ) -> Result<Option<usize>, (usize, usize)> {
        if self.indices.is_empty() {
            return Ok(None);
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut step = 0usize;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return Ok(None);
            }
            if ix != DUMMY && step >= skip_until {
                let e = &self.entries[ix as usize];
                if e.hash == hash {
                    match fast_eq(&e.key, key) {
                        Some(true) => return Ok(Some(ix as usize)),
                        Some(false) => {}
                        None => return Err((ix as usize, step)),
                    }
                }
            }
            step += 1;
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// Look up a key whose equality never needs Python code (strings, ints...).
    /// Entries that would need `__eq__` are treated as different.
    pub fn find_fast(&self, key: &Value, hash: i64) -> Option<usize> {
        let mut skip = 0;
        loop {
            match self.probe(key, hash, skip) {
                Ok(r) => return r,
                Err((_, step)) => skip = step + 1,
            }
        }
    }

    pub fn get_fast(&self, key: &Value, hash: i64) -> Option<&Value> {
        self.find_fast(key, hash).map(|i| &self.entries[i].value)
    }

    /// Look up a string key.
    pub fn get_str(&self, key: &str) -> Option<&Value> {
        self.get_str_hashed(key, stitch_pyfmt::hash::hash_str(key))
    }

    /// Look up a string key whose hash the caller knows (a str object's
    /// cached hash); the text is compared by address first.
    pub fn get_str_hashed(&self, key: &str, hash: i64) -> Option<&Value> {
        if self.indices.is_empty() {
            return None;
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY {
                let e = &self.entries[ix as usize];
                if e.hash == hash {
                    if let Some(crate::object::ObjKind::Str(s)) = e.key.as_obj().map(|o| &o.kind) {
                        let k = s.as_str();
                        if std::ptr::eq(k.as_ptr(), key.as_ptr()) && k.len() == key.len()
                            || k == key
                        {
                            return Some(&e.value);
                        }
                    }
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    fn rebuild(&mut self, min_used: usize) {
        let mut size = 8usize;
        while size * 2 < min_used * 3 {
            size <<= 1;
        }
        self.keys_changed();
        let old = std::mem::take(&mut self.entries);
        self.entries = Vec::with_capacity(size * 2 / 3 + 1);
        self.entries
            .extend(old.into_iter().filter(|e| !e.key.is_null()));
        self.indices = vec![EMPTY; size];
        let mask = size - 1;
        for (n, e) in self.entries.iter().enumerate() {
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as u64 as usize) & mask;
            while self.indices[i] != EMPTY {
                perturb >>= 5;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(perturb as usize)
                    .wrapping_add(1))
                    & mask;
            }
            self.indices[i] = n as u32;
        }
    }

    /// Append a key known to be absent.
    pub fn insert_new(&mut self, key: Value, hash: i64, value: Value) {
        if self.indices.is_empty() || (self.entries.len() + 1) * 3 > self.indices.len() * 2 {
            self.rebuild((self.used + 1) * 3);
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] != EMPTY && self.indices[i] != DUMMY {
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        self.indices[i] = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.used += 1;
        self.keys_changed();
    }

    /// Remove the live entry at slot `ix`, returning its key and value.
    pub fn remove_at(&mut self, ix: usize) -> (Value, Value) {
        let hash = self.entries[ix].hash;
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] != ix as u32 {
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        self.indices[i] = DUMMY;
        self.used -= 1;
        self.keys_changed();
        let e = &mut self.entries[ix];
        let out = (e.key.take(), e.value.take());
        if self.used == 0 {
            self.entries.clear();
            self.indices.iter_mut().for_each(|s| *s = EMPTY);
        }
        out
    }

    /// Remove and return the last inserted item (`popitem`).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let ix = self.entries.iter().rposition(|e| !e.key.is_null())?;
        let r = self.remove_at(ix);
        self.entries.truncate(ix);
        Some(r)
    }
}

/// Find the slot of `key`, running `__eq__` where needed.
pub fn find(vm: &Vm, cell: &RefCell<DictTable>, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    let mut skip = 0;
    loop {
        let (cand, ix, step, version) = {
            let t = cell.borrow();
            match t.probe(key, hash, skip) {
                Ok(r) => return Ok(r),
                Err((ix, step)) => (t.entries[ix].key.clone(), ix, step, t.changes),
            }
        };
        let eq = vm.eq_bool(&cand, key)?;
        let t = cell.borrow();
        if t.changes != version {
            skip = 0;
            continue;
        }
        if eq {
            return Ok(Some(ix));
        }
        skip = step + 1;
    }
}

pub fn get(vm: &Vm, cell: &RefCell<DictTable>, key: &Value, hash: i64) -> PyResult<Option<Value>> {
    Ok(find(vm, cell, key, hash)?.and_then(|ix| cell.borrow().entry(ix).map(|e| e.value.clone())))
}

/// `d[key] = value`.
pub fn set(
    vm: &Vm,
    cell: &RefCell<DictTable>,
    key: Value,
    hash: i64,
    value: Value,
) -> PyResult<()> {
    match find(vm, cell, &key, hash)? {
        Some(ix) => {
            let old = cell
                .borrow_mut()
                .entry_value_mut(ix)
                .map(|v| std::mem::replace(v, value));
            drop(old);
        }
        None => cell.borrow_mut().insert_new(key, hash, value),
    }
    Ok(())
}

/// Remove `key`, returning its value.
pub fn remove(
    vm: &Vm,
    cell: &RefCell<DictTable>,
    key: &Value,
    hash: i64,
) -> PyResult<Option<Value>> {
    match find(vm, cell, key, hash)? {
        Some(ix) => {
            let (_k, v) = cell.borrow_mut().remove_at(ix);
            Ok(Some(v))
        }
        None => Ok(None),
    }
}
