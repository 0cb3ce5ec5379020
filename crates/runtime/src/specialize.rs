//! The adaptive half of tier 1 (PEP 659): generic instructions count their
//! executions and rewrite themselves in place into specialized forms.
//!
//! Every adaptive instruction starts with the `SPECIALIZE` uop and keeps an
//! *adaptive counter* in its first inline-cache unit. While the counter is
//! above zero `SPECIALIZE` counts it down; at zero it calls [`specialize`],
//! which looks at the operands on the stack and either rewrites the
//! instruction into a specialized form (guards + action, declared in
//! `stitch_bytecode::ops`) and fills the rest of its cache, or records why
//! it could not and backs off exponentially.
//!
//! A specialized form whose guard fails returns `Flow::Deopt`; tier 1 then
//! calls [`miss`] and runs the generic form for this one execution. Misses
//! count the same counter down; when it reaches zero the instruction goes
//! back to its generic form, which re-specializes — to the form the
//! operands then call for — after a backoff that doubles each time, as
//! after a failed attempt. A site whose types changed once re-specializes
//! at once; one whose types keep changing ends up generic and stops trying.
//! Before counting a miss, a few forms *widen* instead ([`poly`]): an
//! attribute site that meets another class the same form would serve keeps
//! up to four classes in a polymorphic cache, and a call site that meets
//! another Python function of the same shape stops checking which one.
//!
//! The families live in submodules, one per kind of instruction; each
//! returns the specialized opcode or a static reason for `--stats`.

mod attr;
mod call;
mod ops;
pub mod poly;

use std::cell::Cell;

use stitch_bytecode::{CodeUnit, Opcode, Uop};

use crate::frame::Frame;
use crate::vm::Vm;

/// The adaptive counter: value in the low 16 bits, backoff exponent above.
pub mod counter {
    /// Executions before the first specialization attempt.
    pub const WARMUP: u32 = 1;
    /// Guard misses a fresh specialization tolerates before it re-specializes.
    pub const COOLDOWN: u32 = 52;
    /// Largest backoff exponent: at most 2^12 - 1 executions between attempts.
    pub const MAX_BACKOFF: u32 = 12;

    #[inline(always)]
    pub const fn make(value: u32, backoff: u32) -> u32 {
        value | (backoff << 16)
    }
    #[inline(always)]
    pub const fn value(c: u32) -> u32 {
        c & 0xffff
    }
    #[inline(always)]
    pub const fn backoff(c: u32) -> u32 {
        c >> 16
    }
    /// The counter after a failed attempt: wait twice as long as last time.
    pub const fn after_failure(c: u32) -> u32 {
        let b = if backoff(c) < MAX_BACKOFF {
            backoff(c) + 1
        } else {
            MAX_BACKOFF
        };
        make((1 << b) - 1, b)
    }
}

/// Branch history kept in the cache unit of conditional jumps: the last 16
/// directions (1 = taken) in the low bits, newest in bit 0, and how many of
/// them are recorded (up to 16) above.
pub mod history {
    #[inline(always)]
    pub const fn record(h: u32, taken: bool) -> u32 {
        let n = h >> 16;
        let n = if n < 16 { n + 1 } else { 16 };
        (((h << 1) | taken as u32) & 0xffff) | (n << 16)
    }
    /// (times taken, times recorded) over the remembered window.
    pub const fn summary(h: u32) -> (u32, u32) {
        let n = h >> 16;
        let mask = if n >= 16 { 0xffff } else { (1 << n) - 1 };
        ((h & mask).count_ones(), n)
    }
}

/// Is `op` an adaptive (generic, specializable) instruction?
pub fn is_adaptive(op: Opcode) -> bool {
    op.info().uops.first() == Some(&Uop::SPECIALIZE)
}

/// The quickened copy of `code` tier 1 runs: adaptive counters warmed up,
/// loop counters set to the optimizer's threshold.
pub fn quicken(vm: &Vm, code: &[CodeUnit]) -> Box<[Cell<CodeUnit>]> {
    let out: Box<[Cell<CodeUnit>]> = code.iter().map(|c| Cell::new(*c)).collect();
    let mut prev: Option<(usize, Opcode)> = None;
    for (at, op, _) in stitch_bytecode::code::instructions(code) {
        // A superinstruction replaces the first of a pair of adjacent
        // instructions (both one unit wide); the second stays (jumps may
        // target it).
        if let Some((p, sup)) = prev.and_then(|(p, first)| Some((p, superinstruction(first, op)?)))
        {
            out[p].set(CodeUnit::new(sup, code[p].arg()));
        }
        prev = Some((at, op));
        let init = if is_adaptive(op) {
            counter::make(counter::WARMUP, 0)
        } else if op == Opcode::JUMP_BACKWARD {
            vm.loop_counter_start()
        } else {
            continue;
        };
        if let Some(c) = out.get(at + 1) {
            c.set(CodeUnit(init));
        }
    }
    out
}

/// The superinstruction running `first` and then `second`, if there is one.
fn superinstruction(first: Opcode, second: Opcode) -> Option<Opcode> {
    use Opcode::*;
    Some(match (first, second) {
        (LOAD_FAST, LOAD_FAST) => LOAD_FAST__LOAD_FAST,
        (LOAD_FAST, LOAD_CONST) => LOAD_FAST__LOAD_CONST,
        (LOAD_CONST, LOAD_FAST) => LOAD_CONST__LOAD_FAST,
        (STORE_FAST, LOAD_FAST) => STORE_FAST__LOAD_FAST,
        (STORE_FAST, STORE_FAST) => STORE_FAST__STORE_FAST,
        _ => return None,
    })
}

/// Why an instruction was not specialized (reported by `--stats`).
pub type Reason = &'static str;

/// The counter hit zero at the adaptive instruction `f.lasti`: try to
/// specialize it for the operands now on the stack.
pub fn specialize(vm: &Vm, f: &mut Frame, arg: u32) {
    let at = f.lasti;
    let code = f.code();
    let op = code.code[at as usize].get().op();
    let cache0 = code.cache(at, 0);
    let c = cache0.get().0;
    let result = match op {
        Opcode::BINARY_OP => ops::binary_op(vm, f, arg),
        Opcode::COMPARE_OP => ops::compare_op(vm, f, arg),
        Opcode::CONTAINS_OP => ops::contains_op(vm, f),
        Opcode::BINARY_SUBSCR => ops::binary_subscr(vm, f),
        Opcode::STORE_SUBSCR => ops::store_subscr(vm, f),
        Opcode::UNPACK_SEQUENCE => ops::unpack_sequence(vm, f, arg),
        Opcode::FOR_ITER => ops::for_iter(vm, f),
        Opcode::SEND => ops::send(vm, f),
        Opcode::TO_BOOL => ops::to_bool(vm, f),
        Opcode::LOAD_GLOBAL => attr::load_global(vm, f, arg).map(|s| s.write(f)),
        Opcode::LOAD_ATTR => attr::load_attr(vm, f, arg).map(|s| s.write(f)),
        Opcode::LOAD_METHOD => attr::load_method(vm, f, arg).map(|s| s.write(f)),
        Opcode::STORE_ATTR => attr::store_attr(vm, f, arg).map(|s| s.write(f)),
        Opcode::CALL => call::call(vm, f, arg),
        _ => Err("not adaptive"),
    };
    match result {
        Ok(new) => {
            debug_assert_eq!(new.base(), op);
            debug_assert_eq!(new.cache_entries(), op.cache_entries());
            code.code[at as usize].set(CodeUnit::new(new, arg));
            code.cache(at, 0).set(CodeUnit(counter::make(
                counter::COOLDOWN,
                counter::backoff(c),
            )));
            vm.stats_specialized(op, None);
        }
        Err(reason) => {
            cache0.set(CodeUnit(counter::after_failure(c)));
            vm.stats_specialized(op, Some(reason));
        }
    }
}

/// A guard of the specialized instruction `op` at `f.lasti` failed: count
/// the miss, send the instruction back to its generic form when misses
/// used up its counter, and return the generic form to run now.
#[cold]
pub fn miss(vm: &Vm, f: &Frame, op: Opcode) -> Opcode {
    let base = op.base();
    vm.stats_deopt(op);
    if poly::widen(vm, f, op) {
        vm.stats_specialized(base, None);
        return base;
    }
    let at = f.lasti;
    let code = f.code();
    let cache0 = code.cache(at, 0);
    let c = cache0.get().0;
    if counter::value(c) == 0 {
        // Back to the generic form, which re-specializes (for whatever the
        // operands are then) after a backoff that doubles every time: a
        // site whose types keep changing settles in its generic form.
        let arg = code.code[at as usize].get().arg();
        code.code[at as usize].set(CodeUnit::new(base, arg));
        cache0.set(CodeUnit(counter::after_failure(c)));
    } else {
        cache0.set(CodeUnit(c - 1));
    }
    base
}

/// What a family's specializer chose (the families that report it rather
/// than write it, so a polymorphic site can ask again, see `poly.rs`): the
/// form and its cache units 1, 2 and 3 (those past the instruction's cache
/// are not written).
pub(crate) struct Spec {
    pub op: Opcode,
    pub units: [u32; 3],
}

impl Spec {
    pub(crate) fn new(op: Opcode, units: [u32; 3]) -> Spec {
        Spec { op, units }
    }
    /// Fill the cache of the instruction being specialized; the form.
    fn write(self, f: &Frame) -> Opcode {
        for (n, u) in (1..self.op.cache_entries()).zip(self.units) {
            set_cache(f, n, u);
        }
        self.op
    }
}

/// The instruction after the one being specialized (an `op`), if any.
pub(crate) fn next_op(f: &Frame, op: Opcode) -> Option<Opcode> {
    let next = f.lasti as usize + 1 + op.cache_entries() as usize;
    f.code().code.get(next).map(|c| c.get().op())
}

/// Write cache unit `n` of the instruction being specialized.
#[inline]
pub(crate) fn set_cache(f: &Frame, n: u32, v: u32) {
    f.code().cache(f.lasti, n).set(CodeUnit(v));
}
impl Vm {
    /// `stitch dis --specialized`: the quickened instructions of `code` (a
    /// code object value) and of the code objects nested in its constants,
    /// as tier 1 left them (specialized forms, `ENTER_EXECUTOR`s).
    pub fn disassemble_quickened(&self, code: &crate::value::Value) -> String {
        let mut out = String::new();
        disassemble_tree(code, &mut out, true);
        out
    }
}

fn disassemble_tree(code: &crate::value::Value, out: &mut String, top: bool) {
    let Some(crate::object::ObjKind::Code(rt)) = code.as_obj().map(|o| &o.kind) else {
        return;
    };
    let units: Vec<CodeUnit> = rt.code.iter().map(Cell::get).collect();
    stitch_bytecode::code::disassemble_units(&rt.co, &units, out, top);
    for c in rt.consts.iter() {
        disassemble_tree(c, out, false);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_back_off_exponentially_and_saturate() {
        let mut c = counter::make(0, 0);
        let mut waits = Vec::new();
        for _ in 0..14 {
            c = counter::after_failure(c);
            waits.push(counter::value(c));
        }
        assert_eq!(&waits[..4], &[1, 3, 7, 15]);
        assert_eq!(waits[11], 4095);
        assert_eq!(waits[13], 4095, "the backoff saturates");
    }

    #[test]
    fn branch_history_keeps_the_last_sixteen_directions() {
        let mut h = 0;
        assert_eq!(history::summary(h), (0, 0));
        for taken in [true, false, true] {
            h = history::record(h, taken);
        }
        assert_eq!(history::summary(h), (2, 3));
        for _ in 0..20 {
            h = history::record(h, false);
        }
        assert_eq!(history::summary(h), (0, 16));
        h = history::record(h, true);
        assert_eq!(history::summary(h), (1, 16));
    }

    #[test]
    fn every_specialized_form_belongs_to_an_adaptive_family() {
        for op in Opcode::ALL {
            if op.base() != *op {
                let uops = op.info().uops;
                if uops
                    .last()
                    .is_some_and(|u| u.info().flags & stitch_bytecode::flags::NEXT != 0)
                {
                    // A superinstruction: its base, then the next
                    // instruction; or both in one fused uop (so that what
                    // the first half drops is dropped last), which then
                    // takes the base's oparg.
                    match uops {
                        [fused] => assert_eq!(
                            fused.info().arg,
                            op.base().info().uops[0].info().arg,
                            "{}",
                            op.name()
                        ),
                        // A specialized comparison (or truth test, or
                        // global load) and the jump (or PUSH_NULL) after
                        // it: that instruction's own specialized form, then
                        // the next instruction.
                        [.., last]
                            if matches!(
                                last,
                                stitch_bytecode::Uop::POP_JUMP_IF_NEXT
                                    | stitch_bytecode::Uop::PUSH_NULL_NEXT
                            ) =>
                        {
                            let first = &uops[..uops.len() - 1];
                            assert!(
                                Opcode::ALL.iter().any(|o| o.base() == op.base()
                                    && o != op
                                    && o.info().uops == first),
                                "{}",
                                op.name()
                            );
                        }
                        _ => {
                            assert_eq!(uops.len(), 2, "{}", op.name());
                            assert_eq!(op.base().info().uops, &uops[..1], "{}", op.name());
                        }
                    }
                    continue;
                }
                assert!(
                    is_adaptive(op.base()),
                    "{} -> {}",
                    op.name(),
                    op.base().name()
                );
                let first_action = uops
                    .iter()
                    .position(|u| u.info().flags & stitch_bytecode::flags::GUARD == 0)
                    .unwrap_or(uops.len());
                assert!(
                    uops[first_action..]
                        .iter()
                        .all(|u| u.info().flags & stitch_bytecode::flags::GUARD == 0),
                    "{}: guards come first",
                    op.name()
                );
            }
        }
    }
}
