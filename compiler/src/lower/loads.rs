//! Reuse of list-memory loads: a load of a list's header (its length, its items pointer)
//! or of an item, when the same load was made on every path here with nothing in between
//! that may have changed it, is that earlier load's value.
//!
//! Only loads in the list regions ([`super::ListMemory`]) are considered. A store of an item
//! (the items region) ends the items' loads; any other store, and any call, ends them all.
//! Cranelift's own alias analysis does the same within straight-line code, but gives up
//! inside any loop that calls or stores outside a region (every loop with a slow path), which
//! is where `a[j] > a[j + 1]` needs it.

use cranelift_codegen::dominator_tree::DominatorTree;
use cranelift_codegen::flowgraph::ControlFlowGraph;
use cranelift_codegen::ir::{self, AliasRegion, Opcode, Value};
use std::collections::HashMap;

/// A load: its address, offset, type and region.
type Key = (Value, i32, ir::Type, AliasRegion);

/// The loads available at a point: each with the value it gave.
type Available = HashMap<Key, Value>;

/// Once more after the mid-end, whose GVN has made one value of each item address computed
/// twice (`a[j]` in a test and in the statement under it): whether a load was reused. The
/// items region is found by its user id ([`super::LIST_ITEMS`]).
pub(crate) fn reuse_list_loads_again(func: &mut ir::Function) -> bool {
    let items = func.dfg.alias_regions.iter().find(|(_, d)| d.user_id == super::LIST_ITEMS).map(|(r, _)| r);
    reuse_list_loads(func, items)
}

/// Reuses the list loads that can be; whether there were any.
pub(crate) fn reuse_list_loads(func: &mut ir::Function, items: Option<AliasRegion>) -> bool {
    let Some(items) = items else { return false };
    let cfg = ControlFlowGraph::with_function(func);
    let domtree = DominatorTree::with_function(func, &cfg);
    let order: Vec<ir::Block> = domtree.cfg_rpo().copied().collect();
    // Available at each block's end; None: not computed yet (every load, for the meet).
    let mut out: HashMap<ir::Block, Available> = HashMap::new();
    let entry = func.layout.entry_block();
    loop {
        let mut changed = false;
        for &block in &order {
            let mut state = entry_state(&cfg, &out, block, entry);
            for inst in func.layout.block_insts(block) {
                step(func, inst, items, &mut state, None);
            }
            if out.get(&block) != Some(&state) {
                out.insert(block, state);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    // Rewrite with the final states.
    let mut replaced = Vec::new();
    for &block in &order {
        let mut state = entry_state(&cfg, &out, block, entry);
        let insts: Vec<ir::Inst> = func.layout.block_insts(block).collect();
        for inst in insts {
            step(func, inst, items, &mut state, Some(&mut replaced));
        }
    }
    let any = !replaced.is_empty();
    for (inst, result, earlier) in replaced {
        func.layout.remove_inst(inst);
        func.dfg.detach_inst_results(inst);
        func.dfg.change_to_alias(result, earlier);
    }
    any
}

/// The loads available on every edge into `block` (none at the entry).
fn entry_state(
    cfg: &ControlFlowGraph,
    out: &HashMap<ir::Block, Available>,
    block: ir::Block,
    entry: Option<ir::Block>,
) -> Available {
    if Some(block) == entry {
        return Available::new();
    }
    let mut meet: Option<Available> = None;
    for pred in cfg.pred_iter(block) {
        // A predecessor not computed yet (a loop's back edge, the first time) has every load.
        let Some(state) = out.get(&pred.block) else { continue };
        meet = Some(match meet {
            None => state.clone(),
            Some(mut m) => {
                m.retain(|k, v| state.get(k) == Some(v));
                m
            }
        });
    }
    meet.unwrap_or_default()
}

/// Updates `state` past `inst`; with `replaced`, notes a load whose value is available.
fn step(
    func: &ir::Function,
    inst: ir::Inst,
    items: AliasRegion,
    state: &mut Available,
    replaced: Option<&mut Vec<(ir::Inst, Value, Value)>>,
) {
    let data = &func.dfg.insts[inst];
    let opcode = data.opcode();
    if let ir::InstructionData::Load { opcode: Opcode::Load, arg, flags, offset } = *data {
        if let Some(region) = func.dfg.mem_flags[flags].alias_region() {
            let result = func.dfg.first_result(inst);
            let key = (func.dfg.resolve_aliases(arg), i32::from(offset), func.dfg.value_type(result), region);
            match state.get(&key) {
                Some(&earlier) => {
                    if let Some(r) = replaced {
                        r.push((inst, result, earlier));
                    }
                }
                None => {
                    state.insert(key, result);
                }
            }
            return;
        }
    }
    if opcode.can_store() || opcode.is_call() || opcode.other_side_effects() {
        let region = func.dfg.insts[inst].memflags().and_then(|f| func.dfg.mem_flags[f].alias_region());
        match region {
            // An item stored: the items may have changed, the headers not.
            Some(r) if r == items && opcode == Opcode::Store => state.retain(|k, _| k.3 != items),
            _ => state.clear(),
        }
    }
}
