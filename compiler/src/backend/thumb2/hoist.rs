//! Constant hoisting. Requires optimized CLIF; provides CLIF where every constant that costs
//! two instructions or more (`movw` + `movt`, any f32) and sits in a loop is defined once in
//! the entry block.
//!
//! Cranelift's mid-end re-materialises constants next to their uses, which suits ISAs where
//! any constant is one instruction; on Thumb-2 a wide constant in a loop costs two per trip.

use super::imms::{Imm12, ModImm};
use cranelift_codegen::dominator_tree::DominatorTree;
use cranelift_codegen::flowgraph::ControlFlowGraph;
use cranelift_codegen::ir::{self, InstructionData, Opcode};
use cranelift_codegen::loop_analysis::LoopAnalysis;

/// Whether some encoding takes `v` in one instruction or as an immediate operand.
fn cheap(v: u32) -> bool {
    v <= 0xffff
        || ModImm::maybe_from(v).is_some()
        || ModImm::maybe_from(!v).is_some()
        || ModImm::maybe_from(v.wrapping_neg()).is_some()
        || Imm12::maybe_from(v.wrapping_neg()).is_some()
}

pub fn hoist_constants(func: &mut ir::Function) {
    let Some(entry) = func.layout.entry_block() else { return };
    let cfg = ControlFlowGraph::with_function(func);
    let domtree = DominatorTree::with_function(func, &cfg);
    let mut loops = LoopAnalysis::new();
    loops.compute(func, &cfg, &domtree);
    let mut moving = Vec::new();
    for block in func.layout.blocks() {
        if block == entry || loops.innermost_loop(block).is_none() {
            continue;
        }
        for inst in func.layout.block_insts(block) {
            match func.dfg.insts[inst] {
                InstructionData::UnaryImm { opcode: Opcode::Iconst, imm } if !cheap(imm.bits() as u32) => {
                    moving.push(inst)
                }
                // An f32 constant costs a core constant and a `vmov`.
                InstructionData::UnaryIeee32 { opcode: Opcode::F32const, .. } => moving.push(inst),
                _ => {}
            }
        }
    }
    let Some(first) = func.layout.first_inst(entry) else { return };
    for inst in moving {
        func.layout.remove_inst(inst);
        func.layout.insert_inst(inst, first);
    }
}
