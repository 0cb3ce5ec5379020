//! Abstract interpretation of the region tree over a type lattice, and
//! the rewrites it allows (DESIGN §4, "Optimization").
//!
//! Every local and stack slot of every frame the region runs in has a
//! [`Fact`], one of:
//!
//! ```text
//!                          Unknown            maybe NULL (an unbound local)
//!                             |
//!                            Any              some value
//!        _______________/  / |  \  \_______________
//!       /      /     /    /  |   \    \     \       \
//!     Int  Float  Bool  None Str List Tuple Dict ... Null    exactly that type
//!      |     |      |     |                            |     (Int: fits 64 bits)
//!   Const  Const  Const Const        Func(v)     Class(v)    one immediate value;
//!                                                    |       a function of version v;
//!                                           Class(v, no dict) an instance whose class
//!                                                            has version v
//! ```
//!
//! Facts only move down: a guard that passed, a uop's known result type or
//! a constant refine what was known ([`Fact::refine`]); nothing moves a
//! fact up except a new value in the slot. The root (the loop head) starts
//! with everything Unknown (the back edge brings values from any
//! iteration); a fork's other side starts with its parent's facts at the
//! fork. The types are Python's exact built-in types, which a value never
//! leaves (no `__class__` assignment on them), so escaping code does not
//! weaken a fact. `Class` and `Func` facts are different: a class may
//! change (a new version), an instance may change class or grow a
//! `__dict__`, a function may get new code or defaults (a new version), but
//! only in code that escapes (every uop flagged `ESCAPES`, except a call
//! the region follows, whose callee's uops say for themselves). Each of
//! those changes is told to the watcher as a change of the version the
//! fact names (an instance leaving its class tells its class's version),
//! so a `Class` or `Func` fact outlives an escape when the region depends
//! on that version ([`Dep::ClassVersion`]: the executor is invalid after
//! the change, and the validity check after the escaping uop leaves it);
//! the dependency is taken when a guard goes on a fact that outlived an
//! escape. Having no `__dict__` does not outlive one, except where the
//! version says that no instance of the class has one (a version with
//! `types::NO_INSTANCE_DICTS`: the first `__dict__` made changes it), which
//! a passed `GUARD_TYPE_VERSION` then shows too. So a passed
//! `GUARD_TYPE_VERSION` or `GUARD_FUNCTION_VERSION` makes the same guard
//! on the same value redundant, and a passed `GUARD_INSTANCE_NO_DICT` does
//! until the next escape. A global function the trace treats as a
//! constant (`LOAD_CONST_INLINE`, whose oparg is its version) starts as a
//! `Func` fact. A followed call's frame starts with its arguments' facts.
//!
//! Rewrites (a removed uop becomes `NOP`):
//! * a guard whose fact is known to hold goes (an argument count guard
//!   too, when the stack shows whether `self` is NULL);
//! * a branch guard on a known bool goes (with the value's producer, or
//!   as a `POP_TOP`);
//! * `LOAD_FAST` of a local known to hold a constant becomes `LOAD_IMMEDIATE`;
//! * `+ - *` and comparisons of constant ints, and `+ - *` of constant
//!   floats, fold into a `LOAD_IMMEDIATE` of the result (its operands'
//!   loads go);
//! * a pure value nobody uses (a load, a constant, a NULL) goes with the
//!   `POP_TOP` that drops it.
//!
//! A producer is only removed when nothing else read its slot: any uop
//! other than the one removing it that reads the slot (a guard kept, a
//! `COPY`) marks it used.

use stitch_bytecode::{BinOp, CmpOp, Uop, flags};
use stitch_runtime::value::tag;

use crate::arena::Dep;
use crate::inst::Inst;
use crate::optimize::Removed;

/// Python's exact built-in types a fact can name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Ty {
    /// An int that fits in 64 bits (not a bool).
    Int,
    Float,
    Bool,
    None,
    Str,
    List,
    Tuple,
    Dict,
    /// A set or a frozenset.
    Set,
    RangeIter,
    /// What `GUARD_ITER_LIST` accepts: a list iterator (or an exhausted one).
    ListIter,
    TupleIter,
    /// The empty value (a call's "no self").
    Null,
}

/// An immediate constant: None, a bool, a small int or a float, as the
/// runtime's tag and payload.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Imm {
    pub tag: u64,
    pub payload: u64,
}

impl Imm {
    pub fn int(i: i64) -> Imm {
        Imm {
            tag: tag::INT,
            payload: i as u64,
        }
    }
    pub fn float(f: f64) -> Imm {
        Imm {
            tag: tag::FLOAT,
            payload: f.to_bits(),
        }
    }
    pub fn bool(b: bool) -> Imm {
        Imm {
            tag: tag::BOOL,
            payload: b as u64,
        }
    }
    pub fn ty(self) -> Ty {
        match self.tag {
            tag::INT => Ty::Int,
            tag::FLOAT => Ty::Float,
            tag::BOOL => Ty::Bool,
            _ => Ty::None,
        }
    }
    fn as_int(self) -> Option<i64> {
        (self.tag == tag::INT).then_some(self.payload as i64)
    }
    fn as_float(self) -> Option<f64> {
        (self.tag == tag::FLOAT).then_some(f64::from_bits(self.payload))
    }
    fn as_bool(self) -> Option<bool> {
        (self.tag == tag::BOOL).then_some(self.payload != 0)
    }
}

/// What is known about a value.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Fact {
    Unknown,
    Any,
    Type(Ty),
    Const(Imm),
    /// An instance whose class had version `.0` when a guard checked it
    /// (since the last escape); `.1`: its attributes are in its slots
    /// (`GUARD_INSTANCE_NO_DICT` passed).
    Class(u32, bool),
    /// A function whose version is `.0` (since the last escape: a guard
    /// checked it, or it is a global's value the trace treats as constant).
    Func(u32),
}

impl Fact {
    /// The exact type, if known.
    pub fn ty(self) -> Option<Ty> {
        match self {
            Fact::Type(t) => Some(t),
            Fact::Const(c) => Some(c.ty()),
            _ => None,
        }
    }
    /// Is `self` at or below `other` (at least as much is known)?
    pub fn at_or_below(self, other: Fact) -> bool {
        match other {
            Fact::Unknown => true,
            Fact::Any => self != Fact::Unknown,
            Fact::Type(t) => self.ty() == Some(t),
            Fact::Const(c) => self == Fact::Const(c),
            Fact::Class(v, no_dict) => {
                matches!(self, Fact::Class(w, nd) if w == v && (nd || !no_dict))
            }
            Fact::Func(v) => self == Fact::Func(v),
        }
    }
    /// What escaping code leaves of the fact (the versions named stay
    /// right while the region depends on them: see the module docs).
    fn after_escape(self) -> Fact {
        match self {
            Fact::Class(v, _) => Fact::Class(v, no_instance_dicts(v)),
            f => f,
        }
    }
    /// The version a `Class` or `Func` fact names.
    fn version(self) -> Option<u32> {
        match self {
            Fact::Class(v, _) | Fact::Func(v) => Some(v),
            _ => None,
        }
    }
    /// What is known when both `self` and `other` hold: the lower of two
    /// facts on one chain. Facts on different chains contradict (the path
    /// cannot run on: a guard that always fails); the newer one is kept.
    pub fn refine(self, other: Fact) -> Fact {
        // (`other` when it is the lower, and when the two contradict.)
        if self.at_or_below(other) { self } else { other }
    }
    /// The fact for a value known to be bound (read from a local).
    fn bound(self) -> Fact {
        if self == Fact::Unknown {
            Fact::Any
        } else {
            self
        }
    }
}

/// A stack slot: its fact, and the uop that pushed it if that uop can be
/// removed together with the slot's one consumer (a pure load nobody
/// else read).
#[derive(Clone, Copy, Debug)]
struct Slot {
    fact: Fact,
    src: Option<usize>,
    /// The local it was loaded from, and that local's store count then:
    /// while the local holds the same value, what a guard learns about the
    /// slot holds for the local too.
    local: Option<(u32, u32)>,
    /// For a method `LOAD_METHOD_CACHED` loaded through a class it knew:
    /// that class's version and the method's index in the class's cache.
    method: Option<(u32, u64)>,
}

const UNKNOWN: Slot = Slot {
    fact: Fact::Unknown,
    src: None,
    local: None,
    method: None,
};

/// One frame's locals and stack, as far as the region sees them (the
/// stack below what the region pushed is Unknown).
#[derive(Clone, Default)]
struct FrameFacts {
    locals: Vec<Fact>,
    /// Stores into each local so far (see `Slot::local`).
    stores: Vec<u32>,
    stack: Vec<Slot>,
    /// Caller slots a return from this frame replaces (a plain call's
    /// result lands on top; an operator method's replaces its two operands).
    ret_pops: usize,
    /// Does the caller get the returned value itself (a plain call)?
    plain: bool,
}

impl FrameFacts {
    fn local(&self, i: u32) -> Fact {
        self.locals
            .get(i as usize)
            .copied()
            .unwrap_or(Fact::Unknown)
    }
    fn set_local(&mut self, i: u32, f: Fact) {
        let i = i as usize;
        if self.locals.len() <= i {
            self.locals.resize(i + 1, Fact::Unknown);
        }
        self.locals[i] = f;
    }
    /// A new value goes into local `i`.
    fn store_local(&mut self, i: u32, f: Fact) {
        self.set_local(i, f);
        let i = i as usize;
        if self.stores.len() <= i {
            self.stores.resize(i + 1, 0);
        }
        self.stores[i] += 1;
    }
    fn stores_of(&self, i: u32) -> u32 {
        self.stores.get(i as usize).copied().unwrap_or(0)
    }
    /// The slot `depth` from the top is known to satisfy `fact`: so is the
    /// local it was loaded from, if that still holds the same value.
    fn refine_slot(&mut self, depth: usize, fact: Fact) {
        let Some(s) = self.peek_mut(depth) else {
            return;
        };
        s.fact = s.fact.refine(fact);
        let (new, local) = (s.fact, s.local);
        if let Some((i, n)) = local {
            if self.stores_of(i) == n {
                let old = self.local(i);
                self.set_local(i, old.refine(new));
            }
        }
    }
    fn pop(&mut self) -> Slot {
        self.stack.pop().unwrap_or(UNKNOWN)
    }
    fn push(&mut self, fact: Fact, src: Option<usize>) {
        self.stack.push(Slot {
            fact,
            src,
            local: None,
            method: None,
        });
    }
    /// The n-th slot from the top (1-based), if the region pushed it.
    fn peek_mut(&mut self, n: usize) -> Option<&mut Slot> {
        let len = self.stack.len();
        (n >= 1 && n <= len).then(|| &mut self.stack[len - n])
    }
    fn peek(&self, n: usize) -> Fact {
        let len = self.stack.len();
        if n >= 1 && n <= len {
            self.stack[len - n].fact
        } else {
            Fact::Unknown
        }
    }
    /// The top `n` slots are read by a uop that stays: their producers are used.
    fn mark_used(&mut self, n: usize) {
        let len = self.stack.len();
        for s in &mut self.stack[len.saturating_sub(n)..] {
            s.src = None;
        }
    }
}

/// The facts along one path.
#[derive(Clone)]
struct State {
    frames: Vec<FrameFacts>,
    /// Versions named by facts the path holds only while the region
    /// depends on them (facts that outlived an escape, methods known
    /// from `methods`): a guard that goes on one takes the dependency.
    unpinned: Vec<u32>,
    /// Methods whose function a passed `GUARD_FUNCTION_VERSION` showed on
    /// this path: (class version, cache index) and the function's version.
    /// While the class has that version its cache index names the same
    /// function, so the same method loaded again is that function.
    methods: Vec<((u32, u64), u32)>,
}

impl State {
    /// Code that escapes ran: weaken what it may have changed.
    fn escaped(&mut self) {
        for f in &mut self.frames {
            let facts = f
                .locals
                .iter_mut()
                .chain(f.stack.iter_mut().map(|s| &mut s.fact));
            for fact in facts {
                if let Some(v) = fact.version() {
                    unpin(&mut self.unpinned, v);
                }
                *fact = fact.after_escape();
            }
        }
    }
    /// A guard on a fact naming version `v` went: if the fact holds only
    /// while the region depends on `v`, it does.
    fn relied_on(&self, v: u32, deps: &mut Vec<Dep>) {
        let dep = Dep::ClassVersion(v);
        if self.unpinned.contains(&v) && !deps.contains(&dep) {
            deps.push(dep);
        }
    }
    fn top(&mut self) -> &mut FrameFacts {
        if self.frames.is_empty() {
            self.frames.push(FrameFacts::default());
        }
        let n = self.frames.len();
        &mut self.frames[n - 1]
    }
}

/// Are the objects of a class with version `v` all instances that keep
/// their attributes in slots, none with a `__dict__`? (A version of a
/// class says so when it has `types::NO_INSTANCE_DICTS`.)
fn no_instance_dicts(v: u32) -> bool {
    v & stitch_runtime::types::NO_INSTANCE_DICTS != 0
}

/// Facts naming version `v` hold on only while the region depends on it
/// (see `State::unpinned`).
fn unpin(unpinned: &mut Vec<u32>, v: u32) {
    if !unpinned.contains(&v) {
        unpinned.push(v);
    }
}

/// Run the pass over the tree in `insts` (rooted at 0); returns what the
/// executors will depend on.
pub fn run(insts: &mut [Inst], removed: &mut Removed) -> Vec<Dep> {
    let mut work = vec![(
        0usize,
        State {
            frames: vec![FrameFacts::default()],
            unpinned: Vec::new(),
            methods: Vec::new(),
        },
    )];
    let mut deps = Vec::new();
    while let Some((start, mut st)) = work.pop() {
        let mut i = start;
        while i < insts.len() {
            let inst = insts[i];
            if inst.is_terminal() {
                break;
            }
            let bound_load = step(insts, i, &mut st, removed, &mut deps);
            // A call the region follows runs its callee's uops next, which
            // say themselves whether they escape.
            let followed = insts.get(i + 1).is_some_and(|n| n.uop == Uop::PUSH_FRAME);
            if insts[i].uop != Uop::NOP && insts[i].flags() & flags::ESCAPES != 0 && !followed {
                st.escaped();
            }
            if !bound_load && can_leave(&insts[i]) {
                // Tier 1 (or the other side of a fork) takes over with
                // every value on the stacks: their producers must stay.
                for f in &mut st.frames {
                    let n = f.stack.len();
                    f.mark_used(n);
                }
            }
            // A fork's other side starts with the facts here.
            let now = insts[i];
            if now.link != 0 && inst.link != 0 && now.uop == inst.uop {
                work.push((now.link as usize, st.clone()));
            }
            i += 1;
        }
    }
    deps
}

/// Can uop `i` leave the trace (an exit, a deoptimization, an error, a
/// call tier 1 runs) or hand the path to a fork's other side?
fn can_leave(i: &Inst) -> bool {
    i.uop != Uop::NOP
        && (i.flags() & (flags::EXIT | flags::DEOPT | flags::JUMP | flags::ERROR | flags::ESCAPES)
            != 0
            || i.link != 0)
}

/// The type a passing guard proves of the slot it checks, and that
/// slot's depth (1: TOS).
fn guard_fact(u: Uop) -> Option<(usize, Ty)> {
    Some(match u {
        Uop::GUARD_TOS_INT => (1, Ty::Int),
        Uop::GUARD_NOS_INT => (2, Ty::Int),
        Uop::GUARD_TOS_FLOAT => (1, Ty::Float),
        Uop::GUARD_NOS_FLOAT => (2, Ty::Float),
        Uop::GUARD_TOS_BOOL => (1, Ty::Bool),
        Uop::GUARD_TOS_NONE => (1, Ty::None),
        Uop::GUARD_TOS_STR => (1, Ty::Str),
        Uop::GUARD_NOS_STR => (2, Ty::Str),
        Uop::GUARD_TOS_LIST => (1, Ty::List),
        Uop::GUARD_NOS_LIST => (2, Ty::List),
        Uop::GUARD_TOS_TUPLE => (1, Ty::Tuple),
        Uop::GUARD_NOS_TUPLE => (2, Ty::Tuple),
        Uop::GUARD_TOS_DICT => (1, Ty::Dict),
        Uop::GUARD_NOS_DICT => (2, Ty::Dict),
        Uop::GUARD_TOS_SET => (1, Ty::Set),
        Uop::GUARD_ITER_RANGE => (1, Ty::RangeIter),
        Uop::GUARD_ITER_LIST => (1, Ty::ListIter),
        Uop::GUARD_ITER_TUPLE => (1, Ty::TupleIter),
        _ => return None,
    })
}

/// The type of the value uop `i` pushes (on top), when it always has one.
fn result_type(i: &Inst) -> Option<Ty> {
    use Uop::*;
    Some(match i.uop {
        BINARY_OP_ADD_INT | BINARY_OP_SUBTRACT_INT | BINARY_OP_MULTIPLY_INT | CALL_LEN => Ty::Int,
        BINARY_OP_INT => {
            let op = BinOp::from_u32(i.oparg)?.base();
            match op {
                BinOp::And | BinOp::Or | BinOp::Xor | BinOp::RShift | BinOp::Remainder => Ty::Int,
                BinOp::TrueDivide => Ty::Float,
                _ => return None,
            }
        }
        BINARY_OP_ADD_FLOAT | BINARY_OP_SUBTRACT_FLOAT | BINARY_OP_MULTIPLY_FLOAT => Ty::Float,
        BINARY_OP_FLOAT => {
            let op = BinOp::from_u32(i.oparg)?.base();
            match op {
                BinOp::Add
                | BinOp::Subtract
                | BinOp::Multiply
                | BinOp::TrueDivide
                | BinOp::FloorDivide
                | BinOp::Remainder => Ty::Float,
                _ => return None,
            }
        }
        BINARY_OP_ADD_STR | BUILD_STRING => Ty::Str,
        COMPARE_OP_INT | COMPARE_OP_FLOAT | COMPARE_OP_MIXED | COMPARE_OP_STR | IS_OP
        | CONTAINS_OP | CONTAINS_OP_DICT | CONTAINS_OP_SET | CONTAINS_OP_LIST
        | CONTAINS_OP_TUPLE | TO_BOOL | TO_BOOL_INT | TO_BOOL_NONE | TO_BOOL_STR | TO_BOOL_LIST
        | TO_BOOL_ALWAYS_TRUE | TO_BOOL_FLOAT | TO_BOOL_NONE_OR_TRUE | UNARY_NOT
        | CALL_ISINSTANCE => Ty::Bool,
        BUILD_LIST => Ty::List,
        BUILD_TUPLE | LIST_TO_TUPLE => Ty::Tuple,
        BUILD_MAP | BUILD_CONST_KEY_MAP => Ty::Dict,
        BUILD_SET => Ty::Set,
        PUSH_NULL => Ty::Null,
        _ => return None,
    })
}

/// Remove uop `i` (a `NOP` keeps its instruction count for linearization).
fn remove(insts: &mut [Inst], i: usize) {
    insts[i].uop = Uop::NOP;
    insts[i].link = 0;
}

/// Replace uop `i` by a `LOAD_IMMEDIATE` of `c`.
fn make_immediate(insts: &mut [Inst], i: usize, c: Imm) {
    let old = insts[i];
    insts[i] = Inst::new(Uop::LOAD_IMMEDIATE, c.tag as u32, c.payload, old.at);
    insts[i].count = old.count;
}

/// Fold the binary uop at `i` on constants `a` and `b`.
fn fold(u: &Inst, a: Imm, b: Imm) -> Option<Imm> {
    use Uop::*;
    match u.uop {
        BINARY_OP_ADD_INT => a.as_int()?.checked_add(b.as_int()?).map(Imm::int),
        BINARY_OP_SUBTRACT_INT => a.as_int()?.checked_sub(b.as_int()?).map(Imm::int),
        BINARY_OP_MULTIPLY_INT => a.as_int()?.checked_mul(b.as_int()?).map(Imm::int),
        BINARY_OP_ADD_FLOAT => Some(Imm::float(a.as_float()? + b.as_float()?)),
        BINARY_OP_SUBTRACT_FLOAT => Some(Imm::float(a.as_float()? - b.as_float()?)),
        BINARY_OP_MULTIPLY_FLOAT => Some(Imm::float(a.as_float()? * b.as_float()?)),
        COMPARE_OP_INT => {
            let (x, y) = (a.as_int()?, b.as_int()?);
            Some(Imm::bool(match CmpOp::from_u32(u.oparg)? {
                CmpOp::Lt => x < y,
                CmpOp::Le => x <= y,
                CmpOp::Eq => x == y,
                CmpOp::Ne => x != y,
                CmpOp::Gt => x > y,
                CmpOp::Ge => x >= y,
            }))
        }
        _ => None,
    }
}

/// Apply uop `i` to the facts, rewriting it (and uops before it) where the
/// facts allow. Returns whether it is a load of a local known to be bound
/// (which cannot raise, though its flags say it may).
fn step(
    insts: &mut [Inst],
    i: usize,
    st: &mut State,
    removed: &mut Removed,
    deps: &mut Vec<Dep>,
) -> bool {
    let inst = insts[i];
    let f = st.top();
    match inst.uop {
        Uop::NOP | Uop::SET_IP | Uop::CHECK_VALIDITY => {}
        Uop::LOAD_IMMEDIATE => {
            let c = Imm {
                tag: inst.oparg as u64,
                payload: inst.operand,
            };
            f.push(Fact::Const(c), Some(i));
        }
        Uop::LOAD_FAST => {
            let fact = f.local(inst.oparg);
            if let Fact::Const(c) = fact {
                make_immediate(insts, i, c);
                removed.folded += 1;
            }
            // A load of a bound local cannot fail: it is pure.
            let src = (fact != Fact::Unknown).then_some(i);
            f.push(fact.bound(), src);
            f.set_local(inst.oparg, fact.bound());
            let stores = f.stores_of(inst.oparg);
            if let Some(s) = f.peek_mut(1) {
                s.local = Some((inst.oparg, stores));
            }
            return src.is_some();
        }
        Uop::STORE_FAST => {
            let s = f.pop();
            f.store_local(inst.oparg, s.fact.bound());
        }
        Uop::DELETE_FAST | Uop::MAKE_CELL => f.store_local(inst.oparg, Fact::Unknown),
        Uop::COPY_FREE_VARS => {
            f.locals.clear();
            for n in f.stores.iter_mut() {
                *n += 1;
            }
        }
        Uop::POP_TOP => {
            let s = f.pop();
            if let Some(p) = s.src {
                remove(insts, p);
                remove(insts, i);
                removed.dead += 2;
            }
        }
        Uop::COPY => {
            let n = inst.oparg as usize;
            let fact = f.peek(n);
            let mut local = None;
            if let Some(s) = f.peek_mut(n) {
                s.src = None;
                local = s.local;
            }
            f.push(fact, None);
            if let Some(s) = f.peek_mut(1) {
                s.local = local;
            }
        }
        Uop::SWAP => {
            let n = inst.oparg as usize;
            let len = f.stack.len();
            if n >= 2 && n <= len {
                f.stack.swap(len - 1, len - n);
            } else {
                // The other slot is below what the region knows.
                f.mark_used(1);
                if let Some(top) = f.peek_mut(1) {
                    top.fact = Fact::Unknown;
                }
            }
        }
        Uop::GUARD_IS_TRUE_POP
        | Uop::GUARD_IS_FALSE_POP
        | Uop::GUARD_IS_NONE_POP
        | Uop::GUARD_IS_NOT_NONE_POP => {
            let s = f.pop();
            let holds = match (inst.uop, s.fact) {
                (Uop::GUARD_IS_TRUE_POP, Fact::Const(c)) => c.as_bool(),
                (Uop::GUARD_IS_FALSE_POP, Fact::Const(c)) => c.as_bool().map(|b| !b),
                (Uop::GUARD_IS_NONE_POP, fact) => fact.ty().map(|t| t == Ty::None),
                (Uop::GUARD_IS_NOT_NONE_POP, fact) => fact.ty().map(|t| t != Ty::None),
                _ => None,
            };
            if holds == Some(true) {
                // The path always goes this way: no test, no fork.
                match s.src {
                    Some(p) => {
                        remove(insts, p);
                        remove(insts, i);
                    }
                    None => {
                        insts[i].uop = Uop::POP_TOP;
                        insts[i].link = 0;
                    }
                }
                removed.guards += 1;
            }
        }
        // The call before it pushed the callee's facts (see `generic`).
        Uop::PUSH_FRAME => {}
        // A yield from a generator frame the trace pushed leaves its
        // caller as a return does (the generator stays on its stack).
        Uop::POP_FRAME | Uop::YIELD_TO_CALLER => {
            let v = f.pop();
            let callee = st.frames.pop().unwrap_or_default();
            let caller = st.top();
            for _ in 0..callee.ret_pops {
                caller.pop();
            }
            let fact = if callee.plain {
                v.fact.bound()
            } else {
                Fact::Any
            };
            caller.push(fact, None);
        }
        // (obj -- meth obj): obj stays what it was. A method of a class
        // the path knew is the function a guard showed it to be (if one
        // did: see `State::methods`), while that function keeps its
        // version (it may have got new code since the guard: the region
        // depends on it, as on a fact that outlived an escape).
        Uop::LOAD_METHOD_CACHED | Uop::LOAD_METHOD_WITH_VALUES_POLY => {
            let mut obj = f.pop();
            obj.src = None;
            let method = match obj.fact {
                Fact::Class(v, _) if inst.uop == Uop::LOAD_METHOD_CACHED => Some((v, inst.operand)),
                _ => None,
            };
            let known = method.and_then(|m| st.methods.iter().find(|(k, _)| *k == m));
            let fact = match known {
                Some(&(_, fv)) => {
                    unpin(&mut st.unpinned, fv);
                    Fact::Func(fv)
                }
                None => Fact::Any,
            };
            let f = st.top();
            f.push(fact, None);
            if let Some(s) = f.peek_mut(1) {
                s.method = method;
            }
            f.stack.push(obj);
        }
        // (method NULL args -- func self args): the arguments stay.
        Uop::EXPAND_BOUND_METHOD => {
            let n = inst.oparg as usize;
            let len = f.stack.len();
            if len >= n + 2 {
                f.stack[len - n - 2] = UNKNOWN;
                f.stack[len - n - 1] = Slot {
                    fact: Fact::Any,
                    ..UNKNOWN
                };
            } else {
                generic(insts, i, st);
            }
        }
        // (obj NULL args -- func obj args): the object, what it was, is self.
        Uop::EXPAND_CALLABLE_INSTANCE => {
            let n = inst.oparg as usize;
            let len = f.stack.len();
            if len >= n + 2 {
                let mut obj = f.stack[len - n - 2];
                obj.src = None;
                f.stack[len - n - 1] = obj;
                f.stack[len - n - 2] = UNKNOWN;
            } else {
                generic(insts, i, st);
            }
        }
        Uop::LOAD_CONST_INLINE => {
            let fact = if inst.oparg != 0 {
                Fact::Func(inst.oparg)
            } else {
                Fact::Any
            };
            f.push(fact, Some(i));
        }
        // (func self_or_null args -- same): func has version operand.
        Uop::GUARD_FUNCTION_VERSION => {
            let depth = inst.oparg as usize + 2;
            let v = inst.operand as u32;
            let method = f.peek_mut(depth).and_then(|s| s.method);
            if guard_slot(insts, i, f, removed, depth, Fact::Func(v)) {
                st.relied_on(v, deps);
            } else if let Some(m) = method {
                st.methods.retain(|(k, _)| *k != m);
                st.methods.push((m, v));
            }
        }
        // The arguments (self too, when not NULL) number operand.
        Uop::GUARD_CALL_NARGS => {
            let argc = inst.oparg as usize;
            let n = match f.peek(argc + 1) {
                Fact::Type(Ty::Null) => Some(argc),
                Fact::Unknown => None,
                _ => Some(argc + 1),
            };
            let holds = n == Some(inst.operand as usize);
            settle_guard(insts, i, f, removed, holds, argc + 2);
        }
        Uop::GUARD_TYPE_VERSION => {
            let v = inst.operand as u32;
            let want = Fact::Class(v, no_instance_dicts(v));
            if guard_slot(insts, i, f, removed, 1, want) {
                st.relied_on(v, deps);
            }
        }
        // Both hold where a passed `GUARD_INSTANCE_NO_DICT` (or a version
        // saying no instance has a `__dict__`) showed it; past an escape
        // only the version shows it, so the region then depends on it.
        // `GUARD_NO_INSTANCE_ATTR` without a slot to check (the class's
        // key table does not have the name: see
        // `specialize::attr::shadow_slot`) only checks that the value is
        // an instance.
        Uop::GUARD_INSTANCE_NO_DICT | Uop::GUARD_NO_INSTANCE_ATTR
            if inst.uop == Uop::GUARD_INSTANCE_NO_DICT
                || inst.operand as u32 == stitch_runtime::uops::NO_SLOT =>
        {
            let fact = f.peek(1);
            let holds = matches!(fact, Fact::Class(_, true));
            if settle_guard(insts, i, f, removed, holds, 1) {
                if let Some(v) = fact.version() {
                    st.relied_on(v, deps);
                }
            } else if let (Uop::GUARD_INSTANCE_NO_DICT, Fact::Class(v, false)) = (inst.uop, fact) {
                f.refine_slot(1, Fact::Class(v, true));
            }
        }
        _ => {
            if let Some((depth, ty)) = guard_fact(inst.uop) {
                guard_slot(insts, i, f, removed, depth, Fact::Type(ty));
                return false;
            }
            if inst.uop == Uop::GUARD_BOTH_NUMBER {
                let num = |x: Fact| matches!(x.ty(), Some(Ty::Int | Ty::Float));
                let holds = num(f.peek(1)) && num(f.peek(2));
                settle_guard(insts, i, f, removed, holds, 2);
                return false;
            }
            // Folding a binary uop on two constants nobody else read.
            if let (Some(a), Some(b)) = (f.peek_mut(2).copied(), f.peek_mut(1).copied()) {
                if let (Fact::Const(x), Fact::Const(y), Some(pa), Some(pb)) =
                    (a.fact, b.fact, a.src, b.src)
                {
                    if let Some(r) = fold(&inst, x, y) {
                        remove(insts, pa);
                        remove(insts, pb);
                        make_immediate(insts, i, r);
                        f.pop();
                        f.pop();
                        f.push(Fact::Const(r), Some(i));
                        removed.folded += 1;
                        return false;
                    }
                }
            }
            generic(insts, i, st);
        }
    }
    false
}

/// The guard at `i` checks that stack slot `depth` (1: TOS) satisfies
/// `want`: it goes if that is known (returns true), else the slot (and
/// the local it came from) knows it after the guard, which reads it.
fn guard_slot(
    insts: &mut [Inst],
    i: usize,
    f: &mut FrameFacts,
    removed: &mut Removed,
    depth: usize,
    want: Fact,
) -> bool {
    let holds = f.peek(depth).at_or_below(want);
    if !settle_guard(insts, i, f, removed, holds, depth) {
        f.refine_slot(depth, want);
    }
    holds
}

/// The guard at `i`, which reads the top `reads` stack slots, goes if it
/// is known to hold (returns whether it went); else it stays and reads them.
fn settle_guard(
    insts: &mut [Inst],
    i: usize,
    f: &mut FrameFacts,
    removed: &mut Removed,
    holds: bool,
    reads: usize,
) -> bool {
    if holds {
        remove(insts, i);
        removed.guards += 1;
    } else {
        f.mark_used(reads);
    }
    holds
}

/// What is known of the first locals of the frame that call `call` (a
/// uop the region follows) makes: its arguments' facts, where the stack
/// shows them (the locals after them are Unknown).
fn callee_locals(f: &FrameFacts, call: &Inst) -> Vec<Fact> {
    let argc = call.oparg as usize;
    let args = |n: usize| (1..=n).rev().map(|d| f.peek(d).bound()).collect::<Vec<_>>();
    match call.uop {
        // (func self_or_null args -- res): self is the first argument when there is one.
        Uop::CALL_PY_EXACT_ARGS | Uop::CALL_PY_WITH_DEFAULTS => match f.peek(argc + 1) {
            Fact::Type(Ty::Null) => args(argc),
            Fact::Unknown => Vec::new(),
            _ => args(argc + 1),
        },
        // (cls NULL args -- inst): the new instance, then the arguments.
        Uop::CALL_ALLOC_AND_ENTER_INIT => {
            let mut l = vec![Fact::Any];
            l.extend(args(argc));
            l
        }
        // (lhs rhs -- lhs rhs): the method's self and other.
        Uop::BINARY_OP_PY_DUNDER => args(2),
        _ => Vec::new(),
    }
}

/// Any other uop: pop its inputs, push results of the type it is known to
/// make (else Unknown); for a call the region follows into its frame, the
/// result comes at the return.
fn generic(insts: &[Inst], i: usize, st: &mut State) {
    let inst = insts[i];
    let info = inst.info();
    let (mut pops, mut pushes) = (
        (info.pop)(inst.oparg) as usize,
        (info.push)(inst.oparg) as usize,
    );
    let followed = insts.get(i + 1).is_some_and(|n| n.uop == Uop::PUSH_FRAME);
    let f = st.top();
    if inst.flags() & flags::GUARD != 0 && pops == pushes {
        // A guard this pass knows nothing about: it reads its slots.
        f.mark_used(pops);
        return;
    }
    let mut keep_iter = None;
    match inst.uop {
        // These read deeper slots but change only the ones on top.
        Uop::LIST_APPEND
        | Uop::SET_ADD
        | Uop::LIST_EXTEND
        | Uop::SET_UPDATE
        | Uop::DICT_UPDATE
        | Uop::DICT_MERGE => (pops, pushes) = (1, 0),
        Uop::MAP_ADD => (pops, pushes) = (2, 0),
        // The iterator stays below the next item.
        Uop::FOR_ITER
        | Uop::FOR_ITER_RANGE
        | Uop::FOR_ITER_LIST
        | Uop::FOR_ITER_TUPLE
        | Uop::FOR_ITER_ENUMERATE
        | Uop::FOR_ITER_ZIP => {
            keep_iter = Some(f.peek(1));
            (pops, pushes) = (1, 2);
        }
        _ => {}
    }
    if followed {
        // The callee's frame comes next; what it returns replaces the
        // call's inputs then (an operator method keeps its operands on
        // the stack while it runs).
        let (at_call, at_return, plain) = match inst.uop {
            Uop::BINARY_OP_PY_DUNDER => (0, 2, false),
            Uop::CALL_ALLOC_AND_ENTER_INIT => (pops, 0, false),
            // A generator resumed: it stays below what it yields.
            Uop::FOR_ITER_GEN => (0, 0, false),
            _ => (pops, 0, true),
        };
        let locals = callee_locals(f, &inst);
        for _ in 0..at_call {
            f.pop();
        }
        f.mark_used(at_return);
        // The callee's frame (PUSH_FRAME, next, changes nothing more).
        st.frames.push(FrameFacts {
            locals,
            ret_pops: at_return,
            plain,
            ..FrameFacts::default()
        });
        return;
    }
    for _ in 0..pops {
        f.pop();
    }
    let made = if inst.flags() & flags::TIER2 != 0 {
        None
    } else {
        result_type(&inst)
    };
    for n in 0..pushes {
        let fact = match (keep_iter, n) {
            (Some(it), 0) => it.bound(),
            _ if n + 1 == pushes => made.map_or(Fact::Unknown, Fact::Type),
            _ => Fact::Unknown,
        };
        let fact = if inst.uop == Uop::FOR_ITER_RANGE && n == 1 {
            Fact::Type(Ty::Int)
        } else {
            fact
        };
        let src = (inst.uop == Uop::PUSH_NULL).then_some(i);
        f.push(fact, src);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Fact; 6] = [
        Fact::Unknown,
        Fact::Any,
        Fact::Type(Ty::Int),
        Fact::Type(Ty::Float),
        Fact::Const(Imm {
            tag: tag::INT,
            payload: 3,
        }),
        Fact::Const(Imm {
            tag: tag::FLOAT,
            payload: 0,
        }),
    ];

    #[test]
    fn unknown_is_the_top_and_constants_the_bottom() {
        for f in ALL {
            assert!(f.at_or_below(Fact::Unknown));
            assert!(f == Fact::Unknown || f.at_or_below(Fact::Any));
        }
        let three = Fact::Const(Imm::int(3));
        assert!(three.at_or_below(Fact::Type(Ty::Int)));
        assert!(!three.at_or_below(Fact::Type(Ty::Float)));
        assert!(!Fact::Type(Ty::Int).at_or_below(three));
        assert!(!Fact::Any.at_or_below(Fact::Type(Ty::Int)));
    }

    #[test]
    fn refining_only_moves_down() {
        for a in ALL {
            for b in ALL {
                let r = a.refine(b);
                // The result is one of the two and below whichever it can be.
                assert!(r == a || r == b);
                if a.at_or_below(b) || b.at_or_below(a) {
                    assert!(r.at_or_below(a) && r.at_or_below(b), "{a:?} {b:?} -> {r:?}");
                }
            }
        }
        assert_eq!(
            Fact::Unknown.refine(Fact::Type(Ty::Int)),
            Fact::Type(Ty::Int)
        );
        assert_eq!(
            Fact::Const(Imm::int(1)).refine(Fact::Type(Ty::Int)),
            Fact::Const(Imm::int(1))
        );
    }

    #[test]
    fn class_facts_sit_under_any_and_escapes_keep_only_their_version() {
        let (v, v_slots) = (Fact::Class(7, false), Fact::Class(7, true));
        assert!(v_slots.at_or_below(v) && !v.at_or_below(v_slots));
        assert!(v.at_or_below(Fact::Any) && !Fact::Any.at_or_below(v));
        assert!(!Fact::Class(8, true).at_or_below(v));
        assert!(!v.at_or_below(Fact::Type(Ty::Int)) && v.ty().is_none());
        assert_eq!(Fact::Any.refine(v).refine(v_slots), v_slots);
        // The version outlives an escape (the region then depends on it);
        // having no __dict__ does not, unless the version says that no
        // instance of its class has one.
        assert_eq!(v_slots.after_escape(), v);
        let bit = stitch_runtime::types::NO_INSTANCE_DICTS;
        assert_eq!(
            Fact::Class(7 | bit, true).after_escape(),
            Fact::Class(7 | bit, true)
        );
        assert_eq!(
            Fact::Class(7 | bit, false).after_escape(),
            Fact::Class(7 | bit, true)
        );
        assert_eq!(Fact::Func(9).after_escape(), Fact::Func(9));
        assert_eq!((v.version(), Fact::Func(9).version()), (Some(7), Some(9)));
        assert_eq!(Fact::Type(Ty::Int).after_escape(), Fact::Type(Ty::Int));
    }

    /// The dependencies `run` returns for the region in `text`.
    fn deps_of(text: &str) -> Vec<Dep> {
        let mut insts = crate::text::parse(text).expect("parses");
        run(&mut insts, &mut Removed::default())
    }

    #[test]
    fn a_guard_gone_on_a_fact_that_outlived_an_escape_is_a_dependency() {
        let before = "LOAD_FAST 0 @2\nGUARD_TYPE_VERSION #804 @4\nPOP_TOP @6\n";
        let again = "LOAD_FAST 0 @8\nGUARD_TYPE_VERSION #804 @10\nPOP_TOP @12\n";
        let escape = "LOAD_FAST 1 @14\nLOAD_FAST 1 @15\nBINARY_OP 0 @16 +1\nPOP_TOP @18\n";
        let end = "JUMP_TO_TOP 2 @2 +1\n";
        // No escape between the guards: nothing to depend on.
        assert_eq!(deps_of(&format!("{before}{again}{end}")), vec![]);
        // An escape between them: the second guard goes on the class's version.
        assert_eq!(
            deps_of(&format!("{before}{escape}{again}{end}")),
            vec![Dep::ClassVersion(804)]
        );
        // An escape after both: the version was not relied on across it.
        assert_eq!(deps_of(&format!("{before}{again}{escape}{end}")), vec![]);
    }

    #[test]
    fn a_no_dict_guard_gone_on_a_version_across_an_escape_is_a_dependency() {
        let v = 804 | stitch_runtime::types::NO_INSTANCE_DICTS;
        let guard = format!("LOAD_FAST 0 @2\nGUARD_TYPE_VERSION #{v} @4\nPOP_TOP @6\n");
        let escape = "LOAD_FAST 1 @14\nLOAD_FAST 1 @15\nBINARY_OP 0 @16 +1\nPOP_TOP @18\n";
        let no_dict = "LOAD_FAST 0 @20\nGUARD_INSTANCE_NO_DICT @22\nPOP_TOP @24\n";
        let end = "JUMP_TO_TOP 2 @2 +1\n";
        assert_eq!(deps_of(&format!("{guard}{no_dict}{end}")), vec![]);
        assert_eq!(
            deps_of(&format!("{guard}{escape}{no_dict}{end}")),
            vec![Dep::ClassVersion(v)]
        );
        // Without the bit the guard stays, and nothing is relied on.
        let plain = guard.replace(&v.to_string(), "804");
        assert_eq!(deps_of(&format!("{plain}{escape}{no_dict}{end}")), vec![]);
    }

    #[test]
    fn constants_know_their_type() {
        assert_eq!(Fact::Const(Imm::float(1.5)).ty(), Some(Ty::Float));
        assert_eq!(Fact::Const(Imm::bool(true)).ty(), Some(Ty::Bool));
        assert_eq!(Fact::Any.ty(), None);
        assert_eq!(Fact::Unknown.bound(), Fact::Any);
    }
}
