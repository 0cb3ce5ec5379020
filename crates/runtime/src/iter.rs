//! State of the built-in iterators (sequence, range, dict and set
//! iterators, enumerate, zip, map, filter, reversed, callable-sentinel).

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
