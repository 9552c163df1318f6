//! The linker: generated objects + the runtime library → a firmware ELF laid out by the board's
//! memory map. The stages, in order:
//!
//! 1. read every input (`input`): sections, symbols, relocations; resolve global symbols
//! 2. keep what the vector table reaches (garbage-collect sections), but for the built-in
//!    methods the program never names (`prune`) and what only closed gates reach (`gate`);
//!    of string and constant sections, only the strings and constants referred to (`strings`)
//! 3. lay out: vector table (with the reset code, in the board's boot region when it has one),
//!    code and read-only data in flash; data (loaded from flash) and bss in RAM; then the heap,
//!    and the stack at the top of RAM
//! 4. apply relocations (`reloc`)
//! 5. write the ELF executable (`elf`)

pub mod dfuse;
mod elf;
pub mod formats;
mod gate;
mod input;
mod prune;
mod reloc;
pub mod script;
mod strings;

use crate::board::Board;
use crate::runtime_lib::RuntimeLib;
use anyhow::{anyhow, bail, Context, Result};
use input::{Class, Inputs, Target};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::{BTreeSet, VecDeque};

pub use prune::Methods;

/// The symbol every firmware starts from: the runtime's vector table.
const ROOT: &str = "__VECTOR_TABLE";
const ENTRY: &str = "Reset";

/// An input section's place in the output.
#[derive(Clone, Copy)]
struct Placed {
    addr: u32,
    /// The output section it is part of (an index into `Image::sections` before empty ones go).
    out: usize,
}

/// One output section: its address, bytes (none for bss) and size.
pub struct OutSection {
    pub name: &'static str,
    pub class: Class,
    pub addr: u32,
    /// Where its bytes are loaded (differs from `addr` for .data, copied at reset).
    pub load_addr: u32,
    pub data: Vec<u8>,
    pub size: u32,
}

/// One input section in the output, for `mpyc size`: where it went and what it is.
#[derive(Clone, Debug)]
pub struct Placement {
    /// The output section (`.text`, `.rodata`, `.data`, `.bss`, …).
    pub out: &'static str,
    pub size: u32,
    /// The object it came from (`generated object 0`, `lib.a(member.o)`).
    pub object: String,
    /// The input section's name (`.text._ZN…`).
    pub section: String,
    /// The first symbol it defines, if any.
    pub symbol: Option<String>,
    /// The placement (an index into the map) of the section that first referred to this one
    /// on a shortest chain from the vector table; `None` for the root (and debug sections).
    pub reached_from: Option<usize>,
    /// The placements this section's followed references reach (`size::hubs`).
    pub refers_to: Vec<usize>,
}

/// A linked firmware: the ELF, where every input section went, and how many built-in methods
/// were left out.
pub struct Linked {
    pub elf: Vec<u8>,
    pub map: Vec<Placement>,
    pub methods_left_out: usize,
    /// Functions, classes and methods of the Python library left out (set by the driver).
    pub library_left_out: usize,
}

pub struct Image {
    pub sections: Vec<OutSection>,
    pub map: Vec<Placement>,
    pub entry: u32,
    /// (name, address, size, is_func) for the symbol table.
    pub symbols: Vec<(String, u32, u32, bool)>,
    pub methods_left_out: usize,
}

/// Links `objects` (relocatable ELF) with the archive `runtime` for `board`, with the
/// built-in `methods` chosen.
#[cfg(test)]
pub fn link(objects: &[Vec<u8>], runtime: &RuntimeLib, board: &Board, methods: Methods) -> Result<Vec<u8>> {
    Ok(link_with_map(objects, runtime, board, methods)?.elf)
}

/// [`link`], also returning where every input section went.
pub fn link_with_map(objects: &[Vec<u8>], runtime: &RuntimeLib, board: &Board, methods: Methods) -> Result<Linked> {
    let mut inputs = Inputs::default();
    for (i, o) in objects.iter().enumerate() {
        inputs.add_object(&format!("generated object {i}"), o)?;
    }
    let mut roots = vec![ROOT, ENTRY, prune::NOT_LINKED, gate::CLOSED];
    roots.extend(input::REPLACED.iter().map(|(_, with)| *with));
    inputs.add_archive(crate::runtime_lib::NAME, &runtime.bytes, &roots)?;
    inputs.replace_core_functions();
    let image = layout_and_relocate(&inputs, board, methods)?;
    Ok(Linked {
        elf: elf::write(&image)?,
        map: image.map,
        methods_left_out: image.methods_left_out,
        library_left_out: 0,
    })
}

fn resolve(inputs: &Inputs, t: Target) -> Result<(usize, usize, u32)> {
    match t {
        Target::Local { obj, section, value } => Ok((obj, section, value)),
        Target::Global(g) => match &inputs.defs[g] {
            Some(s) => Ok((s.obj, s.section, s.value)),
            None => bail!("undefined symbol `{}`", inputs.names[g]),
        },
    }
}

/// The relocations not followed: in each method-table section, the function words of the
/// methods left out (`prune`).
type LeftOut = HashMap<(usize, usize), HashSet<u32>>;

/// Sections reachable from the vector table through relocations, but for the functions of
/// the built-in methods left out (and what only they reach), and what only closed gates reach
/// (`gate`).
/// Also, for each live section but the root, the section through which it was first reached
/// (breadth first: a shortest chain of references from the root), and the code sections
/// whose gate stayed closed: left out, as the functions they hold never run (`gate`), so
/// their callers' calls lead to the closed gates' stub.
fn live_sections(inputs: &Inputs, methods: Methods) -> Result<(Live, LeftOut, Reach, Live)> {
    let root = inputs.lookup(ROOT).ok_or_else(|| anyhow!("the runtime has no `{ROOT}`"))?;
    let mut live = Live::default();
    let mut left_out = LeftOut::default();
    let mut reach = Reach { root: (root.obj, root.section), ..Reach::default() };
    reach.work.push_back((root.obj, root.section));
    // (The stub of closed gates' calls, small, is always kept.)
    if let Some(stub) = inputs.lookup(gate::CLOSED) {
        reach.work.push_back((stub.obj, stub.section));
    }
    // Gate sections reached whose gate is still closed: their references wait.
    let mut closed: Vec<((usize, usize), &str)> = Vec::new();
    loop {
        while let Some((o, s)) = reach.work.pop_front() {
            if !live.insert((o, s)) {
                continue;
            }
            let sec = inputs.sections[o][s]
                .as_ref()
                .ok_or_else(|| anyhow!("a symbol refers to a section that is not loaded"))?;
            if let Some(key) = gate::key(sec.name) {
                if !gate::open(inputs, &live, methods, key) {
                    closed.push(((o, s), key));
                    continue;
                }
            }
            let skip = prune::left_out(inputs, sec, methods)?;
            if !skip.is_empty() {
                let stub = inputs
                    .lookup(prune::NOT_LINKED)
                    .ok_or_else(|| anyhow!("the runtime has no `{}`", prune::NOT_LINKED))?;
                reach.work.push_back((stub.obj, stub.section));
                reach.parents.entry((stub.obj, stub.section)).or_insert((o, s));
                reach.edges.push(((o, s), (stub.obj, stub.section)));
                left_out.insert((o, s), skip);
            }
            follow(inputs, (o, s), left_out.get(&(o, s)), &mut reach);
        }
        // What was linked may have opened gates reached before: follow those now, until no
        // more open.
        let before = closed.len();
        closed.retain(|&(at, key)| {
            let open = gate::open(inputs, &live, methods, key);
            if open {
                follow(inputs, at, None, &mut reach);
            }
            !open
        });
        if closed.len() == before {
            break;
        }
    }
    let mut dropped = Live::default();
    for (at, _) in closed {
        if inputs.sections[at.0][at.1].as_ref().is_some_and(|sec| gate::is_code(sec.name)) {
            live.remove(&at);
            dropped.insert(at);
        }
    }
    Ok((live, left_out, reach, dropped))
}

/// The walk from the root: the sections to visit, each one's referrer, and the offsets
/// referred to in string and constant sections.
#[derive(Default)]
struct Reach {
    root: (usize, usize),
    work: VecDeque<(usize, usize)>,
    parents: Parents,
    strings: StringRefs,
    /// Every reference followed, as (from, to).
    edges: Vec<((usize, usize), (usize, usize))>,
}

/// The offsets referred to in each string or constant section reached (`strings`).
type StringRefs = HashMap<(usize, usize), BTreeSet<u32>>;

/// Queues what section `at` refers to, but for the offsets in `skip`.
fn follow(inputs: &Inputs, at: (usize, usize), skip: Option<&HashSet<u32>>, reach: &mut Reach) {
    let Some(sec) = inputs.sections[at.0][at.1].as_ref() else { return };
    for r in &sec.relocs {
        if r.r_type == reloc::R_ARM_NONE || skip.is_some_and(|k| k.contains(&r.offset)) {
            continue;
        }
        // Undefined symbols are the linker's own or an error reported when relocating.
        let Ok((to, ts, value)) = resolve(inputs, r.target) else {
            continue;
        };
        let Some(Some(target)) = inputs.sections[to].get(ts) else { continue };
        if strings::is_pieces(target) {
            let off = match reloc::addend(r.r_type, sec.data, r.offset as usize) {
                Ok(a) if reloc::is_absolute(r.r_type) => value.wrapping_add(a as u32),
                _ => strings::WHOLE,
            };
            reach.strings.entry((to, ts)).or_default().insert(off);
        }
        reach.work.push_back((to, ts));
        reach.edges.push((at, (to, ts)));
        if (to, ts) != reach.root {
            reach.parents.entry((to, ts)).or_insert(at);
        }
    }
}

/// The sections kept, as (object, section index).
type Live = HashSet<(usize, usize)>;

/// Each live section's referrer on a shortest chain from the root.
type Parents = HashMap<(usize, usize), (usize, usize)>;

fn align(v: u32, a: u32) -> u32 {
    v.div_ceil(a) * a
}

fn layout_and_relocate(inputs: &Inputs, board: &Board, methods: Methods) -> Result<Image> {
    let mem = board.memory.as_ref().ok_or_else(|| anyhow!("board {} has no memory map", board.name))?;
    let (mut live, left_out, reach, dropped) = live_sections(inputs, methods)?;
    let (parents, string_refs) = (&reach.parents, &reach.strings);
    // The strings kept of each string or constant section, and its size.
    let pieces: HashMap<(usize, usize), strings::Pieces> = string_refs
        .iter()
        .filter_map(|(&os, refs)| {
            let sec = inputs.sections[os.0][os.1].as_ref()?;
            Some((os, strings::Pieces::of(sec, refs)))
        })
        .collect();
    let size_of = |o: usize, s: usize, sec: &input::Section| pieces.get(&(o, s)).map_or(sec.size, |p| p.size);
    // Debug sections of objects that contribute code come along; nothing refers to them.
    let contributing: HashSet<usize> = live.iter().map(|&(o, _)| o).collect();
    for &o in &contributing {
        for (s, sec) in inputs.sections[o].iter().enumerate() {
            if sec.as_ref().is_some_and(|x| x.class == Class::Debug) {
                live.insert((o, s));
            }
        }
    }
    let mut order: Vec<(usize, usize)> = live.iter().copied().collect();
    order.sort_by_key(|&(o, s)| (inputs.sections[o][s].as_ref().map(|x| x.class), inputs.rank[o], s));

    // Sections that go in the boot region, when the board has one: the vector table and the
    // reset code (the section defining the entry), so that a processor reset finds both there.
    let mut boot: HashSet<(usize, usize)> = HashSet::default();
    if mem.boot.is_some() {
        if let Some(e) = inputs.lookup(ENTRY) {
            boot.insert((e.obj, e.section));
        }
    }

    // Addresses: the boot region (or the start of flash) gets the vectors and, with a boot
    // region, the reset code; flash gets text, rodata, then the .data image; RAM gets data, bss.
    let mut placed: HashMap<(usize, usize), Placed> = HashMap::default();
    let mut sections: Vec<OutSection> = Vec::new();
    #[derive(PartialEq, Clone, Copy)]
    enum Place {
        Boot,
        Flash,
        Ram,
    }
    let outputs = [
        (Class::Vectors, ".vector_table", Place::Boot),
        (Class::Text, ".boot", Place::Boot),
        (Class::Text, ".text", Place::Flash),
        (Class::Rodata, ".rodata", Place::Flash),
        (Class::Data, ".data", Place::Ram),
        (Class::Bss, ".bss", Place::Ram),
    ];
    let boot_region = mem.boot.unwrap_or(mem.flash);
    let (mut boot_at, mut flash, mut ram) = (boot_region.origin, mem.flash.origin, mem.ram.origin);
    for (class, name, place) in outputs {
        // Without a boot region, boot and flash are one run of addresses.
        if mem.boot.is_none() && place == Place::Flash {
            flash = flash.max(boot_at);
        }
        let at = match place {
            Place::Boot => &mut boot_at,
            Place::Flash => &mut flash,
            Place::Ram => &mut ram,
        };
        let mut addr = align(*at, 8);
        let start = addr;
        let index = sections.len();
        for &(o, s) in &order {
            let sec = inputs.sections[o][s].as_ref().expect("live sections are loaded");
            let in_boot = class == Class::Vectors || boot.contains(&(o, s));
            if sec.class != class || in_boot != (place == Place::Boot) {
                continue;
            }
            addr = align(addr, sec.align);
            placed.insert((o, s), Placed { addr, out: index });
            addr += size_of(o, s, sec);
        }
        let size = addr - start;
        *at = start + size;
        let load_addr = if class == Class::Data { align(flash, 8) } else { start };
        if class == Class::Data {
            flash = load_addr + size;
        }
        sections.push(OutSection {
            name,
            class,
            addr: start,
            load_addr,
            data: if class == Class::Bss { Vec::new() } else { vec![0; size as usize] },
            size,
        });
    }
    if mem.boot.is_none() {
        flash = flash.max(boot_at);
    }
    // Debug sections: one output section per name, inputs concatenated, offsets as addresses.
    for &(o, s) in &order {
        let sec = inputs.sections[o][s].as_ref().expect("live sections are loaded");
        if sec.class != Class::Debug {
            continue;
        }
        let index = match sections.iter().position(|x| x.class == Class::Debug && x.name == sec.name) {
            Some(i) => i,
            None => {
                sections.push(OutSection {
                    name: Box::leak(sec.name.to_string().into_boxed_str()),
                    class: Class::Debug,
                    addr: 0,
                    load_addr: 0,
                    data: Vec::new(),
                    size: 0,
                });
                sections.len() - 1
            }
        };
        let out = &mut sections[index];
        placed.insert((o, s), Placed { addr: out.size, out: index });
        out.size += sec.size;
    }
    // (Their bytes made once each, at their full size: growing them input by input copied
    // megabytes of DWARF over and over.)
    for out in sections.iter_mut().filter(|x| x.class == Class::Debug) {
        out.data = vec![0; out.size as usize];
    }
    let flash_end = mem.flash.origin as u64 + mem.flash.length as u64;
    let ram_end = mem.ram.origin as u64 + mem.ram.length as u64;
    if mem.boot.is_some() && boot_at as u64 > boot_region.origin as u64 + boot_region.length as u64 {
        bail!(
            "the vector table and reset code need {} bytes; board {}'s boot region has {}",
            boot_at - boot_region.origin,
            board.name,
            boot_region.length
        );
    }
    if flash as u64 > flash_end {
        bail!(
            "the firmware needs {} bytes of flash; board {} has {}",
            flash - mem.flash.origin,
            board.name,
            mem.flash.length
        );
    }
    let stack = board.stack_size.unwrap_or(8192);
    let heap_start = align(ram, 8);
    let stack_top = ram_end as u32;
    let heap_end = stack_top.checked_sub(stack).filter(|e| *e >= heap_start + 1024).ok_or_else(|| {
        anyhow!("board {}: static data and a {stack}-byte stack leave no RAM for the heap", board.name)
    })?;
    // A board may cap its heap (to match another system's figures); the rest of RAM stays unused.
    let heap_end = board.heap_size.map_or(heap_end, |h| heap_end.min(heap_start.saturating_add(h)));
    let data = sections.iter().find(|x| x.class == Class::Data).expect("a .data output section");
    let bss = sections.iter().find(|x| x.class == Class::Bss).expect("a .bss output section");
    let linker_symbols: HashMap<&str, u32> = HashMap::from_iter([
        ("__sidata", data.load_addr),
        ("__sdata", data.addr),
        ("__edata", data.addr + data.size),
        ("__sbss", bss.addr),
        ("__ebss", bss.addr + bss.size),
        ("__sheap", heap_start),
        ("__eheap", heap_end),
        ("_stack_top", stack_top),
        ("_stack_bottom", stack_top - stack),
    ]);

    // None for a target in a discarded section (debug information refers to many: no error
    // is made for those, which costs a backtrace each when RUST_BACKTRACE is set).
    let address_of = |t: Target| -> Result<Option<u32>> {
        if let Target::Global(g) = t {
            if inputs.defs[g].is_none() {
                if let Some(v) = linker_symbols.get(inputs.names[g]) {
                    return Ok(Some(*v));
                }
            }
        }
        let (o, s, value) = resolve(inputs, t)?;
        Ok(placed.get(&(o, s)).map(|p| p.addr + value))
    };

    // Copy section bytes and apply relocations.
    let mut debug_relocs: HashMap<usize, HashMap<usize, Vec<input::Reloc>>> = HashMap::default();
    for &o in &contributing {
        debug_relocs.insert(o, inputs.debug_relocs(o)?);
    }
    for &(o, s) in &order {
        let sec = inputs.sections[o][s].as_ref().expect("live");
        if sec.class == Class::Bss {
            continue;
        }
        let base = placed[&(o, s)].addr;
        let out = &mut sections[placed[&(o, s)].out];
        let at = (base - out.addr) as usize;
        // (Relocated where it lands in the output.)
        if let Some(p) = pieces.get(&(o, s)) {
            // (Strings and constants have no relocations.)
            p.copy(sec.data, &mut out.data[at..at + p.size as usize]);
            continue;
        }
        let bytes = &mut out.data[at..at + sec.data.len()];
        bytes.copy_from_slice(sec.data);
        let skipped = left_out.get(&(o, s));
        let relocs = match sec.class {
            Class::Debug => debug_relocs.get(&o).and_then(|m| m.get(&s)).map_or(&[][..], Vec::as_slice),
            _ => &sec.relocs,
        };
        for r in relocs {
            let off = r.offset as usize;
            let a = reloc::addend(r.r_type, bytes, off).with_context(|| format!("in {}", sec.name))?;
            // Into a string or constant section: where the string (constant) went (its offset is
            // the symbol's and the addend together). One left out is referred to only by debug
            // information or a closed gate (a tombstone, 0).
            // (Any other type refers to a section kept whole, where offsets stay: below.)
            let target = resolve(inputs, r.target).ok().filter(|_| reloc::is_absolute(r.r_type));
            if let Some((p, at)) = target.and_then(|(to, ts, v)| Some((pieces.get(&(to, ts))?, (to, ts, v)))) {
                let sym = match p.remap(at.2.wrapping_add(a as u32)) {
                    Some(n) => placed[&(at.0, at.1)].addr + n,
                    None if sec.class == Class::Debug => u32::MAX,
                    None if gate::key(sec.name).is_some() => 0,
                    None => bail!("a relocation in {} refers to a string that was not kept", sec.name),
                };
                reloc::apply(r.r_type, bytes, off, sym, 0, base + r.offset)
                    .with_context(|| format!("in {}", sec.name))?;
                continue;
            }
            if sec.class == Class::Debug {
                // Debug information about discarded code points nowhere: at a tombstone, as
                // lld writes it (all ones; one less in the range and location lists, where all
                // ones selects a base address), never at 0, where the program's code may be.
                let (sym, a) = match address_of(r.target) {
                    Ok(Some(sym)) => (sym, a),
                    _ if matches!(sec.name, ".debug_ranges" | ".debug_loc") => (u32::MAX - 1, 0),
                    _ => (u32::MAX, 0),
                };
                reloc::apply(r.r_type, bytes, off, sym, a, 0).with_context(|| format!("in {}", sec.name))?;
                continue;
            }
            let sym = match r.target {
                // A method left out: its entry calls the stub that says so.
                _ if skipped.is_some_and(|k| k.contains(&r.offset)) => {
                    let stub = inputs.lookup(prune::NOT_LINKED).expect("kept with the methods left out");
                    let p = placed[&(stub.obj, stub.section)];
                    reloc::apply(r.r_type, bytes, off, p.addr + stub.value, 0, base + r.offset)
                        .with_context(|| format!("in {}", sec.name))?;
                    continue;
                }
                Target::Global(g) if inputs.defs[g].is_none() && !linker_symbols.contains_key(inputs.names[g]) => {
                    bail!("undefined symbol `{}` (referenced from {})", inputs.names[g], sec.name)
                }
                // To a function behind a closed gate, left out: the stub (never called).
                t if resolve(inputs, t).is_ok_and(|(to, ts, _)| dropped.contains(&(to, ts))) => {
                    let stub = inputs.lookup(gate::CLOSED).expect("kept from the root");
                    let p = placed[&(stub.obj, stub.section)];
                    let a = if reloc::is_call(r.r_type) { a } else { 0 };
                    reloc::apply(r.r_type, bytes, off, p.addr + stub.value, a, base + r.offset)
                        .with_context(|| format!("in {}", sec.name))?;
                    continue;
                }
                // From a gate's section to what nothing linked: a call to the stub, else 0.
                t if gate::key(sec.name).is_some() => match address_of(t)? {
                    Some(sym) => sym,
                    None if reloc::is_call(r.r_type) => {
                        let stub = inputs.lookup(gate::CLOSED).expect("kept from the root");
                        let p = placed[&(stub.obj, stub.section)];
                        reloc::apply(r.r_type, bytes, off, p.addr + stub.value, a, base + r.offset)
                            .with_context(|| format!("in {}", sec.name))?;
                        continue;
                    }
                    None => {
                        reloc::apply(r.r_type, bytes, off, 0, 0, base + r.offset)
                            .with_context(|| format!("in {}", sec.name))?;
                        continue;
                    }
                },
                t => address_of(t)?.ok_or_else(|| anyhow!("a relocation refers to a discarded section"))?,
            };
            reloc::apply(r.r_type, bytes, off, sym, a, base + r.offset).with_context(|| format!("in {}", sec.name))?;
        }
    }

    let entry = inputs.lookup(ENTRY).ok_or_else(|| anyhow!("the runtime has no `{ENTRY}`"))?;
    let entry = placed
        .get(&(entry.obj, entry.section))
        .map(|p| p.addr + entry.value)
        .ok_or_else(|| anyhow!("`{ENTRY}` was discarded"))?;
    let mut symbols = Vec::new();
    for s in &inputs.all_symbols {
        if let Some(p) = placed.get(&(s.obj, s.section)) {
            let value = match pieces.get(&(s.obj, s.section)) {
                Some(kept) => match kept.remap(s.value) {
                    Some(v) => v,
                    None => continue,
                },
                None => s.value,
            };
            symbols.push((s.name.to_string(), p.addr + value, s.size, s.is_func));
        }
    }
    for (name, v) in &linker_symbols {
        symbols.push((name.to_string(), *v, 0, false));
    }
    // The size map: each loaded input section, named by the first symbol it defines.
    let mut first_symbol: HashMap<(usize, usize), (u32, &str)> = HashMap::default();
    for sym in &inputs.all_symbols {
        let e = first_symbol.entry((sym.obj, sym.section)).or_insert((sym.value, sym.name));
        if sym.value < e.0 {
            *e = (sym.value, sym.name);
        }
    }
    let mut map = Vec::new();
    let mut map_index: HashMap<(usize, usize), usize> = HashMap::default();
    for &(o, s) in &order {
        let sec = inputs.sections[o][s].as_ref().expect("live");
        if sec.class == Class::Debug {
            continue;
        }
        map_index.insert((o, s), map.len());
        map.push(Placement {
            out: sections[placed[&(o, s)].out].name,
            size: size_of(o, s, sec),
            object: inputs.object_names[o].clone(),
            section: sec.name.to_string(),
            symbol: first_symbol.get(&(o, s)).map(|(_, n)| n.to_string()),
            reached_from: None,
            refers_to: Vec::new(),
        });
    }
    for (os, i) in &map_index {
        map[*i].reached_from = parents.get(os).and_then(|p| map_index.get(p)).copied();
    }
    for (from, to) in &reach.edges {
        if let (Some(&f), Some(&t)) = (map_index.get(from), map_index.get(to)) {
            map[f].refers_to.push(t);
        }
    }
    for p in &mut map {
        p.refers_to.sort_unstable();
        p.refers_to.dedup();
    }
    symbols.sort();
    symbols.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
    sections.retain(|s| s.size > 0 || s.class == Class::Vectors);
    let methods_left_out = left_out.values().map(HashSet::len).sum();
    Ok(Image { sections, map, entry, symbols, methods_left_out })
}
