//! The stack-depth check of compiled functions that call compiled functions: the stack pointer
//! against the limit word the runtime keeps (`mpyc_runtime::stack`), RecursionError below it.
//! Requires a finished function; provides the check on every path to such a call, placed once
//! where all of them pass and outside loops (a function's early returns skip it).
//!
//! A call through the runtime (an operator's dunder method, `rt_call`) is checked by the
//! runtime before it enters compiled code, so only direct calls and calls through a code
//! pointer count here.

use super::{FnLowerer, ProgramBuilder};
use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::dominator_tree::DominatorTree;
use cranelift_codegen::flowgraph::ControlFlowGraph;
use cranelift_codegen::ir::{self, condcodes::IntCC, InstBuilder, InstructionData, MemFlagsData, Type};
use cranelift_codegen::loop_analysis::LoopAnalysis;
use std::collections::HashSet;

/// What a function's check needs once the function is finished: the limit word's symbol and
/// the (cold, so far unreachable) block that raises RecursionError.
pub(crate) struct StackCheck {
    limit: ir::GlobalValue,
    overflow: ir::Block,
}

impl ProgramBuilder<'_> {
    /// The data index of the limit word (one word, written by the runtime).
    pub(super) fn stack_limit(&mut self) -> u32 {
        match self.stack_limit {
            Some(i) => i,
            None => {
                let bytes = self.target.word.bytes() as usize;
                let i = self.add_data("mpy.stacklimit", super::DataInit::Zeros(bytes), true);
                self.stack_limit = Some(i);
                i
            }
        }
    }
}

impl FnLowerer<'_, '_> {
    /// At the start of the module body: tells the runtime where the limit word is.
    pub(super) fn init_stack_limit(&mut self) {
        let index = self.prog.stack_limit();
        let cell = self.data_addr(index);
        self.call_rt("rt_init_stack", &[cell]);
    }

    /// After the body: the block that returns RecursionError (this frame is not in the
    /// traceback: the call that would have made it is, as in CPython); [`place`] branches to it.
    pub(super) fn new_stack_check(&mut self) -> StackCheck {
        let index = self.prog.stack_limit();
        let limit = self.data_gv(index);
        let overflow = self.b.create_block();
        self.b.set_cold_block(overflow);
        self.enter(overflow);
        let r = self.call_rt("rt_stack_overflow", &[]);
        self.b.ins().return_(&[r]);
        StackCheck { limit, overflow }
    }
}

/// Puts the check at the top of the nearest block that dominates every call of a compiled
/// function (a call in `python`, or through a pointer), or the nearest above it outside
/// loops. Without such calls the overflow block stays unreachable and is dropped.
pub(crate) fn place(func: &mut ir::Function, check: StackCheck, python: &HashSet<ir::FuncRef>, word: Type) {
    let cfg = ControlFlowGraph::with_function(func);
    let domtree = DominatorTree::with_function(func, &cfg);
    let calls: Vec<ir::Block> = func
        .layout
        .blocks()
        .filter(|&b| domtree.is_reachable(b))
        .filter(|&b| {
            func.layout.block_insts(b).any(|i| match func.dfg.insts[i] {
                InstructionData::Call { func_ref, .. } => python.contains(&func_ref),
                InstructionData::CallIndirect { .. } => true,
                _ => false,
            })
        })
        .collect();
    let Some(&first) = calls.first() else { return };
    let mut at = first;
    while !calls.iter().all(|&b| domtree.block_dominates(at, b)) {
        at = domtree.idom(at).expect("the entry dominates every reachable block");
    }
    let mut loops = LoopAnalysis::new();
    loops.compute(func, &cfg, &domtree);
    while loops.innermost_loop(at).is_some() {
        at = domtree.idom(at).expect("the entry is in no loop");
    }
    // `at` keeps its parameters and gets the check; what it held moves to `rest`.
    let rest = func.dfg.make_block();
    let first_inst = func.layout.first_inst(at).expect("a filled block");
    func.layout.split_block(rest, first_inst);
    let mut pos = FuncCursor::new(func).at_bottom(at);
    let cell = pos.ins().symbol_value(word, check.limit);
    let limit = pos.ins().load(word, MemFlagsData::trusted(), cell, 0);
    let sp = pos.ins().get_stack_pointer(word);
    let low = pos.ins().icmp(IntCC::UnsignedLessThan, sp, limit);
    pos.ins().brif(low, check.overflow, &[], rest, &[]);
}
