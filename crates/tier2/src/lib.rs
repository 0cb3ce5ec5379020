//! Tier 2: executable superblocks (DESIGN §4).
//!
//! Hot loops (and later hot exits) are projected into a tree of uops in a
//! fixed buffer ([`project`]), optimized there ([`optimize`]), turned into
//! linear traces ([`linearize`]) and copied into executors in an arena
//! ([`arena`]), which the micro-op interpreter runs ([`run`]). Executors
//! are stitched together through their exits: an exit's pointer leads to
//! the shared cold exit until the exit gets hot, then to the executor for
//! its target, so that a program that runs in tier 2 stays there.
//!
//! The runtime sees none of this: [`Tier2`] implements its `Optimizer`
//! interface (tier 1 asks it for an executor when a loop gets hot) and
//! hands out [`Entry`] handles implementing `Executor`.

pub mod arena;
pub mod config;
pub mod dot;
pub mod inst;
pub mod lattice;
pub mod linearize;
pub mod optimize;
pub mod project;
mod run;
pub mod stats;
pub mod text;

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use std::time::Instant;

use stitch_bytecode::Opcode;
use stitch_runtime::frame::Frame;
use stitch_runtime::function::code_rt_of;
use stitch_runtime::interfaces::{Executor, ExitRef, Handback, Optimizer, Sink};
use stitch_runtime::object::ObjKind;
use stitch_runtime::specialize::counter;
use stitch_runtime::watch::{Watch, Watcher};
use stitch_runtime::{Value, Vm};

use arena::{Arena, Dep, ExecId, ExecutorRec, ExitRec, Kind, MAX_CHAIN};
pub use config::Config;
use inst::Buffer;
use stats::Stats;

/// Live executors at most; beyond, a sweep runs, and if it frees
/// nothing, no executor is made until one does.
pub const MAX_LIVE_EXECUTORS: usize = 4096;
/// Bytes of live executors at most (same policy).
pub const MAX_LIVE_BYTES: usize = 32 << 20;
/// Executors made between two sweeps.
pub const SWEEP_EVERY: u32 = 256;

/// Tier 2's state, one per interpreter: the buffer, the arena, the
/// executors installed at back edges, and the counters.
pub struct Shared {
    pub config: Config,
    pub arena: RefCell<Arena>,
    buffer: RefCell<Buffer>,
    pub stats: Stats,
    /// The executor installed at each back edge, by (code id, offset of
    /// the `ENTER_EXECUTOR`), so a hot exit to a back edge can link it.
    installed: RefCell<HashMap<(u32, u32), ExecId>>,
    cold: *const ExecutorRec,
    rng: Cell<u64>,
    /// Requests from tier 1 still to decline (`jit_warmup`).
    warmup_left: Cell<u32>,
    made_since_sweep: Cell<u32>,
    /// The reverse index: the executors that depend on each watched
    /// dict's keys, watched entry, and class or function version (ids of
    /// freed executors are dropped lazily).
    dependents: RefCell<HashMap<Dep, Vec<ExecId>>>,
    /// Changes seen per watched dict's keys (entry `None`) and per entry's
    /// value; past [`VOLATILE_AFTER`] the dict's values are no longer made
    /// constants nor loaded by entry number (it is `volatile`) and it is no
    /// longer watched, or the entry's value is no longer made a constant
    /// (it is in `volatile_entries`) and the dict stops telling its stores.
    dict_changes: RefCell<HashMap<(usize, Option<usize>), u32>>,
    volatile: RefCell<HashSet<usize>>,
    volatile_entries: RefCell<HashSet<(usize, usize)>>,
    /// Invalidations that arrived while the arena was busy.
    pending: RefCell<Vec<Dep>>,
}

/// Changes of a watched dict's keys, or of one entry's value (each one
/// invalidating what depends on it), after which the dict, or the entry,
/// stops being relied on (see `Shared::dict_changes`).
pub const VOLATILE_AFTER: u32 = 8;

impl Shared {
    pub fn new(config: Config) -> Rc<Shared> {
        let arena = Arena::default();
        let cold = arena.cold();
        Rc::new(Shared {
            rng: Cell::new(config.random.unwrap_or(0) | 1),
            warmup_left: Cell::new(config.warmup),
            config,
            arena: RefCell::new(arena),
            buffer: RefCell::new(Buffer::default()),
            stats: Stats::default(),
            installed: RefCell::new(HashMap::new()),
            cold,
            made_since_sweep: Cell::new(0),
            dependents: RefCell::new(HashMap::new()),
            dict_changes: RefCell::new(HashMap::new()),
            volatile: RefCell::new(HashSet::new()),
            volatile_entries: RefCell::new(HashSet::new()),
            pending: RefCell::new(Vec::new()),
        })
    }

    /// Invalidate every executor that depends on `dep`.
    fn invalidate(&self, dep: Dep) {
        let Ok(arena) = self.arena.try_borrow() else {
            self.pending.borrow_mut().push(dep);
            return;
        };
        let ids = self
            .dependents
            .borrow_mut()
            .remove(&dep)
            .unwrap_or_default();
        for id in ids {
            if arena.invalidate(id) {
                self.stats
                    .invalidations
                    .set(self.stats.invalidations.get() + 1);
                if self.config.trace >= 1 {
                    eprintln!("[tier2] executor {} invalidated ({dep:?})", id.slot);
                }
            }
        }
    }

    /// Apply invalidations that arrived while the arena was busy. (On
    /// every entry from tier 1: nearly always none, which costs a test.)
    #[inline(always)]
    fn apply_pending(&self) {
        if self.pending.borrow().is_empty() {
            return;
        }
        self.apply_pending_now();
    }
    #[cold]
    fn apply_pending_now(&self) {
        let pending = std::mem::take(&mut *self.pending.borrow_mut());
        for dep in pending {
            self.invalidate(dep);
        }
    }

    #[inline(always)]
    fn is_cold(&self, p: *const ExecutorRec) -> bool {
        std::ptr::eq(p, self.cold)
    }

    /// A pseudo-random number (xorshift), for randomized thresholds.
    fn random(&self) -> u64 {
        let mut x = self.rng.get();
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.rng.set(x);
        x
    }

    /// The initial counter of a new linkable exit.
    fn exit_counter(&self) -> u32 {
        let n = match self.config.random {
            Some(_) => 1 + (self.random() % 64) as u32,
            None => self.config.exit_threshold.max(1),
        };
        let backoff = 32 - n.leading_zeros();
        counter::make(n - 1, backoff.min(counter::MAX_BACKOFF))
    }

    /// Make the executors for the region starting at `start` in the code
    /// `f` runs; returns the primary's id.
    fn make_tree(&self, vm: &Vm, f: &Frame, start: u32) -> Option<ExecId> {
        let began = Instant::now();
        let volatile = self.volatile.borrow();
        let volatile_entries = self.volatile_entries.borrow();
        let from = project::Start {
            code: (*f.code_obj).clone(),
            globals: (*f.globals).clone(),
            builtins: (*f.builtins).clone(),
            volatile: &volatile,
            volatile_entries: &volatile_entries,
            sink: vm.runs_with_sink() && f.prev.is_none() && !f.link.is_gen(),
            callers: callers_of(f),
            callee: callee_now(vm, f, start),
            generator: generator_now(vm, f, start),
        };
        let made = self.make_tree_timed(vm, &from, start);
        drop(volatile);
        drop(volatile_entries);
        self.apply_pending();
        self.stats.add_time(began.elapsed());
        made
    }

    fn make_tree_timed(&self, vm: &Vm, from: &project::Start<'_>, start: u32) -> Option<ExecId> {
        self.maybe_sweep();
        let code = &from.code;
        {
            let arena = self.arena.borrow();
            if arena.live() >= MAX_LIVE_EXECUTORS || arena.bytes() >= MAX_LIVE_BYTES {
                self.stats.arena_full.set(self.stats.arena_full.get() + 1);
                return None;
            }
        }
        let mut buf = self.buffer.borrow_mut();
        let trace = self.config.trace;
        let rt = code_rt_of(code);
        if trace >= 1 {
            eprintln!("[tier2] projecting {} from offset {start}", rt.co.qualname);
        }
        let region = {
            let mut counts = self.stats.projection.borrow_mut();
            project::project(vm, &mut buf, &mut counts, from, start, trace)
        };
        let region = match region {
            Ok(r) => r,
            Err(why) => {
                if trace >= 1 {
                    eprintln!("[tier2] abandoned: {why}");
                }
                return None;
            }
        };
        let before = buf.len();
        if trace >= 2 {
            eprintln!("[tier2] projected:\n{}", text::print(&buf.insts));
        }
        let deps = {
            let mut removed = self.stats.removed.borrow_mut();
            optimize::optimize(&mut buf.insts, &mut removed, &region.deps)
        };
        let globals = if region.deps.is_empty() {
            0
        } else {
            stitch_runtime::watch::dict_id(&from.globals).unwrap_or(0)
        };
        if trace >= 2 {
            eprintln!("[tier2] optimized:\n{}", text::print(&buf.insts));
        }
        let traces = linearize::linearize(&buf.insts, rt.id, start, || self.exit_counter());
        drop(buf);
        let mut arena = self.arena.borrow_mut();
        let mut ids = Vec::with_capacity(traces.len());
        let mut after = 0;
        for t in &traces {
            after += t.exec.code.len();
        }
        let mut links = Vec::new();
        let stats = vm.stats_enabled();
        for (n, mut t) in traces.into_iter().enumerate() {
            let tree = ids.first().copied();
            t.exec.deps = deps.clone();
            t.exec.consts = region.consts.clone();
            t.exec.globals = globals;
            for (exit, to) in t.links {
                links.push((n, exit, to));
            }
            match arena.add(t.exec, tree, stats) {
                Some(id) => ids.push(id),
                None => {
                    // Unreachable (linearization ends every trace, and
                    // projection gives operands only to uops with a word
                    // for one): undo the tree.
                    for id in ids {
                        arena.free(id);
                    }
                    return None;
                }
            }
        }
        for (from, exit, to) in links {
            arena.link(ids[from], exit, ids[to]);
        }
        {
            let mut index = self.dependents.borrow_mut();
            for d in &deps {
                index.entry(*d).or_default().extend(ids.iter().copied());
            }
        }
        self.stats.trees.set(self.stats.trees.get() + 1);
        self.stats
            .executors_made
            .set(self.stats.executors_made.get() + ids.len() as u64);
        self.stats
            .uops_before
            .set(self.stats.uops_before.get() + before as u64);
        self.stats
            .uops_after
            .set(self.stats.uops_after.get() + after as u64);
        self.stats.note_live(arena.live(), arena.bytes());
        self.made_since_sweep
            .set(self.made_since_sweep.get() + ids.len() as u32);
        if trace >= 1 {
            eprintln!(
                "[tier2] made {} executor(s), {before} -> {after} uops, leaves {:?}",
                ids.len(),
                region.leaves
            );
            if trace >= 2 {
                for id in &ids {
                    if let Some(r) = arena.get(*id) {
                        let code = r.insts();
                        eprintln!("[tier2] executor {}:\n{}", id.slot, text::print(&code));
                    }
                }
            }
        }
        ids.first().copied()
    }

    /// Sweep when enough executors were made since the last sweep, or
    /// when the arena is full.
    fn maybe_sweep(&self) {
        let full = {
            let a = self.arena.borrow();
            a.live() >= MAX_LIVE_EXECUTORS || a.bytes() >= MAX_LIVE_BYTES
        };
        if self.made_since_sweep.get() < SWEEP_EVERY && !full {
            return;
        }
        self.sweep();
    }

    /// Free the executors that did not run since the last sweep, and the
    /// invalid ones; cool exits that did not get hot (decay).
    pub fn sweep(&self) {
        self.made_since_sweep.set(0);
        let mut arena = self.arena.borrow_mut();
        let freed = arena.sweep() + arena.free_invalid();
        for r in arena.iter() {
            for e in r.exits.iter() {
                if e.linkable && arena.is_cold(e.next.get()) {
                    e.counter.set(self.exit_counter());
                }
            }
        }
        self.installed
            .borrow_mut()
            .retain(|_, id| arena.get(*id).is_some());
        self.dependents.borrow_mut().retain(|_, ids| {
            ids.retain(|id| arena.get(*id).is_some());
            !ids.is_empty()
        });
        self.stats.sweeps.set(self.stats.sweeps.get() + 1);
        self.stats.freed.set(self.stats.freed.get() + freed as u64);
    }

    /// The cold exit, entered through `exit` with `f` running: count; when
    /// hot, link the executor for the exit's target (the one installed
    /// there, else a new one) and return it; else `None` (tier 1 resumes).
    /// `only_newer`: the exit may only go on to an executor newer than
    /// its own (see `ExitRec::onward`).
    fn cold_exit(
        &self,
        vm: &Vm,
        f: &Frame,
        exit: &ExitRec,
        only_newer: bool,
        stats: bool,
    ) -> Option<*const ExecutorRec> {
        if stats {
            self.stats.exits_cold.set(self.stats.exits_cold.get() + 1);
        }
        let c = exit.counter.get();
        if counter::value(c) > 0 {
            exit.counter.set(c - 1);
            return None;
        }
        if stats {
            self.stats.exits_hot.set(self.stats.exits_hot.get() + 1);
        }
        let code = f.code();
        let target = exit.target;
        let at_back_edge = code
            .code
            .get(target as usize)
            .is_some_and(|cu| cu.get().op() == Opcode::ENTER_EXECUTOR);
        let installed = if at_back_edge {
            self.installed.borrow().get(&(code.id, target)).copied()
        } else {
            None
        };
        // SAFETY: the exit's executor stays marked running while the cold
        // exit uses its exit record (`run`'s `parked`).
        let owner = unsafe { &*exit.owner.get() };
        if only_newer && owner.chain.get() >= MAX_CHAIN {
            exit.counter.set(counter::after_failure(c));
            return None;
        }
        let installed = installed.filter(|id| {
            self.arena
                .borrow()
                .get(*id)
                .is_some_and(|r| r.valid.get() && (!only_newer || r.serial > owner.serial))
        });
        let made = installed.is_none();
        let to = installed.or_else(|| self.make_tree(vm, f, target));
        let arena = self.arena.borrow();
        match to.and_then(|id| arena.get(id)) {
            Some(rec) => {
                if only_newer && made {
                    rec.chain.set(owner.chain.get() + 1);
                }
                arena.link_exit(exit, rec);
                self.stats.links_made.set(self.stats.links_made.get() + 1);
                Some(rec as *const ExecutorRec)
            }
            None => {
                exit.counter.set(counter::after_failure(c));
                None
            }
        }
    }
}

/// The frames of tier 1's a region starting in `f` may return (or yield)
/// into: its caller, that one's caller..., while each frame is a plain
/// call's (its caller gets the value it returns, in the same tier-1 run)
/// or a generator's its caller's `FOR_ITER_GEN` resumed (the caller gets
/// what it yields), at most `project::MAX_DEPTH`.
fn callers_of(f: &Frame) -> Vec<project::Caller> {
    use stitch_runtime::frame::Link;
    let mut out = Vec::new();
    let mut callee = f;
    while out.len() < project::MAX_DEPTH {
        let resumed = matches!(callee.link, Link::ForIter(_));
        if !resumed && !callee.is_plain_call() {
            break;
        }
        let Some(c) = callee.prev.as_deref() else {
            break;
        };
        out.push(project::Caller {
            code: (*c.code_obj).clone(),
            at: c.ip,
            globals: (*c.globals).clone(),
            builtins: (*c.builtins).clone(),
            resumed,
        });
        callee = c;
    }
    out
}

/// When the instruction at `start`, which `f` is about to run, is a call
/// site serving many functions (`CALL_PY_SIMPLE`): the version of the
/// function on the stack it will call.
fn callee_now(vm: &Vm, f: &Frame, start: u32) -> Option<u32> {
    let rt = f.code();
    if rt.code.get(start as usize).is_none() {
        return None;
    }
    let cu = vm.original_instruction(rt, start as usize);
    if cu.op() != Opcode::CALL_PY_SIMPLE {
        return None;
    }
    let n = cu.arg() as usize + 2;
    if n > f.stack_len() {
        return None;
    }
    match f.peek(n).as_obj().map(|o| &o.kind) {
        Some(ObjKind::Function(func)) => Some(func.version.get()),
        _ => None,
    }
}

/// When the instruction at `start`, which `f` is about to run, resumes
/// a generator (`FOR_ITER_GEN`): the generator on the stack.
fn generator_now(vm: &Vm, f: &Frame, start: u32) -> Option<Value> {
    let rt = f.code();
    if rt.code.get(start as usize).is_none() {
        return None;
    }
    let cu = vm.original_instruction(rt, start as usize);
    if cu.op() != Opcode::FOR_ITER_GEN || f.stack_len() == 0 {
        return None;
    }
    let g = f.peek(1);
    matches!(g.as_obj().map(|o| &o.kind), Some(ObjKind::Generator(_))).then(|| g.clone())
}

/// The optimizer tier 1 asks for executors.
pub struct Tier2(pub Rc<Shared>);

impl Tier2 {
    /// Tier 2 for the interpreter of this thread (it becomes the thread's
    /// watcher of dicts and class versions).
    pub fn new(config: Config) -> Tier2 {
        let shared = Shared::new(config);
        stitch_runtime::watch::set_watcher(Some(shared.clone()));
        Tier2(shared)
    }
}

impl Watcher for Shared {
    fn dict_changed(&self, dict: usize, entry: Option<usize>) -> Watch {
        match entry {
            Some(i) => self.invalidate(Dep::Entry(dict, i as u32)),
            None => {
                // (Executors that depend on an entry depend on the keys too.)
                self.invalidate(Dep::Dict(dict));
                // Entry numbers from before mean nothing now. (Busy while a
                // tree is made, in which no dict should change; what is
                // volatile only decides what is made a constant.)
                if let Ok(mut v) = self.volatile_entries.try_borrow_mut() {
                    v.retain(|&(d, _)| d != dict);
                }
                self.dict_changes
                    .borrow_mut()
                    .retain(|&(d, e), _| d != dict || e.is_none());
            }
        }
        let mut changes = self.dict_changes.borrow_mut();
        let n = changes.entry((dict, entry)).or_insert(0);
        *n += 1;
        if *n < VOLATILE_AFTER {
            return Watch::Keep;
        }
        changes.remove(&(dict, entry));
        match entry {
            Some(i) => match self.volatile_entries.try_borrow_mut() {
                Ok(mut v) => {
                    v.insert((dict, i));
                    Watch::QuietEntry
                }
                Err(_) => Watch::Keep,
            },
            None => match self.volatile.try_borrow_mut() {
                Ok(mut v) => {
                    v.insert(dict);
                    Watch::Stop
                }
                Err(_) => Watch::Keep,
            },
        }
    }
    fn version_changed(&self, version: u32) {
        self.invalidate(Dep::ClassVersion(version));
    }
}

impl Tier2 {
    /// The tree for the region starting at `start` in the code `frame`
    /// runs, made unless tier 2 is still warming up: its primary's id.
    fn tree_for(&self, vm: &Vm, frame: &Frame, start: u32) -> Option<ExecId> {
        let s = &self.0;
        if s.warmup_left.get() > 0 {
            s.warmup_left.set(s.warmup_left.get() - 1);
            return None;
        }
        s.make_tree(vm, frame, start)
    }

    fn entry(&self, id: ExecId) -> Rc<dyn Executor> {
        Rc::new(Entry {
            shared: self.0.clone(),
            id,
        })
    }
}

impl Optimizer for Tier2 {
    fn optimize(
        &self,
        vm: &Vm,
        frame: &Frame,
        jump_offset: u32,
        target: u32,
    ) -> Option<Rc<dyn Executor>> {
        let id = self.tree_for(vm, frame, target)?;
        self.0
            .installed
            .borrow_mut()
            .insert((frame.code().id, jump_offset), id);
        Some(self.entry(id))
    }

    fn optimize_start(&self, vm: &Vm, frame: &Frame) -> Option<Rc<dyn Executor>> {
        let id = self.tree_for(vm, frame, 0)?;
        Some(self.entry(id))
    }
}

/// What tier 1 holds at an `ENTER_EXECUTOR` site: the id of the primary
/// installed there (it does not own it).
pub struct Entry {
    shared: Rc<Shared>,
    id: ExecId,
}

impl Executor for Entry {
    fn execute(
        &self,
        vm: &Vm,
        frame: Box<Frame>,
        _exit: Option<ExitRef>,
        sink: &mut Option<Sink<'_>>,
    ) -> Handback {
        self.shared.apply_pending();
        let rec = match self.shared.arena.borrow().get(self.id) {
            Some(r) => r as *const ExecutorRec,
            // Freed since: tier 1 goes on at the loop head.
            None => return Handback::Resume(frame, None),
        };
        run::run(&self.shared, vm, frame, rec, None, sink)
    }

    fn is_valid(&self) -> bool {
        self.shared
            .arena
            .borrow()
            .get(self.id)
            .is_some_and(|r| r.valid.get() && r.kind == Kind::Primary)
    }
}

impl Shared {
    /// The tier-2 part of the `--stats` report (`tier1`: instructions tier 1 executed).
    pub fn report(&self, tier1: u64) -> String {
        let arena = self.arena.borrow();
        self.stats.report(
            tier1,
            arena.live(),
            (arena.bytes(), arena.code_bytes()),
            arena.cold_bytes(),
        )
    }

    /// The executor graph in Graphviz DOT.
    pub fn dot(&self) -> String {
        dot::graph(&self.arena.borrow())
    }
}
