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

use std::cell::{Cell, RefCell};

use stitch_bytecode::Uop;
use stitch_runtime::Value;

use crate::inst::Inst;
use crate::run::{Handler, handler_for};

/// An executor's uop: the handler that runs it, and the uop.
pub struct Op {
    pub run: Handler,
    pub inst: Inst,
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
    /// A class's version tag.
    ClassVersion(u32),
    /// A watched dictionary (by address) whose values the trace treats as constants.
    Dict(usize),
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

/// An exit record.
pub struct ExitRec {
    /// Where tier 1 resumes when nothing runs next (in the frame running
    /// when the exit is taken).
    pub target: u32,
    /// Counts down the times the exit is taken cold; at zero it is linked
    /// (`specialize::counter` encoding: value and backoff exponent).
    pub counter: Cell<u32>,
    /// The executor that runs next: the cold executor until linked.
    pub next: Cell<*const ExecutorRec>,
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
    /// What to write back to the frame before tier 1 resumes: empty for
    /// the uop back end (its values live in the frame already); the native
    /// back end fills it.
    pub write_back: Option<Box<[u32]>>,
    /// The executor whose exit table holds this record.
    pub owner: Cell<*const ExecutorRec>,
    /// Times taken (for `--stats` and the DOT dump).
    pub taken: Cell<u64>,
}

/// One executable superblock.
pub struct ExecutorRec {
    pub id: ExecId,
    pub kind: Kind,
    /// The primary of its tree (itself for a primary).
    pub tree: ExecId,
    pub code: Box<[Op]>,
    pub exits: Box<[ExitRec]>,
    pub deps: Box<[Dep]>,
    /// What `LOAD_CONST_INLINE` pushes, and the dicts it depends on (kept alive).
    pub consts: Box<[Value]>,
    /// The globals dict (`watch::dict_id`) the frame must have for the
    /// trace's constants to hold, 0 if it has none.
    pub globals: usize,
    pub valid: Cell<bool>,
    /// Entered since the last sweep?
    pub ran: Cell<bool>,
    /// Uop interpreters running it now (nested loops may run it again).
    pub running: Cell<u32>,
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
    /// First-instruction exits linked in a row to reach it (made for one
    /// of them: its maker's `chain` + 1; else 0).
    pub chain: Cell<u8>,
}

impl ExecutorRec {
    /// Bytes held: the record, its code, exit table and dependency list.
    pub fn bytes(&self) -> usize {
        std::mem::size_of::<ExecutorRec>()
            + std::mem::size_of_val(&*self.code)
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
        let cold = Box::new(ExecutorRec {
            id: none,
            kind: Kind::Cold,
            tree: none,
            code: Box::new([Op {
                run: handler_for(Uop::COLD_EXIT, false),
                inst: Inst::new(Uop::COLD_EXIT, 0, 0, 0),
            }]),
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
    /// Bytes of the shared cold exit.
    pub fn cold_bytes(&self) -> usize {
        self.cold.bytes()
    }

    /// Move a new executor into the arena; `tree` is its primary (`None`:
    /// it is a primary); `stats`: its handlers count instructions. `None`
    /// if its code does not end with a terminal uop (the uop interpreter
    /// relies on that).
    pub fn add(&mut self, new: NewExecutor, tree: Option<ExecId>, stats: bool) -> Option<ExecId> {
        if !new.code.last().is_some_and(|i| i.is_terminal()) {
            return None;
        }
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
                linkable: e.linkable,
                onward: e.onward,
                after_lap: e.after_lap,
                write_back: None,
                owner: Cell::new(std::ptr::null()),
                taken: Cell::new(0),
            })
            .collect();
        let mut code: Box<[Op]> = new
            .code
            .iter()
            .map(|i| Op {
                run: handler_for(i.uop, stats),
                inst: *i,
            })
            .collect();
        crate::run::fuse(&mut code, stats);
        let rec = Box::new(ExecutorRec {
            id,
            kind: new.kind,
            tree: tree.unwrap_or(id),
            code,
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
        e.next.set(to);
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
        e.next.set(self.cold());
    }

    /// Send every exit linked to `rec` back to cold.
    pub fn unlink_incoming(&self, rec: &ExecutorRec) {
        let incoming = std::mem::take(&mut *rec.incoming.borrow_mut());
        for p in incoming {
            // SAFETY: `incoming` lists exits of live executors (module invariants).
            unsafe { &*p }.next.set(self.cold());
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
