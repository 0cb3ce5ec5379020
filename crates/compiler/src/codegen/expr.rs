//! Expression code generation (CPython's `compiler_visit_expr` family):
//! constants and folding, operators, comparisons and conditional jumps,
//! calls, displays with unpacking, f-strings, `yield`.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Num, ToPrimitive};
use ruff_python_ast::{
    self as ast, BoolOp, ConversionFlag, Expr, ExprContext, InterpolatedElement,
    InterpolatedStringElement, Number, Operator, UnaryOp,
};
use ruff_text_size::{Ranged, TextRange};
use stitch_bytecode::{BinOp, CmpOp, Constant, Opcode};

use super::{Compiler, Ctx, STACK_USE_GUIDELINE, const_truthy};
use crate::errors::{CErr, CResult};
use crate::symtable::{CompKind, node_key, unsupported};

pub(super) fn binop(op: Operator) -> BinOp {
    match op {
        Operator::Add => BinOp::Add,
        Operator::Sub => BinOp::Subtract,
        Operator::Mult => BinOp::Multiply,
        Operator::MatMult => BinOp::MatMul,
        Operator::Div => BinOp::TrueDivide,
        Operator::Mod => BinOp::Remainder,
        Operator::Pow => BinOp::Power,
        Operator::LShift => BinOp::LShift,
        Operator::RShift => BinOp::RShift,
        Operator::BitOr => BinOp::Or,
        Operator::BitXor => BinOp::Xor,
        Operator::BitAnd => BinOp::And,
        Operator::FloorDiv => BinOp::FloorDivide,
    }
}

/// An `int` constant, small or big.
fn int_const(v: BigInt) -> Constant {
    match v.to_i64() {
        Some(i) => Constant::Int(i),
        None => Constant::BigInt(Rc::new(v)),
    }
}

/// The value of a number literal (`None` for complex literals).
pub(crate) fn number_const(n: &Number) -> Option<Constant> {
    match n {
        Number::Int(i) => {
            if let Some(v) = i.as_i64() {
                return Some(Constant::Int(v));
            }
            if let Some(v) = i.as_u64() {
                return Some(int_const(BigInt::from(v)));
            }
            let text: String = i.to_string().chars().filter(|c| *c != '_').collect();
            let lower = text.to_ascii_lowercase();
            let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
                (d, 16)
            } else if let Some(d) = lower.strip_prefix("0o") {
                (d, 8)
            } else if let Some(d) = lower.strip_prefix("0b") {
                (d, 2)
            } else {
                (lower.as_str(), 10)
            };
            BigInt::from_str_radix(digits, radix).ok().map(int_const)
        }
        Number::Float(f) => Some(Constant::Float(*f)),
        Number::Complex { .. } => None,
    }
}

fn negate(c: Constant) -> Option<Constant> {
    match c {
        Constant::Int(i) => Some(match i.checked_neg() {
            Some(v) => Constant::Int(v),
            None => int_const(-BigInt::from(i)),
        }),
        Constant::BigInt(b) => Some(int_const(-(*b).clone())),
        Constant::Float(f) => Some(Constant::Float(-f)),
        _ => None,
    }
}

/// A piece of an f-string: literal text or a replacement field.
enum Piece<'a> {
    Lit(String),
    Field(&'a InterpolatedElement),
}

fn push_lit(pieces: &mut Vec<Piece>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(Piece::Lit(prev)) = pieces.last_mut() {
        prev.push_str(s);
    } else {
        pieces.push(Piece::Lit(s.to_string()));
    }
}

fn push_elements<'a>(pieces: &mut Vec<Piece<'a>>, elements: &'a ast::InterpolatedStringElements) {
    for el in elements.iter() {
        match el {
            InterpolatedStringElement::Literal(l) => push_lit(pieces, &l.value),
            InterpolatedStringElement::Interpolation(i) => {
                if let Some(d) = &i.debug_text {
                    push_lit(pieces, d.leading());
                    push_lit(pieces, d.expression());
                    push_lit(pieces, d.trailing());
                }
                pieces.push(Piece::Field(i));
            }
        }
    }
}

impl<'a> Compiler<'a> {
    /// The constant an expression folds to, if any (literals, tuples of
    /// constants, negated number literals, `__debug__`).
    pub(super) fn const_value(&self, e: &Expr) -> Option<Constant> {
        match e {
            Expr::StringLiteral(s) => Some(Constant::Str(Rc::from(s.value.to_str()))),
            Expr::BytesLiteral(b) => {
                Some(Constant::Bytes(b.value.bytes().collect::<Vec<u8>>().into()))
            }
            Expr::NumberLiteral(n) => number_const(&n.value),
            Expr::BooleanLiteral(b) => Some(Constant::Bool(b.value)),
            Expr::NoneLiteral(_) => Some(Constant::None),
            Expr::EllipsisLiteral(_) => Some(Constant::Ellipsis),
            Expr::Tuple(t) if t.ctx == ExprContext::Load => {
                let mut items = Vec::with_capacity(t.elts.len());
                for el in &t.elts {
                    items.push(self.const_value(el)?);
                }
                Some(Constant::Tuple(Rc::from(items)))
            }
            Expr::UnaryOp(u) if u.op == UnaryOp::USub => match &*u.operand {
                Expr::NumberLiteral(n) => negate(number_const(&n.value)?),
                _ => None,
            },
            Expr::Name(n) if n.ctx == ExprContext::Load && n.id.as_str() == "__debug__" => {
                Some(Constant::Bool(true))
            }
            _ => None,
        }
    }

    /// `BUILD_TUPLE n`, folding a run of `n` constant loads into one tuple constant.
    pub(super) fn build_tuple(&mut self, n: u32) {
        let buf = &self.unit().buf;
        let len = buf.instrs.len();
        let n_us = n as usize;
        if n_us <= len && buf.last_label_pos <= len - n_us {
            let start = len - n_us;
            let all_const = buf.instrs[start..]
                .iter()
                .all(|i| i.op == crate::ir::Op::Real(Opcode::LOAD_CONST));
            if all_const {
                let items: Vec<Constant> = buf.instrs[start..]
                    .iter()
                    .map(|i| {
                        self.unit()
                            .consts
                            .get(i.arg as usize)
                            .cloned()
                            .unwrap_or(Constant::None)
                    })
                    .collect();
                self.unit_mut().buf.instrs.truncate(start);
                self.load_const(Constant::Tuple(Rc::from(items)));
                return;
            }
        }
        self.emit_arg(Opcode::BUILD_TUPLE, n);
    }

    pub(super) fn visit_expr(&mut self, e: &'a Expr) -> CResult<()> {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
            let saved = self.pos;
            self.set_loc(e.range());
            let r = self.visit_expr_inner(e);
            self.pos = saved;
            r
        })
    }

    fn visit_expr_inner(&mut self, e: &'a Expr) -> CResult<()> {
        if let Some(c) = self.const_value(e) {
            self.load_const(c);
            return Ok(());
        }
        match e {
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let op = match b.op {
                    BoolOp::And => Opcode::JUMP_IF_FALSE_OR_POP,
                    BoolOp::Or => Opcode::JUMP_IF_TRUE_OR_POP,
                };
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.visit_expr(v)?;
                    if i + 1 < n {
                        self.emit_jump(op, end);
                    }
                }
                self.bind(end);
            }
            Expr::Named(n) => {
                self.visit_expr(&n.value)?;
                self.emit_arg(Opcode::COPY, 1);
                self.store_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)?;
                self.emit_arg(Opcode::BINARY_OP, binop(b.op) as u32);
            }
            Expr::UnaryOp(u) => {
                self.visit_expr(&u.operand)?;
                self.emit(match u.op {
                    UnaryOp::Invert => Opcode::UNARY_INVERT,
                    UnaryOp::Not => Opcode::UNARY_NOT,
                    UnaryOp::UAdd => Opcode::UNARY_POSITIVE,
                    UnaryOp::USub => Opcode::UNARY_NEGATIVE,
                });
            }
            Expr::Lambda(l) => self.compile_lambda(l)?,
            Expr::If(i) => {
                let next = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, next, false)?;
                self.visit_expr(&i.body)?;
                self.jump(end);
                self.bind(next);
                self.visit_expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Dict(d) => self.compile_dict(d)?,
            Expr::Set(s) => self.starunpack(
                &s.elts,
                0,
                Opcode::BUILD_SET,
                Opcode::SET_ADD,
                Opcode::SET_UPDATE,
                false,
            )?,
            Expr::ListComp(c) => self.compile_comprehension(
                CompKind::List,
                node_key(c),
                c.range,
                &c.generators,
                &c.elt,
                None,
            )?,
            Expr::SetComp(c) => self.compile_comprehension(
                CompKind::Set,
                node_key(c),
                c.range,
                &c.generators,
                &c.elt,
                None,
            )?,
            Expr::DictComp(c) => match &c.key {
                Some(k) => self.compile_comprehension(
                    CompKind::Dict,
                    node_key(c),
                    c.range,
                    &c.generators,
                    k,
                    Some(&c.value),
                )?,
                None => {
                    return Err(CErr::syntax(
                        "dict unpacking cannot be used in dict comprehension",
                        c.range,
                    ));
                }
            },
            Expr::Generator(g) => self.compile_comprehension(
                CompKind::Generator,
                node_key(g),
                g.range,
                &g.generators,
                &g.elt,
                None,
            )?,
            Expr::Await(a) => {
                if !self.unit().kind.is_function_block() {
                    return Err(CErr::syntax("'await' outside function", a.range));
                }
                if !self.unit_is_coroutine() {
                    return Err(CErr::syntax("'await' outside async function", a.range));
                }
                self.visit_expr(&a.value)?;
                self.set_loc(a.range);
                self.emit_await(0);
            }
            Expr::Yield(y) => {
                self.check_yield_allowed(y.range)?;
                match &y.value {
                    Some(v) => self.visit_expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.set_loc(y.range);
                self.emit_yield();
            }
            Expr::YieldFrom(y) => {
                self.check_yield_allowed(y.range)?;
                if self.unit_is_coroutine() {
                    return Err(CErr::syntax("'yield from' inside async function", y.range));
                }
                self.visit_expr(&y.value)?;
                self.set_loc(y.range);
                self.emit(Opcode::GET_YIELD_FROM_ITER);
                self.load_const(Constant::None);
                self.add_yield_from();
            }
            Expr::Compare(c) => self.compile_compare(c)?,
            Expr::Call(c) => self.compile_call(c)?,
            Expr::FString(f) => self.compile_fstring(f)?,
            Expr::TString(t) => return Err(unsupported("template strings are", t.range)),
            Expr::NumberLiteral(n) => return Err(unsupported("complex literals are", n.range)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {}
            Expr::Attribute(a) => {
                self.visit_expr(&a.value)?;
                self.attr_loc(a);
                self.emit_name(Opcode::LOAD_ATTR, &a.attr);
            }
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
                self.set_loc(s.range);
                self.emit(Opcode::BINARY_SUBSCR);
            }
            Expr::Starred(s) => {
                let msg = if s.ctx == ExprContext::Store {
                    "starred assignment target must be in a list or tuple"
                } else {
                    "can't use starred expression here"
                };
                return Err(CErr::syntax(msg, s.range));
            }
            Expr::Name(n) => self.nameop(&n.id, Ctx::Load, n.range)?,
            Expr::List(l) => self.starunpack(
                &l.elts,
                0,
                Opcode::BUILD_LIST,
                Opcode::LIST_APPEND,
                Opcode::LIST_EXTEND,
                false,
            )?,
            Expr::Tuple(t) => self.starunpack(
                &t.elts,
                0,
                Opcode::BUILD_LIST,
                Opcode::LIST_APPEND,
                Opcode::LIST_EXTEND,
                true,
            )?,
            Expr::Slice(s) => {
                let mut n = 2;
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(p) => self.visit_expr(p)?,
                        None => self.load_const(Constant::None),
                    }
                }
                if let Some(step) = &s.step {
                    self.visit_expr(step)?;
                    n = 3;
                }
                self.emit_arg(Opcode::BUILD_SLICE, n);
            }
            Expr::IpyEscapeCommand(c) => return Err(CErr::syntax("invalid syntax", c.range)),
        }
        Ok(())
    }

    fn check_yield_allowed(&self, range: TextRange) -> CResult<()> {
        if !self.unit().kind.is_function_block() {
            return Err(CErr::syntax("'yield' outside function", range));
        }
        Ok(())
    }

    fn emit_compare(&mut self, op: ast::CmpOp) {
        use ast::CmpOp as C;
        match op {
            C::Eq => self.emit_arg(Opcode::COMPARE_OP, CmpOp::Eq as u32),
            C::NotEq => self.emit_arg(Opcode::COMPARE_OP, CmpOp::Ne as u32),
            C::Lt => self.emit_arg(Opcode::COMPARE_OP, CmpOp::Lt as u32),
            C::LtE => self.emit_arg(Opcode::COMPARE_OP, CmpOp::Le as u32),
            C::Gt => self.emit_arg(Opcode::COMPARE_OP, CmpOp::Gt as u32),
            C::GtE => self.emit_arg(Opcode::COMPARE_OP, CmpOp::Ge as u32),
            C::Is => self.emit_arg(Opcode::IS_OP, 0),
            C::IsNot => self.emit_arg(Opcode::IS_OP, 1),
            C::In => self.emit_arg(Opcode::CONTAINS_OP, 0),
            C::NotIn => self.emit_arg(Opcode::CONTAINS_OP, 1),
        }
    }

    fn compile_compare(&mut self, c: &'a ast::ExprCompare) -> CResult<()> {
        if c.ops.len() != c.comparators.len() || c.ops.is_empty() {
            return Err(CErr::syntax("invalid syntax", c.range));
        }
        self.visit_expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.visit_expr(&c.comparators[0])?;
            self.emit_compare(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        for i in 0..n - 1 {
            self.visit_expr(&c.comparators[i])?;
            self.emit_arg(Opcode::SWAP, 2);
            self.emit_arg(Opcode::COPY, 2);
            self.emit_compare(c.ops[i]);
            self.emit_jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
        }
        self.visit_expr(&c.comparators[n - 1])?;
        self.emit_compare(c.ops[n - 1]);
        let end = self.new_label();
        self.jump(end);
        self.bind(cleanup);
        self.emit_arg(Opcode::SWAP, 2);
        self.emit(Opcode::POP_TOP);
        self.bind(end);
        Ok(())
    }

    /// Jump to `target` if `e` is true (`cond`) or false (`!cond`), without
    /// materializing the boolean where possible (CPython's `compiler_jump_if`).
    pub(super) fn jump_if(
        &mut self,
        e: &'a Expr,
        target: crate::ir::Label,
        cond: bool,
    ) -> CResult<()> {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
            let saved = self.pos;
            self.set_loc(e.range());
            let r = self.jump_if_inner(e, target, cond);
            self.pos = saved;
            r
        })
    }

    fn jump_if_inner(&mut self, e: &'a Expr, target: crate::ir::Label, cond: bool) -> CResult<()> {
        if let Some(c) = self.const_value(e) {
            if const_truthy(&c) == cond {
                self.jump(target);
            }
            return Ok(());
        }
        match e {
            Expr::UnaryOp(u) if u.op == UnaryOp::Not => {
                return self.jump_if(&u.operand, target, !cond);
            }
            Expr::BoolOp(b) => {
                let is_or = b.op == BoolOp::Or;
                let n = b.values.len();
                if n == 0 {
                    return Ok(());
                }
                let next2 = if is_or != cond {
                    Some(self.new_label())
                } else {
                    None
                };
                let t2 = next2.unwrap_or(target);
                for v in &b.values[..n - 1] {
                    self.jump_if(v, t2, is_or)?;
                }
                self.jump_if(&b.values[n - 1], target, cond)?;
                if let Some(l) = next2 {
                    self.bind(l);
                }
                return Ok(());
            }
            Expr::If(i) => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(&i.test, next2, false)?;
                self.jump_if(&i.body, target, cond)?;
                self.jump(end);
                self.bind(next2);
                self.jump_if(&i.orelse, target, cond)?;
                self.bind(end);
                return Ok(());
            }
            Expr::Compare(c) if c.ops.len() != c.comparators.len() => {
                return Err(CErr::syntax("invalid syntax", c.range));
            }
            Expr::Compare(c) if c.ops.len() > 1 => {
                let n = c.ops.len() - 1;
                let cleanup = self.new_label();
                self.visit_expr(&c.left)?;
                for i in 0..n {
                    self.visit_expr(&c.comparators[i])?;
                    self.emit_arg(Opcode::SWAP, 2);
                    self.emit_arg(Opcode::COPY, 2);
                    self.emit_compare(c.ops[i]);
                    self.emit_jump(Opcode::POP_JUMP_IF_FALSE, cleanup);
                }
                self.visit_expr(&c.comparators[n])?;
                self.emit_compare(c.ops[n]);
                self.emit_jump(
                    if cond {
                        Opcode::POP_JUMP_IF_TRUE
                    } else {
                        Opcode::POP_JUMP_IF_FALSE
                    },
                    target,
                );
                let end = self.new_label();
                self.jump(end);
                self.bind(cleanup);
                self.emit(Opcode::POP_TOP);
                if !cond {
                    self.jump(target);
                }
                self.bind(end);
                return Ok(());
            }
            Expr::Compare(c)
                if c.ops.len() == 1
                    && matches!(c.ops[0], ast::CmpOp::Is | ast::CmpOp::IsNot)
                    && matches!(c.comparators[0], Expr::NoneLiteral(_)) =>
            {
                self.visit_expr(&c.left)?;
                let is = c.ops[0] == ast::CmpOp::Is;
                let op = if is == cond {
                    Opcode::POP_JUMP_IF_NONE
                } else {
                    Opcode::POP_JUMP_IF_NOT_NONE
                };
                self.emit_jump(op, target);
                return Ok(());
            }
            _ => {}
        }
        self.visit_expr(e)?;
        // Comparisons and `not` make bools already (a rich comparison that
        // returns something else is still tested by the jump itself).
        if !matches!(
            e,
            Expr::Compare(_)
                | Expr::BooleanLiteral(_)
                | Expr::UnaryOp(ast::ExprUnaryOp {
                    op: ast::UnaryOp::Not,
                    ..
                })
        ) {
            self.emit(Opcode::TO_BOOL);
        }
        self.emit_jump(
            if cond {
                Opcode::POP_JUMP_IF_TRUE
            } else {
                Opcode::POP_JUMP_IF_FALSE
            },
            target,
        );
        Ok(())
    }

    /// Build a list, tuple or set from elements that may be starred
    /// (CPython's `starunpack_helper`); `pushed` items are already on the stack.
    pub(super) fn starunpack(
        &mut self,
        elts: &'a [Expr],
        pushed: u32,
        build: Opcode,
        add: Opcode,
        extend: Opcode,
        tuple: bool,
    ) -> CResult<()> {
        let n = elts.len();
        if n > 2 {
            let consts: Option<Vec<Constant>> = elts.iter().map(|e| self.const_value(e)).collect();
            if let Some(consts) = consts {
                // Sets of constants go through a frozenset constant, as in
                // CPython: its table layout decides the new set's order.
                let folded = if build == Opcode::BUILD_SET {
                    Constant::FrozenSet(Rc::from(consts))
                } else {
                    Constant::Tuple(Rc::from(consts))
                };
                if tuple && pushed == 0 {
                    self.load_const(folded);
                } else {
                    self.emit_arg(build, pushed);
                    self.load_const(folded);
                    self.emit_arg(extend, 1);
                    if tuple {
                        self.emit(Opcode::LIST_TO_TUPLE);
                    }
                }
                return Ok(());
            }
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !seen_star && !big {
            for e in elts {
                self.visit_expr(e)?;
            }
            if tuple {
                self.build_tuple(n as u32 + pushed);
            } else {
                self.emit_arg(build, n as u32 + pushed);
            }
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit_arg(build, pushed);
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let Expr::Starred(s) = e {
                if !built {
                    self.emit_arg(build, i as u32 + pushed);
                    built = true;
                }
                self.visit_expr(&s.value)?;
                self.emit_arg(extend, 1);
            } else {
                self.visit_expr(e)?;
                if built {
                    self.emit_arg(add, 1);
                }
            }
        }
        if tuple {
            self.emit(Opcode::LIST_TO_TUPLE);
        }
        Ok(())
    }

    fn subdict(&mut self, items: &'a [ast::DictItem]) -> CResult<()> {
        let n = items.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            let keys: Option<Vec<Constant>> = items
                .iter()
                .map(|it| it.key.as_ref().and_then(|k| self.const_value(k)))
                .collect();
            if let Some(keys) = keys {
                for it in items {
                    self.visit_expr(&it.value)?;
                }
                self.load_const(Constant::Tuple(Rc::from(keys)));
                self.emit_arg(Opcode::BUILD_CONST_KEY_MAP, n as u32);
                return Ok(());
            }
        }
        if big {
            self.emit_arg(Opcode::BUILD_MAP, 0);
        }
        for it in items {
            if let Some(k) = &it.key {
                self.visit_expr(k)?;
            }
            self.visit_expr(&it.value)?;
            if big {
                self.emit_arg(Opcode::MAP_ADD, 1);
            }
        }
        if !big {
            self.emit_arg(Opcode::BUILD_MAP, n as u32);
        }
        Ok(())
    }

    fn compile_dict(&mut self, d: &'a ast::ExprDict) -> CResult<()> {
        let items = &d.items;
        let n = items.len();
        let mut have_dict = false;
        let mut elements = 0usize;
        for i in 0..n {
            if items[i].key.is_none() {
                if elements > 0 {
                    self.subdict(&items[i - elements..i])?;
                    if have_dict {
                        self.emit_arg(Opcode::DICT_UPDATE, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit_arg(Opcode::BUILD_MAP, 0);
                    have_dict = true;
                }
                self.visit_expr(&items[i].value)?;
                self.emit_arg(Opcode::DICT_UPDATE, 1);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(&items[i - elements..=i])?;
                if have_dict {
                    self.emit_arg(Opcode::DICT_UPDATE, 1);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(&items[n - elements..n])?;
            if have_dict {
                self.emit_arg(Opcode::DICT_UPDATE, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit_arg(Opcode::BUILD_MAP, 0);
        }
        Ok(())
    }

    fn validate_keywords(&self, keywords: &[ast::Keyword]) -> CResult<()> {
        for (i, kw) in keywords.iter().enumerate() {
            let Some(name) = &kw.arg else { continue };
            if keywords[i + 1..]
                .iter()
                .any(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == name.as_str()))
            {
                let dup = keywords[i + 1..]
                    .iter()
                    .find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == name.as_str()))
                    .map_or(kw.range, |k| k.range);
                return Err(CErr::syntax(
                    format!("keyword argument repeated: {name}"),
                    dup,
                ));
            }
        }
        Ok(())
    }

    fn kwnames(&self, keywords: &[ast::Keyword]) -> Constant {
        Constant::Tuple(
            keywords
                .iter()
                .map(|k| Constant::Str(Rc::from(k.arg.as_ref().map_or("", |a| a.as_str()))))
                .collect::<Vec<_>>()
                .into(),
        )
    }

    fn compile_call(&mut self, c: &'a ast::ExprCall) -> CResult<()> {
        let args = &c.arguments.args;
        let keywords = &c.arguments.keywords;
        if let Expr::Attribute(attr) = &*c.func {
            let nkw = keywords.len();
            if attr.ctx == ExprContext::Load
                && !self.is_import_originated(&attr.value)
                && args.len() + nkw + usize::from(nkw != 0) < STACK_USE_GUIDELINE
                && !args.iter().any(|a| matches!(a, Expr::Starred(_)))
                && keywords.iter().all(|k| k.arg.is_some())
            {
                self.validate_keywords(keywords)?;
                self.visit_expr(&attr.value)?;
                self.attr_loc(attr);
                self.emit_name(Opcode::LOAD_METHOD, &attr.attr);
                for a in args.iter() {
                    self.visit_call_arg(a, c.arguments.range)?;
                }
                for k in keywords.iter() {
                    self.visit_expr(&k.value)?;
                }
                self.set_loc(c.range());
                self.match_attr(attr);
                let n = (args.len() + nkw) as u32;
                if nkw > 0 {
                    let names = self.kwnames(keywords);
                    self.load_const(names);
                    self.emit_arg(Opcode::CALL_KW, n);
                } else {
                    self.emit_arg(Opcode::CALL, n);
                }
                return Ok(());
            }
        }
        self.visit_expr(&c.func)?;
        self.emit(Opcode::PUSH_NULL);
        self.call_helper(0, args, keywords, c.range(), c.arguments.range)
    }

    /// Is `e` a name the module imports? CPython calls functions of imported
    /// modules with a plain attribute load rather than LOAD_METHOD.
    fn is_import_originated(&self, e: &Expr) -> bool {
        match e {
            Expr::Name(n) => self.st.scopes[0].flags_of(&n.id) & crate::symtable::DEF_IMPORT != 0,
            _ => false,
        }
    }

    /// A call argument; a bare generator expression (`f(x for x in y)`) is
    /// located at the call's parentheses, as in CPython.
    fn visit_call_arg(&mut self, a: &'a Expr, args_range: TextRange) -> CResult<()> {
        if let Expr::Generator(g) = a
            && !g.parenthesized
        {
            let saved = self.pos;
            self.set_loc(args_range);
            let r = self.compile_comprehension(
                CompKind::Generator,
                node_key(g),
                args_range,
                &g.generators,
                &g.elt,
                None,
            );
            self.pos = saved;
            return r;
        }
        self.visit_expr(a)
    }

    /// Arguments and the call itself; `pushed` positional arguments are
    /// already on the stack (CPython's `compiler_call_helper`).
    pub(super) fn call_helper(
        &mut self,
        pushed: u32,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
        range: TextRange,
        args_range: TextRange,
    ) -> CResult<()> {
        self.validate_keywords(keywords)?;
        let nelts = args.len();
        let nkw = keywords.len();
        let simple = nelts + nkw * 2 <= STACK_USE_GUIDELINE
            && !args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && keywords.iter().all(|k| k.arg.is_some());
        if simple {
            for a in args {
                self.visit_call_arg(a, args_range)?;
            }
            for k in keywords {
                self.visit_expr(&k.value)?;
            }
            self.set_loc(range);
            let n = pushed + (nelts + nkw) as u32;
            if nkw > 0 {
                let names = self.kwnames(keywords);
                self.load_const(names);
                self.emit_arg(Opcode::CALL_KW, n);
            } else {
                self.emit_arg(Opcode::CALL, n);
            }
            return Ok(());
        }
        match args {
            // A lone `*arg` is passed as is: CALL_FUNCTION_EX takes any iterable
            // (and names the callable if it is not one).
            [Expr::Starred(s)] if pushed == 0 => self.visit_expr(&s.value)?,
            _ => self.starunpack(
                args,
                pushed,
                Opcode::BUILD_LIST,
                Opcode::LIST_APPEND,
                Opcode::LIST_EXTEND,
                true,
            )?,
        }
        if nkw > 0 {
            let mut have_dict = false;
            let mut nseen = 0usize;
            for (i, kw) in keywords.iter().enumerate() {
                if kw.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(&keywords[i - nseen..i])?;
                        if have_dict {
                            self.emit_arg(Opcode::DICT_MERGE, 1);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.emit_arg(Opcode::BUILD_MAP, 0);
                        have_dict = true;
                    }
                    self.visit_expr(&kw.value)?;
                    self.emit_arg(Opcode::DICT_MERGE, 1);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(&keywords[nkw - nseen..])?;
                if have_dict {
                    self.emit_arg(Opcode::DICT_MERGE, 1);
                }
            }
        }
        self.set_loc(range);
        self.emit_arg(Opcode::CALL_FUNCTION_EX, u32::from(nkw > 0));
        Ok(())
    }

    fn subkwargs(&mut self, kws: &'a [ast::Keyword]) -> CResult<()> {
        let n = kws.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            for k in kws {
                self.visit_expr(&k.value)?;
            }
            let names = self.kwnames(kws);
            self.load_const(names);
            self.emit_arg(Opcode::BUILD_CONST_KEY_MAP, n as u32);
            return Ok(());
        }
        if big {
            self.emit_arg(Opcode::BUILD_MAP, 0);
        }
        for k in kws {
            self.load_const(Constant::Str(Rc::from(
                k.arg.as_ref().map_or("", |a| a.as_str()),
            )));
            self.visit_expr(&k.value)?;
            if big {
                self.emit_arg(Opcode::MAP_ADD, 1);
            }
        }
        if !big {
            self.emit_arg(Opcode::BUILD_MAP, n as u32);
        }
        Ok(())
    }

    fn compile_fstring(&mut self, f: &'a ast::ExprFString) -> CResult<()> {
        let mut pieces: Vec<Piece<'a>> = Vec::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => push_lit(&mut pieces, &s.value),
                ast::FStringPart::FString(fs) => push_elements(&mut pieces, &fs.elements),
            }
        }
        self.join_pieces(pieces, f.range)
    }

    fn join_pieces(&mut self, pieces: Vec<Piece<'a>>, range: TextRange) -> CResult<()> {
        let n = pieces.len();
        if n > STACK_USE_GUIDELINE {
            self.load_const(Constant::Str(Rc::from("")));
            self.emit_name(Opcode::LOAD_METHOD, "join");
            self.emit_arg(Opcode::BUILD_LIST, 0);
            for p in pieces {
                self.fstring_piece(p)?;
                self.emit_arg(Opcode::LIST_APPEND, 1);
            }
            self.set_loc(range);
            self.emit_arg(Opcode::CALL, 1);
            return Ok(());
        }
        if n == 0 {
            self.load_const(Constant::Str(Rc::from("")));
            return Ok(());
        }
        for p in pieces {
            self.fstring_piece(p)?;
        }
        if n != 1 {
            self.set_loc(range);
            self.emit_arg(Opcode::BUILD_STRING, n as u32);
        }
        Ok(())
    }

    fn fstring_piece(&mut self, p: Piece<'a>) -> CResult<()> {
        match p {
            Piece::Lit(s) => self.load_const(Constant::Str(Rc::from(s))),
            Piece::Field(i) => {
                self.visit_expr(&i.expression)?;
                let mut oparg = match i.conversion {
                    ConversionFlag::None => 0,
                    ConversionFlag::Str => 1,
                    ConversionFlag::Repr => 2,
                    ConversionFlag::Ascii => 3,
                };
                if i.debug_text.is_some()
                    && i.conversion == ConversionFlag::None
                    && i.format_spec.is_none()
                {
                    oparg = 2;
                }
                if let Some(spec) = &i.format_spec {
                    let mut pieces = Vec::new();
                    push_elements(&mut pieces, &spec.elements);
                    self.join_pieces(pieces, spec.range)?;
                    oparg |= 4;
                }
                self.set_loc(i.range);
                self.emit_arg(Opcode::FORMAT_VALUE, oparg);
            }
        }
        Ok(())
    }
}
