//! The uop instruction: one record per uop, the same in the projection
//! buffer and in executors, and the fixed-size buffer projection and
//! optimization work in.

use std::fmt;

use stitch_bytecode::{Uop, UopInfo, flags};

/// One uop of a trace.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Inst {
    pub uop: Uop,
    /// Tier-1 instructions that complete with this uop (for `--stats`'
    /// share of instructions run in tier 2; a removed uop passes its count on).
    pub count: u8,
    /// In the buffer: the index where a fork's other side starts (0: no
    /// fork; the root is never a fork's side). In an executor: the index
    /// of this uop's exit record ([`NO_EXIT`]: none).
    pub link: u16,
    pub oparg: u32,
    /// Offset of the tier-1 instruction this uop belongs to (where a
    /// deoptimization resumes).
    pub at: u32,
    /// The inline-cache operand, read when the region was projected.
    pub operand: u64,
}

/// `Inst::link` of an executor's uop that has no exit record.
pub const NO_EXIT: u16 = u16::MAX;

impl Inst {
    pub fn new(uop: Uop, oparg: u32, operand: u64, at: u32) -> Inst {
        Inst {
            uop,
            count: 0,
            link: 0,
            oparg,
            at,
            operand,
        }
    }
    #[inline(always)]
    pub fn info(&self) -> &'static UopInfo {
        &stitch_bytecode::UOPS[self.uop as usize]
    }
    #[inline(always)]
    pub fn flags(&self) -> u16 {
        self.uop.flags()
    }
    /// May this uop leave the trace where its instruction starts (a
    /// guard, a specialized action that deoptimizes changing nothing)?
    pub fn can_deopt(&self) -> bool {
        self.flags() & (flags::EXIT | flags::DEOPT) != 0
    }
    /// Does the trace end here?
    pub fn is_terminal(&self) -> bool {
        matches!(
            self.uop,
            Uop::EXIT_TRACE | Uop::JUMP_TO_TOP | Uop::COLD_EXIT
        )
    }
    /// Where this uop leaves the trace for tier 1 when it exits: its
    /// jump target for the branch guards, jumps and trace ends, else
    /// the start of its instruction.
    pub fn exit_target(&self) -> u32 {
        match self.uop {
            Uop::GUARD_IS_TRUE_POP
            | Uop::GUARD_IS_FALSE_POP
            | Uop::GUARD_IS_NONE_POP
            | Uop::GUARD_IS_NOT_NONE_POP
            | Uop::EXIT_TRACE
            | Uop::JUMP_TO_TOP
            | Uop::CHECK_VALIDITY => self.oparg,
            _ if self.flags() & flags::JUMP != 0 => self.oparg,
            _ => self.at,
        }
    }
    /// Does this uop need an exit record (a place it can leave through,
    /// which may be linked to another executor)?
    pub fn needs_exit(&self) -> bool {
        match self.uop {
            Uop::EXIT_TRACE => true,
            Uop::JUMP_TO_TOP | Uop::CHECK_VALIDITY | Uop::SET_IP => false,
            _ => self.flags() & (flags::EXIT | flags::JUMP) != 0,
        }
    }
}

impl fmt::Debug for Inst {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::text::write_inst(f, self)
    }
}

/// Uops a region may hold: projection stops (its primary path) or drops
/// a fork (its other paths) when the buffer is full.
pub const BUFFER_UOPS: usize = 1024;

/// The buffer projection writes a region into and the optimizer rewrites
/// in place: allocated once per interpreter and reused by every attempt,
/// so a failed attempt leaves nothing behind and no attempt allocates per
/// uop.
pub struct Buffer {
    pub insts: Vec<Inst>,
}

impl Default for Buffer {
    fn default() -> Self {
        Buffer {
            insts: Vec::with_capacity(BUFFER_UOPS),
        }
    }
}

impl Buffer {
    pub fn clear(&mut self) {
        self.insts.clear();
    }
    pub fn len(&self) -> usize {
        self.insts.len()
    }
    pub fn is_empty(&self) -> bool {
        self.insts.is_empty()
    }
    /// Room for `n` more uops?
    pub fn has_room(&self, n: usize) -> bool {
        self.insts.len() + n <= BUFFER_UOPS
    }
    pub fn push(&mut self, i: Inst) {
        debug_assert!(self.insts.len() < BUFFER_UOPS);
        self.insts.push(i);
    }
}
