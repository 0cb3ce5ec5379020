//! Compile errors: kind, CPython's message, line and column.

use stitch_bytecode::{CompileErrorKind, Mode};

use super::error;
use CompileErrorKind::*;

/// (source, kind, message, line, 1-based column), checked against CPython 3.11.
const CASES: &[(&str, CompileErrorKind, &str, u32, u32)] = &[
    // Indentation.
    (
        "if x:\npass\n",
        IndentationError,
        "expected an indented block after 'if' statement on line 1",
        2,
        1,
    ),
    (
        "if x:\n  y\nelif z:\nw\n",
        IndentationError,
        "expected an indented block after 'elif' statement on line 3",
        4,
        1,
    ),
    (
        "def f():\nx\n",
        IndentationError,
        "expected an indented block after function definition on line 1",
        2,
        1,
    ),
    (
        "class C:\nx\n",
        IndentationError,
        "expected an indented block after class definition on line 1",
        2,
        1,
    ),
    (
        "try:\n  x\nexcept:\ny\n",
        IndentationError,
        "expected an indented block after 'except' statement on line 3",
        4,
        1,
    ),
    (
        "if (a and\n  b):\nx\n",
        IndentationError,
        "expected an indented block after 'if' statement on line 1",
        3,
        1,
    ),
    (" x=1\n", IndentationError, "unexpected indent", 1, 1),
    ("\n\n  x\n", IndentationError, "unexpected indent", 3, 2),
    (
        "if x:\n    a\n  b\n",
        IndentationError,
        "unindent does not match any outer indentation level",
        3,
        4,
    ),
    (
        "if x:\n\tif y:\n        a\n",
        TabError,
        "inconsistent use of tabs and spaces in indentation",
        3,
        1,
    ),
    // Tokenizer.
    ("(1, 2\n", SyntaxError, "'(' was never closed", 1, 1),
    (
        "x = [1, 2\ny = 3\n",
        SyntaxError,
        "'[' was never closed",
        1,
        5,
    ),
    ("x = )\n", SyntaxError, "unmatched ')'", 1, 5),
    (
        "x = (1]\n",
        SyntaxError,
        "closing parenthesis ']' does not match opening parenthesis '('",
        1,
        7,
    ),
    (
        "'abc\n",
        SyntaxError,
        "unterminated string literal (detected at line 1)",
        1,
        1,
    ),
    (
        "x = '''abc\n\n",
        SyntaxError,
        "unterminated triple-quoted string literal (detected at line 2)",
        1,
        5,
    ),
    (
        "x = 0777\n",
        SyntaxError,
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        1,
        5,
    ),
    (
        "x = €\n",
        SyntaxError,
        "invalid character '€' (U+20AC)",
        1,
        5,
    ),
    (
        "x = \u{1}\n",
        SyntaxError,
        "invalid non-printable character U+0001",
        1,
        5,
    ),
    ("a b\n", SyntaxError, "invalid syntax", 1, 3),
    ("def f(:\n", SyntaxError, "invalid syntax", 1, 7),
    // Invalid targets.
    (
        "f() = 1\n",
        SyntaxError,
        "cannot assign to function call here. Maybe you meant '==' instead of '='?",
        1,
        1,
    ),
    (
        "1 = x\n",
        SyntaxError,
        "cannot assign to literal here. Maybe you meant '==' instead of '='?",
        1,
        1,
    ),
    (
        "(a, f()) = 1\n",
        SyntaxError,
        "cannot assign to function call",
        1,
        5,
    ),
    (
        "for f() in x: pass\n",
        SyntaxError,
        "cannot assign to function call",
        1,
        5,
    ),
    ("None = 1\n", SyntaxError, "cannot assign to None", 1, 1),
    (
        "del f()\n",
        SyntaxError,
        "cannot delete function call",
        1,
        5,
    ),
    (
        "f() += 1\n",
        SyntaxError,
        "'function call' is an illegal expression for augmented assignment",
        1,
        1,
    ),
    (
        "(f() := 1)\n",
        SyntaxError,
        "cannot use assignment expressions with function call",
        1,
        2,
    ),
    (
        "a, *b, *c = d\n",
        SyntaxError,
        "multiple starred expressions in assignment",
        1,
        1,
    ),
    (
        "*a = b\n",
        SyntaxError,
        "starred assignment target must be in a list or tuple",
        1,
        1,
    ),
    (
        "x = *a\n",
        SyntaxError,
        "can't use starred expression here",
        1,
        5,
    ),
    (
        "[a, b]: int\n",
        SyntaxError,
        "only single target (not list) can be annotated",
        1,
        1,
    ),
    (
        "__debug__ = 1\n",
        SyntaxError,
        "cannot assign to __debug__",
        1,
        1,
    ),
    // Arguments.
    (
        "f(a=1, a=2)\n",
        SyntaxError,
        "keyword argument repeated: a",
        1,
        8,
    ),
    (
        "f(a=1, b)\n",
        SyntaxError,
        "positional argument follows keyword argument",
        1,
        8,
    ),
    (
        "def f(a=1, b): pass\n",
        SyntaxError,
        "non-default argument follows default argument",
        1,
        12,
    ),
    (
        "def f(a, a): pass\n",
        SyntaxError,
        "duplicate argument 'a' in function definition",
        1,
        10,
    ),
    (
        "lambda a, a: 1\n",
        SyntaxError,
        "duplicate argument 'a' in function definition",
        1,
        11,
    ),
    (
        "f(x for x in y, 1)\n",
        SyntaxError,
        "Generator expression must be parenthesized",
        1,
        3,
    ),
    // Compiler.
    ("return 1\n", SyntaxError, "'return' outside function", 1, 1),
    (
        "class C:\n  return 1\n",
        SyntaxError,
        "'return' outside function",
        2,
        3,
    ),
    ("yield 1\n", SyntaxError, "'yield' outside function", 1, 1),
    (
        "def f():\n  class C:\n    yield 1\n",
        SyntaxError,
        "'yield' outside function",
        3,
        5,
    ),
    ("break\n", SyntaxError, "'break' outside loop", 1, 1),
    (
        "continue\n",
        SyntaxError,
        "'continue' not properly in loop",
        1,
        1,
    ),
    (
        "for x in y:\n  def f():\n    break\n",
        SyntaxError,
        "'break' outside loop",
        3,
        5,
    ),
    (
        "try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass\n",
        SyntaxError,
        "default 'except:' must be last",
        3,
        1,
    ),
    (
        "[ (yield x) for x in y]\n",
        SyntaxError,
        "'yield' inside list comprehension",
        1,
        4,
    ),
    (
        "def f():\n  x = ((yield) for y in z)\n",
        SyntaxError,
        "'yield' inside generator expression",
        2,
        9,
    ),
    // Scoping.
    (
        "nonlocal x\n",
        SyntaxError,
        "nonlocal declaration not allowed at module level",
        1,
        1,
    ),
    (
        "def f():\n  nonlocal x\n",
        SyntaxError,
        "no binding for nonlocal 'x' found",
        2,
        3,
    ),
    (
        "class C:\n  nonlocal x\n",
        SyntaxError,
        "no binding for nonlocal 'x' found",
        2,
        3,
    ),
    (
        "def f(a):\n  global a\n",
        SyntaxError,
        "name 'a' is parameter and global",
        2,
        3,
    ),
    (
        "def f(a):\n  nonlocal a\n",
        SyntaxError,
        "name 'a' is parameter and nonlocal",
        2,
        3,
    ),
    (
        "def f():\n  x = 1\n  global x\n",
        SyntaxError,
        "name 'x' is assigned to before global declaration",
        3,
        3,
    ),
    (
        "def f():\n  print(x)\n  global x\n",
        SyntaxError,
        "name 'x' is used prior to global declaration",
        3,
        3,
    ),
    (
        "def f():\n  global x\n  nonlocal x\n",
        SyntaxError,
        "name 'x' is nonlocal and global",
        2,
        3,
    ),
    (
        "def f():\n  x: int\n  global x\n",
        SyntaxError,
        "annotated name 'x' can't be global",
        3,
        3,
    ),
    (
        "def f():\n  from x import *\n",
        SyntaxError,
        "import * only allowed at module level",
        2,
        17,
    ),
    (
        "def f():\n  [i := 0 for i in range(5)]\n",
        SyntaxError,
        "assignment expression cannot rebind comprehension iteration variable 'i'",
        2,
        4,
    ),
    (
        "[x for x in (y := [1])]\n",
        SyntaxError,
        "assignment expression cannot be used in a comprehension iterable expression",
        1,
        14,
    ),
    (
        "class C:\n  [y := 1 for x in z]\n",
        SyntaxError,
        "assignment expression within a comprehension cannot be used in a class body",
        2,
        4,
    ),
    // Future imports.
    (
        "from __future__ import braces\n",
        SyntaxError,
        "not a chance",
        1,
        1,
    ),
    (
        "from __future__ import nope\n",
        SyntaxError,
        "future feature nope is not defined",
        1,
        1,
    ),
    (
        "x=1\nfrom __future__ import annotations\n",
        SyntaxError,
        "from __future__ imports must occur at the beginning of the file",
        2,
        1,
    ),
    // Pattern matching.
    (
        "match x:\n  case y: pass\n  case 1: pass\n",
        SyntaxError,
        "name capture 'y' makes remaining patterns unreachable",
        2,
        8,
    ),
    (
        "match x:\n  case [a, a]: pass\n",
        SyntaxError,
        "multiple assignments to name 'a' in pattern",
        2,
        12,
    ),
    (
        "match x:\n  case {1: a, 1.0: b}: pass\n",
        SyntaxError,
        "mapping pattern checks duplicate key (1.0)",
        2,
        8,
    ),
    (
        "match x:\n  case 1 | a: pass\n",
        SyntaxError,
        "alternative patterns bind different names",
        2,
        12,
    ),
    (
        "match x:\n  case P(a=1, a=2): pass\n",
        SyntaxError,
        "attribute name repeated in class pattern: a",
        2,
        17,
    ),
    (
        "match x:\n  case (a|[a, b]): pass\n",
        SyntaxError,
        "name capture 'a' makes remaining patterns unreachable",
        2,
        9,
    ),
    (
        "match x:\n  case [_, *_, *_]: pass\n",
        SyntaxError,
        "multiple starred names in sequence pattern",
        2,
        8,
    ),
    // Unsupported here.
    // Coroutines.
    ("await x\n", SyntaxError, "'await' outside function", 1, 1),
    (
        "def f():\n  await x\n",
        SyntaxError,
        "'await' outside async function",
        2,
        3,
    ),
    (
        "async def f():\n  yield from x\n",
        SyntaxError,
        "'yield from' inside async function",
        2,
        3,
    ),
    (
        "async def f():\n  yield 1\n  return 2\n",
        SyntaxError,
        "'return' with value in async generator",
        3,
        3,
    ),
    (
        "def f():\n  async for x in y: pass\n",
        SyntaxError,
        "'async for' outside async function",
        2,
        3,
    ),
    (
        "def f():\n  async with x: pass\n",
        SyntaxError,
        "'async with' outside async function",
        2,
        3,
    ),
    (
        "def f():\n  return [x async for x in y]\n",
        SyntaxError,
        "asynchronous comprehension outside of an asynchronous function",
        2,
        10,
    ),
    (
        "def f():\n  [[x async for x in y] for z in w]\n",
        SyntaxError,
        "asynchronous comprehension outside of an asynchronous function",
        2,
        3,
    ),
    (
        "lambda: await x\n",
        SyntaxError,
        "'await' outside async function",
        1,
        9,
    ),
    (
        "x = 1j\n",
        SyntaxError,
        "complex literals are not supported yet",
        1,
        5,
    ),
    (
        "try:\n  pass\nexcept* E:\n  pass\n",
        SyntaxError,
        "'except*' clauses are not supported yet",
        1,
        1,
    ),
    // Newer syntax, as CPython 3.11 reports it.
    ("def f[T](x): pass\n", SyntaxError, "expected '('", 1, 6),
    (
        "class Box[T]:\n  pass\n",
        SyntaxError,
        "invalid syntax",
        1,
        10,
    ),
    (
        "type Number = int | float\n",
        SyntaxError,
        "invalid syntax",
        1,
        6,
    ),
    (
        "print(f\"{\", \".join(items)}\")\n",
        SyntaxError,
        "f-string: expecting '}'",
        1,
        11,
    ),
    (
        "try:\n  pass\nexcept A, B:\n  pass\n",
        SyntaxError,
        "multiple exception types must be parenthesized",
        3,
        8,
    ),
    ("x = 1abc\n", SyntaxError, "invalid decimal literal", 1, 5),
    (
        "x = 0b12\n",
        SyntaxError,
        "invalid digit '2' in binary literal",
        1,
        8,
    ),
    ("x = 5 $ 3\n", SyntaxError, "invalid syntax", 1, 7),
    ("y := 10\n", SyntaxError, "invalid syntax", 1, 3),
    ("del *a, b\n", SyntaxError, "cannot delete starred", 1, 5),
];

#[test]
fn cpython_messages() {
    let mut failures = Vec::new();
    for (src, kind, msg, line, col) in CASES {
        let e = error(src);
        if (e.kind, e.msg.as_str(), e.line, e.col) != (*kind, *msg, *line, *col) {
            failures.push(format!(
                "{src:?}: got {} {:?} {}:{}, want {} {msg:?} {line}:{col}",
                e.kind.name(),
                e.msg,
                e.line,
                e.col,
                kind.name()
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn error_details() {
    let e = error("x = 1\ny = (\n");
    assert_eq!(e.text.as_deref(), Some("y = ("));
    assert_eq!(e.filename, "<test>");
    let e = crate::compile("a\0b", "<nul>", Mode::Exec).unwrap_err();
    assert_eq!(e.msg, "source code string cannot contain null bytes");
    // Columns count characters, not bytes.
    let e = error("s = 'é'; f() = 1\n");
    assert_eq!(e.col, 10);
    // Single mode takes one statement (or one line of simple statements).
    let e = crate::compile("x = 1\ny = 2\n", "<s>", Mode::Single).unwrap_err();
    assert_eq!(
        e.msg,
        "multiple statements found while compiling a single statement"
    );
    assert!(crate::compile("x = 1; y = 2\n", "<s>", Mode::Single).is_ok());
    assert!(crate::compile("if x:\n  y\n", "<s>", Mode::Single).is_ok());
    // Eval mode takes an expression.
    assert!(crate::compile("x = 1", "<e>", Mode::Eval).is_err());
}

/// Arbitrary bytes never panic.
#[test]
fn fuzz_no_panic() {
    let pieces = [
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ":",
        "\n",
        "  ",
        "\t",
        "def ",
        "class ",
        "x",
        "=",
        "+",
        "*",
        "**",
        "lambda",
        "yield",
        "return",
        "for ",
        " in ",
        "if ",
        "else",
        "try",
        "except",
        "finally",
        "with",
        "as",
        "'",
        "\"",
        "f'",
        "{x}",
        "\\",
        "#",
        ",",
        ".",
        "@",
        "async ",
        "await ",
        "global ",
        "nonlocal ",
        "del ",
        "1",
        "0x",
        "1e",
        "_",
        ";",
        "not ",
        "and ",
        "or ",
        "is ",
        "import ",
        "from ",
        "*",
        "->",
        ":=",
        "while ",
        "break",
        "continue",
        "é",
        "\u{feff}",
        "match ",
        "case ",
        "raise ",
        "assert ",
        "pass",
        "...",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..3000 {
        let len = (next() % 40) as usize;
        let src: String = (0..len)
            .map(|_| pieces[(next() % pieces.len() as u64) as usize])
            .collect();
        for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
            let r = std::panic::catch_unwind(|| crate::compile_inner(&src, "<fuzz>", mode));
            assert!(r.is_ok(), "panic on {src:?}");
            if let Ok(Ok(code)) = r {
                super::check_invariants(&code);
            }
        }
    }
}

/// Mutations of a valid program never panic, and what compiles satisfies the invariants.
#[test]
fn fuzz_mutations() {
    let base = include_str!("sample.py");
    let bytes: Vec<char> = base.chars().collect();
    let mut seed: u64 = 0x1234_5678_9abc_def1;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut compiled = 0;
    for _ in 0..400 {
        let mut v = bytes.clone();
        for _ in 0..(1 + next() % 4) {
            if v.is_empty() {
                break;
            }
            let i = (next() % v.len() as u64) as usize;
            match next() % 4 {
                0 => {
                    v.remove(i);
                }
                1 => v.insert(
                    i,
                    ['(', ')', ':', '\n', ' ', 'x', ',', '*', '"'][(next() % 9) as usize],
                ),
                2 => {
                    let j = (next() % v.len() as u64) as usize;
                    v.swap(i, j);
                }
                _ => {
                    let end = (i + (next() % 30) as usize).min(v.len());
                    v.drain(i..end);
                }
            }
        }
        let src: String = v.into_iter().collect();
        let r = std::panic::catch_unwind(|| crate::compile_inner(&src, "<fuzz>", Mode::Exec));
        match r {
            Err(_) => panic!("panic on mutated source:\n{src}"),
            Ok(Ok(code)) => {
                compiled += 1;
                super::check_invariants(&code);
            }
            Ok(Err(e)) => assert!(!e.msg.contains("internal compiler error"), "{e:?}\n{src}"),
        }
    }
    assert!(compiled > 20, "only {compiled} mutants compiled");
    assert!(crate::compile(base, "<sample>", Mode::Exec).is_ok());
}

#[test]
fn eval_mode_inputs() {
    for ok in ["\n1", "1\n\n", "(1,\n2)", "lambda: (yield)"] {
        assert!(crate::compile(ok, "<e>", Mode::Eval).is_ok(), "{ok:?}");
    }
    // CPython's `compile` (unlike the `eval` builtin) does not strip indentation.
    let e = crate::compile("  1", "<e>", Mode::Eval).unwrap_err();
    assert_eq!(
        (e.kind, e.msg.as_str()),
        (CompileErrorKind::IndentationError, "unexpected indent")
    );
    assert!(crate::compile("", "<e>", Mode::Eval).is_err());
}
