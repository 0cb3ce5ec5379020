//! State of the built-in iterators (sequence, range, dict and set
//! iterators, enumerate, zip, map, filter, reversed, callable-sentinel).
//!
//! # Unsafe
//! The specialized `FOR_ITER`s over lists, tuples and ranges read a
//! sequence or range iterator's state ([`seq_iter_over`], [`is_range`])
//! and advance it ([`seq_next`], [`range_next_small`]) through the
//! cell's pointer: they test only that it is not borrowed
//! mutably (a read; taking a borrow writes the flag twice, and the next
//! loop iteration waits on those writes). No shared borrow of a state
//! lives while other code runs (readers copy out what they need), and
//! nothing here runs code while holding the reference: cloning an item
//! out only counts it.

use std::cell::RefCell;

use crate::object::ObjKind;
use crate::value::Value;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

/// What an awaitable iterator drives (see coro.rs).
#[derive(Clone)]
pub enum AwaitOp {
    /// `coroutine.__await__()`: every step goes straight to the coroutine.
    Wrapper,
    /// `agen.asend(v)` (and `agen.__anext__()`, with v = None).
    ASend(Value),
    /// `agen.athrow(exc)`.
    AThrow(Value),
    /// `agen.aclose()`.
    AClose,
}

/// Where an awaitable iterator is in its life.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AwaitPhase {
    Init,
    Running,
    Done,
}

pub enum IterState {
    /// Over a list, tuple, str or bytes by index.
    Seq {
        seq: Value,
        idx: usize,
    },
    /// Over a range: the next value, the remaining count and the step.
    Range {
        next: i128,
        left: i128,
        step: i128,
    },
    /// Over a dict: slot position, and the size seen at creation (to detect changes).
    Dict {
        dict: Value,
        pos: usize,
        used: usize,
        kind: DictIterKind,
    },
    /// Over a set: slot position and the size seen at creation.
    Set {
        set: Value,
        pos: usize,
        used: usize,
    },
    /// `reversed()` over a sequence: the next index to yield, counting down.
    Reversed {
        seq: Value,
        next: isize,
    },
    /// `enumerate(it, start)`: the next count, and the last result tuple
    /// (NULL before the first), refilled in place when nothing else holds it.
    Enumerate {
        it: Value,
        count: Value,
        result: Value,
    },
    /// `zip(*its)`, and its last result tuple (as for `Enumerate`).
    Zip {
        its: Vec<Value>,
        strict: bool,
        result: Value,
    },
    Map {
        f: Value,
        its: Vec<Value>,
    },
    Filter {
        f: Value,
        it: Value,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        f: Value,
        sentinel: Value,
    },
    /// Old-style iteration through `__getitem__` with 0, 1, 2, ...
    GetItem {
        obj: Value,
        idx: i64,
    },
    /// An awaitable over a coroutine or async generator (`__await__()`,
    /// `asend()`, `athrow()`, `aclose()`, `__anext__()`).
    Await {
        target: Value,
        op: AwaitOp,
        phase: AwaitPhase,
    },
    Exhausted,
}

impl IterState {
    /// One step of a range iterator: its next value, or None once it is
    /// done (or if this is not a range iterator).
    #[inline(always)]
    pub fn range_step(&mut self) -> Option<i128> {
        match self {
            IterState::Range { next, left, step } if *left > 0 => {
                let v = *next;
                *next = next.wrapping_add(*step);
                *left -= 1;
                Some(v)
            }
            _ => None,
        }
    }
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        match self {
            IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => visit(seq),
            IterState::Range { .. } | IterState::Exhausted => {}
            IterState::Dict { dict, .. } => visit(dict),
            IterState::Set { set, .. } => visit(set),
            IterState::Enumerate { it, count, result } => {
                visit(it);
                visit(count);
                visit(result)
            }
            IterState::Zip { its, result, .. } => {
                its.iter().for_each(&mut *visit);
                visit(result)
            }
            IterState::Map { f, its } => {
                visit(f);
                its.iter().for_each(visit)
            }
            IterState::Filter { f, it } => {
                visit(f);
                visit(it)
            }
            IterState::Callable { f, sentinel } => {
                visit(f);
                visit(sentinel)
            }
            IterState::GetItem { obj, .. } => visit(obj),
            IterState::Await { target, op, .. } => {
                visit(target);
                if let AwaitOp::ASend(v) | AwaitOp::AThrow(v) = op {
                    visit(v)
                }
            }
        }
    }
    /// Move every referenced value into `out`.
    pub fn take_refs(self, out: &mut Vec<Value>) {
        match self {
            IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => out.push(seq),
            IterState::Range { .. } | IterState::Exhausted => {}
            IterState::Dict { dict, .. } => out.push(dict),
            IterState::Set { set, .. } => out.push(set),
            IterState::Enumerate { it, count, result } => out.extend([it, count, result]),
            IterState::Zip { its, result, .. } => {
                out.extend(its);
                out.push(result)
            }
            IterState::Map { f, its } => {
                out.push(f);
                out.extend(its)
            }
            IterState::Filter { f, it } => out.extend([f, it]),
            IterState::Callable { f, sentinel } => out.extend([f, sentinel]),
            IterState::GetItem { obj, .. } => out.push(obj),
            IterState::Await { target, op, .. } => {
                out.push(target);
                if let AwaitOp::ASend(v) | AwaitOp::AThrow(v) = op {
                    out.push(v)
                }
            }
        }
    }
}

/// Is `state` a sequence iterator over an object `is_kind` accepts, or an
/// exhausted iterator (the guard of the specialized `FOR_ITER`s)? False
/// while the state is borrowed mutably.
#[inline(always)]
pub fn seq_iter_over(state: &RefCell<IterState>, is_kind: fn(&ObjKind) -> bool) -> bool {
    // SAFETY: see the module's notes; the reference ends in this function.
    match unsafe { state.try_borrow_unguarded() } {
        Ok(IterState::Seq { seq, .. }) => seq.as_obj().is_some_and(|o| is_kind(&o.kind)),
        Ok(IterState::Exhausted) => true,
        _ => false,
    }
}

/// How a sequence iterator reads its sequence's items (see [`seq_next`]):
/// item `i`, cloned out, if the sequence is of its kind and has one. It
/// must run no code.
pub trait SeqItems {
    fn item(kind: &ObjKind, i: usize) -> Option<Value>;
}

/// The next item of the sequence iterator `state`, read from its sequence
/// as `I` reads items, advancing the iterator; None when the sequence
/// ends, for another state, or while the state is borrowed mutably. (A
/// trait, not a closure: a loop step's handler called the closure out of
/// line.)
#[inline(always)]
pub fn seq_next<I: SeqItems>(state: &RefCell<IterState>) -> Option<Value> {
    // SAFETY: see the module's notes: not borrowed mutably (tested), no
    // shared borrow lives while a handler runs, and `I::item` runs no
    // code; the reference ends in this function.
    unsafe { state.try_borrow_unguarded() }.ok()?;
    let IterState::Seq { seq, idx } = (unsafe { &mut *state.as_ptr() }) else {
        return None;
    };
    let item = I::item(&seq.as_obj()?.kind, *idx)?;
    *idx += 1;
    Some(item)
}

/// Is `state` a range iterator (false while it is borrowed mutably)?
#[inline(always)]
pub fn is_range(state: &RefCell<IterState>) -> bool {
    // SAFETY: see the module's notes; the reference ends in this function.
    matches!(
        unsafe { state.try_borrow_unguarded() },
        Ok(IterState::Range { .. })
    )
}

/// What [`range_next_small`] found.
pub enum RangeNext {
    /// The next value, a small int; the iterator advanced past it.
    Item(i64),
    /// The range is done.
    Done,
    /// The next value is past the small-int range, the state is not a
    /// range's, or it is borrowed mutably: nothing changed.
    Other,
}

/// The next value of the range iterator `state`, advancing it, when that
/// value is a small int (the specialized `FOR_ITER` over a range).
#[inline(always)]
pub fn range_next_small(state: &RefCell<IterState>) -> RangeNext {
    // SAFETY: see the module's notes: not borrowed mutably (tested), no
    // shared borrow lives while a handler runs, and nothing here runs
    // code; the reference ends in this function.
    if unsafe { state.try_borrow_unguarded() }.is_err() {
        return RangeNext::Other;
    }
    let s = unsafe { &mut *state.as_ptr() };
    let IterState::Range { next, left, .. } = s else {
        return RangeNext::Other;
    };
    if *left <= 0 {
        return RangeNext::Done;
    }
    if i64::try_from(*next).is_err() {
        return RangeNext::Other;
    }
    match s.range_step() {
        Some(v) => RangeNext::Item(v as i64),
        None => RangeNext::Done,
    }
}
