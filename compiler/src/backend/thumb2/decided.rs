//! Branches already decided. Requires optimized CLIF (a condition computed twice is one value
//! after GVN); provides CLIF where a `brif` on a condition that a dominating `brif` on the
//! same value has decided — this block is reached only through that one's taken edge, or
//! only through its other edge — is a jump.
//!
//! A list indexed twice with the same index and length (`a[j] > a[j + 1]`, then the swap)
//! tests the bounds once: the second test sits where the first one's in-range edge leads.

use std::collections::HashMap;

use cranelift_codegen::dominator_tree::DominatorTree;
use cranelift_codegen::flowgraph::ControlFlowGraph;
use cranelift_codegen::ir::{self, InstructionData, Opcode, Value};

/// Rewrites decided branches as jumps; whether any was.
///
/// One walk down the dominator tree, carrying the conditions decided on the way (a block with
/// one predecessor that ends in a `brif` with two different destinations decides that `brif`'s
/// condition for the whole subtree it dominates): linear in the function, where asking each
/// block's dominator chain would be quadratic in a long straight function (a module body).
pub fn decide_branches(func: &mut ir::Function) -> bool {
    let cfg = ControlFlowGraph::with_function(func);
    let domtree = DominatorTree::with_function(func, &cfg);
    let Some(entry) = func.layout.entry_block() else { return false };
    let mut decided: HashMap<Value, bool> = HashMap::new();
    // What each entered block changed in `decided`, to undo when its subtree is done.
    let mut undo: Vec<(Value, Option<bool>)> = Vec::new();
    let mut work = vec![Walk::Enter(entry)];
    let mut rewrites = Vec::new();
    while let Some(step) = work.pop() {
        let b = match step {
            Walk::Leave(mark) => {
                while undo.len() > mark {
                    let (v, before) = undo.pop().expect("above the mark");
                    match before {
                        Some(t) => decided.insert(v, t),
                        None => decided.remove(&v),
                    };
                }
                continue;
            }
            Walk::Enter(b) => b,
        };
        work.push(Walk::Leave(undo.len()));
        if let Some((cond, taken)) = decision_on_entry(func, &cfg, b) {
            undo.push((cond, decided.insert(cond, taken)));
        }
        if let Some(inst) = func.layout.last_inst(b) {
            if let InstructionData::Brif { arg, blocks, .. } = func.dfg.insts[inst] {
                if let Some(&taken) = decided.get(&arg) {
                    rewrites.push((inst, blocks[usize::from(!taken)]));
                }
            }
        }
        work.extend(domtree.children(b).map(Walk::Enter));
    }
    let changed = !rewrites.is_empty();
    for (inst, destination) in rewrites {
        func.dfg.insts[inst] = InstructionData::Jump { opcode: Opcode::Jump, destination };
    }
    changed
}

/// A step of the walk down the dominator tree.
enum Walk {
    Enter(ir::Block),
    /// The subtree is done: undo `decided` back to this length of the undo log.
    Leave(usize),
}

/// The condition `block` is reached knowing, and its value: `block` has one predecessor,
/// which ends in a `brif` on it with two different destinations.
fn decision_on_entry(func: &ir::Function, cfg: &ControlFlowGraph, b: ir::Block) -> Option<(Value, bool)> {
    let mut preds = cfg.pred_iter(b);
    let (Some(pred), None) = (preds.next(), preds.next()) else { return None };
    let InstructionData::Brif { arg, blocks, .. } = func.dfg.insts[pred.inst] else { return None };
    let [then, other] = blocks.map(|c| c.block(&func.dfg.value_lists));
    (then != other && pred.block != b).then_some((arg, then == b))
}
