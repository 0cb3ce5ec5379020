//! Polymorphic sites: one specialized instruction serving several classes
//! (or several functions).
//!
//! A method of a base class runs on instances of its subclasses, so its
//! `self.x` sees several classes, each with its own version tag. A
//! monomorphic form (`LOAD_ATTR_INSTANCE_VALUE`, `LOAD_METHOD_WITH_VALUES`,
//! `STORE_ATTR_INSTANCE_VALUE`) would miss for all but one of them. Instead,
//! when its guard fails for an instance whose class the specializer would
//! give the *same* form, the site becomes that form's `_POLY` twin: its
//! cache unit 1 then indexes a [`PolyCache`] of the code object (the
//! instruction's own cache is too small), whose ways each hold what the
//! monomorphic form would cache for one class:
//!
//! ```text
//!  way:  [ class version | slot index | value index ]
//!         0 = empty way    (the name's slot, or NO_SLOT; the value index
//!                           is into that class's `spec_values`)
//! ```
//!
//! A way is valid exactly as long as the monomorphic form's cache would be:
//! while its class's version tag is unchanged (tags are never reused, so a
//! stale way never matches again). A class past the last way misses like
//! any guard failure and counts the site down towards its generic form,
//! which re-specializes later (monomorphic first, then polymorphic again,
//! with fresh ways).
//!
//! Truth tests: a `TO_BOOL_NONE` or `TO_BOOL_ALWAYS_TRUE` that misses for
//! the other kind of value (`if node.left:` sees None and nodes) becomes
//! `TO_BOOL_NONE_OR_TRUE`.
//!
//! Numbers: an int or float form of `BINARY_OP` (`BINARY_OP_ADD_FLOAT`,
//! `BINARY_OP_INT_FLOAT`...) that misses for another mix of ints and
//! floats becomes `BINARY_OP_NUMBER`, which serves them all.
//!
//! Calls: a `CALL_PY_EXACT_ARGS` that misses because another Python
//! function came, which can be entered the same way, becomes
//! `CALL_PY_SIMPLE`, whose guard checks the function's shape (its code's
//! [`CodeRt::simple_args`]) instead of its version.

use std::cell::Cell;

use stitch_bytecode::{BinOp, CodeUnit, Opcode};

use super::{Spec, attr, counter};
use crate::frame::Frame;
use crate::function::CodeRt;
use crate::object::ObjKind;
use crate::vm::Vm;

/// Ways of a polymorphic cache: the four task classes of a scheduler or
/// the constraint classes of a solver fit; a site that sees more classes
/// than this is megamorphic and better left to the generic path.
pub const POLY_WAYS: usize = 4;

/// What a site caches for one class (see the module docs).
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub struct PolyWay {
    /// The class's version tag; 0 (never a tag) marks an empty way.
    pub version: u32,
    pub slot: u32,
    pub value: u32,
}

/// The polymorphic cache of one attribute instruction.
#[derive(Default)]
pub struct PolyCache {
    ways: [Cell<PolyWay>; POLY_WAYS],
}

impl PolyCache {
    /// The way for the class with version tag `version`.
    #[inline(always)]
    pub fn find(&self, version: u32) -> Option<PolyWay> {
        self.ways
            .iter()
            .map(Cell::get)
            .find(|w| w.version == version && version != 0)
    }
    /// Start over with exactly `ways`.
    fn reset(&self, ways: &[PolyWay]) {
        for (i, w) in self.ways.iter().enumerate() {
            w.set(ways.get(i).copied().unwrap_or_default());
        }
    }
    /// Take `way` into an empty way; false when all are taken.
    fn add(&self, way: PolyWay) -> bool {
        match self.ways.iter().find(|w| w.get().version == 0) {
            Some(w) => {
                w.set(way);
                true
            }
            None => false,
        }
    }
}

/// The way for version `version` in polymorphic cache `site` of `code`.
#[inline(always)]
pub fn way(code: &CodeRt, site: u32, version: u32) -> Option<PolyWay> {
    code.poly.get()?.get(site as usize)?.find(version)
}

/// The instructions that can go polymorphic (by their generic form).
fn has_poly_cache(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::LOAD_ATTR | Opcode::LOAD_METHOD | Opcode::STORE_ATTR
    )
}

/// The index and the polymorphic cache of the instruction at `at` (the
/// code's table of them is made on first use, one per such instruction in
/// code order).
fn site_of(code: &CodeRt, at: u32) -> Option<(u32, &PolyCache)> {
    let sites = || {
        stitch_bytecode::code::instructions(&code.co.code).filter(|(_, op, _)| has_poly_cache(*op))
    };
    let table = code
        .poly
        .get_or_init(|| sites().map(|_| PolyCache::default()).collect());
    let i = sites().position(|(i, _, _)| i == at as usize)?;
    Some((i as u32, table.get(i)?))
}

/// A guard of the specialized form `op` at `f.lasti` failed. If the site
/// can serve the operands now on the stack by going (or staying)
/// polymorphic, rewrite it so and return true; the caller then runs the
/// generic form this once.
pub(super) fn widen(vm: &Vm, f: &Frame, op: Opcode) -> bool {
    let (mono, poly) = match op {
        Opcode::LOAD_ATTR_INSTANCE_VALUE | Opcode::LOAD_ATTR_INSTANCE_VALUE_POLY => (
            Opcode::LOAD_ATTR_INSTANCE_VALUE,
            Opcode::LOAD_ATTR_INSTANCE_VALUE_POLY,
        ),
        Opcode::LOAD_METHOD_WITH_VALUES | Opcode::LOAD_METHOD_WITH_VALUES_POLY => (
            Opcode::LOAD_METHOD_WITH_VALUES,
            Opcode::LOAD_METHOD_WITH_VALUES_POLY,
        ),
        Opcode::STORE_ATTR_INSTANCE_VALUE | Opcode::STORE_ATTR_INSTANCE_VALUE_POLY => (
            Opcode::STORE_ATTR_INSTANCE_VALUE,
            Opcode::STORE_ATTR_INSTANCE_VALUE_POLY,
        ),
        Opcode::CALL_PY_EXACT_ARGS => return widen_call(f),
        Opcode::TO_BOOL_NONE | Opcode::TO_BOOL_ALWAYS_TRUE => return widen_to_bool(f, op),
        Opcode::BINARY_OP_ADD_INT
        | Opcode::BINARY_OP_SUBTRACT_INT
        | Opcode::BINARY_OP_MULTIPLY_INT
        | Opcode::BINARY_OP_ADD_FLOAT
        | Opcode::BINARY_OP_SUBTRACT_FLOAT
        | Opcode::BINARY_OP_MULTIPLY_FLOAT
        | Opcode::BINARY_OP_FLOAT
        | Opcode::BINARY_OP_FLOAT_INT
        | Opcode::BINARY_OP_INT_FLOAT => return widen_number(f),
        _ => return false,
    };
    let at = f.lasti;
    let code = f.code();
    let arg = code.code[at as usize].get().arg();
    let spec: Option<Spec> = match mono.base() {
        Opcode::LOAD_ATTR => attr::load_attr(vm, f, arg).ok(),
        Opcode::LOAD_METHOD => attr::load_method(vm, f, arg).ok(),
        _ => attr::store_attr(vm, f, arg).ok(),
    };
    let Some(spec) = spec.filter(|s| s.op == mono) else {
        return false;
    };
    let [version, slot, value] = spec.units;
    let new = PolyWay {
        version,
        slot,
        value,
    };
    let unit = |n: u32| {
        if n < op.cache_entries() {
            code.cache(at, n).get().0
        } else {
            0
        }
    };
    if op == mono {
        let old = PolyWay {
            version: unit(1),
            slot: unit(2),
            value: unit(3),
        };
        if old.version == new.version {
            // Missed for another reason (an empty slot, a shadowing attribute).
            return false;
        }
        let Some((i, cache)) = site_of(code, at) else {
            return false;
        };
        cache.reset(&[old, new]);
        code.cache(at, 1).set(CodeUnit(i));
        code.code[at as usize].set(CodeUnit::new(poly, arg));
    } else {
        let Some(cache) = code.poly.get().and_then(|t| t.get(unit(1) as usize)) else {
            return false;
        };
        if cache.find(new.version).is_some() || !cache.add(new) {
            return false;
        }
    }
    restart_cooldown(f);
    true
}

/// `TO_BOOL_NONE` missed for an always-true instance, or
/// `TO_BOOL_ALWAYS_TRUE` for None: serve both with `TO_BOOL_NONE_OR_TRUE`
/// (the class version in cache unit 1, which `always_true` writes).
fn widen_to_bool(f: &Frame, op: Opcode) -> bool {
    let ok = if op == Opcode::TO_BOOL_NONE {
        super::ops::always_true(f).is_ok()
    } else {
        f.peek(1).is_none()
    };
    if !ok {
        return false;
    }
    let at = f.lasti as usize;
    let code = f.code();
    let arg = code.code[at].get().arg();
    code.code[at].set(CodeUnit::new(Opcode::TO_BOOL_NONE_OR_TRUE, arg));
    restart_cooldown(f);
    true
}

/// An int or float form of `BINARY_OP` missed for another mix of ints and
/// floats (`x * k` where components are sometimes ints): serve every mix
/// with `BINARY_OP_NUMBER`, for the operators floats have (not `&`, `<<`...).
fn widen_number(f: &Frame) -> bool {
    use crate::uops::is_number;
    let at = f.lasti as usize;
    let code = f.code();
    let arg = code.code[at].get().arg();
    let float_op = BinOp::from_u32(arg).is_some_and(|op| crate::num::is_float_op(op.base()));
    if !float_op || !is_number(f.peek(1)) || !is_number(f.peek(2)) {
        return false;
    }
    code.code[at].set(CodeUnit::new(Opcode::BINARY_OP_NUMBER, arg));
    restart_cooldown(f);
    true
}

/// `CALL_PY_EXACT_ARGS` missed: if another Python function came that takes
/// exactly the arguments on the stack, serve both (and any such function)
/// with `CALL_PY_SIMPLE`.
fn widen_call(f: &Frame) -> bool {
    let at = f.lasti;
    let code = f.code();
    let arg = code.code[at as usize].get().arg();
    let argc = arg as usize;
    let nargs = argc + !f.peek(argc + 1).is_null() as usize;
    let Some(ObjKind::Function(func)) = f.peek(argc + 2).as_obj().map(|o| &o.kind) else {
        return false;
    };
    if func.version.get() == code.cache(at, 1).get().0 {
        // The same function: the call missed for another reason.
        return false;
    }
    let simple = func
        .code
        .try_borrow()
        .is_ok_and(|c| crate::function::code_rt_of(&c).simple_args as usize == nargs);
    if !simple {
        return false;
    }
    code.code[at as usize].set(CodeUnit::new(Opcode::CALL_PY_SIMPLE, arg));
    // No one function to follow any more (unit 1 named the first one).
    code.cache(at, 1).set(CodeUnit(0));
    restart_cooldown(f);
    true
}

/// A site that just widened tolerates as many misses as a fresh one.
fn restart_cooldown(f: &Frame) {
    let c0 = f.code().cache(f.lasti, 0);
    let c = c0.get().0;
    c0.set(CodeUnit(counter::make(
        counter::COOLDOWN,
        counter::backoff(c),
    )));
}
