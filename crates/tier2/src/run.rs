//! The micro-op interpreter: the first executor back end (DESIGN §4).
//!
//! It runs an executor's uops on the frame itself (the uop bodies are tier
//! 1's, `stitch_runtime::uops`), so its values never need writing back.
//!
//! Dispatch is threaded: each uop of an executor carries its handler (one
//! function per uop, with the body inlined, made from the uop table), and
//! a handler whose uop goes on calls the next uop's handler itself, as a
//! tail call (direct-threaded code: one indirect jump per uop, each with
//! its own prediction site). The compiler makes those calls tail calls
//! only where nothing in the handler's frame outlives them, so exits go
//! on through [`deopt`] and [`jumped`], which take nothing through
//! memory, and uops whose bodies call out run them in a function of
//! their own ([`outlined`]): chains do not nest (`--stats` reports the
//! deepest). Calls the trace follows push their frame, and returns pop
//! it, in their handlers, so a trace runs through them without leaving
//! the chain. What comes back to the loop here, as a code: the jump to
//! the top when the eval breaker is set or the lap budget is spent, exits
//! the handler may not take itself, calls the trace does not follow,
//! errors, yields of frames that are not the run's own (the handler gives
//! the run's sink the others itself) or a sink saying stop, and the cold
//! exit. A chain of handlers never outgrows
//! its trace (every trace ends with a uop that returns) times the laps
//! and links it may take before returning ([`LAPS`], [`LINK_HOPS`], both
//! 0 without tail calls, in debug builds).
//!
//! Taking a linkable exit always goes through the exit's pointer to the
//! next executor: a transfer between executors never returns to tier 1.
//! A handler leaving through an exit that is linked goes on into the next
//! executor's first uop itself when the exit may go there (linked, or
//! an after-lap or onward exit allowed by the progress rule) and nothing
//! needs the loop; the loop takes the other exits (the cold exit,
//! first-instruction exits that may not link, `--stats` counting). The shared cold executor's one uop, `COLD_EXIT`,
//! counts the exit it was entered through and links it when it is hot.
//!
//! # Unsafe
//! Handlers walk the executor's code with a raw pointer. Invariant: a
//! handler is only called with a pointer to a uop (an `Op`) in the code
//! of an executor marked running (by the loop, or by the handler that
//! took a link to it), so the arena keeps it; `Cx::rec` is that executor,
//! `Cx::top`, `Cx::metas` and `Cx::exits` its code, side table and exit
//! table (which has a record for every exit index in the code:
//! `Arena::add` checks); a uop's operand word, if it has one, follows its
//! `Op`, then its offset word if it has one, and the next uop follows
//! that (`arena::encode`: [`words`] per uop); and the last uop of every
//! executor's code is terminal (`EXIT_TRACE`, `JUMP_TO_TOP`,
//! `COLD_EXIT`), whose handler returns, so the uop after any other uop
//! exists. `Linearize` ends every trace with one; `Arena::add` checks it.
//! `Cx::sink`, when set, points at the run's sink, which the run borrows
//! exclusively for as long as it runs and does not touch itself: only
//! `YIELD_TO_SINK`'s handler calls it (see `SinkFn`).
//! The frame a handler is given is always `*Cx::frame`: the run leaks the
//! running frame into it (`Box::into_raw`) and takes it back when the run
//! ends; only `push_frame` and the `POP_FRAME` and `YIELD_TO_CALLER`
//! handlers replace it, each
//! re-owning the old frame through `Box::from_raw` exactly once and
//! tail-calling on with the new one, so no `&mut Frame` outlives its frame.
//! Exit records and executors reached through exits are dereferenced
//! under the arena's invariants (see `arena.rs`).

use std::cell::Cell;
use std::collections::HashMap;

use stitch_bytecode::{Uop, flags};
use stitch_runtime::frame::{Frame, Link};
use stitch_runtime::interfaces::{Handback, Sink};
use stitch_runtime::uops::{self, Flow};
use stitch_runtime::{Exc, PyErr, Value, Vm};

use crate::Shared;
use crate::arena::{
    ExecutorRec, ExitRec, META_STRIDE, Meta, OP_WORDS, Op, at_word, has_at, has_operand,
    packs_operand, words,
};
use crate::inst::{Inst, NO_EXIT};
use crate::project::CALLER_RESUMED;

/// A uop handler: runs the uop at `pc` (and, tail-calling, the ones
/// after it) and returns a code for the loop.
pub type Handler = fn(&Vm, &mut Frame, *const Op, &Cx) -> u64;

/// What a handler leaves for the loop, besides its code.
#[derive(Default)]
pub struct Cx {
    /// The running frame, owned by the run while it lasts (a leaked
    /// `Box`); handlers of followed calls and returns change it.
    frame: Cell<*mut Frame>,
    /// The uop that returned `CALL`, `RAISE`, `SINK` or `RESUME`.
    pc: Cell<usize>,
    /// The frame of a call a uop made.
    callee: Cell<Option<Box<Frame>>>,
    error: Cell<Option<PyErr>>,
    /// A value to free on the way to the next uop (`Flow::Release`).
    value: Cell<Value>,
    /// The result of a body run out of line that does not go on
    /// ([`run_outlined`]).
    flow: Cell<Option<stitch_runtime::PyResult<Flow>>>,
    /// The running executor (for `CHECK_VALIDITY`), its first uop, and
    /// its side table (`ExecutorRec::metas`).
    rec: Cell<*const ExecutorRec>,
    top: Cell<*const Op>,
    metas: Cell<*const Meta>,
    /// Its exit table (a link reads it without the executor's record).
    exits: Cell<*const ExitRec>,
    /// Jumps to the top taken by handlers since the loop last saw one.
    laps: Cell<u32>,
    /// Has the running executor gone round its loop since it was entered
    /// (by the loop, or through a link)? (See `ExitRec::after_lap`.)
    lapped: Cell<bool>,
    /// Links handlers went through since the loop last ran a handler.
    hops: Cell<u32>,
    /// The shared cold executor.
    cold: Cell<*const ExecutorRec>,
    /// The run's sink, if it has one (see [`SinkFn`]).
    sink: Cell<Option<SinkFn>>,
    /// Tier-1 instructions completed (with `--stats`).
    pub instructions: Cell<u64>,
    /// Uops run, the last one, and how often each pair ran in a row (with `--stats`).
    uops: Cell<u64>,
    prev: Cell<Option<Uop>>,
    /// (Boxed, made by the first count: without `--stats` a run makes
    /// and drops nothing.)
    pairs: Cell<Option<Box<Pairs>>>,
    /// Where the stack was when the loop last ran a handler, and the
    /// deepest a chain of handlers went below it, in bytes (with
    /// `--stats`: handlers go on by tail calls, so chains should not nest).
    base: Cell<usize>,
    deepest: Cell<usize>,
}

impl Cx {
    /// Has the running executor gone round its loop since it was entered?
    #[inline(always)]
    fn has_lapped(&self) -> bool {
        self.lapped.get() || self.laps.get() > 0
    }
}

/// How often each uop ran after each other uop (after none: the first of a run).
type Pairs = HashMap<(Option<Uop>, Uop), u64>;

/// Count the uop at `pc` (`--stats` only).
#[cold]
fn tally(cx: &Cx, pc: *const Op) {
    let m = meta(pc, cx);
    cx.instructions.set(cx.instructions.get() + m.count as u64);
    cx.uops.set(cx.uops.get() + 1);
    let depth = cx.base.get().saturating_sub(stack_mark());
    cx.deepest.set(cx.deepest.get().max(depth));
    let u = uop_at(pc);
    let prev = cx.prev.replace(Some(u));
    let mut pairs = cx.pairs.take().unwrap_or_default();
    *pairs.entry((prev, u)).or_default() += 1;
    cx.pairs.set(Some(pairs));
}

/// An address in the stack frame of the function that calls this (to
/// measure how deep chains of handlers nest, with `--stats`).
#[inline(never)]
fn stack_mark() -> usize {
    let here = 0u8;
    std::hint::black_box(&here) as *const u8 as usize
}

// Codes a handler returns: a kind in the high half, an argument in the low.
const KIND: u64 = 1 << 32;
/// Leave through exit record `low`.
const EXIT: u64 = KIND;
/// Resume tier 1 in the running frame at offset `low`.
const RESUME: u64 = 2 * KIND;
/// Back to the top of the trace (the loop head at offset `low`).
const TOP: u64 = 3 * KIND;
/// A uop made a call's frame (in `Cx::callee`).
const CALL: u64 = 4 * KIND;
/// An error (in `Cx::error`).
const RAISE: u64 = 6 * KIND;
/// The cold exit.
const COLD: u64 = 7 * KIND;
/// A yield for the run's sink (`YIELD_TO_SINK`, the uop in `Cx::pc`)
/// that its handler did not give it (not the run's own frame).
const SINK: u64 = 8 * KIND;
/// The run's sink took a value and said stop.
const STOP: u64 = 9 * KIND;

/// The run's sink (`run`'s `sink`) as handlers call it: a pointer made
/// from the run's exclusive borrow of it, which the run does not use
/// while handlers may (its lifetime erased: the pointer lives in the
/// run's `Cx`, which the borrow outlives).
type SinkFn = *mut (dyn FnMut(Value) -> bool + 'static);

#[inline(always)]
fn kind(code: u64) -> u64 {
    code & !(KIND - 1)
}
#[inline(always)]
fn low(code: u64) -> u32 {
    code as u32
}

/// The handler of uop `u`; `stats`: the one that counts instructions.
pub fn handler_for(u: Uop, stats: bool) -> Handler {
    match control(u, stats) {
        Some(h) => h,
        None if stats => GENERATED[u as usize].1,
        None => GENERATED[u as usize].0,
    }
}

/// Does uop `u` have forms that make no call (`uops::no_calls`), for
/// some operators?
const fn has_no_calls_form(u: Uop) -> bool {
    matches!(
        u,
        Uop::BINARY_OP_INT | Uop::BINARY_OP_FLOAT | Uop::BINARY_OP_NUMBER
    )
}

/// Words of code each uop takes ([`words`]), by uop.
static UOP_WORDS: [u8; Uop::ALL.len()] = uop_words();

const fn uop_words() -> [u8; Uop::ALL.len()] {
    let mut t = [0; Uop::ALL.len()];
    let mut i = 0;
    while i < t.len() {
        t[i] = words(Uop::ALL[i]) as u8;
        i += 1;
    }
    t
}

/// The uop at `pc`.
#[inline(always)]
fn uop_at(pc: *const Op) -> Uop {
    // SAFETY: `pc` is a uop of a running executor's code (module invariant).
    unsafe { (*pc).uop }
}

/// The uop after the one at `pc`, whatever it is.
#[inline(always)]
fn after_any(pc: *const Op) -> *const Op {
    after(pc, UOP_WORDS[uop_at(pc) as usize] as usize)
}

/// What the side table says of the uop at `pc`, of the running executor.
#[inline(always)]
fn meta<'a>(pc: *const Op, cx: &Cx) -> &'a Meta {
    let entry = (pc as usize - cx.top.get() as usize) / META_STRIDE;
    // SAFETY: `pc` is a uop of the running executor (module invariant),
    // whose side table has an entry per `META_STRIDE` bytes of its code.
    unsafe { &*cx.metas.get().add(entry) }
}

/// The operand of uop `$u` at `$pc` (0 for a uop without one).
macro_rules! operand {
    ($pc:expr, $u:expr) => {
        if const { packs_operand($u) } {
            // SAFETY: `$pc` points into a running executor's code (module invariant).
            unsafe { (*$pc).oparg as u64 }
        } else if const { has_operand($u) } {
            // SAFETY: the uop's operand word follows it (`arena::encode`).
            unsafe { *$pc.cast::<u64>().add(OP_WORDS) }
        } else {
            0
        }
    };
}

/// The oparg of uop `$u` at `$pc` (0 for a uop that packs its operand
/// there: its body reads none).
macro_rules! oparg {
    ($pc:expr, $u:expr) => {
        if const { packs_operand($u) } {
            0
        } else {
            // SAFETY: `$pc` points into a running executor's code (module invariant).
            unsafe { (*$pc).oparg }
        }
    };
}

/// The tier-1 offset of uop `$u` at `$pc`: from its code if it keeps it
/// there ([`has_at`]), else from the side table.
macro_rules! at {
    ($pc:expr, $cx:expr, $u:expr) => {
        if const { has_at($u) } {
            // SAFETY: the uop's offset word follows it (`arena::encode`).
            unsafe { *$pc.cast::<u64>().add(const { at_word($u) }) as u32 }
        } else {
            meta($pc, $cx).at
        }
    };
}

/// Run the uop at `$p` (a uop of the running executor), by its handler.
macro_rules! run_at {
    ($vm:expr, $f:expr, $p:expr, $cx:expr) => {{
        let p: *const Op = $p;
        // SAFETY: `p` is a uop of a running executor's code.
        unsafe { ((*p).run)($vm, $f, p, $cx) }
    }};
}

/// The uop after the one at `pc`, which takes `n` words.
#[inline(always)]
fn after(pc: *const Op, n: usize) -> *const Op {
    // SAFETY: when the uop at `pc` is not terminal, another uop follows
    // it in the executor's code (module invariant).
    unsafe { pc.cast::<u64>().add(n).cast() }
}

/// Go on with the uop after `pc` (a uop `$u`, or when not given, the one
/// its record says).
macro_rules! next {
    ($vm:ident, $f:ident, $pc:ident, $cx:ident, $u:expr) => {{
        let next = after($pc, const { words($u) });
        return run_at!($vm, $f, next, $cx);
    }};
    ($vm:ident, $f:ident, $pc:ident, $cx:ident) => {{
        let next = after_any($pc);
        return run_at!($vm, $f, next, $cx);
    }};
}

/// The body of a generated handler: run the uop's body and go on, or
/// leave with a code.
macro_rules! step {
    ($vm:ident, $f:ident, $pc:ident, $cx:ident, $name:ident, $stats:ident) => {{
        if $stats {
            tally($cx, $pc);
        }
        if const { outlined(Uop::$name) } {
            // The body runs in a function of its own; only its result's
            // kind comes back, so this handler's jump on is a tail call.
            let out = run_outlined::<_, { Uop::$name.flags() & flags::ESCAPES != 0 }>(
                $vm,
                $f,
                $cx,
                oparg!($pc, Uop::$name),
                operand!($pc, Uop::$name),
                at!($pc, $cx, Uop::$name),
                uops::$name,
            );
            if out as u8 == OUT_NEXT {
                next!($vm, $f, $pc, $cx, Uop::$name)
            }
            return outlined_out::<$stats>($vm, $f, $pc, $cx, out);
        }
        if const { Uop::$name.flags() & flags::ESCAPES != 0 } {
            // Code it runs may look at the frame's position: it is this
            // uop's instruction (so tier 2 needs no `SET_IP`).
            $f.lasti = at!($pc, $cx, Uop::$name);
        }
        let result = uops::$name($vm, $f, oparg!($pc, Uop::$name), operand!($pc, Uop::$name));
        match result {
            // `Next` owns nothing: forgetting it keeps `Flow`'s drop glue
            // off the common path.
            Ok(Flow::Next) => {
                std::mem::forget(result);
                next!($vm, $f, $pc, $cx, Uop::$name)
            }
            Ok(Flow::Release(v)) => {
                std::mem::forget($cx.value.replace(v));
                return release_then_next($vm, $f, $pc, $cx);
            }
            // A call's frame, for the loop (the common way out of a call
            // uop, so it skips `left`).
            Ok(Flow::Call(callee)) if const { Uop::$name.flags() & flags::ESCAPES != 0 } => {
                return call($vm, $f, $pc, $cx, callee);
            }
            _ => leave_on!(result, $vm, $f, $pc, $cx, $stats),
        }
    }};
}

/// Leave the uop at `$pc` on its body's `$result`, one that does not go
/// on: exits by tail calls that own nothing (see [`deopt`]), the rest
/// through [`left`].
macro_rules! leave_on {
    ($result:ident, $vm:ident, $f:ident, $pc:ident, $cx:ident, $stats:ident) => {{
        match $result {
            Ok(Flow::Deopt) => {
                std::mem::forget($result);
                return deopt::<$stats>($vm, $f, $pc, $cx);
            }
            Ok(Flow::Jump(t)) => {
                std::mem::forget($result);
                return jumped::<$stats>($vm, $f, $pc, $cx, t);
            }
            // The rest through `Cx`, so that this is a tail call too.
            _ => {
                std::mem::forget($cx.flow.replace(Some($result)));
                return outlined_left::<$stats>($vm, $f, $pc, $cx);
            }
        }
    }};
}

/// Does uop `u`'s handler run its body out of line ([`run_outlined`])?
///
/// A handler goes on to the next uop with a tail call only if the
/// compiler can make it one, and it cannot when the body, inlined, passes
/// the address of one of the handler's locals to a call on a path that
/// reaches it (a result returned through memory: calls into built-ins,
/// generic operations, slow paths). The handler then calls the next one,
/// and the chain nests: a frame per such uop, for every lap of the trace,
/// whose returns overflow the processor's return predictor when the chain
/// ends (float_points' chains went 8.6 KB deep, and it ran ~5% slower
/// than tier 1; `--stats` reports the deepest chain). So uops that
/// call out (`ESCAPES`) and those whose common path calls a helper run
/// their bodies in a function of their own (one call more; they make
/// calls anyway).
const fn outlined(u: Uop) -> bool {
    u.flags() & flags::ESCAPES != 0
        || matches!(
            u,
            Uop::STORE_ATTR_INSTANCE_VALUE_POLY
                | Uop::BINARY_SUBSCR_STR_SLICE
                | Uop::BINARY_OP_FLOAT
                | Uop::BINARY_OP_INT
                | Uop::BINARY_OP_NUMBER
                | Uop::CALL_TYPE_1
        )
}

// What an out-of-line body did ([`run_outlined`]): the low byte, and for
// a jump its target in the high half.
/// Went on (having freed what it left to free).
const OUT_NEXT: u8 = 0;
/// Made a call's frame, in `Cx::callee`.
const OUT_CALL: u8 = 1;
/// Failed its guard.
const OUT_DEOPT: u8 = 2;
/// Jumped.
const OUT_JUMP: u8 = 3;
/// Anything else, in `Cx::flow`.
const OUT_OTHER: u8 = 4;

/// Run the body of a uop, given its oparg and operand, out of line (see
/// [`outlined`]); returns what it did (`OUT_*`), its result waiting in
/// `Cx` where it has one.
#[inline(never)]
fn run_outlined<B, const ESCAPES: bool>(
    vm: &Vm,
    f: &mut Frame,
    cx: &Cx,
    oparg: u32,
    operand: u64,
    at: u32,
    body: B,
) -> u64
where
    B: Fn(&Vm, &mut Frame, u32, u64) -> stitch_runtime::PyResult<Flow>,
{
    if ESCAPES {
        // As in `step!`: the position is this uop's instruction, `at`.
        f.lasti = at;
    }
    let result = body(vm, f, oparg, operand);
    match result {
        // (Forgotten: nothing to drop, and no drop glue called.)
        Ok(Flow::Next) => {
            std::mem::forget(result);
            OUT_NEXT as u64
        }
        Ok(Flow::Deopt) => {
            std::mem::forget(result);
            OUT_DEOPT as u64
        }
        Ok(Flow::Jump(t)) => {
            std::mem::forget(result);
            OUT_JUMP as u64 | (t as u64) << 32
        }
        Ok(Flow::Release(v)) => {
            drop(v);
            OUT_NEXT as u64
        }
        Ok(Flow::Call(callee)) => {
            cx.callee.set(Some(callee));
            OUT_CALL as u64
        }
        other => {
            cx.flow.set(Some(other));
            OUT_OTHER as u64
        }
    }
}

/// Leave the uop at `pc` as what its out-of-line body did (`out`, not
/// `OUT_NEXT`) says, as `step!` leaves on a body's result: by tail calls.
#[inline(always)]
fn outlined_out<const STATS: bool>(
    vm: &Vm,
    f: &mut Frame,
    pc: *const Op,
    cx: &Cx,
    out: u64,
) -> u64 {
    match out as u8 {
        OUT_DEOPT => deopt::<STATS>(vm, f, pc, cx),
        OUT_JUMP => jumped::<STATS>(vm, f, pc, cx, (out >> 32) as u32),
        OUT_CALL => outlined_call(vm, f, pc, cx),
        _ => outlined_left::<STATS>(vm, f, pc, cx),
    }
}

/// The call's frame an out-of-line body made (in `Cx::callee`): as [`call`].
#[inline(never)]
fn outlined_call(vm: &Vm, f: &mut Frame, pc: *const Op, cx: &Cx) -> u64 {
    match cx.callee.take() {
        Some(callee) => call(vm, f, pc, cx, callee),
        None => raise(
            f,
            pc,
            cx,
            vm.err(Exc::SystemError, "tier 2: call without a frame"),
        ),
    }
}

/// What an out-of-line body left in `Cx::flow`, as `step!` treats a result
/// other than going on.
#[inline(never)]
fn outlined_left<const STATS: bool>(vm: &Vm, f: &mut Frame, pc: *const Op, cx: &Cx) -> u64 {
    let result = cx
        .flow
        .take()
        .unwrap_or_else(|| Err(vm.err(Exc::SystemError, "tier 2: uop left no result")));
    left::<STATS>(vm, f, pc, cx, result)
}

/// Free the value a uop left (`Flow::Release`), then go on: out of line,
/// reached by a tail call, so handlers save no registers for it.
#[inline(never)]
fn release_then_next(vm: &Vm, f: &mut Frame, pc: *const Op, cx: &Cx) -> u64 {
    drop(cx.value.take());
    next!(vm, f, pc, cx)
}

/// The uop at `pc` made a call's frame: if the trace follows the call
/// (`PUSH_FRAME` next), go on in the callee, else leave it for the loop.
#[inline(never)]
fn call(vm: &Vm, f: &mut Frame, pc: *const Op, cx: &Cx, callee: Box<Frame>) -> u64 {
    // The call is not terminal: a uop follows it (module invariant).
    let next = after_any(pc);
    if uop_at(next) == Uop::PUSH_FRAME {
        // `f` is `cx.frame` (module invariant): it becomes the callee's caller.
        debug_assert!(std::ptr::eq(f, cx.frame.get()));
        // SAFETY: `next` is a uop of the running executor.
        let p = push_frame(vm, cx, callee, unsafe { (*next).oparg });
        // SAFETY: `p` is the running frame now.
        let f = unsafe { &mut *p };
        // `PUSH_FRAME` is not terminal, so a uop follows it.
        return run_at!(vm, f, after(next, const { words(Uop::PUSH_FRAME) }), cx);
    }
    cx.callee.set(Some(callee));
    cx.pc.set(pc as usize);
    CALL
}

/// A uop body's flow other than going on: the code for the loop.
#[inline(never)]
fn left<const STATS: bool>(
    vm: &Vm,
    f: &mut Frame,
    pc: *const Op,
    cx: &Cx,
    result: stitch_runtime::PyResult<Flow>,
) -> u64 {
    match result {
        Ok(Flow::Next) => next!(vm, f, pc, cx),
        Ok(Flow::Release(v)) => {
            drop(v);
            next!(vm, f, pc, cx)
        }
        Ok(Flow::Deopt) => deopt::<STATS>(vm, f, pc, cx),
        Ok(Flow::Jump(t)) => jumped::<STATS>(vm, f, pc, cx, t),
        Ok(Flow::Call(callee)) => call(vm, f, pc, cx, callee),
        Ok(Flow::Unbound(i)) => raise(f, pc, cx, uops::unbound_local(vm, f, i)),
        Ok(
            Flow::Return(_) | Flow::Yield(_) | Flow::BackEdge(_) | Flow::Truth | Flow::Execute(_),
        ) => {
            let e = vm.err(
                Exc::SystemError,
                format!("tier 2: uop {} left its trace", uop_at(pc).info().name),
            );
            raise(f, pc, cx, e)
        }
        Err(e) => raise(f, pc, cx, e),
    }
}

/// The uop at `pc` failed its guard (`Flow::Deopt`): leave through its
/// exit, or resume tier 1 at its instruction. Handlers reach it (and
/// [`jumped`]) by a tail call that passes nothing through memory, unlike
/// [`left`]'s result, so that an exit taken as a link goes on into the
/// next executor without nesting the chain of handlers a level deeper.
#[inline(never)]
fn deopt<const STATS: bool>(vm: &Vm, f: &mut Frame, pc: *const Op, cx: &Cx) -> u64 {
    // SAFETY: as in `step!`.
    let link = unsafe { (*pc).link };
    if uop_at(pc).flags() & flags::EXIT != 0 && link != NO_EXIT {
        take_exit::<STATS>(vm, f, cx, link)
    } else {
        cx.pc.set(pc as usize);
        RESUME | meta(pc, cx).at as u64
    }
}

/// The uop at `pc` jumps to offset `t` (the side of a branch the trace
/// did not take): leave through its exit, or resume tier 1 there.
#[inline(never)]
fn jumped<const STATS: bool>(vm: &Vm, f: &mut Frame, pc: *const Op, cx: &Cx, t: u32) -> u64 {
    // SAFETY: as in `step!`.
    let link = unsafe { (*pc).link };
    if link != NO_EXIT {
        take_exit::<STATS>(vm, f, cx, link)
    } else {
        cx.pc.set(pc as usize);
        RESUME | t as u64
    }
}

/// Can executor `r` run on `f`? Not if it was made for another module's
/// frames (its constants from globals would not hold).
#[inline(always)]
fn globals_hold(r: &ExecutorRec, f: &Frame) -> bool {
    r.globals == 0 || stitch_runtime::watch::dict_id(&f.globals) == Some(r.globals)
}

/// Make `r` (marked running) the executor handlers run: returns its first uop.
#[inline(always)]
fn begin(cx: &Cx, r: &ExecutorRec) -> *const Op {
    begin_at(cx, r, r.first())
}

/// [`begin`], given `r`'s first uop `top` (from a link, which has it
/// without reading `r`: the loads here then run alongside the jump there).
#[inline(always)]
fn begin_at(cx: &Cx, r: &ExecutorRec, top: *const Op) -> *const Op {
    cx.rec.set(r);
    // Laps of its loop since it was entered (see `ExitRec::after_lap`).
    cx.laps.set(0);
    cx.lapped.set(false);
    cx.top.set(top);
    cx.metas.set(r.metas.as_ptr());
    cx.exits.set(r.exits.as_ptr());
    top
}

/// Links a chain of handlers goes through before it returns to the loop
/// (which then starts a new chain): without tail calls (debug builds)
/// each link nests a chain of handler calls, so none there.
const LINK_HOPS: u32 = if cfg!(debug_assertions) { 0 } else { 16 };

/// Leave through exit record `index` of the running executor. When the
/// exit points at an executor it may go to (linkable, or by the progress
/// rule an after-lap exit once the loop went round or an onward exit to
/// a newer executor) and nothing needs the loop (no eval-breaker request,
/// a step left in the budget, the frame's globals those the next executor
/// was made for), go straight on into that executor, as the loop would;
/// else return the code for the loop. (With `--stats`, always the loop,
/// which counts.)
#[inline(always)]
fn take_exit<const STATS: bool>(vm: &Vm, f: &mut Frame, cx: &Cx, index: u16) -> u64 {
    if !STATS {
        // SAFETY: the loop sets `rec` to the executor it runs, marked
        // running, and `exits` to its exit table, which has a record for
        // each exit index in its code (`Arena::add` checks).
        let r = unsafe { &*cx.rec.get() };
        let exit = unsafe { &*cx.exits.get().add(index as usize) };
        let hops = cx.hops.get();
        let to = exit.next.get();
        if hops < LINK_HOPS && !std::ptr::eq(to, cx.cold.get()) {
            // SAFETY: a linked exit points at a live executor (arena invariants).
            let t = unsafe { &*to };
            // May the exit go there? (As the loop decides, for a linked exit.)
            let may = exit.goes_to_any(cx.has_lapped()) || (exit.onward && t.serial > r.serial);
            if may
                && globals_hold(t, f)
                && !stitch_runtime::breaker::pending()
                && vm.tick_unless_last()
            {
                cx.hops.set(hops + 1);
                enter(t);
                leave(r);
                let top = begin_at(cx, t, exit.top.get());
                return run_at!(vm, f, top, cx);
            }
        }
    }
    EXIT | index as u64
}

/// Leave with error `e`, raised by the uop at `pc`: the frame's position
/// is that uop's instruction (errors need no `SET_IP` before them).
#[cold]
fn raise(f: &mut Frame, pc: *const Op, cx: &Cx, e: PyErr) -> u64 {
    f.lasti = meta(pc, cx).at;
    cx.error.set(Some(e));
    cx.pc.set(pc as usize);
    RAISE
}

macro_rules! uop_handlers {
    ($(
        $(#[doc = $doc:literal])+
        $name:ident { $($decl:tt)* }
    )*) => {
        /// One handler per uop, with its body inlined (for the control uops
        /// of tier 2, see [`control`]).
        #[allow(non_snake_case)]
        mod generated {
            use super::*;
            $(
                pub(super) fn $name<const STATS: bool>(
                    vm: &Vm,
                    f: &mut Frame,
                    pc: *const Op,
                    cx: &Cx,
                ) -> u64 {
                    step!(vm, f, pc, cx, $name, STATS)
                }
            )*
        }

        /// Each uop's generated handlers (plain, counting), in `Uop` order.
        const GENERATED: &[(Handler, Handler)] = &[
            $((generated::$name::<false>, generated::$name::<true>),)*
        ];
        const _: () = {
            let order = [$(Uop::$name),*];
            assert!(order.len() == Uop::ALL.len());
            let mut i = 0;
            while i < order.len() {
                assert!(order[i] as usize == i);
                i += 1;
            }
        };
    };
}

stitch_bytecode::uop_table!(uop_handlers);

/// The handlers of tier 2's own uops.
fn control(u: Uop, stats: bool) -> Option<Handler> {
    macro_rules! pick {
        ($h:ident) => {
            if stats {
                $h::<true> as Handler
            } else {
                $h::<false> as Handler
            }
        };
    }
    Some(match u {
        Uop::SET_IP => pick!(set_ip),
        Uop::JUMP_TO_TOP => pick!(jump_to_top),
        Uop::EXIT_TRACE => pick!(exit_trace),
        Uop::CHECK_VALIDITY => pick!(check_validity),
        Uop::GUARD_IS_TRUE_POP => pick!(guard_is_true_pop),
        Uop::GUARD_IS_FALSE_POP => pick!(guard_is_false_pop),
        Uop::GUARD_IS_NONE_POP => pick!(guard_is_none_pop),
        Uop::GUARD_IS_NOT_NONE_POP => pick!(guard_is_not_none_pop),
        Uop::POP_FRAME => pick!(pop_frame),
        Uop::YIELD_TO_CALLER => pick!(yield_to_caller),
        Uop::COLD_EXIT => cold_exit,
        Uop::LOAD_CONST_INLINE => pick!(load_const_inline),
        Uop::YIELD_TO_SINK => pick!(yield_to_sink),
        Uop::GUARD_CALLER => pick!(guard_caller),
        Uop::NOP => pick!(nop),
        _ => return None,
    })
}

/// The uop at `pc`, counted with `--stats`.
#[inline(always)]
fn count<'a, const STATS: bool>(pc: *const Op, cx: &Cx) -> &'a Op {
    // SAFETY: as in `step!` (the executor outlives the handler's run).
    let op: &'a Op = unsafe { &*pc };
    if STATS {
        tally(cx, pc);
    }
    op
}

fn nop<const STATS: bool>(vm: &Vm, f: &mut Frame, pc: *const Op, cx: &Cx) -> u64 {
    count::<STATS>(pc, cx);
    next!(vm, f, pc, cx, Uop::NOP)
}
fn set_ip<const STATS: bool>(vm: &Vm, f: &mut Frame, pc: *const Op, cx: &Cx) -> u64 {
    let op = count::<STATS>(pc, cx);
    f.lasti = op.oparg;
    next!(vm, f, pc, cx, Uop::SET_IP)
}
/// Jumps to the top a handler makes itself before it returns to the loop:
/// without tail calls (debug builds) each lap nests one handler call per
/// uop of the trace, so they are few, and none in debug builds.
const LAPS: u32 = if cfg!(debug_assertions) { 0 } else { 16 };

fn jump_to_top<const STATS: bool>(vm: &Vm, f: &mut Frame, pc: *const Op, cx: &Cx) -> u64 {
    let op = count::<STATS>(pc, cx);

    let laps = cx.laps.get();
    if laps < LAPS && !stitch_runtime::breaker::pending() && vm.tick_unless_last() {
        cx.laps.set(laps + 1);
        // The first uop of the running executor (set by the loop).
        return run_at!(vm, f, cx.top.get(), cx);
    }
    TOP | op.oparg as u64
}
fn exit_trace<const STATS: bool>(vm: &Vm, f: &mut Frame, pc: *const Op, cx: &Cx) -> u64 {
    take_exit::<STATS>(vm, f, cx, count::<STATS>(pc, cx).link)
}
fn check_validity<const STATS: bool>(vm: &Vm, f: &mut Frame, pc: *const Op, cx: &Cx) -> u64 {
    let op = count::<STATS>(pc, cx);
    // SAFETY: the loop sets `rec` to the executor it runs, marked running.
    if unsafe { &*cx.rec.get() }.valid.get() {
        next!(vm, f, pc, cx, Uop::CHECK_VALIDITY)
    }
    cx.pc.set(pc as usize);
    RESUME | op.oparg as u64
}
/// Pop a bool and go on if it is `want`, else leave through the exit.
#[inline(always)]
fn guard_bool<const STATS: bool>(
    vm: &Vm,
    f: &mut Frame,
    pc: *const Op,
    cx: &Cx,
    want: bool,
) -> u64 {
    let op = count::<STATS>(pc, cx);
    // The projector puts a GUARD_TOS_BOOL before, or the optimizer proved a bool.
    let b = f.peek(1).as_bool();
    // A bool owns nothing: popping it needs no drop.
    std::mem::forget(f.pop());
    if b == Some(want) {
        // (Both branch guards take one word.)
        const _: () = assert!(words(Uop::GUARD_IS_TRUE_POP) == words(Uop::GUARD_IS_FALSE_POP));
        next!(vm, f, pc, cx, Uop::GUARD_IS_TRUE_POP)
    }
    take_exit::<STATS>(vm, f, cx, op.link)
}
fn guard_is_true_pop<const STATS: bool>(vm: &Vm, f: &mut Frame, pc: *const Op, cx: &Cx) -> u64 {
    guard_bool::<STATS>(vm, f, pc, cx, true)
}
fn guard_is_false_pop<const STATS: bool>(vm: &Vm, f: &mut Frame, pc: *const Op, cx: &Cx) -> u64 {
    guard_bool::<STATS>(vm, f, pc, cx, false)
}
fn guard_is_none_pop<const STATS: bool>(vm: &Vm, f: &mut Frame, pc: *const Op, cx: &Cx) -> u64 {
    let op = count::<STATS>(pc, cx);
    let v = f.pop();
    let none = v.is_none();
    drop(v);
    if none {
        next!(vm, f, pc, cx, Uop::GUARD_IS_NONE_POP)
    }
    take_exit::<STATS>(vm, f, cx, op.link)
}
fn guard_is_not_none_pop<const STATS: bool>(vm: &Vm, f: &mut Frame, pc: *const Op, cx: &Cx) -> u64 {
    let op = count::<STATS>(pc, cx);
    let v = f.pop();
    let none = v.is_none();
    drop(v);
    if !none {
        next!(vm, f, pc, cx, Uop::GUARD_IS_NOT_NONE_POP)
    }
    take_exit::<STATS>(vm, f, cx, op.link)
}
fn pop_frame<const STATS: bool>(vm: &Vm, f: &mut Frame, pc: *const Op, cx: &Cx) -> u64 {
    count::<STATS>(pc, cx);
    // The return's position (an error returning from `__init__`).
    f.lasti = at!(pc, cx, Uop::POP_FRAME);
    let v = f.pop();
    // SAFETY: `f` is the running frame, owned by the run through
    // `cx.frame` (module invariant), and is not used after this.
    let callee = unsafe { Box::from_raw(f as *mut Frame) };
    let Some((caller, err)) = vm.return_in_trace(callee, v) else {
        // Unreachable: a trace only pops frames it pushed.
        stitch_runtime::vm::invariant_broken("tier 2: frame pop without a caller")
    };
    if let Some(e) = err {
        cx.frame.set(Box::into_raw(caller));
        vm.current.set(cx.frame.get());
        cx.error.set(Some(e));
        return RAISE;
    }
    go_on_in(vm, caller, pc, cx, const { words(Uop::POP_FRAME) })
}
/// Yield from a generator frame the trace pushed: the frame goes back to
/// its generator and the trace goes on in the caller (see the uop's
/// declaration).
fn yield_to_caller<const STATS: bool>(vm: &Vm, f: &mut Frame, pc: *const Op, cx: &Cx) -> u64 {
    let op = count::<STATS>(pc, cx);
    f.lasti = at!(pc, cx, Uop::YIELD_TO_CALLER);
    let v = f.pop();
    // SAFETY: as in `pop_frame`.
    let gen_frame = unsafe { Box::from_raw(f as *mut Frame) };
    let Ok(caller) = vm.yield_in_trace(gen_frame, v, op.oparg) else {
        // Unreachable: a trace only yields from generator frames it pushed.
        stitch_runtime::vm::invariant_broken("tier 2: yield without a caller")
    };
    go_on_in(vm, caller, pc, cx, const { words(Uop::YIELD_TO_CALLER) })
}
/// The frame the trace returned or yielded into from a frame it pushed
/// (the uop at `pc`, `n` words long, dropped or gave back that frame):
/// `caller` becomes the running frame, and its uops go on after `pc`.
#[inline(always)]
fn go_on_in(vm: &Vm, caller: Box<Frame>, pc: *const Op, cx: &Cx, n: usize) -> u64 {
    let p = Box::into_raw(caller);
    cx.frame.set(p);
    vm.current.set(p);
    // SAFETY: `p` is the running frame now, owned by the run.
    let f = unsafe { &mut *p };
    return run_at!(vm, f, after(pc, n), cx);
}
fn load_const_inline<const STATS: bool>(vm: &Vm, f: &mut Frame, pc: *const Op, cx: &Cx) -> u64 {
    count::<STATS>(pc, cx);
    // SAFETY: the loop sets `rec` to the executor it runs, marked running.
    let consts = &unsafe { &*cx.rec.get() }.consts;
    let v = consts
        .get(operand!(pc, Uop::LOAD_CONST_INLINE) as usize)
        .cloned()
        .unwrap_or(Value::NONE);
    f.push(v);
    next!(vm, f, pc, cx, Uop::LOAD_CONST_INLINE)
}
/// Go on if the frame's caller is the one the trace returns (or yields)
/// into (see the uop's declaration), else leave through its exit.
fn guard_caller<const STATS: bool>(vm: &Vm, f: &mut Frame, pc: *const Op, cx: &Cx) -> u64 {
    let op = count::<STATS>(pc, cx);
    // SAFETY: the loop sets `rec` to the executor it runs, marked running.
    let consts = &unsafe { &*cx.rec.get() }.consts;
    let operand = operand!(pc, Uop::GUARD_CALLER);
    let (code, at) = (operand >> 32, operand as u32);
    let resumed = op.oparg & CALLER_RESUMED != 0;
    let globals = (op.oparg & !CALLER_RESUMED) as usize;
    let linked = if resumed {
        matches!(f.link, Link::ForIter(_))
    } else {
        f.is_plain_call()
    };
    let expected = linked
        && f.prev.as_deref().is_some_and(|c| {
            c.ip == at
                && c.code().id as u64 == code
                && consts.get(globals).is_some_and(|g| g.is(&c.globals))
        });
    if expected {
        next!(vm, f, pc, cx, Uop::GUARD_CALLER)
    }
    // Through its exit (to an executor made for the caller there is), or
    // tier 1 runs the return.
    deopt::<STATS>(vm, f, pc, cx)
}
/// Give the value the running frame yields to the run's sink, if it is
/// the run's own frame (the frame the executor was entered with may be
/// resumed by `next()`, or inside its caller's loop: the loop leaves for
/// tier 1 then), and go on as `next()` would resume it (the yield's
/// result is None), or stop the run if the sink says so.
fn yield_to_sink<const STATS: bool>(vm: &Vm, f: &mut Frame, pc: *const Op, cx: &Cx) -> u64 {
    count::<STATS>(pc, cx);
    let sink = cx.sink.get();
    let own = f.prev.is_none() && !f.link.is_gen();
    let Some(sink) = sink.filter(|_| own) else {
        cx.pc.set(pc as usize);
        return SINK;
    };
    let v = f.pop();
    // As tier 1 leaves the frame while the sink runs.
    let at = at!(pc, cx, Uop::YIELD_TO_SINK);
    f.lasti = at;
    f.ip = instruction_end(f, at);
    // SAFETY: `sink` points at the run's sink, which the run lends the
    // handlers while they run (see `SinkFn`); nothing else calls it now.
    if !unsafe { (*sink)(v) } {
        return STOP;
    }
    f.push(Value::NONE);
    next!(vm, f, pc, cx, Uop::YIELD_TO_SINK)
}
fn cold_exit(_: &Vm, _: &mut Frame, _: *const Op, _: &Cx) -> u64 {
    COLD
}

/// Marks an executor as running while the loop is inside it (the sweep
/// never frees a running executor).
fn enter(rec: &ExecutorRec) {
    rec.running.set(rec.running.get() + 1);
    rec.ran.set(true);
}
fn leave(rec: &ExecutorRec) {
    rec.running.set(rec.running.get() - 1);
}

/// Run executor `rec` (a live executor of the arena; entered through
/// `via`, or from tier 1) on `f` until tier 1 must resume; returns the
/// frame it resumes in, at its `ip`, and an error to raise there, or that
/// the run's `sink` stopped the run.
pub(crate) fn run(
    shared: &Shared,
    vm: &Vm,
    f: Box<Frame>,
    mut rec: *const ExecutorRec,
    mut via: Option<*const ExitRec>,
    sink: &mut Option<Sink<'_>>,
) -> Handback {
    let cx = Cx::default();
    // The run owns the running frame through `cx.frame` until it hands it
    // back (handlers of followed calls and returns change it).
    cx.frame.set(Box::into_raw(f));
    // The running frame, for the loop (never held across a handler's run).
    // SAFETY: `cx.frame` is the running frame, owned by the run (module invariant).
    macro_rules! frame {
        () => {
            unsafe { &mut *cx.frame.get() }
        };
    }
    cx.cold.set(shared.cold);
    if let Some(s) = sink.as_deref_mut() {
        let p: *mut (dyn FnMut(Value) -> bool + '_) = s;
        // SAFETY: only the lifetime changes (see `SinkFn`); the run does
        // not use `sink` itself from here on.
        cx.sink
            .set(Some(unsafe { std::mem::transmute::<_, SinkFn>(p) }));
    }
    let stats = vm.stats_enabled();
    // SAFETY (all derefs of `rec` and `via` below): `rec` is a live
    // executor (the caller's, then one reached through an exit's pointer:
    // arena invariants), marked running here, so the arena does not free
    // it; or the cold executor, which lives as long as the arena. `via` is
    // an exit of the executor the loop came from, which stays marked
    // running until the cold exit has used it (see `parked`).
    enter(unsafe { &*rec });
    // The executor left for the cold exit, still marked running while the
    // cold exit reads its exit record.
    let mut parked: Option<*const ExecutorRec> = None;
    // Was the exit the cold exit came through taken as `onward` only?
    let mut only_newer = false;
    let out = 'exec: loop {
        let r = unsafe { &*rec };
        if !globals_hold(r, frame!()) {
            if let Some(p) = parked.take() {
                leave(unsafe { &*p });
            }
            leave(r);
            let f = frame!();
            f.ip = via.map_or(f.ip, |e| unsafe { &*e }.target);
            break 'exec Out::Resume(None);
        }
        let mut pc = begin(&cx, r);
        loop {
            cx.hops.set(0);
            if stats {
                cx.base.set(stack_mark());
            }
            let running = frame!();
            // SAFETY: `pc` is in the running executor's code (see the module invariant).
            let code = run_at!(vm, running, pc, &cx);
            // The executor the handlers ended in (they may have gone
            // through links), marked running, and its first uop.
            // SAFETY: as for `rec` above.
            let r = unsafe { &*cx.rec.get() };
            let base = cx.top.get();
            match kind(code) {
                TOP => {
                    cx.laps.set(0);
                    cx.lapped.set(true);
                    if stitch_runtime::breaker::pending() || !vm.tick_unless_last() {
                        frame!().ip = low(code);
                        leave(r);
                        break 'exec Out::Resume(None);
                    }
                    pc = base;
                }
                EXIT => {
                    let Some(exit) = r.exits.get(low(code) as usize) else {
                        leave(r);
                        let e = vm.err(Exc::SystemError, "tier 2: exit without a record");
                        break 'exec Out::Resume(Some(e));
                    };
                    if stats {
                        exit.taken.set(exit.taken.get() + 1);
                        cx.instructions
                            .set(cx.instructions.get() + exit.completes as u64);
                    }
                    let to = exit.next.get();
                    // May the exit go on to any executor? Else, a
                    // first-instruction exit goes on only to a newer one
                    // (or the cold exit, which links one: see `ExitRec::onward`).
                    let to_any = exit.goes_to_any(cx.has_lapped());
                    let onward =
                        exit.onward && (shared.is_cold(to) || unsafe { &*to }.serial > r.serial);
                    if !(to_any || onward)
                        || stitch_runtime::breaker::pending()
                        || !vm.tick_unless_last()
                    {
                        if stats {
                            shared.stats.to_tier1(if to_any || onward {
                                "eval breaker".into()
                            } else {
                                refused_exit(exit, frame!())
                            });
                        }
                        frame!().ip = exit.target;
                        leave(r);
                        break 'exec Out::Resume(None);
                    }
                    // Through the pointer, whatever it points at.
                    via = Some(exit);
                    only_newer = !to_any;
                    rec = to;
                    enter(unsafe { &*rec });
                    if shared.is_cold(to) {
                        parked = Some(r);
                    } else {
                        if stats {
                            bump(&shared.stats.exits_linked);
                        }
                        leave(r);
                    }
                    continue 'exec;
                }
                RESUME => {
                    if stats {
                        // Handlers returning `RESUME` leave their uop in `cx.pc`.
                        let u = uop_at(cx.pc.get() as *const Op);
                        shared.stats.to_tier1(format!("{} failed", u.info().name));
                    }
                    frame!().ip = low(code);
                    leave(r);
                    break 'exec Out::Resume(None);
                }
                CALL => {
                    let at = cx.pc.get() as *const Op;
                    let Some(mut callee) = cx.callee.take() else {
                        leave(r);
                        let e = vm.err(Exc::SystemError, "tier 2: call without a frame");
                        break 'exec Out::Resume(Some(e));
                    };
                    // The call is not terminal: a uop follows it.
                    let next = after_any(at);
                    if uop_at(next) == Uop::PUSH_FRAME {
                        // The trace follows the call: its frame runs on here.
                        // SAFETY: `next` is a uop of the running executor.
                        push_frame(vm, &cx, callee, unsafe { (*next).oparg });
                        pc = after(next, const { words(Uop::PUSH_FRAME) });
                    } else {
                        // Not followed: tier 1 runs the callee.
                        let call_at = meta(at, &cx).at;
                        let f = frame!();
                        f.lasti = call_at;
                        f.ip = instruction_end(f, call_at);
                        // SAFETY: as for `frame!`; the frame goes into its callee.
                        callee.prev = Some(unsafe { Box::from_raw(cx.frame.get()) });
                        cx.frame.set(Box::into_raw(callee));
                        if stats {
                            shared.stats.to_tier1("call not followed");
                        }
                        leave(r);
                        break 'exec Out::Resume(None);
                    }
                }
                SINK => {
                    // A yield of a frame that is not the run's own, or of
                    // a run without a sink (see `yield_to_sink`).
                    let at = cx.pc.get() as *const Op;
                    if stats {
                        shared.stats.to_tier1("yield");
                    }
                    frame!().ip = meta(at, &cx).at;
                    leave(r);
                    break 'exec Out::Resume(None);
                }
                STOP => {
                    leave(r);
                    break 'exec Out::Stopped;
                }
                RAISE => {
                    leave(r);
                    let e = cx
                        .error
                        .take()
                        .unwrap_or_else(|| vm.err(Exc::SystemError, "tier 2: error without one"));
                    break 'exec Out::Resume(Some(e));
                }
                COLD => {
                    let exit = via.map(|e| unsafe { &*e });
                    let to =
                        exit.and_then(|e| shared.cold_exit(vm, frame!(), e, only_newer, stats));
                    if let Some(p) = parked.take() {
                        leave(unsafe { &*p });
                    }
                    leave(r);
                    match to {
                        Some(to) => {
                            rec = to;
                            enter(unsafe { &*rec });
                            continue 'exec;
                        }
                        None => {
                            if stats {
                                shared.stats.to_tier1("exit not linked");
                            }
                            let f = frame!();
                            f.ip = exit.map_or(f.ip, |e| e.target);
                            break 'exec Out::Resume(None);
                        }
                    }
                }
                _ => {
                    leave(r);
                    let e = vm.err(Exc::SystemError, "tier 2: unknown handler code");
                    break 'exec Out::Resume(Some(e));
                }
            }
        }
    };
    if stats {
        let pairs = cx.pairs.take().unwrap_or_default();
        shared.stats.add_run(
            cx.instructions.get(),
            cx.uops.get(),
            &pairs,
            cx.deepest.get(),
        );
    }
    // SAFETY: as for `frame!`; the run hands it back.
    let f = unsafe { Box::from_raw(cx.frame.get()) };
    match out {
        Out::Resume(err) => Handback::Resume(f, err),
        Out::Stopped => Handback::Stopped(f),
    }
}

/// How a run ends (its frame is `Cx::frame`).
enum Out {
    /// Tier 1 resumes the frame at its `ip`, raising the error if any.
    Resume(Option<PyErr>),
    /// The run's sink stopped the run.
    Stopped,
}

/// The trace follows a call: `callee` becomes the running frame, and the
/// running frame its caller, which resumes at `resume` when it returns.
/// Returns the callee.
#[inline(always)]
fn push_frame(vm: &Vm, cx: &Cx, mut callee: Box<Frame>, resume: u32) -> *mut Frame {
    // SAFETY: `cx.frame` is the running frame, owned by the run (module
    // invariant); no reference to it is used after this.
    let mut caller = unsafe { Box::from_raw(cx.frame.get()) };
    caller.ip = resume;
    // A new frame has no caller yet: nothing to drop.
    let old = callee.prev.replace(caller);
    debug_assert!(old.is_none());
    std::mem::forget(old);
    let p = Box::into_raw(callee);
    cx.frame.set(p);
    vm.current.set(p);
    p
}

/// Why exit `exit`, taken in frame `f`, may not go on (for `--stats`).
fn refused_exit(exit: &ExitRec, f: &Frame) -> std::borrow::Cow<'static, str> {
    if exit.onward {
        "first-instruction exit to an older executor".into()
    } else if exit.after_lap {
        "loop-head exit before a lap".into()
    } else {
        // A path's end at a return, yield, raise or call: which.
        match f.code().code.get(exit.target as usize) {
            Some(c) => format!("end of path at {}", c.get().op().name()).into(),
            None => "end of path".into(),
        }
    }
}

fn bump(c: &Cell<u64>) {
    c.set(c.get() + 1);
}

/// Where the instruction at `at` of the frame's code ends.
fn instruction_end(f: &Frame, at: u32) -> u32 {
    let cu = f.code().code[at as usize].get();
    at + cu.width()
}

/// Bodies for the branch guards of tier 2, in the uop-body form, for
/// fused handlers: pop the bool; "deoptimize" (leave through the uop's
/// exit, whose target is the other side) unless it is the one wanted.
#[allow(non_snake_case)]
mod branch_bodies {
    use super::*;
    #[inline(always)]
    fn pop_bool_is(f: &mut Frame, want: bool) -> stitch_runtime::PyResult<Flow> {
        let b = f.peek(1).as_bool();
        // A bool owns nothing: popping it needs no drop.
        std::mem::forget(f.pop());
        Ok(if b == Some(want) {
            Flow::Next
        } else {
            Flow::Deopt
        })
    }
    #[inline(always)]
    pub fn GUARD_IS_TRUE_POP(
        _: &Vm,
        f: &mut Frame,
        _: u32,
        _: u64,
    ) -> stitch_runtime::PyResult<Flow> {
        pop_bool_is(f, true)
    }
    #[inline(always)]
    pub fn GUARD_IS_FALSE_POP(
        _: &Vm,
        f: &mut Frame,
        _: u32,
        _: u64,
    ) -> stitch_runtime::PyResult<Flow> {
        pop_bool_is(f, false)
    }
}

/// Run one uop of a fused handler at `$at`: go on to the next, or leave
/// the whole handler as that uop's own handler would.
macro_rules! fused_step {
    // An arithmetic uop in its form that makes no call: inline.
    ($vm:ident, $f:ident, $at:ident, $cx:ident, no_calls :: $uop:ident, $stats:ident) => {{
        if $stats {
            tally($cx, $at);
        }
        let result = uops::no_calls::$uop($vm, $f, oparg!($at, Uop::$uop), 0);
        match result {
            Ok(Flow::Next) => std::mem::forget(result),
            _ => leave_on!(result, $vm, $f, $at, $cx, $stats),
        }
        $at = after($at, const { words(Uop::$uop) });
    }};
    ($vm:ident, $f:ident, $at:ident, $cx:ident, $module:ident :: $uop:ident, $stats:ident) => {{
        if $stats {
            tally($cx, $at);
        }
        if const { outlined(Uop::$uop) } {
            // (No fused uop escapes: see `fused_handlers!`.)
            let (oparg, operand) = (oparg!($at, Uop::$uop), operand!($at, Uop::$uop));
            let out = run_outlined::<_, false>($vm, $f, $cx, oparg, operand, 0, $module::$uop);
            if out as u8 != OUT_NEXT {
                return outlined_out::<$stats>($vm, $f, $at, $cx, out);
            }
        } else {
            let result = $module::$uop($vm, $f, oparg!($at, Uop::$uop), operand!($at, Uop::$uop));
            match result {
                Ok(Flow::Next) => std::mem::forget(result),
                _ => leave_on!(result, $vm, $f, $at, $cx, $stats),
            }
        }
        // A fused run is followed by at least one more uop (it never
        // includes the terminal one).
        $at = after($at, const { words(Uop::$uop) });
    }};
}

/// Is a fused handler's body module `uops::no_calls`?
macro_rules! is_no_calls {
    (no_calls) => {
        true
    };
    ($module:ident) => {
        false
    };
}

macro_rules! fused_handlers {
    ($($fname:ident = [$($module:ident::$uop:ident),+];)*) => {
        // A fused run never escapes (its handler does not set the position).
        const _: () = assert!((0 $($(| Uop::$uop.flags())+)*) & flags::ESCAPES == 0);
        $(
            fn $fname<const STATS: bool>(vm: &Vm, f: &mut Frame, pc: *const Op, cx: &Cx) -> u64 {
                let mut at = pc;
                $(fused_step!(vm, f, at, cx, $module::$uop, STATS);)+
                // `at` is the uop after the fused run (see above).
                return run_at!(vm, f, at, cx);
            }
        )*

        /// Sequences of uops that one handler runs (superinstructions of the
        /// uop interpreter), longest first: the uops, the handler (plain,
        /// counting), and whether its arithmetic uops run their forms that
        /// make no call (`uops::no_calls`).
        const FUSED: &[(&[Uop], Handler, Handler, bool)] = &[
            $((&[$(Uop::$uop),+], $fname::<false>, $fname::<true>,
               false $(|| is_no_calls!($module))+),)*
        ];
    };
}

// The commonest runs in the classic programs' traces (after
// optimization), longest first: each a list of uop bodies (`uops::X`,
// `branch_bodies::X` for tier 2's branch guards, or `no_calls::X` for
// the forms of arithmetic uops that make no call), whose uops are the
// bodies' names. Each uop's body is one that never leaves
// with `Flow::Release` on its common path except as handled by `left`.
fused_handlers! {
    load_fast_type_attr = [uops::LOAD_FAST, uops::GUARD_TYPE_VERSION, uops::LOAD_ATTR_INSTANCE_VALUE];
    load_fast_attr_guards = [uops::LOAD_FAST, uops::GUARD_TYPE_VERSION, uops::GUARD_INSTANCE_NO_DICT];
    int_compare_true = [uops::COMPARE_OP_INT, branch_bodies::GUARD_IS_TRUE_POP];
    int_compare_false = [uops::COMPARE_OP_INT, branch_bodies::GUARD_IS_FALSE_POP];
    attr_guards = [uops::GUARD_TYPE_VERSION, uops::GUARD_INSTANCE_NO_DICT];
    attr_load = [uops::GUARD_TYPE_VERSION, uops::LOAD_ATTR_INSTANCE_VALUE];
    load_fast_type_version = [uops::LOAD_FAST, uops::GUARD_TYPE_VERSION];
    load_fast_load_fast = [uops::LOAD_FAST, uops::LOAD_FAST];
    load_fast_immediate = [uops::LOAD_FAST, uops::LOAD_IMMEDIATE];
    globals_load = [uops::GUARD_GLOBALS_VERSION, uops::LOAD_GLOBAL_MODULE];
    int_guards = [uops::GUARD_NOS_INT, uops::GUARD_TOS_INT];
    float_guards = [uops::GUARD_NOS_FLOAT, uops::GUARD_TOS_FLOAT];
    list_int_guards = [uops::GUARD_NOS_LIST, uops::GUARD_TOS_INT];
    list_subscr = [uops::GUARD_NOS_LIST, uops::BINARY_SUBSCR_LIST_INT];
    store_load = [uops::STORE_FAST, uops::LOAD_FAST];
    store_store = [uops::STORE_FAST, uops::STORE_FAST];
    load_fast_attr = [uops::LOAD_FAST, uops::LOAD_ATTR_INSTANCE_VALUE];
    attr_load_fast = [uops::LOAD_ATTR_INSTANCE_VALUE, uops::LOAD_FAST];
    load_fast_nos_float = [uops::LOAD_FAST, uops::GUARD_NOS_FLOAT];
    load_fast_nos_int = [uops::LOAD_FAST, uops::GUARD_NOS_INT];
    immediate_nos_int = [uops::LOAD_IMMEDIATE, uops::GUARD_NOS_INT];
    immediate_add_int = [uops::LOAD_IMMEDIATE, uops::BINARY_OP_ADD_INT];
    immediate_compare_int = [uops::LOAD_IMMEDIATE, uops::COMPARE_OP_INT];
    tos_int_add = [uops::GUARD_TOS_INT, uops::BINARY_OP_ADD_INT];
    range_next = [uops::GUARD_ITER_RANGE, uops::FOR_ITER_RANGE];
    list_next = [uops::GUARD_ITER_LIST, uops::FOR_ITER_LIST];
    guarded_number_op_no_calls = [uops::GUARD_BOTH_NUMBER, no_calls::BINARY_OP_NUMBER];
    number_op = [uops::GUARD_BOTH_NUMBER, uops::BINARY_OP_NUMBER];
    deref_load_fast = [uops::LOAD_DEREF, uops::LOAD_FAST];
    load_fast_no_dict = [uops::LOAD_FAST, uops::GUARD_INSTANCE_NO_DICT];
    list_subscr_load_fast = [uops::BINARY_SUBSCR_LIST_INT, uops::LOAD_FAST];
    add_int_store = [uops::BINARY_OP_ADD_INT, uops::STORE_FAST];
    range_store = [uops::FOR_ITER_RANGE, uops::STORE_FAST];
    nos_int_add = [uops::GUARD_NOS_INT, uops::BINARY_OP_ADD_INT];
    tos_float_multiply = [uops::GUARD_TOS_FLOAT, uops::BINARY_OP_MULTIPLY_FLOAT];
    type_version_method = [uops::GUARD_TYPE_VERSION, uops::LOAD_METHOD_CACHED];
    no_attr_method = [uops::GUARD_NO_INSTANCE_ATTR, uops::LOAD_METHOD_CACHED];
    load_fast_attr_poly = [uops::LOAD_FAST, uops::LOAD_ATTR_INSTANCE_VALUE_POLY];
    load_fast_multiply_float = [uops::LOAD_FAST, uops::BINARY_OP_MULTIPLY_FLOAT];
    null_load_fast = [uops::PUSH_NULL, uops::LOAD_FAST];
    load_fast_nos_list = [uops::LOAD_FAST, uops::GUARD_NOS_LIST];
    false_pop_load_fast = [branch_bodies::GUARD_IS_FALSE_POP, uops::LOAD_FAST];
    true_pop_load_fast = [branch_bodies::GUARD_IS_TRUE_POP, uops::LOAD_FAST];
    tos_int_compare = [uops::GUARD_TOS_INT, uops::COMPARE_OP_INT];
    nos_float_multiply = [uops::GUARD_NOS_FLOAT, uops::BINARY_OP_MULTIPLY_FLOAT];
    attr_both_number = [uops::LOAD_ATTR_INSTANCE_VALUE, uops::GUARD_BOTH_NUMBER];
    store_attr_slot_load_fast = [uops::STORE_ATTR_SLOT, uops::LOAD_FAST];
    number_op_no_calls_load_fast = [no_calls::BINARY_OP_NUMBER, uops::LOAD_FAST];
    number_op_load_fast = [uops::BINARY_OP_NUMBER, uops::LOAD_FAST];
    list_next_store = [uops::FOR_ITER_LIST, uops::STORE_FAST];
    list_subscr_store = [uops::BINARY_SUBSCR_LIST_INT, uops::STORE_FAST];
    // Arithmetic uops whose operator has a form that makes no call: it
    // runs inline, where the uop's own handler runs its body out of line
    // (`outlined`: the number tower it may call returns through memory).
    int_op_no_calls = [no_calls::BINARY_OP_INT];
    float_op_no_calls = [no_calls::BINARY_OP_FLOAT];
    number_op_no_calls = [no_calls::BINARY_OP_NUMBER];
}

/// The handler index of each uop of an executor's `code`; `stats`: the
/// handlers that count. A run of uops that a fused handler covers gets
/// that handler at its first uop (the others keep theirs, for exits and
/// printing, and are stepped over); never across the last uop, which is
/// terminal. An arithmetic uop runs its form that makes no call exactly
/// when its operator has one (`uops::no_calls::takes`).
pub fn handlers_for(code: &[Inst], stats: bool) -> Vec<Handler> {
    let no_calls: Vec<bool> = code
        .iter()
        .map(|i| uops::no_calls::takes(i.uop, i.oparg))
        .collect();
    let mut h: Vec<Handler> = code.iter().map(|i| handler_for(i.uop, stats)).collect();
    let by_first = fused_by_first();
    let mut i = 0;
    while i + 1 < code.len() {
        let found = by_first[code[i].uop as usize].iter().find(|&&k| {
            let (seq, .., nc) = FUSED[k];
            i + seq.len() < code.len()
                && seq[1..]
                    .iter()
                    .zip(&code[i + 1..])
                    .all(|(u, inst)| inst.uop == *u)
                && (seq.iter().enumerate())
                    .all(|(j, &u)| !has_no_calls_form(u) || no_calls[i + j] == nc)
        });
        match found {
            Some(&k) => {
                h[i] = if stats { FUSED[k].2 } else { FUSED[k].1 };
                i += FUSED[k].0.len();
            }
            None => i += 1,
        }
    }
    h
}

/// For each uop, the indices in [`FUSED`] of the runs starting with it (in
/// `FUSED`'s order), made once.
fn fused_by_first() -> &'static [Vec<usize>] {
    static TABLE: std::sync::OnceLock<Vec<Vec<usize>>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = vec![Vec::new(); Uop::ALL.len()];
        for (k, (seq, ..)) in FUSED.iter().enumerate() {
            t[seq[0] as usize].push(k);
        }
        t
    })
}
