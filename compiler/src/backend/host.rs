//! The host backend: compiles a [`Program`] with Cranelift's native ISA into this process
//! (cranelift-jit), binds runtime entry points to the runtime linked into `mpyc`, and runs it.

use crate::lower::{DataInit, DataWord, Program, Target};
use anyhow::{anyhow, bail, Context as _, Result};
use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{DataDescription, Linkage, Module, ModuleReloc};

pub fn isa() -> Result<OwnedTargetIsa> {
    let mut flags = settings::builder();
    flags.set("opt_level", "speed")?;
    flags.set("use_colocated_libcalls", "false")?;
    flags.set("is_pic", "false")?;
    // Cranelift's IR verifier is on unless told otherwise: as for the boards
    // (`thumb2::mid_end_isa`), only in debug builds and with MPYC_VERIFY=1.
    let verify = cfg!(debug_assertions) || std::env::var_os("MPYC_VERIFY").is_some_and(|v| v != "0");
    flags.set("enable_verifier", if verify { "true" } else { "false" })?;
    let isa = cranelift_native::builder()
        .map_err(|e| anyhow!("this machine is not supported by Cranelift: {e}"))?
        .finish(settings::Flags::new(flags))?;
    Ok(isa)
}

pub fn target(isa: &OwnedTargetIsa) -> Target {
    Target {
        word: crate::lower::word_type(isa.pointer_bits() as u32),
        call_conv: isa.default_call_conv(),
        float: cranelift_codegen::ir::types::F64,
    }
}

/// Cranelift's mid-end for the host (for the bytecode backend, which encodes what it makes).
pub fn optimize(
    func: cranelift_codegen::ir::Function,
    isa: &OwnedTargetIsa,
) -> Result<cranelift_codegen::ir::Function> {
    let mut ctx = cranelift_codegen::Context::for_function(func);
    ctx.optimize(isa.as_ref(), &mut cranelift_codegen::control::ControlPlane::default())
        .map_err(|e| anyhow!("optimizer: {e:?}"))?;
    Ok(ctx.func)
}

/// Compiles `program` into memory and runs its module body; returns the exit status.
pub fn run(program: Program, isa: OwnedTargetIsa) -> Result<i32> {
    let mut builder = JITBuilder::with_isa(isa, cranelift_module::default_libcall_names());
    for entry in mpyc_runtime::abi::ENTRY_POINTS {
        let addr = mpyc_runtime::abi::entry_address(entry.name).expect("every entry point has an address");
        builder.symbol(entry.name, addr);
    }
    for (name, addr) in crate::lower::runtime_data() {
        builder.symbol(name, addr);
    }
    let mut module = JITModule::new(builder);
    let mut ids = Vec::new();
    for (i, f) in program.functions.iter().enumerate() {
        let linkage = if f.body.is_some() { Linkage::Local } else { Linkage::Import };
        let id = module.declare_function(&f.name, linkage, &f.sig)?;
        if id.as_u32() as usize != i {
            bail!("internal error: function {} declared out of order", f.name);
        }
        ids.push(id);
    }
    let mut data_ids = Vec::new();
    for (i, d) in program.data.iter().enumerate() {
        let linkage = if matches!(d.init, DataInit::Runtime(_)) { Linkage::Import } else { Linkage::Local };
        let id = module.declare_data(&d.name, linkage, d.writable, false)?;
        if id.as_u32() as usize != i {
            bail!("internal error: data {} declared out of order", d.name);
        }
        data_ids.push(id);
    }
    let mut runtime_ids = std::collections::HashMap::new();
    for (name, _) in crate::lower::runtime_data() {
        runtime_ids.insert(name, module.declare_data(name, Linkage::Import, false, false)?);
    }
    for (d, &id) in program.data.iter().zip(&data_ids) {
        let mut desc = DataDescription::new();
        match &d.init {
            DataInit::Runtime(_) => continue,
            DataInit::Bytes(b) => desc.define(b.clone().into_boxed_slice()),
            DataInit::Zeros(n) => desc.define_zeroinit(*n),
            DataInit::Words(words) => {
                const W: usize = std::mem::size_of::<usize>();
                let mut bytes = vec![0u8; W * words.len()];
                for (i, w) in words.iter().enumerate() {
                    let target = match w {
                        DataWord::Int(n) => {
                            bytes[W * i..W * (i + 1)].copy_from_slice(&(*n as usize).to_le_bytes());
                            continue;
                        }
                        DataWord::Data(index) => data_ids[*index as usize],
                        DataWord::Function(index) => {
                            let f = module.declare_func_in_data(ids[*index as usize], &mut desc);
                            desc.write_function_addr((W * i) as u32, f);
                            continue;
                        }
                        DataWord::Runtime(name) => match runtime_ids.get(name) {
                            Some(&id) => id,
                            None => bail!("internal error: no runtime symbol {name}"),
                        },
                    };
                    let gv = module.declare_data_in_data(target, &mut desc);
                    desc.write_data_addr((W * i) as u32, gv, 0);
                }
                desc.define(bytes.into_boxed_slice());
            }
        }
        desc.set_align(8);
        module.define_data(id, &desc)?;
    }
    // Compiled on every core (Cranelift's own backend for this machine), then placed in the
    // JIT's memory in function order.
    let isa = module.isa();
    let names: Vec<String> = program.functions.iter().map(|f| f.name.clone()).collect();
    let main = ids[program.main];
    let bodies: Vec<_> = program.functions.into_iter().map(|f| f.body).collect();
    let compiled = super::on_every_core(bodies, |i, body| -> Result<Machine> {
        let mut ctx = cranelift_codegen::Context::for_function(body);
        ctx.compile(isa, &mut cranelift_codegen::control::ControlPlane::default())
            .map_err(|e| anyhow!("{:?}", e.inner))
            .with_context(|| format!("compiling {}", names[i]))?;
        let code = ctx.compiled_code().ok_or_else(|| anyhow!("internal error: {} not compiled", names[i]))?;
        let relocs = code.buffer.relocs().iter().map(|r| ModuleReloc::from_mach_reloc(r, &ctx.func, ids[i])).collect();
        Ok(Machine { alignment: code.buffer.alignment as u64, bytes: code.code_buffer().to_vec(), relocs })
    })?;
    for (i, c) in compiled.into_iter().enumerate() {
        if let Some(c) = c {
            let c = c?;
            module.define_function_bytes(ids[i], c.alignment, &c.bytes, &c.relocs)?;
        }
    }
    module.finalize_definitions()?;
    let main = module.get_finalized_function(main);
    // SAFETY: `mpy_main` was compiled above with the signature `() -> word`.
    let main: unsafe extern "C" fn() -> usize = unsafe { std::mem::transmute(main) };
    Ok(mpyc_runtime::stack::run_host(main))
}

/// One function's machine code, compiled on a backend thread.
struct Machine {
    alignment: u64,
    bytes: Vec<u8>,
    relocs: Vec<ModuleReloc>,
}
