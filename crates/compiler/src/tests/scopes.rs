//! Symbol-table decisions: the scope of each name, cells and frees.

use ruff_python_ast::PythonVersion;
use ruff_python_parser::{Mode, ParseOptions, parse_unchecked};

use crate::symtable::{Scope, SymbolTable, build_module};

fn table(src: &str) -> SymbolTable {
    let parsed = parse_unchecked(
        src,
        ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY311),
    );
    assert!(parsed.errors().is_empty(), "{:?}", parsed.errors());
    let m = parsed.into_syntax().expect_module();
    build_module(&m.body, false).unwrap_or_else(|e| panic!("symtable error {e:?}"))
}

/// The scope id reached by following child scopes with these names.
fn scope_id(st: &SymbolTable, path: &[&str]) -> usize {
    let mut id = 0;
    for name in path {
        id = *st.scopes[id]
            .children
            .iter()
            .find(|c| st.scopes[**c].name == *name)
            .unwrap_or_else(|| panic!("no child scope {name}"));
    }
    id
}

fn scope(st: &SymbolTable, path: &[&str], name: &str) -> Scope {
    st.scopes[scope_id(st, path)].scope_of(name)
}

use Scope::*;

#[test]
fn locals_globals_and_builtins() {
    let st = table("x = 1\ndef f(a):\n  b = a + x + len\n  global g\n  g = 2\n");
    assert_eq!(scope(&st, &[], "x"), Local);
    assert_eq!(scope(&st, &[], "f"), Local);
    assert_eq!(scope(&st, &["f"], "a"), Local);
    assert_eq!(scope(&st, &["f"], "b"), Local);
    assert_eq!(scope(&st, &["f"], "x"), GlobalImplicit);
    assert_eq!(scope(&st, &["f"], "len"), GlobalImplicit);
    assert_eq!(scope(&st, &["f"], "g"), GlobalExplicit);
}

#[test]
fn cells_and_frees() {
    let st = table("def f(a):\n  b = 1\n  def g():\n    return a + b + c\n  return g\n");
    assert_eq!(scope(&st, &["f"], "a"), Cell);
    assert_eq!(scope(&st, &["f"], "b"), Cell);
    assert_eq!(scope(&st, &["f", "g"], "a"), Free);
    assert_eq!(scope(&st, &["f", "g"], "b"), Free);
    assert_eq!(scope(&st, &["f", "g"], "c"), GlobalImplicit);
    assert_eq!(st.scopes[scope_id(&st, &["f"])].cellvars(), ["a", "b"]);
    assert_eq!(st.scopes[scope_id(&st, &["f", "g"])].freevars(), ["a", "b"]);
    // A free variable passes through an intermediate function.
    let st = table("def f():\n  x = 1\n  def g():\n    def h():\n      return x\n");
    assert_eq!(scope(&st, &["f"], "x"), Cell);
    assert_eq!(scope(&st, &["f", "g"], "x"), Free);
    assert_eq!(scope(&st, &["f", "g", "h"], "x"), Free);
}

#[test]
fn nonlocal_and_global() {
    let st = table(
        "def f():\n  x = 1\n  def g():\n    nonlocal x\n    x = 2\n    global y\n    y = x\n",
    );
    assert_eq!(scope(&st, &["f"], "x"), Cell);
    assert_eq!(scope(&st, &["f", "g"], "x"), Free);
    assert_eq!(scope(&st, &["f", "g"], "y"), GlobalExplicit);
    // A global declaration in an enclosing function makes inner uses global.
    let st = table("def f():\n  global x\n  def g():\n    return x\n");
    assert_eq!(scope(&st, &["f", "g"], "x"), GlobalImplicit);
}

#[test]
fn class_scopes() {
    // Class-level names are not visible in methods.
    let st = table("class C:\n  x = 1\n  def m(self):\n    return x\n");
    assert_eq!(scope(&st, &["C"], "x"), Local);
    assert_eq!(scope(&st, &["C", "m"], "x"), GlobalImplicit);
    // super() and __class__ create the implicit cell.
    let st = table(
        "class C:\n  def m(self):\n    return super().m()\n  def n(self):\n    return __class__\n",
    );
    assert!(st.scopes[scope_id(&st, &["C"])].needs_class_closure);
    assert_eq!(scope(&st, &["C", "m"], "__class__"), Free);
    assert_eq!(scope(&st, &["C", "n"], "__class__"), Free);
    let st = table("class C:\n  def m(self):\n    return 1\n");
    assert!(!st.scopes[scope_id(&st, &["C"])].needs_class_closure);
    // A class body reading an enclosing function's local sees it as free.
    let st = table("def f():\n  x = 1\n  class C:\n    y = x\n    def m(self):\n      return x\n");
    assert_eq!(scope(&st, &["f"], "x"), Cell);
    assert_eq!(scope(&st, &["f", "C"], "x"), Free);
    // ... and a name both bound in the class and needed free by a method is both.
    let st = table("def f():\n  x = 1\n  class C:\n    x = 2\n    def m(self):\n      return x\n");
    let c = &st.scopes[scope_id(&st, &["f", "C"])];
    assert_eq!(c.scope_of("x"), Local);
    assert_eq!(c.freevars(), ["x"]);
    // Private names are mangled.
    let st = table("class C:\n  __x = 1\n  def m(self):\n    __y = 2\n");
    assert_eq!(scope(&st, &["C"], "_C__x"), Local);
    assert_eq!(scope(&st, &["C", "m"], "_C__y"), Local);
}

#[test]
fn comprehension_scopes() {
    let st = table("def f(n):\n  return [i * n for i in range(n)]\n");
    assert_eq!(scope(&st, &["f"], "n"), Cell);
    assert_eq!(scope(&st, &["f", "listcomp"], "i"), Local);
    assert_eq!(scope(&st, &["f", "listcomp"], ".0"), Local);
    assert_eq!(scope(&st, &["f", "listcomp"], "n"), Free);
    assert_eq!(scope(&st, &["f"], "range"), GlobalImplicit);
    assert_eq!(scope(&st, &["f", "listcomp"], "range"), Scope::Unknown);
    // The outermost iterable is evaluated in the enclosing scope.
    let st = table("def f():\n  return [x for x in y]\n");
    assert_eq!(scope(&st, &["f"], "y"), GlobalImplicit);
    assert_eq!(scope(&st, &["f", "listcomp"], "y"), Scope::Unknown);
    // Walrus binds in the enclosing function.
    let st = table("def f(xs):\n  if any((w := x) for x in xs):\n    return w\n");
    assert_eq!(scope(&st, &["f"], "w"), Cell);
    assert_eq!(scope(&st, &["f", "genexpr"], "w"), Free);
    let st = table("[w := x for x in xs]\n");
    assert_eq!(scope(&st, &[], "w"), GlobalExplicit);
    assert_eq!(scope(&st, &["listcomp"], "w"), GlobalExplicit);
    // Class-body comprehensions do not see class names.
    let st = table("class C:\n  a = 1\n  b = [a for _ in range(3)]\n");
    assert_eq!(scope(&st, &["C", "listcomp"], "a"), GlobalImplicit);
    assert_eq!(scope(&st, &["C"], "range"), GlobalImplicit);
}

#[test]
fn lambdas_and_generators() {
    let st = table("def f(a):\n  return lambda b: a + b\n");
    assert_eq!(scope(&st, &["f"], "a"), Cell);
    assert_eq!(scope(&st, &["f", "lambda"], "a"), Free);
    assert_eq!(scope(&st, &["f", "lambda"], "b"), Local);
    let st = table("def g():\n  yield 1\ndef h():\n  return (x for x in y)\n");
    assert!(st.scopes[scope_id(&st, &["g"])].is_generator);
    assert!(!st.scopes[scope_id(&st, &["h"])].is_generator);
    assert!(st.scopes[scope_id(&st, &["h", "genexpr"])].is_generator);
}

#[test]
fn imports_and_handlers_bind() {
    let st = table(
        "def f():\n  import a.b\n  from c import d as e\n  try:\n    pass\n  except E as err:\n    pass\n",
    );
    assert_eq!(scope(&st, &["f"], "a"), Local);
    assert_eq!(scope(&st, &["f"], "e"), Local);
    assert_eq!(scope(&st, &["f"], "err"), Local);
    assert_eq!(scope(&st, &["f"], "E"), GlobalImplicit);
}
