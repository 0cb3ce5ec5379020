//! Statement code generation (CPython's `compiler_visit_stmt` family):
//! assignments and targets, control flow, exception handling, `with`,
//! imports.

use std::rc::Rc;

use ruff_python_ast::{self as ast, ExceptHandler, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use stitch_bytecode::{Constant, Mode, Opcode};

use super::{Compiler, Ctx, FBlock};
use crate::errors::{CErr, CResult, expr_kind_name};
use crate::ir::Op;
use crate::symtable::unsupported;

impl<'a> Compiler<'a> {
    pub(super) fn visit_body(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    pub(super) fn visit_stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.visit_stmt_inner(s))
    }

    fn visit_stmt_inner(&mut self, s: &'a Stmt) -> CResult<()> {
        self.set_loc(s.range());
        match s {
            Stmt::FunctionDef(f) => self.compile_function(f),
            Stmt::ClassDef(c) => self.compile_class(c),
            Stmt::Return(r) => self.compile_return(r),
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => {
                self.visit_expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit_arg(Opcode::COPY, 1);
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.compile_augassign(a),
            Stmt::AnnAssign(a) => self.compile_annassign(a),
            Stmt::For(f) => self.compile_for(f),
            Stmt::While(w) => self.compile_while(w),
            Stmt::If(i) => self.compile_if(i),
            Stmt::With(w) => {
                if w.is_async {
                    self.check_async_allowed("async with", w.range)?;
                }
                self.compile_with(w, 0)
            }
            Stmt::Match(m) => self.compile_match(m),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(exc) = &r.exc {
                    self.visit_expr(exc)?;
                    n = 1;
                    if let Some(cause) = &r.cause {
                        self.visit_expr(cause)?;
                        n = 2;
                    }
                }
                self.emit_arg(Opcode::RAISE_VARARGS, n);
                Ok(())
            }
            Stmt::Try(t) => {
                if t.is_star {
                    return Err(unsupported("'except*' clauses are", t.range));
                }
                if t.finalbody.is_empty() {
                    self.compile_try_except(t)
                } else {
                    self.compile_try_finally(t)
                }
            }
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, end, true)?;
                self.emit(Opcode::LOAD_ASSERTION_ERROR);
                if let Some(msg) = &a.msg {
                    self.emit(Opcode::PUSH_NULL);
                    self.visit_expr(msg)?;
                    self.emit_arg(Opcode::CALL, 1);
                }
                self.emit_arg(Opcode::RAISE_VARARGS, 1);
                self.bind(end);
                Ok(())
            }
            Stmt::Import(i) => self.compile_import(i),
            Stmt::ImportFrom(i) => self.compile_import_from(i),
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) => {
                if self.mode == Mode::Single && self.units.len() == 1 {
                    self.visit_expr(&e.value)?;
                    self.emit(Opcode::PRINT_EXPR);
                    return Ok(());
                }
                if self.const_value(&e.value).is_some() {
                    return Ok(());
                }
                self.visit_expr(&e.value)?;
                self.emit(Opcode::POP_TOP);
                Ok(())
            }
            Stmt::Break(b) => self.compile_break_continue(true, b.range),
            Stmt::Continue(c) => self.compile_break_continue(false, c.range),
            Stmt::TypeAlias(t) => Err(unsupported("'type' statements are", t.range)),
            Stmt::IpyEscapeCommand(c) => Err(CErr::syntax("invalid syntax", c.range)),
        }
    }

    fn compile_return(&mut self, r: &'a ast::StmtReturn) -> CResult<()> {
        if !self.unit().kind.is_function_block() {
            return Err(CErr::syntax("'return' outside function", r.range));
        }
        if r.value.is_some() && self.unit_is_async_generator() {
            return Err(CErr::syntax(
                "'return' with value in async generator",
                r.range,
            ));
        }
        let konst = r.value.as_deref().and_then(|v| self.const_value(v));
        let preserve = r.value.is_some() && konst.is_none();
        if preserve && let Some(v) = &r.value {
            self.visit_expr(v)?;
        }
        self.unwind_fblock_stack(preserve, false, r.range)?;
        self.set_loc(r.range);
        if !preserve {
            self.load_const(konst.unwrap_or(Constant::None));
        }
        self.emit(Opcode::RETURN_VALUE);
        Ok(())
    }

    fn compile_break_continue(&mut self, is_break: bool, range: TextRange) -> CResult<()> {
        let lp = self.unwind_fblock_stack(false, true, range)?;
        self.set_loc(range);
        match lp {
            None if is_break => Err(CErr::syntax("'break' outside loop", range)),
            None => Err(CErr::syntax("'continue' not properly in loop", range)),
            Some(fb) => {
                let (start, exit) = match fb {
                    FBlock::WhileLoop { start, exit } | FBlock::ForLoop { start, exit } => {
                        (start, exit)
                    }
                    _ => {
                        return Err(CErr::syntax(
                            "internal compiler error: bad loop block",
                            range,
                        ));
                    }
                };
                if is_break {
                    self.unwind_fblock(&fb, false, range)?;
                    self.set_loc(range);
                    self.jump(exit);
                } else {
                    self.jump(start);
                }
                Ok(())
            }
        }
    }

    fn compile_if(&mut self, i: &'a ast::StmtIf) -> CResult<()> {
        let end = self.new_label();
        let mut next = self.new_label();
        self.jump_if(&i.test, next, false)?;
        self.visit_body(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.set_loc(i.range);
            self.jump(end);
            self.bind(next);
            self.set_loc(clause.range);
            next = self.new_label();
            if let Some(test) = &clause.test {
                self.jump_if(test, next, false)?;
            }
            self.visit_body(&clause.body)?;
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    fn compile_while(&mut self, w: &'a ast::StmtWhile) -> CResult<()> {
        let start = self.new_label();
        let anchor = self.new_label();
        let end = self.new_label();
        self.bind(start);
        self.push_fblock(FBlock::WhileLoop { start, exit: end }, w.range)?;
        self.jump_if(&w.test, anchor, false)?;
        self.visit_body(&w.body)?;
        self.pop_fblock();
        self.set_loc(w.range);
        self.jump(start);
        self.bind(anchor);
        self.visit_body(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_for(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        if f.is_async {
            return self.compile_async_for(f);
        }
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.visit_expr(&f.iter)?;
        self.emit(Opcode::GET_ITER);
        self.bind(start);
        self.emit_jump(Opcode::FOR_ITER, cleanup);
        self.push_fblock(FBlock::ForLoop { start, exit: end }, f.range)?;
        self.store_target(&f.target)?;
        self.visit_body(&f.body)?;
        self.pop_fblock();
        self.set_loc(f.range);
        self.jump(start);
        self.bind(cleanup);
        self.visit_body(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// `async for`: `__anext__` awaited inside a handler that turns
    /// StopAsyncIteration into the end of the loop.
    fn compile_async_for(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        self.check_async_allowed("async for", f.range)?;
        let start = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.visit_expr(&f.iter)?;
        self.set_loc(f.range);
        self.emit(Opcode::GET_AITER);
        self.bind(start);
        self.push_fblock(FBlock::ForLoop { start, exit: end }, f.range)?;
        self.pseudo(Op::SetupFinally, except.0);
        self.emit(Opcode::GET_ANEXT);
        self.load_const(Constant::None);
        self.add_yield_from();
        self.pseudo(Op::PopBlock, 0);
        self.store_target(&f.target)?;
        self.visit_body(&f.body)?;
        self.set_loc(f.range);
        self.jump(start);
        self.pop_fblock();
        self.bind(except);
        self.emit(Opcode::END_ASYNC_FOR);
        self.visit_body(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// `SWAP 2; POP_EXCEPT; RERAISE`: the cleanup handler of an except or with block.
    fn pop_except_and_reraise(&mut self) {
        self.emit_arg(Opcode::SWAP, 2);
        self.emit(Opcode::POP_EXCEPT);
        self.emit(Opcode::RERAISE);
    }

    fn compile_try_except(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.pseudo(Op::SetupFinally, except.0);
        self.push_fblock(FBlock::TryExcept, t.range)?;
        self.visit_body(&t.body)?;
        self.pop_fblock();
        self.set_loc(t.range);
        self.pseudo(Op::PopBlock, 0);
        self.visit_body(&t.orelse)?;
        self.set_loc(t.range);
        self.jump(end);
        self.bind(except);
        self.pseudo(Op::SetupCleanup, cleanup.0);
        self.emit(Opcode::PUSH_EXC_INFO);
        self.push_fblock(FBlock::ExceptionHandler, t.range)?;
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h.range);
            if h.type_.is_none() && i + 1 < n {
                return Err(CErr::syntax("default 'except:' must be last", h.range));
            }
            let next = self.new_label();
            if let Some(ty) = &h.type_ {
                self.visit_expr(ty)?;
                self.emit(Opcode::CHECK_EXC_MATCH);
                self.emit_jump(Opcode::POP_JUMP_IF_FALSE, next);
            }
            if let Some(name) = &h.name {
                let cleanup_end = self.new_label();
                self.nameop(name, Ctx::Store, name.range)?;
                self.pseudo(Op::SetupCleanup, cleanup_end.0);
                self.push_fblock(
                    FBlock::HandlerCleanup {
                        name: Some(name.as_str()),
                    },
                    h.range,
                )?;
                self.visit_body(&h.body)?;
                self.pop_fblock();
                self.set_loc(h.range);
                self.pseudo(Op::PopBlock, 0);
                self.pseudo(Op::PopBlock, 0);
                self.emit(Opcode::POP_EXCEPT);
                self.load_const(Constant::None);
                self.nameop(name, Ctx::Store, name.range)?;
                self.nameop(name, Ctx::Del, name.range)?;
                self.jump(end);
                self.bind(cleanup_end);
                self.load_const(Constant::None);
                self.nameop(name, Ctx::Store, name.range)?;
                self.nameop(name, Ctx::Del, name.range)?;
                self.emit(Opcode::RERAISE);
            } else {
                self.emit(Opcode::POP_TOP);
                self.push_fblock(FBlock::HandlerCleanup { name: None }, h.range)?;
                self.visit_body(&h.body)?;
                self.pop_fblock();
                self.set_loc(h.range);
                self.pseudo(Op::PopBlock, 0);
                self.emit(Opcode::POP_EXCEPT);
                self.jump(end);
            }
            self.bind(next);
        }
        self.pop_fblock();
        self.set_loc(t.range);
        self.emit(Opcode::RERAISE);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    fn compile_try_finally(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let handler = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.pseudo(Op::SetupFinally, handler.0);
        self.push_fblock(FBlock::FinallyTry { body: &t.finalbody }, t.range)?;
        if t.handlers.is_empty() {
            self.visit_body(&t.body)?;
        } else {
            self.compile_try_except(t)?;
        }
        self.pop_fblock();
        self.set_loc(t.range);
        self.pseudo(Op::PopBlock, 0);
        self.visit_body(&t.finalbody)?;
        self.set_loc(t.range);
        self.jump(exit);
        self.bind(handler);
        self.pseudo(Op::SetupCleanup, cleanup.0);
        self.emit(Opcode::PUSH_EXC_INFO);
        self.push_fblock(FBlock::FinallyEnd, t.range)?;
        self.visit_body(&t.finalbody)?;
        self.pop_fblock();
        self.set_loc(t.range);
        self.emit(Opcode::RERAISE);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(exit);
        Ok(())
    }

    fn compile_with(&mut self, w: &'a ast::StmtWith, index: usize) -> CResult<()> {
        let Some(item) = w.items.get(index) else {
            return self.visit_body(&w.body);
        };
        let handler = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        self.visit_expr(&item.context_expr)?;
        self.set_loc(w.range);
        if w.is_async {
            self.emit(Opcode::BEFORE_ASYNC_WITH);
            self.emit_await(1);
        } else {
            self.emit(Opcode::BEFORE_WITH);
        }
        self.pseudo(Op::SetupWith, handler.0);
        let pos = self.pos;
        let is_async = w.is_async;
        self.push_fblock(FBlock::With { pos, is_async }, w.range)?;
        match &item.optional_vars {
            Some(v) => self.store_target(v)?,
            None => self.emit(Opcode::POP_TOP),
        }
        if index + 1 == w.items.len() {
            self.visit_body(&w.body)?;
        } else {
            self.compile_with(w, index + 1)?;
        }
        self.set_loc(w.range);
        self.pseudo(Op::PopBlock, 0);
        self.pop_fblock();
        self.call_exit_with_nones();
        if is_async {
            self.emit_await(2);
        }
        self.emit(Opcode::POP_TOP);
        self.jump(exit);
        self.bind(handler);
        self.pseudo(Op::SetupCleanup, cleanup.0);
        self.emit(Opcode::PUSH_EXC_INFO);
        self.emit(Opcode::WITH_EXCEPT_START);
        if is_async {
            self.emit_await(2);
        }
        self.emit_jump(Opcode::POP_JUMP_IF_TRUE, suppress);
        self.emit(Opcode::RERAISE);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(suppress);
        self.emit(Opcode::POP_TOP);
        self.pseudo(Op::PopBlock, 0);
        self.emit(Opcode::POP_EXCEPT);
        self.emit(Opcode::POP_TOP);
        self.emit(Opcode::POP_TOP);
        self.bind(exit);
        Ok(())
    }

    fn compile_import(&mut self, i: &'a ast::StmtImport) -> CResult<()> {
        for alias in &i.names {
            self.set_loc(alias.range);
            self.load_const(Constant::Int(0));
            self.load_const(Constant::None);
            self.emit_name(Opcode::IMPORT_NAME, &alias.name);
            match &alias.asname {
                Some(asname) => {
                    let mut parts = alias.name.split('.');
                    parts.next();
                    let attrs: Vec<&str> = parts.collect();
                    if attrs.is_empty() {
                        self.nameop(asname, Ctx::Store, alias.range)?;
                    } else {
                        for (k, attr) in attrs.iter().enumerate() {
                            self.emit_name(Opcode::IMPORT_FROM, attr);
                            if k + 1 < attrs.len() {
                                self.emit_arg(Opcode::SWAP, 2);
                                self.emit(Opcode::POP_TOP);
                            }
                        }
                        self.nameop(asname, Ctx::Store, alias.range)?;
                        self.emit(Opcode::POP_TOP);
                    }
                }
                None => {
                    let first = alias.name.split('.').next().unwrap_or(&alias.name);
                    self.nameop(first, Ctx::Store, alias.range)?;
                }
            }
        }
        Ok(())
    }

    fn compile_import_from(&mut self, i: &'a ast::StmtImportFrom) -> CResult<()> {
        let module = i.module.as_ref().map_or("", |m| m.as_str());
        if module == "__future__"
            && i.level == 0
            && self.future_end.is_none_or(|e| i.range.start().to_u32() > e)
        {
            return Err(CErr::syntax(
                "from __future__ imports must occur at the beginning of the file",
                i.range,
            ));
        }
        self.load_const(Constant::Int(i64::from(i.level)));
        let names: Vec<Constant> = i
            .names
            .iter()
            .map(|a| Constant::Str(Rc::from(a.name.as_str())))
            .collect();
        self.load_const(Constant::Tuple(Rc::from(names)));
        self.emit_name(Opcode::IMPORT_NAME, module);
        for alias in &i.names {
            self.set_loc(alias.range);
            if alias.name.as_str() == "*" {
                self.emit(Opcode::IMPORT_STAR);
                return Ok(());
            }
            self.emit_name(Opcode::IMPORT_FROM, &alias.name);
            let store: &str = alias.asname.as_ref().map_or(&alias.name, |n| n);
            self.nameop(store, Ctx::Store, alias.range)?;
        }
        self.set_loc(i.range);
        self.emit(Opcode::POP_TOP);
        Ok(())
    }

    // ----- assignment targets -----

    /// Store the value on top of the stack into an assignment target.
    pub(super) fn store_target(&mut self, t: &'a Expr) -> CResult<()> {
        let saved = self.pos;
        self.set_loc(t.range());
        let r = self.store_target_inner(t);
        self.pos = saved;
        r
    }

    fn store_target_inner(&mut self, t: &'a Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.nameop(&n.id, Ctx::Store, n.range),
            Expr::Attribute(a) => {
                self.visit_expr(&a.value)?;
                self.attr_loc(a);
                self.emit_name(Opcode::STORE_ATTR, &a.attr);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
                self.set_loc(s.range);
                self.emit(Opcode::STORE_SUBSCR);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, range, .. })
            | Expr::List(ast::ExprList { elts, range, .. }) => {
                self.unpack(elts, *range)?;
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.store_target(&s.value)?,
                        _ => self.store_target(e)?,
                    }
                }
                Ok(())
            }
            Expr::Starred(s) => Err(CErr::syntax(
                "starred assignment target must be in a list or tuple",
                s.range,
            )),
            other => Err(CErr::syntax(
                format!("cannot assign to {}", expr_kind_name(other)),
                other.range(),
            )),
        }
    }

    /// `UNPACK_SEQUENCE` / `UNPACK_EX` for a target list (a preceding
    /// `BUILD_TUPLE` of the same size becomes a swap, as CPython's peephole does).
    fn unpack(&mut self, elts: &'a [Expr], range: TextRange) -> CResult<()> {
        let mut star: Option<usize> = None;
        for (i, e) in elts.iter().enumerate() {
            if matches!(e, Expr::Starred(_)) {
                if star.is_some() {
                    return Err(CErr::syntax(
                        "multiple starred expressions in assignment",
                        range,
                    ));
                }
                star = Some(i);
            }
        }
        match star {
            Some(i) => {
                let after = elts.len() - i - 1;
                if i >= 256 || after >= (1 << 16) {
                    return Err(CErr::syntax(
                        "too many expressions in star-unpacking assignment",
                        range,
                    ));
                }
                self.emit_arg(Opcode::UNPACK_EX, (i | (after << 8)) as u32);
            }
            None => {
                let n = elts.len() as u32;
                if (1..=3).contains(&n) && self.last_is(Opcode::BUILD_TUPLE, n) {
                    let buf = &mut self.unit_mut().buf;
                    match n {
                        1 => {
                            buf.instrs.pop();
                        }
                        _ => {
                            if let Some(last) = buf.instrs.last_mut() {
                                last.op = Op::Real(Opcode::SWAP);
                                last.arg = n;
                            }
                        }
                    }
                } else {
                    self.emit_arg(Opcode::UNPACK_SEQUENCE, n);
                }
            }
        }
        Ok(())
    }

    /// Is the last instruction `op arg`, with no jump target right after it?
    fn last_is(&self, op: Opcode, arg: u32) -> bool {
        let buf = &self.unit().buf;
        let n = buf.instrs.len();
        n > 0
            && buf.last_label_pos < n
            && buf.instrs[n - 1].op == Op::Real(op)
            && buf.instrs[n - 1].arg == arg
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult<()> {
        let saved = self.pos;
        self.set_loc(t.range());
        let r = match t {
            Expr::Name(n) => self.nameop(&n.id, Ctx::Del, n.range),
            Expr::Attribute(a) => {
                self.visit_expr(&a.value)?;
                self.attr_loc(a);
                self.emit_name(Opcode::DELETE_ATTR, &a.attr);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
                self.set_loc(s.range);
                self.emit(Opcode::DELETE_SUBSCR);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
                Ok(())
            }
            other => Err(CErr::syntax(
                format!("cannot delete {}", expr_kind_name(other)),
                other.range(),
            )),
        };
        self.pos = saved;
        r
    }

    fn compile_augassign(&mut self, a: &'a ast::StmtAugAssign) -> CResult<()> {
        let target = &*a.target;
        match target {
            Expr::Attribute(at) => {
                self.visit_expr(&at.value)?;
                self.emit_arg(Opcode::COPY, 1);
                self.attr_loc(at);
                self.emit_name(Opcode::LOAD_ATTR, &at.attr);
            }
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
                self.emit_arg(Opcode::COPY, 2);
                self.emit_arg(Opcode::COPY, 2);
                self.set_loc(s.range);
                self.emit(Opcode::BINARY_SUBSCR);
            }
            Expr::Name(n) => self.nameop(&n.id, Ctx::Load, n.range)?,
            other => {
                return Err(CErr::syntax(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_kind_name(other)
                    ),
                    other.range(),
                ));
            }
        }
        self.visit_expr(&a.value)?;
        self.set_loc(a.range);
        self.emit_arg(Opcode::BINARY_OP, super::expr::binop(a.op).inplace() as u32);
        self.set_loc(target.range());
        match target {
            Expr::Attribute(at) => {
                self.match_attr(at);
                self.emit_arg(Opcode::SWAP, 2);
                self.emit_name(Opcode::STORE_ATTR, &at.attr);
            }
            Expr::Subscript(_) => {
                self.emit_arg(Opcode::SWAP, 3);
                self.emit_arg(Opcode::SWAP, 2);
                self.emit(Opcode::STORE_SUBSCR);
            }
            Expr::Name(n) => self.nameop(&n.id, Ctx::Store, n.range)?,
            _ => {}
        }
        Ok(())
    }

    /// Evaluate an expression for its side effects only (`check_ann_expr`).
    fn eval_and_pop(&mut self, e: &'a Expr) -> CResult<()> {
        self.visit_expr(e)?;
        self.emit(Opcode::POP_TOP);
        Ok(())
    }

    fn compile_annassign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult<()> {
        if let Some(v) = &a.value {
            self.visit_expr(v)?;
            self.store_target(&a.target)?;
        }
        let module_or_class = matches!(
            self.unit().kind,
            crate::symtable::UnitKind::Module | crate::symtable::UnitKind::Class
        );
        match &*a.target {
            Expr::Name(n) => {
                if a.simple && module_or_class {
                    self.annotation_value(&a.annotation)?;
                    self.set_loc(a.range);
                    self.emit_name(Opcode::LOAD_NAME, "__annotations__");
                    let m = crate::symtable::mangle(self.unit().private.as_deref(), &n.id);
                    self.load_const(Constant::Str(Rc::from(m)));
                    self.emit(Opcode::STORE_SUBSCR);
                }
            }
            Expr::Attribute(at) => {
                if a.value.is_none() {
                    self.eval_and_pop(&at.value)?;
                }
            }
            Expr::Subscript(s) => {
                if a.value.is_none() {
                    self.eval_and_pop(&s.value)?;
                    self.check_ann_subscr(&s.slice)?;
                }
            }
            other => {
                return Err(CErr::syntax("illegal target for annotation", other.range()));
            }
        }
        if !a.simple && module_or_class && !self.future_annotations {
            self.eval_and_pop(&a.annotation)?;
        }
        Ok(())
    }

    fn check_ann_subscr(&mut self, e: &'a Expr) -> CResult<()> {
        match e {
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.eval_and_pop(part)?;
                }
                Ok(())
            }
            Expr::Tuple(t) => {
                for el in &t.elts {
                    self.check_ann_subscr(el)?;
                }
                Ok(())
            }
            other => self.eval_and_pop(other),
        }
    }
}
