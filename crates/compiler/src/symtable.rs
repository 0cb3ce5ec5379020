//! The symbol table: which scope each name belongs to.
//!
//! This mirrors CPython 3.11's `Python/symtable.c` in two phases. The
//! *visit* phase walks the AST once, creating a scope for the module, each
//! class body, function, lambda and comprehension (a comprehension is its
//! own function scope whose outermost iterable is evaluated outside it) and
//! recording how each name is used in it (`DEF_*` / `USE` flags). The
//! *analysis* phase then resolves every name to local, global (explicit or
//! implicit), free or cell, propagating free variables up through enclosing
//! functions, making the implicit `__class__` cell, and reporting CPython's
//! scoping `SyntaxError`s.
//!
//! Code generation asks it, per scope, for the scope of a name and for the
//! sorted cell and free variable lists (CPython's `co_cellvars` /
//! `co_freevars` order).

use std::collections::{HashMap, HashSet};

use ruff_python_ast::{
    self as ast, Comprehension, ExceptHandler, Expr, ExprContext, InterpolatedStringElement,
    Number, Parameters, Pattern, Stmt,
};
use ruff_text_size::{Ranged, TextRange};

use crate::errors::{CErr, CResult};

pub(crate) const DEF_GLOBAL: u32 = 1;
pub(crate) const DEF_LOCAL: u32 = 2;
pub(crate) const DEF_PARAM: u32 = 4;
pub(crate) const DEF_NONLOCAL: u32 = 8;
pub(crate) const USE: u32 = 16;
pub(crate) const DEF_FREE_CLASS: u32 = 64;
pub(crate) const DEF_IMPORT: u32 = 128;
pub(crate) const DEF_ANNOT: u32 = 256;
pub(crate) const DEF_COMP_ITER: u32 = 512;
const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// Expressions nested deeper than this are rejected ("too many nested
/// expressions"): CPython fails with a RecursionError at about 3000 levels
/// and real programs stay far below; every recursive pass is bounded by it.
pub(crate) const MAX_EXPR_DEPTH: usize = 2000;

/// Where a name lives, once resolved.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Scope {
    /// Not resolved (not used in this scope): treated as a name lookup.
    Unknown,
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

/// What a comprehension builds.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

/// The kind of code unit a scope compiles to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum UnitKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension(CompKind),
}

impl UnitKind {
    /// CPython's `FunctionBlock`: everything but modules and class bodies.
    pub fn is_function_block(self) -> bool {
        !matches!(self, UnitKind::Module | UnitKind::Class)
    }
}

#[derive(Debug)]
pub(crate) struct Symbol {
    pub name: String,
    pub flags: u32,
    pub scope: Scope,
}

/// One scope (CPython's `PySTEntryObject`).
#[derive(Debug)]
pub(crate) struct ScopeInfo {
    pub kind: UnitKind,
    /// The block's name (CPython's `ste_name`; used by tests and debugging).
    #[cfg_attr(not(test), allow(dead_code))]
    pub name: String,
    pub symbols: Vec<Symbol>,
    index: HashMap<String, usize>,
    /// Parameter names in slot order.
    pub varnames: Vec<String>,
    pub children: Vec<usize>,
    /// First `global`/`nonlocal` statement naming each name (for error locations).
    directives: HashMap<String, TextRange>,
    pub nested: bool,
    pub is_generator: bool,
    /// An `async def`, or a comprehension that awaits (an async
    /// comprehension, one containing `await`, or one containing an
    /// async list/set/dict comprehension).
    pub is_coroutine: bool,
    pub varargs: bool,
    pub varkeywords: bool,
    pub has_free: bool,
    pub child_free: bool,
    pub needs_class_closure: bool,
    comp_iter_target: bool,
    comp_iter_expr: u32,
}

impl ScopeInfo {
    fn new(kind: UnitKind, name: String) -> ScopeInfo {
        ScopeInfo {
            kind,
            name,
            symbols: Vec::new(),
            index: HashMap::new(),
            varnames: Vec::new(),
            children: Vec::new(),
            directives: HashMap::new(),
            nested: false,
            is_generator: false,
            is_coroutine: false,
            varargs: false,
            varkeywords: false,
            has_free: false,
            child_free: false,
            needs_class_closure: false,
            comp_iter_target: false,
            comp_iter_expr: 0,
        }
    }

    /// The `DEF_*`/`USE` flags recorded for a (mangled) name.
    pub fn flags_of(&self, name: &str) -> u32 {
        self.index.get(name).map_or(0, |i| self.symbols[*i].flags)
    }

    pub fn scope_of(&self, name: &str) -> Scope {
        self.index
            .get(name)
            .map_or(Scope::Unknown, |i| self.symbols[*i].scope)
    }

    fn is_comprehension(&self) -> bool {
        matches!(self.kind, UnitKind::Comprehension(_))
    }

    /// Cell variables, sorted by name (plus the implicit `__class__` cell).
    pub fn cellvars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| s.scope == Scope::Cell)
            .map(|s| s.name.clone())
            .collect();
        if self.needs_class_closure {
            v.push("__class__".to_string());
        }
        v.sort();
        v
    }

    /// Free variables, sorted by name (class bodies include names that are
    /// both local and needed free by a method).
    pub fn freevars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| s.scope == Scope::Free || s.flags & DEF_FREE_CLASS != 0)
            .map(|s| s.name.clone())
            .collect();
        v.sort();
        v
    }
}

/// All scopes of one compilation unit, indexed by the AST node that opens them.
#[derive(Debug)]
pub(crate) struct SymbolTable {
    pub scopes: Vec<ScopeInfo>,
    by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    /// The scope opened by the node at `key` (see [`node_key`]).
    pub fn scope_for(&self, key: usize) -> Option<usize> {
        self.by_node.get(&key).copied()
    }
}

/// Identity of an AST node: its address (the tree is not moved between passes).
pub(crate) fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

/// CPython's `_Py_Mangle`: `__x` inside class `C` is `_C__x`.
pub(crate) fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(p) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = p.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// An error for a construct this compiler does not implement; `what`
/// completes "... not supported yet" (e.g. "'match' statement is").
pub(crate) fn unsupported(what: &str, range: TextRange) -> CErr {
    CErr::syntax(format!("{what} not supported yet"), range)
}

struct Builder {
    scopes: Vec<ScopeInfo>,
    by_node: HashMap<usize, usize>,
    stack: Vec<usize>,
    private: Option<String>,
    depth: usize,
    /// Under `from __future__ import annotations` annotations are never
    /// evaluated, so the names in them bind nothing and capture nothing.
    skip_annotations: bool,
}

/// Build the symbol table of a module (or of a single expression for `eval`).
pub(crate) fn build_module(body: &[Stmt], future_annotations: bool) -> CResult<SymbolTable> {
    let mut b = Builder::new();
    b.skip_annotations = future_annotations;
    for s in body {
        b.visit_stmt(s)?;
    }
    b.finish()
}

pub(crate) fn build_expression(e: &Expr) -> CResult<SymbolTable> {
    let mut b = Builder::new();
    b.visit_expr(e)?;
    b.finish()
}

impl Builder {
    fn new() -> Builder {
        Builder {
            scopes: vec![ScopeInfo::new(UnitKind::Module, "top".into())],
            by_node: HashMap::new(),
            stack: vec![0],
            private: None,
            depth: 0,
            skip_annotations: false,
        }
    }

    fn finish(mut self) -> CResult<SymbolTable> {
        let mut free = HashSet::new();
        let mut global = HashSet::new();
        self.analyze_block(0, None, &mut free, &mut global)?;
        Ok(SymbolTable {
            scopes: self.scopes,
            by_node: self.by_node,
        })
    }

    fn cur(&self) -> usize {
        *self.stack.last().unwrap_or(&0)
    }

    fn cur_scope(&mut self) -> &mut ScopeInfo {
        let c = self.cur();
        &mut self.scopes[c]
    }

    fn enter(&mut self, kind: UnitKind, name: &str, key: usize) {
        let parent = self.cur();
        let mut s = ScopeInfo::new(kind, name.to_string());
        s.nested = self.scopes[parent].nested || self.scopes[parent].kind.is_function_block();
        let id = self.scopes.len();
        self.scopes.push(s);
        self.scopes[parent].children.push(id);
        self.by_node.insert(key, id);
        self.stack.push(id);
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    fn lookup(&self, name: &str) -> u32 {
        let m = mangle(self.private.as_deref(), name);
        self.scopes[self.cur()].flags_of(&m)
    }

    fn add_def(&mut self, name: &str, flag: u32, range: TextRange) -> CResult<()> {
        let c = self.cur();
        self.add_def_in(c, name, flag, range)
    }

    fn add_def_in(&mut self, sid: usize, name: &str, flag: u32, range: TextRange) -> CResult<()> {
        let mangled = mangle(self.private.as_deref(), name);
        let ste = &mut self.scopes[sid];
        let mut val = flag;
        if let Some(i) = ste.index.get(&mangled) {
            let old = ste.symbols[*i].flags;
            if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
                return Err(CErr::syntax(
                    format!("duplicate argument '{name}' in function definition"),
                    range,
                ));
            }
            val |= old;
        }
        if ste.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(CErr::syntax(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{name}'"
                    ),
                    range,
                ));
            }
            val |= DEF_COMP_ITER;
        }
        match ste.index.get(&mangled) {
            Some(i) => ste.symbols[*i].flags = val,
            None => {
                ste.index.insert(mangled.clone(), ste.symbols.len());
                ste.symbols.push(Symbol {
                    name: mangled.clone(),
                    flags: val,
                    scope: Scope::Unknown,
                });
            }
        }
        if flag & DEF_PARAM != 0 {
            ste.varnames.push(mangled);
        } else if flag & DEF_GLOBAL != 0 && sid != 0 {
            // CPython records every `global` declaration in the module's own
            // table too, so module-level code then uses *_GLOBAL for the name.
            let top = &mut self.scopes[0];
            match top.index.get(&mangled) {
                Some(i) => top.symbols[*i].flags |= DEF_GLOBAL,
                None => {
                    top.index.insert(mangled.clone(), top.symbols.len());
                    top.symbols.push(Symbol {
                        name: mangled,
                        flags: DEF_GLOBAL,
                        scope: Scope::Unknown,
                    });
                }
            }
        }
        Ok(())
    }

    fn record_directive(&mut self, name: &str, range: TextRange) {
        let m = mangle(self.private.as_deref(), name);
        self.cur_scope().directives.entry(m).or_insert(range);
    }

    // ----- statements -----

    fn visit_body(&mut self, body: &[Stmt]) -> CResult<()> {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    fn visit_stmt(&mut self, s: &Stmt) -> CResult<()> {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.visit_stmt_inner(s))
    }

    fn visit_stmt_inner(&mut self, s: &Stmt) -> CResult<()> {
        match s {
            Stmt::FunctionDef(f) => {
                if let Some(tp) = &f.type_params {
                    return Err(unsupported("type parameter lists are", tp.range()));
                }
                self.check_forbidden(&f.name, f.name.range())?;
                self.add_def(&f.name, DEF_LOCAL, f.name.range())?;
                self.visit_param_defaults(&f.parameters)?;
                self.visit_param_annotations(&f.parameters)?;
                if let Some(r) = &f.returns {
                    self.visit_annotation(r)?;
                }
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                self.enter(UnitKind::Function, &f.name, node_key(f));
                self.cur_scope().is_coroutine = f.is_async;
                self.visit_params(&f.parameters)?;
                self.visit_body(&f.body)?;
                self.exit();
            }
            Stmt::ClassDef(c) => {
                if let Some(tp) = &c.type_params {
                    return Err(unsupported("type parameter lists are", tp.range()));
                }
                self.check_forbidden(&c.name, c.name.range())?;
                self.add_def(&c.name, DEF_LOCAL, c.name.range())?;
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.visit_expr(a)?;
                    }
                    for k in args.keywords.iter() {
                        self.visit_expr(&k.value)?;
                    }
                }
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                self.enter(UnitKind::Class, &c.name, node_key(c));
                let saved = self.private.replace(c.name.to_string());
                let r = self.visit_body(&c.body);
                self.private = saved;
                r?;
                self.exit();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.visit_expr(t)?;
                }
            }
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.visit_expr(t)?;
                }
                self.visit_expr(&a.value)?;
            }
            Stmt::AugAssign(a) => {
                self.visit_expr(&a.target)?;
                self.visit_expr(&a.value)?;
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let cur = self.lookup(&n.id);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur() != 0 && a.simple {
                        let msg = if cur & DEF_GLOBAL != 0 {
                            format!("annotated name '{}' can't be global", n.id)
                        } else {
                            format!("annotated name '{}' can't be nonlocal", n.id)
                        };
                        return Err(CErr::syntax(msg, n.range));
                    }
                    self.check_forbidden(&n.id, n.range)?;
                    if a.simple {
                        self.add_def(&n.id, DEF_ANNOT | DEF_LOCAL, n.range)?;
                    } else if a.value.is_some() {
                        self.add_def(&n.id, DEF_LOCAL, n.range)?;
                    }
                } else {
                    self.visit_expr(&a.target)?;
                }
                self.visit_annotation(&a.annotation)?;
                if let Some(v) = &a.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::For(f) => {
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.visit_body(&f.body)?;
                self.visit_body(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test)?;
                self.visit_body(&w.body)?;
                self.visit_body(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_body(&i.body)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.visit_expr(t)?;
                    }
                    self.visit_body(&c.body)?;
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_body(&w.body)?;
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject)?;
                for case in &m.cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_body(&case.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.visit_expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.visit_expr(c)?;
                }
            }
            Stmt::Try(t) => {
                if t.is_star {
                    return Err(unsupported("'except*' clauses are", s.range()));
                }
                self.visit_body(&t.body)?;
                self.visit_body(&t.orelse)?;
                for h in &t.handlers {
                    let ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty)?;
                    }
                    if let Some(name) = &h.name {
                        self.check_forbidden(name, name.range())?;
                        self.add_def(name, DEF_LOCAL, name.range())?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.visit_expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.visit_expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    self.visit_alias(a)?;
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    self.visit_alias(a)?;
                }
            }
            Stmt::Global(g) => {
                for name in &g.names {
                    let cur = self.lookup(name);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and global")
                        } else if cur & USE != 0 {
                            format!("name '{name}' is used prior to global declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be global")
                        } else {
                            format!("name '{name}' is assigned to before global declaration")
                        };
                        return Err(CErr::syntax(msg, g.range));
                    }
                    self.add_def(name, DEF_GLOBAL, g.range)?;
                    self.record_directive(name, g.range);
                }
            }
            Stmt::Nonlocal(n) => {
                for name in &n.names {
                    let cur = self.lookup(name);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and nonlocal")
                        } else if cur & USE != 0 {
                            format!("name '{name}' is used prior to nonlocal declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be nonlocal")
                        } else {
                            format!("name '{name}' is assigned to before nonlocal declaration")
                        };
                        return Err(CErr::syntax(msg, n.range));
                    }
                    self.add_def(name, DEF_NONLOCAL, n.range)?;
                    self.record_directive(name, n.range);
                }
            }
            Stmt::Expr(e) => self.visit_expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::TypeAlias(t) => return Err(unsupported("'type' statements are", t.range)),
            Stmt::IpyEscapeCommand(c) => return Err(CErr::syntax("invalid syntax", c.range)),
        }
        Ok(())
    }

    fn visit_alias(&mut self, a: &ast::Alias) -> CResult<()> {
        let name: &str = a.asname.as_ref().map_or(&a.name, |n| n);
        if name == "*" {
            if self.scopes[self.cur()].kind != UnitKind::Module {
                return Err(CErr::syntax(
                    "import * only allowed at module level",
                    a.range,
                ));
            }
            return Ok(());
        }
        let store = name.split('.').next().unwrap_or(name);
        self.check_forbidden(store, a.range)?;
        self.add_def(store, DEF_IMPORT, a.range)
    }

    /// `__debug__` cannot be bound.
    /// Patterns bind their capture names; their values, keys and classes are expressions.
    fn visit_pattern(&mut self, p: &Pattern) -> CResult<()> {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || match p {
            Pattern::MatchValue(v) => self.visit_expr(&v.value),
            Pattern::MatchSingleton(_) => Ok(()),
            Pattern::MatchSequence(s) => s.patterns.iter().try_for_each(|p| self.visit_pattern(p)),
            Pattern::MatchMapping(m) => {
                for k in m.keys.iter() {
                    self.visit_expr(k)?;
                }
                for p in m.patterns.iter() {
                    self.visit_pattern(p)?;
                }
                match &m.rest {
                    Some(r) => self.add_def(r, DEF_LOCAL, r.range()),
                    None => Ok(()),
                }
            }
            Pattern::MatchClass(c) => {
                self.visit_expr(&c.cls)?;
                for p in c.arguments.patterns.iter() {
                    self.visit_pattern(p)?;
                }
                for k in &c.arguments.keywords {
                    self.visit_pattern(&k.pattern)?;
                }
                Ok(())
            }
            Pattern::MatchStar(s) => match &s.name {
                Some(n) => self.add_def(n, DEF_LOCAL, n.range()),
                None => Ok(()),
            },
            Pattern::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.visit_pattern(p)?;
                }
                match &a.name {
                    Some(n) => self.add_def(n, DEF_LOCAL, n.range()),
                    None => Ok(()),
                }
            }
            Pattern::MatchOr(o) => o.patterns.iter().try_for_each(|p| self.visit_pattern(p)),
        })
    }

    fn check_forbidden(&self, name: &str, range: TextRange) -> CResult<()> {
        if name == "__debug__" {
            return Err(CErr::syntax("cannot assign to __debug__", range));
        }
        Ok(())
    }

    fn visit_param_defaults(&mut self, p: &Parameters) -> CResult<()> {
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            if let Some(d) = &a.default {
                self.visit_expr(d)?;
            }
        }
        for a in p.kwonlyargs.iter() {
            if let Some(d) = &a.default {
                self.visit_expr(d)?;
            }
        }
        Ok(())
    }

    fn visit_annotation(&mut self, e: &Expr) -> CResult<()> {
        if self.skip_annotations {
            return Ok(());
        }
        self.visit_expr(e)
    }

    fn visit_param_annotations(&mut self, p: &Parameters) -> CResult<()> {
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            if let Some(an) = &a.parameter.annotation {
                self.visit_annotation(an)?;
            }
        }
        if let Some(v) = &p.vararg
            && let Some(an) = &v.annotation
        {
            self.visit_annotation(an)?;
        }
        for a in p.kwonlyargs.iter() {
            if let Some(an) = &a.parameter.annotation {
                self.visit_annotation(an)?;
            }
        }
        if let Some(v) = &p.kwarg
            && let Some(an) = &v.annotation
        {
            self.visit_annotation(an)?;
        }
        Ok(())
    }

    fn visit_params(&mut self, p: &Parameters) -> CResult<()> {
        for a in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
        {
            self.check_forbidden(&a.parameter.name, a.parameter.range)?;
            self.add_def(&a.parameter.name, DEF_PARAM, a.parameter.range)?;
        }
        if let Some(v) = &p.vararg {
            self.check_forbidden(&v.name, v.range)?;
            self.add_def(&v.name, DEF_PARAM, v.range)?;
            self.cur_scope().varargs = true;
        }
        if let Some(v) = &p.kwarg {
            self.check_forbidden(&v.name, v.range)?;
            self.add_def(&v.name, DEF_PARAM, v.range)?;
            self.cur_scope().varkeywords = true;
        }
        Ok(())
    }

    // ----- expressions -----

    pub(crate) fn visit_expr(&mut self, e: &Expr) -> CResult<()> {
        self.depth += 1;
        if self.depth > MAX_EXPR_DEPTH {
            self.depth -= 1;
            return Err(CErr::syntax("too many nested expressions", e.range()));
        }
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.visit_expr_inner(e));
        self.depth -= 1;
        r
    }

    fn visit_expr_inner(&mut self, e: &Expr) -> CResult<()> {
        match e {
            Expr::BoolOp(b) => {
                for v in &b.values {
                    self.visit_expr(v)?;
                }
            }
            Expr::Named(n) => {
                if self.scopes[self.cur()].comp_iter_expr > 0 {
                    return Err(CErr::syntax(
                        "assignment expression cannot be used in a comprehension iterable expression",
                        n.range,
                    ));
                }
                if self.scopes[self.cur()].is_comprehension() {
                    self.extend_namedexpr_scope(&n.target)?;
                }
                self.visit_expr(&n.value)?;
                self.visit_expr(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.visit_expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_param_defaults(p)?;
                }
                self.enter(UnitKind::Lambda, "lambda", node_key(l));
                if let Some(p) = &l.parameters {
                    self.visit_params(p)?;
                }
                self.visit_expr(&l.body)?;
                self.exit();
            }
            Expr::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_expr(&i.body)?;
                self.visit_expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(&item.value)?;
                }
            }
            Expr::Set(s) => {
                for v in &s.elts {
                    self.visit_expr(v)?;
                }
            }
            Expr::ListComp(c) => {
                self.visit_comprehension(CompKind::List, node_key(c), &c.generators, &c.elt, None)?
            }
            Expr::SetComp(c) => {
                self.visit_comprehension(CompKind::Set, node_key(c), &c.generators, &c.elt, None)?
            }
            Expr::DictComp(c) => match &c.key {
                Some(k) => self.visit_comprehension(
                    CompKind::Dict,
                    node_key(c),
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
            Expr::Generator(g) => self.visit_comprehension(
                CompKind::Generator,
                node_key(g),
                &g.generators,
                &g.elt,
                None,
            )?,
            Expr::Await(a) => {
                self.visit_expr(&a.value)?;
                // A comprehension that awaits is a coroutine; whether an
                // `await` is allowed where it is, the code generator decides.
                if self.cur_scope().is_comprehension() {
                    self.cur_scope().is_coroutine = true;
                }
            }
            Expr::Yield(y) => {
                if let Some(v) = &y.value {
                    self.visit_expr(v)?;
                }
                self.note_yield(y.range)?;
            }
            Expr::YieldFrom(y) => {
                self.visit_expr(&y.value)?;
                self.note_yield(y.range)?;
            }
            Expr::Compare(c) => {
                self.visit_expr(&c.left)?;
                for v in c.comparators.iter() {
                    self.visit_expr(v)?;
                }
            }
            Expr::Call(c) => {
                self.visit_expr(&c.func)?;
                for a in c.arguments.args.iter() {
                    self.visit_expr(a)?;
                }
                for k in c.arguments.keywords.iter() {
                    self.visit_expr(&k.value)?;
                }
            }
            Expr::FString(f) => {
                for el in f.value.elements() {
                    self.visit_fstring_element(el)?;
                }
            }
            Expr::TString(t) => return Err(unsupported("template strings are", t.range)),
            Expr::NumberLiteral(n) => {
                if let Number::Complex { .. } = n.value {
                    return Err(unsupported("complex literals are", n.range));
                }
            }
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {}
            Expr::Attribute(a) => self.visit_expr(&a.value)?,
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
            }
            Expr::Starred(s) => self.visit_expr(&s.value)?,
            Expr::Name(n) => {
                let flag = if n.ctx == ExprContext::Load {
                    USE
                } else {
                    DEF_LOCAL
                };
                if n.ctx != ExprContext::Load && n.id.as_str() == "__debug__" {
                    let msg = if n.ctx == ExprContext::Del {
                        "cannot delete __debug__"
                    } else {
                        "cannot assign to __debug__"
                    };
                    return Err(CErr::syntax(msg, n.range));
                }
                self.add_def(&n.id, flag, n.range)?;
                if n.ctx == ExprContext::Load
                    && self.scopes[self.cur()].kind.is_function_block()
                    && n.id.as_str() == "super"
                {
                    self.add_def("__class__", USE, n.range)?;
                }
            }
            Expr::List(l) => {
                for v in &l.elts {
                    self.visit_expr(v)?;
                }
            }
            Expr::Tuple(t) => {
                for v in &t.elts {
                    self.visit_expr(v)?;
                }
            }
            Expr::Slice(s) => {
                for v in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.visit_expr(v)?;
                }
            }
            Expr::IpyEscapeCommand(c) => return Err(CErr::syntax("invalid syntax", c.range)),
        }
        Ok(())
    }

    fn visit_fstring_element(&mut self, el: &InterpolatedStringElement) -> CResult<()> {
        if let InterpolatedStringElement::Interpolation(i) = el {
            self.visit_expr(&i.expression)?;
            if let Some(spec) = &i.format_spec {
                for el in spec.elements.iter() {
                    self.visit_fstring_element(el)?;
                }
            }
        }
        Ok(())
    }

    fn note_yield(&mut self, range: TextRange) -> CResult<()> {
        let s = self.cur_scope();
        s.is_generator = true;
        if let UnitKind::Comprehension(k) = s.kind {
            let what = match k {
                CompKind::List => "list comprehension",
                CompKind::Set => "set comprehension",
                CompKind::Dict => "dict comprehension",
                CompKind::Generator => "generator expression",
            };
            return Err(CErr::syntax(format!("'yield' inside {what}"), range));
        }
        Ok(())
    }

    fn visit_comprehension(
        &mut self,
        kind: CompKind,
        key: usize,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> CResult<()> {
        let Some(outer) = generators.first() else {
            return Err(CErr::syntax("invalid syntax", elt.range()));
        };
        self.cur_scope().comp_iter_expr += 1;
        let r = self.visit_expr(&outer.iter);
        self.cur_scope().comp_iter_expr -= 1;
        r?;
        let name = match kind {
            CompKind::List => "listcomp",
            CompKind::Set => "setcomp",
            CompKind::Dict => "dictcomp",
            CompKind::Generator => "genexpr",
        };
        self.enter(UnitKind::Comprehension(kind), name, key);
        if generators.iter().any(|g| g.is_async) {
            self.cur_scope().is_coroutine = true;
        }
        let range = outer.range;
        self.add_def(".0", DEF_PARAM, range)?;
        self.cur_scope().comp_iter_target = true;
        let r = self.visit_expr(&outer.target);
        self.cur_scope().comp_iter_target = false;
        r?;
        for cond in &outer.ifs {
            self.visit_expr(cond)?;
        }
        for g in &generators[1..] {
            self.cur_scope().comp_iter_target = true;
            let r = self.visit_expr(&g.target);
            self.cur_scope().comp_iter_target = false;
            r?;
            self.cur_scope().comp_iter_expr += 1;
            let r = self.visit_expr(&g.iter);
            self.cur_scope().comp_iter_expr -= 1;
            r?;
            for cond in &g.ifs {
                self.visit_expr(cond)?;
            }
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        if kind == CompKind::Generator {
            self.cur_scope().is_generator = true;
        }
        let awaits = self.cur_scope().is_coroutine;
        self.exit();
        // An async list/set/dict comprehension is awaited where it is built.
        if awaits && kind != CompKind::Generator && self.cur_scope().is_comprehension() {
            self.cur_scope().is_coroutine = true;
        }
        Ok(())
    }

    /// A walrus inside a comprehension binds in the nearest enclosing
    /// function (or module) scope (CPython's `symtable_extend_namedexpr_scope`).
    fn extend_namedexpr_scope(&mut self, target: &Expr) -> CResult<()> {
        let Expr::Name(n) = target else { return Ok(()) };
        let name = n.id.as_str();
        for i in (0..self.stack.len()).rev() {
            let sid = self.stack[i];
            let kind = self.scopes[sid].kind;
            if self.scopes[sid].is_comprehension() {
                let m = mangle(self.private.as_deref(), name);
                if self.scopes[sid].flags_of(&m) & DEF_COMP_ITER != 0 {
                    return Err(CErr::syntax(
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{name}'"
                        ),
                        n.range,
                    ));
                }
                continue;
            }
            match kind {
                UnitKind::Function | UnitKind::Lambda => {
                    let m = mangle(self.private.as_deref(), name);
                    if self.scopes[sid].flags_of(&m) & DEF_GLOBAL != 0 {
                        self.add_def(name, DEF_GLOBAL, n.range)?;
                    } else {
                        self.add_def(name, DEF_NONLOCAL, n.range)?;
                    }
                    self.record_directive(name, n.range);
                    return self.add_def_in(sid, name, DEF_LOCAL, n.range);
                }
                UnitKind::Module => {
                    self.add_def(name, DEF_GLOBAL, n.range)?;
                    self.record_directive(name, n.range);
                    return self.add_def_in(sid, name, DEF_GLOBAL, n.range);
                }
                UnitKind::Class => {
                    return Err(CErr::syntax(
                        "assignment expression within a comprehension cannot be used in a class body",
                        n.range,
                    ));
                }
                UnitKind::Comprehension(_) => {}
            }
        }
        Ok(())
    }

    // ----- analysis -----

    fn directive_error(&self, sid: usize, name: &str, msg: String) -> CErr {
        let range = self.scopes[sid]
            .directives
            .get(name)
            .copied()
            .unwrap_or_default();
        CErr::syntax(msg, range)
    }

    #[allow(clippy::too_many_arguments)]
    fn analyze_name(
        &mut self,
        sid: usize,
        scopes: &mut [Scope],
        idx: usize,
        bound: &mut Option<&mut HashSet<String>>,
        local: &mut HashSet<String>,
        free: &mut HashSet<String>,
        global: &mut HashSet<String>,
    ) -> CResult<()> {
        let name = self.scopes[sid].symbols[idx].name.clone();
        let flags = self.scopes[sid].symbols[idx].flags;
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return Err(self.directive_error(
                    sid,
                    &name,
                    format!("name '{name}' is nonlocal and global"),
                ));
            }
            scopes[idx] = Scope::GlobalExplicit;
            global.insert(name.clone());
            if let Some(b) = bound {
                b.remove(&name);
            }
            return Ok(());
        }
        if flags & DEF_NONLOCAL != 0 {
            match bound {
                None => {
                    return Err(self.directive_error(
                        sid,
                        &name,
                        "nonlocal declaration not allowed at module level".into(),
                    ));
                }
                Some(b) if !b.contains(&name) => {
                    return Err(self.directive_error(
                        sid,
                        &name,
                        format!("no binding for nonlocal '{name}' found"),
                    ));
                }
                _ => {}
            }
            scopes[idx] = Scope::Free;
            self.scopes[sid].has_free = true;
            free.insert(name);
            return Ok(());
        }
        if flags & DEF_BOUND != 0 {
            scopes[idx] = Scope::Local;
            global.remove(&name);
            local.insert(name);
            return Ok(());
        }
        if bound.as_ref().is_some_and(|b| b.contains(&name)) {
            scopes[idx] = Scope::Free;
            self.scopes[sid].has_free = true;
            free.insert(name);
            return Ok(());
        }
        if global.contains(&name) {
            scopes[idx] = Scope::GlobalImplicit;
            return Ok(());
        }
        if self.scopes[sid].nested {
            self.scopes[sid].has_free = true;
        }
        scopes[idx] = Scope::GlobalImplicit;
        Ok(())
    }

    fn analyze_block(
        &mut self,
        sid: usize,
        mut bound: Option<&mut HashSet<String>>,
        free: &mut HashSet<String>,
        global: &mut HashSet<String>,
    ) -> CResult<()> {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
            self.analyze_block_inner(sid, &mut bound, free, global)
        })
    }

    fn analyze_block_inner(
        &mut self,
        sid: usize,
        bound: &mut Option<&mut HashSet<String>>,
        free: &mut HashSet<String>,
        global: &mut HashSet<String>,
    ) -> CResult<()> {
        let kind = self.scopes[sid].kind;
        let is_class = kind == UnitKind::Class;
        let is_func = kind.is_function_block();
        let mut local = HashSet::new();
        let nsyms = self.scopes[sid].symbols.len();
        let mut scopes = vec![Scope::Unknown; nsyms];
        let mut newglobal = HashSet::new();
        let mut newfree = HashSet::new();
        let mut newbound = HashSet::new();
        if is_class {
            newglobal.extend(global.iter().cloned());
            if let Some(b) = bound.as_ref() {
                newbound.extend(b.iter().cloned());
            }
        }
        for idx in 0..nsyms {
            self.analyze_name(sid, &mut scopes, idx, bound, &mut local, free, global)?;
        }
        if !is_class {
            if is_func {
                newbound.extend(local.iter().cloned());
            }
            if let Some(b) = bound.as_ref() {
                newbound.extend(b.iter().cloned());
            }
            newglobal.extend(global.iter().cloned());
        } else {
            newbound.insert("__class__".to_string());
        }
        let mut allfree = HashSet::new();
        let children = self.scopes[sid].children.clone();
        for child in children {
            let mut temp_bound = newbound.clone();
            let mut temp_free = newfree.clone();
            let mut temp_global = newglobal.clone();
            self.analyze_block(
                child,
                Some(&mut temp_bound),
                &mut temp_free,
                &mut temp_global,
            )?;
            allfree.extend(temp_free);
            if self.scopes[child].has_free || self.scopes[child].child_free {
                self.scopes[sid].child_free = true;
            }
        }
        newfree.extend(allfree);
        if is_func {
            for (idx, sc) in scopes.iter_mut().enumerate() {
                if *sc == Scope::Local && newfree.remove(&self.scopes[sid].symbols[idx].name) {
                    *sc = Scope::Cell;
                }
            }
        } else if is_class && newfree.remove("__class__") {
            self.scopes[sid].needs_class_closure = true;
        }
        // update_symbols
        let ste = &mut self.scopes[sid];
        for (idx, sc) in scopes.into_iter().enumerate() {
            ste.symbols[idx].scope = sc;
        }
        let mut names: Vec<&String> = newfree.iter().collect();
        names.sort();
        for name in names {
            if let Some(i) = ste.index.get(name) {
                let sym = &mut ste.symbols[*i];
                if is_class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    sym.flags |= DEF_FREE_CLASS;
                }
                continue;
            }
            match bound.as_ref() {
                Some(b) if b.contains(name) => {}
                _ => continue,
            }
            ste.index.insert(name.clone(), ste.symbols.len());
            ste.symbols.push(Symbol {
                name: name.clone(),
                flags: 0,
                scope: Scope::Free,
            });
        }
        free.extend(newfree);
        Ok(())
    }
}
