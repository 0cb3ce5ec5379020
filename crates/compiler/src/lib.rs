//! stitch-compiler: Python 3.11 source to Stitch code objects.
//!
//! The pipeline, one module per stage:
//!
//! 1. `prescan` — tokenizer-level checks CPython makes before parsing
//!    (bracket and indentation limits, `TabError`), so pathological inputs
//!    never reach the recursive stages;
//! 2. parsing with ruff's parser (target Python 3.11), its errors mapped to
//!    CPython's wording by `errors`;
//! 3. `symtable` — scopes and name resolution, scoping errors;
//! 4. `codegen` — instructions per code unit, with CPython 3.11's block
//!    structure for exception handling;
//! 5. `assemble` — stack depth, exception table, layout, code objects.
//!
//! The only entry point is [`compile`]. It never panics on any input: every
//! problem becomes a [`CompileError`].
//!
//! Where the output knowingly differs from CPython 3.11's (beyond the
//! instruction set itself):
//!
//! * only the constant folding CPython's AST optimizer does for tuples and
//!   negated number literals (`1 + 2` stays a `BINARY_OP`; `'%s' % x` stays
//!   a `BINARY_OP %`; constant sets are built element by element, so their
//!   printed order can differ from CPython's frozenset-constant path);
//! * `f(*a)` builds the argument tuple with `LIST_EXTEND`, so a non-iterable
//!   `a` reports "Value after * must be an iterable" without the callable's name;
//! * under `from __future__ import annotations` an annotation's string is its
//!   source text with whitespace runs collapsed, not `ast.unparse` output;
//! * `match`, `async`/`await`, `except*` and complex literals are rejected
//!   with "... not supported yet".
//!
//! Developer aids (ignored tests in `tests/mod.rs`): `STITCH_DIS=file.py`
//! prints a disassembly; `STITCH_CORPUS=dir` compiles a tree of `.py` files,
//! and with `STITCH_META_OUT` / `STITCH_NAMES_OUT` writes per-code-object
//! metadata for a differential check against CPython's `compile`.

mod assemble;
mod codegen;
mod errors;
mod ir;
mod prescan;
mod source;
mod symtable;

#[cfg(test)]
mod tests;

use std::cell::RefCell;
use std::rc::Rc;

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr, walk_stmt};
use ruff_python_ast::{Expr, ExprNoneLiteral, Mod, PythonVersion, Stmt};
use ruff_python_parser::{Mode as ParseMode, ParseOptions, parse_unchecked};
use ruff_text_size::{Ranged, TextRange};
use stitch_bytecode::{CodeObject, CompileError, CompileErrorKind, Mode};

use crate::errors::Reporter;
use crate::source::SourceMap;

/// Compile Python source to a code object.
///
/// `Mode::Exec` compiles a module (the code returns None), `Mode::Eval` a
/// single expression (the code returns its value), `Mode::Single` one
/// interactive statement (expression statements print their value with
/// `PRINT_EXPR`).
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Rc<CodeObject>, CompileError> {
    let run = std::panic::AssertUnwindSafe(|| compile_inner(source, filename, mode));
    match std::panic::catch_unwind(run) {
        Ok(r) => r,
        Err(_) => Err(unplaced_error(filename, "internal compiler error".into())),
    }
}

/// A SyntaxError without a position in the source.
fn unplaced_error(filename: &str, msg: String) -> CompileError {
    CompileError {
        kind: CompileErrorKind::SyntaxError,
        msg,
        filename: filename.to_string(),
        line: 0,
        col: 0,
        end_line: 0,
        end_col: 0,
        text: None,
    }
}

fn compile_inner(source: &str, filename: &str, mode: Mode) -> Result<Rc<CodeObject>, CompileError> {
    if source.contains('\0') {
        return Err(unplaced_error(
            filename,
            "source code string cannot contain null bytes".into(),
        ));
    }
    let sm = SourceMap::new(source);
    let rep = Reporter { sm: &sm, filename };
    let scan = prescan::prescan(source).map_err(|e| rep.scan_error(e))?;
    if mode == Mode::Eval {
        // An indented expression is an indentation error, as in CPython's `compile`.
        let mut off = 0;
        for line in source.split_inclusive(['\n', '\r']) {
            let body = line.trim_start_matches([' ', '\t', '\x0c']);
            if body.trim().is_empty() || body.starts_with('#') {
                off += line.len();
                continue;
            }
            if body.len() != line.len() {
                let indent = (line.len() - body.len()) as u32;
                let range = TextRange::new((off as u32).into(), (off as u32 + indent).into());
                let mut e = rep.at_range(
                    CompileErrorKind::IndentationError,
                    "unexpected indent",
                    range,
                );
                e.col = indent;
                e.end_col = indent;
                return Err(e);
            }
            break;
        }
    }
    let parse_mode = if mode == Mode::Eval {
        ParseMode::Expression
    } else {
        ParseMode::Module
    };
    let parsed = parse_unchecked(
        source,
        ParseOptions::from(parse_mode).with_target_version(PythonVersion::PY311),
    );

    let first_parse = parsed.errors().iter().min_by_key(|e| e.location.start());
    let first_unsup = parsed
        .unsupported_syntax_errors()
        .iter()
        .min_by_key(|e| e.range.start());
    let early = match (first_parse, first_unsup) {
        (Some(p), Some(u)) if u.range.start() < p.location.start() => Some(rep.unsupported(u)),
        (Some(p), _) => Some(rep.parse_error(p, &scan, parsed.tokens(), parsed.syntax())),
        (None, Some(u)) => Some(rep.unsupported(u)),
        (None, None) => None,
    };
    let single_error = match (&early, mode, parsed.syntax()) {
        (None, Mode::Single, Mod::Module(m)) => check_single(&m.body, parsed.tokens()),
        _ => None,
    };
    let syntax = parsed.into_syntax();
    let result = match (early, single_error) {
        (Some(e), _) => Err(e),
        (None, Some(range)) => Err(rep.at_range(
            CompileErrorKind::SyntaxError,
            "multiple statements found while compiling a single statement",
            range,
        )),
        (None, None) => match scan.huge_int {
            Some((digits, start, end)) => Err(rep.at_range(
                CompileErrorKind::SyntaxError,
                format!(
                    "Exceeds the limit (4300 digits) for integer string conversion: value has {digits} digits; \
                     use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge \
                     integer literals to avoid decimal conversion limits."
                ),
                TextRange::new(start.into(), end.into()),
            )),
            None => compile_tree(&sm, &syntax, filename, mode).map_err(|e| rep.cerr(e)),
        },
    };
    dispose(syntax);
    let code = result?;
    // The interpreter trusts what it runs (see `stitch_bytecode::verify`).
    if let Err(msg) = stitch_bytecode::verify(&code) {
        return Err(unplaced_error(
            filename,
            format!("internal compiler error: {msg}"),
        ));
    }
    Ok(Rc::new(code))
}

fn compile_tree(
    sm: &SourceMap,
    syntax: &Mod,
    filename: &str,
    mode: Mode,
) -> errors::CResult<CodeObject> {
    match syntax {
        Mod::Module(m) => {
            let future = codegen::future_features(&m.body)?;
            let st = symtable::build_module(&m.body, future.annotations)?;
            codegen::compile_module(sm, &st, filename, mode, &m.body, &future)
        }
        Mod::Expression(e) => {
            let st = symtable::build_expression(&e.body)?;
            codegen::compile_expression(sm, &st, filename, &e.body)
        }
    }
}

/// `single` mode accepts one statement, or several simple statements on one line.
fn check_single(body: &[Stmt], tokens: &ruff_python_ast::token::Tokens) -> Option<TextRange> {
    if body.len() <= 1 {
        return None;
    }
    let first = body[0].range();
    let last = body[body.len() - 1].range();
    let compound = matches!(
        body[0],
        Stmt::FunctionDef(_)
            | Stmt::ClassDef(_)
            | Stmt::For(_)
            | Stmt::While(_)
            | Stmt::If(_)
            | Stmt::With(_)
            | Stmt::Match(_)
            | Stmt::Try(_)
    );
    let newline_between = tokens.iter().any(|t| {
        t.start() >= first.end()
            && t.end() <= last.start()
            && t.kind() == ruff_python_ast::token::TokenKind::Newline
    });
    if compound || newline_between {
        Some(body[1].range())
    } else {
        None
    }
}

/// Drops a syntax tree without recursion: deeply nested expressions would
/// otherwise overflow the stack in the recursive drop glue. Every
/// expression is detached from its parent before the parent is dropped.
fn dispose(syntax: Mod) {
    struct Detach(RefCell<Vec<Expr>>);
    impl Transformer for Detach {
        fn visit_expr(&self, expr: &mut Expr) {
            let e = std::mem::replace(expr, Expr::NoneLiteral(ExprNoneLiteral::default()));
            self.0.borrow_mut().push(e);
        }
    }
    let d = Detach(RefCell::new(Vec::new()));
    match syntax {
        Mod::Module(mut m) => {
            for s in m.body.iter_mut() {
                walk_stmt(&d, s);
            }
            drop(m);
        }
        Mod::Expression(e) => d.0.borrow_mut().push(*e.body),
    }
    loop {
        let next = d.0.borrow_mut().pop();
        let Some(mut e) = next else { break };
        walk_expr(&d, &mut e);
        drop(e);
    }
}
