//! Executors, their exit records, and the arena that owns them (DESIGN §4,
//! "Executors", "Exits", "Lifetime").
//!
//! An executor is one linear trace copied out of the buffer into an
//! exactly-sized record: its uops, its exit table, the versions and
//! dictionaries it depends on, and a few mutable flags. The arena owns
//! every executor, addressed by [`ExecId`] (slot and generation: an id
//! outlives its executor harmlessly). Nothing else owns one: `ENTER_EXECUTOR`
//! sites hold an id, and exits hold a plain pointer (links form cycles).
//!
//! A linkable exit's `next` points at the executor to run when the exit is
//! taken, at first the arena's shared *cold* executor, whose one uop,
//! `COLD_EXIT`, counts and links. Linking writes that pointer (data, never
//! code).
//!
//! # Unsafe
//! Exits point at executors, and executors list the exits pointing at
//! them, with raw pointers. Invariants, kept by [`Arena::link`],
//! [`Arena::unlink_incoming`] and [`Arena::free`], the only code that
//! writes them:
//! * executors and their exit tables are boxed and never move while in
//!   the arena, and the cold executor lives as long as the arena;
//! * an exit's `next` is the cold executor or a live executor of the same
//!   arena, whose `incoming` lists that exit;
//! * every pointer in an executor's `incoming` is an exit of a live
//!   executor whose `next` is that executor;
//! * an executor is freed only when no uop interpreter runs it
//!   (`running == 0`); before it goes, the exits pointing at it go back to
//!   cold and its own linked exits leave their targets' `incoming`.
//!
//! An executor's code is words (`u64`, so aligned for an [`Op`]) that
//! [`encode`] fills: each uop an `Op` written in place, then its operand
//! word if it has one ([`words`]), with nothing between; so walking the
//! code from its start by `words(op.uop)` reads `Op`s that `encode` wrote.

use std::cell::{Cell, RefCell};

use stitch_bytecode::Uop;
use stitch_runtime::Value;

use crate::inst::{Inst, NO_EXIT};
use crate::run::{Handler, handler_for};

/// An executor's uop as its handler reads it: two 8-byte words of the
/// executor's code, followed by a third, its operand, for uops that have
/// one in a word of its own ([`operand_word`]), and then its tier-1 offset
/// for uops that set the frame's position each time they run ([`has_at`]).
/// Handlers run straight down the code, so the smaller a trace, the fewer
/// cache lines it takes: most uops need neither word (a uop whose body
/// reads no oparg keeps its operand in `oparg`: [`packs_operand`]). What
/// only exits, errors and `--stats` read (the tier-1 offset, the
/// instructions it completes) is in a side table of [`Meta`], one per
/// [`META_STRIDE`] bytes of code.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Op {
    /// The handler that runs it.
    pub run: Handler,
    /// The index of its exit record ([`NO_EXIT`]: none).
    pub link: u16,
    pub uop: Uop,
    /// Its oparg, or its operand if it packs it ([`packs_operand`]).
    pub oparg: u32,
}

/// Words of code an `Op` takes.
pub const OP_WORDS: usize = std::mem::size_of::<Op>() / std::mem::size_of::<u64>();
const _: () = assert!(std::mem::size_of::<Op>() == OP_WORDS * std::mem::size_of::<u64>());
const _: () = assert!(std::mem::align_of::<Op>() <= std::mem::align_of::<u64>());

/// Does uop `u` take an operand word in an executor's code? Uops that
/// read a slice of their instruction's inline cache, and tier 2's own
/// uops that projection gives one. (Executors are refused for a uop
/// outside these with an operand: see [`encode`].)
#[inline(always)]
pub const fn has_operand(u: Uop) -> bool {
    u.cache_slice().1 > 0
        || matches!(
            u,
            Uop::LOAD_IMMEDIATE
                | Uop::LOAD_CONST_INLINE
                | Uop::GUARD_CALLER
                | Uop::GUARD_GEN_FRAME
                | Uop::EXIT_TRACE
        )
}

/// Does uop `u` keep its operand in its `Op`'s `oparg`? Uops whose bodies
/// read no oparg and only the low 32 bits of their operand (versions,
/// slots and indices). Their operands fit ([`encode`] checks); one of
/// them the handler reads from the `Op` it reads anyway, and the trace is
/// a word shorter (a third of the uops the object-heavy programs run
/// have an operand, nearly all one of these).
#[inline(always)]
pub const fn packs_operand(u: Uop) -> bool {
    matches!(
        u,
        Uop::GUARD_TYPE_VERSION
            | Uop::GUARD_NOS_TYPE_VERSION
            | Uop::GUARD_TOS_NONE_OR_TYPE_VERSION
            | Uop::GUARD_CLASS_VERSION
            | Uop::GUARD_METACLASS_VERSION
            | Uop::GUARD_MODULE_VERSION
            | Uop::GUARD_GLOBALS_VERSION
            | Uop::GUARD_BUILTINS_VERSION
            | Uop::GUARD_NO_INSTANCE_ATTR
            | Uop::GUARD_KNOWN_FUNCTION
            | Uop::LOAD_GLOBAL_MODULE
            | Uop::LOAD_GLOBAL_BUILTIN
            | Uop::LOAD_ATTR_INSTANCE_VALUE
            | Uop::LOAD_ATTR_SLOT
            | Uop::LOAD_ATTR_MODULE
            | Uop::LOAD_ATTR_NONDESCRIPTOR
            | Uop::LOAD_ATTR_CLASS
            | Uop::LOAD_ATTR_PROPERTY
            | Uop::LOAD_ATTR_INSTANCE_VALUE_POLY
            | Uop::LOAD_METHOD_CACHED
            | Uop::LOAD_METHOD_MODULE
            | Uop::LOAD_METHOD_CLASS
            | Uop::LOAD_METHOD_WITH_VALUES_POLY
            | Uop::STORE_ATTR_SLOT
            | Uop::BINARY_OP_PY_DUNDER
    )
}

/// Does uop `u` take a word of the code for its operand?
#[inline(always)]
pub const fn operand_word(u: Uop) -> bool {
    has_operand(u) && !packs_operand(u)
}

/// Does uop `u` keep its tier-1 offset in a word of the code? Uops that
/// set the frame's position every time they run: those that escape (code
/// they call may look at it) and returns and yields of frames the trace
/// pushed. (Read from the side table, a call's offset cost a cache miss
/// of its own.)
#[inline(always)]
pub const fn has_at(u: Uop) -> bool {
    u.flags() & stitch_bytecode::flags::ESCAPES != 0
        || matches!(u, Uop::POP_FRAME | Uop::YIELD_TO_CALLER)
}

/// Where in uop `u`'s code its tier-1 offset is: words after its `Op`.
#[inline(always)]
pub const fn at_word(u: Uop) -> usize {
    OP_WORDS + operand_word(u) as usize
}

/// Words of code uop `u` takes.
#[inline(always)]
pub const fn words(u: Uop) -> usize {
    OP_WORDS + operand_word(u) as usize + has_at(u) as usize
}

/// What an executor keeps about each uop besides what its handler reads
/// (in the side table's entry for the [`META_STRIDE`] bytes its `Op`
/// starts in; entries no uop starts in are unused).
#[derive(Clone, Copy)]
pub struct Meta {
    /// Offset of the tier-1 instruction it belongs to (where a
    /// deoptimization resumes, and the frame's position while it escapes).
    pub at: u32,
    /// Its oparg, for dumps of uops whose `Op` packs their operand there.
    pub oparg: u32,
    /// Tier-1 instructions that complete with it (`--stats`).
    pub count: u8,
}

const NO_META: Meta = Meta {
    at: 0,
    oparg: 0,
    count: 0,
};

/// Bytes of code per entry of the side table: a uop's `Op` (every uop
/// starts in an entry of its own).
pub const META_STRIDE: usize = std::mem::size_of::<Op>();
const META_WORDS: usize = OP_WORDS;

/// Encode uops as executor code and its side table; `handlers`: each
/// uop's handler. `None` if a uop has an operand but no place for it.
fn encode(insts: &[Inst], handlers: &[Handler]) -> Option<(Box<[u64]>, Box<[Meta]>)> {
    let len: usize = insts.iter().map(|i| words(i.uop)).sum();
    let mut code = vec![0u64; len].into_boxed_slice();
    let mut metas = vec![NO_META; len.div_ceil(META_WORDS)].into_boxed_slice();
    let mut w = 0;
    for (i, run) in insts.iter().zip(handlers) {
        let fits = if packs_operand(i.uop) {
            i.operand <= u32::MAX as u64
        } else {
            has_operand(i.uop) || i.operand == 0
        };
        if !fits {
            debug_assert!(false, "{:?} has an operand but no place for it", i.uop);
            return None;
        }
        let op = Op {
            run: *run,
            link: i.link,
            uop: i.uop,
            oparg: if packs_operand(i.uop) {
                i.operand as u32
            } else {
                i.oparg
            },
        };
        // SAFETY: the `OP_WORDS` words from `w` are in `code` (`len`
        // counts them), aligned for an `Op` (asserted above).
        unsafe { code.as_mut_ptr().add(w).cast::<Op>().write(op) };
        metas[w / META_WORDS] = Meta {
            at: i.at,
            oparg: i.oparg,
            count: i.count,
        };
        if operand_word(i.uop) {
            code[w + OP_WORDS] = i.operand;
        }
        if has_at(i.uop) {
            code[w + at_word(i.uop)] = i.at as u64;
        }
        w += words(i.uop);
    }
    Some((code, metas))
}

/// The uops [`encode`] made `code` and `metas` of.
fn decode(code: &[u64], metas: &[Meta]) -> Vec<Inst> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < code.len() {
        let m = metas[i / META_WORDS];
        // SAFETY: a uop starts at word `i` (`encode` made the code).
        let op = unsafe { code.as_ptr().add(i).cast::<Op>().read() };
        let mut inst = Inst::new(op.uop, m.oparg, 0, m.at);
        inst.link = op.link;
        inst.count = m.count;
        if packs_operand(op.uop) {
            inst.operand = op.oparg as u64;
        } else if has_operand(op.uop) {
            inst.operand = code.get(i + OP_WORDS).copied().unwrap_or(0);
        }
        out.push(inst);
        i += words(op.uop);
    }
    out
}

/// An executor's address in the arena: its slot and the slot's
/// generation when it was made (a freed executor's id finds nothing).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct ExecId {
    pub slot: u32,
    pub generation: u32,
}

/// What an executor relies on besides its guards: a change to one makes
/// it invalid.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Dep {
    /// A class's or a function's version tag (see `watch::Watcher::version_changed`).
    ClassVersion(u32),
    /// The keys of a watched dictionary (by address): the trace loads
    /// from its entries by number, or treats their values as constants.
    Dict(usize),
    /// The value of a watched dictionary's entry (by address and entry
    /// number), a constant in the trace. (Its keys are a `Dict` dependency too.)
    Entry(usize, u32),
}

/// Is the trace the primary of its tree, or one of its secondaries?
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Primary,
    /// A secondary (private to its tree: reached only through a fork of it).
    Secondary,
    /// The shared cold exit.
    Cold,
}

/// First-instruction exits linked in a row at most (see `ExitRec::onward`).
pub const MAX_CHAIN: u8 = 4;

/// An exit record. (`repr(C)`, the fields a link reads first; one cache
/// line each, aligned, so those fields never straddle two.)
#[repr(C, align(64))]
pub struct ExitRec {
    /// The executor that runs next: the cold executor until linked.
    /// (Set with `ExitRec::point_at`, which keeps `top` in step.)
    pub next: Cell<*const ExecutorRec>,
    /// `next`'s first uop, copied when the exit is pointed at it: a link
    /// jumps there without waiting for `next`'s record to be read.
    pub top: Cell<*const Op>,
    /// May it be linked to any executor? (No for the first instruction of
    /// an executor, so a chain of executors always makes progress (see
    /// `onward`), and no at returns, yields and raises.)
    pub linkable: bool,
    /// An exit of the executor's first instruction: it may be linked only
    /// to an executor made after its own (`ExecutorRec::serial`), at most
    /// [`MAX_CHAIN`] such links in a row. A chain of these links only
    /// ever goes to newer executors, so it cannot close into a loop that
    /// runs no instruction; it ends in an executor that makes progress or
    /// in tier 1. (A call site that serves several functions, or an
    /// attribute load seeing several classes, gets one executor per
    /// case, tried in turn.)
    pub onward: bool,
    /// An exit of a loop's first instruction (its loop head, say the
    /// `FOR_ITER` whose exhaustion ends the loop): it may be taken as a
    /// link once the loop has gone round since the executor was entered,
    /// which is progress.
    pub after_lap: bool,
    /// Instructions the exit completes on the way to `target` (a fork's
    /// exit that leaves where its other side would have: see
    /// `linearize`), for `--stats`.
    pub completes: u8,
    /// Where tier 1 resumes when nothing runs next (in the frame running
    /// when the exit is taken).
    pub target: u32,
    /// Counts down the times the exit is taken cold; at zero it is linked
    /// (`specialize::counter` encoding: value and backoff exponent).
    pub counter: Cell<u32>,
    /// The executor whose exit table holds this record.
    pub owner: Cell<*const ExecutorRec>,
    /// Times taken (for `--stats` and the DOT dump).
    pub taken: Cell<u64>,
    /// What to write back to the frame before tier 1 resumes: empty for
    /// the uop back end (its values live in the frame already); the native
    /// back end fills it.
    pub write_back: Option<Box<[u32]>>,
}

/// One executable superblock. (`repr(C)`, aligned to a cache line: the
/// fields read when it is entered, linked to or checked for validity come
/// first and fill that line; the rest are read when it is made, dumped,
/// swept or invalidated, and by exits to newer executors (`serial`).)
#[repr(C, align(64))]
pub struct ExecutorRec {
    /// Its uops, encoded (see [`Op`]); the last is terminal.
    pub code: Box<[u64]>,
    /// For each [`META_STRIDE`] bytes of `code`, the [`Meta`] of the uop
    /// starting there.
    pub metas: Box<[Meta]>,
    pub exits: Box<[ExitRec]>,
    /// The globals dict (`watch::dict_id`) the frame must have for the
    /// trace's constants to hold, 0 if it has none.
    pub globals: usize,
    /// Uop interpreters running it now (nested loops may run it again).
    pub running: Cell<u32>,
    pub valid: Cell<bool>,
    /// Entered since the last sweep?
    pub ran: Cell<bool>,
    /// First-instruction exits linked in a row to reach it (made for one
    /// of them: its maker's `chain` + 1; else 0).
    pub chain: Cell<u8>,
    pub id: ExecId,
    pub kind: Kind,
    /// The primary of its tree (itself for a primary).
    pub tree: ExecId,
    pub deps: Box<[Dep]>,
    /// What `LOAD_CONST_INLINE` pushes, and the dicts it depends on (kept alive).
    pub consts: Box<[Value]>,
    /// Exits whose `next` is this executor.
    pub incoming: RefCell<Vec<*const ExitRec>>,
    /// The code object (`CodeRt::id`) and offset it starts at.
    pub code_id: u32,
    pub start: u32,
    /// Uops in the region before optimization (its share of the tree, for
    /// the primary: the whole tree).
    pub uops_before: u32,
    /// Order of making: larger is newer (see `ExitRec::onward`).
    pub serial: u64,
}

// An exit record is one cache line (aligned to it: no padding added).
const _: () = assert!(std::mem::size_of::<ExitRec>() == 64);
// The fields read on entry, on a link and by `CHECK_VALIDITY` fit the
// record's first cache line.
const _: () = assert!(std::mem::offset_of!(ExecutorRec, chain) < 64);

impl ExecutorRec {
    /// Its first uop.
    pub fn first(&self) -> *const Op {
        self.code.as_ptr().cast()
    }
    /// Its uops, decoded (for dumps and traces).
    pub fn insts(&self) -> Vec<Inst> {
        decode(&self.code, &self.metas)
    }
    /// Bytes held: the record, its code and side table, exit table and
    /// dependency list.
    pub fn bytes(&self) -> usize {
        std::mem::size_of::<ExecutorRec>()
            + std::mem::size_of_val(&*self.code)
            + std::mem::size_of_val(&*self.metas)
            + std::mem::size_of_val(&*self.exits)
            + self
                .exits
                .iter()
                .map(|e| {
                    e.write_back
                        .as_ref()
                        .map_or(0, |w| std::mem::size_of_val(&**w))
                })
                .sum::<usize>()
            + std::mem::size_of_val(&*self.deps)
            + std::mem::size_of_val(&*self.consts)
            + self.incoming.borrow().capacity() * std::mem::size_of::<*const ExitRec>()
    }
}

/// One slot of the arena.
struct Slot {
    generation: u32,
    rec: Option<Box<ExecutorRec>>,
}

/// Owner of every executor.
pub struct Arena {
    slots: Vec<Slot>,
    free_slots: Vec<u32>,
    live: usize,
    bytes: usize,
    /// Of which the executors' code (what handlers read as they run).
    code_bytes: usize,
    cold: Box<ExecutorRec>,
    /// The next executor's `serial`.
    serial: u64,
}

impl Default for Arena {
    fn default() -> Self {
        let none = ExecId {
            slot: u32::MAX,
            generation: 0,
        };
        let mut uop = Inst::new(Uop::COLD_EXIT, 0, 0, 0);
        uop.link = NO_EXIT;
        let (code, metas) = encode(&[uop], &[handler_for(Uop::COLD_EXIT, false)])
            .unwrap_or_else(|| stitch_runtime::vm::invariant_broken("tier 2: the cold exit"));
        let cold = Box::new(ExecutorRec {
            id: none,
            kind: Kind::Cold,
            tree: none,
            code,
            metas,
            exits: Box::new([]),
            deps: Box::new([]),
            consts: Box::new([]),
            globals: 0,
            valid: Cell::new(true),
            ran: Cell::new(false),
            running: Cell::new(0),
            incoming: RefCell::new(Vec::new()),
            code_id: 0,
            start: 0,
            uops_before: 0,
            serial: 0,
            chain: Cell::new(0),
        });
        Arena {
            slots: Vec::new(),
            free_slots: Vec::new(),
            live: 0,
            bytes: 0,
            code_bytes: 0,
            cold,
            serial: 1,
        }
    }
}

/// An exit table entry to make, before its owner exists.
pub struct NewExit {
    pub target: u32,
    pub linkable: bool,
    pub onward: bool,
    pub after_lap: bool,
    pub counter: u32,
    /// See [`ExitRec::completes`].
    pub completes: u8,
}

/// An executor to make.
pub struct NewExecutor {
    pub kind: Kind,
    pub code: Vec<Inst>,
    pub exits: Vec<NewExit>,
    pub deps: Vec<Dep>,
    pub consts: Vec<Value>,
    pub globals: usize,
    pub code_id: u32,
    pub start: u32,
    pub uops_before: u32,
}

impl Arena {
    /// The shared cold executor.
    pub fn cold(&self) -> *const ExecutorRec {
        &*self.cold
    }
    pub fn live(&self) -> usize {
        self.live
    }
    pub fn bytes(&self) -> usize {
        self.bytes
    }
    /// Bytes of live executors' code (part of [`Arena::bytes`]).
    pub fn code_bytes(&self) -> usize {
        self.code_bytes
    }
    /// Bytes of the shared cold exit.
    pub fn cold_bytes(&self) -> usize {
        self.cold.bytes()
    }

    /// Move a new executor into the arena; `tree` is its primary (`None`:
    /// it is a primary); `stats`: its handlers count instructions. `None`
    /// if its code does not end with a terminal uop (the uop interpreter
    /// relies on that), a uop's exit index is past its exit table (links
    /// index the table unchecked), or a uop without an operand word has
    /// an operand.
    pub fn add(&mut self, new: NewExecutor, tree: Option<ExecId>, stats: bool) -> Option<ExecId> {
        if !new.code.last().is_some_and(|i| i.is_terminal()) {
            return None;
        }
        let exits = new.exits.len();
        if new
            .code
            .iter()
            .any(|i| i.link != NO_EXIT && i.link as usize >= exits)
        {
            debug_assert!(false, "an exit index past the exit table");
            return None;
        }
        let handlers = crate::run::handlers_for(&new.code, stats);
        let (code, metas) = encode(&new.code, &handlers)?;
        let slot = match self.free_slots.pop() {
            Some(s) => s,
            None => {
                self.slots.push(Slot {
                    generation: 0,
                    rec: None,
                });
                self.slots.len() as u32 - 1
            }
        };
        let generation = self.slots[slot as usize].generation;
        let id = ExecId { slot, generation };
        let cold = self.cold();
        let exits: Box<[ExitRec]> = new
            .exits
            .iter()
            .map(|e| ExitRec {
                target: e.target,
                counter: Cell::new(e.counter),
                next: Cell::new(cold),
                // SAFETY: the cold executor lives as long as the arena.
                top: Cell::new(unsafe { &*cold }.first()),
                linkable: e.linkable,
                onward: e.onward,
                after_lap: e.after_lap,
                completes: e.completes,
                write_back: None,
                owner: Cell::new(std::ptr::null()),
                taken: Cell::new(0),
            })
            .collect();
        let rec = Box::new(ExecutorRec {
            id,
            kind: new.kind,
            tree: tree.unwrap_or(id),
            code,
            metas,
            exits,
            deps: new.deps.into_boxed_slice(),
            consts: new.consts.into_boxed_slice(),
            globals: new.globals,
            valid: Cell::new(true),
            ran: Cell::new(false),
            running: Cell::new(0),
            incoming: RefCell::new(Vec::new()),
            code_id: new.code_id,
            start: new.start,
            uops_before: new.uops_before,
            serial: self.serial,
            chain: Cell::new(0),
        });
        self.serial += 1;
        for e in rec.exits.iter() {
            e.owner.set(&*rec);
        }
        self.bytes += rec.bytes();
        self.code_bytes += std::mem::size_of_val(&*rec.code);
        self.live += 1;
        self.slots[slot as usize].rec = Some(rec);
        Some(id)
    }

    pub fn get(&self, id: ExecId) -> Option<&ExecutorRec> {
        let s = self.slots.get(id.slot as usize)?;
        if s.generation != id.generation {
            return None;
        }
        s.rec.as_deref()
    }

    /// Every live executor.
    pub fn iter(&self) -> impl Iterator<Item = &ExecutorRec> {
        self.slots.iter().filter_map(|s| s.rec.as_deref())
    }

    /// Make exit `exit` (of executor `from`) lead to executor `to`.
    pub fn link(&self, from: ExecId, exit: usize, to: ExecId) -> bool {
        let (Some(f), Some(t)) = (self.get(from), self.get(to)) else {
            return false;
        };
        let Some(e) = f.exits.get(exit) else {
            return false;
        };
        self.link_exit(e, t);
        true
    }

    /// [`Arena::link`] for an exit and an executor known to be live.
    pub fn link_exit(&self, e: &ExitRec, to: &ExecutorRec) {
        self.unlink_exit(e);
        e.point_at(to);
        to.incoming.borrow_mut().push(e);
    }

    /// Send exit `e` back to cold.
    fn unlink_exit(&self, e: &ExitRec) {
        let next = e.next.get();
        if std::ptr::eq(next, self.cold()) {
            return;
        }
        // SAFETY: a linked exit's `next` is a live executor (module invariants).
        let target = unsafe { &*next };
        target
            .incoming
            .borrow_mut()
            .retain(|p| !std::ptr::eq(*p, e));
        e.point_at(&self.cold);
    }

    /// Send every exit linked to `rec` back to cold.
    pub fn unlink_incoming(&self, rec: &ExecutorRec) {
        let incoming = std::mem::take(&mut *rec.incoming.borrow_mut());
        for p in incoming {
            // SAFETY: `incoming` lists exits of live executors (module invariants).
            unsafe { &*p }.point_at(&self.cold);
        }
    }

    /// Mark `id` invalid and send the exits linked to it back to cold.
    /// Returns whether it was valid.
    pub fn invalidate(&self, id: ExecId) -> bool {
        let Some(rec) = self.get(id) else {
            return false;
        };
        let was = rec.valid.replace(false);
        self.unlink_incoming(rec);
        was
    }

    /// Free executor `id`, unless an interpreter runs it. Returns whether it was freed.
    pub fn free(&mut self, id: ExecId) -> bool {
        let Some(rec) = self.get(id) else {
            return false;
        };
        if rec.running.get() != 0 {
            return false;
        }
        self.unlink_incoming(rec);
        for e in rec.exits.iter() {
            self.unlink_exit(e);
        }
        let bytes = rec.bytes();
        self.code_bytes -= std::mem::size_of_val(&*rec.code);
        let slot = &mut self.slots[id.slot as usize];
        slot.rec = None;
        slot.generation = slot.generation.wrapping_add(1);
        self.free_slots.push(id.slot);
        self.live -= 1;
        self.bytes -= bytes;
        true
    }

    /// Free every executor that did not run since the last sweep (and is
    /// not running), and clear the flag of the others. Returns how many
    /// were freed.
    pub fn sweep(&mut self) -> usize {
        let idle: Vec<ExecId> = self
            .iter()
            .filter(|r| !r.ran.replace(false) && r.running.get() == 0)
            .map(|r| r.id)
            .collect();
        idle.into_iter().filter(|id| self.free(*id)).count()
    }

    /// Free every invalid executor that is not running.
    pub fn free_invalid(&mut self) -> usize {
        let dead: Vec<ExecId> = self
            .iter()
            .filter(|r| !r.valid.get() && r.running.get() == 0)
            .map(|r| r.id)
            .collect();
        dead.into_iter().filter(|id| self.free(*id)).count()
    }

    /// The executor an exit leads to, and whether that is the cold exit.
    #[inline(always)]
    pub fn is_cold(&self, p: *const ExecutorRec) -> bool {
        std::ptr::eq(p, self.cold())
    }
}

impl ExitRec {
    /// May the exit go on to whatever executor it points at, its owner
    /// having `lapped` its loop since it was entered? (Else only an
    /// `onward` exit goes on, and only to a newer executor.)
    #[inline(always)]
    pub fn goes_to_any(&self, lapped: bool) -> bool {
        self.linkable || (self.after_lap && lapped)
    }
    /// Make the exit lead to `to`.
    fn point_at(&self, to: &ExecutorRec) {
        self.next.set(to);
        self.top.set(to.first());
    }
    /// The executor this exit leads to.
    #[inline(always)]
    pub fn next_rec(&self) -> &ExecutorRec {
        // SAFETY: `next` is the cold executor or a live executor (module
        // invariants); an exit is only reached through its owner, which is
        // live while it runs.
        unsafe { &*self.next.get() }
    }
    /// The executor whose exit table holds it.
    pub fn owner_rec(&self) -> &ExecutorRec {
        // SAFETY: set when the owner was made; the owner's box holds this
        // record, so it is live whenever the record is reachable.
        unsafe { &*self.owner.get() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inst(uop: Uop, oparg: u32, operand: u64, at: u32, link: u16) -> Inst {
        let mut i = Inst::new(uop, oparg, operand, at);
        i.link = link;
        i.count = 1;
        i
    }

    #[test]
    fn code_decodes_to_the_uops_it_was_made_of() {
        // Uops without an operand, with one packed into the `Op`, with a
        // word for it (64 bits), with a position word, with both, and
        // with a packed operand and a position word.
        let insts = [
            inst(Uop::LOAD_FAST, 3, 0, 2, NO_EXIT),
            inst(Uop::GUARD_TYPE_VERSION, 0, 0xdead_beef, 4, 0),
            inst(Uop::LOAD_ATTR_INSTANCE_VALUE, 7, 5, 4, 1),
            inst(Uop::LOAD_IMMEDIATE, 2, u64::MAX - 1, 6, NO_EXIT),
            inst(Uop::CALL_BUILTIN_FAST, 1, 0, 8, NO_EXIT),
            inst(Uop::CALL_BUILTIN_CLASS, 1, 0x1234_5678_9abc, 10, 2),
            inst(Uop::LOAD_ATTR_PROPERTY, 9, 4, 14, 3),
            inst(Uop::EXIT_TRACE, 0, 16, 16, 4),
        ];
        let handlers = vec![handler_for(Uop::NOP, false); insts.len()];
        let (code, metas) = encode(&insts, &handlers).expect("encodable");
        let len: usize = insts.iter().map(|i| words(i.uop)).sum();
        assert_eq!(code.len(), len);
        // The packed operand takes no word of its own.
        assert_eq!(words(Uop::GUARD_TYPE_VERSION), OP_WORDS);
        assert!(decode(&code, &metas) == insts);
        // Handlers read a position from its word (`decode` reads the side
        // table's copy).
        let mut w = 0;
        for i in &insts {
            if has_at(i.uop) {
                assert_eq!(code[w + at_word(i.uop)], i.at as u64, "{:?}", i.uop);
            }
            w += words(i.uop);
        }
    }

    #[test]
    fn a_packed_operand_that_does_not_fit_is_refused() {
        let insts = [
            inst(Uop::GUARD_TYPE_VERSION, 0, 1 << 32, 0, 0),
            inst(Uop::EXIT_TRACE, 0, 0, 0, 1),
        ];
        let handlers = vec![handler_for(Uop::NOP, false); insts.len()];
        // (A debug build asserts: encoding such a uop is a bug.)
        if !cfg!(debug_assertions) {
            assert!(encode(&insts, &handlers).is_none());
        }
    }
}
