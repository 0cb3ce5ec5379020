//! Assembly: from the code generator's instruction list to a [`CodeObject`].
//!
//! One flow analysis over the instruction list (CPython's `stackdepth` and
//! `label_exception_targets` in one walk) computes the stack depth before
//! every reachable instruction, the maximum depth, and the innermost
//! exception handler covering each instruction, from the setup/pop
//! pseudo-instructions along each path. Unreachable instructions are then
//! dropped, jumps to the next instruction removed, the local-variable
//! prologue (`COPY_FREE_VARS`, `MAKE_CELL`) prepended, labels resolved to
//! absolute code-unit offsets (reserving each instruction's inline cache
//! units), local operands resolved to `localsplus` slots, the exception
//! table built by coalescing runs of instructions with the same handler, and
//! unused constants dropped.

use std::rc::Rc;

use ruff_text_size::TextRange;
use stitch_bytecode::{
    ArgKind, CodeObject, CodeUnit, Constant, ExceptionEntry, MAX_OPARG, Opcode, Position,
    local_kind,
};

use crate::errors::{CErr, CResult};
use crate::ir::{InstrBuf, Op};

/// Everything a code unit contributes to its code object.
pub(crate) struct AsmInput {
    pub buf: InstrBuf,
    pub consts: Vec<Constant>,
    /// Keep `consts[0]` even when unused (a function's docstring slot).
    pub keep_first_const: bool,
    pub names: Vec<Rc<str>>,
    pub varnames: Vec<Rc<str>>,
    pub cellvars: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub flags: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub firstlineno: u32,
}

fn internal(msg: &str) -> CErr {
    CErr::syntax(
        format!("internal compiler error: {msg}"),
        TextRange::default(),
    )
}

/// Is the operand of `op` an index into the cell-then-free list?
fn is_deref_op(op: Opcode) -> bool {
    op.arg_kind() == ArgKind::Local
        && !matches!(
            op,
            Opcode::LOAD_FAST | Opcode::STORE_FAST | Opcode::DELETE_FAST
        )
}

pub(crate) fn assemble(mut a: AsmInput) -> CResult<CodeObject> {
    let instrs = &a.buf.instrs;
    let n = instrs.len();
    let label_pos = |l: u32| -> CResult<usize> {
        a.buf
            .labels
            .get(l as usize)
            .copied()
            .flatten()
            .ok_or_else(|| internal("unbound label"))
    };

    // 1. Flow analysis: depths and handlers.
    let mut depth_at: Vec<Option<i32>> = vec![None; n];
    let mut handler_at: Vec<Option<(u32, u32)>> = vec![None; n];
    let mut max_depth: i32 = 0;
    // Work list: (instruction index, stack depth, handler stack of (label, depth)).
    type Handlers = Vec<(u32, u32)>;
    let mut work: Vec<(usize, i32, Handlers)> = vec![(0, 0, Vec::new())];
    while let Some((mut i, mut depth, mut stack)) = work.pop() {
        loop {
            if i >= n {
                return Err(internal("control flow falls off the end of the code"));
            }
            if let Some(d) = depth_at[i] {
                if d != depth {
                    return Err(internal(&format!(
                        "inconsistent stack depth at instruction {i} ({d} vs {depth})"
                    )));
                }
                break;
            }
            depth_at[i] = Some(depth);
            let ins = instrs[i];
            match ins.op {
                Op::SetupFinally | Op::SetupCleanup | Op::SetupWith => {
                    let hdepth = if ins.op == Op::SetupWith {
                        depth - 1
                    } else {
                        depth
                    };
                    if hdepth < 0 {
                        return Err(internal("negative handler depth"));
                    }
                    work.push((label_pos(ins.arg)?, hdepth + 1, stack.clone()));
                    max_depth = max_depth.max(hdepth + 1);
                    stack.push((ins.arg, hdepth as u32));
                    i += 1;
                }
                Op::PopBlock => {
                    if stack.pop().is_none() {
                        return Err(internal("POP_BLOCK without a handler"));
                    }
                    i += 1;
                }
                Op::Jump | Op::JumpNoInterrupt => {
                    handler_at[i] = stack.last().copied();
                    work.push((label_pos(ins.arg)?, depth, stack.clone()));
                    break;
                }
                Op::Real(op) => {
                    handler_at[i] = stack.last().copied();
                    if op.is_jump() {
                        let d = depth + op.stack_effect(ins.arg, true);
                        if d < 0 {
                            return Err(internal(&format!("stack underflow at {}", op.name())));
                        }
                        max_depth = max_depth.max(d);
                        work.push((label_pos(ins.arg)?, d, stack.clone()));
                    }
                    if op.is_terminal() {
                        break;
                    }
                    depth += op.stack_effect(ins.arg, false);
                    if depth < 0 {
                        return Err(internal(&format!("stack underflow at {}", op.name())));
                    }
                    max_depth = max_depth.max(depth);
                    i += 1;
                }
            }
        }
    }

    // 2. Keep reachable real instructions and jumps; thread jumps to
    //    unconditional jumps; drop jumps to the next instruction.
    let mut keep: Vec<bool> = (0..n)
        .map(|i| {
            depth_at[i].is_some()
                && matches!(instrs[i].op, Op::Real(_) | Op::Jump | Op::JumpNoInterrupt)
        })
        .collect();
    let next_kept = |keep: &[bool]| -> Vec<usize> {
        let mut nk = vec![n; n + 1];
        for i in (0..n).rev() {
            nk[i] = if keep[i] { i } else { nk[i + 1] };
        }
        nk
    };
    let nk0 = next_kept(&keep);
    // Resolved target (an index into `instrs`, or `n` for the end) of every jump.
    let mut target: Vec<usize> = vec![n; n];
    for i in 0..n {
        if keep[i] && instrs[i].op.has_label() {
            target[i] = nk0[label_pos(instrs[i].arg)?.min(n)];
        }
    }
    for i in 0..n {
        if !keep[i] || !instrs[i].op.has_label() || instrs[i].op == Op::JumpNoInterrupt {
            continue;
        }
        let conditional = matches!(instrs[i].op, Op::Real(_));
        let mut t = target[i];
        let mut steps = 0;
        while t < n && instrs[t].op == Op::Jump && steps < 64 {
            let next = target[t];
            if conditional && next <= i {
                break;
            }
            t = next;
            steps += 1;
        }
        target[i] = t;
    }
    loop {
        let nk = next_kept(&keep);
        let mut changed = false;
        for i in 0..n {
            if keep[i]
                && matches!(instrs[i].op, Op::Jump | Op::JumpNoInterrupt)
                && nk[target[i]] == nk[i + 1]
            {
                keep[i] = false;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let nk = next_kept(&keep);

    // 3. Local slots: varnames, then cells that are not arguments, then frees.
    let nvar = a.varnames.len();
    let ncells = a.cellvars.len();
    let mut names: Vec<Rc<str>> = a.varnames.clone();
    let mut kinds: Vec<u8> = vec![local_kind::LOCAL; nvar];
    let mut cell_slot = Vec::with_capacity(ncells + a.freevars.len());
    for c in &a.cellvars {
        match a.varnames.iter().position(|v| v == c) {
            Some(i) => {
                kinds[i] |= local_kind::CELL;
                cell_slot.push(i as u32);
            }
            None => {
                cell_slot.push(names.len() as u32);
                names.push(c.clone());
                kinds.push(local_kind::CELL);
            }
        }
    }
    for f in &a.freevars {
        cell_slot.push(names.len() as u32);
        names.push(f.clone());
        kinds.push(local_kind::FREE);
    }

    // 4. Prologue, then offsets.
    let first_pos = (0..n)
        .find(|i| keep[*i])
        .map(|i| instrs[i].pos)
        .unwrap_or(Position {
            line: a.firstlineno,
            end_line: a.firstlineno,
            col: 0,
            end_col: 0,
        });
    let mut prologue: Vec<(Opcode, u32)> = Vec::new();
    if !a.freevars.is_empty() {
        prologue.push((Opcode::COPY_FREE_VARS, a.freevars.len() as u32));
    }
    let mut cell_slots_sorted: Vec<u32> = cell_slot[..ncells].to_vec();
    cell_slots_sorted.sort_unstable();
    for s in cell_slots_sorted {
        prologue.push((Opcode::MAKE_CELL, s));
    }
    let size = |op: Opcode| 1 + op.cache_entries();
    let mut offset: Vec<u32> = vec![0; n + 1];
    let mut off: u32 = prologue.iter().map(|(op, _)| size(*op)).sum();
    for i in 0..n {
        offset[i] = off;
        if keep[i] {
            let op = match instrs[i].op {
                Op::Real(op) => op,
                // A jump to this instruction or an earlier one is a back
                // edge (JUMP_BACKWARD, which has an inline cache).
                Op::Jump if nk[target[i]] <= i => Opcode::JUMP_BACKWARD,
                _ => Opcode::JUMP,
            };
            off += size(op);
        }
    }
    offset[n] = off;
    let label_offset = |l: u32| -> CResult<u32> { Ok(offset[nk[label_pos(l)?.min(n)]]) };

    // 5. Emit.
    let mut code: Vec<CodeUnit> = Vec::with_capacity(off as usize);
    let mut positions: Vec<Position> = Vec::with_capacity(off as usize);
    let mut emit = |op: Opcode, arg: u32, pos: Position, code: &mut Vec<CodeUnit>| -> CResult<()> {
        if arg > MAX_OPARG {
            return Err(CErr::syntax(
                "too many constants, names or code units in one code object",
                TextRange::default(),
            ));
        }
        code.push(CodeUnit::new(op, arg));
        positions.push(pos);
        for _ in 0..op.cache_entries() {
            code.push(CodeUnit::default());
            positions.push(pos);
        }
        Ok(())
    };
    for (op, arg) in &prologue {
        emit(*op, *arg, first_pos, &mut code)?;
    }
    let mut const_used = vec![false; a.consts.len()];
    if a.keep_first_const && !const_used.is_empty() {
        const_used[0] = true;
    }
    for i in 0..n {
        if !keep[i] {
            continue;
        }
        let ins = instrs[i];
        let (op, arg) = match ins.op {
            Op::Real(op) => {
                let arg = if op.is_jump() {
                    // Only the unconditional jumps may go backward (the
                    // runtime checks the eval breaker on JUMP_BACKWARD only).
                    let t = offset[nk[target[i]]];
                    if t <= offset[i] {
                        return Err(internal(&format!("backward {}", op.name())));
                    }
                    t
                } else if is_deref_op(op) {
                    *cell_slot
                        .get(ins.arg as usize)
                        .ok_or_else(|| internal("bad cell index"))?
                } else {
                    if op.arg_kind() == ArgKind::Const
                        && let Some(u) = const_used.get_mut(ins.arg as usize)
                    {
                        *u = true;
                    }
                    ins.arg
                };
                (op, arg)
            }
            Op::Jump => {
                let t = offset[nk[target[i]]];
                (
                    if t <= offset[i] {
                        Opcode::JUMP_BACKWARD
                    } else {
                        Opcode::JUMP
                    },
                    t,
                )
            }
            Op::JumpNoInterrupt => (Opcode::JUMP, offset[nk[target[i]]]),
            _ => continue,
        };
        emit(op, arg, ins.pos, &mut code)?;
    }

    // 6. Exception table.
    let mut table: Vec<ExceptionEntry> = Vec::new();
    for i in 0..n {
        if !keep[i] {
            continue;
        }
        let Some((label, depth)) = handler_at[i] else {
            continue;
        };
        let target = label_offset(label)?;
        let start = offset[i];
        let end = offset[nk[i + 1]];
        match table.last_mut() {
            Some(last) if last.end == start && last.target == target && last.depth == depth => {
                last.end = end
            }
            _ => table.push(ExceptionEntry {
                start,
                end,
                target,
                depth,
            }),
        }
    }

    // 7. Drop unused constants.
    let mut remap: Vec<u32> = vec![0; a.consts.len()];
    let mut consts = Vec::new();
    for (i, c) in std::mem::take(&mut a.consts).into_iter().enumerate() {
        if const_used[i] {
            remap[i] = consts.len() as u32;
            consts.push(c);
        }
    }
    let mut i = 0;
    while i < code.len() {
        let op = code[i].op();
        if op.arg_kind() == ArgKind::Const {
            let old = code[i].arg() as usize;
            code[i] = CodeUnit::new(op, remap.get(old).copied().unwrap_or(0));
        }
        i += 1 + op.cache_entries() as usize;
    }

    Ok(CodeObject {
        name: a.name,
        qualname: a.qualname,
        filename: a.filename,
        flags: a.flags,
        argcount: a.argcount,
        posonlyargcount: a.posonlyargcount,
        kwonlyargcount: a.kwonlyargcount,
        firstlineno: a.firstlineno,
        code,
        consts,
        names: a.names,
        localsplus_names: names,
        localsplus_kinds: kinds,
        stacksize: max_depth as u32,
        positions,
        exception_table: table,
    })
}
