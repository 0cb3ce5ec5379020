//! Code objects: what the compiler produces and the runtime executes.
//!
//! Local slots ("localsplus") follow CPython 3.11: the function's plain
//! locals come first (arguments in order: positional-only and positional,
//! keyword-only, `*args`, `**kwargs`, then other locals), then cell
//! variables that are not arguments, then free variables. An argument that
//! is captured by an inner function keeps its argument slot and is marked
//! as a cell too; `MAKE_CELL` at the top of the function wraps it.

use std::fmt::Write;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::ops::{ArgKind, BinOp, CmpOp, CodeUnit, Opcode};

/// Code flags (CPython's values).
pub mod code_flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;
    pub const FUTURE_ANNOTATIONS: u32 = 0x100_0000;
}

/// Kinds of a local slot (CPython's values); a slot may be LOCAL|CELL.
pub mod local_kind {
    pub const LOCAL: u8 = 0x20;
    pub const CELL: u8 = 0x40;
    pub const FREE: u8 = 0x80;
}

/// A compile-time constant.
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Bool(bool),
    Int(i64),
    BigInt(Rc<BigInt>),
    Float(f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Constant]>),
    /// A frozenset built by adding these items in order.
    FrozenSet(Rc<[Constant]>),
    Code(Rc<CodeObject>),
    Ellipsis,
}

impl PartialEq for Constant {
    /// Structural equality used to deduplicate the constant pool: values of
    /// different types are never equal (`1`, `1.0` and `True` stay distinct)
    /// and floats compare by bits (`0.0` and `-0.0` stay distinct).
    fn eq(&self, other: &Constant) -> bool {
        use Constant::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (BigInt(a), BigInt(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Str(a), Str(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Tuple(a), Tuple(b)) => a == b,
            (FrozenSet(a), FrozenSet(b)) => a == b,
            (Code(a), Code(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// Source position of one code unit (1-based lines, 0-based UTF-8 byte columns).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// One entry of the exception table: an exception raised by an instruction
/// in `start..end` pops the value stack down to `depth`, pushes the
/// exception and jumps to `target`. Entries do not overlap; the innermost
/// handler's range is carved out of the outer ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
}

/// A compiled unit of code: a module, class body, function, lambda or comprehension.
#[derive(Debug)]
pub struct CodeObject {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub flags: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub firstlineno: u32,
    /// Instructions and their inline cache units.
    pub code: Vec<CodeUnit>,
    pub consts: Vec<Constant>,
    pub names: Vec<Rc<str>>,
    /// Names of all local slots (see the module docs for the layout).
    pub localsplus_names: Vec<Rc<str>>,
    /// `local_kind` bits for each local slot.
    pub localsplus_kinds: Vec<u8>,
    /// Maximum value-stack depth.
    pub stacksize: u32,
    /// One position per code unit.
    pub positions: Vec<Position>,
    pub exception_table: Vec<ExceptionEntry>,
}

impl CodeObject {
    pub fn nlocalsplus(&self) -> usize {
        self.localsplus_names.len()
    }
    /// Number of free variables (they occupy the last slots).
    pub fn nfree(&self) -> usize {
        self.localsplus_kinds
            .iter()
            .filter(|k| **k & local_kind::FREE != 0)
            .count()
    }
    /// Total number of argument slots, `*args` and `**kwargs` included.
    pub fn total_args(&self) -> usize {
        (self.argcount
            + self.kwonlyargcount
            + u32::from(self.flags & code_flags::VARARGS != 0)
            + u32::from(self.flags & code_flags::VARKEYWORDS != 0)) as usize
    }
    pub fn is_generator(&self) -> bool {
        self.flags & code_flags::GENERATOR != 0
    }
    /// Names of the plain locals (CPython's `co_varnames`).
    pub fn varnames(&self) -> impl Iterator<Item = &Rc<str>> {
        self.slots_of(local_kind::LOCAL)
    }
    /// Names of the cell variables (`co_cellvars`).
    pub fn cellvars(&self) -> impl Iterator<Item = &Rc<str>> {
        self.slots_of(local_kind::CELL)
    }
    /// Names of the free variables (`co_freevars`).
    pub fn freevars(&self) -> impl Iterator<Item = &Rc<str>> {
        self.slots_of(local_kind::FREE)
    }
    fn slots_of(&self, kind: u8) -> impl Iterator<Item = &Rc<str>> {
        self.localsplus_names
            .iter()
            .zip(&self.localsplus_kinds)
            .filter(move |(_, k)| **k & kind != 0)
            .map(|(n, _)| n)
    }
    /// Source line of the code unit at `offset` (0 if unknown).
    pub fn line_at(&self, offset: usize) -> u32 {
        self.positions.get(offset).map_or(0, |p| p.line)
    }
    /// The exception handler covering `offset`, if any.
    pub fn handler_for(&self, offset: u32) -> Option<&ExceptionEntry> {
        self.exception_table
            .iter()
            .find(|e| e.start <= offset && offset < e.end)
    }
}

/// Iterate over the instructions of `code`, skipping inline caches:
/// yields `(offset, opcode, oparg)`.
pub fn instructions(code: &[CodeUnit]) -> impl Iterator<Item = (usize, Opcode, u32)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        let cu = *code.get(i)?;
        let op = cu.op();
        let at = i;
        i += 1 + op.cache_entries() as usize;
        Some((at, op, cu.arg()))
    })
}

/// Render a constant the way `dis` shows it (its repr).
pub fn const_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(b) => b.to_string(),
        Constant::Float(f) => format!("{f:?}"),
        Constant::Str(s) => format!("{s:?}"),
        Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Constant::FrozenSet(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        Constant::Code(c) => format!("<code object {}, line {}>", c.name, c.firstlineno),
        Constant::Ellipsis => "Ellipsis".into(),
    }
}

/// Disassemble a code object and, recursively, the code objects among its
/// constants, in a layout close to CPython's `dis.dis`.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out, true);
    out
}

fn disassemble_into(code: &CodeObject, out: &mut String, top: bool) {
    disassemble_units(code, &code.code, out, top);
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            disassemble_into(inner, out, false);
        }
    }
}

/// Disassemble one code object (not the ones nested in its constants) as
/// if its instructions were `units` (the quickened copy tier 1 runs, for
/// `stitch dis --specialized`). `top` leaves out the header line.
pub fn disassemble_units(code: &CodeObject, units: &[CodeUnit], out: &mut String, top: bool) {
    if !top {
        let _ = writeln!(
            out,
            "\nDisassembly of <code object {} at line {}>:",
            code.qualname, code.firstlineno
        );
    }
    let targets: Vec<usize> = instructions(units)
        .filter(|(_, op, _)| op.is_jump())
        .map(|(_, _, a)| a as usize)
        .chain(code.exception_table.iter().map(|e| e.target as usize))
        .collect();
    let mut last_line = 0;
    for (off, op, arg) in instructions(units) {
        let line = code.line_at(off);
        let line_col = if line != last_line && line != 0 {
            if last_line != 0 {
                out.push('\n');
            }
            last_line = line;
            format!("{line:>4}")
        } else {
            "    ".into()
        };
        let mark = if targets.contains(&off) { ">>" } else { "  " };
        let _ = write!(out, "{line_col}  {mark} {off:>5} {:<22}", op.name());
        let detail = match op.arg_kind() {
            ArgKind::None => None,
            ArgKind::Num => Some(String::new()),
            ArgKind::Const => Some(
                code.consts
                    .get(arg as usize)
                    .map(const_repr)
                    .unwrap_or_default(),
            ),
            ArgKind::Name => Some(
                code.names
                    .get(arg as usize)
                    .map(|s| s.to_string())
                    .unwrap_or_default(),
            ),
            ArgKind::Local => Some(
                code.localsplus_names
                    .get(arg as usize)
                    .map(|s| s.to_string())
                    .unwrap_or_default(),
            ),
            ArgKind::Jump => Some(format!("to {arg}")),
            ArgKind::BinOp => Some(
                BinOp::from_u32(arg)
                    .map(|b| b.symbol().to_string())
                    .unwrap_or_default(),
            ),
            ArgKind::Compare => Some(
                CmpOp::from_u32(arg)
                    .map(|c| c.symbol().to_string())
                    .unwrap_or_default(),
            ),
        };
        match detail {
            None => out.push('\n'),
            Some(d) if d.is_empty() => {
                let _ = writeln!(out, "{arg}");
            }
            Some(d) => {
                let _ = writeln!(out, "{arg:<3} ({d})");
            }
        }
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]",
                e.start, e.end, e.target, e.depth
            );
        }
    }
}

/// What kind of source a compilation unit is (CPython's `compile()` modes).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// A module or `exec()` string: returns None.
    Exec,
    /// A single expression (`eval()`): returns its value.
    Eval,
    /// One interactive statement (the REPL): expression statements echo their value with `PRINT_EXPR`.
    Single,
}

/// The exception class a compile error is reported as.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CompileErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl CompileErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            CompileErrorKind::SyntaxError => "SyntaxError",
            CompileErrorKind::IndentationError => "IndentationError",
            CompileErrorKind::TabError => "TabError",
        }
    }
}

/// A compile-time error, reported to Python code as a `SyntaxError` (or
/// subclass) with CPython's attributes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub msg: String,
    pub filename: String,
    /// 1-based line (0 if unknown).
    pub line: u32,
    /// 1-based column in characters (0 if unknown), as CPython's `offset`.
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
    /// The text of the offending line, without its newline.
    pub text: Option<String>,
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {} ({}, line {})",
            self.kind.name(),
            self.msg,
            self.filename,
            self.line
        )
    }
}
