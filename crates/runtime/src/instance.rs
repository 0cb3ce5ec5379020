//! The payload of instances of Python-defined classes (and of built-in
//! exception classes).
//!
//! Attributes live in `slots`, laid out by the class's shared key table
//! (see `types.rs`); a NULL slot means "not set". When code asks for
//! `__dict__`, or the class's key table is full, the attributes move into
//! a real dict object kept in `dict`, and the slots are no longer used:
//! they are emptied (but for `__slots__` members, which stay in theirs),
//! and stores go to the dict while it exists. Specialized attribute loads
//! rely on that: a slot found empty deoptimizes them, so they need not
//! check for a dict (stores and method loads, which must not miss an
//! entry of the dict, do).
//! Instances of subclasses of built-in types keep the built-in value they
//! extend in `base`.
//!
//! # Unsafe
//! The attribute loads tier 1 specializes read `slots` and `dict` through
//! the cells' pointers, checking no borrow flag (two tests of every
//! specialized attribute load). That is sound because no mutable borrow
//! of either is live while anything else runs: every `borrow_mut` of them
//! grows, moves values out or in, and ends before a replaced value is
//! dropped (a drop may run `__del__`, which may read the instance); and
//! the reference a load gets lives only until a value is cloned out.
//! Specialized stores write a slot through the pointer the same way: the
//! shared borrows of `slots` elsewhere only clone or visit values and end
//! before any Python code runs, so none is live while a handler runs.

use std::cell::RefCell;

use crate::value::Value;

/// One frame's entry in a traceback.
#[derive(Clone)]
pub struct TbEntry {
    /// The code object (a `CodeRt` value).
    pub code: Value,
    pub line: u32,
    /// The frame's globals (for "Did you mean" suggestions of NameErrors).
    pub globals: Value,
}

/// What every exception instance carries.
pub struct ExcData {
    pub args: Value,
    /// Innermost frame first (the order entries are added while unwinding).
    pub traceback: Vec<TbEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
}

pub enum Base {
    /// A plain object.
    None,
    /// The built-in value a subclass of int/float/str/tuple/list/dict/set/... extends.
    Value(Value),
    /// An exception (boxed: its data is large, and plain instances
    /// live inline in their object).
    Exc(Box<RefCell<ExcData>>),
}

pub struct Instance {
    pub slots: RefCell<Vec<Value>>,
    /// The materialized `__dict__` (a dict object), or NULL.
    pub dict: RefCell<Value>,
    pub base: Base,
}

impl Instance {
    pub fn new(base: Base) -> Instance {
        Instance {
            slots: RefCell::new(Vec::new()),
            dict: RefCell::new(Value::NULL),
            base,
        }
    }
    /// Slot `i`'s value (a new reference), if it is set and the slots are
    /// not being changed.
    #[inline(always)]
    pub fn slot(&self, i: usize) -> Option<Value> {
        self.slots_unguarded()
            .get(i)
            .filter(|v| !v.is_null())
            .cloned()
    }
    /// The slots, read without a borrow flag: the caller clones or tests
    /// what it needs at once, before any other code runs.
    #[inline(always)]
    fn slots_unguarded(&self) -> &[Value] {
        // SAFETY: see the module's unsafe notes: no mutable borrow is live.
        unsafe { &*self.slots.as_ptr() }
    }
    /// Slot `i` to store into, without a borrow flag: the caller replaces
    /// the value and drops the old one only after the reference is gone.
    #[inline(always)]
    pub fn slot_mut_unguarded(&self, i: usize) -> Option<&mut Value> {
        // SAFETY: see the module's unsafe notes: no borrow of the slots,
        // shared or mutable, is live while a handler runs.
        unsafe { &mut *self.slots.as_ptr() }.get_mut(i)
    }
    /// Is slot `i` set (or are the slots being changed)? Like
    /// `slot(i).is_some()` without counting a reference.
    #[inline(always)]
    pub fn has_slot(&self, i: usize) -> bool {
        self.slots_unguarded().get(i).is_some_and(|v| !v.is_null())
    }
    /// Does the instance keep its attributes in its slots (no `__dict__`
    /// object made, and none being made)?
    #[inline(always)]
    pub fn has_no_dict(&self) -> bool {
        // SAFETY: see the module's unsafe notes: no mutable borrow is
        // live, and the value is only tested.
        unsafe { &*self.dict.as_ptr() }.is_null()
    }
    pub fn exc(&self) -> Option<&RefCell<ExcData>> {
        match &self.base {
            Base::Exc(e) => Some(e),
            _ => None,
        }
    }
    pub fn base_value(&self) -> Option<&Value> {
        match &self.base {
            Base::Value(v) => Some(v),
            _ => None,
        }
    }
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(s) = self.slots.try_borrow() {
            s.iter().for_each(&mut *visit);
        }
        if let Ok(d) = self.dict.try_borrow() {
            visit(&d);
        }
        match &self.base {
            Base::None => {}
            Base::Value(v) => visit(v),
            Base::Exc(e) => {
                if let Ok(e) = e.try_borrow() {
                    visit(&e.args);
                    visit(&e.cause);
                    visit(&e.context);
                    e.traceback.iter().for_each(|t| {
                        visit(&t.code);
                        visit(&t.globals)
                    });
                }
            }
        }
    }
    pub fn clear_refs(&self, out: &mut Vec<Value>) {
        if let Ok(mut s) = self.slots.try_borrow_mut() {
            out.append(&mut s);
        }
        if let Ok(mut d) = self.dict.try_borrow_mut() {
            out.push(d.take());
        }
        if let Base::Exc(e) = &self.base {
            if let Ok(mut e) = e.try_borrow_mut() {
                out.push(e.args.take());
                out.push(e.cause.take());
                out.push(e.context.take());
            }
        }
    }
}
