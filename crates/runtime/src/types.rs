//! Type objects: classes, their MRO, attribute lookup through it, version
//! tags, and the shared key tables that lay out instance attributes.
//!
//! Every class has a *version tag*; any mutation of the class or of one of
//! its bases gives it (and every subclass) a fresh tag, so a cache keyed by
//! the tag is valid exactly as long as nothing it depends on changed.
//!
//! Instances of a class store their attributes in inline slots whose names
//! come from the class's *shared key table*: the first time some instance
//! sets a new attribute name, the name is appended to the table, so all
//! instances of the class agree on the slot of each name (hidden-class
//! style) and a specialized attribute load is an indexed load.
//!
//! # Unsafe
//! [`TypeObj::cached_value`], run by every specialized method and class
//! attribute load, reads `spec_values` through the cell's pointer,
//! checking no borrow flag: every mutable borrow of it only pushes or
//! moves values out and ends before any other code runs, and the
//! reference lives only until the value is cloned out.
//! [`type_payload`] takes an object's type pointer to point at a type
//! object without testing it: object.rs keeps that so (`__class__`
//! assignment only takes classes).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::dict::DictTable;
use crate::object::{Obj, ObjKind};
use crate::value::Value;

/// What built-in payload instances of a class (and its subclasses) carry.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BaseKind {
    Object,
    Int,
    Bool,
    Float,
    Str,
    Bytes,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Exception,
    Type,
    /// Built-in types that cannot be subclassed (function, range, ...).
    Final,
}

/// Maximum attribute names in a shared key table; past it, instances of
/// the class fall back to a per-instance dict (keeps pathological classes
/// that invent attribute names at run time from growing every instance).
pub const MAX_SHARED_KEYS: usize = 64;

static NEXT_VERSION: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1);

/// A new version tag (of a class, a function, ...), without the
/// [`NO_INSTANCE_DICTS`] bit.
pub fn next_version() -> u32 {
    NEXT_VERSION.fetch_add(1, std::sync::atomic::Ordering::Relaxed) & !NO_INSTANCE_DICTS
}

/// The bit a class's version has when every object of the class is an
/// [`Instance`](crate::instance::Instance) that keeps its attributes in
/// its slots: a Python class based on `object` none of whose instances
/// has had a `__dict__` made. The first one made gives the class a new
/// version without the bit ([`instance_dict_made`]), so an object whose
/// class has a version with the bit has no `__dict__`: a passed version
/// guard shows what `GUARD_INSTANCE_NO_DICT` checks, and code that
/// depends on the version may take it as shown after code that escapes.
pub const NO_INSTANCE_DICTS: u32 = 1 << 31;

pub struct TypeObj {
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    pub module: RefCell<Rc<str>>,
    pub bases: RefCell<Vec<Value>>,
    pub mro: RefCell<Vec<Value>>,
    /// The class namespace (a dict object).
    pub dict: Value,
    /// The version tag; changed only by [`new_version`], which also sets
    /// the copy in the type object's header.
    version: Cell<u32>,
    pub base_kind: BaseKind,
    /// Defined by Python code (a `class` statement or 3-arg `type()`).
    pub heap: bool,
    /// Shared key table: instance attribute names in slot order.
    pub keys: RefCell<Vec<Value>>,
    /// Names declared in `__slots__` (instances have no `__dict__` when set and no base has one).
    pub slot_names: RefCell<Option<Vec<Value>>>,
    /// Instances may have a `__dict__`.
    pub has_instance_dict: Cell<bool>,
    /// An instance has had a `__dict__` made (see [`NO_INSTANCE_DICTS`]).
    instance_dict_seen: Cell<bool>,
    pub has_del: Cell<bool>,
    pub has_getattr: Cell<bool>,
    pub has_getattribute: Cell<bool>,
    pub has_setattr: Cell<bool>,
    /// Direct subclasses (not counted; removed when they die).
    pub subclasses: RefCell<Vec<*const Obj>>,
    /// [`collection`] flags set on this class itself (by `__abc_tpflags__`
    /// or by registering it with a collection ABC); subclasses see them
    /// through the MRO.
    pub collection_flags: Cell<u8>,
    /// Attribute values specialized instructions found through this class
    /// (see [`TypeObj::cache_value`]); emptied when the version changes.
    pub spec_values: RefCell<Vec<Value>>,
}

/// Most values a class keeps for specialized instructions per version.
pub const MAX_SPEC_VALUES: usize = 256;

/// What `match` treats a class's instances as (CPython's
/// `Py_TPFLAGS_SEQUENCE`/`Py_TPFLAGS_MAPPING`, with the same bit values,
/// which `__abc_tpflags__` uses).
pub mod collection {
    pub const SEQUENCE: u8 = 1 << 5;
    pub const MAPPING: u8 = 1 << 6;
}

impl TypeObj {
    /// The version tag (see the module's notes).
    #[inline(always)]
    pub fn version(&self) -> u32 {
        self.version.get()
    }
    pub fn new(name: &str, base_kind: BaseKind, dict: Value, heap: bool) -> TypeObj {
        let t = TypeObj {
            name: RefCell::new(name.into()),
            qualname: RefCell::new(name.into()),
            module: RefCell::new("builtins".into()),
            bases: RefCell::new(Vec::new()),
            mro: RefCell::new(Vec::new()),
            dict,
            version: Cell::new(0),
            base_kind,
            heap,
            keys: RefCell::new(Vec::new()),
            slot_names: RefCell::new(None),
            has_instance_dict: Cell::new(heap),
            instance_dict_seen: Cell::new(false),
            has_del: Cell::new(false),
            has_getattr: Cell::new(false),
            has_getattribute: Cell::new(false),
            has_setattr: Cell::new(false),
            subclasses: RefCell::new(Vec::new()),
            collection_flags: Cell::new(0),
            spec_values: RefCell::new(Vec::new()),
        };
        t.version.set(t.fresh_version());
        t
    }
    /// A new version tag for this class, with [`NO_INSTANCE_DICTS`] when
    /// it is due.
    fn fresh_version(&self) -> u32 {
        let plain = self.heap && self.base_kind == BaseKind::Object;
        let bit = if plain && !self.instance_dict_seen.get() {
            NO_INSTANCE_DICTS
        } else {
            0
        };
        next_version() | bit
    }
    /// Keep `v` (an attribute value found by looking something up through
    /// this class at its current version) for specialized instructions and
    /// return its index in `spec_values`. The list only grows until the
    /// version changes ([`invalidate`] empties it), so while an
    /// instruction's cached version matches, the index it cached still
    /// names the same value: a cached index needs no unsafe pointer and
    /// keeps the value alive. `None` when the list is full or busy.
    pub fn cache_value(&self, v: &Value) -> Option<u32> {
        let mut vals = self.spec_values.try_borrow_mut().ok()?;
        if let Some(i) = vals.iter().position(|x| x.is(v)) {
            return Some(i as u32);
        }
        if vals.len() >= MAX_SPEC_VALUES {
            return None;
        }
        vals.push(v.clone());
        Some(vals.len() as u32 - 1)
    }
    /// Value `i` of `spec_values` (see [`TypeObj::cache_value`]).
    #[inline(always)]
    pub fn cached_value(&self, i: u32) -> Option<Value> {
        // SAFETY: see the module's unsafe notes: read and cloned at once.
        let vals = unsafe { &*self.spec_values.as_ptr() };
        vals.get(i as usize).cloned()
    }
    pub fn dict_table(&self) -> &RefCell<DictTable> {
        match self.dict.as_obj().map(|o| &o.kind) {
            Some(ObjKind::Dict(d)) => d,
            _ => unreachable_dict(),
        }
    }
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.dict);
        if let Ok(b) = self.bases.try_borrow() {
            b.iter().for_each(&mut *visit);
        }
        if let Ok(m) = self.mro.try_borrow() {
            // mro[0] is the type itself: a counted self-reference, so a
            // dead class is always reclaimed by the cycle collector.
            m.iter().for_each(&mut *visit);
        }
        if let Ok(v) = self.spec_values.try_borrow() {
            v.iter().for_each(&mut *visit);
        }
    }
    pub fn clear_refs(&self, out: &mut Vec<Value>) {
        if let Ok(mut d) = self.dict_table().try_borrow_mut() {
            d.drain_into(out);
        }
        if let Ok(mut b) = self.bases.try_borrow_mut() {
            out.append(&mut b);
        }
        if let Ok(mut m) = self.mro.try_borrow_mut() {
            out.append(&mut m);
        }
        if let Ok(mut v) = self.spec_values.try_borrow_mut() {
            out.append(&mut v);
        }
    }
    /// Slot index of an attribute name in the shared key table. Every key
    /// is an interned str ([`TypeObj::key_index_or_add`] only adds those),
    /// so an interned name is found by identity alone.
    #[inline]
    pub fn key_index(&self, name: &Value) -> Option<usize> {
        let keys = self.keys.borrow();
        if let Some(i) = keys.iter().position(|k| k.is(name)) {
            return Some(i);
        }
        if name.as_obj().is_some_and(|o| o.is_interned()) {
            return None;
        }
        let s = str_of(name)?;
        keys.iter().position(|k| str_of(k) == Some(s))
    }
    /// Slot index for storing `name`, adding it to the table if there is
    /// room and `name` is an interned str (the only kind of key).
    pub fn key_index_or_add(&self, name: &Value) -> Option<usize> {
        if let Some(i) = self.key_index(name) {
            return Some(i);
        }
        if !name.as_obj().is_some_and(|o| o.is_interned()) {
            return None;
        }
        let mut keys = self.keys.borrow_mut();
        if keys.len() >= MAX_SHARED_KEYS {
            return None;
        }
        keys.push(name.clone());
        Some(keys.len() - 1)
    }
}

#[cold]
fn unreachable_dict() -> ! {
    // A type's namespace is created as a dict and never replaced.
    panic!("type namespace is not a dict")
}

fn str_of(v: &Value) -> Option<&str> {
    match v.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Str(s)) => Some(s.as_str()),
        _ => None,
    }
}

/// The `TypeObj` of a type value.
#[inline]
pub fn type_obj(v: &Value) -> Option<&TypeObj> {
    match v.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Type(t)) => Some(t),
        _ => None,
    }
}

/// The `TypeObj` of an object known to be a type.
#[inline]
pub fn as_type(o: &Obj) -> &TypeObj {
    match &o.kind {
        ObjKind::Type(t) => t,
        _ => not_a_type(),
    }
}

/// The class of object `o` (as `as_type(o.ty_obj())`, without testing
/// what the type pointer points at), for the guards of specialized
/// attribute loads.
#[inline(always)]
pub fn type_payload(o: &Obj) -> &TypeObj {
    match &o.ty_obj().kind {
        ObjKind::Type(t) => t,
        // SAFETY: see the module's unsafe notes: an object's type pointer
        // points at a type object.
        _ => unsafe { std::hint::unreachable_unchecked() },
    }
}

#[cold]
fn not_a_type() -> ! {
    // Every object's type pointer points at a type object (see object.rs).
    panic!("type pointer does not point at a type")
}

/// Look `name` up along the MRO of `ty` (no descriptors applied).
pub fn lookup(ty: &TypeObj, name: &str) -> Option<Value> {
    lookup_ex(ty, name).map(|(v, _)| v)
}

/// Like `lookup`, for a name that is a str value (an attribute name from
/// code is an interned str): the cache compares it by address and the
/// dicts along the MRO use its cached hash.
#[inline]
pub fn lookup_name(ty: &TypeObj, name: &Value) -> Option<Value> {
    match name.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Str(s)) => lookup_cached(ty, s.as_str(), Some((name, s.hash()))),
        _ => lookup_cached(ty, crate::protocol::str_of(name).unwrap_or(""), None),
    }
    .map(|f| f.value)
}

/// Entries in the attribute cache (a power of two).
const CACHE_SIZE: usize = 4096;

/// What keeps the name of a cache entry alive: while the entry holds it,
/// no other text can appear at the entry's address, so a lookup whose
/// name has that address and length is for the same name.
enum CacheKey {
    Empty,
    /// A str object (the name of an attribute access).
    Name(Value),
    /// A copy of a name given as Rust text.
    Owned(Box<str>),
}

/// One attribute-cache entry: what a name resolves to on the class whose
/// version tag is `version`. Version tags are never reused (and never 0),
/// so an entry can only be hit while the class (and its bases) are unchanged.
struct CacheEntry {
    version: u32,
    /// The value was found on a Python-defined (heap) class.
    heap: bool,
    /// Where along the MRO (which the version also pins) it was found.
    owner: u32,
    /// Address and length of the name's text (owned by `key`).
    addr: usize,
    len: usize,
    key: CacheKey,
    /// What the name resolved to; NULL when it is not found.
    found: Value,
}

const EMPTY_ENTRY: CacheEntry = CacheEntry {
    version: 0,
    heap: false,
    owner: 0,
    addr: 0,
    len: 0,
    key: CacheKey::Empty,
    found: Value::NULL,
};

impl CacheEntry {
    #[inline(always)]
    fn is_for(&self, version: u32, s: &str) -> bool {
        self.version == version
            && self.len == s.len()
            && (self.addr == s.as_ptr() as usize
                || same_text(self.key_str().as_bytes(), s.as_bytes()))
    }
    fn key_str(&self) -> &str {
        match &self.key {
            CacheKey::Empty => "",
            CacheKey::Name(v) => str_of(v).unwrap_or(""),
            CacheKey::Owned(b) => b,
        }
    }
}

/// `a == b` for names (mostly 4 to 16 bytes: `__init__`, `__len__`)
/// without a call into the C library: two overlapping word loads.
#[inline(always)]
fn same_text(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    let word = |x: &[u8], at: usize| -> u64 {
        let mut w = [0u8; 8];
        w.copy_from_slice(&x[at..at + 8]);
        u64::from_ne_bytes(w)
    };
    if (8..=16).contains(&n) {
        word(a, 0) == word(b, 0) && word(a, n - 8) == word(b, n - 8)
    } else {
        a == b
    }
}

thread_local! {
    /// Allocated on first use (`CACHE_SIZE` entries).
    static ATTR_CACHE: RefCell<Vec<CacheEntry>> = const { RefCell::new(Vec::new()) };
}

/// Like `lookup`, also telling whether the class that defines the name is
/// a Python-defined (heap) class. Results are cached by version tag.
pub fn lookup_ex(ty: &TypeObj, name: &str) -> Option<(Value, bool)> {
    lookup_cached(ty, name, None).map(|f| (f.value, f.heap))
}

/// What a lookup through the cache found.
struct Found {
    value: Value,
    /// Defined by a Python-defined (heap) class.
    heap: bool,
    /// Index in the MRO of the class that defines it.
    owner: u32,
}

/// The attribute cache in front of the MRO walk. `name` is the str object
/// `s` is the text of, with its hash, when the caller has one.
#[inline]
fn lookup_cached(ty: &TypeObj, s: &str, name: Option<(&Value, i64)>) -> Option<Found> {
    let version = ty.version.get();
    let slot =
        ((version as usize).wrapping_mul(0x9e37_79b9) ^ (s.as_ptr() as usize >> 3) ^ s.len())
            & (CACHE_SIZE - 1);
    let hit = ATTR_CACHE.with(|c| {
        let c = c.try_borrow().ok()?;
        let e = c.get(slot)?;
        if !e.is_for(version, s) {
            return None;
        }
        Some(if e.found.is_null() {
            None
        } else {
            Some(Found {
                value: e.found.clone(),
                heap: e.heap,
                owner: e.owner,
            })
        })
    });
    match hit {
        Some(found) => found,
        None => lookup_miss(ty, version, slot, s, name),
    }
}

#[inline(never)]
fn lookup_miss(
    ty: &TypeObj,
    version: u32,
    slot: usize,
    s: &str,
    name: Option<(&Value, i64)>,
) -> Option<Found> {
    let hash = match name {
        Some((_, h)) => h,
        None => stitch_pyfmt::hash::hash_str(s),
    };
    let mut found = None;
    for (i, t) in ty.mro.borrow().iter().enumerate() {
        if let Some(tt) = type_obj(t) {
            if let Some(v) = tt.dict_table().borrow().get_str_hashed(s, hash) {
                found = Some(Found {
                    value: v.clone(),
                    heap: tt.heap,
                    owner: i as u32,
                });
                break;
            }
        }
    }
    let key = match name {
        Some((v, _)) => CacheKey::Name(v.clone()),
        None => CacheKey::Owned(s.into()),
    };
    let mut entry = CacheEntry {
        version,
        heap: found.as_ref().is_some_and(|f| f.heap),
        owner: found.as_ref().map_or(0, |f| f.owner),
        addr: 0,
        len: s.len(),
        key,
        found: found.as_ref().map_or(Value::NULL, |f| f.value.clone()),
    };
    entry.addr = entry.key_str().as_ptr() as usize;
    let old = ATTR_CACHE.with(|c| {
        let mut c = c.try_borrow_mut().ok()?;
        if c.is_empty() {
            c.resize_with(CACHE_SIZE, || EMPTY_ENTRY);
        }
        Some(std::mem::replace(&mut c[slot], entry))
    });
    // Dropped outside the borrow (a drop may free a class, which looks nothing up, but be safe).
    drop(old);
    found
}

/// Like `lookup`, but also reports which class along the MRO defined it.
pub fn lookup_with_owner(ty: &TypeObj, name: &str) -> Option<(Value, Value)> {
    let found = lookup_cached(ty, name, None)?;
    if let Some(owner) = ty.mro.borrow().get(found.owner as usize) {
        return Some((found.value, owner.clone()));
    }
    for t in ty.mro.borrow().iter() {
        if let Some(tt) = type_obj(t) {
            if let Some(v) = tt.dict_table().borrow().get_str(name) {
                return Some((v.clone(), t.clone()));
            }
        }
    }
    None
}

/// Is `sub` a subclass of `sup` (by MRO)?
pub fn is_subtype(sub: &Value, sup: &Value) -> bool {
    if sub.is(sup) {
        return true;
    }
    match type_obj(sub) {
        Some(t) => t.mro.borrow().iter().any(|m| m.is(sup)),
        None => false,
    }
}

/// Give `ty` and all its subclasses fresh version tags and recompute the
/// cached dunder flags (called after any change to a class namespace or bases).
pub fn invalidate(ty: &Obj) {
    let mut released = Vec::new();
    invalidate_into(ty, &mut released);
    // Dropped only once no subclass pointer is in use.
    drop(released);
}

/// Give the type object `ty` a fresh version tag, in its `TypeObj` and in
/// its header (where the guards of specialized instructions read it).
pub fn new_version(ty: &Obj) {
    crate::watch::version_changed(as_type(ty).version.get());
    let v = as_type(ty).fresh_version();
    as_type(ty).version.set(v);
    ty.set_type_version(v);
}

/// An instance of class `ty` has just had a `__dict__` made (or moved to
/// `ty` with one): the first time, the class leaves its
/// [`NO_INSTANCE_DICTS`] versions behind.
pub fn instance_dict_made(ty: &Obj) {
    let t = as_type(ty);
    if !t.instance_dict_seen.replace(true) && t.version() & NO_INSTANCE_DICTS != 0 {
        new_version(ty);
    }
}

fn invalidate_into(ty: &Obj, released: &mut Vec<Value>) {
    let t = as_type(ty);
    new_version(ty);
    // Specialized code cached indices into this list under the old version.
    if let Ok(mut v) = t.spec_values.try_borrow_mut() {
        released.append(&mut v);
    }
    t.has_del.set(lookup(t, "__del__").is_some());
    t.has_getattr.set(lookup(t, "__getattr__").is_some());
    t.has_getattribute
        .set(t.heap && lookup_in_heap(t, "__getattribute__"));
    t.has_setattr
        .set(t.heap && (lookup_in_heap(t, "__setattr__") || lookup_in_heap(t, "__delattr__")));
    let subs: Vec<*const Obj> = t.subclasses.borrow().clone();
    for s in subs {
        // SAFETY: subclasses remove themselves from this list when they die.
        invalidate_into(unsafe { &*s }, released);
    }
}

/// Is `name` defined by a Python-defined class along the MRO?
pub fn lookup_in_heap(t: &TypeObj, name: &str) -> bool {
    for m in t.mro.borrow().iter() {
        if let Some(mt) = type_obj(m) {
            if mt.heap && mt.dict_table().borrow().get_str(name).is_some() {
                return true;
            }
        }
    }
    false
}

/// C3 linearization of `bases` for a new class (the class itself excluded).
/// Returns `Err(names)` naming the conflicting bases on failure.
pub fn c3_mro(bases: &[Value]) -> Result<Vec<Value>, String> {
    let mut seqs: Vec<Vec<Value>> = bases
        .iter()
        .map(|b| {
            type_obj(b)
                .map(|t| t.mro.borrow().clone())
                .unwrap_or_default()
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut cand = None;
        for s in &seqs {
            let head = &s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|x| x.is(head))) {
                cand = Some(head.clone());
                break;
            }
        }
        let Some(c) = cand else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                if let Some(t) = type_obj(&s[0]) {
                    let n = t.name.borrow().to_string();
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
            }
            return Err(names.join(", "));
        };
        for s in seqs.iter_mut() {
            if s[0].is(&c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// Remove a dying class from its bases' subclass lists.
pub fn detach(me: &Obj) {
    let t = as_type(me);
    let me = me as *const Obj;
    if let Ok(bases) = t.bases.try_borrow() {
        for b in bases.iter() {
            if let Some(bt) = type_obj(b) {
                bt.subclasses.borrow_mut().retain(|p| *p != me);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::same_text;

    #[test]
    fn names_compare_by_content_at_every_length() {
        let names = [
            "",
            "x",
            "__a",
            "__len__",
            "__init__",
            "__getattr__",
            "__getattribute__",
            "__class_getitem__",
            "a_rather_long_attribute_name",
        ];
        for a in names {
            for b in names {
                assert_eq!(same_text(a.as_bytes(), b.as_bytes()), a == b, "{a:?} {b:?}");
            }
            // One byte changed anywhere is seen.
            for i in 0..a.len() {
                let mut c = a.as_bytes().to_vec();
                c[i] ^= 1;
                assert!(!same_text(a.as_bytes(), &c), "{a:?} at {i}");
            }
        }
    }
}
