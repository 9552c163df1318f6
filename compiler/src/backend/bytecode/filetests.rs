//! Golden filetests of the bytecode: each `tests/codegen/*.clif` and `tests/bytecode/*.clif`
//! is encoded as written (no mid-end, 32-bit words) and its disassembly compared with the
//! `.bc` file beside it (`MPYC_BLESS=1` rewrites them). Every `; run: %f(args) == result`
//! line of a function that reaches no memory and calls nothing is executed by the VM (this
//! process's runtime, as a board's would) and by cranelift-interpreter, and both must give it.

use super::{disasm, encode};
use crate::backend::thumb2::filetests::{interpret, run_lines};
use crate::frontend::clif::to_user_names;
use cranelift_codegen::ir::{types, InstructionData, Opcode};
use std::path::Path;

/// Whether the VM can run `f` here: no memory (addresses are 64-bit in this process, 32-bit
/// in the CLIF), no calls (no pool to fill).
fn runs_here(f: &cranelift_codegen::ir::Function) -> bool {
    f.layout.blocks().flat_map(|b| f.layout.block_insts(b)).all(|i| {
        let data = f.dfg.insts[i];
        !data.opcode().can_load()
            && !data.opcode().can_store()
            && !data.opcode().is_call()
            && !matches!(data.opcode(), Opcode::StackAddr | Opcode::GetStackPointer | Opcode::SymbolValue)
            && !matches!(data, InstructionData::FuncAddr { .. })
    })
}

/// Runs encoded function `e` in the VM with `args` (each an i32).
fn run_vm(e: &encode::Encoded, args: &[i32]) -> i32 {
    let mut bytes = e.header.to_vec();
    bytes.extend(&e.params);
    bytes.extend(&e.code);
    // Aligned as the VM reads its pool (empty here) and header.
    let mut words = vec![0u64; bytes.len().div_ceil(8)];
    unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), words.as_mut_ptr() as *mut u8, bytes.len()) };
    let argv: Vec<usize> = args.iter().map(|&a| a as u32 as usize).collect();
    let r = unsafe { mpyc_runtime::vm::rt_vm_run_clif(words.as_ptr() as *const u8, argv.as_ptr(), argv.len()) };
    r as u32 as i32
}

#[test]
fn bytecode_filetests() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for dir in ["tests/codegen", "tests/bytecode"] {
        let entries = std::fs::read_dir(root.join(dir)).unwrap_or_else(|e| panic!("{dir}: {e}"));
        files.extend(
            entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "clif")),
        );
    }
    files.sort();
    let bless = std::env::var_os("MPYC_BLESS").is_some_and(|v| v == "1");
    let mut failures = Vec::new();
    let mut ran = 0;
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let mut funcs = cranelift_reader::parse_functions(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let names = to_user_names(&mut funcs);
        let mut listing = String::new();
        let mut encoded = Vec::new();
        for (f, name) in funcs.iter().zip(&names) {
            match encode::encode(f, types::I32) {
                Ok(e) => {
                    let pool = |i: usize| {
                        let p = e.pool[i];
                        if p.namespace == 0 {
                            names[p.index as usize].clone()
                        } else {
                            format!("data{}", p.index)
                        }
                    };
                    listing.push_str(&format!("{name}:\n{}", disasm::disassemble(&e, &pool)));
                    encoded.push(Some(e));
                }
                Err(why) => {
                    listing.push_str(&format!("{name}: native ({why})\n"));
                    encoded.push(None);
                }
            }
        }
        let golden = path.with_extension("bc");
        if bless {
            std::fs::write(&golden, &listing).unwrap();
        } else if std::fs::read_to_string(&golden).unwrap_or_default() != listing {
            failures.push(format!("{}: bytecode differs from {}:\n{listing}", path.display(), golden.display()));
        }
        for (name, args, want) in run_lines(&text) {
            let index = names.iter().position(|x| *x == name).unwrap_or_else(|| panic!("no %{name}"));
            let Some(e) = encoded[index].as_ref().filter(|_| runs_here(&funcs[index])) else { continue };
            let (vm, interp) = (run_vm(e, &args), interpret(&funcs, index, &args));
            ran += 1;
            if vm != want || interp != want {
                failures.push(format!(
                    "{}: %{name}{args:?} should be {want}: interpreter {interp}, VM {vm}",
                    path.display()
                ));
            }
        }
    }
    assert!(ran >= 20, "only {ran} run lines reached the VM");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
