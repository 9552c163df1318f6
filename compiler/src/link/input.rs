//! Linker input: relocatable ELF objects, on their own or as members of an `ar` archive,
//! read into sections, symbols and relocations, with global symbols resolved across them.

use anyhow::{bail, Context, Result};
use object::read::archive::ArchiveFile;
use object::{Object, ObjectSection, ObjectSymbol, RelocationTarget, SectionKind, SymbolSection};
use std::collections::HashMap;

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

pub struct Section {
    pub name: String,
    pub class: Class,
    pub align: u32,
    pub size: u32,
    pub data: Vec<u8>,
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
pub struct Symbol {
    pub name: String,
    pub obj: usize,
    pub section: usize,
    pub value: u32,
    pub size: u32,
    pub is_func: bool,
}

/// Every input object's sections, and the global symbols across them.
#[derive(Default)]
pub struct Inputs {
    /// sections[obj][section index] (None where the section is not loaded).
    pub sections: Vec<Vec<Option<Section>>>,
    /// Global symbol names, numbered; `defs[i]` is the definition of `names[i]`, if any.
    pub names: Vec<String>,
    pub defs: Vec<Option<Symbol>>,
    weak: Vec<bool>,
    by_name: HashMap<String, usize>,
    /// Every named symbol defined in a section (local ones too), for the output symbol table.
    pub all_symbols: Vec<Symbol>,
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

impl Inputs {
    fn global(&mut self, name: &str) -> usize {
        if let Some(&i) = self.by_name.get(name) {
            return i;
        }
        self.names.push(name.to_string());
        self.defs.push(None);
        self.weak.push(false);
        self.by_name.insert(name.to_string(), self.names.len() - 1);
        self.names.len() - 1
    }

    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.by_name.get(name).and_then(|&i| self.defs[i].as_ref())
    }

    /// Adds one relocatable ELF object.
    pub fn add_object(&mut self, what: &str, data: &[u8]) -> Result<()> {
        let file = object::File::parse(data).with_context(|| format!("reading {what}"))?;
        if file.architecture() != object::Architecture::Arm {
            bail!("{what} is not an Arm object");
        }
        let obj = self.sections.len();
        let mut sections: Vec<Option<Section>> = Vec::new();
        for s in file.sections() {
            let i = s.index().0;
            if sections.len() <= i {
                sections.resize_with(i + 1, || None);
            }
            let name = s.name().unwrap_or("").to_string();
            let Some(class) = class_of(&name, s.kind()) else {
                continue;
            };
            let data = if class == Class::Bss { Vec::new() } else { s.data()?.to_vec() };
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
        let mut local_targets: HashMap<usize, Target> = HashMap::new();
        for sym in file.symbols() {
            let name = sym.name().unwrap_or("");
            let section = match sym.section() {
                SymbolSection::Section(si) => Some(si.0),
                _ => None,
            };
            let defined = section.map(|si| Symbol {
                name: name.to_string(),
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
                local_targets.insert(sym.index().0, Target::Global(g));
                if let Some(d) = defined {
                    let weak = sym.is_weak();
                    if self.defs[g].is_none() || (self.weak[g] && !weak) {
                        self.defs[g] = Some(d);
                        self.weak[g] = weak;
                    }
                }
            } else if let Some(si) = section {
                local_targets.insert(sym.index().0, Target::Local { obj, section: si, value: sym.address() as u32 });
            }
        }
        for s in file.sections() {
            let i = s.index().0;
            if sections[i].is_none() {
                continue;
            }
            let mut relocs = Vec::new();
            for (offset, r) in s.relocations() {
                let object::RelocationFlags::Elf { r_type } = r.flags() else {
                    continue;
                };
                let target = match r.target() {
                    RelocationTarget::Symbol(si) => match local_targets.get(&si.0) {
                        Some(t) => *t,
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
            if let Some(sec) = sections[i].as_mut() {
                sec.relocs = relocs;
            }
        }
        self.sections.push(sections);
        self.object_names.push(what.to_string());
        Ok(())
    }

    /// Adds every object in an `ar` archive (unused ones are dropped later).
    pub fn add_archive(&mut self, what: &str, data: &[u8]) -> Result<()> {
        let archive = ArchiveFile::parse(data).with_context(|| format!("reading {what}"))?;
        for member in archive.members() {
            let member = member?;
            let name = String::from_utf8_lossy(member.name()).to_string();
            let bytes = member.data(data)?;
            if bytes.starts_with(b"\x7fELF") {
                self.add_object(&format!("{what}({name})"), bytes)?;
            }
        }
        Ok(())
    }
}
