//! The Thumb-2 backend: optimized CLIF → Thumb-2 machine code for Cortex-M, written as an ELF
//! relocatable object. The stages, in order, one file each:
//!
//! 1. `isel`: CLIF → machine instructions on virtual registers (`inst`, `imms`, `regs`)
//! 2. `regalloc`: regalloc2 → physical registers and spill code
//! 3. `abi`: the AAPCS frame
//! 4. `emit` + `buffer`: encodings, branches, relocations

mod abi;
#[cfg(test)]
pub(crate) mod bench;
mod buffer;
mod decided;
#[cfg(test)]
mod difftest;
mod dwarf;
mod emit;
#[cfg(test)]
mod emit_tests;
#[cfg(test)]
pub(crate) mod filetests;
mod hoist;
mod imms;
mod inst;
mod isel;
mod narrow;
mod regalloc;
mod regs;
#[cfg(test)]
mod testrun;
mod vfp;

use crate::lower::{DataInit, DataWord, Program, Target};
use crate::phases::{time, Phase};
use anyhow::{Context as _, Result};
use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::isa::{CallConv, OwnedTargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::{ir::types, Context};
use object::write::{Object, Relocation, SectionId, Symbol, SymbolId, SymbolSection};
use object::{
    elf, Architecture, BinaryFormat, Endianness, RelocationFlags, SectionKind, SymbolFlags, SymbolKind, SymbolScope,
};

/// The lowering's view of a Cortex-M: 32-bit words.
pub fn target() -> Target {
    Target { word: types::I32, call_conv: CallConv::SystemV, float: types::F32 }
}

/// The 32-bit ISA whose mid-end optimizations we run (Cranelift has no Arm32 backend; its
/// `pulley32` target shares the word size and optimizer, and generates nothing here).
fn mid_end_isa() -> Result<OwnedTargetIsa> {
    let mut flags = settings::builder();
    flags.set("opt_level", "speed")?;
    // Cranelift's IR verifier (before and after its passes) is a tenth of the mid-end's time:
    // on in debug builds and with MPYC_VERIFY=1 (the fuzzing tests set it), off otherwise.
    let verify = cfg!(debug_assertions) || std::env::var_os("MPYC_VERIFY").is_some_and(|v| v != "0");
    flags.set("enable_verifier", if verify { "true" } else { "false" })?;
    let isa = cranelift_codegen::isa::lookup_by_name("pulley32")?.finish(settings::Flags::new(flags))?;
    Ok(isa)
}

/// One compiled function.
struct Compiled {
    code: Vec<u8>,
    listing: Vec<(u32, String)>,
    relocs: Vec<buffer::Reloc>,
    syms: Vec<isel::Sym>,
    lines: Vec<(u32, u32)>,
    cfa: Vec<(u32, u32)>,
    /// Registers the prologue pushes (DWARF numbers), lr last when pushed.
    pushed: Vec<u16>,
}

/// The mid-end: Cranelift's optimizer, then our passes that need its GVN (list loads made
/// again, branches already decided), and the optimizer again when they changed something.
fn mid_end_passes(
    func: cranelift_codegen::ir::Function,
    isa: &OwnedTargetIsa,
) -> Result<cranelift_codegen::ir::Function> {
    let mut func = optimize(func, isa)?;
    let reused = crate::lower::reuse_list_loads_again(&mut func);
    if decided::decide_branches(&mut func) || reused {
        func = optimize(func, isa)?;
    }
    Ok(func)
}

/// The mid-end on its own (for the bytecode backend, which encodes what it makes).
pub fn mid_end(func: cranelift_codegen::ir::Function) -> Result<cranelift_codegen::ir::Function> {
    mid_end_passes(func, &mid_end_isa()?)
}

fn optimize(func: cranelift_codegen::ir::Function, isa: &OwnedTargetIsa) -> Result<cranelift_codegen::ir::Function> {
    let mut ctx = Context::for_function(func);
    ctx.optimize(isa.as_ref(), &mut ControlPlane::default()).map_err(|e| anyhow::anyhow!("optimizer: {e:?}"))?;
    if cfg!(debug_assertions) {
        ctx.verify(isa.flags()).map_err(|e| anyhow::anyhow!("CLIF verifier: {e}"))?;
    }
    Ok(ctx.func)
}

fn compile_function(func: &cranelift_codegen::ir::Function) -> Result<Compiled> {
    let mut func = func.clone();
    let wide = narrow::narrow(&mut func)?;
    if wide.changed {
        // Carries, borrows and constant halves simplify once they are 32-bit operations.
        func = time(Phase::MidEnd, || optimize(func, &mid_end_isa()?))?;
    }
    time(Phase::Isel, || {
        hoist::hoist_invariants(&mut func);
        hoist::hoist_constants(&mut func);
        hoist::remat_constants(&mut func);
    });
    let vcode = time(Phase::Isel, || isel::select(&func, &wide))?;
    let allocated = time(Phase::Regalloc, || regalloc::allocate(&vcode))?;
    time(Phase::Emit, || emit_function(vcode, &allocated))
}

/// The frame, then the code: branch relaxation re-emits until every branch reaches.
fn emit_function(vcode: isel::VCode, allocated: &regalloc::Allocated) -> Result<Compiled> {
    let frame = abi::Frame::compute(allocated, vcode.outgoing_args, vcode.slots_size);
    // Branch relaxation: every branch starts at its smallest form; those that do not reach
    // move to the next form, and the function is emitted again until all reach.
    let mut levels = std::collections::HashMap::new();
    let em = loop {
        let mut em = emit::Emitter::new(&allocated.blocks, &vcode.order, &frame, levels.clone());
        for b in &vcode.order {
            let b = b.0 as usize;
            em.block(b, &allocated.blocks[b])?;
        }
        let relax = em.buf.finish()?;
        if relax.is_empty() {
            break em;
        }
        levels.extend(relax);
    };
    let mut pushed: Vec<u16> = frame.saved.iter().map(|g| g.num() as u16).collect();
    if frame.push_lr {
        pushed.push(14);
    }
    let buf = em.buf;
    Ok(Compiled {
        code: buf.code,
        listing: buf.listing,
        relocs: buf.relocs,
        syms: vcode.syms,
        lines: buf.lines,
        cfa: buf.cfa,
        pushed,
    })
}

/// The namespace of external names that are the runtime's routines the backend itself calls,
/// indexed into [`RUNTIME_ROUTINES`].
const RUNTIME_NAMESPACE: u32 = 3;

/// The runtime's routines the backend calls by name.
const RUNTIME_ROUTINES: [&str; 1] = ["rt_vm_enter"];

/// The native stub of a Python-level bytecode function (`lower::Program::vm_stubs`): the
/// blob's address into r12 (the intra-procedure scratch register, free at a call) and a jump
/// to the runtime's `rt_vm_enter`, which makes the arguments (r0–r3, then the caller's stack
/// words above them) one array and calls `rt_vm_run`. 12 bytes, where the stub's CLIF (its
/// arguments stored into a frame array, then the call) compiles to 26–34.
fn vm_stub(blob: u32) -> Compiled {
    use buffer::RelocKind;
    let mut buf = buffer::Buffer::default();
    let (data, enter) = (inst::SymRef(0), inst::SymRef(1));
    buf.reloc(RelocKind::MovwAbs, data);
    buf.put(emit::enc_movw_movt(false, regs::IP, 0), "movw ip, #0");
    buf.reloc(RelocKind::MovtAbs, data);
    buf.put(emit::enc_movw_movt(true, regs::IP, 0), "movt ip, #0");
    // (The implicit addend −4 makes the linker's S + A − P the offset from PC, as a call's.)
    buf.reloc(RelocKind::ThmJump24, enter);
    buf.put(emit::enc_b_t4(-4).expect("in range"), "b.w <sym1>");
    Compiled {
        code: buf.code,
        listing: buf.listing,
        relocs: buf.relocs,
        syms: vec![
            isel::Sym { namespace: 1, index: blob, offset: 0 },
            isel::Sym { namespace: RUNTIME_NAMESPACE, index: 0, offset: 0 },
        ],
        lines: Vec::new(),
        cfa: Vec::new(),
        pushed: Vec::new(),
    }
}

/// Whether a function of signature `sig` takes and returns machine words only (as
/// `rt_vm_enter` passes them on).
fn words_only(sig: &cranelift_codegen::ir::Signature) -> bool {
    use cranelift_codegen::ir::{types::I32, ArgumentPurpose};
    let word = |p: &cranelift_codegen::ir::AbiParam| p.value_type == I32 && p.purpose == ArgumentPurpose::Normal;
    sig.params.iter().all(word) && sig.returns.len() == 1 && sig.returns.iter().all(word)
}

/// Compiles every function that has a body; the result is indexed like `program.functions`.
/// Functions are independent from here on, so they are compiled on as many threads as there
/// are cores (each takes the next function not yet taken); the output does not depend on the
/// order, and the first error by function order is the one reported.
fn compile_all(program: Program, mid_end: bool) -> Result<(Vec<Option<Compiled>>, Program)> {
    let isa = mid_end_isa()?;
    let mut program = program;
    let bodies: Vec<Option<cranelift_codegen::ir::Function>> =
        program.functions.iter_mut().map(|f| f.body.take()).collect();
    let names: Vec<&str> = program.functions.iter().map(|f| f.name.as_str()).collect();
    let vm_stubs = &program.vm_stubs;
    let one = |i: usize, body: cranelift_codegen::ir::Function| -> Result<Compiled> {
        if let Some(&blob) = vm_stubs.get(&(i as u32)).filter(|_| words_only(&body.signature)) {
            return Ok(vm_stub(blob));
        }
        let body = if mid_end {
            time(Phase::MidEnd, || mid_end_passes(body, &isa)).with_context(|| format!("optimizing {}", names[i]))?
        } else {
            body
        };
        compile_function(&body).with_context(|| format!("compiling {}", names[i]))
    };
    let results = super::on_every_core(bodies, one)?;
    let out = results.into_iter().map(Option::transpose).collect::<Result<Vec<_>>>()?;
    Ok((out, program))
}

/// `mpyc build --emit clif`.
pub fn optimized_clif(program: Program) -> Result<String> {
    let isa = mid_end_isa()?;
    let mut text = String::new();
    for f in program.functions {
        if let Some(body) = f.body {
            let opt = mid_end_passes(body, &isa)?;
            text.push_str(&format!("; {}\n{}\n", f.name, opt.display()));
        }
    }
    Ok(text)
}

/// `mpyc build --emit asm`: the listing after the mid-end (`mid_end`) or of the CLIF as given.
pub fn listing(program: Program, mid_end: bool) -> Result<String> {
    let (compiled, program) = compile_all(program, mid_end)?;
    let mut text = String::new();
    for (f, c) in program.functions.iter().zip(compiled) {
        let Some(c) = c else { continue };
        text.push_str(&format!("{}:\n", f.name));
        let mut relocs = c.relocs.iter().peekable();
        for (off, line) in &c.listing {
            let mut line = line.clone();
            if let Some(r) = relocs.peek().filter(|r| r.offset == *off) {
                let s = c.syms[r.sym.0 as usize];
                line = line.replace(&format!("<sym{}>", r.sym.0), &format!("<{}>", sym_name(&program, s)));
                line.push_str(&format!("\t; {:?} {}", r.kind, sym_name(&program, s)));
                relocs.next();
            }
            text.push_str(&format!("  {off:4x}:  {line}\n"));
        }
    }
    Ok(text)
}

fn sym_name(program: &Program, s: isel::Sym) -> String {
    let base = match s.namespace {
        0 => program.functions[s.index as usize].name.clone(),
        narrow::LIBCALL_NAMESPACE => narrow::LIBCALLS[s.index as usize].to_string(),
        RUNTIME_NAMESPACE => RUNTIME_ROUTINES[s.index as usize].to_string(),
        _ => program.data[s.index as usize].name.clone(),
    };
    if s.offset != 0 {
        format!("{base}+{}", s.offset)
    } else {
        base
    }
}

/// A function symbol, undefined until its code is placed (or left for the linker).
fn undefined_function(obj: &mut Object, name: &[u8]) -> SymbolId {
    obj.add_symbol(Symbol {
        name: name.to_vec(),
        value: 0,
        size: 0,
        kind: SymbolKind::Text,
        scope: SymbolScope::Linkage,
        weak: false,
        section: SymbolSection::Undefined,
        flags: SymbolFlags::None,
    })
}

fn undefined_data(obj: &mut Object, name: &[u8]) -> SymbolId {
    obj.add_symbol(Symbol {
        name: name.to_vec(),
        value: 0,
        size: 0,
        kind: SymbolKind::Data,
        scope: SymbolScope::Linkage,
        weak: false,
        section: SymbolSection::Undefined,
        flags: SymbolFlags::None,
    })
}

/// Compiles every function of `program` and writes an ELF relocatable object for Arm.
pub fn compile(program: Program) -> Result<Vec<u8>> {
    let (compiled, program) = compile_all(program, true)?;
    time(Phase::Object, || write_object(compiled, program))
}

/// The ELF relocatable object of the compiled functions and the program's data.
fn write_object(compiled: Vec<Option<Compiled>>, program: Program) -> Result<Vec<u8>> {
    let mut obj = Object::new(BinaryFormat::Elf, Architecture::Arm, Endianness::Little);
    obj.flags = object::FileFlags::Elf {
        os_abi: 0,
        abi_version: 0,
        e_flags: elf::EF_ARM_EABI_VER5 | elf::EF_ARM_ABI_FLOAT_HARD,
    };
    let mut func_syms: Vec<SymbolId> = Vec::new();
    let mut defined: Vec<Option<SectionId>> = vec![None; program.functions.len()];
    for f in &program.functions {
        func_syms.push(undefined_function(&mut obj, f.name.as_bytes()));
    }
    for (i, f) in program.functions.iter().enumerate() {
        let Some(c) = &compiled[i] else { continue };
        let section = obj.add_section(vec![], format!(".text.{}", f.name).into_bytes(), SectionKind::Text);
        obj.append_section_data(section, &c.code, 4);
        // Thumb functions have bit 0 set in their symbol value; `$t` marks Thumb code.
        let s = obj.symbol_mut(func_syms[i]);
        s.value = 1;
        s.size = c.code.len() as u64;
        s.section = SymbolSection::Section(section);
        obj.add_symbol(Symbol {
            name: b"$t".to_vec(),
            value: 0,
            size: 0,
            kind: SymbolKind::Label,
            scope: SymbolScope::Compilation,
            weak: false,
            section: SymbolSection::Section(section),
            flags: SymbolFlags::None,
        });
        defined[i] = Some(section);
    }
    let mut data_syms = Vec::new();
    let mut sections = Vec::new();
    for d in &program.data {
        if let DataInit::Runtime(name) = d.init {
            data_syms.push(undefined_data(&mut obj, name.as_bytes()));
            sections.push(None);
            continue;
        }
        let words;
        let (kind, prefix, bytes, size) = match (&d.init, d.writable) {
            (DataInit::Runtime(_), _) => unreachable!("an undefined symbol, above"),
            (DataInit::Words(w), writable) => {
                // Addresses are 0 here, filled in by `R_ARM_ABS32` relocations (added below).
                words = w
                    .iter()
                    .flat_map(|w| match w {
                        DataWord::Int(n) => (*n as u32).to_le_bytes(),
                        _ => [0; 4],
                    })
                    .collect::<Vec<u8>>();
                let (kind, prefix) =
                    if writable { (SectionKind::Data, ".data") } else { (SectionKind::ReadOnlyData, ".rodata") };
                (kind, prefix, Some(&words), words.len())
            }
            (DataInit::Zeros(n), true) => (SectionKind::UninitializedData, ".bss", None, *n),
            (DataInit::Bytes(b), true) => (SectionKind::Data, ".data", Some(b), b.len()),
            (DataInit::Bytes(b), false) => (SectionKind::ReadOnlyData, ".rodata", Some(b), b.len()),
            (DataInit::Zeros(n), false) => (SectionKind::ReadOnlyData, ".rodata", None, *n),
        };
        let section = obj.add_section(vec![], format!("{prefix}.{}", d.name).into_bytes(), kind);
        match bytes {
            Some(b) => {
                // Objects made of words may hold an f64 (a float literal on a float64 board).
                let align = if matches!(d.init, DataInit::Words(_)) { 8 } else { 4 };
                obj.append_section_data(section, b, align);
            }
            None if kind == SectionKind::UninitializedData => {
                obj.append_section_bss(section, size as u64, 4);
            }
            None => {
                obj.append_section_data(section, &vec![0; size], 4);
            }
        }
        sections.push(Some(section));
        data_syms.push(obj.add_symbol(Symbol {
            name: d.name.clone().into_bytes(),
            value: 0,
            size: size as u64,
            kind: SymbolKind::Data,
            scope: SymbolScope::Compilation,
            weak: false,
            section: SymbolSection::Section(section),
            flags: SymbolFlags::None,
        }));
    }
    let mut runtime_syms = std::collections::HashMap::new();
    for (d, sym) in program.data.iter().zip(&data_syms) {
        if let DataInit::Runtime(name) = d.init {
            runtime_syms.insert(name, *sym);
        }
    }
    for (d, section) in program.data.iter().zip(&sections) {
        let (DataInit::Words(words), Some(section)) = (&d.init, section) else { continue };
        for (i, w) in words.iter().enumerate() {
            let symbol = match w {
                DataWord::Int(_) => continue,
                DataWord::Data(index) => data_syms[*index as usize],
                DataWord::Function(index) => func_syms[*index as usize],
                DataWord::Runtime(name) => {
                    *runtime_syms.entry(*name).or_insert_with(|| undefined_data(&mut obj, name.as_bytes()))
                }
            };
            obj.add_relocation(
                *section,
                Relocation {
                    offset: 4 * i as u64,
                    symbol,
                    addend: 0,
                    flags: RelocationFlags::Elf { r_type: elf::R_ARM_ABS32 },
                },
            )?;
        }
    }
    let mut libcall_syms = std::collections::HashMap::new();
    for (i, c) in compiled.iter().enumerate() {
        let (Some(c), Some(section)) = (c, defined[i]) else {
            continue;
        };
        for r in &c.relocs {
            let s = c.syms[r.sym.0 as usize];
            let symbol = match s.namespace {
                0 => func_syms[s.index as usize],
                narrow::LIBCALL_NAMESPACE => *libcall_syms
                    .entry(s.index)
                    .or_insert_with(|| undefined_function(&mut obj, narrow::LIBCALLS[s.index as usize].as_bytes())),
                RUNTIME_NAMESPACE => *libcall_syms
                    .entry(RUNTIME_NAMESPACE << 16 | s.index)
                    .or_insert_with(|| undefined_function(&mut obj, RUNTIME_ROUTINES[s.index as usize].as_bytes())),
                _ => data_syms[s.index as usize],
            };
            if s.offset != 0 {
                anyhow::bail!("symbol offsets in relocations are not supported yet");
            }
            obj.add_relocation(
                section,
                Relocation {
                    offset: r.offset as u64,
                    symbol,
                    addend: 0,
                    flags: RelocationFlags::Elf { r_type: r.kind.elf_type() },
                },
            )?;
        }
    }
    if !program.file.is_empty() {
        add_debug_info(&mut obj, &program, &compiled, &defined)?;
    }
    Ok(obj.write()?)
}

/// DWARF for the program's functions, with `R_ARM_ABS32` relocations to their code sections
/// and between the debug sections.
fn add_debug_info(
    obj: &mut Object,
    program: &Program,
    compiled: &[Option<Compiled>],
    text: &[Option<SectionId>],
) -> Result<()> {
    let funcs: Vec<dwarf::DebugFunction> = compiled
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let c = c.as_ref()?;
            Some(dwarf::DebugFunction {
                symbol: i,
                name: crate::lower::python_name(&program.functions[i].name),
                size: c.code.len() as u32,
                lines: &c.lines,
                cfa: &c.cfa,
                pushed: c.pushed.clone(),
            })
        })
        .collect();
    let sections = dwarf::build(&program.file, &funcs)?;
    let ids: Vec<(&str, SectionId)> = sections
        .iter()
        .map(|(name, s)| {
            let id = obj.add_section(vec![], name.as_bytes().to_vec(), SectionKind::Debug);
            obj.append_section_data(id, &s.data, 1);
            (*name, id)
        })
        .collect();
    for ((_, s), (_, id)) in sections.iter().zip(&ids) {
        for r in &s.relocs {
            let symbol = match r.target {
                // Against the code's section, not its Thumb symbol: addresses here are even.
                gimli::write::RelocationTarget::Symbol(i) => {
                    obj.section_symbol(text[i].ok_or_else(|| anyhow::anyhow!("debug info for an undefined function"))?)
                }
                gimli::write::RelocationTarget::Section(target) => {
                    let (_, sec) = ids
                        .iter()
                        .find(|(n, _)| *n == target.name())
                        .ok_or_else(|| anyhow::anyhow!("no {}", target.name()))?;
                    obj.section_symbol(*sec)
                }
            };
            obj.add_relocation(
                *id,
                Relocation {
                    offset: r.offset as u64,
                    symbol,
                    addend: r.addend,
                    flags: RelocationFlags::Elf { r_type: elf::R_ARM_ABS32 },
                },
            )?;
        }
    }
    Ok(())
}
