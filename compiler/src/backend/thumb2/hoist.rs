//! Hoisting out of loops. Requires optimized CLIF; provides CLIF where every constant that
//! costs two instructions or more (`movw` + `movt`, any f32) and sits in a loop is defined
//! once in the entry block, and every pure loop-invariant computation sits before its loop.
//!
//! Cranelift's mid-end re-materialises constants, and `x ± constant`, next to their uses,
//! which suits ISAs with many registers; on Thumb-2 a wide constant in a loop costs two
//! instructions per trip, and a recomputed bound keeps a `while` test from being only a test.

use super::imms::{Imm12, ModImm};
use cranelift_codegen::dominator_tree::DominatorTree;
use cranelift_codegen::flowgraph::ControlFlowGraph;
use cranelift_codegen::ir::{self, InstructionData, Opcode, Value};
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

/// Gives each block outside loops, and each cold block, its own copy of the one-instruction
/// constants it takes from another block — of constants that many blocks take. Cranelift's
/// mid-end shares a constant among all the blocks of one loop level, so in a long straight
/// function (a module body of thousands of statements) one constant — an argument, a line
/// number — becomes one live range across the whole function: it holds a register
/// throughout, and the register allocator's splitting of it costs time quadratic in its uses.
/// A copy next to the use is one `movs`/`movw`, as moving it from a register is; constants of
/// a few blocks stay shared (in a loop, a constant kept in a register saves an instruction a
/// trip, and elsewhere the allocator's choice is as good).
/// How many blocks may share one constant's register before each gets a copy.
const SHARED_CONSTANT_BLOCKS: usize = 128;

pub fn remat_constants(func: &mut ir::Function) {
    let blocks: Vec<ir::Block> = func.layout.blocks().collect();
    if blocks.len() <= SHARED_CONSTANT_BLOCKS {
        return;
    }
    // How many blocks take each constant.
    let mut takers: std::collections::HashMap<Value, usize> = std::collections::HashMap::new();
    for &block in &blocks {
        let mut seen = std::collections::HashSet::new();
        for inst in func.layout.block_insts(block) {
            for x in func.dfg.inst_values(inst) {
                let iconst = func.dfg.value_def(x).inst().is_some_and(|d| func.dfg.insts[d].opcode() == Opcode::Iconst);
                if iconst && seen.insert(x) {
                    *takers.entry(x).or_insert(0) += 1;
                }
            }
        }
    }
    if takers.values().all(|&n| n <= SHARED_CONSTANT_BLOCKS) {
        return;
    }
    let cfg = ControlFlowGraph::with_function(func);
    let domtree = DominatorTree::with_function(func, &cfg);
    let mut loops = LoopAnalysis::new();
    loops.compute(func, &cfg, &domtree);
    for block in blocks {
        let cold = func.layout.is_cold(block);
        let mut copies: std::collections::HashMap<Value, Value> = std::collections::HashMap::new();
        let mut at = func.layout.first_inst(block);
        while let Some(inst) = at {
            at = func.layout.next_inst(inst);
            let wanted: Vec<Value> = func
                .dfg
                .inst_values(inst)
                .filter(|&x| {
                    let Some(def) = func.dfg.value_def(x).inst() else { return false };
                    let InstructionData::UnaryImm { opcode: Opcode::Iconst, imm } = func.dfg.insts[def] else {
                        return false;
                    };
                    let Some(home) = func.layout.inst_block(def) else { return false };
                    home != block
                        && takers.get(&x).is_some_and(|&n| n > SHARED_CONSTANT_BLOCKS)
                        && func.dfg.value_type(x).bits() <= 32
                        && cheap(imm.bits() as u32)
                        && (cold || loops.innermost_loop(block).is_none())
                })
                .collect();
            for x in wanted {
                if copies.contains_key(&x) {
                    continue;
                }
                let def = func.dfg.value_def(x).inst().expect("an iconst");
                let data = func.dfg.insts[def];
                let copy = func.dfg.make_inst(data);
                let ty = func.dfg.value_type(x);
                func.dfg.make_inst_results(copy, ty);
                func.layout.insert_inst(copy, inst);
                copies.insert(x, func.dfg.first_result(copy));
            }
            if !copies.is_empty() {
                func.dfg.map_inst_values(inst, |x| copies.get(&x).copied().unwrap_or(x));
            }
        }
    }
}

/// Whether `inst` may run where it did not before: no effects, no trap, no memory.
fn speculable(func: &ir::Function, inst: ir::Inst) -> bool {
    let op = func.dfg.insts[inst].opcode();
    !(op.is_call()
        || op.is_branch()
        || op.is_terminator()
        || op.can_trap()
        || op.other_side_effects()
        || op.can_store()
        || op.can_load())
        && func.dfg.inst_results(inst).len() == 1
        && op != Opcode::Iconst
}

/// Moves each pure instruction of a loop whose operands come from outside the loop to the
/// end of the loop's preheader (the one block outside that jumps to the header), copying
/// constants it takes from inside. Inner loops go first, so that invariants of several
/// loops move out of all of them.
pub fn hoist_invariants(func: &mut ir::Function) {
    let cfg = ControlFlowGraph::with_function(func);
    let domtree = DominatorTree::with_function(func, &cfg);
    let mut loops = LoopAnalysis::new();
    loops.compute(func, &cfg, &domtree);
    let mut order: Vec<_> = loops.loops().collect();
    order.sort_by_key(|lp| std::cmp::Reverse(loops.loop_level(loops.loop_header(*lp)).level()));
    for lp in order {
        let header = loops.loop_header(lp);
        let outside: Vec<ir::Block> =
            cfg.pred_iter(header).map(|p| p.block).filter(|b| !loops.is_in_loop(*b, lp)).collect();
        let [pre] = outside[..] else { continue };
        let Some(jump) = func.layout.last_inst(pre) else { continue };
        if func.dfg.insts[jump].opcode() != Opcode::Jump {
            continue;
        }
        let body: Vec<ir::Block> = func.layout.blocks().filter(|b| loops.is_in_loop(*b, lp)).collect();
        let in_loop = |func: &ir::Function, v: Value| {
            let block = match func.dfg.value_def(v) {
                ir::ValueDef::Result(i, _) => func.layout.inst_block(i),
                ir::ValueDef::Param(b, _) => Some(b),
                _ => None,
            };
            block.is_some_and(|b| loops.is_in_loop(b, lp))
        };
        // Until nothing moves: an instruction may become invariant once its operands moved.
        loop {
            let mut moved = false;
            for &block in &body {
                let mut cursor = func.layout.first_inst(block);
                while let Some(inst) = cursor {
                    cursor = func.layout.next_inst(inst);
                    if !speculable(func, inst) {
                        continue;
                    }
                    let args = func.dfg.inst_args(inst).to_vec();
                    let konst = |func: &ir::Function, v: Value| {
                        func.dfg.value_def(v).inst().filter(|i| func.dfg.insts[*i].opcode() == Opcode::Iconst)
                    };
                    if !args.iter().all(|a| !in_loop(func, *a) || konst(func, *a).is_some()) {
                        continue;
                    }
                    for (k, a) in args.iter().enumerate() {
                        if let Some(c) = konst(func, *a).filter(|_| in_loop(func, *a)) {
                            let copy = func.dfg.clone_inst(c);
                            func.layout.insert_inst(copy, jump);
                            func.dfg.inst_args_mut(inst)[k] = func.dfg.first_result(copy);
                        }
                    }
                    func.layout.remove_inst(inst);
                    func.layout.insert_inst(inst, jump);
                    moved = true;
                }
            }
            if !moved {
                break;
            }
        }
    }
}
