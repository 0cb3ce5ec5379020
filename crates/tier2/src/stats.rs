//! Tier 2's counters and the part of the `--stats` report they make.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::fmt::Write;
use std::time::Duration;

use stitch_bytecode::Uop;

use crate::optimize::Removed;
use crate::project::{Abandon, End, ProjectionCounts};

#[derive(Default)]
pub struct Stats {
    /// Trees (regions) made, and executors made for them.
    pub trees: Cell<u64>,
    pub executors_made: Cell<u64>,
    /// Uops in the regions as projected, and in the executors made of them.
    pub uops_before: Cell<u64>,
    pub uops_after: Cell<u64>,
    pub removed: RefCell<Removed>,
    pub projection: RefCell<ProjectionCounts>,
    /// Tier-1 instructions whose work tier 2 did (`--stats` only).
    pub t2_instructions: Cell<u64>,
    /// Uops run in tier 2, and how often each ran after each other one
    /// (after none: the first of a run).
    pub uops_run: Cell<u64>,
    pub pairs: RefCell<HashMap<(Option<Uop>, Uop), u64>>,
    /// The deepest a chain of handlers went below the uop loop's frame,
    /// in bytes of stack (handlers go on by tail calls: it stays small).
    pub deepest_chain: Cell<usize>,
    /// Exits taken into the cold exit, of which hot (linked or failed to),
    /// exits taken through a link, and returns to tier 1.
    pub exits_cold: Cell<u64>,
    pub exits_hot: Cell<u64>,
    pub exits_linked: Cell<u64>,
    /// Returns to tier 1 by cause: a uop's name (its guard failed, or it
    /// deoptimized, with no exit record to go on through) or a reason.
    pub to_tier1_by: RefCell<HashMap<std::borrow::Cow<'static, str>, u64>>,
    pub links_made: Cell<u64>,
    pub invalidations: Cell<u64>,
    pub sweeps: Cell<u64>,
    pub freed: Cell<u64>,
    /// Requests refused because the arena was full.
    pub arena_full: Cell<u64>,
    pub max_live: Cell<usize>,
    pub max_bytes: Cell<usize>,
    pub optimize_time: Cell<Duration>,
}

/// Rows in the report's tables of uops and uop pairs.
const TOP_UOPS: usize = 16;
/// Causes of returns to tier 1 the report lists.
const TOP_CAUSES: usize = 8;

/// A table of the commonest `rows` (name, count), as shares of `total`.
fn write_top(out: &mut String, title: &str, mut rows: Vec<(String, u64)>, total: u64) {
    if rows.is_empty() {
        return;
    }
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let _ = writeln!(out, "{title}:");
    for (name, n) in rows.into_iter().take(TOP_UOPS) {
        let share = 100.0 * n as f64 / total.max(1) as f64;
        let _ = writeln!(out, "  {name:<48} {n:>12} {share:5.1}%");
    }
}

impl Stats {
    /// Add what one run of the uop interpreter counted.
    pub fn add_run(
        &self,
        instructions: u64,
        uops: u64,
        pairs: &HashMap<(Option<Uop>, Uop), u64>,
        deepest: usize,
    ) {
        self.t2_instructions
            .set(self.t2_instructions.get() + instructions);
        self.deepest_chain
            .set(self.deepest_chain.get().max(deepest));
        self.uops_run.set(self.uops_run.get() + uops);
        let mut all = self.pairs.borrow_mut();
        for (k, n) in pairs {
            *all.entry(*k).or_default() += n;
        }
    }
    /// Count a return to tier 1, for `cause`.
    pub fn to_tier1(&self, cause: impl Into<std::borrow::Cow<'static, str>>) {
        *self
            .to_tier1_by
            .borrow_mut()
            .entry(cause.into())
            .or_default() += 1;
    }
    pub fn add_time(&self, d: Duration) {
        self.optimize_time.set(self.optimize_time.get() + d);
    }
    pub fn note_live(&self, live: usize, bytes: usize) {
        self.max_live.set(self.max_live.get().max(live));
        self.max_bytes.set(self.max_bytes.get().max(bytes));
    }

    /// The tier-2 part of the `--stats` report. `tier1` is the number of
    /// instructions tier 1 executed; `live` and `bytes` what the arena holds
    /// now, `cold_bytes` the shared cold exit's size.
    pub fn report(
        &self,
        tier1: u64,
        live: usize,
        (bytes, code_bytes): (usize, usize),
        cold_bytes: usize,
    ) -> String {
        let mut out = String::new();
        let t2 = self.t2_instructions.get();
        let total = (tier1 + t2).max(1);
        let per_k = |n: u64| 1000.0 * n as f64 / total as f64;
        let _ = writeln!(out, "\n== tier 2 (uop interpreter) ==");
        let _ = writeln!(
            out,
            "instructions in tier 2: {t2} of {total} ({:.1}%)",
            100.0 * t2 as f64 / total as f64
        );
        let uops = self.uops_run.get();
        let _ = writeln!(
            out,
            "uops run: {uops} ({:.2} per tier-1 instruction)",
            uops as f64 / t2.max(1) as f64
        );
        let _ = writeln!(
            out,
            "deepest chain of handlers: {} bytes of stack",
            self.deepest_chain.get()
        );
        let mut singles: HashMap<Uop, u64> = HashMap::new();
        let mut pairs = Vec::new();
        for (&(prev, u), &n) in self.pairs.borrow().iter() {
            *singles.entry(u).or_default() += n;
            if let Some(p) = prev {
                pairs.push((format!("{} {}", p.name(), u.name()), n));
            }
        }
        let singles = singles.into_iter().map(|(u, n)| (u.name().to_string(), n));
        write_top(&mut out, "commonest uops", singles.collect(), uops);
        write_top(&mut out, "commonest uop pairs", pairs, uops);
        let execs = self.executors_made.get();
        let _ = writeln!(
            out,
            "executors made: {execs} in {} trees; live now {live} ({bytes} bytes), at most {} ({} bytes)",
            self.trees.get(),
            self.max_live.get(),
            self.max_bytes.get()
        );
        if execs > 0 {
            let _ = writeln!(
                out,
                "uops per executor: {:.1} projected, {:.1} after optimization; bytes per executor now {} (code {}); cold exit {cold_bytes} bytes",
                self.uops_before.get() as f64 / execs as f64,
                self.uops_after.get() as f64 / execs as f64,
                bytes.checked_div(live).unwrap_or(0),
                code_bytes.checked_div(live).unwrap_or(0),
            );
        }
        let r = *self.removed.borrow();
        let _ = writeln!(
            out,
            "removed: {} guards, {} folded, {} dead, {} position updates",
            r.guards, r.folded, r.dead, r.set_ips
        );
        let by = self.to_tier1_by.borrow();
        let to_tier1: u64 = by.values().sum();
        let _ = writeln!(
            out,
            "exits: {} cold ({} hot), {} through links, {to_tier1} to tier 1 ({:.2} per 1000 instructions)",
            self.exits_cold.get(),
            self.exits_hot.get(),
            self.exits_linked.get(),
            per_k(to_tier1)
        );
        let mut causes: Vec<(&str, u64)> = by.iter().map(|(c, n)| (&**c, *n)).collect();
        if !causes.is_empty() {
            causes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            let list: Vec<String> = causes
                .iter()
                .take(TOP_CAUSES)
                .map(|(c, n)| format!("{c} {n}"))
                .collect();
            let more = if causes.len() > TOP_CAUSES {
                ", ..."
            } else {
                ""
            };
            let _ = writeln!(out, "to tier 1 from: {}{more}", list.join(", "));
        }
        let _ = writeln!(
            out,
            "links made: {}; invalidations: {}; sweeps: {} (freed {}); refused (arena full): {}",
            self.links_made.get(),
            self.invalidations.get(),
            self.sweeps.get(),
            self.freed.get(),
            self.arena_full.get()
        );
        let p = self.projection.borrow();
        let ends: Vec<String> = End::ALL
            .iter()
            .zip(p.ends.iter())
            .filter(|(_, n)| **n > 0)
            .map(|(e, n)| format!("{e} {n}"))
            .collect();
        let _ = writeln!(
            out,
            "projection: {} forks, {} calls followed, {} returns into callers; paths ended: {}",
            p.forks,
            p.calls_followed,
            p.returns_followed,
            if ends.is_empty() {
                "none".into()
            } else {
                ends.join(", ")
            }
        );
        let abandons: Vec<String> = Abandon::ALL
            .iter()
            .zip(p.abandons.iter())
            .map(|(a, n)| format!("{a} {n}"))
            .collect();
        let _ = writeln!(out, "abandoned: {}", abandons.join(", "));
        let _ = writeln!(
            out,
            "time optimizing: {:.3} ms",
            self.optimize_time.get().as_secs_f64() * 1000.0
        );
        out
    }
}
