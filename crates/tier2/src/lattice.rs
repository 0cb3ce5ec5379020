//! Abstract interpretation over a type lattice (placeholder until the pass lands).

use crate::arena::Dep;
use crate::inst::Inst;
use crate::optimize::Removed;

pub fn run(_insts: &mut [Inst], _removed: &mut Removed) -> Vec<Dep> {
    Vec::new()
}
