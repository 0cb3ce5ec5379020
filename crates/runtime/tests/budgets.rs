//! Size budgets the design depends on, pinned so that a change which grows
//! them is a deliberate one (update the number and say why).

use stitch_bytecode::{CodeUnit, Opcode};
use stitch_runtime::Value;
use stitch_runtime::frame::Frame;

#[test]
fn a_value_is_sixteen_bytes() {
    assert_eq!(std::mem::size_of::<Value>(), 16);
    assert_eq!(
        std::mem::size_of::<Option<Value>>(),
        24,
        "Value has no niche"
    );
}

/// An instruction with its inline cache: 4 bytes per code unit.
fn instruction_bytes(op: Opcode) -> usize {
    std::mem::size_of::<CodeUnit>() * (1 + op.cache_entries() as usize)
}

#[test]
fn instructions_with_their_caches() {
    assert_eq!(std::mem::size_of::<CodeUnit>(), 4);
    // Most instructions have no cache; comparisons, subscripts, branches
    // and loops keep one unit (counter or history); binary operators three
    // (counter, the left operand's class version and the version of its
    // Python operator method, for BINARY_OP_PY_DUNDER).
    assert_eq!(instruction_bytes(Opcode::LOAD_FAST), 4);
    assert_eq!(instruction_bytes(Opcode::BINARY_OP), 16);
    assert_eq!(instruction_bytes(Opcode::POP_JUMP_IF_FALSE), 8);
    assert_eq!(instruction_bytes(Opcode::JUMP_BACKWARD), 8);
    // Nothing is larger than 24 bytes (a counter and up to five operand units).
    let largest = Opcode::ALL.iter().map(|op| instruction_bytes(*op)).max();
    assert!(
        largest <= Some(24),
        "largest instruction: {largest:?} bytes"
    );
    // A specialized form is exactly as large as its generic instruction.
    for op in Opcode::ALL {
        assert_eq!(
            op.cache_entries(),
            op.base().cache_entries(),
            "{} vs {}",
            op.name(),
            op.base().name()
        );
    }
}

#[test]
fn a_frame_header() {
    // Pointers to the value window and code, two offsets, six values
    // (code object, function, globals, builtins, locals, and the instance
    // an `__init__` frame returns), the window's storage, how a generator's
    // frame was resumed (a tag and a jump target) and the link to the caller.
    let size = std::mem::size_of::<Frame>();
    assert!(size <= 168, "Frame header is {size} bytes");
}
