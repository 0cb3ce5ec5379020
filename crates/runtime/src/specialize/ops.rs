//! Specializing operators, comparisons, membership tests, subscripts,
//! unpacking and `for` loops by the types of their operands.

use stitch_bytecode::{BinOp, Opcode};

use super::{Reason, set_cache};
use crate::frame::Frame;
use crate::function::{code_rt_of, remember_function};
use crate::iter::IterState;
use crate::object::ObjKind;
use crate::protocol::binop_dunders;
use crate::types::{self, as_type};
use crate::uops::exact;
use crate::value::{Value, tag};
use crate::vm::Vm;

/// What the specializer distinguishes about an operand.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    Other,
}

fn kind(vm: &Vm, v: &Value) -> Kind {
    match v.tag() {
        tag::INT => Kind::Int,
        tag::FLOAT => Kind::Float,
        _ if exact(v, &vm.types.str_) => Kind::Str,
        _ if exact(v, &vm.types.list) => Kind::List,
        _ if exact(v, &vm.types.tuple) => Kind::Tuple,
        _ if exact(v, &vm.types.dict) => Kind::Dict,
        _ if exact(v, &vm.types.set) || exact(v, &vm.types.frozenset) => Kind::Set,
        _ => Kind::Other,
    }
}

/// The kinds of NOS and TOS.
fn operands(vm: &Vm, f: &Frame) -> (Kind, Kind) {
    (kind(vm, f.peek(2)), kind(vm, f.peek(1)))
}

pub(super) fn binary_op(vm: &Vm, f: &Frame, arg: u32) -> Result<Opcode, Reason> {
    use Kind::*;
    let op = BinOp::from_u32(arg).ok_or("bad operator")?.base();
    Ok(match (operands(vm, f), op) {
        ((Int, Int), BinOp::Add) => Opcode::BINARY_OP_ADD_INT,
        ((Int, Int), BinOp::Subtract) => Opcode::BINARY_OP_SUBTRACT_INT,
        ((Int, Int), BinOp::Multiply) => Opcode::BINARY_OP_MULTIPLY_INT,
        ((Int, Int), BinOp::MatMul) => return Err("int @ int"),
        ((Int, Int), _) => Opcode::BINARY_OP_INT,
        ((Float, Float), BinOp::Add) => Opcode::BINARY_OP_ADD_FLOAT,
        ((Float, Float), BinOp::Subtract) => Opcode::BINARY_OP_SUBTRACT_FLOAT,
        ((Float, Float), BinOp::Multiply) => Opcode::BINARY_OP_MULTIPLY_FLOAT,
        ((Float, Float) | (Float, Int) | (Int, Float), o) if crate::num::is_float_op(o) => {
            match operands(vm, f) {
                (Float, Float) => Opcode::BINARY_OP_FLOAT,
                (Float, Int) => Opcode::BINARY_OP_FLOAT_INT,
                _ => Opcode::BINARY_OP_INT_FLOAT,
            }
        }
        ((Float, Float) | (Float, Int) | (Int, Float), _) => return Err("float: bitwise operator"),
        ((Str, Str), BinOp::Add) => Opcode::BINARY_OP_ADD_STR,
        ((Str, _), BinOp::Remainder) => return Err("str % formatting"),
        ((Str, Str), _) => return Err("str: other operator"),
        ((List, _) | (_, List), _) => return Err("list operand"),
        ((Tuple, _) | (_, Tuple), _) => return Err("tuple operand"),
        ((Other, _), _) => return py_dunder(vm, f, op_of(arg)),
        ((_, Other), _) => return Err("other type"),
        _ => return Err("mixed types"),
    })
}

fn op_of(arg: u32) -> BinOp {
    BinOp::from_u32(arg).unwrap_or(BinOp::Add)
}

/// `a op b` where a's class defines the operator method in Python, b is
/// of the same class or an int or float (whose reflected method never
/// goes first), and no in-place method comes before it.
fn py_dunder(vm: &Vm, f: &Frame, op: BinOp) -> Result<Opcode, Reason> {
    let (a, b) = (f.peek(2), f.peek(1));
    if !vm.is_heap_instance(a) {
        return Err("other type");
    }
    let ta = vm.type_obj_of(a);
    if !matches!(b.tag(), tag::INT | tag::FLOAT) && !std::ptr::eq(ta, vm.type_obj_of(b)) {
        return Err("operator method: other right operand");
    }
    let t = as_type(ta);
    let (name, _, iname) = binop_dunders(op);
    if op.is_inplace() && types::lookup(t, iname).is_some() {
        return Err("operator method: in-place method");
    }
    let Some(method) = types::lookup(t, name) else {
        return Err("other type");
    };
    let Some(ObjKind::Function(func)) = method.as_obj().map(|o| &o.kind) else {
        return Err("operator method: not a Python function");
    };
    if code_rt_of(&func.code()).simple_args != 2 {
        return Err("operator method: not (self, other)");
    }
    let (version, func_version) = (t.version(), func.version.get());
    if version == 0 || func_version == 0 {
        return Err("operator method: no version");
    }
    remember_function(&method);
    set_cache(f, 1, version);
    set_cache(f, 2, func_version);
    Ok(Opcode::BINARY_OP_PY_DUNDER)
}

/// Is the instruction after the one being specialized (an `op`) a
/// conditional jump on the bool it pushes?
fn jump_follows(f: &Frame, op: Opcode) -> bool {
    matches!(
        super::next_op(f, op),
        Some(Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE)
    )
}

pub(super) fn compare_op(vm: &Vm, f: &Frame, _arg: u32) -> Result<Opcode, Reason> {
    use Kind::*;
    let jump = jump_follows(f, Opcode::COMPARE_OP);
    match operands(vm, f) {
        (Int, Int) if jump => Ok(Opcode::COMPARE_OP_INT_JUMP),
        (Float, Float) if jump => Ok(Opcode::COMPARE_OP_FLOAT_JUMP),
        (Str, Str) if jump => Ok(Opcode::COMPARE_OP_STR_JUMP),
        (Int, Int) => Ok(Opcode::COMPARE_OP_INT),
        (Float, Float) => Ok(Opcode::COMPARE_OP_FLOAT),
        (Str, Str) => Ok(Opcode::COMPARE_OP_STR),
        (Float, Int) => Ok(Opcode::COMPARE_OP_FLOAT_INT),
        (Int, Float) => Ok(Opcode::COMPARE_OP_INT_FLOAT),
        (Other, _) | (_, Other) => Err("other type"),
        _ => Err("mixed types"),
    }
}

pub(super) fn contains_op(vm: &Vm, f: &Frame) -> Result<Opcode, Reason> {
    match kind(vm, f.peek(1)) {
        Kind::Dict => Ok(Opcode::CONTAINS_OP_DICT),
        Kind::Set => Ok(Opcode::CONTAINS_OP_SET),
        Kind::List => Ok(Opcode::CONTAINS_OP_LIST),
        Kind::Tuple => Ok(Opcode::CONTAINS_OP_TUPLE),
        Kind::Str => Err("in str"),
        _ => Err("other container"),
    }
}

pub(super) fn binary_subscr(vm: &Vm, f: &Frame) -> Result<Opcode, Reason> {
    use Kind::*;
    match operands(vm, f) {
        (List, Int) => Ok(Opcode::BINARY_SUBSCR_LIST_INT),
        (Tuple, Int) => Ok(Opcode::BINARY_SUBSCR_TUPLE_INT),
        (Str, Int) => Ok(Opcode::BINARY_SUBSCR_STR_INT),
        (Dict, _) => Ok(Opcode::BINARY_SUBSCR_DICT),
        (List, _) if int_slice(vm, f.peek(1)) => Ok(Opcode::BINARY_SUBSCR_LIST_SLICE),
        (Tuple, _) if int_slice(vm, f.peek(1)) => Ok(Opcode::BINARY_SUBSCR_TUPLE_SLICE),
        (Str, _) if int_slice(vm, f.peek(1)) => Ok(Opcode::BINARY_SUBSCR_STR_SLICE),
        (List | Tuple | Str, _) if is_slice(f.peek(1)) => Err("slice: non-int bounds"),
        (List | Tuple | Str, _) => Err("non-int index"),
        _ => Err("other container"),
    }
}

fn is_slice(v: &Value) -> bool {
    matches!(v.as_obj().map(|o| &o.kind), Some(ObjKind::Slice(_)))
}

/// A slice the `*_SLICE` forms take: bounds that are ints, bools or None.
fn int_slice(vm: &Vm, v: &Value) -> bool {
    exact(v, &vm.types.slice)
        && matches!(v.as_obj().map(|o| &o.kind), Some(ObjKind::Slice(s))
            if s.iter().all(|b| matches!(b.tag(), tag::INT | tag::BOOL | tag::NONE)))
}

pub(super) fn store_subscr(vm: &Vm, f: &Frame) -> Result<Opcode, Reason> {
    use Kind::*;
    match operands(vm, f) {
        (List, Int) => Ok(Opcode::STORE_SUBSCR_LIST_INT),
        (Dict, _) => Ok(Opcode::STORE_SUBSCR_DICT),
        (List, _) if int_slice(vm, f.peek(1)) => Ok(Opcode::STORE_SUBSCR_LIST_SLICE),
        (List, _) if is_slice(f.peek(1)) => Err("list: slice with non-int bounds"),
        (List, _) => Err("list: non-int index"),
        _ => Err("other container"),
    }
}

pub(super) fn unpack_sequence(vm: &Vm, f: &Frame, n: u32) -> Result<Opcode, Reason> {
    let v = f.peek(1);
    let len = match v.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Tuple(t)) => t.len(),
        Some(ObjKind::List(l)) => l.borrow().len(),
        _ => return Err("not a list or tuple"),
    };
    if len != n as usize {
        return Err("wrong length");
    }
    match kind(vm, v) {
        Kind::Tuple => Ok(Opcode::UNPACK_SEQUENCE_TUPLE),
        Kind::List => Ok(Opcode::UNPACK_SEQUENCE_LIST),
        _ => Err("subclass"),
    }
}

pub(super) fn for_iter(vm: &Vm, f: &Frame) -> Result<Opcode, Reason> {
    let it = f.peek(1);
    if exact(it, &vm.types.enumerate) {
        return Ok(Opcode::FOR_ITER_ENUMERATE);
    }
    if exact(it, &vm.types.zip) {
        return Ok(Opcode::FOR_ITER_ZIP);
    }
    match it.as_obj().map(|o| &o.kind) {
        Some(ObjKind::Iter(s)) => match &*s.borrow() {
            IterState::Range { .. } => Ok(Opcode::FOR_ITER_RANGE),
            IterState::Seq { seq, .. } => match seq.as_obj().map(|o| &o.kind) {
                Some(ObjKind::List(_)) => Ok(Opcode::FOR_ITER_LIST),
                Some(ObjKind::Tuple(_)) => Ok(Opcode::FOR_ITER_TUPLE),
                _ => Err("str or bytes iterator"),
            },
            IterState::Dict { .. } => Err("dict iterator"),
            IterState::Enumerate { .. } => Err("enumerate subclass"),
            IterState::Zip { .. } => Err("zip subclass"),
            _ => Err("other built-in iterator"),
        },
        Some(ObjKind::Generator(g)) if g.kind == crate::generator::GenKind::Generator => {
            Ok(Opcode::FOR_ITER_GEN)
        }
        _ => Err("user-defined iterator"),
    }
}

pub(super) fn send(_vm: &Vm, f: &Frame) -> Result<Opcode, Reason> {
    match f.peek(2).as_obj().map(|o| &o.kind) {
        Some(ObjKind::Generator(g)) if g.kind != crate::generator::GenKind::AsyncGenerator => {
            Ok(Opcode::SEND_GEN)
        }
        Some(ObjKind::Iter(_)) if crate::coro::await_state(f.peek(2)).is_some() => {
            Err("awaitable of a coroutine or async generator")
        }
        _ => Err("other iterator"),
    }
}

pub(super) fn to_bool(vm: &Vm, f: &Frame) -> Result<Opcode, Reason> {
    let v = f.peek(1);
    let jump = jump_follows(f, Opcode::TO_BOOL);
    match v.tag() {
        tag::BOOL if jump => return Ok(Opcode::TO_BOOL_BOOL_JUMP),
        tag::BOOL => return Ok(Opcode::TO_BOOL_BOOL),
        tag::NONE => return Ok(Opcode::TO_BOOL_NONE),
        _ => {}
    }
    match kind(vm, v) {
        Kind::Int if jump => Ok(Opcode::TO_BOOL_INT_JUMP),
        Kind::Int => Ok(Opcode::TO_BOOL_INT),
        Kind::Float => Ok(Opcode::TO_BOOL_FLOAT),
        Kind::Str if jump => Ok(Opcode::TO_BOOL_STR_JUMP),
        Kind::Str => Ok(Opcode::TO_BOOL_STR),
        Kind::List if jump => Ok(Opcode::TO_BOOL_LIST_JUMP),
        Kind::List => Ok(Opcode::TO_BOOL_LIST),
        Kind::Dict => Err("dict"),
        Kind::Tuple => Err("tuple"),
        Kind::Set => Err("set"),
        Kind::Other => always_true(f),
    }
}

/// An instance of a Python class whose truth cannot depend on its state:
/// no `__bool__`, no `__len__`, no built-in value inside.
pub(super) fn always_true(f: &Frame) -> Result<Opcode, Reason> {
    let Some(o) = f.peek(1).as_obj() else {
        return Err("other type");
    };
    let ObjKind::Instance(inst) = &o.kind else {
        return Err("other type");
    };
    if !matches!(inst.base, crate::instance::Base::None) {
        return Err("subclass of a built-in type");
    }
    let t = crate::types::as_type(o.ty_obj());
    if crate::types::lookup(t, "__bool__").is_some() || crate::types::lookup(t, "__len__").is_some()
    {
        return Err("__bool__ or __len__");
    }
    super::set_cache(f, 1, t.version());
    Ok(Opcode::TO_BOOL_ALWAYS_TRUE)
}
