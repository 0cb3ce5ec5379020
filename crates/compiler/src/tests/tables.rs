//! Exception tables and stack sizes.

use stitch_bytecode::ExceptionEntry;

use super::{exec, find, shape};

/// The exception table as (start, end, target, depth), with offsets given
/// as instruction indices (so inline-cache sizes do not change them; `end`
/// is the index of the first instruction past the range).
fn table(code: &stitch_bytecode::CodeObject) -> Vec<(u32, u32, u32, u32)> {
    let starts: Vec<usize> = stitch_bytecode::code::instructions(&code.code)
        .map(|(at, _, _)| at)
        .collect();
    let index = |offset: u32| starts.partition_point(|s| *s < offset as usize) as u32;
    code.exception_table
        .iter()
        .map(
            |ExceptionEntry {
                 start,
                 end,
                 target,
                 depth,
             }| (index(*start), index(*end), index(*target), *depth),
        )
        .collect()
}

#[test]
fn try_except() {
    let code = exec("try:\n  f()\nexcept E:\n  g()\n");
    assert_eq!(
        shape(&code),
        "LOAD_NAME f; PUSH_NULL; CALL 0; POP_TOP; JUMP @20; PUSH_EXC_INFO; LOAD_NAME E; CHECK_EXC_MATCH; \
         POP_JUMP_IF_FALSE @16; POP_TOP; LOAD_NAME g; PUSH_NULL; CALL 0; POP_TOP; POP_EXCEPT; JUMP @20; RERAISE; \
         SWAP 2; POP_EXCEPT; RERAISE; LOAD_CONST None; RETURN_VALUE"
    );
    assert_eq!(
        table(&code),
        [(0, 4, 5, 0), (5, 14, 17, 1), (16, 17, 17, 1)]
    );
    assert_eq!(code.stacksize, 3);
}

#[test]
fn except_as_clears_the_name() {
    let code = exec("try:\n  pass\nexcept E as e:\n  g(e)\n");
    assert_eq!(
        shape(&code),
        "JUMP @24; PUSH_EXC_INFO; LOAD_NAME E; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE @20; STORE_NAME e; LOAD_NAME g; \
         PUSH_NULL; LOAD_NAME e; CALL 1; POP_TOP; POP_EXCEPT; LOAD_CONST None; STORE_NAME e; DELETE_NAME e; \
         JUMP @24; LOAD_CONST None; STORE_NAME e; DELETE_NAME e; RERAISE; RERAISE; SWAP 2; POP_EXCEPT; RERAISE; \
         LOAD_CONST None; RETURN_VALUE"
    );
    // The body (6..11) is protected by the name-clearing handler at 16, which
    // is itself protected by the POP_EXCEPT cleanup at 21, as is the no-match RERAISE.
    assert_eq!(
        table(&code),
        [(1, 6, 21, 1), (6, 11, 16, 1), (16, 21, 21, 1)]
    );
    assert_eq!(code.stacksize, 4);
}

#[test]
fn try_finally() {
    let code = exec("try:\n  f()\nfinally:\n  g()\n");
    assert_eq!(
        shape(&code),
        "LOAD_NAME f; PUSH_NULL; CALL 0; POP_TOP; LOAD_NAME g; PUSH_NULL; CALL 0; POP_TOP; JUMP @18; \
         PUSH_EXC_INFO; LOAD_NAME g; PUSH_NULL; CALL 0; POP_TOP; RERAISE; SWAP 2; POP_EXCEPT; RERAISE; \
         LOAD_CONST None; RETURN_VALUE"
    );
    assert_eq!(table(&code), [(0, 4, 9, 0), (9, 15, 15, 1)]);
}

#[test]
fn return_through_finally_keeps_the_value() {
    let f = find(
        &exec("def f():\n  try:\n    return g()\n  finally:\n    h()\n"),
        "f",
    );
    assert_eq!(
        shape(&f),
        "LOAD_GLOBAL g; PUSH_NULL; CALL 0; LOAD_GLOBAL h; PUSH_NULL; CALL 0; POP_TOP; RETURN_VALUE; PUSH_EXC_INFO; \
         LOAD_GLOBAL h; PUSH_NULL; CALL 0; POP_TOP; RERAISE; SWAP 2; POP_EXCEPT; RERAISE"
    );
    assert_eq!(table(&f), [(0, 3, 8, 0), (8, 14, 14, 1)]);
    assert_eq!(f.stacksize, 4);
}

#[test]
fn with_statement() {
    let code = exec("with m() as x:\n  f()\n");
    assert_eq!(
        shape(&code),
        "LOAD_NAME m; PUSH_NULL; CALL 0; BEFORE_WITH; STORE_NAME x; LOAD_NAME f; PUSH_NULL; CALL 0; POP_TOP; \
         LOAD_CONST None; LOAD_CONST None; LOAD_CONST None; CALL 3; POP_TOP; JUMP @26; PUSH_EXC_INFO; \
         WITH_EXCEPT_START; POP_JUMP_IF_TRUE @22; RERAISE; SWAP 2; POP_EXCEPT; RERAISE; POP_TOP; POP_EXCEPT; \
         POP_TOP; POP_TOP; LOAD_CONST None; RETURN_VALUE"
    );
    // Body (and the target store) -> handler at depth 2 ([exit, mgr]); the
    // handler -> cleanup at depth 3 ([exit, mgr, prev_exc]).
    assert_eq!(
        table(&code),
        [(4, 9, 15, 2), (15, 19, 19, 3), (22, 23, 19, 3)]
    );
    assert_eq!(code.stacksize, 5);
}

#[test]
fn break_out_of_with_in_loop() {
    let code = exec("for i in x:\n  with m:\n    break\n");
    assert_eq!(
        shape(&code),
        "LOAD_NAME x; GET_ITER; FOR_ITER @26; STORE_NAME i; LOAD_NAME m; BEFORE_WITH; POP_TOP; LOAD_CONST None; \
         LOAD_CONST None; LOAD_CONST None; CALL 3; POP_TOP; POP_TOP; JUMP @26; PUSH_EXC_INFO; WITH_EXCEPT_START; \
         POP_JUMP_IF_TRUE @21; RERAISE; SWAP 2; POP_EXCEPT; RERAISE; POP_TOP; POP_EXCEPT; POP_TOP; POP_TOP; \
         JUMP_BACKWARD @2; LOAD_CONST None; RETURN_VALUE"
    );
    // Handlers see the iterator below the with's two values.
    assert_eq!(
        table(&code),
        [(6, 7, 14, 3), (14, 18, 18, 4), (21, 22, 18, 4)]
    );
}

#[test]
fn return_from_with_in_function() {
    let f = find(&exec("def f():\n  with m:\n    return x\n"), "f");
    assert_eq!(
        shape(&f),
        "LOAD_GLOBAL m; BEFORE_WITH; POP_TOP; LOAD_GLOBAL x; SWAP 3; SWAP 2; LOAD_CONST None; LOAD_CONST None; \
         LOAD_CONST None; CALL 3; POP_TOP; RETURN_VALUE; PUSH_EXC_INFO; WITH_EXCEPT_START; POP_JUMP_IF_TRUE @19; \
         RERAISE; SWAP 2; POP_EXCEPT; RERAISE; POP_TOP; POP_EXCEPT; POP_TOP; POP_TOP; LOAD_CONST None; RETURN_VALUE"
    );
    assert_eq!(f.stacksize, 6);
}

#[test]
fn stack_sizes() {
    assert_eq!(exec("f(a, b, c)").stacksize, 5);
    assert_eq!(exec("x = 1").stacksize, 1);
    assert_eq!(exec("x = a + (b * (c - d))").stacksize, 4);
    assert_eq!(exec("").stacksize, 1);
    // Large displays are built incrementally.
    let src = format!(
        "x = [{}]",
        (0..1000)
            .map(|i| format!("a{i}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    assert!(exec(&src).stacksize <= 3);
    let src = format!(
        "f({})",
        (0..1000)
            .map(|i| format!("a{i}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    assert!(exec(&src).stacksize <= 5);
}

#[test]
fn nested_handlers_carve_out() {
    let code = exec("try:\n  try:\n    a()\n  except:\n    b()\nexcept:\n  c()\n");
    let t = table(&code);
    // Entries never overlap and are sorted.
    for w in t.windows(2) {
        assert!(w[0].1 <= w[1].0, "{t:?}");
    }
    // The inner body goes to the inner handler, the inner handler's body to
    // its cleanup, and the cleanup to the outer handler.
    assert_eq!(
        t[0].2,
        t[0].1 + 1,
        "inner body -> inner handler right after its jump: {t:?}"
    );
}
