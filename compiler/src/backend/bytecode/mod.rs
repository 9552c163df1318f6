//! The bytecode backend: optimized CLIF → mpyc's register bytecode, run by the runtime's VM
//! (`mpyc_runtime::vm`). It runs before a native backend: each function it encodes becomes a
//! blob of read-only data (its bytecode and the addresses it uses) and a native stub of the
//! same signature that hands its arguments to the VM, so that everything else (calls from
//! native code and the runtime, function objects, generators, tracebacks) is unchanged. The
//! stages, in order, one file each:
//!
//! 1. `alloc`: a frame register for every value (linear scan over live ranges)
//! 2. `encode`: the instructions, branches, moves for block arguments, the address pool
//!
//! (`disasm` prints it, for `--emit bytecode`.)

mod alloc;
mod disasm;
mod encode;
#[cfg(test)]
mod filetests;

use crate::lower::{DataDecl, DataInit, DataWord, FuncDecl, Program, Target};
use anyhow::Result;
use cranelift_codegen::ir::{
    self, AbiParam, ExtFuncData, ExternalName, GlobalValueData, InstBuilder, MemFlagsData, Signature, StackSlotData,
    StackSlotKind, UserExternalName,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

/// Which functions of the program are compiled to what.
#[derive(clap::ValueEnum, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Code {
    /// Machine code for every function (fastest).
    #[default]
    Native,
    /// Bytecode for every function the VM can run (smallest); the others stay native.
    Bytecode,
    /// Bytecode for code that runs once, native code for loops and what they call; on a
    /// board, all native when that makes the smaller firmware (`lower::emitter`).
    Auto,
}

/// `v` as an unsigned LEB128 varint (both instruction sets' operands).
pub(crate) fn uleb(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// `v` zigzag-encoded, as an unsigned varint.
pub(crate) fn sleb(out: &mut Vec<u8>, v: i64) {
    uleb(out, ((v << 1) ^ (v >> 63)) as u64);
}

/// `bytes` as the words of a data object of the target's word size (the last one padded
/// with zeros).
pub(crate) fn words_of(bytes: &[u8], word_bytes: usize, out: &mut Vec<DataWord>) {
    for chunk in bytes.chunks(word_bytes) {
        let mut w = [0u8; 8];
        w[..chunk.len()].copy_from_slice(chunk);
        out.push(DataWord::Int(u64::from_le_bytes(w)));
    }
}

/// What the conversion did.
#[derive(Default, Debug)]
pub struct Report {
    /// Functions now bytecode, and their bytes (pool included).
    pub functions: usize,
    pub bytes: usize,
    /// Functions left native, with the reason.
    pub native: Vec<(String, String)>,
    /// The disassembly, when asked for.
    pub text: String,
}

/// Replaces every function of `program` chosen bytecode (`Program::bytecode`) that the VM can
/// run by a stub that runs its bytecode.
/// `optimize` is the native backend's mid-end (its word size is `target.word`).
pub fn convert(
    program: &mut Program,
    target: &Target,
    optimize: impl Fn(ir::Function) -> Result<ir::Function>,
    listing: bool,
) -> Result<Report> {
    let mut report = Report::default();
    let word = target.word;
    let vm_run = match program.functions.iter().position(|f| f.name == "rt_vm_run_clif" && f.body.is_none()) {
        Some(i) => i as u32,
        None => {
            let mut sig = Signature::new(target.call_conv);
            sig.params.extend([AbiParam::new(word); 3]);
            sig.returns.push(AbiParam::new(word));
            program.functions.push(FuncDecl { name: "rt_vm_run_clif".into(), sig, body: None });
            (program.functions.len() - 1) as u32
        }
    };
    let vm_sig = program.functions[vm_run as usize].sig.clone();
    for i in 0..program.functions.len() {
        if program.stubs.contains(&(i as u32)) || !program.bytecode.contains(&(i as u32)) {
            continue;
        }
        let Some(body) = program.functions[i].body.take() else { continue };
        let body = optimize(body)?;
        let encoded = match encode::encode(&body, word) {
            Ok(e) => e,
            Err(why) => {
                if listing {
                    report.text.push_str(&format!("{}: native ({why})\n", program.functions[i].name));
                }
                report.native.push((program.functions[i].name.clone(), why));
                program.functions[i].body = Some(body);
                continue;
            }
        };
        if listing {
            let name = |i: usize| {
                let e = encoded.pool[i];
                if e.namespace == 0 {
                    program.functions[e.index as usize].name.clone()
                } else {
                    program.data[e.index as usize].name.clone()
                }
            };
            report.text.push_str(&format!("{}:\n{}", program.functions[i].name, disasm::disassemble(&encoded, &name)));
        }
        let bytes = word.bytes() as usize;
        let mut words: Vec<DataWord> = Vec::new();
        words_of(&encoded.header, bytes, &mut words);
        for e in &encoded.pool {
            words.push(if e.namespace == 0 { DataWord::Function(e.index) } else { DataWord::Data(e.index) });
        }
        let rest: Vec<u8> = encoded.params.iter().chain(&encoded.code).copied().collect();
        words_of(&rest, bytes, &mut words);
        report.functions += 1;
        report.bytes += words.len() * bytes;
        let blob = program.data.len() as u32;
        program.data.push(DataDecl {
            name: format!("bc.{}", program.functions[i].name),
            init: DataInit::Words(words),
            writable: false,
        });
        let stub = stub(body.name.clone(), &body.signature, vm_run, &vm_sig, blob, word);
        program.functions[i].body = Some(stub);
    }
    Ok(report)
}

/// The native stub of a bytecode function: its arguments into a frame array, then
/// `rt_vm_run(blob, args, n)` (`rt_vm_run_clif` for a CLIF-level one).
pub(crate) fn stub(
    name: ir::UserFuncName,
    sig: &Signature,
    vm_run: u32,
    vm_sig: &Signature,
    blob: u32,
    word: ir::Type,
) -> ir::Function {
    let sig = sig.clone();
    let mut func = ir::Function::with_name_signature(name, sig.clone());
    let mut ctx = FunctionBuilderContext::new();
    let mut b = FunctionBuilder::new(&mut func, &mut ctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    b.seal_block(entry);
    let n = sig.params.len();
    let w = word.bytes();
    let slot = b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, w * n.max(1) as u32, 3));
    let argv = b.ins().stack_addr(word, slot, 0);
    let params = b.block_params(entry).to_vec();
    for (k, p) in params.into_iter().enumerate() {
        b.ins().store(MemFlagsData::trusted(), p, argv, (w as usize * k) as i32);
    }
    let name = b.func.declare_imported_user_function(UserExternalName::new(1, blob));
    let gv = b.create_global_value(GlobalValueData::Symbol {
        name: ExternalName::user(name),
        offset: ir::immediates::Imm64::new(0),
        colocated: false,
        tls: false,
    });
    let code = b.ins().symbol_value(word, gv);
    let count = b.ins().iconst(word, n as i64);
    let fname = b.func.declare_imported_user_function(UserExternalName::new(0, vm_run));
    let signature = b.import_signature(vm_sig.clone());
    let f = b.import_function(ExtFuncData {
        name: ExternalName::user(fname),
        signature,
        colocated: false,
        patchable: false,
    });
    let call = b.ins().call(f, &[code, argv, count]);
    let r = b.inst_results(call)[0];
    if sig.returns.is_empty() {
        b.ins().return_(&[]);
    } else {
        b.ins().return_(&[r]);
    }
    b.finalize(crate::lower::frontend_config(word));
    func
}
