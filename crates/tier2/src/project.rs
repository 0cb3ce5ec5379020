//! Region selection (projection): from a loop head, or from the target of
//! a hot exit, walk the tier-1 code forward the way it is likely to go,
//! lowering each instruction to its uops into the buffer (DESIGN §4).
//!
//! The walk reads what tier 1 learnt: the specialized form of each
//! instruction (its uops and their inline-cache operands), the branch
//! history of conditional jumps, and the function version a specialized
//! call remembers, which it follows into the callee (frame push and pop
//! uops, up to [`MAX_DEPTH`] frames deep). A return from the frame the
//! region starts in goes on into the caller that frame has now (the
//! live frames, up to [`MAX_DEPTH`] of them), behind a guard that it is
//! still that caller (`GUARD_CALLER`), whose exit, when hot, gets a
//! region of its own starting at the return, for the caller it sees. At a call site serving many
//! functions where the region starts, the call followed is the one on
//! the stack now. Where a branch went its
//! minority way at least one time in [`FORK_RATIO`], the region forks:
//! the likely side is built first (so the primary path is complete before
//! the buffer can fill), the other side is built afterwards and starts at
//! the index the fork's `link` names, so the buffer holds a tree in depth
//! first order. At most [`MAX_FORKS`] forks per region; a side not
//! followed is an exit. Every leaf jumps back to the root
//! (`JUMP_TO_TOP`) or leaves for tier 1 at a known offset (`EXIT_TRACE`).

use std::fmt;

use stitch_bytecode::{CodeUnit, Opcode, Uop, flags};
use stitch_runtime::function::{CodeRt, code_rt_of};
use stitch_runtime::object::ObjKind;
use stitch_runtime::specialize::history;
use stitch_runtime::{Value, Vm};

use crate::arena::Dep;
use crate::inst::{Buffer, Inst};

/// Frames a region may follow calls into, below its own. (At 4, paths
/// of the object-heavy programs ended at calls: raytrace, deltablue and
/// go ran 90%, 87% and 94% of their instructions in tier 2; at 8, 96%,
/// 92% and 96%.)
pub const MAX_DEPTH: usize = 8;
/// `GUARD_CALLER`'s oparg bit saying the running frame is a generator's
/// its caller resumed (`FOR_ITER_GEN`), not a plain call's.
pub const CALLER_RESUMED: u32 = 1 << 31;
/// Back edges a path goes through in a generator's frame it resumed
/// (`FOR_ITER_GEN`) before it leaves at the next one: its loop goes round
/// once per item, or a few times when it skips some.
const GEN_LAPS: u8 = 2;
/// Forks per region.
pub const MAX_FORKS: usize = 6;
/// A branch forks when its minority direction is at least one in this many.
pub const FORK_RATIO: u32 = 8;
/// Uops one instruction may lower to, with the uops around it (position,
/// validity check, a frame push) and the leaf after it: projection stops
/// when fewer are left in the buffer.
const ROOM_PER_INSTRUCTION: usize = 12;

/// Why a path of the region ended.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum End {
    /// Back at the root: the loop closed (`JUMP_TO_TOP`).
    LoopClosed,
    /// At the back edge of another loop (it has, or will get, its own executor).
    OtherLoop,
    /// At a return from the region's own frame.
    Return,
    /// At a `yield` or an `await`.
    Yield,
    /// At a `raise`.
    Raise,
    /// At an instruction tier 2 leaves to tier 1 (exception handling,
    /// generator delegation).
    Unsupported,
    /// The buffer was full.
    BufferFull,
    /// At a call into Python code the region does not follow (too deep,
    /// a generator's frame, a property): tier 1 runs it, and goes on.
    Call,
}

impl End {
    pub const ALL: [End; 8] = [
        End::LoopClosed,
        End::OtherLoop,
        End::Return,
        End::Yield,
        End::Raise,
        End::Unsupported,
        End::BufferFull,
        End::Call,
    ];
    /// Can the exit at this end be linked to another executor? Not at a
    /// return, yield or raise: the next executor would start there and
    /// leave at once.
    pub fn linkable(self) -> bool {
        matches!(self, End::OtherLoop | End::Unsupported | End::BufferFull)
    }
}

/// Why no region was made.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Abandon {
    /// The region would leave at its first instruction: nothing to run.
    Empty,
    /// The start is not an instruction of the code (an exit target past its end).
    BadStart,
    /// The primary path leaves at a `yield` (a generator's loop that yields
    /// every iteration): the executor would be entered and left once per
    /// item, which costs more than tier 1 running the iteration.
    YieldsEveryTime,
}

impl Abandon {
    pub const ALL: [Abandon; 3] = [Abandon::Empty, Abandon::BadStart, Abandon::YieldsEveryTime];
}

impl fmt::Display for End {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

impl fmt::Display for Abandon {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

/// Counts of what projection did, by reason.
#[derive(Default, Clone)]
pub struct ProjectionCounts {
    pub ends: [u64; End::ALL.len()],
    pub abandons: [u64; Abandon::ALL.len()],
    pub forks: u64,
    pub calls_followed: u64,
    /// Returns from the start frame (or its callers) the region went on after.
    pub returns_followed: u64,
}

/// Where the walk is: the code it reads (a code object value, kept alive
/// while the walk runs), the offset, the namespaces of the frame, and the
/// frames it followed calls out of (their place where each resumes).
#[derive(Clone)]
struct Place {
    code: Value,
    at: u32,
    globals: Value,
    builtins: Value,
    callers: Vec<Place>,
    /// Frames of tier 1's the path returned into: how many of
    /// `Start::callers` it used (0: still in the start frame or in frames
    /// the region pushed).
    up: usize,
    /// For a generator's frame the region resumed (`FOR_ITER_GEN`): the
    /// generator, as it is now (suspended).
    resumed: Option<Value>,
    /// Back edges of that frame's loops the path went through (at most
    /// [`GEN_LAPS`], then `OtherLoop`).
    gen_laps: u8,
}

impl Place {
    /// Offset `at` of a frame running `code` with these namespaces, which
    /// the region has not pushed a frame out of (`up`: as in [`Place`]).
    fn new(code: Value, at: u32, globals: Value, builtins: Value, up: usize) -> Place {
        Place {
            code,
            at,
            globals,
            builtins,
            callers: Vec::new(),
            up,
            resumed: None,
            gen_laps: 0,
        }
    }

    /// Go on in `callee`, a frame this place's instruction pushes; this
    /// frame resumes at `next` when the callee returns (or yields).
    fn push(mut self, mut callee: Place, next: u32) -> Place {
        callee.callers = std::mem::take(&mut self.callers);
        self.at = next;
        callee.callers.push(self);
        callee
    }
}

/// The frame a region starts in: its code, globals and builtins, and
/// the dicts whose keys change too often for their entries to be relied on.
pub struct Start<'a> {
    pub code: Value,
    pub globals: Value,
    pub builtins: Value,
    pub volatile: &'a std::collections::HashSet<usize>,
    /// The entries (dict, entry number) whose values change too often to
    /// be constants.
    pub volatile_entries: &'a std::collections::HashSet<(usize, usize)>,
    /// Is the frame a run's own, giving what it yields to the run's sink
    /// (a generator run by `sum()`, `list()`, ...)? Its yields stay in
    /// the trace (`YIELD_TO_SINK`).
    pub sink: bool,
    /// The frames the start frame returns into, innermost first (plain
    /// calls in the same tier-1 run): a return from the start frame goes
    /// on into its caller, guarded (`GUARD_CALLER`), rather than ending
    /// the path.
    pub callers: Vec<Caller>,
    /// When the start instruction is a call site serving many functions
    /// (`CALL_PY_SIMPLE`): the version of the function it is about to
    /// call (tier 1's cache names the one it called last, and the region
    /// starts there because a trace's guard saw another).
    pub callee: Option<u32>,
    /// When the start instruction resumes a generator (`FOR_ITER_GEN`):
    /// the generator on the stack, which the region follows into.
    pub generator: Option<Value>,
}

/// A frame a region may return into: its code, where it resumes, its namespaces.
#[derive(Clone)]
pub struct Caller {
    pub code: Value,
    pub at: u32,
    pub globals: Value,
    pub builtins: Value,
    /// Is the frame below it a generator's this caller resumed
    /// (`FOR_ITER_GEN`)? Its yield then goes on into the caller; its
    /// return ends the path.
    pub resumed: bool,
}

/// A generator `FOR_ITER_GEN` would resume: its frame's place now, and
/// its code's id.
struct Resumed {
    place: Place,
    id: u32,
    generator: Value,
}

/// What a suspended generator's frame has on top of its stack: in a
/// generator that yields from a `for` loop over another generator, the
/// one its `FOR_ITER_GEN` resumes next.
fn suspended_top(g: &Value) -> Option<Value> {
    let Some(ObjKind::Generator(gn)) = g.as_obj().map(|o| &o.kind) else {
        return None;
    };
    let slot = gn.frame.try_borrow().ok()?;
    let fr = slot.as_deref()?;
    (fr.stack_len() > 0).then(|| fr.peek(1).clone())
}

/// A fork whose other side is still to be built.
struct Pending {
    /// The branch guard's index in the buffer.
    guard: usize,
    /// Where the other side starts.
    place: Place,
}

/// The region a projection made.
pub struct Region {
    /// Paths ended, by reason (one per leaf).
    pub leaves: Vec<End>,
    /// Values `LOAD_CONST_INLINE` pushes (by index), and the watched dicts
    /// they came from (kept alive with them).
    pub consts: Vec<Value>,
    /// What the region relies on: the keys of watched dicts it loads from
    /// by entry number, the entries it treats as constants.
    pub deps: Vec<Dep>,
}

/// Project the region starting at `start` in `code` (a code object value)
/// into `buf`. `root` is the loop head the region closes to (`start` for a
/// loop, `None` for a region made from an exit, which closes when it gets
/// back to `start`... only if `start` is a loop head: see `closes_at`).
pub fn project(
    vm: &Vm,
    buf: &mut Buffer,
    counts: &mut ProjectionCounts,
    from: &Start<'_>,
    start: u32,
    trace: u8,
) -> Result<Region, Abandon> {
    buf.clear();
    let code = &from.code;
    let rt = code_rt_of(code);
    if rt.code.get(start as usize).is_none() {
        counts.abandons[Abandon::BadStart as usize] += 1;
        return Err(Abandon::BadStart);
    }
    let mut p = Projector {
        vm,
        buf,
        root: start,
        forks: 0,
        pending: Vec::with_capacity(MAX_FORKS),
        leaves: Vec::new(),
        counts,
        trace,
        consts: Vec::new(),
        deps: Vec::new(),
        volatile: from.volatile,
        volatile_entries: from.volatile_entries,
        sink: from.sink,
        callers: &from.callers,
        start_callee: from.callee,
        start_gen: from.generator.clone(),
    };
    let mut place = Place::new(
        code.clone(),
        start,
        from.globals.clone(),
        from.builtins.clone(),
        0,
    );
    loop {
        p.walk(place);
        // The next fork's other side, depth first.
        let Some(next) = p.pending.pop() else { break };
        let here = p.buf.len();
        p.buf.insts[next.guard].link = here as u16;
        if p.trace >= 2 {
            eprintln!("[tier2] fork side at uop {here}: offset {}", next.place.at);
        }
        place = next.place;
    }
    // The primary path's leaf is the first one made.
    if p.leaves.first() == Some(&End::Yield) {
        p.counts.abandons[Abandon::YieldsEveryTime as usize] += 1;
        return Err(Abandon::YieldsEveryTime);
    }
    // A region whose primary path leaves at its first instruction does nothing.
    let first_leaf = p.buf.insts.iter().position(|i| i.is_terminal());
    if let Some(n) = first_leaf {
        let leaf = &p.buf.insts[n];
        let work = p.buf.insts[..n]
            .iter()
            .any(|i| i.count > 0 && i.uop != Uop::SET_IP);
        if !work && leaf.uop == Uop::EXIT_TRACE {
            p.counts.abandons[Abandon::Empty as usize] += 1;
            return Err(Abandon::Empty);
        }
    }
    Ok(Region {
        leaves: p.leaves,
        consts: p.consts,
        deps: p.deps,
    })
}

struct Projector<'a> {
    vm: &'a Vm,
    buf: &'a mut Buffer,
    root: u32,
    forks: usize,
    pending: Vec<Pending>,
    leaves: Vec<End>,
    counts: &'a mut ProjectionCounts,
    trace: u8,
    consts: Vec<Value>,
    deps: Vec<Dep>,
    volatile: &'a std::collections::HashSet<usize>,
    volatile_entries: &'a std::collections::HashSet<(usize, usize)>,
    sink: bool,
    callers: &'a [Caller],
    /// `Start::callee`, until the start instruction is lowered.
    start_callee: Option<u32>,
    /// `Start::generator`.
    start_gen: Option<Value>,
}

/// Does instruction `op` run Python code in a new frame (which tier 1 runs
/// unless the region follows the call)?
fn pushes_frame(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::CALL_PY_EXACT_ARGS
            | Opcode::CALL_PY_WITH_DEFAULTS
            | Opcode::CALL_BOUND_METHOD_EXACT_ARGS
            | Opcode::CALL_BOUND_METHOD_WITH_DEFAULTS
            | Opcode::CALL_INSTANCE_EXACT_ARGS
            | Opcode::CALL_INSTANCE_WITH_DEFAULTS
            | Opcode::CALL_ALLOC_AND_ENTER_INIT
            | Opcode::CALL_PY_SIMPLE
            | Opcode::BINARY_OP_PY_DUNDER
            | Opcode::FOR_ITER_GEN
            | Opcode::SEND_GEN
            | Opcode::LOAD_ATTR_PROPERTY
    )
}

/// The instruction at `at`, seeing through `ENTER_EXECUTOR`.
fn instruction(vm: &Vm, rt: &CodeRt, at: u32) -> CodeUnit {
    vm.original_instruction(rt, at as usize)
}

/// The operand a uop reads from the cache of the instruction at `at`.
fn read_operand(rt: &CodeRt, at: u32, slice: (u32, u32)) -> u64 {
    if slice.1 == 0 {
        return 0;
    }
    let unit = |n: u32| rt.code.get((at + 1 + n) as usize).map_or(0, |c| c.get().0) as u64;
    let lo = unit(slice.0);
    if slice.1 == 1 {
        lo
    } else {
        lo | unit(slice.0 + 1) << 32
    }
}

/// The uops instruction `op` runs in a trace: its own, without tier-1
/// bookkeeping, and without a superinstruction's second half (the
/// instruction it runs stays in place and is lowered as itself); a
/// superinstruction that is all second half lowers as its base.
fn trace_uops(op: Opcode) -> impl Iterator<Item = Uop> {
    let own = op.info().uops;
    let own_first = own
        .iter()
        .find(|u| u.flags() & flags::TIER1 == 0 || u.flags() & flags::NEXT != 0);
    let uops = if own_first.is_some_and(|u| u.flags() & flags::NEXT != 0) {
        op.base().info().uops
    } else {
        own
    };
    uops.iter()
        .copied()
        .take_while(|u| u.flags() & flags::NEXT == 0)
        .filter(|u| u.flags() & flags::TIER1 == 0)
}

impl Projector<'_> {
    fn emit(&mut self, i: Inst) -> usize {
        self.buf.push(i);
        self.buf.len() - 1
    }

    /// End the path at `at` with a leaf.
    fn leaf(&mut self, end: End, at: u32, depth: usize) {
        self.counts.ends[end as usize] += 1;
        self.leaves.push(end);
        if self.trace >= 1 {
            eprintln!("[tier2]   path ends at offset {at} (depth {depth}): {end}");
        }
        let i = if end == End::LoopClosed {
            // It runs the loop's back edge.
            let mut i = Inst::new(Uop::JUMP_TO_TOP, at, 0, at);
            i.count = 1;
            i
        } else {
            // A linkable exit's operand is 1; a leaf that may not be linked has 0.
            Inst::new(Uop::EXIT_TRACE, at, end.linkable() as u64, at)
        };
        self.emit(i);
    }

    /// Walk from `place` until the path ends.
    fn walk(&mut self, mut place: Place) {
        loop {
            let depth = place.callers.len();
            if !self.buf.has_room(ROOM_PER_INSTRUCTION) {
                return self.leaf(End::BufferFull, place.at, depth);
            }
            let code = place.code.clone();
            let rt = code_rt_of(&code);
            let at = place.at;
            let callee_now = if at == self.root && depth == 0 && place.up == 0 {
                self.start_callee.take()
            } else {
                None
            };
            let cu = instruction(self.vm, rt, at);
            let op = cu.op();
            let next = at + cu.width();
            if self.trace >= 2 {
                eprintln!("[tier2]   {at:>5} {:<32} {}", op.name(), cu.arg());
            }
            match op.base() {
                // The loop a resumed generator yields from: round it up
                // to GEN_LAPS times per resumption (a loop that does not
                // yield is left at a back edge after that).
                Opcode::JUMP_BACKWARD | Opcode::JUMP
                    if cu.arg() <= at && place.resumed.is_some() && place.gen_laps < GEN_LAPS =>
                {
                    place.gen_laps += 1;
                    place.at = cu.arg();
                    continue;
                }
                Opcode::JUMP_BACKWARD | Opcode::JUMP if cu.arg() <= at => {
                    let end = if depth == 0 && place.up == 0 && cu.arg() == self.root {
                        End::LoopClosed
                    } else {
                        End::OtherLoop
                    };
                    // The loop closes at its head; another loop is left at its back edge.
                    let t = if end == End::LoopClosed {
                        self.root
                    } else {
                        at
                    };
                    return self.leaf(end, t, depth);
                }
                Opcode::JUMP => {
                    place.at = cu.arg();
                    continue;
                }
                Opcode::POP_JUMP_IF_FALSE
                | Opcode::POP_JUMP_IF_TRUE
                | Opcode::POP_JUMP_IF_NONE
                | Opcode::POP_JUMP_IF_NOT_NONE => {
                    place.at = self.branch(rt, at, cu, next, &place);
                    continue;
                }
                // A resumed generator finishes: tier 1 ends its caller's loop.
                Opcode::RETURN_VALUE if place.resumed.is_some() => {
                    return self.leaf(End::Return, at, depth);
                }
                // A resumed generator yields: back to its caller's loop.
                Opcode::YIELD_VALUE if place.resumed.is_some() => {
                    let mut i = Inst::new(Uop::YIELD_TO_CALLER, next, 0, at);
                    i.count = 1;
                    self.emit(i);
                    let Some(mut caller) = place.callers.pop() else {
                        // Unreachable: the region pushed the generator's frame.
                        return self.leaf(End::Yield, at, depth);
                    };
                    caller.callers = std::mem::take(&mut place.callers);
                    place = caller;
                    continue;
                }
                Opcode::RETURN_VALUE if depth > 0 => {
                    let mut i = Inst::new(Uop::SET_IP, at, 0, at);
                    self.emit(i);
                    i = Inst::new(Uop::POP_FRAME, 0, 0, at);
                    i.count = 1;
                    self.emit(i);
                    match place.callers.pop() {
                        Some(mut caller) => {
                            caller.callers = std::mem::take(&mut place.callers);
                            place = caller;
                        }
                        None => place.at = at,
                    }
                    continue;
                }
                Opcode::RETURN_VALUE => match { self.callers }.get(place.up) {
                    Some(caller) if !caller.resumed => {
                        place = self.return_into(caller, place.up, at, next);
                        continue;
                    }
                    _ => return self.leaf(End::Return, at, depth),
                },
                // The yield of a generator frame of tier 1's its caller
                // resumed: it goes on there, as a return would.
                Opcode::YIELD_VALUE
                    if depth == 0 && { self.callers }.get(place.up).is_some_and(|c| c.resumed) =>
                {
                    let caller = &{ self.callers }[place.up];
                    place = self.return_into(caller, place.up, at, next);
                    continue;
                }
                Opcode::YIELD_VALUE if depth == 0 && place.up == 0 && self.sink => {
                    // The sink takes the value; the generator goes on as
                    // if resumed by `next()`.
                    let mut i = Inst::new(Uop::YIELD_TO_SINK, 0, 0, at);
                    i.count = 1;
                    self.emit(i);
                    self.emit(Inst::new(Uop::CHECK_VALIDITY, next, 0, at));
                    place.at = next;
                    continue;
                }
                Opcode::YIELD_VALUE | Opcode::GET_AWAITABLE | Opcode::SEND => {
                    return self.leaf(End::Yield, at, depth);
                }
                Opcode::RAISE_VARARGS | Opcode::RERAISE => {
                    return self.leaf(End::Raise, at, depth);
                }
                Opcode::PUSH_EXC_INFO
                | Opcode::POP_EXCEPT
                | Opcode::CHECK_EXC_MATCH
                | Opcode::WITH_EXCEPT_START
                | Opcode::END_ASYNC_FOR
                | Opcode::ENTER_EXECUTOR
                | Opcode::SETUP_ANNOTATIONS
                | Opcode::IMPORT_STAR
                | Opcode::PRINT_EXPR => return self.leaf(End::Unsupported, at, depth),
                _ => {}
            }
            if op == Opcode::FOR_ITER_GEN && depth < MAX_DEPTH {
                let now = if at == self.root && depth == 0 && place.up == 0 {
                    self.start_gen.clone()
                } else {
                    place.resumed.as_ref().and_then(suspended_top)
                };
                if let Some(resumed) = now.and_then(|g| self.resumed_gen(g)) {
                    place = self.follow_gen(rt, at, cu, next, place, resumed);
                    continue;
                }
            }
            if let Some(i) = self.global_load(op, cu.arg(), rt, at, &place) {
                // A global's value, constant while its entry does not
                // change, or loaded from its entry while the keys do not.
                let mut i = i;
                i.count = 1;
                self.emit(i);
                place.at = next;
                continue;
            }
            // A plain instruction: its uops, where it is first.
            self.emit(Inst::new(Uop::SET_IP, at, 0, at));
            let mut escapes = false;
            let mut last = None;
            let follow = self.followed_call(op, rt, at, depth, callee_now, &place);
            if follow.is_none() && pushes_frame(op) {
                return self.leaf(End::Call, at, depth);
            }
            let uops: Vec<(Uop, u64)> = match (&follow, op) {
                // A site that serves many functions, followed into the one
                // it called last (or, where the region starts, the one on
                // the stack): guarded by that function's version.
                // A function made here and gone (a comprehension's): its
                // code, and the frame's globals its code assumes.
                (Some(callee), Opcode::CALL_PY_SIMPLE) if callee.3 == 0 => vec![
                    (Uop::GUARD_FUNCTION_CODE, code_rt_of(&callee.0).id as u64),
                    (Uop::GUARD_FUNCTION_GLOBALS, 0),
                    (
                        Uop::GUARD_CALL_NARGS,
                        code_rt_of(&callee.0).simple_args as u64,
                    ),
                    (Uop::CALL_PY_EXACT_ARGS, 0),
                ],
                (Some(callee), Opcode::CALL_PY_SIMPLE) => vec![
                    (Uop::GUARD_FUNCTION_VERSION, callee.3 as u64),
                    (
                        Uop::GUARD_CALL_NARGS,
                        code_rt_of(&callee.0).simple_args as u64,
                    ),
                    (Uop::CALL_PY_EXACT_ARGS, 0),
                ],
                _ => trace_uops(op)
                    .map(|u| (u, read_operand(rt, at, u.cache_slice())))
                    .collect(),
            };
            for (u, operand) in uops {
                escapes |= u.flags() & flags::ESCAPES != 0;
                let i = match u {
                    Uop::LOAD_CONST => load_const(rt, cu.arg(), at),
                    _ => Inst::new(u, cu.arg(), operand, at),
                };
                last = Some(self.emit(i));
            }
            if let Some((callee, globals, builtins, _)) = follow {
                // The call's frame becomes the running one.
                last = Some(self.emit(Inst::new(Uop::PUSH_FRAME, next, 0, at)));
                self.counts.calls_followed += 1;
                if let Some(l) = last {
                    self.buf.insts[l].count = 1;
                }
                if self.trace >= 1 {
                    eprintln!("[tier2]   follows the call at offset {at} (depth {depth})");
                }
                let up = place.up;
                place = place.push(Place::new(callee, 0, globals, builtins, up), next);
                continue;
            }
            if escapes {
                last = Some(self.emit(Inst::new(Uop::CHECK_VALIDITY, next, 0, at)));
            }
            match last {
                Some(l) => self.buf.insts[l].count = 1,
                // Nothing to run (a NOP): the position update counts it.
                None => {
                    let l = self.buf.len() - 1;
                    self.buf.insts[l].count = 1;
                }
            }
            place.at = next;
        }
    }

    /// Generator `g` as `FOR_ITER_GEN` would resume it now, if it can:
    /// its frame's code and offset, and the frame's namespaces.
    fn resumed_gen(&self, g: Value) -> Option<Resumed> {
        let Some(ObjKind::Generator(gn)) = g.as_obj().map(|o| &o.kind) else {
            return None;
        };
        if gn.running.get() || gn.kind != stitch_runtime::generator::GenKind::Generator {
            return None;
        }
        let slot = gn.frame.try_borrow().ok()?;
        let fr = slot.as_deref()?;
        let place = Place::new(
            (*fr.code_obj).clone(),
            fr.ip,
            (*fr.globals).clone(),
            (*fr.builtins).clone(),
            0,
        );
        let id = fr.code().id;
        drop(slot);
        Some(Resumed {
            place,
            id,
            generator: g,
        })
    }

    /// Lower the `FOR_ITER_GEN` at `at` as the resumption of generator
    /// `r`, guarded to be suspended where it is now, and go on in its
    /// frame (its yield comes back here, at `next`).
    fn follow_gen(
        &mut self,
        rt: &CodeRt,
        at: u32,
        cu: CodeUnit,
        next: u32,
        place: Place,
        r: Resumed,
    ) -> Place {
        self.emit(Inst::new(Uop::SET_IP, at, 0, at));
        self.emit(Inst::new(
            Uop::GUARD_ITER_GEN,
            cu.arg(),
            read_operand(rt, at, Uop::GUARD_ITER_GEN.cache_slice()),
            at,
        ));
        self.emit(Inst::new(
            Uop::GUARD_GEN_FRAME,
            0,
            (r.id as u64) << 32 | r.place.at as u64,
            at,
        ));
        self.emit(Inst::new(Uop::FOR_ITER_GEN, cu.arg(), 0, at));
        let mut push = Inst::new(Uop::PUSH_FRAME, next, 0, at);
        push.count = 1;
        self.emit(push);
        self.counts.calls_followed += 1;
        if self.trace >= 1 {
            eprintln!(
                "[tier2]   resumes the generator at offset {at} (depth {}) at its offset {}",
                place.callers.len(),
                r.place.at
            );
        }
        let mut callee = place.push(r.place, next);
        callee.resumed = Some(r.generator);
        callee
    }

    /// The return at `at` from a frame of tier 1's (the start frame, or
    /// the `up`th caller), or its yield when it is a generator's its
    /// caller resumed (to resume at `next`): the path goes on in its
    /// caller, if the running frame's caller is that one (`GUARD_CALLER`).
    fn return_into(&mut self, caller: &Caller, up: usize, at: u32, next: u32) -> Place {
        let globals = match self.consts.iter().position(|c| c.is(&caller.globals)) {
            Some(n) => n,
            None => {
                self.consts.push(caller.globals.clone());
                self.consts.len() - 1
            }
        };
        let id = code_rt_of(&caller.code).id as u64;
        let resumed = if caller.resumed { CALLER_RESUMED } else { 0 };
        self.emit(Inst::new(
            Uop::GUARD_CALLER,
            globals as u32 | resumed,
            id << 32 | caller.at as u64,
            at,
        ));
        let mut i = if caller.resumed {
            Inst::new(Uop::YIELD_TO_CALLER, next, 0, at)
        } else {
            Inst::new(Uop::POP_FRAME, 0, 0, at)
        };
        i.count = 1;
        self.emit(i);
        self.counts.returns_followed += 1;
        if self.trace >= 1 {
            eprintln!(
                "[tier2]   returns into its caller at offset {at} (to {})",
                caller.at
            );
        }
        Place::new(
            caller.code.clone(),
            caller.at,
            caller.globals.clone(),
            caller.builtins.clone(),
            up + 1,
        )
    }

    /// The code, globals, builtins and version of the function a
    /// specialized call at `at` of a frame at `place` will run, if the
    /// region follows it there (`now`: the version of the function a
    /// `CALL_PY_SIMPLE` is about to call, if known). Version 0: a function
    /// gone by now that a `CALL_PY_SIMPLE` calls, followed by its code
    /// (see [`made_here`]).
    fn followed_call(
        &self,
        op: Opcode,
        rt: &CodeRt,
        at: u32,
        depth: usize,
        now: Option<u32>,
        place: &Place,
    ) -> Option<(Value, Value, Value, u32)> {
        if depth >= MAX_DEPTH {
            return None;
        }
        let version = match op {
            Opcode::CALL_PY_SIMPLE => now.unwrap_or_else(|| rt.cache(at, 1).get().0),
            Opcode::CALL_PY_EXACT_ARGS
            | Opcode::CALL_PY_WITH_DEFAULTS
            | Opcode::CALL_BOUND_METHOD_EXACT_ARGS
            | Opcode::CALL_BOUND_METHOD_WITH_DEFAULTS
            | Opcode::CALL_INSTANCE_EXACT_ARGS
            | Opcode::CALL_INSTANCE_WITH_DEFAULTS
            | Opcode::CALL_ALLOC_AND_ENTER_INIT => rt.cache(at, 1).get().0,
            Opcode::BINARY_OP_PY_DUNDER => rt.cache(at, 2).get().0,
            _ => return None,
        };
        let Some(func) = self.vm.function_for_version(version) else {
            if op != Opcode::CALL_PY_SIMPLE {
                return None;
            }
            let code = made_here(rt, at).filter(|c| can_enter(op, c))?;
            return Some((code, place.globals.clone(), place.builtins.clone(), 0));
        };
        let Some(ObjKind::Function(f)) = func.as_obj().map(|o| &o.kind) else {
            return None;
        };
        let code = f.code.borrow().clone();
        can_enter(op, &code).then(|| (code, f.globals.clone(), f.builtins.clone(), version))
    }

    /// A specialized global load at `at` (its `oparg`) without its guards,
    /// when the dicts it comes from still have the keys the instruction
    /// was specialized for and may be watched (the region then depends on
    /// their keys): `LOAD_IMMEDIATE` or `LOAD_CONST_INLINE` of the value
    /// the global has now (the region depends on its entry too), or, for
    /// an entry whose value changes too often, the load from that entry.
    fn global_load(
        &mut self,
        op: Opcode,
        oparg: u32,
        rt: &CodeRt,
        at: u32,
        place: &Place,
    ) -> Option<Inst> {
        use stitch_runtime::dict::{entry_value_unguarded, keys_version_unguarded};
        let (builtin, load) = match op {
            Opcode::LOAD_GLOBAL_MODULE | Opcode::LOAD_GLOBAL_MODULE_PUSH_NULL => {
                (false, Uop::LOAD_GLOBAL_MODULE)
            }
            Opcode::LOAD_GLOBAL_BUILTIN | Opcode::LOAD_GLOBAL_BUILTIN_PUSH_NULL => {
                (true, Uop::LOAD_GLOBAL_BUILTIN)
            }
            _ => return None,
        };
        fn table(d: &Value) -> Option<&std::cell::RefCell<stitch_runtime::dict::DictTable>> {
            match d.as_obj().map(|o| &o.kind) {
                Some(ObjKind::Dict(t)) => Some(t),
                _ => None,
            }
        }
        let globals = table(&place.globals)?;
        let version = keys_version_unguarded(globals);
        if version == 0 || version != rt.cache(at, 1).get().0 {
            return None;
        }
        let mut dicts = vec![place.globals.clone()];
        let from = if builtin {
            let b = table(&place.builtins)?;
            let v = keys_version_unguarded(b);
            if v == 0 || v != rt.cache(at, 2).get().0 {
                return None;
            }
            dicts.push(place.builtins.clone());
            b
        } else {
            globals
        };
        let entry = rt.cache(at, 3).get().0 as usize;
        let value = entry_value_unguarded(from, entry)?;
        let ids: Vec<usize> = dicts
            .iter()
            .filter_map(stitch_runtime::watch::dict_id)
            .collect();
        if ids.len() != dicts.len() || ids.iter().any(|id| self.volatile.contains(id)) {
            return None;
        }
        for (d, id) in dicts.iter().zip(&ids) {
            stitch_runtime::watch::watch_dict(d)?;
            self.depend(Dep::Dict(*id), d);
        }
        let from_id = ids[ids.len() - 1];
        if self.volatile_entries.contains(&(from_id, entry)) {
            return Some(Inst::new(
                load,
                oparg,
                read_operand(rt, at, load.cache_slice()),
                at,
            ));
        }
        self.depend(Dep::Entry(from_id, entry as u32), &dicts[dicts.len() - 1]);
        use stitch_runtime::value::tag;
        if matches!(value.tag(), tag::NONE | tag::BOOL | tag::INT | tag::FLOAT) {
            return Some(Inst::new(
                Uop::LOAD_IMMEDIATE,
                value.tag() as u32,
                value.raw_payload(),
                at,
            ));
        }
        // A function's version tells the optimizer which function it is.
        let version = match value.as_obj().map(|o| &o.kind) {
            Some(ObjKind::Function(f)) => f.version.get(),
            _ => 0,
        };
        self.consts.push(value);
        Some(Inst::new(
            Uop::LOAD_CONST_INLINE,
            version,
            self.consts.len() as u64 - 1,
            at,
        ))
    }

    /// Make the region depend on `dep`, of the watched dict `d` (kept
    /// alive by the executors, so that no other dict takes its address).
    fn depend(&mut self, dep: Dep, d: &Value) {
        if !self.deps.contains(&dep) {
            self.deps.push(dep);
            if !self.consts.iter().any(|c| c.is(d)) {
                self.consts.push(d.clone());
            }
        }
    }

    /// Lower the conditional jump at `at` (to `cu.arg()`, else on to
    /// `next`) as a guard on its likely direction, forking when the other
    /// direction is common enough; returns where the path goes on.
    fn branch(&mut self, rt: &CodeRt, at: u32, cu: CodeUnit, next: u32, place: &Place) -> u32 {
        let target = cu.arg();
        let (taken, seen) = history::summary(rt.cache(at, 0).get().0);
        let likely_taken = taken * 2 > seen;
        let minority = if likely_taken { seen - taken } else { taken };
        let (go, other) = if likely_taken {
            (target, next)
        } else {
            (next, target)
        };
        let op = cu.op();
        if matches!(op, Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE) {
            // Tier 1 tests the truth of other values at the jump itself.
            self.emit(Inst::new(Uop::SET_IP, at, 0, at));
            self.emit(Inst::new(Uop::GUARD_TOS_BOOL, 0, 0, at));
        }
        // The guard checks that the value sends the path where it goes on.
        let jumps_if = match op {
            Opcode::POP_JUMP_IF_FALSE => Uop::GUARD_IS_FALSE_POP,
            Opcode::POP_JUMP_IF_TRUE => Uop::GUARD_IS_TRUE_POP,
            Opcode::POP_JUMP_IF_NONE => Uop::GUARD_IS_NONE_POP,
            _ => Uop::GUARD_IS_NOT_NONE_POP,
        };
        let uop = if likely_taken {
            jumps_if
        } else {
            opposite(jumps_if)
        };
        let mut guard = Inst::new(uop, other, 0, at);
        guard.count = 1;
        let g = self.emit(guard);
        let fork = minority > 0 && minority * FORK_RATIO >= seen && self.forks < MAX_FORKS;
        if fork {
            self.forks += 1;
            self.counts.forks += 1;
            if self.trace >= 1 {
                eprintln!(
                    "[tier2]   fork at offset {at}: went to {target} {taken} of {seen} times"
                );
            }
            self.pending.push(Pending {
                guard: g,
                place: Place {
                    at: other,
                    ..place.clone()
                },
            });
        }
        go
    }
}

/// Can a trace follow call `op` into `code`? Not into a generator's
/// (calling it makes the generator), nor, at a `CALL_PY_SIMPLE`, into code
/// whose arguments are not simply positional.
fn can_enter(op: Opcode, code: &Value) -> bool {
    let rt = code_rt_of(code);
    !stitch_runtime::call::is_generator_code(rt.co.flags)
        && (op != Opcode::CALL_PY_SIMPLE || rt.simple_args != u32::MAX)
}

/// The code of the function the instructions before the call at `at`
/// made, when they did: the last `LOAD_CONST` of a code object then
/// `MAKE_FUNCTION`, the last function made before the call, with no jump
/// instruction in between (the shape of a comprehension's call). A guess
/// the trace guards (`GUARD_FUNCTION_CODE`,
/// `GUARD_FUNCTION_GLOBALS`): each evaluation makes a new function, gone
/// when the region is projected, so no function version names it.
fn made_here(rt: &CodeRt, at: u32) -> Option<Value> {
    let mut found = None;
    let mut prev_const: Option<&Value> = None;
    let mut i = 0u32;
    while i < at {
        let cu = rt.code.get(i as usize)?.get();
        let op = cu.op();
        match op {
            Opcode::LOAD_CONST => {
                prev_const = rt.consts.get(cu.arg() as usize);
                i += cu.width();
                continue;
            }
            Opcode::MAKE_FUNCTION => {
                found = prev_const
                    .filter(|c| matches!(c.as_obj().map(|o| &o.kind), Some(ObjKind::Code(_))))
                    .cloned();
            }
            _ if op.flags() & flags::JUMP != 0 => found = None,
            _ => {}
        }
        prev_const = None;
        i += cu.width();
    }
    found
}

/// `LOAD_CONST i`, as `LOAD_IMMEDIATE` when the constant is None, a bool,
/// a small int or a float (so the optimizer knows its value).
fn load_const(rt: &CodeRt, i: u32, at: u32) -> Inst {
    use stitch_runtime::value::tag;
    match rt.consts.get(i as usize) {
        Some(v) if matches!(v.tag(), tag::NONE | tag::BOOL | tag::INT | tag::FLOAT) => {
            Inst::new(Uop::LOAD_IMMEDIATE, v.tag() as u32, v.raw_payload(), at)
        }
        _ => Inst::new(Uop::LOAD_CONST, i, 0, at),
    }
}

/// The branch guard that checks the other direction.
fn opposite(u: Uop) -> Uop {
    match u {
        Uop::GUARD_IS_TRUE_POP => Uop::GUARD_IS_FALSE_POP,
        Uop::GUARD_IS_FALSE_POP => Uop::GUARD_IS_TRUE_POP,
        Uop::GUARD_IS_NONE_POP => Uop::GUARD_IS_NOT_NONE_POP,
        _ => Uop::GUARD_IS_NONE_POP,
    }
}
