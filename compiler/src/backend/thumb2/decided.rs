//! Branches already decided. Requires optimized CLIF (a condition computed twice is one value
//! after GVN); provides CLIF where a `brif` on a condition that a dominating `brif` on the
//! same value has decided — this block is reached only through that one's taken edge, or
//! only through its other edge — is a jump.
//!
//! A list indexed twice with the same index and length (`a[j] > a[j + 1]`, then the swap)
//! tests the bounds once: the second test sits where the first one's in-range edge leads.

use cranelift_codegen::dominator_tree::DominatorTree;
use cranelift_codegen::flowgraph::ControlFlowGraph;
use cranelift_codegen::ir::{self, InstructionData, Opcode, Value};

/// Rewrites decided branches as jumps; whether any was.
pub fn decide_branches(func: &mut ir::Function) -> bool {
    let cfg = ControlFlowGraph::with_function(func);
    let domtree = DominatorTree::with_function(func, &cfg);
    let mut rewrites = Vec::new();
    for block in domtree.cfg_rpo().copied() {
        let Some(inst) = func.layout.last_inst(block) else { continue };
        let InstructionData::Brif { arg, blocks, .. } = func.dfg.insts[inst] else { continue };
        if let Some(taken) = known(func, &cfg, &domtree, block, arg) {
            rewrites.push((inst, blocks[usize::from(!taken)]));
        }
    }
    let changed = !rewrites.is_empty();
    for (inst, destination) in rewrites {
        func.dfg.insts[inst] = InstructionData::Jump { opcode: Opcode::Jump, destination };
    }
    changed
}

/// Whether `cond` is known true or false in `block`: some block on its dominator chain (it
/// included) has one predecessor, which ends in a `brif` on `cond` with two different
/// destinations.
fn known(
    func: &ir::Function,
    cfg: &ControlFlowGraph,
    domtree: &DominatorTree,
    block: ir::Block,
    cond: Value,
) -> Option<bool> {
    let mut at = Some(block);
    while let Some(b) = at {
        let mut preds = cfg.pred_iter(b);
        if let (Some(pred), None) = (preds.next(), preds.next()) {
            if let InstructionData::Brif { arg, blocks, .. } = func.dfg.insts[pred.inst] {
                let [then, other] = blocks.map(|c| c.block(&func.dfg.value_lists));
                if arg == cond && then != other && pred.block != b {
                    return Some(then == b);
                }
            }
        }
        at = domtree.idom(b);
    }
    None
}
