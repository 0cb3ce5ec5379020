//! The `match` statement (PEP 634), compiled the way CPython 3.11 does.
//!
//! Each pattern *consumes* its subject, the top of the stack, whether it
//! matches or not. While a case's pattern runs, the values it captures are
//! kept on the stack (not stored yet: a later sub-pattern may still fail,
//! and a failed case must bind nothing), under whatever the pattern still
//! needs (`on_top` items: subjects of enclosing patterns, key tuples).
//! A failing check jumps to the label that pops exactly what is on the
//! stack at that point: `fail_pop[n]` pops `n` items and falls into
//! `fail_pop[n - 1]`, down to `fail_pop[0]`. When the whole pattern
//! matched, the captures are stored in order and the guard runs.

use std::rc::Rc;

use ruff_python_ast::{self as ast, Expr, Pattern, Singleton};
use ruff_text_size::{Ranged, TextRange};
use stitch_bytecode::{BinOp, CmpOp, Constant, Opcode, const_repr};

use super::{Compiler, ConstKey, Ctx, const_key};
use crate::errors::{CErr, CResult};
use crate::ir::Label;

/// The state of one pattern being compiled (CPython's `pattern_context`).
#[derive(Default)]
struct PatternCtx<'a> {
    /// Names captured so far; their values sit on the stack, the first
    /// captured one deepest-but-on-top order as described in the module doc.
    stores: Vec<&'a str>,
    /// May this pattern be irrefutable?
    allow_irrefutable: bool,
    /// `fail_pop[n]`: the failure label that pops `n` items first.
    fail_pop: Vec<Label>,
    /// Items the pattern keeps on the stack above the captures.
    on_top: usize,
}

/// `case _:` — the wildcard (an unnamed capture without a sub-pattern).
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

/// `*_` in a sequence pattern.
fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

/// Key used to detect duplicate literal keys in a mapping pattern: equal
/// numbers of different types (`1`, `1.0`, `True`) are the same key.
fn mapping_key(c: &Constant) -> ConstKey {
    match c {
        Constant::Bool(b) => ConstKey::Int(*b as i64),
        Constant::Float(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => ConstKey::Int(*f as i64),
        other => const_key(other),
    }
}

impl<'a> Compiler<'a> {
    /// `match subject: case ...` (CPython's `compiler_match`).
    pub(super) fn compile_match(&mut self, m: &'a ast::StmtMatch) -> CResult<()> {
        let end = self.new_label();
        self.visit_expr(&m.subject)?;
        let cases = m.cases.len();
        let has_default = cases > 1 && m.cases.last().is_some_and(|c| is_wildcard(&c.pattern));
        let looped = cases - usize::from(has_default);
        for (i, case) in m.cases[..looped].iter().enumerate() {
            let last = i + 1 == looped;
            self.set_loc(case.pattern.range());
            let mut pc = PatternCtx {
                allow_irrefutable: case.guard.is_some() || i + 1 == cases,
                ..PatternCtx::default()
            };
            // Keep the subject for the next case unless this is the last one.
            if !last {
                self.emit_arg(Opcode::COPY, 1);
            }
            self.pattern(&case.pattern, &mut pc)?;
            // It matched: bind the captures (their values are on the stack).
            let stores = std::mem::take(&mut pc.stores);
            for name in stores {
                self.nameop(name, Ctx::Store, case.pattern.range())?;
            }
            if let Some(guard) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let fail = pc.fail_pop[0];
                self.jump_if(guard, fail, false)?;
            }
            if !last {
                self.emit(Opcode::POP_TOP);
            }
            self.visit_body(&case.body)?;
            self.jump(end);
            // A failed pattern's cleanup belongs to the pattern's line, not
            // to the last line of the body.
            self.set_loc(case.pattern.range());
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            let case = &m.cases[cases - 1];
            self.set_loc(case.pattern.range());
            if cases == 1 {
                self.emit(Opcode::POP_TOP);
            } else {
                // The default case makes no code of its own; a NOP gives its
                // line an instruction.
                self.emit(Opcode::NOP);
            }
            if let Some(guard) = &case.guard {
                self.jump_if(guard, end, false)?;
            }
            self.visit_body(&case.body)?;
        }
        self.bind(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternCtx<'a>, n: usize) {
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    /// Jump (with `op`) to the failure label that pops everything the
    /// pattern has on the stack right now.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternCtx<'a>, op: Opcode) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        let target = pc.fail_pop[pops];
        if op == Opcode::JUMP {
            self.jump(target);
        } else {
            self.emit_jump(op, target);
        }
    }

    /// Bind the failure labels, each popping one item more than the next.
    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternCtx<'a>) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for (n, l) in labels.iter().enumerate().rev() {
            self.bind(*l);
            if n > 0 {
                self.emit(Opcode::POP_TOP);
            }
        }
    }

    /// Move the top of the stack `count - 1` places down (the items it
    /// passes keep their order).
    fn rotate(&mut self, count: usize) {
        for k in (2..=count).rev() {
            self.emit_arg(Opcode::SWAP, k as u32);
        }
    }

    /// Capture the top of the stack as `name` (or drop it for `_`).
    fn store_capture(
        &mut self,
        name: Option<&'a ast::Identifier>,
        pc: &mut PatternCtx<'a>,
    ) -> CResult<()> {
        let Some(name) = name else {
            self.emit(Opcode::POP_TOP);
            return Ok(());
        };
        let n = name.as_str();
        if n == "__debug__" {
            return Err(CErr::syntax("cannot assign to __debug__", name.range()));
        }
        if pc.stores.contains(&n) {
            return Err(duplicate_store(n, name.range()));
        }
        // Put the value under everything kept on the stack and the earlier captures.
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(n);
        Ok(())
    }

    /// A sub-pattern: irrefutable ones are always allowed there.
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx<'a>) -> CResult<()> {
        let saved = std::mem::replace(&mut pc.allow_irrefutable, true);
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = saved;
        r
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx<'a>) -> CResult<()> {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
            self.set_loc(p.range());
            match p {
                Pattern::MatchValue(v) => {
                    self.visit_expr(&v.value)?;
                    self.set_loc(p.range());
                    self.emit_arg(Opcode::COMPARE_OP, CmpOp::Eq as u32);
                    self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
                    Ok(())
                }
                Pattern::MatchSingleton(s) => {
                    self.load_const(match s.value {
                        Singleton::None => Constant::None,
                        Singleton::True => Constant::Bool(true),
                        Singleton::False => Constant::Bool(false),
                    });
                    self.emit_arg(Opcode::IS_OP, 0);
                    self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
                    Ok(())
                }
                Pattern::MatchAs(a) => self.pattern_as(a, pc),
                Pattern::MatchStar(s) => self.store_capture(s.name.as_ref(), pc),
                Pattern::MatchSequence(s) => self.pattern_sequence(&s.patterns, s.range, pc),
                Pattern::MatchMapping(m) => self.pattern_mapping(m, pc),
                Pattern::MatchClass(c) => self.pattern_class(c, pc),
                Pattern::MatchOr(o) => self.pattern_or(o, pc),
            }
        })
    }

    fn pattern_as(&mut self, a: &'a ast::PatternMatchAs, pc: &mut PatternCtx<'a>) -> CResult<()> {
        let Some(inner) = &a.pattern else {
            if !pc.allow_irrefutable {
                let msg = match &a.name {
                    Some(n) => format!("name capture '{}' makes remaining patterns unreachable", n),
                    None => "wildcard makes remaining patterns unreachable".to_string(),
                };
                return Err(CErr::syntax(msg, a.range));
            }
            return self.store_capture(a.name.as_ref(), pc);
        };
        // Match a copy of the subject against the inner pattern, then capture it.
        pc.on_top += 1;
        self.emit_arg(Opcode::COPY, 1);
        self.subpattern(inner, pc)?;
        pc.on_top -= 1;
        self.store_capture(a.name.as_ref(), pc)
    }

    fn pattern_sequence(
        &mut self,
        patterns: &'a [Pattern],
        range: TextRange,
        pc: &mut PatternCtx<'a>,
    ) -> CResult<()> {
        let size = patterns.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if let Pattern::MatchStar(_) = p {
                if star.is_some() {
                    return Err(CErr::syntax(
                        "multiple starred names in sequence pattern",
                        range,
                    ));
                }
                star = Some(i);
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
            } else {
                only_wildcard &= is_wildcard(p);
            }
        }
        // The subject stays on the stack while it is checked.
        pc.on_top += 1;
        self.emit(Opcode::MATCH_SEQUENCE);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        self.emit(Opcode::GET_LEN);
        let (n, cmp) = match star {
            None => (size, CmpOp::Eq),
            Some(_) => (size - 1, CmpOp::Ge),
        };
        self.load_const(Constant::Int(n as i64));
        self.emit_arg(Opcode::COMPARE_OP, cmp as u32);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        // Whatever comes next consumes the subject.
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Opcode::POP_TOP);
            return Ok(());
        }
        if star_wildcard {
            return self.sequence_by_index(patterns, star.unwrap_or(size), pc);
        }
        match star {
            Some(i) => {
                let after = size - i - 1;
                if i >= 256 || after >= (1 << 16) {
                    return Err(CErr::syntax(
                        "too many expressions in star-unpacking sequence pattern",
                        range,
                    ));
                }
                self.emit_arg(Opcode::UNPACK_EX, (i | (after << 8)) as u32);
            }
            None => self.emit_arg(Opcode::UNPACK_SEQUENCE, size as u32),
        }
        pc.on_top += size;
        for p in patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    /// `[a, *_, b]`: subscript the items instead of unpacking them all.
    fn sequence_by_index(
        &mut self,
        patterns: &'a [Pattern],
        star: usize,
        pc: &mut PatternCtx<'a>,
    ) -> CResult<()> {
        let size = patterns.len();
        pc.on_top += 1;
        for (i, p) in patterns.iter().enumerate() {
            if is_wildcard(p) || i == star {
                continue;
            }
            self.emit_arg(Opcode::COPY, 1);
            if i < star {
                self.load_const(Constant::Int(i as i64));
            } else {
                // The subject may not support negative indexes: compute len - k.
                self.emit(Opcode::GET_LEN);
                self.load_const(Constant::Int((size - i) as i64));
                self.emit_arg(Opcode::BINARY_OP, BinOp::Subtract as u32);
            }
            self.emit(Opcode::BINARY_SUBSCR);
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.emit(Opcode::POP_TOP);
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        m: &'a ast::PatternMatchMapping,
        pc: &mut PatternCtx<'a>,
    ) -> CResult<()> {
        let size = m.keys.len();
        if size != m.patterns.len() {
            return Err(CErr::syntax(
                format!(
                    "keys ({}) / patterns ({}) length mismatch in mapping pattern",
                    size,
                    m.patterns.len()
                ),
                m.range,
            ));
        }
        pc.on_top += 1;
        self.emit(Opcode::MATCH_MAPPING);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        if size == 0 && m.rest.is_none() {
            // `{}` matches any mapping.
            pc.on_top -= 1;
            self.emit(Opcode::POP_TOP);
            return Ok(());
        }
        if size > 0 {
            self.emit(Opcode::GET_LEN);
            self.load_const(Constant::Int(size as i64));
            self.emit_arg(Opcode::COMPARE_OP, CmpOp::Ge as u32);
            self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        }
        let mut seen: Vec<ConstKey> = Vec::new();
        for key in m.keys.iter() {
            if let Some(c) = self.const_value(key) {
                let k = mapping_key(&c);
                if seen.contains(&k) {
                    return Err(CErr::syntax(
                        format!("mapping pattern checks duplicate key ({})", const_repr(&c)),
                        m.range,
                    ));
                }
                seen.push(k);
            } else if !matches!(key, Expr::Attribute(_)) {
                return Err(CErr::syntax(
                    "mapping pattern keys may only match literals and attribute lookups",
                    key.range(),
                ));
            }
            self.visit_expr(key)?;
        }
        self.set_loc(m.range);
        self.build_tuple(size as u32);
        self.emit(Opcode::MATCH_KEYS);
        // A tuple of keys and a tuple of values (or None) are on the subject.
        pc.on_top += 2;
        self.emit_arg(Opcode::COPY, 1);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_NONE);
        self.emit_arg(Opcode::UNPACK_SEQUENCE, size as u32);
        pc.on_top += size;
        pc.on_top -= 1;
        for p in m.patterns.iter() {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        // Whatever happens next consumes the key tuple and the subject.
        pc.on_top -= 2;
        match &m.rest {
            Some(rest) => {
                // rest = dict(subject); del rest[k] for every matched key.
                self.emit_arg(Opcode::BUILD_MAP, 0); // subject keys {}
                self.emit_arg(Opcode::SWAP, 3); // {} keys subject
                self.emit_arg(Opcode::DICT_UPDATE, 2); // rest keys
                self.emit_arg(Opcode::UNPACK_SEQUENCE, size as u32); // rest k_last ... k_first
                for left in (1..=size).rev() {
                    self.emit_arg(Opcode::COPY, (1 + left) as u32);
                    self.emit_arg(Opcode::SWAP, 2);
                    self.emit(Opcode::DELETE_SUBSCR);
                }
                self.store_capture(Some(rest), pc)
            }
            None => {
                self.emit(Opcode::POP_TOP); // the key tuple
                self.emit(Opcode::POP_TOP); // the subject
                Ok(())
            }
        }
    }

    fn pattern_class(
        &mut self,
        c: &'a ast::PatternMatchClass,
        pc: &mut PatternCtx<'a>,
    ) -> CResult<()> {
        let args = &c.arguments;
        let nargs = args.patterns.len();
        let nattrs = args.keywords.len();
        let mut names: Vec<&str> = Vec::with_capacity(nattrs);
        for k in &args.keywords {
            let n = k.attr.as_str();
            if n == "__debug__" {
                return Err(CErr::syntax("cannot assign to __debug__", k.attr.range()));
            }
            if names.contains(&n) {
                return Err(CErr::syntax(
                    format!("attribute name repeated in class pattern: {n}"),
                    k.pattern.range(),
                ));
            }
            names.push(n);
        }
        self.visit_expr(&c.cls)?;
        self.set_loc(c.range);
        let consts: Vec<Constant> = names.iter().map(|n| Constant::Str(Rc::from(*n))).collect();
        self.load_const(Constant::Tuple(Rc::from(consts)));
        self.emit_arg(Opcode::MATCH_CLASS, nargs as u32);
        self.emit_arg(Opcode::COPY, 1);
        // On top: the tuple of extracted attributes (or None).
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_NONE);
        let total = nargs + nattrs;
        self.emit_arg(Opcode::UNPACK_SEQUENCE, total as u32);
        pc.on_top += total;
        pc.on_top -= 1;
        let subpatterns = args
            .patterns
            .iter()
            .chain(args.keywords.iter().map(|k| &k.pattern));
        for p in subpatterns {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.emit(Opcode::POP_TOP);
                continue;
            }
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    fn pattern_or(&mut self, o: &'a ast::PatternMatchOr, pc: &mut PatternCtx<'a>) -> CResult<()> {
        let end = self.new_label();
        let n = o.patterns.len();
        // Each alternative is compiled as a pattern of its own against a copy
        // of the subject; `control` is the capture order of the first one.
        let mut control: Option<Vec<&'a str>> = None;
        for (i, alt) in o.patterns.iter().enumerate() {
            self.set_loc(alt.range());
            let mut alt_pc = PatternCtx {
                allow_irrefutable: i + 1 == n && pc.allow_irrefutable,
                ..PatternCtx::default()
            };
            self.emit_arg(Opcode::COPY, 1);
            self.pattern(alt, &mut alt_pc)?;
            match &control {
                None => control = Some(alt_pc.stores.clone()),
                Some(ctl) => {
                    if ctl.len() != alt_pc.stores.len() {
                        return Err(alternatives_differ(alt.range()));
                    }
                    // Reorder this alternative's captures to the control order.
                    for icontrol in (0..ctl.len()).rev() {
                        let name = ctl[icontrol];
                        let Some(istores) = alt_pc.stores.iter().position(|s| *s == name) else {
                            return Err(alternatives_differ(alt.range()));
                        };
                        if icontrol != istores {
                            let rotations = istores + 1;
                            let moved: Vec<&str> = alt_pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            alt_pc.stores.splice(at..at, moved);
                            for _ in 0..rotations {
                                self.rotate(icontrol + 1);
                            }
                        }
                    }
                }
            }
            self.jump(end);
            self.emit_and_reset_fail_pop(&mut alt_pc);
        }
        // No alternative matched: drop the subject and fail.
        self.emit(Opcode::POP_TOP);
        self.jump_to_fail_pop(pc, Opcode::JUMP);
        self.bind(end);
        // The captures sit above the subject copy and whatever the enclosing
        // pattern keeps: move each under all of it.
        let control = control.unwrap_or_default();
        let nrots = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(duplicate_store(name, o.range));
            }
            pc.stores.push(name);
        }
        // Drop the subject copy.
        self.emit(Opcode::POP_TOP);
        Ok(())
    }
}

fn duplicate_store(name: &str, range: TextRange) -> CErr {
    CErr::syntax(
        format!("multiple assignments to name '{name}' in pattern"),
        range,
    )
}

fn alternatives_differ(range: TextRange) -> CErr {
    CErr::syntax("alternative patterns bind different names", range)
}
