//! The instruction and micro-op tables: the one place where every
//! instruction and every uop is declared.
//!
//! A **uop** is declared with its operand kind, its stack effect (pops and
//! pushes as functions of the oparg), its flags and one doc line. An
//! **instruction** is declared with its number of inline cache entries and
//! the sequence of uops it executes. From these two tables the macros below
//! derive the `Uop` and `Opcode` enums, their names, metadata and the
//! instruction expansions; tier 1, the tier-2 projector, the optimizer and
//! the native back end all read the same declarations.
//!
//! Stack notation in the docs: `(in1 in2 -- out1 out2)`, top of stack last.
//! `PEEK(n)` is the n-th value from the top, 1-based. `NULL` is the empty
//! value (it is never visible to Python code).
//!
//! Encoding: a [`CodeUnit`] is 32 bits, the opcode in the low 8 bits and the
//! oparg in the high 24. Jump targets are absolute code-unit offsets. An
//! instruction is followed by `cache` code units of inline cache, which the
//! compiler reserves and the interpreter owns.

/// Maximum oparg representable in a code unit (24 bits).
pub const MAX_OPARG: u32 = (1 << 24) - 1;

/// One 32-bit code unit: opcode in the low byte, oparg in the high 24 bits.
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct CodeUnit(pub u32);

impl CodeUnit {
    #[inline(always)]
    pub fn new(op: Opcode, arg: u32) -> CodeUnit {
        debug_assert!(arg <= MAX_OPARG);
        CodeUnit((op as u32) | (arg << 8))
    }
    #[inline(always)]
    pub fn op_byte(self) -> u8 {
        self.0 as u8
    }
    #[inline(always)]
    pub fn op(self) -> Opcode {
        Opcode::from_u8(self.0 as u8).unwrap_or(Opcode::NOP)
    }
    /// Code units taken by this instruction and its inline cache.
    #[inline(always)]
    pub fn width(self) -> u32 {
        1 + CACHE_ENTRIES[(self.0 as u8) as usize] as u32
    }
    #[inline(always)]
    pub fn arg(self) -> u32 {
        self.0 >> 8
    }
}

/// What an oparg means; used by the disassembler and verifier.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ArgKind {
    /// The oparg is unused (always 0).
    None,
    /// A plain number (a count, a flag set, a stack position).
    Num,
    /// Index into `consts`.
    Const,
    /// Index into `names`.
    Name,
    /// Index into the local slots (`localsplus`).
    Local,
    /// Absolute code-unit offset of a jump target.
    Jump,
    /// A [`BinOp`] number.
    BinOp,
    /// A [`CmpOp`] number.
    Compare,
}

/// Uop flags. Read by the optimizer and the projector.
pub mod flags {
    /// May leave the trace through a guard that can fail (linkable exit).
    pub const EXIT: u16 = 1 << 0;
    /// May deoptimize (return to tier 1 unconditionally at this point).
    pub const DEOPT: u16 = 1 << 1;
    /// No side effects; the result depends only on the inputs.
    pub const PURE: u16 = 1 << 2;
    /// Can run arbitrary Python code (calls, dunder methods, finalizers run
    /// at a safepoint). Dropping a value is not escaping: a decrement never
    /// runs Python code (`__del__` runs deferred, at safepoints).
    pub const ESCAPES: u16 = 1 << 3;
    /// Can raise an exception.
    pub const ERROR: u16 = 1 << 4;
    /// Transfers control (jump, branch, return, yield).
    pub const JUMP: u16 = 1 << 5;
    /// Ends the basic block unconditionally (return, raise, unconditional jump).
    pub const TERMINAL: u16 = 1 << 6;
    /// Checks the eval breaker.
    pub const BREAKER: u16 = 1 << 7;
    /// Tier-1 bookkeeping only (adaptive counters, specialization): the
    /// projector drops it.
    pub const TIER1: u16 = 1 << 8;
    /// A guard: checks a fact about its inputs and leaves the stack
    /// untouched; when the fact does not hold the instruction deoptimizes
    /// (tier 1 runs the generic form; tier 2 exits).
    pub const GUARD: u16 = 1 << 9;
    /// The second half of a superinstruction: performs the instruction
    /// that follows (left in place, so jumps to it still work) and steps
    /// past it. Tier 2 never sees it: it lowers a superinstruction as the
    /// uops before this one (its base when this is the only one) and the
    /// next instruction as itself.
    pub const NEXT: u16 = 1 << 10;
    /// Only in tier-2 traces: the projector emits it and the tier-2
    /// back ends give it its meaning (control between traces, frames and
    /// exits); tier 1 never runs it.
    pub const TIER2: u16 = 1 << 11;
}

/// Static description of a uop.
pub struct UopInfo {
    pub name: &'static str,
    pub arg: ArgKind,
    /// Values popped, as a function of the oparg.
    pub pop: fn(u32) -> u32,
    /// Values pushed on fall-through, as a function of the oparg.
    pub push: fn(u32) -> u32,
    /// Net stack change when the uop jumps, where that differs from falling through.
    pub jump_delta: Option<fn(u32) -> i32>,
    pub flags: u16,
    /// The inline-cache slice read as the operand (see [`Uop::cache_slice`]).
    pub cache: (u32, u32),
    pub doc: &'static str,
}

impl UopInfo {
    /// Net stack effect on fall-through.
    pub fn delta(&self, oparg: u32) -> i32 {
        (self.push)(oparg) as i32 - (self.pop)(oparg) as i32
    }
}

/// Static description of an instruction.
pub struct OpInfo {
    pub name: &'static str,
    /// Inline cache code units that follow the instruction.
    pub cache: u32,
    /// The uops this instruction executes, in order.
    pub uops: &'static [Uop],
    pub doc: &'static str,
}

macro_rules! define_uops {
    ($(
        $(#[doc = $doc:literal])+
        $name:ident { arg: $arg:ident, pop: $pop:expr, push: $push:expr $(, jump: $jump:expr)?, flags: $flags:expr $(, cache: ($coff:expr, $clen:expr))? }
    )*) => {
        /// A micro-op. Declared once in [`UOPS`]'s table.
        #[allow(non_camel_case_types)]
        #[repr(u8)]
        #[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
        pub enum Uop { $($name,)* }

        /// Metadata of every uop, indexed by `Uop as usize`.
        pub static UOPS: &[UopInfo] = &[$(
            UopInfo {
                name: stringify!($name),
                arg: ArgKind::$arg,
                pop: $pop,
                push: $push,
                jump_delta: define_uops!(@jump $($jump)?),
                flags: $flags,
                cache: define_uops!(@cache $(($coff, $clen))?),
                doc: concat!($($doc),+),
            },
        )*];

        impl Uop {
            pub const ALL: &'static [Uop] = &[$(Uop::$name,)*];

            /// The slice of its instruction's inline cache this uop reads as
            /// its operand: (offset after the instruction, code units).
            #[inline(always)]
            pub const fn cache_slice(self) -> (u32, u32) {
                match self {
                    $(Uop::$name => define_uops!(@cache $(($coff, $clen))?),)*
                }
            }

            /// Its [`flags`] (as [`UopInfo::flags`], usable in constants).
            /// A table lookup: a `match`, inlined into a test of one flag,
            /// can compile to a jump table, an indirect jump where a load
            /// would do.
            #[inline(always)]
            pub const fn flags(self) -> u16 {
                const FLAGS: [u16; [$(Uop::$name,)*].len()] = [$($flags,)*];
                FLAGS[self as usize]
            }
        }
    };
    (@jump) => { None };
    (@jump $e:expr) => { Some($e) };
    (@cache) => { (0, 0) };
    (@cache ($o:expr, $l:expr)) => { ($o, $l) };
}

macro_rules! define_ops {
    ($(
        $(#[doc = $doc:literal])+
        $name:ident { $(base: $base:ident,)? cache: $cache:expr, uops: [$($uop:ident),*] }
    )*) => {
        /// A tier-1 instruction. Declared once in [`OPS`]'s table.
        #[allow(non_camel_case_types)]
        #[repr(u8)]
        #[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
        pub enum Opcode { $($name,)* }

        /// Metadata of every instruction, indexed by `Opcode as usize`.
        pub static OPS: &[OpInfo] = &[$(
            OpInfo {
                name: stringify!($name),
                cache: $cache,
                uops: &[$(Uop::$uop),*],
                doc: concat!($($doc),+),
            },
        )*];

        impl Opcode {
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name,)*];

            /// The generic instruction a specialized form falls back to
            /// (itself for generic instructions).
            #[inline(always)]
            pub const fn base(self) -> Opcode {
                match self {
                    $(Opcode::$name => define_ops!(@base $name $($base)?),)*
                }
            }
        }

        /// Inline cache units per opcode byte (0 for unused bytes), for the
        /// interpreter's instruction fetch.
        static CACHE_ENTRIES: [u8; 256] = {
            let mut t = [0u8; 256];
            let caches = [$($cache),*];
            let mut i = 0;
            while i < caches.len() {
                t[i] = caches[i];
                i += 1;
            }
            t
        };
    };
    (@base $name:ident) => { Opcode::$name };
    (@base $name:ident $base:ident) => { Opcode::$base };
}

use flags::*;

/// Shorthand stack-effect functions.
const fn n0(_: u32) -> u32 {
    0
}
const fn n1(_: u32) -> u32 {
    1
}
const fn n2(_: u32) -> u32 {
    2
}
const fn n3(_: u32) -> u32 {
    3
}
const fn n4(_: u32) -> u32 {
    4
}
const fn narg(a: u32) -> u32 {
    a
}

/// The uop table, handed to a callback macro: `define_uops!` here derives
/// `Uop` and its metadata from it, and the runtime derives the table of
/// uop bodies the tier-2 interpreter calls from the same list.
#[macro_export]
macro_rules! uop_table {
    ($cb:ident) => { $cb! {
    /// Do nothing.
    NOP { arg: None, pop: n0, push: n0, flags: 0 }
    /// `(--)` Count down the adaptive counter in cache unit 0; at zero, rewrite this instruction into the specialized form its operands call for, or back off exponentially.
    SPECIALIZE { arg: None, pop: n0, push: n0, flags: TIER1, cache: (0, 1) }
    /// `(--)` Loop back edge replaced by an executor: checks the eval breaker, then runs executor `oparg` of the code object's executor table (it starts at the loop head).
    ENTER_EXECUTOR { arg: Num, pop: n0, push: n0, flags: JUMP | TERMINAL | BREAKER | ESCAPES | ERROR }
    /// `(v --)` Discard the top of stack.
    POP_TOP { arg: None, pop: n1, push: n0, flags: PURE }
    /// `(-- NULL)` Push the empty value (the "no self" marker of a call).
    PUSH_NULL { arg: None, pop: n0, push: n1, flags: PURE }
    /// `(-- NULL)` Superinstruction half: the `PUSH_NULL` that follows, then skip it.
    PUSH_NULL_NEXT { arg: None, pop: n0, push: n1, flags: PURE | NEXT | TIER1 }
    /// `(... v -- ... v v)` Push a copy of PEEK(oparg) (oparg >= 1).
    COPY { arg: Num, pop: |a| a, push: |a| a + 1, flags: PURE }
    /// `(... a ... b -- ... b ... a)` Swap the top with PEEK(oparg) (oparg >= 2).
    SWAP { arg: Num, pop: |a| a, push: |a| a, flags: PURE }
    /// `(-- v)` Push `consts[oparg]`.
    LOAD_CONST { arg: Const, pop: n0, push: n1, flags: PURE }
    /// `(-- v)` Push local slot oparg; UnboundLocalError if it is empty.
    LOAD_FAST { arg: Local, pop: n0, push: n1, flags: ERROR }
    /// `(v --)` Store into local slot oparg.
    STORE_FAST { arg: Local, pop: n1, push: n0, flags: 0 }
    /// `(-- v)` Superinstruction half: LOAD_FAST of the next instruction's oparg, then skip it.
    LOAD_FAST_NEXT { arg: None, pop: n0, push: n1, flags: ERROR | NEXT | TIER1 }
    /// `(-- v)` Superinstruction half: LOAD_CONST of the next instruction's oparg, then skip it.
    LOAD_CONST_NEXT { arg: None, pop: n0, push: n1, flags: PURE | NEXT | TIER1 }
    /// `(v -- w)` Superinstruction: STORE_FAST oparg, then LOAD_FAST of the next instruction's oparg, then skip it. The value the store replaced is dropped last, so that freeing it is the handler's last call.
    STORE_FAST_LOAD_FAST_NEXT { arg: Local, pop: n1, push: n1, flags: ERROR | ESCAPES | NEXT | TIER1 }
    /// `(v2 v1 --)` Superinstruction: STORE_FAST oparg, then STORE_FAST to the next instruction's oparg, then skip it. Both values replaced are dropped last.
    STORE_FAST_STORE_FAST_NEXT { arg: Local, pop: n2, push: n0, flags: ESCAPES | NEXT | TIER1 }
    /// `(bool --)` The `POP_JUMP_IF_FALSE` or `POP_JUMP_IF_TRUE` that follows a comparison or truth test, on the bool it pushed: record the direction in that jump's branch history and go where it says.
    POP_JUMP_IF_NEXT { arg: None, pop: n1, push: n0, flags: JUMP | NEXT | TIER1 }
    /// `(--)` Empty local slot oparg; UnboundLocalError if already empty.
    DELETE_FAST { arg: Local, pop: n0, push: n0, flags: ERROR }
    /// `(--)` Replace local slot oparg with a new cell holding its value (or empty).
    MAKE_CELL { arg: Local, pop: n0, push: n0, flags: 0 }
    /// `(--)` Copy the function's closure tuple into the last oparg slots (free variables).
    COPY_FREE_VARS { arg: Num, pop: n0, push: n0, flags: 0 }
    /// `(-- v)` Push the contents of the cell in slot oparg; NameError/UnboundLocalError if empty.
    LOAD_DEREF { arg: Local, pop: n0, push: n1, flags: ERROR }
    /// `(v --)` Store into the cell in slot oparg.
    STORE_DEREF { arg: Local, pop: n1, push: n0, flags: 0 }
    /// `(--)` Empty the cell in slot oparg; error if already empty.
    DELETE_DEREF { arg: Local, pop: n0, push: n0, flags: ERROR }
    /// `(-- cell)` Push the cell object in slot oparg itself (to build a closure).
    LOAD_CLOSURE { arg: Local, pop: n0, push: n1, flags: PURE }
    /// `(-- v)` In a class body: look the slot's name up in the class namespace, else load the cell.
    LOAD_CLASSDEREF { arg: Local, pop: n0, push: n1, flags: ERROR | ESCAPES }
    /// `(-- v)` Look `names[oparg]` up in locals, globals, then builtins; NameError if absent.
    LOAD_NAME { arg: Name, pop: n0, push: n1, flags: ERROR | ESCAPES }
    /// `(v --)` Store `names[oparg]` in the frame's locals mapping.
    STORE_NAME { arg: Name, pop: n1, push: n0, flags: ERROR | ESCAPES }
    /// `(--)` Delete `names[oparg]` from the frame's locals mapping; NameError if absent.
    DELETE_NAME { arg: Name, pop: n0, push: n0, flags: ERROR | ESCAPES }
    /// `(-- v)` Look `names[oparg]` up in globals, then builtins; NameError if absent.
    LOAD_GLOBAL { arg: Name, pop: n0, push: n1, flags: ERROR | ESCAPES }
    /// `(v --)` Store `names[oparg]` in globals.
    STORE_GLOBAL { arg: Name, pop: n1, push: n0, flags: ESCAPES }
    /// `(--)` Delete `names[oparg]` from globals; NameError if absent.
    DELETE_GLOBAL { arg: Name, pop: n0, push: n0, flags: ERROR | ESCAPES }
    /// `(obj -- v)` Push `getattr(obj, names[oparg])`.
    LOAD_ATTR { arg: Name, pop: n1, push: n1, flags: ERROR | ESCAPES }
    /// `(obj -- meth obj)` if `names[oparg]` is a plain function found on the type (an unbound method), else `(obj -- attr NULL)`.
    LOAD_METHOD { arg: Name, pop: n1, push: n2, flags: ERROR | ESCAPES }
    /// `(v obj --)` `obj.names[oparg] = v`.
    STORE_ATTR { arg: Name, pop: n2, push: n0, flags: ERROR | ESCAPES }
    /// `(obj --)` `del obj.names[oparg]`.
    DELETE_ATTR { arg: Name, pop: n1, push: n0, flags: ERROR | ESCAPES }
    /// `(container key -- v)` `container[key]`.
    BINARY_SUBSCR { arg: None, pop: n2, push: n1, flags: ERROR | ESCAPES }
    /// `(v container key --)` `container[key] = v`.
    STORE_SUBSCR { arg: None, pop: n3, push: n0, flags: ERROR | ESCAPES }
    /// `(container key --)` `del container[key]`.
    DELETE_SUBSCR { arg: None, pop: n2, push: n0, flags: ERROR | ESCAPES }
    /// `(start stop -- slice)` if oparg == 2, `(start stop step -- slice)` if oparg == 3.
    BUILD_SLICE { arg: Num, pop: |a| a, push: n1, flags: PURE }
    /// `(lhs rhs -- res)` Binary operator `BinOp(oparg)` (in-place forms try `__iop__` first).
    BINARY_OP { arg: BinOp, pop: n2, push: n1, flags: ERROR | ESCAPES }
    /// `(v -- -v)`
    UNARY_NEGATIVE { arg: None, pop: n1, push: n1, flags: ERROR | ESCAPES }
    /// `(v -- +v)`
    UNARY_POSITIVE { arg: None, pop: n1, push: n1, flags: ERROR | ESCAPES }
    /// `(v -- ~v)`
    UNARY_INVERT { arg: None, pop: n1, push: n1, flags: ERROR | ESCAPES }
    /// `(v -- not v)`
    UNARY_NOT { arg: None, pop: n1, push: n1, flags: ERROR | ESCAPES }
    /// `(a b -- res)` Rich comparison `CmpOp(oparg)`.
    COMPARE_OP { arg: Compare, pop: n2, push: n1, flags: ERROR | ESCAPES }
    /// `(a b -- bool)` `a is b` (oparg 0) or `a is not b` (oparg 1).
    IS_OP { arg: Num, pop: n2, push: n1, flags: PURE }
    /// `(a b -- bool)` `a in b` (oparg 0) or `a not in b` (oparg 1).
    CONTAINS_OP { arg: Num, pop: n2, push: n1, flags: ERROR | ESCAPES }
    /// `(--)` Jump to oparg (no eval-breaker check: not a loop back edge).
    JUMP { arg: Jump, pop: n0, push: n0, flags: JUMP | TERMINAL }
    /// `(--)` Loop back edge to oparg: checks the eval breaker, counts hotness.
    JUMP_BACKWARD { arg: Jump, pop: n0, push: n0, flags: JUMP | TERMINAL | BREAKER | ESCAPES | ERROR, cache: (0, 1) }
    /// `(v --)` Jump to oparg if v is false; records the direction in the branch history (cache unit 0).
    POP_JUMP_IF_FALSE { arg: Jump, pop: n1, push: n0, flags: JUMP | ERROR | ESCAPES, cache: (0, 1) }
    /// `(v --)` Jump to oparg if v is true; records the direction in the branch history.
    POP_JUMP_IF_TRUE { arg: Jump, pop: n1, push: n0, flags: JUMP | ERROR | ESCAPES, cache: (0, 1) }
    /// `(v --)` Jump to oparg if v is None; records the direction in the branch history.
    POP_JUMP_IF_NONE { arg: Jump, pop: n1, push: n0, flags: JUMP, cache: (0, 1) }
    /// `(v --)` Jump to oparg if v is not None; records the direction in the branch history.
    POP_JUMP_IF_NOT_NONE { arg: Jump, pop: n1, push: n0, flags: JUMP, cache: (0, 1) }
    /// `(v -- v)` if v is false, jump to oparg keeping v; else `(v --)` and fall through.
    JUMP_IF_FALSE_OR_POP { arg: Jump, pop: n1, push: n0, jump: |_| 0, flags: JUMP | ERROR | ESCAPES }
    /// `(v -- v)` if v is true, jump to oparg keeping v; else `(v --)` and fall through.
    JUMP_IF_TRUE_OR_POP { arg: Jump, pop: n1, push: n0, jump: |_| 0, flags: JUMP | ERROR | ESCAPES }
    /// `(iterable -- iter)` `iter(iterable)`.
    GET_ITER { arg: None, pop: n1, push: n1, flags: ERROR | ESCAPES }
    /// `(iter -- iter next)`; when the iterator is exhausted, `(iter --)` and jump to oparg.
    FOR_ITER { arg: Jump, pop: n1, push: n2, jump: |_| -1, flags: JUMP | ERROR | ESCAPES }
    /// `(v --)` Return v from the current frame.
    RETURN_VALUE { arg: None, pop: n1, push: n0, flags: JUMP | TERMINAL | ESCAPES }
    /// `([defaults] [kwdefaults] [annotations] [closure] code -- func)` Make a function; oparg flags: 1 defaults tuple, 2 kwdefaults dict, 4 annotations dict, 8 closure tuple of cells (pushed in that order, code on top).
    MAKE_FUNCTION { arg: Num, pop: |a| 1 + (a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1), push: n1, flags: 0 }
    /// `(callable self_or_null args[oparg] -- res)` Call; a non-NULL self is prepended to the arguments.
    CALL { arg: Num, pop: |a| a + 2, push: n1, flags: ERROR | ESCAPES }
    /// `(callable self_or_null args[oparg] kwnames -- res)` Call; kwnames is a tuple of str naming the last len(kwnames) of the oparg arguments.
    CALL_KW { arg: Num, pop: |a| a + 3, push: n1, flags: ERROR | ESCAPES }
    /// `(callable self_or_null args [kwargs] -- res)` Call with the positional arguments in `args` (a tuple, or any iterable for a lone `*arg`) and, if oparg & 1, a dict of keyword arguments.
    CALL_FUNCTION_EX { arg: Num, pop: |a| 3 + (a & 1), push: n1, flags: ERROR | ESCAPES }
    /// `(items[oparg] -- tuple)`
    BUILD_TUPLE { arg: Num, pop: narg, push: n1, flags: PURE }
    /// `(items[oparg] -- list)`
    BUILD_LIST { arg: Num, pop: narg, push: n1, flags: PURE }
    /// `(items[oparg] -- set)`
    BUILD_SET { arg: Num, pop: narg, push: n1, flags: ERROR | ESCAPES }
    /// `(k1 v1 ... kn vn -- dict)` with n = oparg.
    BUILD_MAP { arg: Num, pop: |a| 2 * a, push: n1, flags: ERROR | ESCAPES }
    /// `(v1 ... vn keys -- dict)` with n = oparg; keys is a constant tuple.
    BUILD_CONST_KEY_MAP { arg: Num, pop: |a| a + 1, push: n1, flags: ERROR | ESCAPES }
    /// `(s1 ... sn -- str)` Concatenate oparg strings.
    BUILD_STRING { arg: Num, pop: narg, push: n1, flags: PURE }
    /// `(v --)` Append v to the list at PEEK(oparg) (counted after popping v).
    LIST_APPEND { arg: Num, pop: |a| a + 1, push: |a| a, flags: 0 }
    /// `(v --)` Add v to the set at PEEK(oparg) (counted after popping v).
    SET_ADD { arg: Num, pop: |a| a + 1, push: |a| a, flags: ERROR | ESCAPES }
    /// `(k v --)` Set dict[k] = v for the dict at PEEK(oparg) (counted after popping k and v).
    MAP_ADD { arg: Num, pop: |a| a + 2, push: |a| a, flags: ERROR | ESCAPES }
    /// `(iterable --)` Extend the list at PEEK(oparg) (counted after popping) with the iterable.
    LIST_EXTEND { arg: Num, pop: |a| a + 1, push: |a| a, flags: ERROR | ESCAPES }
    /// `(iterable --)` Update the set at PEEK(oparg) (counted after popping) with the iterable.
    SET_UPDATE { arg: Num, pop: |a| a + 1, push: |a| a, flags: ERROR | ESCAPES }
    /// `(mapping --)` Update the dict at PEEK(oparg) (counted after popping) with the mapping (`{**m}`).
    DICT_UPDATE { arg: Num, pop: |a| a + 1, push: |a| a, flags: ERROR | ESCAPES }
    /// `(mapping --)` Like DICT_UPDATE for `f(**m)`: duplicate keys are a TypeError naming the callable at PEEK(oparg + 3) (counted after popping).
    DICT_MERGE { arg: Num, pop: |a| a + 1, push: |a| a, flags: ERROR | ESCAPES }
    /// `(list -- tuple)`
    LIST_TO_TUPLE { arg: None, pop: n1, push: n1, flags: PURE }
    /// `(seq -- v_last ... v_first)` Unpack exactly oparg items, the first on top.
    UNPACK_SEQUENCE { arg: Num, pop: n1, push: narg, flags: ERROR | ESCAPES }
    /// `(seq -- ...)` Starred unpack: oparg = before | after << 8; pushes after items, a list, before items (first on top).
    UNPACK_EX { arg: Num, pop: n1, push: |a| (a & 0xff) + (a >> 8) + 1, flags: ERROR | ESCAPES }
    /// `(v [spec] -- str)` f-string field: oparg & 3 is the conversion (0 none, 1 str, 2 repr, 3 ascii); oparg & 4 means a spec string is on top.
    FORMAT_VALUE { arg: Num, pop: |a| 1 + ((a >> 2) & 1), push: n1, flags: ERROR | ESCAPES }
    /// `(args[oparg] --)` raise: 0 re-raises the exception being handled, 1 raises TOS, 2 raises PEEK(2) from TOS.
    RAISE_VARARGS { arg: Num, pop: narg, push: n0, flags: ERROR | ESCAPES | TERMINAL }
    /// `(exc -- prev_exc exc)` Enter an except block: save the exception being handled and make exc the handled one.
    PUSH_EXC_INFO { arg: None, pop: n1, push: n2, flags: 0 }
    /// `(prev_exc --)` Leave an except block: restore the previously handled exception.
    POP_EXCEPT { arg: None, pop: n1, push: n0, flags: 0 }
    /// `(exc --)` Re-raise exc without adding a traceback entry for this line.
    RERAISE { arg: None, pop: n1, push: n0, flags: ERROR | TERMINAL }
    /// `(exc type -- exc bool)` Does exc match the exception type or tuple of types?
    CHECK_EXC_MATCH { arg: None, pop: n2, push: n2, flags: ERROR }
    /// `(-- AssertionError)` Push the AssertionError class.
    LOAD_ASSERTION_ERROR { arg: None, pop: n0, push: n1, flags: PURE }
    /// `(mgr -- exit mgr enter_result)` Start a with block: push type(mgr).__exit__, mgr and the result of mgr.__enter__().
    BEFORE_WITH { arg: None, pop: n1, push: n3, flags: ERROR | ESCAPES }
    /// `(exit mgr prev_exc exc -- exit mgr prev_exc exc res)` Call exit(mgr, type(exc), exc, traceback).
    WITH_EXCEPT_START { arg: None, pop: n4, push: |_| 5, flags: ERROR | ESCAPES }
    /// `(v -- sent)` Suspend the generator, yielding v; resumes with the sent value on top.
    YIELD_VALUE { arg: None, pop: n1, push: n1, flags: ESCAPES }
    /// `(iterable -- iter)` `iter()` for `yield from` (generators and coroutines pass through).
    GET_YIELD_FROM_ITER { arg: None, pop: n1, push: n1, flags: ERROR | ESCAPES }
    /// `(receiver v -- receiver yielded)` Send v into receiver; when it returns, `(receiver v -- retval)` and jump to oparg.
    SEND { arg: Jump, pop: n2, push: n2, jump: |_| -1, flags: JUMP | ERROR | ESCAPES }
    /// `(level fromlist -- module)` `__import__(names[oparg], globals, None, fromlist, level)`.
    IMPORT_NAME { arg: Name, pop: n2, push: n1, flags: ERROR | ESCAPES }
    /// `(module -- module attr)` `from module import names[oparg]`.
    IMPORT_FROM { arg: Name, pop: n1, push: n2, flags: ERROR | ESCAPES }
    /// `(module --)` `from module import *` into the frame's locals mapping.
    IMPORT_STAR { arg: None, pop: n1, push: n0, flags: ERROR | ESCAPES }
    /// `(-- __build_class__)` Push the builtin that builds classes.
    LOAD_BUILD_CLASS { arg: None, pop: n0, push: n1, flags: ERROR }
    /// `(--)` Create `__annotations__` in the locals mapping if it is absent.
    SETUP_ANNOTATIONS { arg: None, pop: n0, push: n0, flags: ERROR | ESCAPES }
    /// `(v --)` Interactive mode: print repr(v) unless it is None, and bind it to `builtins._`.
    PRINT_EXPR { arg: None, pop: n1, push: n0, flags: ERROR | ESCAPES }
    /// `(obj -- obj len)` Push `len(obj)` (pattern matching).
    GET_LEN { arg: None, pop: n1, push: n2, flags: ERROR | ESCAPES }
    /// `(subject -- subject bool)` Is the subject a mapping for pattern matching (dict, or a class flagged by `collections.abc.Mapping`)?
    MATCH_MAPPING { arg: None, pop: n1, push: n2, flags: PURE }
    /// `(subject -- subject bool)` Is the subject a sequence for pattern matching (list, tuple, range, ... but not str/bytes/bytearray)?
    MATCH_SEQUENCE { arg: None, pop: n1, push: n2, flags: PURE }
    /// `(subject keys -- subject keys values)` Look every key of the tuple up in the mapping; values is a tuple, or None if one is missing.
    MATCH_KEYS { arg: None, pop: n2, push: n3, flags: ERROR | ESCAPES }
    /// `(v -- awaitable_iter)` The iterator `await v` drives: a coroutine itself, or what `v.__await__()` returns. oparg (0 plain, 1 after `__aenter__`, 2 after `__aexit__`) picks the error message.
    GET_AWAITABLE { arg: Num, pop: n1, push: n1, flags: ERROR | ESCAPES }
    /// `(obj -- aiter)` `type(obj).__aiter__(obj)` for `async for`.
    GET_AITER { arg: None, pop: n1, push: n1, flags: ERROR | ESCAPES }
    /// `(aiter -- aiter awaitable_iter)` The awaitable of `aiter.__anext__()`.
    GET_ANEXT { arg: None, pop: n1, push: n2, flags: ERROR | ESCAPES }
    /// `(aiter exc --)` Handler of an `async for`: StopAsyncIteration ends the loop (both popped); any other exception is re-raised.
    END_ASYNC_FOR { arg: None, pop: n2, push: n0, flags: ERROR }
    /// `(mgr -- aexit mgr aenter_result)` Start an `async with`: push type(mgr).__aexit__, mgr and mgr.__aenter__() (to be awaited).
    BEFORE_ASYNC_WITH { arg: None, pop: n1, push: n3, flags: ERROR | ESCAPES }
    /// `(v -- wrapped)` Mark a value yielded by an async generator (as opposed to one an `await` inside it passes through).
    ASYNC_GEN_WRAP { arg: None, pop: n1, push: n1, flags: PURE }
    /// `(subject cls names -- attrs)` Class pattern with oparg positional sub-patterns and the keyword attribute names: a tuple of the extracted attributes, or None if the subject does not match.
    MATCH_CLASS { arg: Num, pop: n3, push: n1, flags: ERROR | ESCAPES }

    // ---- Specialized forms: operators, subscripts, unpacking, iteration
    // (bodies in runtime/src/uops/spec_ops.rs, chosen by specialize/ops.rs).
    /// `(v -- v)` Guard: TOS is an int that fits in 64 bits (not a bool).
    GUARD_TOS_INT { arg: None, pop: n1, push: n1, flags: GUARD | EXIT | PURE }
    /// `(a b -- a b)` Guard: the second value (NOS) is a 64-bit int (not a bool).
    GUARD_NOS_INT { arg: None, pop: n2, push: n2, flags: GUARD | EXIT | PURE }
    /// `(v -- v)` Guard: TOS is a float.
    GUARD_TOS_FLOAT { arg: None, pop: n1, push: n1, flags: GUARD | EXIT | PURE }
    /// `(a b -- a b)` Guard: NOS is a float.
    GUARD_NOS_FLOAT { arg: None, pop: n2, push: n2, flags: GUARD | EXIT | PURE }
    /// `(a b -- a b)` Guard: NOS and TOS are each a 64-bit int (not a bool) or a float.
    GUARD_BOTH_NUMBER { arg: None, pop: n2, push: n2, flags: GUARD | EXIT | PURE }
    /// `(a b -- a b)` Guard: the type of NOS has version tag `operand` (cache unit 1).
    GUARD_NOS_TYPE_VERSION { arg: None, pop: n2, push: n2, flags: GUARD | EXIT | PURE, cache: (1, 1) }
    /// `(a b -- a b)` Guard: TOS is of NOS's type, or an int or float (so its reflected method never goes first).
    GUARD_TOS_SAME_TYPE_OR_NUMBER { arg: None, pop: n2, push: n2, flags: GUARD | EXIT | PURE }
    /// `(a b -- res)` Call the Python operator method of version `operand` (cache unit 2, guarded through a's class) with a and b: push its frame (a and b stay on the stack while it runs); when it returns, they are replaced by the result (NotImplemented goes on with b's reflected method, else TypeError).
    BINARY_OP_PY_DUNDER { arg: BinOp, pop: n2, push: n1, flags: ERROR | ESCAPES | BREAKER | DEOPT, cache: (2, 1) }
    /// `(v -- v)` Guard: TOS is exactly a str.
    GUARD_TOS_STR { arg: None, pop: n1, push: n1, flags: GUARD | EXIT | PURE }
    /// `(a b -- a b)` Guard: NOS is exactly a str.
    GUARD_NOS_STR { arg: None, pop: n2, push: n2, flags: GUARD | EXIT | PURE }
    /// `(a b -- a b)` Guard: NOS is exactly a list.
    GUARD_NOS_LIST { arg: None, pop: n2, push: n2, flags: GUARD | EXIT | PURE }
    /// `(a b -- a b)` Guard: NOS is exactly a tuple.
    GUARD_NOS_TUPLE { arg: None, pop: n2, push: n2, flags: GUARD | EXIT | PURE }
    /// `(a b -- a b)` Guard: NOS is exactly a dict.
    GUARD_NOS_DICT { arg: None, pop: n2, push: n2, flags: GUARD | EXIT | PURE }
    /// `(v -- v)` Guard: TOS is exactly a dict.
    GUARD_TOS_DICT { arg: None, pop: n1, push: n1, flags: GUARD | EXIT | PURE }
    /// `(v -- v)` Guard: TOS is exactly a set or frozenset.
    GUARD_TOS_SET { arg: None, pop: n1, push: n1, flags: GUARD | EXIT | PURE }
    /// `(v -- v)` Guard: TOS is a bool.
    GUARD_TOS_BOOL { arg: None, pop: n1, push: n1, flags: GUARD | EXIT | PURE }
    /// `(v -- v)` Guard: TOS is None.
    GUARD_TOS_NONE { arg: None, pop: n1, push: n1, flags: GUARD | EXIT | PURE }
    /// `(v -- v)` Guard: TOS is exactly a list.
    GUARD_TOS_LIST { arg: None, pop: n1, push: n1, flags: GUARD | EXIT | PURE }
    /// `(v -- v)` Guard: TOS is exactly a tuple.
    GUARD_TOS_TUPLE { arg: None, pop: n1, push: n1, flags: GUARD | EXIT | PURE }
    /// `(seq -- seq)` Guard: TOS is exactly a tuple of oparg items.
    GUARD_TUPLE_LEN { arg: Num, pop: n1, push: n1, flags: GUARD | EXIT | PURE }
    /// `(seq -- seq)` Guard: TOS is exactly a list of oparg items.
    GUARD_LIST_LEN { arg: Num, pop: n1, push: n1, flags: GUARD | EXIT | PURE }
    /// `(it -- it)` Guard: TOS is a range iterator.
    GUARD_ITER_RANGE { arg: None, pop: n1, push: n1, flags: GUARD | EXIT | PURE }
    /// `(it -- it)` Guard: TOS is an iterator over a list (or an exhausted sequence iterator).
    GUARD_ITER_LIST { arg: None, pop: n1, push: n1, flags: GUARD | EXIT | PURE }
    /// `(it -- it)` Guard: TOS is an iterator over a tuple (or an exhausted sequence iterator).
    GUARD_ITER_TUPLE { arg: None, pop: n1, push: n1, flags: GUARD | EXIT | PURE }
    /// `(it -- it)` Guard: TOS is a generator (not a coroutine or async generator).
    GUARD_ITER_GEN { arg: None, pop: n1, push: n1, flags: GUARD | EXIT | PURE }
    /// `(receiver v -- receiver v)` Guard: the receiver is a generator or a coroutine (not an async generator).
    GUARD_SEND_GEN { arg: None, pop: n2, push: n2, flags: GUARD | EXIT | PURE }
    /// `(v -- bool)` `bool(v)` for any value (may call `__bool__` or `__len__`).
    TO_BOOL { arg: None, pop: n1, push: n1, flags: ERROR | ESCAPES }
    /// `(int -- bool)` `int != 0`.
    TO_BOOL_INT { arg: None, pop: n1, push: n1, flags: PURE }
    /// `(None -- False)`
    TO_BOOL_NONE { arg: None, pop: n1, push: n1, flags: PURE }
    /// `(str -- bool)` Non-empty string.
    TO_BOOL_STR { arg: None, pop: n1, push: n1, flags: PURE }
    /// `(list -- bool)` Non-empty list.
    TO_BOOL_LIST { arg: None, pop: n1, push: n1, flags: PURE }
    /// `(v -- True)` (guarded: v's class defines neither `__bool__` nor `__len__`).
    TO_BOOL_ALWAYS_TRUE { arg: None, pop: n1, push: n1, flags: PURE }
    /// `(float -- bool)` `float != 0.0`.
    TO_BOOL_FLOAT { arg: None, pop: n1, push: n1, flags: PURE }
    /// `(v -- v)` Guard: TOS is None or its type has version tag `operand` (cache unit 1).
    GUARD_TOS_NONE_OR_TYPE_VERSION { arg: None, pop: n1, push: n1, flags: GUARD | EXIT | PURE, cache: (1, 1) }
    /// `(v -- bool)` `v is not None` (guarded: v is None or of a class defining neither `__bool__` nor `__len__`).
    TO_BOOL_NONE_OR_TRUE { arg: None, pop: n1, push: n1, flags: PURE }
    /// `(a b -- a+b)` Two small ints; deoptimizes, changing nothing, when the result leaves the small-int range (the generic form makes the big int).
    BINARY_OP_ADD_INT { arg: None, pop: n2, push: n1, flags: PURE | DEOPT }
    /// `(a b -- a-b)` Two small ints; deoptimizes past the small-int range, as `BINARY_OP_ADD_INT`.
    BINARY_OP_SUBTRACT_INT { arg: None, pop: n2, push: n1, flags: PURE | DEOPT }
    /// `(a b -- a*b)` Two small ints; deoptimizes past the small-int range, as `BINARY_OP_ADD_INT`.
    BINARY_OP_MULTIPLY_INT { arg: None, pop: n2, push: n1, flags: PURE | DEOPT }
    /// `(a b -- res)` Any other operator `BinOp(oparg)` on two ints (division by zero, negative shifts and powers raise or make floats as in Python).
    BINARY_OP_INT { arg: BinOp, pop: n2, push: n1, flags: ERROR }
    /// `(a b -- a+b)` Two floats.
    BINARY_OP_ADD_FLOAT { arg: None, pop: n2, push: n1, flags: PURE }
    /// `(a b -- a-b)` Two floats.
    BINARY_OP_SUBTRACT_FLOAT { arg: None, pop: n2, push: n1, flags: PURE }
    /// `(a b -- a*b)` Two floats.
    BINARY_OP_MULTIPLY_FLOAT { arg: None, pop: n2, push: n1, flags: PURE }
    /// `(a b -- res)` Any operator `BinOp(oparg)` on two floats, or on a float and an int in either order.
    BINARY_OP_FLOAT { arg: BinOp, pop: n2, push: n1, flags: ERROR }
    /// `(a b -- res)` Operator `BinOp(oparg)` (one floats have) on two numbers in any mix of int and float: as `BINARY_OP_ADD_INT` and its siblings when both are ints, as `BINARY_OP_FLOAT` otherwise.
    BINARY_OP_NUMBER { arg: BinOp, pop: n2, push: n1, flags: ERROR }
    /// `(a b -- a+b)` String concatenation.
    BINARY_OP_ADD_STR { arg: None, pop: n2, push: n1, flags: PURE }
    /// `(a b -- bool)` Comparison `CmpOp(oparg)` of two ints.
    COMPARE_OP_INT { arg: Compare, pop: n2, push: n1, flags: PURE }
    /// `(a b -- bool)` Comparison of two floats (NaN compares unequal).
    COMPARE_OP_FLOAT { arg: Compare, pop: n2, push: n1, flags: PURE }
    /// `(a b -- bool)` Comparison of a float and an int in either order (exact, as Python compares them).
    COMPARE_OP_MIXED { arg: Compare, pop: n2, push: n1, flags: PURE }
    /// `(a b -- bool)` Comparison of two strs (by code point).
    COMPARE_OP_STR { arg: Compare, pop: n2, push: n1, flags: PURE }
    /// `(k d -- bool)` `k in d` (oparg 1: `not in`) for a dict d.
    CONTAINS_OP_DICT { arg: Num, pop: n2, push: n1, flags: ERROR | ESCAPES }
    /// `(k s -- bool)` `k in s` (oparg 1: `not in`) for a set or frozenset s.
    CONTAINS_OP_SET { arg: Num, pop: n2, push: n1, flags: ERROR | ESCAPES }
    /// `(x l -- bool)` `x in l` (oparg 1: `not in`) for a list l: each item compared `item == x` in order, identity first.
    CONTAINS_OP_LIST { arg: Num, pop: n2, push: n1, flags: ERROR | ESCAPES }
    /// `(x t -- bool)` `x in t` (oparg 1: `not in`) for a tuple t: each item compared `item == x` in order, identity first.
    CONTAINS_OP_TUPLE { arg: Num, pop: n2, push: n1, flags: ERROR | ESCAPES }
    /// `(list i -- list[i])` IndexError when out of range.
    BINARY_SUBSCR_LIST_INT { arg: None, pop: n2, push: n1, flags: ERROR }
    /// `(tuple i -- tuple[i])` IndexError when out of range.
    BINARY_SUBSCR_TUPLE_INT { arg: None, pop: n2, push: n1, flags: ERROR }
    /// `(str i -- str[i])` IndexError when out of range.
    BINARY_SUBSCR_STR_INT { arg: None, pop: n2, push: n1, flags: ERROR }
    /// `(dict k -- dict[k])` KeyError when absent.
    BINARY_SUBSCR_DICT { arg: None, pop: n2, push: n1, flags: ERROR | ESCAPES }
    /// `(v list i --)` `list[i] = v`; IndexError when out of range.
    STORE_SUBSCR_LIST_INT { arg: None, pop: n3, push: n0, flags: ERROR }
    /// `(v dict k --)` `dict[k] = v`.
    STORE_SUBSCR_DICT { arg: None, pop: n3, push: n0, flags: ERROR | ESCAPES }
    /// `(tuple -- items)` Unpack a tuple of exactly oparg items (guarded).
    UNPACK_SEQUENCE_TUPLE { arg: Num, pop: n1, push: narg, flags: 0 }
    /// `(list -- items)` Unpack a list of exactly oparg items (guarded).
    UNPACK_SEQUENCE_LIST { arg: Num, pop: n1, push: narg, flags: 0 }
    /// `(it -- it next)` Next int of a range iterator; when exhausted, `(it --)` and jump to oparg. Deoptimizes, changing nothing, when the next int is past the small-int range.
    FOR_ITER_RANGE { arg: Jump, pop: n1, push: n2, jump: |_| -1, flags: JUMP | DEOPT }
    /// `(it -- it next)` Next item of a list iterator, or `(it --)` and jump.
    FOR_ITER_LIST { arg: Jump, pop: n1, push: n2, jump: |_| -1, flags: JUMP }
    /// `(it -- it next)` Next item of a tuple iterator, or `(it --)` and jump.
    FOR_ITER_TUPLE { arg: Jump, pop: n1, push: n2, jump: |_| -1, flags: JUMP }
    /// `(gen -- gen next)` Resume the generator (its frame runs in the caller's loop); when it returns, `(gen --)` and jump.
    FOR_ITER_GEN { arg: Jump, pop: n1, push: n2, jump: |_| -1, flags: JUMP | ERROR | ESCAPES }
    /// `(gen v -- gen yielded)` Send v into the generator or coroutine (its frame runs in the caller's loop); when it returns, `(gen v -- retval)` and jump to oparg.
    SEND_GEN { arg: Jump, pop: n2, push: n2, jump: |_| -1, flags: JUMP | ERROR | ESCAPES }

    // ---- Specialized forms: enumerate/zip loops and slices (uops/spec_seq.rs,
    // chosen by specialize/ops.rs).
    /// `(it -- it)` Guard: TOS is exactly an `enumerate` iterator.
    GUARD_ITER_ENUMERATE { arg: None, pop: n1, push: n1, flags: GUARD | EXIT | PURE }
    /// `(it -- it)` Guard: TOS is exactly a `zip` iterator.
    GUARD_ITER_ZIP { arg: None, pop: n1, push: n1, flags: GUARD | EXIT | PURE }
    /// `(it -- it pair)` The next `(count, item)` of an enumerate (its result tuple refilled in place when nothing else holds it); when its iterator is exhausted, `(it --)` and jump to oparg.
    FOR_ITER_ENUMERATE { arg: Jump, pop: n1, push: n2, jump: |_| -1, flags: JUMP | ERROR | ESCAPES }
    /// `(it -- it items)` The next tuple of a zip (refilled in place when nothing else holds it); when an iterator is exhausted, `(it --)` and jump to oparg (strict zips check the lengths).
    FOR_ITER_ZIP { arg: Jump, pop: n1, push: n2, jump: |_| -1, flags: JUMP | ERROR | ESCAPES }
    /// `(v -- v)` Guard: TOS is exactly a slice whose start, stop and step are each a 64-bit int, a bool or None.
    GUARD_TOS_SLICE_INTS { arg: None, pop: n1, push: n1, flags: GUARD | EXIT | PURE }
    /// `(list slice -- list[slice])` A new list (ValueError for a zero step).
    BINARY_SUBSCR_LIST_SLICE { arg: None, pop: n2, push: n1, flags: ERROR }
    /// `(tuple slice -- tuple[slice])` A new tuple, or the tuple itself for a full slice.
    BINARY_SUBSCR_TUPLE_SLICE { arg: None, pop: n2, push: n1, flags: ERROR }
    /// `(str slice -- str[slice])` A new str, or the str itself for a full slice.
    BINARY_SUBSCR_STR_SLICE { arg: None, pop: n2, push: n1, flags: ERROR }
    /// `(v list slice --)` `list[slice] = v` for any iterable v (a list or tuple read directly); ValueError for an extended slice of another size.
    STORE_SUBSCR_LIST_SLICE { arg: None, pop: n3, push: n0, flags: ERROR | ESCAPES }

    // ---- Specialized forms: attributes and globals (uops/spec_attr.rs, specialize/attr.rs).
    /// `(--)` Guard: the globals dict has keys version `operand` (cache unit 1), so the cached entry index still names the same key.
    GUARD_GLOBALS_VERSION { arg: None, pop: n0, push: n0, flags: GUARD | EXIT | PURE, cache: (1, 1) }
    /// `(--)` Guard: the builtins dict has keys version `operand` (cache unit 2).
    GUARD_BUILTINS_VERSION { arg: None, pop: n0, push: n0, flags: GUARD | EXIT | PURE, cache: (2, 1) }
    /// `(-- v)` Push the value of entry `operand` (cache unit 3) of the globals dict (guarded: it holds `names[oparg]`).
    LOAD_GLOBAL_MODULE { arg: Name, pop: n0, push: n1, flags: EXIT, cache: (3, 1) }
    /// `(-- v)` Push the value of entry `operand` (cache unit 3) of the builtins dict.
    LOAD_GLOBAL_BUILTIN { arg: Name, pop: n0, push: n1, flags: EXIT, cache: (3, 1) }
    /// `(obj -- obj)` Guard: the type of TOS has version tag `operand` (cache unit 1).
    GUARD_TYPE_VERSION { arg: None, pop: n1, push: n1, flags: GUARD | EXIT | PURE, cache: (1, 1) }
    /// `(obj -- obj)` Guard: TOS is an instance whose attributes are in its slots (no materialized `__dict__`).
    GUARD_INSTANCE_NO_DICT { arg: None, pop: n1, push: n1, flags: GUARD | EXIT | PURE }
    /// `(obj -- obj)` Guard: slot `operand` (cache unit 2) of the instance TOS is empty (`u32::MAX`: the name has no slot), so no instance attribute shadows the class attribute.
    GUARD_NO_INSTANCE_ATTR { arg: None, pop: n1, push: n1, flags: GUARD | EXIT | PURE, cache: (2, 1) }
    /// `(cls -- cls)` Guard: TOS is a class with version tag `operand` (cache unit 1).
    GUARD_CLASS_VERSION { arg: None, pop: n1, push: n1, flags: GUARD | EXIT | PURE, cache: (1, 1) }
    /// `(cls -- cls)` Guard: the metaclass of TOS has version tag `operand` (cache unit 2).
    GUARD_METACLASS_VERSION { arg: None, pop: n1, push: n1, flags: GUARD | EXIT | PURE, cache: (2, 1) }
    /// `(mod -- mod)` Guard: TOS is a module whose dict has keys version `operand` (cache unit 1).
    GUARD_MODULE_VERSION { arg: None, pop: n1, push: n1, flags: GUARD | EXIT | PURE, cache: (1, 1) }
    /// `(obj -- v)` The instance's slot `operand` (cache unit 2); deoptimizes (before changing the stack) when the slot is empty. No `GUARD_INSTANCE_NO_DICT` needed: an instance whose attributes moved into a `__dict__` has its attribute slots emptied (instance.rs), so the load deoptimizes.
    LOAD_ATTR_INSTANCE_VALUE { arg: Name, pop: n1, push: n1, flags: EXIT, cache: (2, 1) }
    /// `(obj -- v)` A `__slots__` member: the instance's slot `operand` (cache unit 2); deoptimizes when it is empty.
    LOAD_ATTR_SLOT { arg: Name, pop: n1, push: n1, flags: EXIT, cache: (2, 1) }
    /// `(mod -- v)` The value of entry `operand` (cache unit 2) of the module's dict.
    LOAD_ATTR_MODULE { arg: Name, pop: n1, push: n1, flags: EXIT, cache: (2, 1) }
    /// `(obj -- v)` A class attribute read through an instance, returned as is: value `operand` (cache unit 3) the type of obj keeps for specialized code.
    LOAD_ATTR_NONDESCRIPTOR { arg: Name, pop: n1, push: n1, flags: EXIT, cache: (3, 1) }
    /// `(cls -- v)` An attribute of the class TOS itself: value `operand` (cache unit 3) the class keeps for specialized code.
    LOAD_ATTR_CLASS { arg: Name, pop: n1, push: n1, flags: EXIT, cache: (3, 1) }
    /// `(obj -- v)` Call the getter of a property (value `operand`, cache unit 3, the type of obj keeps: a Python function) with obj, in a new frame.
    LOAD_ATTR_PROPERTY { arg: Name, pop: n1, push: n1, flags: EXIT | ERROR | ESCAPES, cache: (3, 1) }
    /// `(obj -- meth obj)` A plain function (or built-in method) found on the type of obj: value `operand` (cache unit 3) the type keeps.
    LOAD_METHOD_CACHED { arg: Name, pop: n1, push: n2, flags: EXIT, cache: (3, 1) }
    /// `(mod -- attr NULL)` The value of entry `operand` (cache unit 2) of the module's dict.
    LOAD_METHOD_MODULE { arg: Name, pop: n1, push: n2, flags: EXIT, cache: (2, 1) }
    /// `(cls -- attr NULL)` An attribute of the class TOS itself: value `operand` (cache unit 3) the class keeps.
    LOAD_METHOD_CLASS { arg: Name, pop: n1, push: n2, flags: EXIT, cache: (3, 1) }
    /// `(v obj --)` Store v into slot `operand` (cache unit 2) of the instance obj, growing its slots if needed.
    STORE_ATTR_SLOT { arg: Name, pop: n2, push: n0, flags: EXIT, cache: (2, 1) }
    /// `(obj -- v)` The instance's slot that polymorphic cache `operand` (cache unit 1, an index into the code's polymorphic caches) gives for the version of obj's class; deoptimizes (before changing the stack) when the class is not in the cache or the slot is empty.
    LOAD_ATTR_INSTANCE_VALUE_POLY { arg: Name, pop: n1, push: n1, flags: EXIT, cache: (1, 1) }
    /// `(obj -- meth obj)` The method polymorphic cache `operand` (cache unit 1) gives for the version of obj's class (a value that class keeps), when the instance's slot of that name (also from the cache) is empty; deoptimizes otherwise.
    LOAD_METHOD_WITH_VALUES_POLY { arg: Name, pop: n1, push: n2, flags: EXIT, cache: (1, 1) }
    /// `(v obj --)` Store v into the instance's slot that polymorphic cache `operand` (cache unit 1) gives for the version of obj's class; deoptimizes when the class is not in the cache.
    STORE_ATTR_INSTANCE_VALUE_POLY { arg: Name, pop: n2, push: n0, flags: EXIT, cache: (1, 1) }

    // ---- Specialized forms: calls (uops/spec_call.rs, specialize/call.rs).
    // CALL's cache: unit 0 the adaptive counter, unit 1 a function version,
    // unit 2 an auxiliary number (argument count or class version tag).
    /// `(callable self_or_null args[oparg] -- same)` Guard: callable is a Python function whose version (`Function::version`) is the operand.
    GUARD_FUNCTION_VERSION { arg: Num, pop: |a| a + 2, push: |a| a + 2, flags: GUARD | EXIT | PURE, cache: (1, 1) }
    /// `(callable self_or_null args[oparg] -- same)` Guard: callable is a Python function whose code's id (`CodeRt::id`) is the operand.
    GUARD_FUNCTION_CODE { arg: Num, pop: |a| a + 2, push: |a| a + 2, flags: GUARD | EXIT | PURE, cache: (1, 1) }
    /// `(callable self_or_null args[oparg] -- same)` Guard: callable is a Python function whose globals are the running frame's (a call tier 2 follows by its code, where the trace assumes the frame's globals in the callee).
    GUARD_FUNCTION_GLOBALS { arg: Num, pop: |a| a + 2, push: |a| a + 2, flags: GUARD | EXIT | PURE | TIER2 }
    /// `(callable self_or_null args[oparg] -- same)` Guard: oparg plus one if self_or_null is not NULL equals the operand (the argument count the site was specialized for).
    GUARD_CALL_NARGS { arg: Num, pop: |a| a + 2, push: |a| a + 2, flags: GUARD | EXIT | PURE, cache: (2, 1) }
    /// `(callable NULL args[oparg] -- same)` Guard: callable is a bound method whose function is a Python function of version operand, and self_or_null is NULL.
    GUARD_BOUND_METHOD_VERSION { arg: Num, pop: |a| a + 2, push: |a| a + 2, flags: GUARD | EXIT | PURE, cache: (1, 1) }
    /// `(callable self_or_null args[oparg] -- same)` Guard: callable is a Python function, not a generator, whose parameters are exactly oparg (plus one if self_or_null is not NULL) plain positional ones: checked on its code, not its version, so one site serves many functions.
    GUARD_PY_SIMPLE { arg: Num, pop: |a| a + 2, push: |a| a + 2, flags: GUARD | EXIT | PURE }
    /// `(func self_or_null args[oparg] -- same)` Remember the version of the Python function func in cache unit 1 (the operand is what it holds), so tier 2 can follow the call into the function the site called last.
    RECORD_CALLEE { arg: Num, pop: |a| a + 2, push: |a| a + 2, flags: PURE | TIER1, cache: (1, 1) }
    /// `(callable self_or_null args[oparg] -- same)` Guard: callable is a built-in function or method (native code).
    GUARD_BUILTIN { arg: Num, pop: |a| a + 2, push: |a| a + 2, flags: GUARD | EXIT | PURE }
    /// `(callable NULL arg -- same)` Guard: callable is the built-in `len` and self_or_null is NULL.
    GUARD_CALLABLE_LEN { arg: Num, pop: |a| a + 2, push: |a| a + 2, flags: GUARD | EXIT | PURE }
    /// `(callable NULL obj cls -- same)` Guard: callable is the built-in `isinstance` and self_or_null is NULL.
    GUARD_CALLABLE_ISINSTANCE { arg: Num, pop: |a| a + 2, push: |a| a + 2, flags: GUARD | EXIT | PURE }
    /// `(callable NULL arg -- same)` Guard: callable is `type` itself and self_or_null is NULL.
    GUARD_CALLABLE_TYPE { arg: Num, pop: |a| a + 2, push: |a| a + 2, flags: GUARD | EXIT | PURE }
    /// `(cls NULL args[oparg] -- same)` Guard: callable is a class whose metaclass is `type` and whose version tag is the operand, and self_or_null is NULL.
    GUARD_CALLEE_CLASS_VERSION { arg: Num, pop: |a| a + 2, push: |a| a + 2, flags: GUARD | EXIT | PURE, cache: (2, 1) }
    /// `(-- )` Guard: the function-version cache still knows a live function of version operand (the `__init__` a class call was specialized for).
    GUARD_KNOWN_FUNCTION { arg: Num, pop: n0, push: n0, flags: GUARD | EXIT | PURE, cache: (1, 1) }
    /// `(method NULL args[oparg] -- func self args[oparg])` Replace a bound method by its function and self.
    EXPAND_BOUND_METHOD { arg: Num, pop: |a| a + 2, push: |a| a + 2, flags: PURE }
    /// `(callable NULL args[oparg] -- same)` Guard: callable is an object whose class's version tag is the operand (which pins what the class's `__call__` is), and self_or_null is NULL.
    GUARD_CALLABLE_INSTANCE { arg: Num, pop: |a| a + 2, push: |a| a + 2, flags: GUARD | EXIT | PURE, cache: (2, 1) }
    /// `(obj NULL args[oparg] -- func obj args[oparg])` Replace a called object by the Python function of version operand (its class's `__call__`), the object becoming its self. Deoptimizes when the function-version cache no longer has the function.
    EXPAND_CALLABLE_INSTANCE { arg: Num, pop: |a| a + 2, push: |a| a + 2, flags: DEOPT, cache: (1, 1) }
    /// `(func self_or_null args[oparg] -- res)` Run the Python function func with exactly its positional parameters as arguments (guarded: not a generator, no `*args`/`**kwargs`/keyword-only parameters): push its frame, whose return value lands here. Deoptimizes when the eval breaker had work (finalizers may have changed the function).
    CALL_PY_EXACT_ARGS { arg: Num, pop: |a| a + 2, push: n1, flags: ERROR | ESCAPES | BREAKER | DEOPT }
    /// `(func self_or_null args[oparg] -- res)` Like CALL_PY_EXACT_ARGS with fewer arguments than parameters: the rest come from `__defaults__` (guarded by the function version).
    CALL_PY_WITH_DEFAULTS { arg: Num, pop: |a| a + 2, push: n1, flags: ERROR | ESCAPES | BREAKER | DEOPT }
    /// `(func self_or_null args[oparg] -- gen)` Call the generator (coroutine, async generator) function func with at most its positional parameters as arguments, the rest from `__defaults__` (guarded as CALL_PY_EXACT_ARGS): make the generator object. Deoptimizes when the eval breaker had work.
    CALL_PY_GEN { arg: Num, pop: |a| a + 2, push: n1, flags: ERROR | ESCAPES | BREAKER | DEOPT }
    /// `(callable self_or_null args[oparg] -- res)` Call a built-in function or method with positional arguments (self first when not NULL).
    CALL_BUILTIN_FAST { arg: Num, pop: |a| a + 2, push: n1, flags: ERROR | ESCAPES | BREAKER }
    /// `(len NULL obj -- int)` `len(obj)`.
    CALL_LEN { arg: Num, pop: |a| a + 2, push: n1, flags: ERROR | ESCAPES | BREAKER }
    /// `(isinstance NULL obj cls -- bool)` `isinstance(obj, cls)`.
    CALL_ISINSTANCE { arg: Num, pop: |a| a + 2, push: n1, flags: ERROR | ESCAPES | BREAKER }
    /// `(type NULL obj -- type)` `type(obj)`.
    CALL_TYPE_1 { arg: Num, pop: |a| a + 2, push: n1, flags: BREAKER | ERROR }
    /// `(cls NULL args[oparg] -- obj)` Call a built-in class (guarded by its version): its built-in `__new__`, value `operand` (cache unit 1, low 16 bits) the class keeps, makes obj; bit 16 of the operand says `__init__` does nothing for an instance of exactly cls, else `type.__call__`'s second half runs it.
    CALL_BUILTIN_CLASS { arg: Num, pop: |a| a + 2, push: n1, flags: ERROR | ESCAPES | BREAKER | DEOPT, cache: (1, 1) }
    /// `(cls NULL args[oparg] -- instance)` Instantiate a Python class whose `__new__` is object's and whose `__init__` is the Python function of version operand (guarded): allocate the instance and push the `__init__` frame; when it returns None, the instance lands here (else TypeError).
    CALL_ALLOC_AND_ENTER_INIT { arg: Num, pop: |a| a + 2, push: n1, flags: ERROR | ESCAPES | BREAKER | DEOPT, cache: (1, 1) }

    // ---- Tier-2 only (flag TIER2): emitted by the projector; the tier-2
    // interpreter (crates/tier2) gives them their meaning, tier 1 never runs them.
    /// `(--)` The instruction at offset oparg of the running frame's code is the current one (`lasti`), for errors, tracebacks and code that inspects the frame.
    SET_IP { arg: Num, pop: n0, push: n0, flags: TIER2 }
    /// `(--)` Resume tier 1 at offset oparg (where the instruction before it ends) if the executor was invalidated (by the escaping uop before it).
    CHECK_VALIDITY { arg: Jump, pop: n0, push: n0, flags: DEOPT | TIER2 }
    /// `(--)` Leave the trace for tier-1 offset oparg through a linkable exit.
    EXIT_TRACE { arg: Jump, pop: n0, push: n0, flags: EXIT | TERMINAL | TIER2 }
    /// `(--)` Back to the start of the primary trace (the loop head at offset oparg); deoptimizes there when the eval breaker is set.
    JUMP_TO_TOP { arg: Jump, pop: n0, push: n0, flags: JUMP | TERMINAL | BREAKER | TIER2 }
    /// `(bool --)` Pop a bool; leave through a linkable exit to offset oparg (the other side of the branch) unless it is True.
    GUARD_IS_TRUE_POP { arg: Jump, pop: n1, push: n0, flags: EXIT | TIER2 }
    /// `(bool --)` Pop a bool; leave through a linkable exit to offset oparg unless it is False.
    GUARD_IS_FALSE_POP { arg: Jump, pop: n1, push: n0, flags: EXIT | TIER2 }
    /// `(v --)` Pop v; leave through a linkable exit to offset oparg unless it is None.
    GUARD_IS_NONE_POP { arg: Jump, pop: n1, push: n0, flags: EXIT | TIER2 }
    /// `(v --)` Pop v; leave through a linkable exit to offset oparg if it is None.
    GUARD_IS_NOT_NONE_POP { arg: Jump, pop: n1, push: n0, flags: EXIT | TIER2 }
    /// `(-- v)` Push the immediate value whose tag is oparg and payload the operand (None, a bool, a small int or a float): a constant the projector or optimizer knows.
    LOAD_IMMEDIATE { arg: Num, pop: n0, push: n1, flags: PURE | TIER2 }
    /// `(-- v)` Push entry operand of the executor's constant table (a global's value the trace treats as a constant: the executor depends on its dict); oparg is the value's version when it is a function (else 0), for the optimizer.
    LOAD_CONST_INLINE { arg: None, pop: n0, push: n1, flags: PURE | TIER2 }
    /// `(--)` Make the frame the call before it pushed the running one (the trace follows the call into it); the caller resumes at offset oparg when it returns.
    PUSH_FRAME { arg: Num, pop: n0, push: n0, flags: TIER2 }
    /// `(--)` Exit (tier 1, or an executor made for the caller there is, runs the return here) unless the running frame is a plain call whose caller runs the code with id operand >> 32, resumes at offset operand & 0xffffffff and has for globals the executor's constant oparg (bit 31 clear); with bit 31 of oparg set, the running frame is instead a generator's its caller's `FOR_ITER_GEN` resumed (the trace goes on there after its yield, `YIELD_TO_CALLER`): what the trace, going on into that caller after the return, was made for.
    GUARD_CALLER { arg: Num, pop: n0, push: n0, flags: GUARD | EXIT | TIER2 }
    /// `(v --)` Return v from a frame the trace pushed (or, after `GUARD_CALLER`, from the running frame of tier 1's): its caller, running the trace on, gets v on its stack.
    POP_FRAME { arg: None, pop: n1, push: n0, flags: ERROR | TIER2 }
    /// `(v -- None)` Yield v from a generator frame whose run gives each value it yields to a sink (`sum()`, `list()`, ... of a generator): hand v to the sink and go on with None (what `next()` sends) pushed. Resume tier 1 at the `YIELD_VALUE` (v still pushed) if the frame is not such a run's own; if the sink says stop, the run ends with the frame suspended after the yield.
    YIELD_TO_SINK { arg: None, pop: n1, push: n1, flags: ESCAPES | DEOPT | TIER2 }
    /// `(gen -- gen)` Leave through the exit unless gen (a generator: `GUARD_ITER_GEN` before) can run inline in this frame now (not running, not too deep) and is suspended in the code with id operand >> 32 at offset operand & 0xffffffff: where the trace, following the `FOR_ITER_GEN` after it into the generator's frame, goes on.
    GUARD_GEN_FRAME { arg: None, pop: n1, push: n1, flags: GUARD | EXIT | PURE | TIER2 }
    /// `(v --)` Yield v from a generator frame the trace pushed (`FOR_ITER_GEN` then `PUSH_FRAME`), or after `GUARD_CALLER`, from the running generator frame of tier 1's its caller resumed: the frame goes back to its generator, to resume at offset oparg; the caller, running the trace on, gets v on its stack.
    YIELD_TO_CALLER { arg: Num, pop: n1, push: n0, flags: TIER2 }
    /// `(--)` The shared cold exit: count the exit it was entered through; when hot, link the executor for its target (made if need be) and go on there, else resume tier 1 at the target.
    COLD_EXIT { arg: None, pop: n0, push: n0, flags: TERMINAL | TIER2 }
    } };
}

uop_table!(define_uops);

/// The instruction table, handed to a callback macro: `define_ops!` here
/// derives `Opcode` and its metadata from it, and the runtime derives its
/// tier-1 dispatch (each instruction running its uops in order) from the
/// same list, so an instruction is declared exactly once.
///
/// A specialized form names its generic instruction with `base:`; it has
/// the same inline-cache size, and it starts with guard uops (which leave
/// the stack untouched when they fail) followed by its action uops.
#[macro_export]
macro_rules! instruction_table {
    ($cb:ident) => { $cb! {
        /// Do nothing.
        NOP { cache: 0, uops: [NOP] }
        /// Discard the top of stack.
        POP_TOP { cache: 0, uops: [POP_TOP] }
        /// Push NULL.
        PUSH_NULL { cache: 0, uops: [PUSH_NULL] }
        /// Duplicate a stack item.
        COPY { cache: 0, uops: [COPY] }
        /// Swap two stack items.
        SWAP { cache: 0, uops: [SWAP] }
        /// Push a constant.
        LOAD_CONST { cache: 0, uops: [LOAD_CONST] }
        /// Push a local.
        LOAD_FAST { cache: 0, uops: [LOAD_FAST] }
        /// Store a local.
        STORE_FAST { cache: 0, uops: [STORE_FAST] }
        /// Delete a local.
        DELETE_FAST { cache: 0, uops: [DELETE_FAST] }
        // Superinstructions, formed when code is quickened: a pair of
        // these common instructions runs in one dispatch (the second stays
        // in place and is stepped over). Their base is the first.
        /// LOAD_FAST, then the LOAD_FAST that follows.
        LOAD_FAST__LOAD_FAST { base: LOAD_FAST, cache: 0, uops: [LOAD_FAST, LOAD_FAST_NEXT] }
        /// LOAD_FAST, then the LOAD_CONST that follows.
        LOAD_FAST__LOAD_CONST { base: LOAD_FAST, cache: 0, uops: [LOAD_FAST, LOAD_CONST_NEXT] }
        /// LOAD_CONST, then the LOAD_FAST that follows.
        LOAD_CONST__LOAD_FAST { base: LOAD_CONST, cache: 0, uops: [LOAD_CONST, LOAD_FAST_NEXT] }
        /// STORE_FAST, then the LOAD_FAST that follows.
        STORE_FAST__LOAD_FAST { base: STORE_FAST, cache: 0, uops: [STORE_FAST_LOAD_FAST_NEXT] }
        /// STORE_FAST, then the STORE_FAST that follows.
        STORE_FAST__STORE_FAST { base: STORE_FAST, cache: 0, uops: [STORE_FAST_STORE_FAST_NEXT] }
        /// Turn a local slot into a cell.
        MAKE_CELL { cache: 0, uops: [MAKE_CELL] }
        /// Copy closure cells into the frame.
        COPY_FREE_VARS { cache: 0, uops: [COPY_FREE_VARS] }
        /// Load through a cell.
        LOAD_DEREF { cache: 0, uops: [LOAD_DEREF] }
        /// Store through a cell.
        STORE_DEREF { cache: 0, uops: [STORE_DEREF] }
        /// Empty a cell.
        DELETE_DEREF { cache: 0, uops: [DELETE_DEREF] }
        /// Push a cell.
        LOAD_CLOSURE { cache: 0, uops: [LOAD_CLOSURE] }
        /// Class-body free variable load.
        LOAD_CLASSDEREF { cache: 0, uops: [LOAD_CLASSDEREF] }
        /// Name load (module and class bodies).
        LOAD_NAME { cache: 0, uops: [LOAD_NAME] }
        /// Name store.
        STORE_NAME { cache: 0, uops: [STORE_NAME] }
        /// Name delete.
        DELETE_NAME { cache: 0, uops: [DELETE_NAME] }
        /// Global load.
        LOAD_GLOBAL { cache: 4, uops: [SPECIALIZE, LOAD_GLOBAL] }
        /// Global store.
        STORE_GLOBAL { cache: 0, uops: [STORE_GLOBAL] }
        /// Global delete.
        DELETE_GLOBAL { cache: 0, uops: [DELETE_GLOBAL] }
        /// Attribute load.
        LOAD_ATTR { cache: 4, uops: [SPECIALIZE, LOAD_ATTR] }
        /// Method load for a call.
        LOAD_METHOD { cache: 4, uops: [SPECIALIZE, LOAD_METHOD] }
        /// Attribute store.
        STORE_ATTR { cache: 3, uops: [SPECIALIZE, STORE_ATTR] }
        /// Attribute delete.
        DELETE_ATTR { cache: 0, uops: [DELETE_ATTR] }
        /// Subscript load.
        BINARY_SUBSCR { cache: 1, uops: [SPECIALIZE, BINARY_SUBSCR] }
        /// Subscript store.
        STORE_SUBSCR { cache: 1, uops: [SPECIALIZE, STORE_SUBSCR] }
        /// Subscript delete.
        DELETE_SUBSCR { cache: 0, uops: [DELETE_SUBSCR] }
        /// Build a slice.
        BUILD_SLICE { cache: 0, uops: [BUILD_SLICE] }
        /// Binary operator.
        BINARY_OP { cache: 3, uops: [SPECIALIZE, BINARY_OP] }
        /// Truth value of TOS before a conditional jump (the compiler leaves it out where the value is already a bool).
        TO_BOOL { cache: 2, uops: [SPECIALIZE, TO_BOOL] }
        /// Unary minus.
        UNARY_NEGATIVE { cache: 0, uops: [UNARY_NEGATIVE] }
        /// Unary plus.
        UNARY_POSITIVE { cache: 0, uops: [UNARY_POSITIVE] }
        /// Bitwise not.
        UNARY_INVERT { cache: 0, uops: [UNARY_INVERT] }
        /// Logical not.
        UNARY_NOT { cache: 0, uops: [UNARY_NOT] }
        /// Rich comparison.
        COMPARE_OP { cache: 1, uops: [SPECIALIZE, COMPARE_OP] }
        /// Identity test.
        IS_OP { cache: 0, uops: [IS_OP] }
        /// Membership test.
        CONTAINS_OP { cache: 1, uops: [SPECIALIZE, CONTAINS_OP] }
        /// Unconditional jump.
        JUMP { cache: 0, uops: [JUMP] }
        /// Loop back edge.
        JUMP_BACKWARD { cache: 1, uops: [JUMP_BACKWARD] }
        /// Branch if false.
        POP_JUMP_IF_FALSE { cache: 1, uops: [POP_JUMP_IF_FALSE] }
        /// Branch if true.
        POP_JUMP_IF_TRUE { cache: 1, uops: [POP_JUMP_IF_TRUE] }
        /// Branch if None.
        POP_JUMP_IF_NONE { cache: 1, uops: [POP_JUMP_IF_NONE] }
        /// Branch if not None.
        POP_JUMP_IF_NOT_NONE { cache: 1, uops: [POP_JUMP_IF_NOT_NONE] }
        /// Short-circuit `and`.
        JUMP_IF_FALSE_OR_POP { cache: 0, uops: [JUMP_IF_FALSE_OR_POP] }
        /// Short-circuit `or`.
        JUMP_IF_TRUE_OR_POP { cache: 0, uops: [JUMP_IF_TRUE_OR_POP] }
        /// Get an iterator.
        GET_ITER { cache: 0, uops: [GET_ITER] }
        /// Advance a for loop.
        FOR_ITER { cache: 1, uops: [SPECIALIZE, FOR_ITER] }
        /// Return from a frame.
        RETURN_VALUE { cache: 0, uops: [RETURN_VALUE] }
        /// Make a function object.
        MAKE_FUNCTION { cache: 0, uops: [MAKE_FUNCTION] }
        /// Positional call.
        CALL { cache: 3, uops: [SPECIALIZE, CALL] }
        /// Call with keyword arguments.
        CALL_KW { cache: 0, uops: [CALL_KW] }
        /// Call with unpacked arguments.
        CALL_FUNCTION_EX { cache: 0, uops: [CALL_FUNCTION_EX] }
        /// Build a tuple.
        BUILD_TUPLE { cache: 0, uops: [BUILD_TUPLE] }
        /// Build a list.
        BUILD_LIST { cache: 0, uops: [BUILD_LIST] }
        /// Build a set.
        BUILD_SET { cache: 0, uops: [BUILD_SET] }
        /// Build a dict.
        BUILD_MAP { cache: 0, uops: [BUILD_MAP] }
        /// Build a dict with constant keys.
        BUILD_CONST_KEY_MAP { cache: 0, uops: [BUILD_CONST_KEY_MAP] }
        /// Concatenate strings.
        BUILD_STRING { cache: 0, uops: [BUILD_STRING] }
        /// Comprehension append.
        LIST_APPEND { cache: 0, uops: [LIST_APPEND] }
        /// Comprehension set add.
        SET_ADD { cache: 0, uops: [SET_ADD] }
        /// Comprehension dict store.
        MAP_ADD { cache: 0, uops: [MAP_ADD] }
        /// `[*it]`.
        LIST_EXTEND { cache: 0, uops: [LIST_EXTEND] }
        /// `{*it}`.
        SET_UPDATE { cache: 0, uops: [SET_UPDATE] }
        /// `{**m}`.
        DICT_UPDATE { cache: 0, uops: [DICT_UPDATE] }
        /// `f(**m)`.
        DICT_MERGE { cache: 0, uops: [DICT_MERGE] }
        /// Convert a list to a tuple.
        LIST_TO_TUPLE { cache: 0, uops: [LIST_TO_TUPLE] }
        /// Unpack a sequence.
        UNPACK_SEQUENCE { cache: 1, uops: [SPECIALIZE, UNPACK_SEQUENCE] }
        /// Starred unpack.
        UNPACK_EX { cache: 0, uops: [UNPACK_EX] }
        /// Format an f-string field.
        FORMAT_VALUE { cache: 0, uops: [FORMAT_VALUE] }
        /// Raise.
        RAISE_VARARGS { cache: 0, uops: [RAISE_VARARGS] }
        /// Enter an except block.
        PUSH_EXC_INFO { cache: 0, uops: [PUSH_EXC_INFO] }
        /// Leave an except block.
        POP_EXCEPT { cache: 0, uops: [POP_EXCEPT] }
        /// Re-raise.
        RERAISE { cache: 0, uops: [RERAISE] }
        /// `except T:` test.
        CHECK_EXC_MATCH { cache: 0, uops: [CHECK_EXC_MATCH] }
        /// Push AssertionError.
        LOAD_ASSERTION_ERROR { cache: 0, uops: [LOAD_ASSERTION_ERROR] }
        /// Enter a with block.
        BEFORE_WITH { cache: 0, uops: [BEFORE_WITH] }
        /// Call `__exit__` with an exception.
        WITH_EXCEPT_START { cache: 0, uops: [WITH_EXCEPT_START] }
        /// Yield.
        YIELD_VALUE { cache: 0, uops: [YIELD_VALUE] }
        /// Iterator for `yield from`.
        GET_YIELD_FROM_ITER { cache: 0, uops: [GET_YIELD_FROM_ITER] }
        /// Delegate to a sub-generator.
        SEND { cache: 1, uops: [SPECIALIZE, SEND] }
        /// Import a module.
        IMPORT_NAME { cache: 0, uops: [IMPORT_NAME] }
        /// Import a name from a module.
        IMPORT_FROM { cache: 0, uops: [IMPORT_FROM] }
        /// `from m import *`.
        IMPORT_STAR { cache: 0, uops: [IMPORT_STAR] }
        /// Push `__build_class__`.
        LOAD_BUILD_CLASS { cache: 0, uops: [LOAD_BUILD_CLASS] }
        /// Create `__annotations__`.
        SETUP_ANNOTATIONS { cache: 0, uops: [SETUP_ANNOTATIONS] }
        /// Echo an expression's value (REPL).
        PRINT_EXPR { cache: 0, uops: [PRINT_EXPR] }
        /// Push the length of TOS.
        GET_LEN { cache: 0, uops: [GET_LEN] }
        /// Mapping check of a `match` subject.
        MATCH_MAPPING { cache: 0, uops: [MATCH_MAPPING] }
        /// Sequence check of a `match` subject.
        MATCH_SEQUENCE { cache: 0, uops: [MATCH_SEQUENCE] }
        /// Key lookup of a mapping pattern.
        MATCH_KEYS { cache: 0, uops: [MATCH_KEYS] }
        /// Class pattern check and attribute extraction.
        MATCH_CLASS { cache: 0, uops: [MATCH_CLASS] }
        /// The iterator behind `await`.
        GET_AWAITABLE { cache: 0, uops: [GET_AWAITABLE] }
        /// `__aiter__` for `async for`.
        GET_AITER { cache: 0, uops: [GET_AITER] }
        /// `__anext__` for `async for`.
        GET_ANEXT { cache: 0, uops: [GET_ANEXT] }
        /// End of an `async for` loop.
        END_ASYNC_FOR { cache: 0, uops: [END_ASYNC_FOR] }
        /// Enter an `async with`.
        BEFORE_ASYNC_WITH { cache: 0, uops: [BEFORE_ASYNC_WITH] }
        /// Wrap an async generator's yielded value.
        ASYNC_GEN_WRAP { cache: 0, uops: [ASYNC_GEN_WRAP] }
        /// Enter a tier-2 executor (replaces a hot `JUMP_BACKWARD`, whose cache size it keeps).
        ENTER_EXECUTOR { cache: 1, uops: [ENTER_EXECUTOR] }

        // ---- Specialized forms: operators, subscripts, unpacking, iteration.
        /// int + int.
        BINARY_OP_ADD_INT { base: BINARY_OP, cache: 3, uops: [GUARD_NOS_INT, GUARD_TOS_INT, BINARY_OP_ADD_INT] }
        /// int - int.
        BINARY_OP_SUBTRACT_INT { base: BINARY_OP, cache: 3, uops: [GUARD_NOS_INT, GUARD_TOS_INT, BINARY_OP_SUBTRACT_INT] }
        /// int * int.
        BINARY_OP_MULTIPLY_INT { base: BINARY_OP, cache: 3, uops: [GUARD_NOS_INT, GUARD_TOS_INT, BINARY_OP_MULTIPLY_INT] }
        /// Other operators on two ints.
        BINARY_OP_INT { base: BINARY_OP, cache: 3, uops: [GUARD_NOS_INT, GUARD_TOS_INT, BINARY_OP_INT] }
        /// float + float.
        BINARY_OP_ADD_FLOAT { base: BINARY_OP, cache: 3, uops: [GUARD_NOS_FLOAT, GUARD_TOS_FLOAT, BINARY_OP_ADD_FLOAT] }
        /// float - float.
        BINARY_OP_SUBTRACT_FLOAT { base: BINARY_OP, cache: 3, uops: [GUARD_NOS_FLOAT, GUARD_TOS_FLOAT, BINARY_OP_SUBTRACT_FLOAT] }
        /// float * float.
        BINARY_OP_MULTIPLY_FLOAT { base: BINARY_OP, cache: 3, uops: [GUARD_NOS_FLOAT, GUARD_TOS_FLOAT, BINARY_OP_MULTIPLY_FLOAT] }
        /// Other operators on two floats.
        BINARY_OP_FLOAT { base: BINARY_OP, cache: 3, uops: [GUARD_NOS_FLOAT, GUARD_TOS_FLOAT, BINARY_OP_FLOAT] }
        /// float op int.
        BINARY_OP_FLOAT_INT { base: BINARY_OP, cache: 3, uops: [GUARD_NOS_FLOAT, GUARD_TOS_INT, BINARY_OP_FLOAT] }
        /// int op float.
        BINARY_OP_INT_FLOAT { base: BINARY_OP, cache: 3, uops: [GUARD_NOS_INT, GUARD_TOS_FLOAT, BINARY_OP_FLOAT] }
        /// A site that has seen ints and floats in more than one mix (`v.x * k` with int and float components): formed when one of the forms above misses for another mix (`specialize/poly.rs`).
        BINARY_OP_NUMBER { base: BINARY_OP, cache: 3, uops: [GUARD_BOTH_NUMBER, BINARY_OP_NUMBER] }
        /// str + str.
        BINARY_OP_ADD_STR { base: BINARY_OP, cache: 3, uops: [GUARD_NOS_STR, GUARD_TOS_STR, BINARY_OP_ADD_STR] }
        /// An operator method written in Python (`__add__`, `__mul__`, ...) of the left operand's class, the right operand being of the same class or an int or float: its frame is pushed (see `Link::BinaryOp`).
        BINARY_OP_PY_DUNDER { base: BINARY_OP, cache: 3, uops: [GUARD_NOS_TYPE_VERSION, GUARD_TOS_SAME_TYPE_OR_NUMBER, BINARY_OP_PY_DUNDER] }
        // A comparison whose bool a conditional jump takes at once (the
        // compiler's `if a < b:`) runs the jump too, as CPython 3.11's
        // COMPARE_OP_*_JUMP forms do: the jump stays in place (jumps to it
        // still work) and is stepped over.
        /// Compare two ints, then the conditional jump that follows.
        COMPARE_OP_INT_JUMP { base: COMPARE_OP, cache: 1, uops: [GUARD_NOS_INT, GUARD_TOS_INT, COMPARE_OP_INT, POP_JUMP_IF_NEXT] }
        /// Compare two floats, then the conditional jump that follows.
        COMPARE_OP_FLOAT_JUMP { base: COMPARE_OP, cache: 1, uops: [GUARD_NOS_FLOAT, GUARD_TOS_FLOAT, COMPARE_OP_FLOAT, POP_JUMP_IF_NEXT] }
        /// Compare two strs, then the conditional jump that follows.
        COMPARE_OP_STR_JUMP { base: COMPARE_OP, cache: 1, uops: [GUARD_NOS_STR, GUARD_TOS_STR, COMPARE_OP_STR, POP_JUMP_IF_NEXT] }
        /// Compare two ints.
        COMPARE_OP_INT { base: COMPARE_OP, cache: 1, uops: [GUARD_NOS_INT, GUARD_TOS_INT, COMPARE_OP_INT] }
        /// Compare two floats.
        COMPARE_OP_FLOAT { base: COMPARE_OP, cache: 1, uops: [GUARD_NOS_FLOAT, GUARD_TOS_FLOAT, COMPARE_OP_FLOAT] }
        /// Compare a float with an int.
        COMPARE_OP_FLOAT_INT { base: COMPARE_OP, cache: 1, uops: [GUARD_NOS_FLOAT, GUARD_TOS_INT, COMPARE_OP_MIXED] }
        /// Compare an int with a float.
        COMPARE_OP_INT_FLOAT { base: COMPARE_OP, cache: 1, uops: [GUARD_NOS_INT, GUARD_TOS_FLOAT, COMPARE_OP_MIXED] }
        /// Compare two strs.
        COMPARE_OP_STR { base: COMPARE_OP, cache: 1, uops: [GUARD_NOS_STR, GUARD_TOS_STR, COMPARE_OP_STR] }
        /// Membership in a dict.
        CONTAINS_OP_DICT { base: CONTAINS_OP, cache: 1, uops: [GUARD_TOS_DICT, CONTAINS_OP_DICT] }
        /// Membership in a set.
        CONTAINS_OP_SET { base: CONTAINS_OP, cache: 1, uops: [GUARD_TOS_SET, CONTAINS_OP_SET] }
        /// Membership in a list.
        CONTAINS_OP_LIST { base: CONTAINS_OP, cache: 1, uops: [GUARD_TOS_LIST, CONTAINS_OP_LIST] }
        /// Membership in a tuple.
        CONTAINS_OP_TUPLE { base: CONTAINS_OP, cache: 1, uops: [GUARD_TOS_TUPLE, CONTAINS_OP_TUPLE] }
        /// list[int].
        BINARY_SUBSCR_LIST_INT { base: BINARY_SUBSCR, cache: 1, uops: [GUARD_NOS_LIST, GUARD_TOS_INT, BINARY_SUBSCR_LIST_INT] }
        /// tuple[int].
        BINARY_SUBSCR_TUPLE_INT { base: BINARY_SUBSCR, cache: 1, uops: [GUARD_NOS_TUPLE, GUARD_TOS_INT, BINARY_SUBSCR_TUPLE_INT] }
        /// str[int].
        BINARY_SUBSCR_STR_INT { base: BINARY_SUBSCR, cache: 1, uops: [GUARD_NOS_STR, GUARD_TOS_INT, BINARY_SUBSCR_STR_INT] }
        /// dict[key].
        BINARY_SUBSCR_DICT { base: BINARY_SUBSCR, cache: 1, uops: [GUARD_NOS_DICT, BINARY_SUBSCR_DICT] }
        /// list[int] = v.
        STORE_SUBSCR_LIST_INT { base: STORE_SUBSCR, cache: 1, uops: [GUARD_NOS_LIST, GUARD_TOS_INT, STORE_SUBSCR_LIST_INT] }
        /// dict[key] = v.
        STORE_SUBSCR_DICT { base: STORE_SUBSCR, cache: 1, uops: [GUARD_NOS_DICT, STORE_SUBSCR_DICT] }
        /// Unpack a tuple.
        UNPACK_SEQUENCE_TUPLE { base: UNPACK_SEQUENCE, cache: 1, uops: [GUARD_TUPLE_LEN, UNPACK_SEQUENCE_TUPLE] }
        /// Unpack a list.
        UNPACK_SEQUENCE_LIST { base: UNPACK_SEQUENCE, cache: 1, uops: [GUARD_LIST_LEN, UNPACK_SEQUENCE_LIST] }
        /// Iterate over a range.
        FOR_ITER_RANGE { base: FOR_ITER, cache: 1, uops: [GUARD_ITER_RANGE, FOR_ITER_RANGE] }
        /// Iterate over a list.
        FOR_ITER_LIST { base: FOR_ITER, cache: 1, uops: [GUARD_ITER_LIST, FOR_ITER_LIST] }
        /// Iterate over a tuple.
        FOR_ITER_TUPLE { base: FOR_ITER, cache: 1, uops: [GUARD_ITER_TUPLE, FOR_ITER_TUPLE] }
        /// Iterate over a generator.
        FOR_ITER_GEN { base: FOR_ITER, cache: 1, uops: [GUARD_ITER_GEN, FOR_ITER_GEN] }
        /// Send into a generator or coroutine (`yield from`, `await`).
        SEND_GEN { base: SEND, cache: 1, uops: [GUARD_SEND_GEN, SEND_GEN] }

        // Enumerate/zip loops and slices.
        /// Iterate over an enumerate.
        FOR_ITER_ENUMERATE { base: FOR_ITER, cache: 1, uops: [GUARD_ITER_ENUMERATE, FOR_ITER_ENUMERATE] }
        /// Iterate over a zip.
        FOR_ITER_ZIP { base: FOR_ITER, cache: 1, uops: [GUARD_ITER_ZIP, FOR_ITER_ZIP] }
        /// list[a:b:c] with int or None bounds.
        BINARY_SUBSCR_LIST_SLICE { base: BINARY_SUBSCR, cache: 1, uops: [GUARD_NOS_LIST, GUARD_TOS_SLICE_INTS, BINARY_SUBSCR_LIST_SLICE] }
        /// tuple[a:b:c] with int or None bounds.
        BINARY_SUBSCR_TUPLE_SLICE { base: BINARY_SUBSCR, cache: 1, uops: [GUARD_NOS_TUPLE, GUARD_TOS_SLICE_INTS, BINARY_SUBSCR_TUPLE_SLICE] }
        /// str[a:b:c] with int or None bounds.
        BINARY_SUBSCR_STR_SLICE { base: BINARY_SUBSCR, cache: 1, uops: [GUARD_NOS_STR, GUARD_TOS_SLICE_INTS, BINARY_SUBSCR_STR_SLICE] }
        /// list[a:b:c] = v with int or None bounds.
        STORE_SUBSCR_LIST_SLICE { base: STORE_SUBSCR, cache: 1, uops: [GUARD_NOS_LIST, GUARD_TOS_SLICE_INTS, STORE_SUBSCR_LIST_SLICE] }

        /// A bool is its own truth value.
        TO_BOOL_BOOL { base: TO_BOOL, cache: 2, uops: [GUARD_TOS_BOOL] }
        /// Truth of an int.
        TO_BOOL_INT { base: TO_BOOL, cache: 2, uops: [GUARD_TOS_INT, TO_BOOL_INT] }
        /// Truth of None.
        TO_BOOL_NONE { base: TO_BOOL, cache: 2, uops: [GUARD_TOS_NONE, TO_BOOL_NONE] }
        /// Truth of a str.
        TO_BOOL_STR { base: TO_BOOL, cache: 2, uops: [GUARD_TOS_STR, TO_BOOL_STR] }
        /// Truth of a list.
        TO_BOOL_LIST { base: TO_BOOL, cache: 2, uops: [GUARD_TOS_LIST, TO_BOOL_LIST] }
        /// Truth of a float.
        TO_BOOL_FLOAT { base: TO_BOOL, cache: 2, uops: [GUARD_TOS_FLOAT, TO_BOOL_FLOAT] }
        // A truth test whose bool a conditional jump takes at once (`if x:`)
        // runs the jump too, as the COMPARE_OP_*_JUMP forms do.
        /// A bool's truth, then the conditional jump that follows.
        TO_BOOL_BOOL_JUMP { base: TO_BOOL, cache: 2, uops: [GUARD_TOS_BOOL, POP_JUMP_IF_NEXT] }
        /// An int's truth, then the conditional jump that follows.
        TO_BOOL_INT_JUMP { base: TO_BOOL, cache: 2, uops: [GUARD_TOS_INT, TO_BOOL_INT, POP_JUMP_IF_NEXT] }
        /// A list's truth, then the conditional jump that follows.
        TO_BOOL_LIST_JUMP { base: TO_BOOL, cache: 2, uops: [GUARD_TOS_LIST, TO_BOOL_LIST, POP_JUMP_IF_NEXT] }
        /// A str's truth, then the conditional jump that follows.
        TO_BOOL_STR_JUMP { base: TO_BOOL, cache: 2, uops: [GUARD_TOS_STR, TO_BOOL_STR, POP_JUMP_IF_NEXT] }
        /// An instance of a class with neither `__bool__` nor `__len__` is true (cache unit 1: the class version).
        TO_BOOL_ALWAYS_TRUE { base: TO_BOOL, cache: 2, uops: [GUARD_TYPE_VERSION, TO_BOOL_ALWAYS_TRUE] }
        /// None or an always-true instance (`if node.left:`), as one site sees both: formed when `TO_BOOL_NONE` or `TO_BOOL_ALWAYS_TRUE` misses for the other (cache unit 1: the class version).
        TO_BOOL_NONE_OR_TRUE { base: TO_BOOL, cache: 2, uops: [GUARD_TOS_NONE_OR_TYPE_VERSION, TO_BOOL_NONE_OR_TRUE] }

        // ---- Specialized forms: attributes and globals.
        /// A global found in the module's globals.
        LOAD_GLOBAL_MODULE { base: LOAD_GLOBAL, cache: 4, uops: [GUARD_GLOBALS_VERSION, LOAD_GLOBAL_MODULE] }
        /// A global found in the builtins (and absent from the globals).
        LOAD_GLOBAL_BUILTIN { base: LOAD_GLOBAL, cache: 4, uops: [GUARD_GLOBALS_VERSION, GUARD_BUILTINS_VERSION, LOAD_GLOBAL_BUILTIN] }
        // A global called at once (`f(x)`: the compiler's LOAD_GLOBAL,
        // PUSH_NULL) pushes the call's NULL too, and the PUSH_NULL is
        // stepped over (CPython 3.11 folds the NULL into LOAD_GLOBAL).
        /// A module global, then the PUSH_NULL that follows.
        LOAD_GLOBAL_MODULE_PUSH_NULL { base: LOAD_GLOBAL, cache: 4, uops: [GUARD_GLOBALS_VERSION, LOAD_GLOBAL_MODULE, PUSH_NULL_NEXT] }
        /// A builtin, then the PUSH_NULL that follows.
        LOAD_GLOBAL_BUILTIN_PUSH_NULL { base: LOAD_GLOBAL, cache: 4, uops: [GUARD_GLOBALS_VERSION, GUARD_BUILTINS_VERSION, LOAD_GLOBAL_BUILTIN, PUSH_NULL_NEXT] }
        /// An instance attribute kept in the instance's slots.
        LOAD_ATTR_INSTANCE_VALUE { base: LOAD_ATTR, cache: 4, uops: [GUARD_TYPE_VERSION, LOAD_ATTR_INSTANCE_VALUE] }
        /// A `__slots__` member.
        LOAD_ATTR_SLOT { base: LOAD_ATTR, cache: 4, uops: [GUARD_TYPE_VERSION, LOAD_ATTR_SLOT] }
        /// A module attribute.
        LOAD_ATTR_MODULE { base: LOAD_ATTR, cache: 4, uops: [GUARD_MODULE_VERSION, LOAD_ATTR_MODULE] }
        /// A class attribute that is no descriptor, read through an instance that does not shadow it.
        LOAD_ATTR_NONDESCRIPTOR { base: LOAD_ATTR, cache: 4, uops: [GUARD_TYPE_VERSION, GUARD_INSTANCE_NO_DICT, GUARD_NO_INSTANCE_ATTR, LOAD_ATTR_NONDESCRIPTOR] }
        /// An attribute of a class object itself (`C.x`).
        LOAD_ATTR_CLASS { base: LOAD_ATTR, cache: 4, uops: [GUARD_CLASS_VERSION, GUARD_METACLASS_VERSION, LOAD_ATTR_CLASS] }
        /// A property whose getter is a Python function.
        LOAD_ATTR_PROPERTY { base: LOAD_ATTR, cache: 4, uops: [GUARD_TYPE_VERSION, LOAD_ATTR_PROPERTY] }
        /// A method of a Python class, called on an instance with no attribute of that name.
        LOAD_METHOD_WITH_VALUES { base: LOAD_METHOD, cache: 4, uops: [GUARD_TYPE_VERSION, GUARD_INSTANCE_NO_DICT, GUARD_NO_INSTANCE_ATTR, LOAD_METHOD_CACHED] }
        /// A method of a built-in type, whose objects have no instance attributes.
        LOAD_METHOD_NO_DICT { base: LOAD_METHOD, cache: 4, uops: [GUARD_TYPE_VERSION, LOAD_METHOD_CACHED] }
        /// A module attribute called (`math.sqrt(x)`).
        LOAD_METHOD_MODULE { base: LOAD_METHOD, cache: 4, uops: [GUARD_MODULE_VERSION, LOAD_METHOD_MODULE] }
        /// An attribute of a class object called (`C.f(x)`).
        LOAD_METHOD_CLASS { base: LOAD_METHOD, cache: 4, uops: [GUARD_CLASS_VERSION, GUARD_METACLASS_VERSION, LOAD_METHOD_CLASS] }
        /// Store an instance attribute into the instance's slots.
        STORE_ATTR_INSTANCE_VALUE { base: STORE_ATTR, cache: 3, uops: [GUARD_TYPE_VERSION, GUARD_INSTANCE_NO_DICT, STORE_ATTR_SLOT] }
        /// Store a `__slots__` member.
        STORE_ATTR_SLOT { base: STORE_ATTR, cache: 3, uops: [GUARD_TYPE_VERSION, STORE_ATTR_SLOT] }
        /// LOAD_ATTR_INSTANCE_VALUE at a site that sees instances of several classes (a polymorphic cache).
        LOAD_ATTR_INSTANCE_VALUE_POLY { base: LOAD_ATTR, cache: 4, uops: [LOAD_ATTR_INSTANCE_VALUE_POLY] }
        /// LOAD_METHOD_WITH_VALUES at a site that sees instances of several classes (a polymorphic cache).
        LOAD_METHOD_WITH_VALUES_POLY { base: LOAD_METHOD, cache: 4, uops: [GUARD_INSTANCE_NO_DICT, LOAD_METHOD_WITH_VALUES_POLY] }
        /// STORE_ATTR_INSTANCE_VALUE at a site that sees instances of several classes (a polymorphic cache).
        STORE_ATTR_INSTANCE_VALUE_POLY { base: STORE_ATTR, cache: 3, uops: [GUARD_INSTANCE_NO_DICT, STORE_ATTR_INSTANCE_VALUE_POLY] }

        // ---- Specialized forms: calls.
        /// Call a Python function with exactly its positional parameters.
        CALL_PY_EXACT_ARGS { base: CALL, cache: 3, uops: [GUARD_FUNCTION_VERSION, GUARD_CALL_NARGS, CALL_PY_EXACT_ARGS] }
        /// Call a Python function, the last parameters from its defaults.
        CALL_PY_WITH_DEFAULTS { base: CALL, cache: 3, uops: [GUARD_FUNCTION_VERSION, GUARD_CALL_NARGS, CALL_PY_WITH_DEFAULTS] }
        /// Call a generator function (make the generator).
        CALL_PY_GEN { base: CALL, cache: 3, uops: [GUARD_FUNCTION_VERSION, GUARD_CALL_NARGS, CALL_PY_GEN] }
        /// Call a generator function known by its code with exactly its positional parameters (a generator expression: each evaluation makes a new function of the same code).
        CALL_PY_GEN_CODE { base: CALL, cache: 3, uops: [GUARD_FUNCTION_CODE, GUARD_CALL_NARGS, CALL_PY_GEN] }
        /// Call a bound method object of a Python function with exact arguments.
        CALL_BOUND_METHOD_EXACT_ARGS { base: CALL, cache: 3, uops: [GUARD_BOUND_METHOD_VERSION, EXPAND_BOUND_METHOD, CALL_PY_EXACT_ARGS] }
        /// Call a bound method object of a Python function using defaults.
        CALL_BOUND_METHOD_WITH_DEFAULTS { base: CALL, cache: 3, uops: [GUARD_BOUND_METHOD_VERSION, EXPAND_BOUND_METHOD, CALL_PY_WITH_DEFAULTS] }
        /// Call an object whose class's `__call__` is a Python function, with exactly its positional parameters (the object the first).
        CALL_INSTANCE_EXACT_ARGS { base: CALL, cache: 3, uops: [GUARD_CALLABLE_INSTANCE, EXPAND_CALLABLE_INSTANCE, CALL_PY_EXACT_ARGS] }
        /// Call an object whose class's `__call__` is a Python function, the last parameters from its defaults.
        CALL_INSTANCE_WITH_DEFAULTS { base: CALL, cache: 3, uops: [GUARD_CALLABLE_INSTANCE, EXPAND_CALLABLE_INSTANCE, CALL_PY_WITH_DEFAULTS] }
        /// Call one of several Python functions (a polymorphic site), each with exactly its positional parameters.
        CALL_PY_SIMPLE { base: CALL, cache: 3, uops: [GUARD_PY_SIMPLE, RECORD_CALLEE, CALL_PY_EXACT_ARGS] }
        /// Call a built-in function or method.
        CALL_BUILTIN_FAST { base: CALL, cache: 3, uops: [GUARD_BUILTIN, CALL_BUILTIN_FAST] }
        /// `len(x)`.
        CALL_LEN { base: CALL, cache: 3, uops: [GUARD_CALLABLE_LEN, CALL_LEN] }
        /// `isinstance(x, cls)`.
        CALL_ISINSTANCE { base: CALL, cache: 3, uops: [GUARD_CALLABLE_ISINSTANCE, CALL_ISINSTANCE] }
        /// `type(x)`.
        CALL_TYPE_1 { base: CALL, cache: 3, uops: [GUARD_CALLABLE_TYPE, CALL_TYPE_1] }
        /// Instantiate a built-in class (`range(n)`, `list(xs)`, `ValueError(msg)`).
        CALL_BUILTIN_CLASS { base: CALL, cache: 3, uops: [GUARD_CALLEE_CLASS_VERSION, CALL_BUILTIN_CLASS] }
        /// Instantiate a Python class with a Python `__init__`.
        CALL_ALLOC_AND_ENTER_INIT { base: CALL, cache: 3, uops: [GUARD_CALLEE_CLASS_VERSION, GUARD_KNOWN_FUNCTION, CALL_ALLOC_AND_ENTER_INIT] }
    } };
}

instruction_table!(define_ops);

impl Uop {
    #[inline]
    pub fn info(self) -> &'static UopInfo {
        &UOPS[self as usize]
    }
    pub fn name(self) -> &'static str {
        self.info().name
    }
    pub fn from_u8(b: u8) -> Option<Uop> {
        Uop::ALL.get(b as usize).copied()
    }
}

impl Opcode {
    #[inline]
    pub fn info(self) -> &'static OpInfo {
        &OPS[self as usize]
    }
    pub fn name(self) -> &'static str {
        self.info().name
    }
    #[inline]
    pub fn from_u8(b: u8) -> Option<Opcode> {
        Opcode::ALL.get(b as usize).copied()
    }
    pub fn from_name(name: &str) -> Option<Opcode> {
        Opcode::ALL.iter().copied().find(|op| op.name() == name)
    }
    /// Inline cache code units following this instruction.
    pub fn cache_entries(self) -> u32 {
        self.info().cache
    }
    /// What the oparg means (that of the first uop which uses it).
    pub fn arg_kind(self) -> ArgKind {
        self.info()
            .uops
            .iter()
            .map(|u| u.info().arg)
            .find(|k| *k != ArgKind::None)
            .unwrap_or(ArgKind::None)
    }
    /// Union of the flags of this instruction's uops.
    pub fn flags(self) -> u16 {
        self.info().uops.iter().fold(0, |f, u| f | u.info().flags)
    }
    pub fn is_jump(self) -> bool {
        self.arg_kind() == ArgKind::Jump
    }
    /// Does control never fall through to the next instruction?
    pub fn is_terminal(self) -> bool {
        self.flags() & TERMINAL != 0
    }
    /// Net stack effect. `jump` selects the effect when the jump is taken.
    pub fn stack_effect(self, oparg: u32, jump: bool) -> i32 {
        self.info()
            .uops
            .iter()
            .map(|u| {
                let info = u.info();
                match (jump, info.jump_delta) {
                    (true, Some(d)) => d(oparg),
                    _ => info.delta(oparg),
                }
            })
            .sum()
    }
}

macro_rules! numbered_enum {
    ($(#[$m:meta])* $name:ident { $($(#[doc = $doc:literal])* $v:ident = $n:expr => $sym:literal),* $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
        #[repr(u8)]
        pub enum $name { $($(#[doc = $doc])* $v = $n),* }
        impl $name {
            pub fn from_u32(n: u32) -> Option<$name> {
                match n { $($n => Some($name::$v),)* _ => None }
            }
            /// The operator as written in Python source.
            pub fn symbol(self) -> &'static str {
                match self { $($name::$v => $sym),* }
            }
        }
    };
}

numbered_enum! {
    /// Operand of `BINARY_OP` (CPython's numbering; in-place forms are +13).
    BinOp {
        Add = 0 => "+", And = 1 => "&", FloorDivide = 2 => "//", LShift = 3 => "<<",
        MatMul = 4 => "@", Multiply = 5 => "*", Remainder = 6 => "%", Or = 7 => "|",
        Power = 8 => "**", RShift = 9 => ">>", Subtract = 10 => "-", TrueDivide = 11 => "/",
        Xor = 12 => "^",
        InplaceAdd = 13 => "+=", InplaceAnd = 14 => "&=", InplaceFloorDivide = 15 => "//=",
        InplaceLShift = 16 => "<<=", InplaceMatMul = 17 => "@=", InplaceMultiply = 18 => "*=",
        InplaceRemainder = 19 => "%=", InplaceOr = 20 => "|=", InplacePower = 21 => "**=",
        InplaceRShift = 22 => ">>=", InplaceSubtract = 23 => "-=", InplaceTrueDivide = 24 => "/=",
        InplaceXor = 25 => "^=",
    }
}

impl BinOp {
    /// The in-place variant's plain operator (`+=` -> `+`); plain operators map to themselves.
    pub fn base(self) -> BinOp {
        let n = self as u32;
        if n >= 13 {
            BinOp::from_u32(n - 13).unwrap_or(self)
        } else {
            self
        }
    }
    pub fn is_inplace(self) -> bool {
        self as u32 >= 13
    }
    /// The in-place form of a plain operator.
    pub fn inplace(self) -> BinOp {
        BinOp::from_u32(self.base() as u32 + 13).unwrap_or(self)
    }
}

numbered_enum! {
    /// Operand of `COMPARE_OP`.
    CmpOp { Lt = 0 => "<", Le = 1 => "<=", Eq = 2 => "==", Ne = 3 => "!=", Gt = 4 => ">", Ge = 5 => ">=" }
}

impl CmpOp {
    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_consistent() {
        assert_eq!(UOPS.len(), Uop::ALL.len());
        assert_eq!(OPS.len(), Opcode::ALL.len());
        for (i, op) in Opcode::ALL.iter().enumerate() {
            assert_eq!(*op as usize, i);
            assert!(!op.info().uops.is_empty(), "{} has no uops", op.name());
            assert!(!op.info().doc.is_empty());
        }
        assert!(Opcode::ALL.len() <= 256);
    }

    #[test]
    fn code_unit_round_trips() {
        let cu = CodeUnit::new(Opcode::LOAD_CONST, MAX_OPARG);
        assert_eq!(cu.op(), Opcode::LOAD_CONST);
        assert_eq!(cu.arg(), MAX_OPARG);
        assert_eq!(std::mem::size_of::<CodeUnit>(), 4);
    }

    #[test]
    fn stack_effects() {
        assert_eq!(Opcode::CALL.stack_effect(2, false), -3);
        assert_eq!(Opcode::FOR_ITER.stack_effect(0, false), 1);
        assert_eq!(Opcode::FOR_ITER.stack_effect(0, true), -1);
        assert_eq!(Opcode::MAKE_FUNCTION.stack_effect(0b1011, false), -3);
        assert_eq!(Opcode::UNPACK_EX.stack_effect(1 | (2 << 8), false), 3);
        assert_eq!(Opcode::JUMP_IF_FALSE_OR_POP.stack_effect(0, true), 0);
        assert_eq!(Opcode::JUMP_IF_FALSE_OR_POP.stack_effect(0, false), -1);
    }
}
