//! Test support: runs CLIF functions as Thumb-2 firmware in QEMU and collects their results.

use crate::lower::{FuncDecl, Program};
use cranelift_codegen::ir::{
    self, types, AbiParam, ExtFuncData, ExternalName, InstBuilder, Signature, UserExternalName, UserFuncName,
};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

/// `(i32 × params) -> i32`.
pub fn signature(params: usize) -> Signature {
    let mut sig = Signature::new(CallConv::SystemV);
    sig.params.extend((0..params).map(|_| AbiParam::new(types::I32)));
    sig.returns.push(AbiParam::new(types::I32));
    sig
}

/// `mpy_main`: calls each function with its arguments and prints the result as two 16-bit
/// halves through the runtime's `print` (as small ints), one call per line.
fn driver(calls: &[(usize, Vec<i32>)], funcs: &[ir::Function], rt_print: u32, rt_sep: u32, main: u32) -> ir::Function {
    let mut func = ir::Function::with_name_signature(UserFuncName::user(0, main), signature(0));
    let mut fctx = FunctionBuilderContext::new();
    let mut b = FunctionBuilder::new(&mut func, &mut fctx);
    let entry = b.create_block();
    b.switch_to_block(entry);
    b.seal_block(entry);
    let import = |b: &mut FunctionBuilder, index: u32, sig: Signature| {
        let signature = b.import_signature(sig);
        let name = b.func.declare_imported_user_function(UserExternalName::new(0, index));
        b.import_function(ExtFuncData { name: ExternalName::user(name), signature, colocated: false, patchable: false })
    };
    let print = import(&mut b, rt_print, signature(1));
    let sep = import(&mut b, rt_sep, signature(2));
    let refs: Vec<_> = funcs.iter().enumerate().map(|(i, f)| import(&mut b, i as u32, f.signature.clone())).collect();
    let none = b.ins().iconst(types::I32, mpyc_runtime::value::NONE as i64);
    for (f, args) in calls {
        let args: Vec<ir::Value> = args.iter().map(|a| b.ins().iconst(types::I32, *a as i64)).collect();
        let call = b.ins().call(refs[*f], &args);
        let r = b.inst_results(call)[0];
        let r = if b.func.dfg.value_type(r) == types::I32 { r } else { b.ins().uextend(types::I32, r) };
        for (k, half) in [b.ins().ushr_imm_u(r, 16), b.ins().band_imm_u(r, 0xffff)].into_iter().enumerate() {
            let tagged = b.ins().ishl_imm_u(half, 1);
            let tagged = b.ins().bor_imm_u(tagged, 1);
            b.ins().call(print, &[tagged]);
            let which = b.ins().iconst(types::I32, k as i64);
            b.ins().call(sep, &[none, which]);
        }
    }
    b.ins().return_(&[none]);
    b.finalize(crate::lower::frontend_config(types::I32));
    func
}

/// Compiles `funcs` (which name each other as user functions `(0, index)`) with a driver that
/// makes `calls`, links the firmware for the `qemu` board, runs it, and returns each call's
/// result as a 32-bit pattern.
pub fn run_on_qemu(funcs: &[ir::Function], calls: &[(usize, Vec<i32>)]) -> Result<Vec<i32>, String> {
    let board = crate::board::load("qemu").map_err(|e| e.to_string())?;
    let runtime = crate::runtime_lib::for_board(&board).map_err(|e| format!("{e:#}"))?;
    let n = funcs.len() as u32;
    let (rt_print, rt_sep, main) = (n, n + 1, n + 2);
    let mut functions: Vec<FuncDecl> = funcs
        .iter()
        .enumerate()
        .map(|(i, f)| FuncDecl { name: format!("f{i}"), sig: f.signature.clone(), body: Some(f.clone()) })
        .collect();
    functions.push(FuncDecl { name: "rt_print".into(), sig: signature(1), body: None });
    functions.push(FuncDecl { name: "rt_print_sep".into(), sig: signature(2), body: None });
    let main_fn = driver(calls, funcs, rt_print, rt_sep, main);
    functions.push(FuncDecl { name: "mpy_main".into(), sig: signature(0), body: Some(main_fn) });
    let program = Program {
        file: String::new(),
        functions,
        data: vec![],
        main: main as usize,
        warnings: vec![],
        names: None,
        stubs: Default::default(),
        vm_stubs: Default::default(),
        bytecode: Default::default(),
        listings: vec![],
        library_left_out: 0,
    };
    let object = super::compile(program).map_err(|e| format!("{e:#}"))?;
    let elf =
        crate::link::link(&[object], &runtime, &board, crate::link::Methods::All).map_err(|e| format!("{e:#}"))?;
    static RUNS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let k = RUNS.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let path = std::env::temp_dir().join(format!("mpyc-testrun-{}-{k}.elf", std::process::id()));
    std::fs::write(&path, elf).map_err(|e| e.to_string())?;
    let emu = board.emulator.as_ref().ok_or("no emulator")?;
    let args = emu.command_for(&path);
    let out = std::process::Command::new(&args[0]).args(&args[1..]).output().map_err(|e| e.to_string())?;
    let _ = std::fs::remove_file(&path);
    let console = String::from_utf8_lossy(&out.stdout);
    let got: Vec<i32> = console
        .lines()
        .map(|l| {
            let mut it = l.split_whitespace().map(|h| h.parse::<u32>().unwrap_or(u32::MAX));
            ((it.next().unwrap_or(0) << 16) | it.next().unwrap_or(0)) as i32
        })
        .collect();
    if got.len() != calls.len() || !out.status.success() {
        return Err(format!("the firmware exited with {:?} and printed\n{console}", out.status.code()));
    }
    Ok(got)
}
