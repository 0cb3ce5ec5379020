//! The code generator's instruction buffer.
//!
//! Code generation appends [`Instr`]s to a flat list and binds [`Label`]s to
//! positions in it. Besides real instructions the list holds a few
//! *pseudo-instructions* (CPython's `SETUP_FINALLY`/`SETUP_CLEANUP`/
//! `SETUP_WITH`/`POP_BLOCK` and two jump flavours) that the assembler
//! consumes: exception handlers are described by the setup/pop pairs along
//! the control flow, exactly as CPython 3.11 does before it builds the
//! exception table.
//!
//! Operands are symbolic until assembly: jump operands are label ids, and
//! the operand of a local-variable instruction indexes the unit's
//! `varnames` (the `*_FAST` family) or its cell-then-free list (the
//! `*_DEREF` family, `LOAD_CLOSURE`, `LOAD_CLASSDEREF`).

use stitch_bytecode::{Opcode, Position};

/// A jump target inside one code unit.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub(crate) struct Label(pub u32);

/// What an [`Instr`] is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Op {
    /// A real instruction. For jump instructions the operand is a label id.
    Real(Opcode),
    /// Unconditional jump; becomes `JUMP` or `JUMP_BACKWARD` by direction.
    Jump,
    /// Unconditional jump that never checks the eval breaker (always `JUMP`).
    JumpNoInterrupt,
    /// Push an exception handler (operand: handler label); it runs with the
    /// stack cut to the depth here and the exception pushed.
    SetupFinally,
    /// Same as `SetupFinally`, used for the cleanup of an except or with block.
    SetupCleanup,
    /// Push the handler of a `with` block: the depth excludes the
    /// `__enter__` result on top of the stack.
    SetupWith,
    /// Pop the innermost exception handler.
    PopBlock,
}

impl Op {
    /// Does the operand name a label?
    pub fn has_label(self) -> bool {
        match self {
            Op::Real(op) => op.is_jump(),
            Op::Jump
            | Op::JumpNoInterrupt
            | Op::SetupFinally
            | Op::SetupCleanup
            | Op::SetupWith => true,
            Op::PopBlock => false,
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Instr {
    pub op: Op,
    pub arg: u32,
    pub pos: Position,
}

/// Instructions and labels of one code unit under construction.
#[derive(Default, Debug)]
pub(crate) struct InstrBuf {
    pub instrs: Vec<Instr>,
    /// Position of each label in `instrs` once bound.
    pub labels: Vec<Option<usize>>,
    /// Highest instruction index any label was bound to (peephole folding
    /// must not merge across a jump target).
    pub last_label_pos: usize,
}

impl InstrBuf {
    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label((self.labels.len() - 1) as u32)
    }

    pub fn bind(&mut self, l: Label) {
        let at = self.instrs.len();
        if let Some(slot) = self.labels.get_mut(l.0 as usize) {
            *slot = Some(at);
        }
        self.last_label_pos = self.last_label_pos.max(at);
    }

    pub fn push(&mut self, op: Op, arg: u32, pos: Position) {
        self.instrs.push(Instr { op, arg, pos });
    }
}
