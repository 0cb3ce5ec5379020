//! Heap objects: the shared header, the payload kinds, allocation,
//! reference counting, deferred deallocation and the registry of
//! containers the cycle collector walks.
//!
//! ```text
//!  Obj (#[repr(C)])
//!  +0   rc: u32        reference count (IMMORTAL for builtin types and singletons)
//!  +4   flags: u32     GC and finalizer bits
//!  +8   ty: *const Obj the type object (a counted reference unless immortal)
//!  +16  gc_idx: u32    index in the container registry, or UNTRACKED
//!  +24  kind: ObjKind  the payload
//! ```
//!
//! # Unsafe
//! Invariants this module maintains:
//! * `rc` counts the `Value`s (and `ty` fields) that point at the object;
//!   the object is freed exactly when it reaches zero.
//! * Freeing never recurses: an object whose count drops to zero while
//!   another is being freed is queued and freed by the outermost loop, so a
//!   million-long linked list does not overflow the Rust stack.
//! * A decrement never runs Python code: an instance whose class defines
//!   `__del__` is resurrected into the finalizer queue instead, and the
//!   interpreter runs the finalizer at its next safepoint.
//! * Tracked containers are listed in the thread's registry at `gc_idx`;
//!   an object is removed from it before its memory is released.
//! * `FREE_BLOCKS` lists memory blocks of freed objects: each was made by
//!   `Box<Obj>` (same layout), its `Obj` has been dropped in place, and
//!   nothing else points at it; its first word links to the next block
//!   (an intrusive list: taking and giving a block touch only cells).
//!   `alloc` reuses the most recently freed block first (as CPython's
//!   allocator does, so a temporary's `id()` is reused by the next
//!   object), writing a whole new `Obj` into it.

use std::cell::{Cell, RefCell};

use num_bigint::BigInt;

use crate::dict::DictTable;
use crate::function::{BuiltinFunc, CodeRt, Function};
use crate::generator::Generator;
use crate::instance::Instance;
use crate::iter::IterState;
use crate::module::Module;
use crate::set::SetTable;
use crate::str::PyStr;
use crate::types::TypeObj;
use crate::value::Value;

pub const IMMORTAL: u32 = 1 << 30;
const UNTRACKED: u32 = u32::MAX;

/// `flags` bits.
pub mod obj_flags {
    /// `__del__` already ran (or was queued); never queue again.
    pub const FINALIZED: u32 = 1;
    /// A str in the VM's intern table (`Vm::intern`): two interned strs
    /// are equal exactly when they are the same object.
    pub const INTERNED: u32 = 2;
}

#[repr(C)]
pub struct Obj {
    rc: Cell<u32>,
    flags: Cell<u32>,
    ty: Cell<*const Obj>,
    gc_idx: Cell<u32>,
    /// A type object's version tag, equal to its [`TypeObj`]'s (set
    /// together by `types::new_version`); 0 for other objects. Guards on
    /// an object's class read it here, one load from the type pointer,
    /// rather than through the boxed `TypeObj` (two dependent loads). It
    /// fills what was padding before `kind`.
    type_version: Cell<u32>,
    pub kind: ObjKind,
}

/// A property's accessor functions.
pub struct PropertyData {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

/// `range(start, stop, step)`. Bounds are 128-bit: beyond machine ints
/// (CPython allows any int) but not unbounded; larger ones are an OverflowError.
#[derive(Clone, Copy, Debug)]
pub struct RangeData {
    pub start: i128,
    pub stop: i128,
    pub step: i128,
}

impl RangeData {
    pub fn len(&self) -> i128 {
        let (lo, hi, step) = (self.start, self.stop, self.step);
        if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn get(&self, i: i128) -> i128 {
        self.start.wrapping_add(i.wrapping_mul(self.step))
    }
}

/// The payload of a heap object.
pub enum ObjKind {
    Str(PyStr),
    /// An int that does not fit in 64 bits (smaller ones are immediates).
    BigInt(BigInt),
    Bytes(Box<[u8]>),
    /// A mutable byte string.
    ByteArray(RefCell<Vec<u8>>),
    /// A view of (part of) a bytes or bytearray object.
    MemoryView(Box<crate::builtins::bytearray::MemView>),
    Tuple(Box<[Value]>),
    List(RefCell<Vec<Value>>),
    Dict(RefCell<DictTable>),
    /// A set or frozenset (the type tells which).
    Set(RefCell<SetTable>),
    Range(RangeData),
    Slice(Box<[Value; 3]>),
    Function(Box<Function>),
    Builtin(Box<BuiltinFunc>),
    /// A bound method: (function, self).
    Method(Box<(Value, Value)>),
    Code(Box<CodeRt>),
    Cell(RefCell<Value>),
    Type(Box<TypeObj>),
    /// Inline, so that making an instance allocates the object and its
    /// slots only.
    Instance(Instance),
    Module(Box<Module>),
    /// Inline, so that making a generator allocates the object (and its
    /// frame and window, both pooled) only.
    Generator(Generator),
    Iter(RefCell<IterState>),
    Property(Box<PropertyData>),
    StaticMethod(Value),
    ClassMethod(Value),
    /// `super(type, obj)`.
    Super(Box<(Value, Value)>),
    /// A live view of a dict: (dict, which part).
    DictView(Box<(Value, crate::iter::DictIterKind)>),
    /// `NotImplemented`, `Ellipsis` and other singletons with no data.
    Singleton(&'static str),
}

impl ObjKind {
    /// Does this kind hold references that can form cycles?
    fn is_container(&self) -> bool {
        matches!(
            self,
            ObjKind::Tuple(_)
                | ObjKind::List(_)
                | ObjKind::Dict(_)
                | ObjKind::Set(_)
                | ObjKind::Function(_)
                | ObjKind::Method(_)
                | ObjKind::Cell(_)
                | ObjKind::Type(_)
                | ObjKind::Instance(_)
                | ObjKind::Module(_)
                | ObjKind::Generator(_)
                | ObjKind::Iter(_)
                | ObjKind::Property(_)
                | ObjKind::StaticMethod(_)
                | ObjKind::ClassMethod(_)
                | ObjKind::Super(_)
                | ObjKind::Builtin(_)
                | ObjKind::DictView(_)
        )
    }
}

impl Obj {
    #[inline]
    pub fn refcount(&self) -> u32 {
        self.rc.get()
    }
    /// The type object.
    #[inline(always)]
    pub fn ty_ptr(&self) -> *const Obj {
        self.ty.get()
    }
    /// A new counted reference to the type object.
    pub fn ty(&self) -> Value {
        let p = self.ty.get();
        // SAFETY: `ty` is always a live type object; we add the reference we hand out.
        unsafe {
            incref(p);
            Value::from_raw(p)
        }
    }
    /// The version tag of this object's class (see `type_version`).
    #[inline(always)]
    pub fn class_version(&self) -> u32 {
        self.ty_obj().type_version.get()
    }
    /// Give this type object a fresh version tag (`types::new_version`).
    pub(crate) fn set_type_version(&self, v: u32) {
        self.type_version.set(v);
    }
    /// The type object borrowed for as long as `self` lives (types outlive their instances).
    #[inline]
    pub fn ty_obj(&self) -> &Obj {
        // SAFETY: every object holds a reference to its type.
        unsafe { &*self.ty.get() }
    }
    /// Replace the type (for `__class__` assignment).
    pub fn set_ty(&self, ty: &Value) {
        let new = ty.clone();
        let old = self.ty.replace(new.obj_ptr());
        std::mem::forget(new);
        // SAFETY: we owned the reference `old` held.
        unsafe { decref(old) };
    }
    pub fn type_name(&self) -> String {
        match &self.ty_obj().kind {
            ObjKind::Type(t) => t.name.borrow().to_string(),
            _ => "?".into(),
        }
    }
    #[inline]
    pub fn flags(&self) -> u32 {
        self.flags.get()
    }
    pub fn set_flag(&self, f: u32) {
        self.flags.set(self.flags.get() | f);
    }
    /// Is this a str from the VM's intern table?
    #[inline(always)]
    pub fn is_interned(&self) -> bool {
        self.flags.get() & obj_flags::INTERNED != 0
    }
    pub fn make_immortal(&self) {
        self.rc.set(IMMORTAL);
    }
    /// Visit every value this object references (for the cycle collector).
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        match &self.kind {
            ObjKind::Tuple(items) => items.iter().for_each(visit),
            ObjKind::List(items) => {
                if let Ok(items) = items.try_borrow() {
                    items.iter().for_each(visit)
                }
            }
            ObjKind::Dict(d) => {
                if let Ok(d) = d.try_borrow() {
                    d.traverse(visit)
                }
            }
            ObjKind::Set(s) => {
                if let Ok(s) = s.try_borrow() {
                    s.traverse(visit)
                }
            }
            ObjKind::Function(f) => f.traverse(visit),
            ObjKind::Builtin(b) => visit(&b.bound),
            ObjKind::Method(m) => {
                visit(&m.0);
                visit(&m.1)
            }
            ObjKind::Cell(c) => {
                if let Ok(c) = c.try_borrow() {
                    visit(&c)
                }
            }
            ObjKind::Type(t) => t.traverse(visit),
            ObjKind::Instance(i) => i.traverse(visit),
            ObjKind::Module(m) => visit(&m.dict),
            ObjKind::Generator(g) => g.traverse(visit),
            ObjKind::Iter(it) => {
                if let Ok(it) = it.try_borrow() {
                    it.traverse(visit)
                }
            }
            ObjKind::Property(p) => {
                visit(&p.fget);
                visit(&p.fset);
                visit(&p.fdel);
                visit(&p.doc)
            }
            ObjKind::StaticMethod(v) | ObjKind::ClassMethod(v) => visit(v),
            ObjKind::DictView(d) => visit(&d.0),
            ObjKind::Super(s) => {
                visit(&s.0);
                visit(&s.1)
            }
            ObjKind::Str(_)
            | ObjKind::BigInt(_)
            | ObjKind::Bytes(_)
            | ObjKind::ByteArray(_)
            | ObjKind::MemoryView(_)
            | ObjKind::Range(_)
            | ObjKind::Slice(_)
            | ObjKind::Code(_)
            | ObjKind::Singleton(_) => {}
        }
    }
    /// Drop every reference this object holds (breaks cycles); the values
    /// are returned so the caller drops them after all clearing is done.
    pub fn clear_refs(&self, out: &mut Vec<Value>) {
        match &self.kind {
            ObjKind::List(items) => {
                if let Ok(mut items) = items.try_borrow_mut() {
                    out.append(&mut items)
                }
            }
            ObjKind::Dict(d) => {
                if let Ok(mut d) = d.try_borrow_mut() {
                    d.drain_into(out)
                }
            }
            ObjKind::Set(s) => {
                if let Ok(mut s) = s.try_borrow_mut() {
                    s.drain_into(out)
                }
            }
            ObjKind::Cell(c) => {
                if let Ok(mut c) = c.try_borrow_mut() {
                    out.push(c.take())
                }
            }
            ObjKind::Function(f) => f.clear_refs(out),
            ObjKind::Type(t) => {
                crate::types::detach(self);
                t.clear_refs(out)
            }
            ObjKind::Instance(i) => i.clear_refs(out),
            ObjKind::Module(m) => {
                if let Some(ObjKind::Dict(d)) = m.dict.as_obj().map(|o| &o.kind) {
                    if let Ok(mut d) = d.try_borrow_mut() {
                        d.drain_into(out)
                    }
                }
            }
            ObjKind::Generator(g) => g.clear_refs(out),
            ObjKind::Iter(it) => {
                if let Ok(mut it) = it.try_borrow_mut() {
                    std::mem::replace(&mut *it, IterState::Exhausted).take_refs(out)
                }
            }
            // Tuples, methods, properties and the rest are immutable: the
            // mutable containers they point at are cleared instead, which
            // is enough to break every cycle.
            _ => {}
        }
    }
}

/// Item `i` of a list's items (a new reference), if there is one, read
/// without a borrow guard: it still fails while the items are borrowed
/// mutably, and the item is cloned out at once (no code runs between).
#[inline(always)]
pub fn list_item(items: &RefCell<Vec<Value>>, i: usize) -> Option<Value> {
    // SAFETY: a shared borrow that ends within this expression, before
    // anything could borrow the items mutably.
    unsafe { items.try_borrow_unguarded() }
        .ok()?
        .get(i)
        .cloned()
}
/// The length of a list's items, read as [`list_item`] reads (0 while
/// they are borrowed mutably).
#[inline(always)]
pub fn list_len(items: &RefCell<Vec<Value>>) -> usize {
    // SAFETY: as in `list_item`.
    unsafe { items.try_borrow_unguarded() }.map_or(0, Vec::len)
}

/// The value in a cell's contents (a new reference; NULL if empty, or
/// while the contents are borrowed mutably), read as [`list_item`] reads.
#[inline(always)]
pub fn cell_get(contents: &RefCell<Value>) -> Value {
    // SAFETY: as in `list_item`.
    unsafe { contents.try_borrow_unguarded() }.map_or(Value::NULL, Value::clone)
}

/// Allocate a new object with one reference owned by the returned value.
pub fn alloc(kind: ObjKind, ty: &Value) -> Value {
    let container = match &kind {
        // A tuple can only ever be part of a reference cycle through an
        // item that can (its items never change): one holding only
        // untracked values is left untracked, as CPython's collector
        // untracks such tuples. This keeps `enumerate`/`zip`/`dict.items`
        // results and coordinate pairs from driving collections.
        ObjKind::Tuple(items) => items.iter().any(is_tracked),
        k => k.is_container(),
    };
    let version = type_version_of_kind(&kind);
    let ty_ptr = ty.clone();
    let block = match FREE_BLOCKS.with(FreeBlocks::take) {
        Some(block) => block,
        None => Box::into_raw(Box::<std::mem::MaybeUninit<Obj>>::new_uninit()) as *mut Obj,
    };
    // SAFETY: `block` is an unused `Obj`-sized allocation (a free block,
    // see the module invariants, or a new box); writing every field
    // initializes it. The payload is moved straight into the block rather
    // than through a whole `Obj` built on the stack (one copy, not two).
    unsafe {
        std::ptr::write(&raw mut (*block).rc, Cell::new(1));
        std::ptr::write(&raw mut (*block).flags, Cell::new(0));
        std::ptr::write(&raw mut (*block).ty, Cell::new(ty_ptr.obj_ptr()));
        std::ptr::write(&raw mut (*block).gc_idx, Cell::new(UNTRACKED));
        std::ptr::write(&raw mut (*block).type_version, Cell::new(version));
        std::ptr::write(&raw mut (*block).kind, kind);
    }
    std::mem::forget(ty_ptr);
    let ptr = block as *const Obj;
    if container {
        track(ptr);
    }
    // SAFETY: freshly allocated with one reference.
    unsafe { Value::from_raw(ptr) }
}

/// What a new object's `type_version` starts as.
#[inline(always)]
fn type_version_of_kind(kind: &ObjKind) -> u32 {
    match kind {
        ObjKind::Type(t) => t.version(),
        _ => 0,
    }
}

/// The payload of the object `v` points at, when `v` holds the only
/// reference to it: nothing else can see the object, so it may be reused
/// in place instead of freed and allocated again (as CPython reuses
/// `enumerate`/`zip` result tuples and its last freed slice).
#[inline(always)]
fn unique_payload(v: &mut Value) -> Option<&mut ObjKind> {
    let p = v.obj_ptr() as *mut Obj;
    if p.is_null() {
        return None;
    }
    // SAFETY: `v` holds a counted reference, so `p` is live. With a count
    // of one it is the only reference (immortal objects never count 1),
    // and `v` stays borrowed mutably while the payload is, so nothing can
    // reach the object meanwhile; objects live in writable memory made by
    // `Box<Obj>` (as `free_one` relies on too).
    unsafe {
        if (*p).rc.get() != 1 {
            return None;
        }
        Some(&mut (*p).kind)
    }
}

/// Swap `items` into the tuple `v` in place of its items (which end up in
/// `items`, for the caller to drop), when `v` holds the only reference to a
/// tuple of that length. A tuple left untracked because its items were
/// (see `alloc`) is tracked once one of its new items is.
#[inline(always)]
pub fn refill_tuple(v: &mut Value, items: &mut [Value]) -> bool {
    let ptr = v.obj_ptr();
    let Some(slots) = unique_tuple_items(v) else {
        return false;
    };
    if slots.len() != items.len() {
        return false;
    }
    for (slot, item) in slots.iter_mut().zip(items.iter_mut()) {
        std::mem::swap(slot, item);
    }
    // SAFETY: `v` holds a reference, so the object is live.
    let o = unsafe { &*ptr };
    if o.gc_idx.get() == UNTRACKED
        && let ObjKind::Tuple(slots) = &o.kind
        && slots.iter().any(is_tracked)
    {
        track(ptr);
    }
    true
}

/// The items of the tuple `v`, when `v` holds the only reference to it:
/// they may be moved out (leaving NULLs) if the tuple is dropped next.
#[inline(always)]
pub fn unique_tuple_items(v: &mut Value) -> Option<&mut [Value]> {
    match unique_payload(v) {
        Some(ObjKind::Tuple(items)) => Some(items),
        _ => None,
    }
}

/// Set the bounds of the slice `v` in place (returning the old ones), when
/// `v` holds the only reference to it.
pub fn refill_slice(v: &mut Value, bounds: &mut [Value; 3]) -> bool {
    match unique_payload(v) {
        Some(ObjKind::Slice(s)) => {
            std::mem::swap(&mut **s, bounds);
            true
        }
        _ => false,
    }
}

/// Is `v` a container the cycle collector tracks?
#[inline(always)]
fn is_tracked(v: &Value) -> bool {
    v.as_obj().is_some_and(|o| o.gc_idx.get() != UNTRACKED)
}

/// Allocate a type object whose type pointer is itself (`type`), or null
/// (set later with `set_ty`) during bootstrap.
pub fn alloc_bootstrap(kind: ObjKind) -> Value {
    let obj = Box::new(Obj {
        rc: Cell::new(IMMORTAL),
        flags: Cell::new(0),
        ty: Cell::new(std::ptr::null()),
        gc_idx: Cell::new(UNTRACKED),
        type_version: Cell::new(type_version_of_kind(&kind)),
        kind,
    });
    let ptr = Box::into_raw(obj) as *const Obj;
    // SAFETY: immortal, so the count never reaches zero.
    unsafe { Value::from_raw(ptr) }
}

/// Set the type pointer of a bootstrap object without counting (both immortal).
pub fn set_bootstrap_type(obj: &Value, ty: &Value) {
    if let Some(o) = obj.as_obj() {
        o.ty.set(ty.obj_ptr());
    }
}

/// # Safety
/// `p` must point to a live object.
#[inline(always)]
pub(crate) unsafe fn incref(p: *const Obj) {
    let o = unsafe { &*p };
    o.rc.set(o.rc.get().wrapping_add(1));
}

/// Give up one reference to `p` unless it is the last one (whose release
/// would free the object): whether it gave it up.
///
/// # Safety
/// `p` must point to a live object; when this returns true the caller
/// gave up one reference.
#[inline(always)]
pub(crate) unsafe fn decref_unless_last(p: *const Obj) -> bool {
    let o = unsafe { &*p };
    let n = o.rc.get();
    if n == 1 {
        return false;
    }
    o.rc.set(n - 1);
    true
}

/// # Safety
/// `p` must point to a live object and the caller gives up one reference.
#[inline(always)]
pub(crate) unsafe fn decref(p: *const Obj) {
    let o = unsafe { &*p };
    let n = o.rc.get() - 1;
    o.rc.set(n);
    if n == 0 {
        unsafe { release(p) };
    }
}

struct HeapState {
    /// Objects whose count reached zero while another was being freed.
    pending: Vec<*const Obj>,
    /// Tracked containers (the cycle collector's roots of enumeration).
    tracked: Vec<*const Obj>,
    /// Instances resurrected for their `__del__`, run at the next safepoint.
    finalize: Vec<Value>,
    /// Tracked allocations since the last collection.
    allocs_since_gc: usize,
    /// Tracked containers left after the last collection.
    survivors: usize,
}

/// Freed object blocks kept for reuse (see the module invariants), at most
/// `MAX_FREE_BLOCKS`. Cells only, without a destructor, so that a thread
/// reaches them without a check of the thread-local's state.
struct FreeBlocks {
    head: Cell<*mut Obj>,
    len: Cell<usize>,
}

const MAX_FREE_BLOCKS: usize = 4096;

impl FreeBlocks {
    /// The most recently freed block, if any.
    #[inline(always)]
    fn take(&self) -> Option<*mut Obj> {
        let b = self.head.get();
        if b.is_null() {
            return None;
        }
        // SAFETY: a listed block is an unused `Obj`-sized allocation whose
        // first word holds the next block (module invariants).
        self.head.set(unsafe { *(b as *mut *mut Obj) });
        self.len.set(self.len.get() - 1);
        Some(b)
    }
    /// List the block `b` (its `Obj` dropped in place) unless the list is
    /// full: whether it was kept.
    #[inline(always)]
    fn give(&self, b: *mut Obj) -> bool {
        let n = self.len.get();
        if n >= MAX_FREE_BLOCKS {
            return false;
        }
        // SAFETY: `b` is an unused `Obj`-sized (and aligned) block.
        unsafe { *(b as *mut *mut Obj) = self.head.get() };
        self.head.set(b);
        self.len.set(n + 1);
        true
    }
}

thread_local! {
    static FREE_BLOCKS: FreeBlocks = const {
        FreeBlocks { head: Cell::new(std::ptr::null_mut()), len: Cell::new(0) }
    };
    /// Is `release` freeing objects (so that another reaching zero is
    /// queued on `HeapState::pending` rather than freed recursively)?
    static FREEING: Cell<bool> = const { Cell::new(false) };
    static HEAP: RefCell<HeapState> = const { RefCell::new(HeapState {
        pending: Vec::new(),
        tracked: Vec::new(),
        finalize: Vec::new(),
        allocs_since_gc: 0,
        survivors: 0,
    }) };
}

/// Collect when this many containers were allocated since the last
/// collection, or as many as survived it if that is more (so the total
/// work stays proportional to allocation, as with CPython's generations).
const GC_THRESHOLD: usize = 10_000;

fn track(p: *const Obj) {
    HEAP.with(|h| {
        let mut h = h.borrow_mut();
        // SAFETY: p is live (just allocated).
        unsafe { &*p }.gc_idx.set(h.tracked.len() as u32);
        h.tracked.push(p);
        h.allocs_since_gc += 1;
        if h.allocs_since_gc == GC_THRESHOLD.max(h.survivors) {
            crate::breaker::request(crate::breaker::GC);
        }
    })
}

fn untrack(h: &mut HeapState, o: &Obj) {
    let idx = o.gc_idx.get();
    if idx == UNTRACKED {
        return;
    }
    let idx = idx as usize;
    h.tracked.swap_remove(idx);
    if let Some(&moved) = h.tracked.get(idx) {
        // SAFETY: every tracked pointer is live.
        unsafe { &*moved }.gc_idx.set(idx as u32);
    }
    o.gc_idx.set(UNTRACKED);
}

/// Does this dying object need its `__del__` run first?
fn needs_finalizer(o: &Obj) -> bool {
    if o.flags.get() & obj_flags::FINALIZED != 0 {
        return false;
    }
    match (&o.kind, &o.ty_obj().kind) {
        (ObjKind::Instance(_), ObjKind::Type(t)) => t.has_del.get(),
        // A suspended generator must run its `finally` blocks: close() it.
        (ObjKind::Generator(g), _) => {
            g.started.get() && g.frame.try_borrow().is_ok_and(|f| f.is_some())
        }
        _ => false,
    }
}

#[cold]
unsafe fn release(p: *const Obj) {
    let o = unsafe { &*p };
    if needs_finalizer(o) {
        o.set_flag(obj_flags::FINALIZED);
        o.rc.set(1);
        // SAFETY: resurrected with the one reference we now give the queue.
        let v = unsafe { Value::from_raw(p) };
        HEAP.with(|h| h.borrow_mut().finalize.push(v));
        crate::breaker::request(crate::breaker::FINALIZERS);
        return;
    }
    if FREEING.with(|f| f.replace(true)) {
        HEAP.with(|h| h.borrow_mut().pending.push(p));
        return;
    }
    let mut next = Some(p);
    while let Some(p) = next {
        unsafe { free_one(p) };
        next = HEAP.with(|h| h.borrow_mut().pending.pop());
    }
    FREEING.with(|f| f.set(false));
}

unsafe fn free_one(p: *const Obj) {
    let o = unsafe { &*p };
    if o.gc_idx.get() != UNTRACKED {
        HEAP.with(|h| untrack(&mut h.borrow_mut(), o));
    }
    if let ObjKind::Type(_) = o.kind {
        crate::types::detach(o);
    }
    let ty = o.ty.get();
    let p = p as *mut Obj;
    // SAFETY: the count is zero, nobody else can reach the object; its
    // memory, dropped in place, becomes a free block (or is released).
    unsafe { std::ptr::drop_in_place(p) };
    if !FREE_BLOCKS.with(|b| b.give(p)) {
        // SAFETY: made by `Box<Obj>`, contents already dropped.
        drop(unsafe { Box::from_raw(p as *mut std::mem::MaybeUninit<Obj>) });
    }
    if !ty.is_null() {
        unsafe { decref(ty) };
    }
}

/// Take the queue of instances waiting for `__del__`.
pub fn take_finalizers() -> Vec<Value> {
    HEAP.with(|h| std::mem::take(&mut h.borrow_mut().finalize))
}

/// Number of tracked containers and allocations since the last collection.
pub fn gc_counts() -> (usize, usize) {
    HEAP.with(|h| {
        let h = h.borrow();
        (h.tracked.len(), h.allocs_since_gc)
    })
}

/// Run one cycle collection by trial deletion and return the number of
/// unreachable objects found.
///
/// For each tracked container, `gc_refs` starts at its reference count and
/// is decremented once per reference from another tracked container. What
/// remains positive is referenced from outside (the stack, frames, globals)
/// and is reachable, as is everything reachable from it; the rest is
/// garbage kept alive only by cycles. Garbage is cleared (its references
/// dropped), which frees it through ordinary reference counting.
pub fn collect_cycles() -> usize {
    let tracked: Vec<*const Obj> = HEAP.with(|h| {
        let mut h = h.borrow_mut();
        h.allocs_since_gc = 0;
        h.tracked.clone()
    });
    let n = tracked.len();
    // SAFETY (whole function): tracked pointers are live; we only read
    // through shared references and hold no RefCell borrows across calls.
    let mut gc_refs: Vec<i64> = tracked
        .iter()
        .map(|&p| unsafe { &*p }.rc.get() as i64)
        .collect();
    let index_of = |v: &Value| -> Option<usize> {
        let p = v.obj_ptr();
        if p.is_null() {
            return None;
        }
        let idx = unsafe { &*p }.gc_idx.get();
        if idx != UNTRACKED && (idx as usize) < n && tracked[idx as usize] == p {
            Some(idx as usize)
        } else {
            None
        }
    };
    for &p in &tracked {
        let o = unsafe { &*p };
        o.traverse(&mut |v| {
            if let Some(i) = index_of(v) {
                gc_refs[i] -= 1;
            }
        });
        // The type pointer is a reference too.
        let tp = o.ty.get();
        if !tp.is_null() {
            let idx = unsafe { &*tp }.gc_idx.get();
            if idx != UNTRACKED && (idx as usize) < n && tracked[idx as usize] == tp {
                gc_refs[idx as usize] -= 1;
            }
        }
    }
    let mut reachable = vec![false; n];
    let mut stack: Vec<usize> = (0..n).filter(|&i| gc_refs[i] > 0).collect();
    for &i in &stack {
        reachable[i] = true;
    }
    while let Some(i) = stack.pop() {
        let o = unsafe { &*tracked[i] };
        let mut visit = |v: &Value| {
            if let Some(j) = index_of(v) {
                if !reachable[j] {
                    reachable[j] = true;
                    stack.push(j);
                }
            }
        };
        o.traverse(&mut visit);
        let tp = o.ty.get();
        if !tp.is_null() {
            let idx = unsafe { &*tp }.gc_idx.get();
            if idx != UNTRACKED
                && (idx as usize) < n
                && tracked[idx as usize] == tp
                && !reachable[idx as usize]
            {
                reachable[idx as usize] = true;
                stack.push(idx as usize);
            }
        }
    }
    // Hold every garbage object while clearing so none is freed mid-way.
    let garbage: Vec<Value> = (0..n)
        .filter(|&i| !reachable[i])
        .map(|i| unsafe {
            incref(tracked[i]);
            Value::from_raw(tracked[i])
        })
        .collect();
    let count = garbage.len();
    // Finalizers first (PEP 442): objects with __del__ are queued, not cleared, this round.
    let mut dropped = Vec::new();
    for g in &garbage {
        if let Some(o) = g.as_obj() {
            if needs_finalizer(o) {
                o.set_flag(obj_flags::FINALIZED);
                HEAP.with(|h| h.borrow_mut().finalize.push(g.clone()));
                crate::breaker::request(crate::breaker::FINALIZERS);
            }
        }
    }
    let any_finalizer = HEAP.with(|h| !h.borrow().finalize.is_empty());
    if !any_finalizer {
        for g in &garbage {
            if let Some(o) = g.as_obj() {
                o.clear_refs(&mut dropped);
            }
        }
    }
    drop(dropped);
    drop(garbage);
    HEAP.with(|h| {
        let mut h = h.borrow_mut();
        h.survivors = h.tracked.len();
    });
    count
}
