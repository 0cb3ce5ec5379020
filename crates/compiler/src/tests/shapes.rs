//! Instruction shapes of the key constructs (the conventions the runtime
//! relies on; see `crates/bytecode/src/ops.rs`).

use stitch_bytecode::{Constant, Mode, code_flags};

use super::{body_shape, compile_mode, exec, find, shape};

#[test]
fn module_and_eval() {
    assert_eq!(shape(&exec("")), "LOAD_CONST None; RETURN_VALUE");
    assert_eq!(
        shape(&exec("x = 1")),
        "LOAD_CONST 1; STORE_NAME x; LOAD_CONST None; RETURN_VALUE"
    );
    assert_eq!(
        shape(&compile_mode("a + 1", Mode::Eval)),
        "LOAD_NAME a; LOAD_CONST 1; BINARY_OP +; RETURN_VALUE"
    );
    assert_eq!(
        shape(&compile_mode("x = 1; x", Mode::Single)),
        "LOAD_CONST 1; STORE_NAME x; LOAD_NAME x; PRINT_EXPR; LOAD_CONST None; RETURN_VALUE"
    );
    assert_eq!(
        shape(&compile_mode("for i in x: i", Mode::Single)),
        "LOAD_NAME x; GET_ITER; FOR_ITER @7; STORE_NAME i; LOAD_NAME i; PRINT_EXPR; JUMP_BACKWARD @2; \
         LOAD_CONST None; RETURN_VALUE"
    );
    // Docstrings and constant statements.
    assert_eq!(
        body_shape("'doc'\n1\n'x'"),
        "LOAD_CONST \"doc\"; STORE_NAME __doc__"
    );
    let code = exec("x = 1");
    assert_eq!(
        code.flags & (code_flags::OPTIMIZED | code_flags::NEWLOCALS),
        0
    );
    assert_eq!(&*code.name, "<module>");
}

#[test]
fn calls() {
    assert_eq!(
        body_shape("f(a, b)"),
        "LOAD_NAME f; PUSH_NULL; LOAD_NAME a; LOAD_NAME b; CALL 2; POP_TOP"
    );
    assert_eq!(
        body_shape("o.m(a)"),
        "LOAD_NAME o; LOAD_METHOD m; LOAD_NAME a; CALL 1; POP_TOP"
    );
    assert_eq!(
        body_shape("f(a, k=1)"),
        "LOAD_NAME f; PUSH_NULL; LOAD_NAME a; LOAD_CONST 1; LOAD_CONST (\"k\",); CALL_KW 2; POP_TOP"
    );
    assert_eq!(
        body_shape("o.m(k=1, j=2)"),
        "LOAD_NAME o; LOAD_METHOD m; LOAD_CONST 1; LOAD_CONST 2; LOAD_CONST (\"k\", \"j\"); CALL_KW 2; POP_TOP"
    );
    assert_eq!(
        body_shape("f(*a)"),
        "LOAD_NAME f; PUSH_NULL; LOAD_NAME a; CALL_FUNCTION_EX 0; POP_TOP"
    );
    assert_eq!(
        body_shape("f(1, *a, b)"),
        "LOAD_NAME f; PUSH_NULL; LOAD_CONST 1; BUILD_LIST 1; LOAD_NAME a; LIST_EXTEND 1; LOAD_NAME b; \
         LIST_APPEND 1; LIST_TO_TUPLE; CALL_FUNCTION_EX 0; POP_TOP"
    );
    assert_eq!(
        body_shape("f(**k)"),
        "LOAD_NAME f; PUSH_NULL; LOAD_CONST (); BUILD_MAP 0; LOAD_NAME k; DICT_MERGE 1; CALL_FUNCTION_EX 1; POP_TOP"
    );
    assert_eq!(
        body_shape("f(a, x=1, **k)"),
        "LOAD_NAME f; PUSH_NULL; LOAD_NAME a; BUILD_TUPLE 1; LOAD_CONST \"x\"; LOAD_CONST 1; BUILD_MAP 1; \
         LOAD_NAME k; DICT_MERGE 1; CALL_FUNCTION_EX 1; POP_TOP"
    );
    assert_eq!(
        body_shape("f(x=1, y=2, **k)"),
        "LOAD_NAME f; PUSH_NULL; LOAD_CONST (); LOAD_CONST 1; LOAD_CONST 2; LOAD_CONST (\"x\", \"y\"); \
         BUILD_CONST_KEY_MAP 2; LOAD_NAME k; DICT_MERGE 1; CALL_FUNCTION_EX 1; POP_TOP"
    );
    // A method call with a star argument is an attribute load plus a plain call.
    assert_eq!(
        body_shape("o.m(*a)"),
        "LOAD_NAME o; LOAD_ATTR m; PUSH_NULL; LOAD_NAME a; CALL_FUNCTION_EX 0; POP_TOP"
    );
}

#[test]
fn decorators_and_functions() {
    let code = exec("@d1\n@d2(x)\ndef f(a, b=1, *c, d, e=2, **g) -> int:\n  'doc'\n  return a\n");
    assert_eq!(
        shape(&code),
        "LOAD_NAME d1; PUSH_NULL; LOAD_NAME d2; PUSH_NULL; LOAD_NAME x; CALL 1; PUSH_NULL; \
         LOAD_CONST (1,); LOAD_CONST 2; LOAD_CONST (\"e\",); BUILD_CONST_KEY_MAP 1; \
         LOAD_CONST \"return\"; LOAD_NAME int; BUILD_MAP 1; LOAD_CONST <code object f, line 1>; MAKE_FUNCTION 7; \
         CALL 1; CALL 1; STORE_NAME f; LOAD_CONST None; RETURN_VALUE"
    );
    let f = find(&code, "f");
    assert_eq!(shape(&f), "LOAD_FAST a; RETURN_VALUE");
    assert!(matches!(&f.consts[0], Constant::Str(s) if &**s == "doc"));
    assert_eq!(f.firstlineno, 1);
    assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (2, 0, 2));
    let want = code_flags::OPTIMIZED
        | code_flags::NEWLOCALS
        | code_flags::VARARGS
        | code_flags::VARKEYWORDS;
    assert_eq!(f.flags, want);
    let names: Vec<&str> = f.varnames().map(|s| &**s).collect();
    assert_eq!(names, ["a", "b", "d", "e", "c", "g"]);
    // No docstring: None is still consts[0]; decorators move firstlineno.
    let code = exec("\n@d\ndef f(x, /, y):\n  return 1\n");
    let f = find(&code, "f");
    assert!(matches!(f.consts[0], Constant::None));
    assert_eq!(f.firstlineno, 2);
    assert_eq!((f.argcount, f.posonlyargcount), (2, 1));
    let lam = find(&exec("g = lambda x, *, y=3: x"), "<lambda>");
    assert!(matches!(lam.consts[0], Constant::None));
    assert_eq!(&*lam.name, "<lambda>");
    assert_eq!(shape(&lam), "LOAD_FAST x; RETURN_VALUE");
}

#[test]
fn annotations() {
    assert_eq!(
        body_shape("x: int = 1\ny: str\n(z): int = 2\na.b: int"),
        "SETUP_ANNOTATIONS; LOAD_CONST 1; STORE_NAME x; LOAD_NAME int; LOAD_NAME __annotations__; \
         LOAD_CONST \"x\"; STORE_SUBSCR; LOAD_NAME str; LOAD_NAME __annotations__; LOAD_CONST \"y\"; STORE_SUBSCR; \
         LOAD_CONST 2; STORE_NAME z; LOAD_NAME int; POP_TOP; LOAD_NAME a; POP_TOP; LOAD_NAME int; POP_TOP"
    );
    // In functions, annotations of locals are not evaluated.
    let f = find(&exec("def f():\n  x: int = 1\n  y: int\n"), "f");
    assert_eq!(
        shape(&f),
        "LOAD_CONST 1; STORE_FAST x; LOAD_CONST None; RETURN_VALUE"
    );
    // Under the future import they are strings.
    assert_eq!(
        body_shape("from __future__ import annotations\nx: List[int]"),
        "SETUP_ANNOTATIONS; LOAD_CONST 0; LOAD_CONST (\"annotations\",); IMPORT_NAME __future__; \
         IMPORT_FROM annotations; STORE_NAME annotations; POP_TOP; LOAD_CONST \"List[int]\"; \
         LOAD_NAME __annotations__; LOAD_CONST \"x\"; STORE_SUBSCR"
    );
    let code = exec("from __future__ import annotations\ndef f(): pass");
    assert_ne!(find(&code, "f").flags & code_flags::FUTURE_ANNOTATIONS, 0);
}

#[test]
fn classes() {
    let code =
        exec("@dec\nclass C(B, metaclass=M):\n  'doc'\n  def m(self):\n    return super().m()\n");
    assert_eq!(
        shape(&code),
        "LOAD_NAME dec; PUSH_NULL; LOAD_BUILD_CLASS; PUSH_NULL; LOAD_CONST <code object C, line 1>; \
         MAKE_FUNCTION 0; LOAD_CONST \"C\"; LOAD_NAME B; LOAD_NAME M; LOAD_CONST (\"metaclass\",); CALL_KW 4; \
         CALL 1; STORE_NAME C; LOAD_CONST None; RETURN_VALUE"
    );
    let c = find(&code, "C");
    assert_eq!(
        shape(&c),
        "MAKE_CELL __class__; LOAD_NAME __name__; STORE_NAME __module__; LOAD_CONST \"C\"; STORE_NAME __qualname__; \
         LOAD_CONST \"doc\"; STORE_NAME __doc__; LOAD_CLOSURE __class__; BUILD_TUPLE 1; \
         LOAD_CONST <code object m, line 4>; MAKE_FUNCTION 8; STORE_NAME m; LOAD_CLOSURE __class__; COPY 1; \
         STORE_NAME __classcell__; RETURN_VALUE"
    );
    assert_eq!(c.flags, 0);
    let m = find(&code, "C.m");
    assert_eq!(
        shape(&m),
        "COPY_FREE_VARS 1; LOAD_GLOBAL super; PUSH_NULL; CALL 0; LOAD_METHOD m; CALL 0; RETURN_VALUE"
    );
    assert_eq!(
        m.freevars().map(|s| s.to_string()).collect::<Vec<_>>(),
        ["__class__"]
    );
    // Without __class__ use the body returns None.
    let c = find(&exec("class D:\n  x = 1\n"), "D");
    assert_eq!(
        shape(&c),
        "LOAD_NAME __name__; STORE_NAME __module__; LOAD_CONST \"D\"; STORE_NAME __qualname__; LOAD_CONST 1; \
         STORE_NAME x; LOAD_CONST None; RETURN_VALUE"
    );
    // Qualified names.
    let code =
        exec("def f():\n  class K:\n    def g(self):\n      return lambda: [x for x in y]\n");
    find(
        &code,
        "f.<locals>.K.g.<locals>.<lambda>.<locals>.<listcomp>",
    );
    let code = exec("class A:\n  class B:\n    def c(self): pass\n");
    find(&code, "A.B.c");
    let code = exec("def f():\n  global g\n  def g(): pass\n");
    find(&code, "g");
}

#[test]
fn comprehensions() {
    let code = exec("r = [x * 2 for x in y if x]");
    assert_eq!(
        body_shape("r = [x * 2 for x in y if x]"),
        "LOAD_CONST <code object <listcomp>, line 1>; MAKE_FUNCTION 0; PUSH_NULL; LOAD_NAME y; GET_ITER; CALL 1; \
         STORE_NAME r"
    );
    let comp = find(&code, "<listcomp>");
    assert_eq!(
        shape(&comp),
        "BUILD_LIST 0; LOAD_FAST .0; FOR_ITER @12; STORE_FAST x; LOAD_FAST x; TO_BOOL; POP_JUMP_IF_FALSE @11; LOAD_FAST x; LOAD_CONST 2; BINARY_OP *; LIST_APPEND 2; JUMP_BACKWARD @2; RETURN_VALUE"
    );
    assert_eq!(comp.argcount, 1);
    assert_eq!(comp.flags, code_flags::OPTIMIZED | code_flags::NEWLOCALS);
    let code = exec("g = (a for a in b for c in a)");
    let genexpr = find(&code, "<genexpr>");
    assert_eq!(
        shape(&genexpr),
        "LOAD_FAST .0; FOR_ITER @12; STORE_FAST a; LOAD_FAST a; GET_ITER; FOR_ITER @11; STORE_FAST c; LOAD_FAST a; \
         YIELD_VALUE; POP_TOP; JUMP_BACKWARD @5; JUMP_BACKWARD @1; LOAD_CONST None; RETURN_VALUE"
    );
    assert_ne!(genexpr.flags & code_flags::GENERATOR, 0);
    let code = exec("d = {k: v for k, v in items}\ns = {x for x in y}");
    assert_eq!(
        shape(&find(&code, "<dictcomp>")),
        "BUILD_MAP 0; LOAD_FAST .0; FOR_ITER @10; UNPACK_SEQUENCE 2; STORE_FAST k; STORE_FAST v; LOAD_FAST k; \
         LOAD_FAST v; MAP_ADD 2; JUMP_BACKWARD @2; RETURN_VALUE"
    );
    assert_eq!(
        shape(&find(&code, "<setcomp>")),
        "BUILD_SET 0; LOAD_FAST .0; FOR_ITER @7; STORE_FAST x; LOAD_FAST x; SET_ADD 2; JUMP_BACKWARD @2; RETURN_VALUE"
    );
    // Free variables: the closure is built before the function.
    let code = exec("def f(n):\n  return [i + n for i in range(3)]\n");
    assert_eq!(
        shape(&find(&code, "f")),
        "MAKE_CELL n; LOAD_CLOSURE n; BUILD_TUPLE 1; LOAD_CONST <code object <listcomp>, line 2>; MAKE_FUNCTION 8; \
         PUSH_NULL; LOAD_GLOBAL range; PUSH_NULL; LOAD_CONST 3; CALL 1; GET_ITER; CALL 1; RETURN_VALUE"
    );
}

#[test]
fn loops() {
    assert_eq!(
        body_shape("for x in y:\n  if x: continue\n  if z: break\nelse:\n  w()"),
        // Conditional jumps never go backward: `if z:` falls to the loop's JUMP_BACKWARD.
        "LOAD_NAME y; GET_ITER; FOR_ITER @14; STORE_NAME x; LOAD_NAME x; TO_BOOL; POP_JUMP_IF_FALSE @8; JUMP_BACKWARD @2; LOAD_NAME z; TO_BOOL; POP_JUMP_IF_FALSE @13; POP_TOP; JUMP @18; JUMP_BACKWARD @2; LOAD_NAME w; PUSH_NULL; CALL 0; POP_TOP"
    );
    assert_eq!(
        body_shape("while a < b:\n  a += 1\nelse:\n  c()"),
        "LOAD_NAME a; LOAD_NAME b; COMPARE_OP <; POP_JUMP_IF_FALSE @9; LOAD_NAME a; LOAD_CONST 1; BINARY_OP +=; \
         STORE_NAME a; JUMP_BACKWARD @0; LOAD_NAME c; PUSH_NULL; CALL 0; POP_TOP"
    );
    assert_eq!(
        body_shape("while True:\n  f()"),
        "LOAD_NAME f; PUSH_NULL; CALL 0; POP_TOP; JUMP_BACKWARD @0"
    );
    assert_eq!(
        body_shape("while 0:\n  f()\nx = 1"),
        "LOAD_CONST 1; STORE_NAME x"
    );
}

#[test]
fn conditions() {
    assert_eq!(
        body_shape("if a and b or c:\n  x()"),
        "LOAD_NAME a; TO_BOOL; POP_JUMP_IF_FALSE @6; LOAD_NAME b; TO_BOOL; POP_JUMP_IF_TRUE @9; LOAD_NAME c; TO_BOOL; POP_JUMP_IF_FALSE @13; LOAD_NAME x; PUSH_NULL; CALL 0; POP_TOP"
    );
    assert_eq!(
        body_shape("if not a:\n  x = 1\nelif b:\n  x = 2\nelse:\n  x = 3"),
        "LOAD_NAME a; TO_BOOL; POP_JUMP_IF_TRUE @6; LOAD_CONST 1; STORE_NAME x; JUMP @14; LOAD_NAME b; TO_BOOL; POP_JUMP_IF_FALSE @12; LOAD_CONST 2; STORE_NAME x; JUMP @14; LOAD_CONST 3; STORE_NAME x"
    );
    assert_eq!(
        body_shape("x = a and b or c"),
        "LOAD_NAME a; JUMP_IF_FALSE_OR_POP @3; LOAD_NAME b; JUMP_IF_TRUE_OR_POP @5; LOAD_NAME c; STORE_NAME x"
    );
    assert_eq!(
        body_shape("x = a < b < c"),
        "LOAD_NAME a; LOAD_NAME b; SWAP 2; COPY 2; COMPARE_OP <; JUMP_IF_FALSE_OR_POP @9; LOAD_NAME c; \
         COMPARE_OP <; JUMP @11; SWAP 2; POP_TOP; STORE_NAME x"
    );
    assert_eq!(
        body_shape("if a < b < c:\n  f()"),
        "LOAD_NAME a; LOAD_NAME b; SWAP 2; COPY 2; COMPARE_OP <; POP_JUMP_IF_FALSE @10; LOAD_NAME c; \
         COMPARE_OP <; POP_JUMP_IF_FALSE @16; JUMP @12; POP_TOP; JUMP @16; LOAD_NAME f; PUSH_NULL; CALL 0; POP_TOP"
    );
    assert_eq!(
        body_shape("x = a is not b, a in b, a not in b, y if c else z, not a, -a, ~a, +a"),
        "LOAD_NAME a; LOAD_NAME b; IS_OP 1; LOAD_NAME a; LOAD_NAME b; CONTAINS_OP 0; LOAD_NAME a; LOAD_NAME b; CONTAINS_OP 1; LOAD_NAME c; TO_BOOL; POP_JUMP_IF_FALSE @14; LOAD_NAME y; JUMP @15; LOAD_NAME z; LOAD_NAME a; UNARY_NOT; LOAD_NAME a; UNARY_NEGATIVE; LOAD_NAME a; UNARY_INVERT; LOAD_NAME a; UNARY_POSITIVE; BUILD_TUPLE 8; STORE_NAME x"
    );
    assert_eq!(
        body_shape("if x is None:\n  f()"),
        "LOAD_NAME x; POP_JUMP_IF_NOT_NONE @6; LOAD_NAME f; PUSH_NULL; CALL 0; POP_TOP"
    );
    assert_eq!(
        body_shape("assert x, 'm'"),
        "LOAD_NAME x; TO_BOOL; POP_JUMP_IF_TRUE @8; LOAD_ASSERTION_ERROR; PUSH_NULL; LOAD_CONST \"m\"; CALL 1; RAISE_VARARGS 1"
    );
    assert_eq!(
        body_shape("assert x"),
        "LOAD_NAME x; TO_BOOL; POP_JUMP_IF_TRUE @5; LOAD_ASSERTION_ERROR; RAISE_VARARGS 1"
    );
}

#[test]
fn assignments() {
    assert_eq!(
        body_shape("a = b = c"),
        "LOAD_NAME c; COPY 1; STORE_NAME a; STORE_NAME b"
    );
    assert_eq!(
        body_shape("a, (b, c) = d"),
        "LOAD_NAME d; UNPACK_SEQUENCE 2; STORE_NAME a; UNPACK_SEQUENCE 2; STORE_NAME b; STORE_NAME c"
    );
    assert_eq!(
        body_shape("a, *b, c = d"),
        "LOAD_NAME d; UNPACK_EX 257; STORE_NAME a; STORE_NAME b; STORE_NAME c"
    );
    assert_eq!(
        body_shape("[*a] = d"),
        "LOAD_NAME d; UNPACK_EX 0; STORE_NAME a"
    );
    assert_eq!(
        body_shape("a, b = b, a"),
        "LOAD_NAME b; LOAD_NAME a; SWAP 2; STORE_NAME a; STORE_NAME b"
    );
    assert_eq!(
        body_shape("a, b = 1, 2"),
        "LOAD_CONST (1, 2); UNPACK_SEQUENCE 2; STORE_NAME a; STORE_NAME b"
    );
    assert_eq!(
        body_shape("o.x = v\no[k] = v\no[1:2] = v"),
        "LOAD_NAME v; LOAD_NAME o; STORE_ATTR x; LOAD_NAME v; LOAD_NAME o; LOAD_NAME k; STORE_SUBSCR; LOAD_NAME v; \
         LOAD_NAME o; LOAD_CONST 1; LOAD_CONST 2; BUILD_SLICE 2; STORE_SUBSCR"
    );
    assert_eq!(
        body_shape("o.x += 1"),
        "LOAD_NAME o; COPY 1; LOAD_ATTR x; LOAD_CONST 1; BINARY_OP +=; SWAP 2; STORE_ATTR x"
    );
    assert_eq!(
        body_shape("o[k] //= 2"),
        "LOAD_NAME o; LOAD_NAME k; COPY 2; COPY 2; BINARY_SUBSCR; LOAD_CONST 2; BINARY_OP //=; SWAP 3; SWAP 2; \
         STORE_SUBSCR"
    );
    assert_eq!(
        body_shape("del a, o.x, o[k], o[:]"),
        "DELETE_NAME a; LOAD_NAME o; DELETE_ATTR x; LOAD_NAME o; LOAD_NAME k; DELETE_SUBSCR; LOAD_NAME o; \
         LOAD_CONST None; LOAD_CONST None; BUILD_SLICE 2; DELETE_SUBSCR"
    );
    assert_eq!(
        body_shape("x = (y := 3)"),
        "LOAD_CONST 3; COPY 1; STORE_NAME y; STORE_NAME x"
    );
}

#[test]
fn displays_and_constants() {
    assert_eq!(
        body_shape("x = (1, 2, (3, -4.5), None, 'a', b'b', ...)"),
        "LOAD_CONST (1, 2, (3, -4.5), None, \"a\", b\"b\", Ellipsis); STORE_NAME x"
    );
    assert_eq!(
        body_shape("x = [1, 2, 3]"),
        "BUILD_LIST 0; LOAD_CONST (1, 2, 3); LIST_EXTEND 1; STORE_NAME x"
    );
    assert_eq!(
        body_shape("x = [a, b]"),
        "LOAD_NAME a; LOAD_NAME b; BUILD_LIST 2; STORE_NAME x"
    );
    assert_eq!(
        body_shape("x = [*a, *b]"),
        "BUILD_LIST 0; LOAD_NAME a; LIST_EXTEND 1; LOAD_NAME b; LIST_EXTEND 1; STORE_NAME x"
    );
    assert_eq!(
        body_shape("x = (*a, 1)"),
        "BUILD_LIST 0; LOAD_NAME a; LIST_EXTEND 1; LOAD_CONST 1; LIST_APPEND 1; LIST_TO_TUPLE; STORE_NAME x"
    );
    assert_eq!(
        body_shape("x = {*a}"),
        "BUILD_SET 0; LOAD_NAME a; SET_UPDATE 1; STORE_NAME x"
    );
    assert_eq!(
        body_shape("x = {1, 2, 3}"),
        "BUILD_SET 0; LOAD_CONST frozenset({1, 2, 3}); SET_UPDATE 1; STORE_NAME x"
    );
    assert_eq!(
        body_shape("x = {'a': 1, 'b': c}"),
        "LOAD_CONST 1; LOAD_NAME c; LOAD_CONST (\"a\", \"b\"); BUILD_CONST_KEY_MAP 2; STORE_NAME x"
    );
    assert_eq!(
        body_shape("x = {a: 1}"),
        "LOAD_NAME a; LOAD_CONST 1; BUILD_MAP 1; STORE_NAME x"
    );
    assert_eq!(
        body_shape("x = {**a, 'k': 1}"),
        "BUILD_MAP 0; LOAD_NAME a; DICT_UPDATE 1; LOAD_CONST \"k\"; LOAD_CONST 1; BUILD_MAP 1; DICT_UPDATE 1; \
         STORE_NAME x"
    );
    assert_eq!(
        body_shape("x = a[1:2]"),
        "LOAD_NAME a; LOAD_CONST 1; LOAD_CONST 2; BUILD_SLICE 2; BINARY_SUBSCR; STORE_NAME x"
    );
    assert_eq!(
        body_shape("x = a[::2]"),
        "LOAD_NAME a; LOAD_CONST None; LOAD_CONST None; LOAD_CONST 2; BUILD_SLICE 3; BINARY_SUBSCR; STORE_NAME x"
    );
    assert_eq!(
        body_shape("x = a[1, 2:]"),
        "LOAD_NAME a; LOAD_CONST 1; LOAD_CONST 2; LOAD_CONST None; BUILD_SLICE 2; BUILD_TUPLE 2; BINARY_SUBSCR; \
         STORE_NAME x"
    );
    assert_eq!(
        body_shape("x = -5, -2.0, -(2 ** 63), 'a' 'b', u'c'"),
        "LOAD_CONST -5; LOAD_CONST -2.0; LOAD_CONST 2; LOAD_CONST 63; BINARY_OP **; UNARY_NEGATIVE; \
         LOAD_CONST \"ab\"; LOAD_CONST \"c\"; BUILD_TUPLE 5; STORE_NAME x"
    );
    assert_eq!(
        body_shape(
            "x = 9223372036854775808, -9223372036854775808, 0x_ff_ff_ff_ff_ff_ff_ff_ff_ff, 1_000"
        ),
        "LOAD_CONST (9223372036854775808, -9223372036854775808, 4722366482869645213695, 1000); STORE_NAME x"
    );
    let code = exec("x = -9223372036854775808");
    assert!(matches!(code.consts[0], Constant::Int(i64::MIN)));
    let code = exec("x = 1.0, 1, True, 0.0, -0.0");
    assert_eq!(
        code.consts.len(),
        2,
        "distinct constants stay distinct: {:?}",
        code.consts
    );
    assert_eq!(body_shape("x = __debug__"), "LOAD_CONST True; STORE_NAME x");
}

#[test]
fn fstrings() {
    assert_eq!(body_shape("x = f''"), "LOAD_CONST \"\"; STORE_NAME x");
    assert_eq!(
        body_shape("x = f'a{b}'"),
        "LOAD_CONST \"a\"; LOAD_NAME b; FORMAT_VALUE 0; BUILD_STRING 2; STORE_NAME x"
    );
    assert_eq!(
        body_shape("x = f'{b!r}'"),
        "LOAD_NAME b; FORMAT_VALUE 2; STORE_NAME x"
    );
    assert_eq!(
        body_shape("x = f'{b!s:>10}'"),
        "LOAD_NAME b; LOAD_CONST \">10\"; FORMAT_VALUE 5; STORE_NAME x"
    );
    assert_eq!(
        body_shape("x = f'{b:{w}.{p}}'"),
        "LOAD_NAME b; LOAD_NAME w; FORMAT_VALUE 0; LOAD_CONST \".\"; LOAD_NAME p; FORMAT_VALUE 0; BUILD_STRING 3; \
         FORMAT_VALUE 4; STORE_NAME x"
    );
    assert_eq!(
        body_shape("x = f'{b=}'"),
        "LOAD_CONST \"b=\"; LOAD_NAME b; FORMAT_VALUE 2; BUILD_STRING 2; STORE_NAME x"
    );
    assert_eq!(
        body_shape("x = f'{b = :>5}'"),
        "LOAD_CONST \"b = \"; LOAD_NAME b; LOAD_CONST \">5\"; FORMAT_VALUE 4; BUILD_STRING 2; STORE_NAME x"
    );
    assert_eq!(
        body_shape("x = f'{b=!a}'"),
        "LOAD_CONST \"b=\"; LOAD_NAME b; FORMAT_VALUE 3; BUILD_STRING 2; STORE_NAME x"
    );
    assert_eq!(
        body_shape("x = 'a' f'{b}' 'c'"),
        "LOAD_CONST \"a\"; LOAD_NAME b; FORMAT_VALUE 0; LOAD_CONST \"c\"; BUILD_STRING 3; STORE_NAME x"
    );
    assert_eq!(
        body_shape("x = '%s' % y"),
        "LOAD_CONST \"%s\"; LOAD_NAME y; BINARY_OP %; STORE_NAME x"
    );
}

#[test]
fn imports() {
    assert_eq!(
        body_shape("import a.b"),
        "LOAD_CONST 0; LOAD_CONST None; IMPORT_NAME a.b; STORE_NAME a"
    );
    assert_eq!(
        body_shape("import a.b.c as d"),
        "LOAD_CONST 0; LOAD_CONST None; IMPORT_NAME a.b.c; IMPORT_FROM b; SWAP 2; POP_TOP; IMPORT_FROM c; \
         STORE_NAME d; POP_TOP"
    );
    assert_eq!(
        body_shape("import a as b"),
        "LOAD_CONST 0; LOAD_CONST None; IMPORT_NAME a; STORE_NAME b"
    );
    assert_eq!(
        body_shape("from x import a, b as c"),
        "LOAD_CONST 0; LOAD_CONST (\"a\", \"b\"); IMPORT_NAME x; IMPORT_FROM a; STORE_NAME a; IMPORT_FROM b; \
         STORE_NAME c; POP_TOP"
    );
    assert_eq!(
        body_shape("from ..p import *"),
        "LOAD_CONST 2; LOAD_CONST (\"*\",); IMPORT_NAME p; IMPORT_STAR"
    );
    assert_eq!(
        body_shape("from . import m"),
        "LOAD_CONST 1; LOAD_CONST (\"m\",); IMPORT_NAME ; IMPORT_FROM m; STORE_NAME m; POP_TOP"
    );
    let f = find(&exec("def f():\n  import os\n  return os\n"), "f");
    assert_eq!(
        shape(&f),
        "LOAD_CONST 0; LOAD_CONST None; IMPORT_NAME os; STORE_FAST os; LOAD_FAST os; RETURN_VALUE"
    );
}

#[test]
fn generators() {
    let code = exec("def g(x):\n  y = yield x\n  z = yield from y\n  return z\n");
    let g = find(&code, "g");
    assert_ne!(g.flags & code_flags::GENERATOR, 0);
    assert_eq!(
        shape(&g),
        "LOAD_FAST x; YIELD_VALUE; STORE_FAST y; LOAD_FAST y; GET_YIELD_FROM_ITER; LOAD_CONST None; SEND @9; \
         YIELD_VALUE; JUMP @6; STORE_FAST z; LOAD_FAST z; RETURN_VALUE"
    );
    let g = find(&exec("def g():\n  yield\n"), "g");
    assert_eq!(
        shape(&g),
        "LOAD_CONST None; YIELD_VALUE; POP_TOP; LOAD_CONST None; RETURN_VALUE"
    );
}

#[test]
fn raise_and_return() {
    assert_eq!(body_shape("raise"), "RAISE_VARARGS 0");
    assert_eq!(body_shape("raise E"), "LOAD_NAME E; RAISE_VARARGS 1");
    assert_eq!(
        body_shape("raise E from F"),
        "LOAD_NAME E; LOAD_NAME F; RAISE_VARARGS 2"
    );
    let f = find(&exec("def f():\n  return\n"), "f");
    assert_eq!(shape(&f), "LOAD_CONST None; RETURN_VALUE");
    let f = find(&exec("def f(a):\n  return (1, 2)\n  a = 3\n"), "f");
    assert_eq!(shape(&f), "LOAD_CONST (1, 2); RETURN_VALUE");
}

#[test]
fn closures_and_cells() {
    let code =
        exec("def f(a):\n  b = 1\n  def g():\n    nonlocal b\n    b = a\n  del b\n  return g\n");
    let f = find(&code, "f");
    assert_eq!(
        shape(&f),
        "MAKE_CELL a; MAKE_CELL b; LOAD_CONST 1; STORE_DEREF b; LOAD_CLOSURE a; LOAD_CLOSURE b; BUILD_TUPLE 2; \
         LOAD_CONST <code object g, line 3>; MAKE_FUNCTION 8; STORE_FAST g; DELETE_DEREF b; LOAD_FAST g; RETURN_VALUE"
    );
    assert_eq!(
        f.localsplus_names
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>(),
        ["a", "g", "b"]
    );
    use stitch_bytecode::local_kind::{CELL, FREE, LOCAL};
    assert_eq!(f.localsplus_kinds, [LOCAL | CELL, LOCAL, CELL]);
    let g = find(&code, "f.<locals>.g");
    assert_eq!(
        shape(&g),
        "COPY_FREE_VARS 2; LOAD_DEREF a; STORE_DEREF b; LOAD_CONST None; RETURN_VALUE"
    );
    assert_eq!(g.localsplus_kinds, [FREE, FREE]);
    assert_ne!(g.flags & code_flags::NESTED, 0);
    // A class body reading an enclosing function's variable.
    let code = exec("def f():\n  x = 1\n  class C:\n    y = x\n");
    assert_eq!(
        shape(&find(&code, "f.<locals>.C")),
        "COPY_FREE_VARS 1; LOAD_NAME __name__; STORE_NAME __module__; LOAD_CONST \"f.<locals>.C\"; \
         STORE_NAME __qualname__; LOAD_CLASSDEREF x; STORE_NAME y; LOAD_CONST None; RETURN_VALUE"
    );
    // Globals from a function, names from module level.
    let f = find(&exec("x = 1\ndef f():\n  global y\n  y = x\n"), "f");
    assert_eq!(
        shape(&f),
        "LOAD_GLOBAL x; STORE_GLOBAL y; LOAD_CONST None; RETURN_VALUE"
    );
}
