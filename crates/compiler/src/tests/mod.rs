//! Unit tests of the whole pipeline: disassembly shapes, scoping,
//! exception tables, stack sizes and errors.

mod deep;
mod errors;
mod scopes;
mod shapes;
mod tables;

use std::rc::Rc;

use stitch_bytecode::{
    ArgKind, BinOp, CmpOp, CodeObject, CompileError, Constant, Mode, const_repr, disassemble,
    instructions,
};

pub(crate) fn compile_mode(src: &str, mode: Mode) -> Rc<CodeObject> {
    match crate::compile(src, "<test>", mode) {
        Ok(c) => {
            check_invariants(&c);
            c
        }
        Err(e) => panic!("compile failed for {src:?}: {e:?}"),
    }
}

pub(crate) fn exec(src: &str) -> Rc<CodeObject> {
    compile_mode(src, Mode::Exec)
}

pub(crate) fn error(src: &str) -> CompileError {
    match crate::compile(src, "<test>", Mode::Exec) {
        Ok(c) => panic!("expected an error for {src:?}, got:\n{}", disassemble(&c)),
        Err(e) => e,
    }
}

/// The nested code object with this qualname.
pub(crate) fn find(code: &Rc<CodeObject>, qualname: &str) -> Rc<CodeObject> {
    fn walk(code: &Rc<CodeObject>, q: &str) -> Option<Rc<CodeObject>> {
        if &*code.qualname == q {
            return Some(code.clone());
        }
        code.consts.iter().find_map(|c| match c {
            Constant::Code(inner) => walk(inner, q),
            _ => None,
        })
    }
    walk(code, qualname)
        .unwrap_or_else(|| panic!("no code object {qualname}:\n{}", disassemble(code)))
}

/// A compact one-line rendering of a code object's instructions:
/// `LOAD_NAME f; PUSH_NULL; CALL 0; ...`, jumps as `@n`, the index of the
/// target instruction (so inline-cache sizes do not change shapes).
pub(crate) fn shape(code: &CodeObject) -> String {
    let starts: Vec<usize> = instructions(&code.code).map(|(at, _, _)| at).collect();
    let index_of = |offset: u32| {
        starts
            .iter()
            .position(|s| *s == offset as usize)
            .map_or_else(|| format!("?{offset}"), |i| i.to_string())
    };
    instructions(&code.code)
        .map(|(_, op, arg)| {
            let detail = match op.arg_kind() {
                ArgKind::None => return op.name().to_string(),
                ArgKind::Num => arg.to_string(),
                ArgKind::Const => code
                    .consts
                    .get(arg as usize)
                    .map(const_repr)
                    .unwrap_or_default(),
                ArgKind::Name => code
                    .names
                    .get(arg as usize)
                    .map(|s| s.to_string())
                    .unwrap_or_default(),
                ArgKind::Local => code
                    .localsplus_names
                    .get(arg as usize)
                    .map(|s| s.to_string())
                    .unwrap_or_default(),
                ArgKind::Jump => format!("@{}", index_of(arg)),
                ArgKind::BinOp => BinOp::from_u32(arg)
                    .map(|b| b.symbol().to_string())
                    .unwrap_or_default(),
                ArgKind::Compare => CmpOp::from_u32(arg)
                    .map(|c| c.symbol().to_string())
                    .unwrap_or_default(),
            };
            format!("{} {}", op.name(), detail)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Shape of a module's code without the final `LOAD_CONST None; RETURN_VALUE`.
pub(crate) fn body_shape(src: &str) -> String {
    let s = shape(&exec(src));
    s.strip_suffix("; LOAD_CONST None; RETURN_VALUE")
        .map(str::to_string)
        .unwrap_or(s)
}
/// Developer aid: `STITCH_DIS=file.py cargo test -p stitch-compiler dis_file -- --ignored --nocapture`.
#[test]
#[ignore]
fn dis_file() {
    let Ok(path) = std::env::var("STITCH_DIS") else {
        return;
    };
    let src = std::fs::read_to_string(path).unwrap_or_default();
    match crate::compile(&src, "<dis>", Mode::Exec) {
        Ok(c) => println!("{}", disassemble(&c)),
        Err(e) => println!("ERROR {e:?}"),
    }
}

/// Developer aid: `STITCH_ERRS=cases.txt` (cases separated by `\n=====\n`).
#[test]
#[ignore]
fn errs_file() {
    let Ok(path) = std::env::var("STITCH_ERRS") else {
        return;
    };
    let src = std::fs::read_to_string(path).unwrap_or_default();
    for case in src.split("\n=====\n") {
        let short: String = case.chars().take(40).collect();
        match crate::compile(case, "<s>", Mode::Exec) {
            Ok(_) => println!("{short:?} -> OK"),
            Err(e) => println!(
                "{short:?} -> {} {:?} {} {} {} {} {:?}",
                e.kind.name(),
                e.msg,
                e.line,
                e.col,
                e.end_line,
                e.end_col,
                e.text.map(|t| t.chars().take(30).collect::<String>())
            ),
        }
    }
}

/// Developer aid: compile every `.py` file under `STITCH_CORPUS` and report
/// errors other than unsupported constructs.
#[test]
#[ignore]
fn corpus() {
    let Ok(root) = std::env::var("STITCH_CORPUS") else {
        return;
    };
    let mut stack = vec![std::path::PathBuf::from(root)];
    let (mut ok, mut unsup, mut bad) = (0, 0, 0);
    while let Some(p) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&p) else {
            continue;
        };
        for ent in rd.flatten() {
            let path = ent.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "py") {
                let Ok(src) = std::fs::read_to_string(&path) else {
                    continue;
                };
                match crate::compile(&src, "<corpus>", Mode::Exec) {
                    Ok(code) => {
                        ok += 1;
                        check_invariants(&code);
                    }
                    Err(e) if e.msg.contains("not supported yet") => unsup += 1,
                    Err(e) => {
                        bad += 1;
                        println!(
                            "{}: {} {} line {} col {}",
                            path.display(),
                            e.kind.name(),
                            e.msg,
                            e.line,
                            e.col
                        );
                    }
                }
            }
        }
    }
    println!("ok {ok} unsupported {unsup} errors {bad}");
}

/// Structural invariants every code object must satisfy.
pub(crate) fn check_invariants(code: &CodeObject) {
    use stitch_bytecode::{Constant, Opcode, instructions};
    if let Err(e) = stitch_bytecode::verify(code) {
        panic!("verifier: {e}\n{}", disassemble(code));
    }
    let n = code.code.len() as u32;
    assert_eq!(code.positions.len(), code.code.len());
    let starts: Vec<u32> = instructions(&code.code).map(|(o, _, _)| o as u32).collect();
    for (off, op, arg) in instructions(&code.code) {
        let off = off as u32;
        if op.is_jump() {
            assert!(
                starts.contains(&arg),
                "{}: jump to {arg} not an instruction",
                code.qualname
            );
            match op {
                Opcode::JUMP_BACKWARD => {
                    assert!(arg <= off, "{}: JUMP_BACKWARD forward", code.qualname)
                }
                Opcode::JUMP if arg <= off => {
                    assert_eq!(
                        code.code[arg as usize].op(),
                        Opcode::SEND,
                        "{}: JUMP backward",
                        code.qualname
                    )
                }
                _ => assert!(
                    arg > off,
                    "{}: {} backward at {off}",
                    code.qualname,
                    op.name()
                ),
            }
        }
        if op == Opcode::LOAD_CONST {
            assert!((arg as usize) < code.consts.len());
        }
    }
    let mut prev_end = 0;
    for e in &code.exception_table {
        assert!(
            e.start < e.end && e.end <= n && e.start >= prev_end,
            "{}: bad table {:?}",
            code.qualname,
            e
        );
        assert!(starts.contains(&e.target));
        assert!(e.depth < code.stacksize.max(1) + 1);
        prev_end = e.end;
    }
    if code.flags & stitch_bytecode::code_flags::OPTIMIZED != 0
        && code.name.as_ref() != "<listcomp>"
    {
        let is_comp = code.name.starts_with('<') && code.name.as_ref() != "<lambda>";
        if !is_comp {
            assert!(
                matches!(
                    code.consts.first(),
                    Some(Constant::Str(_)) | Some(Constant::None)
                ),
                "{}",
                code.qualname
            );
        }
    }
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            check_invariants(inner);
        }
    }
}

/// Developer aid: write code-object metadata for every file under
/// `STITCH_CORPUS` to `STITCH_META_OUT`, in the format of the CPython-side
/// dumper used for differential checks of scoping and layout decisions.
#[test]
#[ignore]
fn corpus_meta() {
    use std::fmt::Write as _;
    let (Ok(root), Ok(out)) = (
        std::env::var("STITCH_CORPUS"),
        std::env::var("STITCH_META_OUT"),
    ) else {
        return;
    };
    fn dump(co: &CodeObject, s: &mut String) {
        let join = |it: &mut dyn Iterator<Item = &Rc<str>>| {
            it.map(|x| x.to_string()).collect::<Vec<_>>().join(",")
        };
        let _ = writeln!(
            s,
            "{}|{}|{}|{}|{}|{}|{}|{}|{}|{}",
            co.qualname,
            co.name,
            co.firstlineno,
            co.argcount,
            co.posonlyargcount,
            co.kwonlyargcount,
            co.flags & 0x10003ff,
            join(&mut co.varnames()),
            join(&mut co.cellvars()),
            join(&mut co.freevars())
        );
        for c in &co.consts {
            if let stitch_bytecode::Constant::Code(inner) = c {
                dump(inner, s);
            }
        }
    }
    let mut s = String::new();
    let mut stack = vec![std::path::PathBuf::from(root)];
    let mut files = Vec::new();
    while let Some(p) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&p) else {
            continue;
        };
        for ent in rd.flatten() {
            let path = ent.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "py") {
                files.push(path);
            }
        }
    }
    for path in files {
        let Ok(src) = std::fs::read_to_string(&path) else {
            continue;
        };
        let _ = writeln!(s, "FILE {}", path.display());
        match crate::compile(&src, "<corpus>", Mode::Exec) {
            Ok(code) => dump(&code, &mut s),
            Err(e) if e.msg.contains("not supported yet") => s.push_str("UNSUPPORTED\n"),
            Err(_) => s.push_str("ERR\n"),
        }
    }
    let _ = std::fs::write(out, s);
}

/// Developer aid: per code object, the set of name-related and structural
/// instructions, for a differential check against CPython's (`STITCH_NAMES_OUT`).
#[test]
#[ignore]
fn corpus_names() {
    use std::fmt::Write as _;
    use stitch_bytecode::Opcode::*;
    let (Ok(root), Ok(out)) = (
        std::env::var("STITCH_CORPUS"),
        std::env::var("STITCH_NAMES_OUT"),
    ) else {
        return;
    };
    fn dump(co: &CodeObject, s: &mut String) {
        let mut set = std::collections::BTreeSet::new();
        for (_, op, arg) in instructions(&co.code) {
            let name = |v: &Vec<Rc<str>>| {
                v.get(arg as usize)
                    .map(|x| x.to_string())
                    .unwrap_or_default()
            };
            let item = match op {
                LOAD_NAME | STORE_NAME | DELETE_NAME | LOAD_GLOBAL | STORE_GLOBAL
                | DELETE_GLOBAL | LOAD_ATTR | STORE_ATTR | DELETE_ATTR | LOAD_METHOD
                | IMPORT_NAME | IMPORT_FROM => {
                    format!("{} {}", op.name(), name(&co.names))
                }
                LOAD_FAST | STORE_FAST | DELETE_FAST | LOAD_DEREF | STORE_DEREF | DELETE_DEREF
                | LOAD_CLASSDEREF | LOAD_CLOSURE => {
                    format!("{} {}", op.name(), name(&co.localsplus_names))
                }
                IMPORT_STAR | SETUP_ANNOTATIONS | LOAD_BUILD_CLASS | YIELD_VALUE
                | GET_YIELD_FROM_ITER | BEFORE_WITH | CHECK_EXC_MATCH | PUSH_EXC_INFO
                | PRINT_EXPR | LOAD_ASSERTION_ERROR | BINARY_SUBSCR | STORE_SUBSCR
                | DELETE_SUBSCR | GET_ITER | FOR_ITER => op.name().to_string(),
                FORMAT_VALUE | BUILD_STRING | UNPACK_SEQUENCE | UNPACK_EX | DICT_MERGE
                | DICT_UPDATE | SET_UPDATE | CALL_FUNCTION_EX | BUILD_SLICE | RAISE_VARARGS
                | MAKE_FUNCTION => format!("{} {arg}", op.name()),
                _ => continue,
            };
            set.insert(item);
        }
        let _ = writeln!(
            s,
            "{}|{}",
            co.qualname,
            set.into_iter().collect::<Vec<_>>().join(" ; ")
        );
        for c in &co.consts {
            if let stitch_bytecode::Constant::Code(inner) = c {
                dump(inner, s);
            }
        }
    }
    let mut s = String::new();
    let mut stack = vec![std::path::PathBuf::from(root)];
    while let Some(p) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&p) else {
            continue;
        };
        for ent in rd.flatten() {
            let path = ent.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "py") {
                let Ok(src) = std::fs::read_to_string(&path) else {
                    continue;
                };
                let _ = writeln!(s, "FILE {}", path.display());
                match crate::compile(&src, "<corpus>", Mode::Exec) {
                    Ok(code) => dump(&code, &mut s),
                    Err(e) if e.msg.contains("not supported yet") => s.push_str("UNSUPPORTED\n"),
                    Err(_) => s.push_str("ERR\n"),
                }
            }
        }
    }
    let _ = std::fs::write(out, s);
}
