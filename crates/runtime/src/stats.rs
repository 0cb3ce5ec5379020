//! Execution statistics for `--stats`: executions per instruction (each
//! specialized form counts as its own instruction), specialization
//! attempts per family with the reasons they failed, guard misses
//! (deoptimizations) per specialized form, and the loop optimizer's
//! activity. Off by default; when on, tier 1 runs a copy of its loop that
//! counts (see `Vm::execute`), so the default loop pays nothing.

use std::collections::BTreeMap;
use std::fmt::Write;

use stitch_bytecode::Opcode;

use crate::vm::Vm;

#[derive(Default)]
pub struct Stats {
    pub executed: Vec<u64>,
    /// Successful specializations, by generic instruction.
    pub specialized: Vec<u64>,
    /// Failed attempts, by generic instruction and reason.
    pub failures: BTreeMap<(u8, &'static str), u64>,
    /// Guard misses, by specialized form.
    pub deopts: Vec<u64>,
    /// Hot loops handed to the optimizer, executors installed, executor runs.
    pub optimizer_calls: u64,
    pub executors_installed: u64,
    pub executor_runs: u64,
    pub executors_removed: u64,
}

impl Stats {
    pub fn new() -> Stats {
        let n = Opcode::ALL.len();
        Stats {
            executed: vec![0; n],
            specialized: vec![0; n],
            deopts: vec![0; n],
            ..Stats::default()
        }
    }

    /// The report `--stats` prints (on stderr, at exit).
    pub fn report(&self) -> String {
        let mut out = String::new();
        let total: u64 = self.executed.iter().sum();
        let _ = writeln!(out, "== stitch --stats ==");
        let _ = writeln!(out, "instructions executed: {total}");
        // Families: a generic instruction and its specialized forms.
        let _ = writeln!(
            out,
            "\n{:<32} {:>14} {:>7} {:>10}",
            "instruction", "executed", "share", "deopts"
        );
        let mut rows: Vec<(Opcode, u64)> = Opcode::ALL
            .iter()
            .map(|op| (*op, self.executed[*op as usize]))
            .filter(|(_, n)| *n > 0)
            .collect();
        rows.sort_by_key(|(op, n)| (std::cmp::Reverse(*n), *op as u8));
        for (op, n) in rows {
            let share = 100.0 * n as f64 / total.max(1) as f64;
            let deopts = self.deopts[op as usize];
            let d = if deopts > 0 {
                deopts.to_string()
            } else {
                String::new()
            };
            let _ = writeln!(out, "{:<32} {:>14} {:>6.2}% {:>10}", op.name(), n, share, d);
        }
        let families: Vec<Opcode> = Opcode::ALL
            .iter()
            .copied()
            .filter(|op| crate::specialize::is_adaptive(*op))
            .collect();
        let _ = writeln!(
            out,
            "\n{:<22} {:>12} {:>12} {:>10} {:>10}  failure reasons",
            "family", "executed", "hits", "hit rate", "spec ok"
        );
        for fam in families {
            let forms: Vec<Opcode> = Opcode::ALL
                .iter()
                .copied()
                .filter(|op| op.base() == fam)
                .collect();
            let all: u64 = forms.iter().map(|op| self.executed[*op as usize]).sum();
            if all == 0 {
                continue;
            }
            let generic = self.executed[fam as usize];
            // Executions of specialized forms whose guards held.
            let misses: u64 = forms.iter().map(|op| self.deopts[*op as usize]).sum();
            let spec = (all - generic).saturating_sub(misses);
            let ok = self.specialized[fam as usize];
            let fails: Vec<String> = self
                .failures
                .iter()
                .filter(|((op, _), _)| *op == fam as u8)
                .map(|((_, r), n)| format!("{r}: {n}"))
                .collect();
            let _ = writeln!(
                out,
                "{:<22} {:>12} {:>12} {:>9.1}% {:>10}  {}",
                fam.name(),
                all,
                spec,
                100.0 * spec as f64 / all as f64,
                ok,
                fails.join(", ")
            );
        }
        let _ = writeln!(
            out,
            "\noptimizer: {} hot loops, {} executors installed, {} executor runs, {} removed",
            self.optimizer_calls,
            self.executors_installed,
            self.executor_runs,
            self.executors_removed
        );
        out
    }
}

impl Vm {
    pub fn enable_stats(&self) {
        *self.stats.borrow_mut() = Some(Box::new(Stats::new()));
        self.stats_on.set(true);
    }
    #[inline(always)]
    pub fn stats_enabled(&self) -> bool {
        self.stats_on.get()
    }
    #[inline]
    pub(crate) fn stats_executed(&self, op: Opcode) {
        if let Some(s) = self.stats.borrow_mut().as_mut() {
            s.executed[op as usize] += 1;
        }
    }
    pub(crate) fn stats_specialized(&self, family: Opcode, failure: Option<&'static str>) {
        if let Some(s) = self.stats.borrow_mut().as_mut() {
            match failure {
                None => s.specialized[family as usize] += 1,
                Some(r) => *s.failures.entry((family as u8, r)).or_default() += 1,
            }
        }
    }
    pub(crate) fn stats_deopt(&self, op: Opcode) {
        if let Some(s) = self.stats.borrow_mut().as_mut() {
            s.deopts[op as usize] += 1;
        }
    }
    pub(crate) fn stats_with(&self, f: impl FnOnce(&mut Stats)) {
        if let Some(s) = self.stats.borrow_mut().as_mut() {
            f(s);
        }
    }
    /// The statistics report, if `--stats` is on.
    /// Instructions tier 1 executed (0 unless `--stats` is on).
    pub fn stats_instructions(&self) -> u64 {
        self.stats
            .borrow()
            .as_ref()
            .map_or(0, |s| s.executed.iter().sum())
    }
    pub fn stats_report(&self) -> Option<String> {
        self.stats.borrow().as_ref().map(|s| s.report())
    }
}
