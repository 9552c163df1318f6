//! Linker input: relocatable ELF objects, on their own or as members of an `ar` archive,
//! read into sections, symbols and relocations, with global symbols resolved across them.
//! Section bytes are borrowed from the input, not copied, and the relocations of debug
//! sections (most of a Rust archive's) are read only for the objects that contribute code.

use anyhow::{bail, Context, Result};
use object::read::archive::{ArchiveFile, ArchiveMember, ArchiveOffset};
use object::{Object, ObjectSection, ObjectSymbol, RelocationTarget, SectionKind, SymbolSection};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Where output a section goes.
#[derive(Clone, Copy, PartialEq, Eq, Debug, PartialOrd, Ord)]
pub enum Class {
    Vectors,
    Text,
    Rodata,
    Data,
    Bss,
    /// DWARF: not loaded; addresses in it are offsets within its output section.
    Debug,
}

pub struct Section<'a> {
    pub name: &'a str,
    pub class: Class,
    pub align: u32,
    pub size: u32,
    /// The bytes (empty for .bss).
    pub data: &'a [u8],
    /// The relocations; for debug sections, see [`Inputs::debug_relocs`].
    pub relocs: Vec<Reloc>,
}

#[derive(Clone, Copy, Debug)]
pub struct Reloc {
    pub offset: u32,
    pub r_type: u32,
    pub target: Target,
}

/// What a relocation or symbol refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    /// A section of an object, plus an offset (with the Thumb bit for Thumb functions).
    Local {
        obj: usize,
        section: usize,
        value: u32,
    },
    Global(usize),
}

#[derive(Clone)]
pub struct Symbol<'a> {
    pub name: &'a str,
    pub obj: usize,
    pub section: usize,
    pub value: u32,
    pub size: u32,
    pub is_func: bool,
}

/// Functions of Rust's `core` that the linker replaces with the runtime's (path in `core`,
/// the runtime's symbol): panics the runtime never takes whose message formatting would
/// cost more flash than the rest of their crate's code a program needs (the replacement
/// panics too, with a fixed message), and `Formatter`'s padding, which every firmware links
/// (the replacements write the same text with 2 KB less code: `runtime/src/corefmt.rs`);
/// and `compiler_builtins`' memcpy, memmove and memset, 3.3 KB unrolled for any ARM, where
/// the runtime's are 0.2 KB for the Cortex-M's unaligned loads (`runtime/src/mem.rs`). A path
/// of one name is a symbol's exact name (the AEABI's C-named entry points).
pub const REPLACED: &[(&[&str], &str)] = &[
    (&["core", "str", "slice_error_fail"], "rt_str_slice_fail"),
    (&["core", "fmt", "Formatter", "pad"], "rt_fmt_pad"),
    (&["core", "fmt", "Formatter", "pad_integral"], "rt_fmt_pad_integral"),
    (&["compiler_builtins", "mem", "memcpy"], "rt_memcpy"),
    (&["compiler_builtins", "mem", "memmove"], "rt_memmove"),
    (&["compiler_builtins", "mem", "memset"], "rt_memset_c"),
    (&["memcpy"], "rt_memcpy"),
    (&["memmove"], "rt_memmove"),
    (&["memset"], "rt_memset_c"),
    (&["__aeabi_memcpy"], "rt_memcpy"),
    (&["__aeabi_memcpy4"], "rt_memcpy"),
    (&["__aeabi_memcpy8"], "rt_memcpy"),
    (&["__aeabi_memmove"], "rt_memmove"),
    (&["__aeabi_memmove4"], "rt_memmove"),
    (&["__aeabi_memmove8"], "rt_memmove"),
    (&["__aeabi_memset"], "rt_memset"),
    (&["__aeabi_memset4"], "rt_memset"),
    (&["__aeabi_memset8"], "rt_memset"),
    (&["__aeabi_memclr"], "rt_memclr"),
    (&["__aeabi_memclr4"], "rt_memclr"),
    (&["__aeabi_memclr8"], "rt_memclr"),
];

/// Whether the mangled symbol `name` (Rust's v0 or legacy scheme) is the function at `path`
/// (a method's path ends with its type and its name: `core::fmt::Formatter::pad`).
fn is_rust_path(name: &str, path: &[&str]) -> bool {
    let segs = |path: &[&str]| -> String { path.iter().map(|p| format!("{}{p}", p.len())).collect() };
    let segments = segs(path);
    let v0 = name.starts_with("_R") && name.ends_with(&segments) && {
        // (The crate's segment follows its disambiguator `Cs…_`.)
        let before = &name[..name.len() - segments.len()];
        before.ends_with('_')
    };
    // An inherent method in v0 (`_RNvM…_NtCs…_4core3fmtNtB5_9Formatter3pad`): its type's module
    // path, then its type (a back-reference to that path, `B5_`, and the type's name) and its name.
    let method = path.len() > 2 && name.starts_with("_RNvM") && {
        let (module, item) = path.split_at(path.len() - 2);
        let item = segs(item);
        name.strip_suffix(item.as_str()).is_some_and(|before| before.ends_with('_'))
            && name.contains(&format!("_{}N", segs(module)))
    };
    let legacy = name
        .strip_prefix("_ZN")
        .and_then(|rest| rest.strip_prefix(segments.as_str()))
        .is_some_and(|hash| hash.starts_with("17h") && hash.ends_with('E'));
    v0 || method || legacy
}

/// Every input object's sections, and the global symbols across them.
#[derive(Default)]
pub struct Inputs<'a> {
    /// sections[obj][section index] (None where the section is not loaded).
    pub sections: Vec<Vec<Option<Section<'a>>>>,
    /// Each object's ELF bytes and what its symbols stand for (symbol index → target), for its
    /// debug relocations, read later.
    files: Vec<(&'a [u8], Vec<Option<Target>>)>,
    /// Each object's place in the input order (its number for objects given on their own, its
    /// offset for archive members, which load in the order their symbols are wanted): output
    /// sections are laid out in this order, as if every member had been read in turn.
    pub rank: Vec<u64>,
    /// Global symbol names, numbered; `defs[i]` is the definition of `names[i]`, if any.
    pub names: Vec<&'a str>,
    pub defs: Vec<Option<Symbol<'a>>>,
    weak: Vec<bool>,
    by_name: HashMap<&'a str, usize>,
    /// Every named symbol defined in a section (local ones too), for the output symbol table.
    pub all_symbols: Vec<Symbol<'a>>,
    /// What each object is (`generated object 0`, `lib.a(member.o)`), for the size report.
    pub object_names: Vec<String>,
}

fn class_of(name: &str, kind: SectionKind) -> Option<Class> {
    if name.starts_with(".ARM.exidx") || name.starts_with(".ARM.extab") {
        return None;
    }
    if name == ".vector_table" {
        return Some(Class::Vectors);
    }
    if name.starts_with(".debug_") {
        return Some(Class::Debug);
    }
    match kind {
        SectionKind::Text => Some(Class::Text),
        SectionKind::ReadOnlyData | SectionKind::ReadOnlyString | SectionKind::ReadOnlyDataWithRel => {
            Some(Class::Rodata)
        }
        SectionKind::Data => Some(Class::Data),
        SectionKind::UninitializedData => Some(Class::Bss),
        _ => None,
    }
}

impl<'a> Inputs<'a> {
    fn global(&mut self, name: &'a str) -> usize {
        if let Some(&i) = self.by_name.get(name) {
            return i;
        }
        self.names.push(name);
        self.defs.push(None);
        self.weak.push(false);
        self.by_name.insert(name, self.names.len() - 1);
        self.names.len() - 1
    }

    pub fn lookup(&self, name: &str) -> Option<&Symbol<'a>> {
        self.by_name.get(name).and_then(|&i| self.defs[i].as_ref())
    }

    /// Adds one relocatable ELF object, after those added before it.
    pub fn add_object(&mut self, what: &str, data: &'a [u8]) -> Result<()> {
        self.add_ranked(what, data, self.sections.len() as u64)
    }

    /// Adds one relocatable ELF object, laid out in the place `rank` gives it.
    fn add_ranked(&mut self, what: &str, data: &'a [u8], rank: u64) -> Result<()> {
        let file = object::File::parse(data).with_context(|| format!("reading {what}"))?;
        if file.architecture() != object::Architecture::Arm {
            bail!("{what} is not an Arm object");
        }
        let obj = self.sections.len();
        let mut sections: Vec<Option<Section<'a>>> = Vec::new();
        for s in file.sections() {
            let i = s.index().0;
            if sections.len() <= i {
                sections.resize_with(i + 1, || None);
            }
            let name = s.name().unwrap_or("");
            let Some(class) = class_of(name, s.kind()) else {
                continue;
            };
            let data = if class == Class::Bss { &[][..] } else { s.data()? };
            sections[i] = Some(Section {
                name,
                class,
                align: s.align().max(1) as u32,
                size: s.size() as u32,
                data,
                relocs: Vec::new(),
            });
        }
        // Symbols: globals into the shared table, locals by index for this object's relocations.
        let mut local_targets: Vec<Option<Target>> = Vec::new();
        let mut target = |i: usize, t: Target| {
            if local_targets.len() <= i {
                local_targets.resize(i + 1, None);
            }
            local_targets[i] = Some(t);
        };
        for sym in file.symbols() {
            let name = sym.name().unwrap_or("");
            let section = match sym.section() {
                SymbolSection::Section(si) => Some(si.0),
                _ => None,
            };
            let defined = section.map(|si| Symbol {
                name,
                obj,
                section: si,
                value: sym.address() as u32,
                size: sym.size() as u32,
                is_func: sym.kind() == object::SymbolKind::Text,
            });
            if let Some(d) = &defined {
                if sections.get(d.section).is_some_and(|s| s.is_some()) && !name.is_empty() && !name.starts_with('$') {
                    self.all_symbols.push(d.clone());
                }
            }
            if sym.is_global() || sym.is_weak() {
                let g = self.global(name);
                target(sym.index().0, Target::Global(g));
                if let Some(d) = defined {
                    let weak = sym.is_weak();
                    if self.defs[g].is_none() || (self.weak[g] && !weak) {
                        self.defs[g] = Some(d);
                        self.weak[g] = weak;
                    }
                }
            } else if let Some(si) = section {
                target(sym.index().0, Target::Local { obj, section: si, value: sym.address() as u32 });
            }
        }
        for s in file.sections() {
            let i = s.index().0;
            if sections[i].as_ref().is_none_or(|sec| sec.class == Class::Debug) {
                continue;
            }
            let relocs = relocs_of(what, obj, &file, &s, &local_targets)?;
            if let Some(sec) = sections[i].as_mut() {
                sec.relocs = relocs;
            }
        }
        self.rank.push(rank);
        self.sections.push(sections);
        self.files.push((data, local_targets));
        self.object_names.push(what.to_string());
        Ok(())
    }

    /// The relocations of `obj`'s debug sections, by section index: read when the object
    /// contributes code (most objects of an archive do not, and debug relocations are most of
    /// the relocations there are).
    pub fn debug_relocs(&self, obj: usize) -> Result<HashMap<usize, Vec<Reloc>>> {
        let what = &self.object_names[obj];
        let (data, local_targets) = &self.files[obj];
        let file = object::File::parse(*data).with_context(|| format!("reading {what}"))?;
        let mut out = HashMap::default();
        for s in file.sections() {
            let i = s.index().0;
            if self.sections[obj].get(i).and_then(Option::as_ref).is_some_and(|sec| sec.class == Class::Debug) {
                out.insert(i, relocs_of(what, obj, &file, &s, local_targets)?);
            }
        }
        Ok(out)
    }

    /// Adds the members of an `ar` archive that define a symbol wanted so far — one not yet
    /// defined, or one of `roots` — and what they want in turn, as linkers read archives: a
    /// Rust runtime's archive is mostly members no program needs (the compiler's built-ins,
    /// `core` and `alloc` where the runtime does not call them). An archive without a symbol
    /// index is read whole.
    pub fn add_archive(&mut self, what: &str, data: &'a [u8], roots: &[&'a str]) -> Result<()> {
        let archive = ArchiveFile::parse(data).with_context(|| format!("reading {what}"))?;
        let Some(symbols) = archive.symbols().with_context(|| format!("reading {what}'s index"))? else {
            for member in archive.members() {
                let member = member?;
                self.add_member(what, data, member, self.sections.len() as u64)?;
            }
            return Ok(());
        };
        let mut index: HashMap<&[u8], u64> = HashMap::default();
        for sym in symbols {
            let sym = sym?;
            index.entry(sym.name()).or_insert(sym.offset().0);
        }
        for root in roots {
            self.global(root);
        }
        let mut loaded: HashSet<u64> = HashSet::default();
        loop {
            let wanted: std::collections::BTreeSet<u64> = (0..self.names.len())
                .filter(|&g| self.defs[g].is_none())
                .filter_map(|g| index.get(self.names[g].as_bytes()).copied())
                .filter(|off| !loaded.contains(off))
                .collect();
            if wanted.is_empty() {
                return Ok(());
            }
            for off in wanted {
                loaded.insert(off);
                let member = archive.member(ArchiveOffset(off)).with_context(|| format!("reading {what}"))?;
                // After the objects given on their own, in the archive's order.
                self.add_member(what, data, member, (1 << 48) + off)?;
            }
        }
    }

    /// Resolves the references to each function of [`REPLACED`] to its replacement, when
    /// the replacement is defined.
    pub fn replace_core_functions(&mut self) {
        for (path, with) in REPLACED {
            let Some(&to) = self.by_name.get(with) else { continue };
            let Some(def) = self.defs[to].clone() else { continue };
            for g in 0..self.names.len() {
                let exact = matches!(path, [name] if self.names[g] == *name);
                if exact || is_rust_path(self.names[g], path) {
                    self.defs[g] = Some(def.clone());
                }
            }
        }
    }

    /// Adds one archive member at `rank` if it is an ELF object.
    fn add_member(&mut self, what: &str, data: &'a [u8], member: ArchiveMember<'a>, rank: u64) -> Result<()> {
        let name = String::from_utf8_lossy(member.name()).to_string();
        let bytes = member.data(data)?;
        if bytes.starts_with(b"\x7fELF") {
            self.add_ranked(&format!("{what}({name})"), bytes, rank)?;
        }
        Ok(())
    }
}

/// The relocations of `section` of `file` (object number `obj`), with symbols resolved
/// through `local_targets` (symbol index → target).
fn relocs_of(
    what: &str,
    obj: usize,
    file: &object::File,
    section: &object::Section,
    local_targets: &[Option<Target>],
) -> Result<Vec<Reloc>> {
    let mut relocs = Vec::new();
    for (offset, r) in section.relocations() {
        let object::RelocationFlags::Elf { r_type } = r.flags() else {
            continue;
        };
        let target = match r.target() {
            RelocationTarget::Symbol(si) => match local_targets.get(si.0).copied().flatten() {
                Some(t) => t,
                None => {
                    let sym = file.symbol_by_index(si)?;
                    match sym.section() {
                        SymbolSection::Section(sec) => {
                            Target::Local { obj, section: sec.0, value: sym.address() as u32 }
                        }
                        _ if r_type == 0 => continue,
                        _ => bail!("{what}: relocation against an unsupported symbol {:?}", sym.name()),
                    }
                }
            },
            RelocationTarget::Section(sec) => Target::Local { obj, section: sec.0, value: 0 },
            _ => continue,
        };
        relocs.push(Reloc { offset: offset as u32, r_type, target });
    }
    Ok(relocs)
}

#[cfg(test)]
mod tests {
    use super::is_rust_path;

    #[test]
    fn rust_paths_of_mangled_names() {
        let path = &["core", "str", "slice_error_fail"];
        assert!(is_rust_path("_RNvNtCs7ldSeZOOJos_4core3str16slice_error_fail", path));
        assert!(is_rust_path("_ZN4core3str16slice_error_fail17h0123456789abcdefE", path));
        assert!(!is_rust_path("_RNvNtCs7ldSeZOOJos_4core3str19slice_error_fail_rt", path));
        assert!(!is_rust_path("_RNvNtCs7ldSeZOOJos_5mycore3str16slice_error_fail", path));
        assert!(!is_rust_path("slice_error_fail", path));
        let pad = &["core", "fmt", "Formatter", "pad"];
        assert!(is_rust_path("_RNvMsa_NtCs7ldSeZOOJos_4core3fmtNtB5_9Formatter3pad", pad));
        assert!(is_rust_path("_ZN4core3fmt9Formatter3pad17h0123456789abcdefE", pad));
        assert!(!is_rust_path("_RNvMsa_NtCs7ldSeZOOJos_4core3fmtNtB5_9Formatter12pad_integral", pad));
        assert!(!is_rust_path("_RNvNvMsa_NtCs7ldSeZOOJos_4core3fmtNtB7_9Formatter12pad_integral3pad", pad));
        assert!(!is_rust_path("_RNvMsa_NtCs7ldSeZOOJos_5other3fmtNtB5_9Formatter3pad", pad));
        assert!(!is_rust_path("_RNvMsa_NtCs7ldSeZOOJos_4core3fmtNtB5_5Other3pad", pad));
    }
}
