//! Code generation: AST to instructions, one code unit per scope.
//!
//! Mirrors CPython 3.11's `Python/compile.c`: a stack of units (module,
//! class bodies, functions, lambdas, comprehensions), each with its own
//! constants, names, local variables and *fblock* stack (the statically
//! nested loops / try / with / except blocks that `return`, `break` and
//! `continue` must unwind). This file holds the unit machinery, name
//! resolution, the fblock stack and the scaffolding for functions, classes,
//! lambdas and comprehensions; `stmt.rs` and `expr.rs` hold the statement
//! and expression visitors, `pattern.rs` the `match` statement.

mod expr;
mod pattern;
mod stmt;

use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use stitch_bytecode::{CodeObject, Constant, Mode, Opcode, Position, code_flags};

use crate::assemble::{AsmInput, assemble};
use crate::errors::{CErr, CResult};
use crate::ir::{InstrBuf, Label, Op};
use crate::source::SourceMap;
use crate::symtable::{CompKind, Scope, SymbolTable, UnitKind, mangle};

/// CPython's `CO_MAXBLOCKS`: static nesting of loops / try / with blocks.
const MAX_FBLOCKS: usize = 20;
/// CPython's `STACK_USE_GUIDELINE`: above this many items, displays and
/// calls are built incrementally instead of all on the stack at once.
const STACK_USE_GUIDELINE: usize = 30;

/// A statically nested block that unwinding (`return`/`break`/`continue`) must clean up.
#[derive(Clone, Debug)]
enum FBlock<'a> {
    WhileLoop { start: Label, exit: Label },
    ForLoop { start: Label, exit: Label },
    TryExcept,
    FinallyTry { body: &'a [Stmt] },
    FinallyEnd,
    With { pos: Position, is_async: bool },
    HandlerCleanup { name: Option<&'a str> },
    PopValue,
    ExceptionHandler,
}

/// How a name is used.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ctx {
    Load,
    Store,
    Del,
}

/// Hashable identity of a constant, for deduplicating the constant pool
/// with the same equality as `Constant`'s `PartialEq`.
#[derive(Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    BigInt(String),
    Float(u64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Vec<ConstKey>),
    FrozenSet(Vec<ConstKey>),
    Code(usize),
    Ellipsis,
}

fn const_key(c: &Constant) -> ConstKey {
    match c {
        Constant::None => ConstKey::None,
        Constant::Bool(b) => ConstKey::Bool(*b),
        Constant::Int(i) => ConstKey::Int(*i),
        Constant::BigInt(b) => ConstKey::BigInt(b.to_string()),
        Constant::Float(f) => ConstKey::Float(f.to_bits()),
        Constant::Str(s) => ConstKey::Str(s.clone()),
        Constant::Bytes(b) => ConstKey::Bytes(b.clone()),
        Constant::Tuple(t) => ConstKey::Tuple(t.iter().map(const_key).collect()),
        Constant::FrozenSet(t) => ConstKey::FrozenSet(t.iter().map(const_key).collect()),
        Constant::Code(c) => ConstKey::Code(Rc::as_ptr(c) as usize),
        Constant::Ellipsis => ConstKey::Ellipsis,
    }
}

/// One code object under construction.
struct Unit<'a> {
    kind: UnitKind,
    scope: usize,
    name: Rc<str>,
    qualname: Rc<str>,
    buf: InstrBuf,
    consts: Vec<Constant>,
    const_index: HashMap<ConstKey, u32>,
    names: Vec<Rc<str>>,
    name_index: HashMap<Rc<str>, u32>,
    varnames: Vec<Rc<str>>,
    cellvars: Vec<Rc<str>>,
    freevars: Vec<Rc<str>>,
    private: Option<String>,
    fblocks: Vec<FBlock<'a>>,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    firstlineno: u32,
    keep_first_const: bool,
}

/// The code generator for one source text.
pub(crate) struct Compiler<'a> {
    sm: &'a SourceMap<'a>,
    st: &'a SymbolTable,
    filename: Rc<str>,
    mode: Mode,
    units: Vec<Unit<'a>>,
    pos: Position,
    /// `from __future__ import annotations` is in effect.
    future_annotations: bool,
    /// End of the last leading `from __future__` import; later ones are errors.
    future_end: Option<u32>,
}

/// Compile a whole module (`exec` and `single` modes).
pub(crate) fn compile_module(
    sm: &SourceMap,
    st: &SymbolTable,
    filename: &str,
    mode: Mode,
    body: &[Stmt],
    future: &Future,
) -> CResult<CodeObject> {
    let (future_annotations, future_end) = (future.annotations, future.end);
    let mut c = Compiler {
        sm,
        st,
        filename: Rc::from(filename),
        mode,
        units: Vec::new(),
        pos: Position {
            line: 1,
            end_line: 1,
            col: 0,
            end_col: 0,
        },
        future_annotations,
        future_end,
    };
    c.enter_scope("<module>", UnitKind::Module, 0, 1);
    if let Some(first) = body.first() {
        c.set_loc(first.range());
    }
    if find_ann(body) {
        c.emit(Opcode::SETUP_ANNOTATIONS);
    }
    let mut rest = body;
    if mode == Mode::Exec
        && let Some(doc) = docstring(body)
    {
        let first = &body[0];
        c.set_loc(first.range());
        c.load_const(Constant::Str(Rc::from(doc)));
        c.nameop("__doc__", Ctx::Store, first.range())?;
        rest = &body[1..];
    }
    for s in rest {
        c.visit_stmt(s)?;
    }
    c.load_const(Constant::None);
    c.emit(Opcode::RETURN_VALUE);
    c.exit_scope()
}

/// Compile a single expression (`eval` mode).
pub(crate) fn compile_expression(
    sm: &SourceMap,
    st: &SymbolTable,
    filename: &str,
    e: &Expr,
) -> CResult<CodeObject> {
    let mut c = Compiler {
        sm,
        st,
        filename: Rc::from(filename),
        mode: Mode::Eval,
        units: Vec::new(),
        pos: Position {
            line: 1,
            end_line: 1,
            col: 0,
            end_col: 0,
        },
        future_annotations: false,
        future_end: None,
    };
    c.enter_scope("<module>", UnitKind::Module, 0, 1);
    c.set_loc(e.range());
    c.visit_expr(e)?;
    c.emit(Opcode::RETURN_VALUE);
    c.exit_scope()
}

/// The docstring of a body: its first statement, if a plain string literal.
fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first()? {
        Stmt::Expr(e) => match &*e.value {
            Expr::StringLiteral(s) => Some(s.value.to_str()),
            _ => None,
        },
        _ => None,
    }
}

/// Does a module or class body contain an annotated assignment (outside nested scopes)?
fn find_ann(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => find_ann(&f.body) || find_ann(&f.orelse),
        Stmt::While(w) => find_ann(&w.body) || find_ann(&w.orelse),
        Stmt::If(i) => find_ann(&i.body) || i.elif_else_clauses.iter().any(|c| find_ann(&c.body)),
        Stmt::With(w) => find_ann(&w.body),
        Stmt::Try(t) => {
            t.handlers.iter().any(|h| {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                find_ann(&h.body)
            }) || find_ann(&t.body)
                || find_ann(&t.finalbody)
                || find_ann(&t.orelse)
        }
        _ => false,
    })
}

/// The effect of a module's leading `from __future__` imports.
pub(crate) struct Future {
    /// `from __future__ import annotations`.
    pub annotations: bool,
    /// End offset of the last leading future import; any later one is an error.
    pub end: Option<u32>,
}

/// Leading `from __future__` imports (CPython's `future.c`): which features
/// are on and where the leading block ends.
pub(crate) fn future_features(body: &[Stmt]) -> CResult<Future> {
    let mut annotations = false;
    let mut end = None;
    let start = usize::from(docstring(body).is_some());
    for s in body.iter().skip(start) {
        let Stmt::ImportFrom(imp) = s else { break };
        if imp.module.as_ref().map(|m| m.as_str()) != Some("__future__") || imp.level != 0 {
            break;
        }
        for a in &imp.names {
            match a.name.as_str() {
                "nested_scopes" | "generators" | "division" | "absolute_import"
                | "with_statement" | "print_function" | "unicode_literals" | "barry_as_FLUFL"
                | "generator_stop" => {}
                "annotations" => annotations = true,
                "braces" => return Err(CErr::syntax("not a chance", s.range())),
                other => {
                    return Err(CErr::syntax(
                        format!("future feature {other} is not defined"),
                        s.range(),
                    ));
                }
            }
        }
        end = Some(s.range().end().to_u32());
    }
    Ok(Future { annotations, end })
}

/// Python truthiness of a constant.
fn const_truthy(c: &Constant) -> bool {
    match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Int(i) => *i != 0,
        Constant::BigInt(b) => **b != BigInt::from(0),
        Constant::Float(f) => *f != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) | Constant::FrozenSet(t) => !t.is_empty(),
        Constant::Code(_) | Constant::Ellipsis => true,
    }
}

impl<'a> Compiler<'a> {
    // ----- units -----

    fn unit(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is always open")
    }

    fn unit_mut(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is always open")
    }

    fn qualname_for(&self, name: &str, kind: UnitKind) -> String {
        if self.units.len() <= 1 {
            return name.to_string();
        }
        let parent = self.unit();
        if matches!(kind, UnitKind::Function | UnitKind::Class) {
            let m = mangle(parent.private.as_deref(), name);
            if self.st.scopes[parent.scope].scope_of(&m) == Scope::GlobalExplicit {
                return name.to_string();
            }
        }
        if matches!(parent.kind, UnitKind::Function | UnitKind::Lambda) {
            format!("{}.<locals>.{}", parent.qualname, name)
        } else {
            format!("{}.{}", parent.qualname, name)
        }
    }

    fn enter_scope(&mut self, name: &str, kind: UnitKind, scope: usize, firstlineno: u32) {
        let qualname = self.qualname_for(name, kind);
        let ste = &self.st.scopes[scope];
        let private = match kind {
            UnitKind::Class => Some(name.to_string()),
            _ => self.units.last().and_then(|u| u.private.clone()),
        };
        let unit = Unit {
            kind,
            scope,
            name: Rc::from(name),
            qualname: Rc::from(qualname.as_str()),
            buf: InstrBuf::default(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: ste.varnames.iter().map(|v| Rc::from(v.as_str())).collect(),
            cellvars: ste
                .cellvars()
                .iter()
                .map(|v| Rc::from(v.as_str()))
                .collect(),
            freevars: ste
                .freevars()
                .iter()
                .map(|v| Rc::from(v.as_str()))
                .collect(),
            private,
            fblocks: Vec::new(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            firstlineno,
            keep_first_const: matches!(kind, UnitKind::Function | UnitKind::Lambda),
        };
        self.units.push(unit);
    }

    fn exit_scope(&mut self) -> CResult<CodeObject> {
        let saved_pos = self.pos;
        let u = self.units.pop().expect("a unit is open");
        let ste = &self.st.scopes[u.scope];
        let mut flags = 0;
        if ste.kind.is_function_block() {
            flags |= code_flags::OPTIMIZED | code_flags::NEWLOCALS;
            if ste.nested {
                flags |= code_flags::NESTED;
            }
            flags |= match (ste.is_coroutine, ste.is_generator) {
                (true, true) => code_flags::ASYNC_GENERATOR,
                (true, false) => code_flags::COROUTINE,
                (false, true) => code_flags::GENERATOR,
                (false, false) => 0,
            };
            if ste.varargs {
                flags |= code_flags::VARARGS;
            }
            if ste.varkeywords {
                flags |= code_flags::VARKEYWORDS;
            }
        }
        if self.future_annotations {
            flags |= code_flags::FUTURE_ANNOTATIONS;
        }
        let code = assemble(AsmInput {
            buf: u.buf,
            consts: u.consts,
            keep_first_const: u.keep_first_const,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            flags,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            firstlineno: u.firstlineno,
        });
        self.pos = saved_pos;
        code
    }

    // ----- emission -----

    fn set_loc(&mut self, range: TextRange) {
        self.pos = self.sm.position(range);
    }

    /// Position of an attribute access: the attribute's own line when it
    /// spans lines (CPython's `update_start_location_to_match_attr`).
    fn attr_loc(&mut self, a: &ast::ExprAttribute) {
        self.set_loc(a.range);
        self.match_attr(a);
    }

    /// Move the current position's start to the attribute name if the
    /// attribute ends on another line.
    fn match_attr(&mut self, a: &ast::ExprAttribute) {
        let name = self.sm.position(a.attr.range);
        let end_line = self.sm.line(a.range.end().to_u32());
        if self.pos.line != end_line {
            self.pos.line = end_line;
            self.pos.col = name.col;
            self.pos.end_line = end_line;
        }
    }

    fn emit(&mut self, op: Opcode) {
        let pos = self.pos;
        self.unit_mut().buf.push(Op::Real(op), 0, pos);
    }

    fn emit_arg(&mut self, op: Opcode, arg: u32) {
        let pos = self.pos;
        self.unit_mut().buf.push(Op::Real(op), arg, pos);
    }

    fn emit_jump(&mut self, op: Opcode, target: Label) {
        self.emit_arg(op, target.0);
    }

    fn pseudo(&mut self, op: Op, arg: u32) {
        let pos = self.pos;
        self.unit_mut().buf.push(op, arg, pos);
    }

    fn jump(&mut self, target: Label) {
        self.pseudo(Op::Jump, target.0);
    }

    fn new_label(&mut self) -> Label {
        self.unit_mut().buf.new_label()
    }

    fn bind(&mut self, l: Label) {
        self.unit_mut().buf.bind(l);
    }

    fn add_const(&mut self, c: Constant) -> u32 {
        let key = const_key(&c);
        let u = self.unit_mut();
        if let Some(i) = u.const_index.get(&key) {
            return *i;
        }
        let i = u.consts.len() as u32;
        u.consts.push(c);
        u.const_index.insert(key, i);
        i
    }

    fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.emit_arg(Opcode::LOAD_CONST, i);
    }

    fn name_index(&mut self, name: &str) -> u32 {
        let u = self.unit_mut();
        if let Some(i) = u.name_index.get(name) {
            return *i;
        }
        let i = u.names.len() as u32;
        let rc: Rc<str> = Rc::from(name);
        u.names.push(rc.clone());
        u.name_index.insert(rc, i);
        i
    }

    /// An instruction whose operand is a name, mangled like CPython's `ADDOP_NAME`.
    fn emit_name(&mut self, op: Opcode, name: &str) {
        let m = mangle(self.unit().private.as_deref(), name);
        let i = self.name_index(&m);
        self.emit_arg(op, i);
    }

    fn varname_index(&mut self, name: &str) -> u32 {
        let u = self.unit_mut();
        if let Some(i) = u.varnames.iter().position(|v| &**v == name) {
            return i as u32;
        }
        u.varnames.push(Rc::from(name));
        (u.varnames.len() - 1) as u32
    }

    /// Index of `name` in the unit's cell-then-free list.
    fn deref_index(&self, name: &str, prefer_cell: bool) -> Option<u32> {
        let u = self.unit();
        if prefer_cell && let Some(i) = u.cellvars.iter().position(|v| &**v == name) {
            return Some(i as u32);
        }
        u.freevars
            .iter()
            .position(|v| &**v == name)
            .map(|i| (u.cellvars.len() + i) as u32)
    }

    // ----- names -----

    /// Load, store or delete a variable (CPython's `compiler_nameop`).
    fn nameop(&mut self, name: &str, ctx: Ctx, range: TextRange) -> CResult<()> {
        if name == "__debug__" {
            match ctx {
                Ctx::Load => {
                    self.load_const(Constant::Bool(true));
                    return Ok(());
                }
                Ctx::Store => return Err(CErr::syntax("cannot assign to __debug__", range)),
                Ctx::Del => return Err(CErr::syntax("cannot delete __debug__", range)),
            }
        }
        let mangled = mangle(self.unit().private.as_deref(), name);
        let kind = self.unit().kind;
        let scope = self.st.scopes[self.unit().scope].scope_of(&mangled);
        let is_func = kind.is_function_block();
        enum How {
            Deref,
            Fast,
            Global,
            Name,
        }
        let how = match scope {
            Scope::Free | Scope::Cell => How::Deref,
            Scope::Local if is_func => How::Fast,
            Scope::GlobalImplicit if is_func => How::Global,
            Scope::GlobalExplicit => How::Global,
            _ => How::Name,
        };
        match how {
            How::Deref => {
                let idx = self
                    .deref_index(&mangled, scope == Scope::Cell)
                    .ok_or_else(|| {
                        CErr::syntax(
                            format!("internal compiler error: no cell for '{name}'"),
                            range,
                        )
                    })?;
                let op = match ctx {
                    Ctx::Load if kind == UnitKind::Class => Opcode::LOAD_CLASSDEREF,
                    Ctx::Load => Opcode::LOAD_DEREF,
                    Ctx::Store => Opcode::STORE_DEREF,
                    Ctx::Del => Opcode::DELETE_DEREF,
                };
                self.emit_arg(op, idx);
            }
            How::Fast => {
                let idx = self.varname_index(&mangled);
                let op = match ctx {
                    Ctx::Load => Opcode::LOAD_FAST,
                    Ctx::Store => Opcode::STORE_FAST,
                    Ctx::Del => Opcode::DELETE_FAST,
                };
                self.emit_arg(op, idx);
            }
            How::Global => {
                let idx = self.name_index(&mangled);
                let op = match ctx {
                    Ctx::Load => Opcode::LOAD_GLOBAL,
                    Ctx::Store => Opcode::STORE_GLOBAL,
                    Ctx::Del => Opcode::DELETE_GLOBAL,
                };
                self.emit_arg(op, idx);
            }
            How::Name => {
                let idx = self.name_index(&mangled);
                let op = match ctx {
                    Ctx::Load => Opcode::LOAD_NAME,
                    Ctx::Store => Opcode::STORE_NAME,
                    Ctx::Del => Opcode::DELETE_NAME,
                };
                self.emit_arg(op, idx);
            }
        }
        Ok(())
    }

    // ----- coroutines -----

    /// Is the current unit an `async def` (or an awaiting comprehension)?
    fn unit_is_coroutine(&self) -> bool {
        self.st.scopes[self.unit().scope].is_coroutine
    }

    /// Is the current unit an async generator?
    fn unit_is_async_generator(&self) -> bool {
        let ste = &self.st.scopes[self.unit().scope];
        ste.is_coroutine && ste.is_generator
    }

    /// `(iter v -- result)`: send v into iter, passing everything it yields
    /// out of this frame, until it returns (CPython's `ADD_YIELD_FROM`).
    fn add_yield_from(&mut self) {
        let start = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        self.emit_jump(Opcode::SEND, exit);
        self.emit(Opcode::YIELD_VALUE);
        self.pseudo(Op::JumpNoInterrupt, start.0);
        self.bind(exit);
    }

    /// `(v -- result)`: `await v`; `place` selects GET_AWAITABLE's error message.
    fn emit_await(&mut self, place: u32) {
        self.emit_arg(Opcode::GET_AWAITABLE, place);
        self.load_const(Constant::None);
        self.add_yield_from();
    }

    /// Yield the top of the stack (wrapped, in an async generator).
    fn emit_yield(&mut self) {
        if self.unit_is_async_generator() {
            self.emit(Opcode::ASYNC_GEN_WRAP);
        }
        self.emit(Opcode::YIELD_VALUE);
    }

    /// `async for` / `async with` need an `async def` around them.
    fn check_async_allowed(&self, what: &str, range: TextRange) -> CResult<()> {
        if self.unit().kind == UnitKind::Function && self.unit_is_coroutine() {
            return Ok(());
        }
        Err(CErr::syntax(
            format!("'{what}' outside async function"),
            range,
        ))
    }

    // ----- fblocks -----

    fn push_fblock(&mut self, fb: FBlock<'a>, range: TextRange) -> CResult<()> {
        if self.unit().fblocks.len() >= MAX_FBLOCKS {
            return Err(CErr::syntax("too many statically nested blocks", range));
        }
        self.unit_mut().fblocks.push(fb);
        Ok(())
    }

    fn pop_fblock(&mut self) {
        self.unit_mut().fblocks.pop();
    }

    /// `__exit__(None, None, None)` for the `[exit, mgr]` pair on the stack.
    fn call_exit_with_nones(&mut self) {
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit_arg(Opcode::CALL, 3);
    }

    /// Emit the cleanup of one fblock on the way out (CPython's `compiler_unwind_fblock`).
    fn unwind_fblock(
        &mut self,
        fb: &FBlock<'a>,
        preserve_tos: bool,
        range: TextRange,
    ) -> CResult<()> {
        match fb {
            FBlock::WhileLoop { .. } | FBlock::ExceptionHandler => {}
            FBlock::ForLoop { .. } => {
                if preserve_tos {
                    self.emit_arg(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP);
            }
            FBlock::TryExcept => self.pseudo(Op::PopBlock, 0),
            FBlock::FinallyTry { body } => {
                self.pseudo(Op::PopBlock, 0);
                if preserve_tos {
                    self.push_fblock(FBlock::PopValue, range)?;
                }
                let saved = self.pos;
                self.visit_body(body)?;
                self.pos = saved;
                if preserve_tos {
                    self.pop_fblock();
                }
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit_arg(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP);
                if preserve_tos {
                    self.emit_arg(Opcode::SWAP, 2);
                }
                self.pseudo(Op::PopBlock, 0);
                self.emit(Opcode::POP_EXCEPT);
            }
            FBlock::With { pos, is_async } => {
                let saved = self.pos;
                self.pos = *pos;
                self.pseudo(Op::PopBlock, 0);
                if preserve_tos {
                    self.emit_arg(Opcode::SWAP, 3);
                    self.emit_arg(Opcode::SWAP, 2);
                }
                self.call_exit_with_nones();
                if *is_async {
                    self.emit_await(2);
                }
                self.emit(Opcode::POP_TOP);
                self.pos = saved;
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.pseudo(Op::PopBlock, 0);
                }
                if preserve_tos {
                    self.emit_arg(Opcode::SWAP, 2);
                }
                self.pseudo(Op::PopBlock, 0);
                self.emit(Opcode::POP_EXCEPT);
                if let Some(n) = name {
                    self.load_const(Constant::None);
                    self.nameop(n, Ctx::Store, range)?;
                    self.nameop(n, Ctx::Del, range)?;
                }
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit_arg(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP);
            }
        }
        Ok(())
    }

    /// Unwind the fblock stack; with `want_loop`, stop at (and return) the innermost loop.
    fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        want_loop: bool,
        range: TextRange,
    ) -> CResult<Option<FBlock<'a>>> {
        let Some(top) = self.unit().fblocks.last().cloned() else {
            return Ok(None);
        };
        if want_loop && matches!(top, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }) {
            return Ok(Some(top));
        }
        self.unit_mut().fblocks.pop();
        self.unwind_fblock(&top, preserve_tos, range)?;
        let r = self.unwind_fblock_stack(preserve_tos, want_loop, range);
        self.unit_mut().fblocks.push(top);
        r
    }

    // ----- functions, classes, closures -----

    /// Push the closure tuple (if the code has free variables) and make the function.
    fn make_closure(&mut self, code: CodeObject, mut flags: u32) {
        let code = Rc::new(code);
        let nfree = code.nfree();
        if nfree > 0 {
            let free_names: Vec<Rc<str>> = code.freevars().cloned().collect();
            for name in free_names {
                // In a class body `__class__` is the class cell; any other name
                // is a cell of this unit if it has one, else one of its frees.
                let idx = self.deref_index(&name, true).unwrap_or(0);
                self.emit_arg(Opcode::LOAD_CLOSURE, idx);
            }
            self.emit_arg(Opcode::BUILD_TUPLE, nfree as u32);
            flags |= 8;
        }
        self.load_const(Constant::Code(code));
        self.emit_arg(Opcode::MAKE_FUNCTION, flags);
    }

    /// Positional defaults tuple and keyword-only defaults dict; returns MAKE_FUNCTION flags.
    fn default_arguments(&mut self, p: &'a ast::Parameters) -> CResult<u32> {
        let mut flags = 0;
        let defaults: Vec<&Expr> = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.visit_expr(d)?;
            }
            self.build_tuple(defaults.len() as u32);
            flags |= 1;
        }
        let mut keys = Vec::new();
        for a in p.kwonlyargs.iter() {
            if let Some(d) = &a.default {
                keys.push(Constant::Str(Rc::from(mangle(
                    self.unit().private.as_deref(),
                    &a.parameter.name,
                ))));
                self.visit_expr(d)?;
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(Constant::Tuple(Rc::from(keys)));
            self.emit_arg(Opcode::BUILD_CONST_KEY_MAP, n);
            flags |= 2;
        }
        Ok(flags)
    }

    /// One annotation value: evaluated, or its source text under `from __future__ import annotations`.
    fn annotation_value(&mut self, e: &'a Expr) -> CResult<()> {
        if self.future_annotations {
            let text = self
                .sm
                .src
                .get(e.range().start().to_usize()..e.range().end().to_usize())
                .unwrap_or("");
            let text: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
            self.load_const(Constant::Str(Rc::from(text)));
            return Ok(());
        }
        if let Expr::Starred(s) = e {
            self.visit_expr(&s.value)?;
            self.emit_arg(Opcode::UNPACK_SEQUENCE, 1);
            return Ok(());
        }
        self.visit_expr(e)
    }

    /// The annotations dict of a function (flag 4), or nothing.
    fn function_annotations(
        &mut self,
        p: &'a ast::Parameters,
        returns: Option<&'a Expr>,
    ) -> CResult<u32> {
        let mut n = 0u32;
        let private = self.unit().private.clone();
        let mut one = |c: &mut Self, name: &str, ann: Option<&'a Expr>| -> CResult<()> {
            if let Some(a) = ann {
                c.load_const(Constant::Str(Rc::from(mangle(private.as_deref(), name))));
                c.annotation_value(a)?;
                n += 1;
            }
            Ok(())
        };
        for a in p.args.iter().chain(p.posonlyargs.iter()) {
            one(self, &a.parameter.name, a.parameter.annotation.as_deref())?;
        }
        if let Some(v) = &p.vararg {
            one(self, &v.name, v.annotation.as_deref())?;
        }
        for a in p.kwonlyargs.iter() {
            one(self, &a.parameter.name, a.parameter.annotation.as_deref())?;
        }
        if let Some(v) = &p.kwarg {
            one(self, &v.name, v.annotation.as_deref())?;
        }
        one(self, "return", returns)?;
        if n > 0 {
            self.emit_arg(Opcode::BUILD_MAP, n);
            Ok(4)
        } else {
            Ok(0)
        }
    }

    fn set_arg_counts(&mut self, p: Option<&ast::Parameters>) {
        let u = self.unit_mut();
        if let Some(p) = p {
            u.posonlyargcount = p.posonlyargs.len() as u32;
            u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
            u.kwonlyargcount = p.kwonlyargs.len() as u32;
        }
    }

    fn scope_of_node(&self, key: usize, range: TextRange) -> CResult<usize> {
        self.st
            .scope_for(key)
            .ok_or_else(|| CErr::syntax("internal compiler error: scope not found", range))
    }

    fn compile_function(&mut self, f: &'a ast::StmtFunctionDef) -> CResult<()> {
        let range = f.range;
        let mut firstlineno = self.sm.line(range.start().to_u32());
        for d in &f.decorator_list {
            self.set_loc(d.range);
            self.visit_expr(&d.expression)?;
            self.emit(Opcode::PUSH_NULL);
        }
        if let Some(d) = f.decorator_list.first() {
            firstlineno = self.sm.line(d.range.start().to_u32());
        }
        self.set_loc(range);
        let mut flags = self.default_arguments(&f.parameters)?;
        flags |= self.function_annotations(&f.parameters, f.returns.as_deref())?;
        let scope = self.scope_of_node(crate::symtable::node_key(f), range)?;
        self.enter_scope(&f.name, UnitKind::Function, scope, firstlineno);
        let doc = docstring(&f.body);
        self.add_const(match doc {
            Some(d) => Constant::Str(Rc::from(d)),
            None => Constant::None,
        });
        self.set_arg_counts(Some(&f.parameters));
        let body = if doc.is_some() {
            &f.body[1..]
        } else {
            &f.body[..]
        };
        self.set_loc(range);
        self.visit_body(body)?;
        self.load_const(Constant::None);
        self.emit(Opcode::RETURN_VALUE);
        let code = self.exit_scope()?;
        self.set_loc(range);
        self.make_closure(code, flags);
        for d in f.decorator_list.iter().rev() {
            self.set_loc(d.range);
            self.emit_arg(Opcode::CALL, 1);
        }
        self.set_loc(range);
        self.nameop(&f.name, Ctx::Store, f.name.range)
    }

    fn compile_class(&mut self, c: &'a ast::StmtClassDef) -> CResult<()> {
        let range = c.range;
        let mut firstlineno = self.sm.line(range.start().to_u32());
        for d in &c.decorator_list {
            self.set_loc(d.range);
            self.visit_expr(&d.expression)?;
            self.emit(Opcode::PUSH_NULL);
        }
        if let Some(d) = c.decorator_list.first() {
            firstlineno = self.sm.line(d.range.start().to_u32());
        }
        let scope = self.scope_of_node(crate::symtable::node_key(c), range)?;
        self.enter_scope(&c.name, UnitKind::Class, scope, firstlineno);
        self.set_loc(range);
        self.nameop("__name__", Ctx::Load, range)?;
        self.nameop("__module__", Ctx::Store, range)?;
        let qualname = self.unit().qualname.clone();
        self.load_const(Constant::Str(qualname));
        self.nameop("__qualname__", Ctx::Store, range)?;
        if find_ann(&c.body) {
            self.emit(Opcode::SETUP_ANNOTATIONS);
        }
        let mut body = &c.body[..];
        if let Some(doc) = docstring(body) {
            self.set_loc(body[0].range());
            self.load_const(Constant::Str(Rc::from(doc)));
            self.nameop("__doc__", Ctx::Store, range)?;
            body = &body[1..];
        }
        self.visit_body(body)?;
        self.set_loc(range);
        if self.st.scopes[scope].needs_class_closure {
            let idx = self.deref_index("__class__", true).unwrap_or(0);
            self.emit_arg(Opcode::LOAD_CLOSURE, idx);
            self.emit_arg(Opcode::COPY, 1);
            self.nameop("__classcell__", Ctx::Store, range)?;
        } else {
            self.load_const(Constant::None);
        }
        self.emit(Opcode::RETURN_VALUE);
        let code = self.exit_scope()?;
        self.set_loc(range);
        self.emit(Opcode::LOAD_BUILD_CLASS);
        self.emit(Opcode::PUSH_NULL);
        self.make_closure(code, 0);
        self.load_const(Constant::Str(Rc::from(c.name.as_str())));
        let (args, keywords, args_range): (&[Expr], &[ast::Keyword], TextRange) = match &c.arguments
        {
            Some(a) => (&a.args, &a.keywords, a.range),
            None => (&[], &[], range),
        };
        self.call_helper(2, args, keywords, range, args_range)?;
        for d in c.decorator_list.iter().rev() {
            self.set_loc(d.range);
            self.emit_arg(Opcode::CALL, 1);
        }
        self.set_loc(range);
        self.nameop(&c.name, Ctx::Store, c.name.range)
    }

    fn compile_lambda(&mut self, l: &'a ast::ExprLambda) -> CResult<()> {
        let range = l.range;
        let flags = match &l.parameters {
            Some(p) => self.default_arguments(p)?,
            None => 0,
        };
        let scope = self.scope_of_node(crate::symtable::node_key(l), range)?;
        let line = self.sm.line(range.start().to_u32());
        self.enter_scope("<lambda>", UnitKind::Lambda, scope, line);
        self.add_const(Constant::None);
        self.set_arg_counts(l.parameters.as_deref());
        self.set_loc(l.body.range());
        self.visit_expr(&l.body)?;
        self.emit(Opcode::RETURN_VALUE);
        let code = self.exit_scope()?;
        self.set_loc(range);
        self.make_closure(code, flags);
        Ok(())
    }

    /// A comprehension or generator expression: its own code object called
    /// with the iterator of the outermost iterable.
    fn compile_comprehension(
        &mut self,
        kind: CompKind,
        key: usize,
        range: TextRange,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult<()> {
        let scope = self.scope_of_node(key, range)?;
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        };
        let Some(outer) = generators.first() else {
            return Err(CErr::syntax("invalid syntax", range));
        };
        let awaited = self.st.scopes[scope].is_coroutine && kind != CompKind::Generator;
        if awaited {
            let outer_ok = match self.unit().kind {
                UnitKind::Function => self.unit_is_coroutine(),
                UnitKind::Comprehension(_) => true,
                _ => false,
            };
            if !outer_ok {
                return Err(CErr::syntax(
                    "asynchronous comprehension outside of an asynchronous function",
                    range,
                ));
            }
        }
        let line = self.sm.line(range.start().to_u32());
        self.enter_scope(name, UnitKind::Comprehension(kind), scope, line);
        self.unit_mut().argcount = 1;
        self.set_loc(range);
        match kind {
            CompKind::List => self.emit_arg(Opcode::BUILD_LIST, 0),
            CompKind::Set => self.emit_arg(Opcode::BUILD_SET, 0),
            CompKind::Dict => self.emit_arg(Opcode::BUILD_MAP, 0),
            CompKind::Generator => {}
        }
        self.comprehension_generator(generators, 0, 0, elt, value, kind)?;
        self.set_loc(range);
        if kind == CompKind::Generator {
            self.load_const(Constant::None);
        }
        self.emit(Opcode::RETURN_VALUE);
        let code = self.exit_scope()?;
        self.set_loc(range);
        self.make_closure(code, 0);
        self.emit(Opcode::PUSH_NULL);
        self.visit_expr(&outer.iter)?;
        self.set_loc(range);
        self.emit(if outer.is_async {
            Opcode::GET_AITER
        } else {
            Opcode::GET_ITER
        });
        self.emit_arg(Opcode::CALL, 1);
        if awaited {
            self.emit_await(0);
        }
        Ok(())
    }

    fn comprehension_generator(
        &mut self,
        generators: &'a [ast::Comprehension],
        index: usize,
        mut depth: u32,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        kind: CompKind,
    ) -> CResult<()> {
        let generator = &generators[index];
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        let mut looped = true;
        if index == 0 {
            self.emit_arg(Opcode::LOAD_FAST, 0);
        } else if generator.is_async {
            self.visit_expr(&generator.iter)?;
            self.emit(Opcode::GET_AITER);
        } else {
            let single = match &generator.iter {
                Expr::List(l) if l.elts.len() == 1 => Some(&l.elts[0]),
                Expr::Tuple(t) if t.elts.len() == 1 => Some(&t.elts[0]),
                _ => None,
            };
            match single {
                Some(e) if !matches!(e, Expr::Starred(_)) => {
                    self.visit_expr(e)?;
                    looped = false;
                }
                _ => {
                    self.visit_expr(&generator.iter)?;
                    self.emit(Opcode::GET_ITER);
                }
            }
        }
        if generator.is_async {
            // `anchor` is the handler that ends the loop on StopAsyncIteration.
            depth += 1;
            self.bind(start);
            self.pseudo(Op::SetupFinally, anchor.0);
            self.emit(Opcode::GET_ANEXT);
            self.load_const(Constant::None);
            self.add_yield_from();
            self.pseudo(Op::PopBlock, 0);
        } else if looped {
            depth += 1;
            self.bind(start);
            self.emit_jump(Opcode::FOR_ITER, anchor);
        }
        self.store_target(&generator.target)?;
        for cond in &generator.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_generator(generators, index + 1, depth, elt, value, kind)?;
        } else {
            match kind {
                CompKind::Generator => {
                    self.visit_expr(elt)?;
                    self.emit_yield();
                    self.emit(Opcode::POP_TOP);
                }
                CompKind::List => {
                    self.visit_expr(elt)?;
                    self.emit_arg(Opcode::LIST_APPEND, depth + 1);
                }
                CompKind::Set => {
                    self.visit_expr(elt)?;
                    self.emit_arg(Opcode::SET_ADD, depth + 1);
                }
                CompKind::Dict => {
                    self.visit_expr(elt)?;
                    if let Some(v) = value {
                        self.visit_expr(v)?;
                    }
                    self.emit_arg(Opcode::MAP_ADD, depth + 1);
                }
            }
        }
        self.bind(if_cleanup);
        if generator.is_async {
            self.jump(start);
            self.bind(anchor);
            self.emit(Opcode::END_ASYNC_FOR);
        } else if looped {
            self.jump(start);
            self.bind(anchor);
        }
        Ok(())
    }
}
