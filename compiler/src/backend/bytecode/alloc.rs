//! Registers for the bytecode: every CLIF value gets a register of the frame (one machine
//! word, or two consecutive ones for a 64-bit value on a 32-bit machine), by a linear scan
//! over the live ranges of the values in layout order (each range the hull of where the value
//! is live), so that a frame holds about as many words as values are live at once, not as
//! many as the function has.

use cranelift_codegen::entity::EntityRef;
use cranelift_codegen::ir::{self, Block, Value};
use std::cmp::Reverse;
use std::collections::{BTreeSet, BinaryHeap};

/// Where each value lives.
pub struct Registers {
    reg: Vec<u16>,
    /// Registers used (the next free index).
    pub count: u16,
}

impl Registers {
    pub fn of(&self, v: Value) -> u16 {
        self.reg[v.index()]
    }
}

/// A set of values as bits.
#[derive(Clone, PartialEq)]
struct Bits(Vec<u64>);

impl Bits {
    fn new(n: usize) -> Bits {
        Bits(vec![0; n.div_ceil(64)])
    }
    fn insert(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }
    fn union(&mut self, other: &Bits) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a |= b;
        }
    }
    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(i, &w)| {
            let mut w = w;
            std::iter::from_fn(move || {
                if w == 0 {
                    return None;
                }
                let b = w.trailing_zeros() as usize;
                w &= w - 1;
                Some(64 * i + b)
            })
        })
    }
}

/// The successors of `block` (from its terminator's branches).
pub fn successors(func: &ir::Function, block: Block) -> Vec<Block> {
    let Some(term) = func.layout.last_inst(block) else { return Vec::new() };
    func.dfg.insts[term]
        .branch_destination(&func.dfg.jump_tables, &func.dfg.exception_tables)
        .iter()
        .map(|call| call.block(&func.dfg.value_lists))
        .collect()
}

/// The values an instruction reads, its branches' arguments included.
pub fn uses(func: &ir::Function, inst: ir::Inst) -> Vec<Value> {
    let mut out: Vec<Value> = func.dfg.inst_args(inst).iter().map(|&v| func.dfg.resolve_aliases(v)).collect();
    for call in func.dfg.insts[inst].branch_destination(&func.dfg.jump_tables, &func.dfg.exception_tables) {
        for arg in call.args(&func.dfg.value_lists) {
            if let ir::BlockArg::Value(v) = arg {
                out.push(func.dfg.resolve_aliases(v));
            }
        }
    }
    out
}

/// The words a value of type `t` takes on a machine of `word`.
pub fn words(t: ir::Type, word: ir::Type) -> u16 {
    if t.bits() > word.bits() {
        2
    } else {
        1
    }
}

pub fn allocate(func: &ir::Function, word: ir::Type) -> Registers {
    let blocks: Vec<Block> = func.layout.blocks().collect();
    let nvalues = func.dfg.num_values();
    let nblocks = func.dfg.num_blocks();
    // Positions: a block's start (where its parameters are defined), then one per instruction.
    let mut start = vec![0u32; nblocks];
    let mut end = vec![0u32; nblocks];
    let mut pos = 0u32;
    for &b in &blocks {
        start[b.index()] = pos;
        pos += 1;
        for _ in func.layout.block_insts(b) {
            pos += 1;
        }
        end[b.index()] = pos - 1;
    }
    // Each block's uses before its own definitions, and its definitions.
    let mut gen = vec![Bits::new(nvalues); nblocks];
    let mut kill = vec![Bits::new(nvalues); nblocks];
    for &b in &blocks {
        let (g, k) = (&mut gen[b.index()], &mut kill[b.index()]);
        for &p in func.dfg.block_params(b) {
            k.insert(p.index());
        }
        for inst in func.layout.block_insts(b) {
            for v in uses(func, inst) {
                if k.0[v.index() / 64] & (1 << (v.index() % 64)) == 0 {
                    g.insert(v.index());
                }
            }
            for &r in func.dfg.inst_results(inst) {
                k.insert(r.index());
            }
        }
    }
    let succs: Vec<Vec<Block>> = (0..nblocks).map(|i| successors(func, Block::from_u32(i as u32))).collect();
    let mut live_in = vec![Bits::new(nvalues); nblocks];
    let mut live_out = vec![Bits::new(nvalues); nblocks];
    loop {
        let mut changed = false;
        for &b in blocks.iter().rev() {
            let mut out = Bits::new(nvalues);
            for s in &succs[b.index()] {
                out.union(&live_in[s.index()]);
            }
            let mut inn = out.clone();
            for (w, k) in inn.0.iter_mut().zip(&kill[b.index()].0) {
                *w &= !k;
            }
            inn.union(&gen[b.index()]);
            if inn != live_in[b.index()] {
                live_in[b.index()] = inn;
                changed = true;
            }
            live_out[b.index()] = out;
        }
        if !changed {
            break;
        }
    }
    // Each value's range: the hull of its definition, uses and the blocks it is live through.
    let mut lo = vec![u32::MAX; nvalues];
    let mut hi = vec![0u32; nvalues];
    let mut touch = |v: usize, p: u32| {
        lo[v] = lo[v].min(p);
        hi[v] = hi[v].max(p);
    };
    for &b in &blocks {
        for &p in func.dfg.block_params(b) {
            touch(p.index(), start[b.index()]);
        }
        for v in live_in[b.index()].iter() {
            touch(v, start[b.index()]);
        }
        for v in live_out[b.index()].iter() {
            touch(v, end[b.index()]);
        }
        let mut p = start[b.index()];
        for inst in func.layout.block_insts(b) {
            p += 1;
            for v in uses(func, inst) {
                touch(v.index(), p);
            }
            for &r in func.dfg.inst_results(inst) {
                touch(r.index(), p);
            }
        }
    }
    let mut order: Vec<usize> = (0..nvalues).filter(|&v| lo[v] != u32::MAX).collect();
    order.sort_by_key(|&v| (lo[v], v));
    let mut reg = vec![0u16; nvalues];
    let mut free = BTreeSet::new();
    let mut count = 0u16;
    let mut active: BinaryHeap<Reverse<(u32, u16, u16)>> = BinaryHeap::new();
    for v in order {
        while let Some(&Reverse((e, r, n))) = active.peek() {
            if e >= lo[v] {
                break;
            }
            active.pop();
            free.extend(r..r + n);
        }
        let n = words(func.dfg.value_type(Value::new(v)), word);
        // The lowest free register with the next n - 1 free too, else new ones.
        let r = match free.iter().copied().find(|&r| (r..r + n).all(|x| free.contains(&x))) {
            Some(r) => {
                for x in r..r + n {
                    free.remove(&x);
                }
                r
            }
            None => {
                // Free registers at the top join the new ones.
                let mut r = count;
                while r > 0 && free.contains(&(r - 1)) {
                    r -= 1;
                    free.remove(&r);
                }
                count = count.max(r + n);
                r
            }
        };
        reg[v] = r;
        active.push(Reverse((hi[v], r, n)));
    }
    Registers { reg, count }
}
