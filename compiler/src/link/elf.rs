//! Writes the linked image as an ELF executable for Arm: one loadable segment per contiguous run
//! of flash (the boot region's and the rest, when the board splits them), one for .data (run in
//! RAM, loaded from flash), one for .bss; section headers and a symbol table for objdump and gdb.

use super::input::Class;
use super::Image;
use anyhow::Result;
use object::elf;
use object::write::elf::{FileHeader, ProgramHeader, SectionHeader, Sym, Writer};
use object::Endianness;

pub fn write(image: &Image) -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    let mut w = Writer::new(Endianness::Little, false, &mut buf);
    // Segments: runs of flash sections (vectors, text, rodata) apart by no more than alignment
    // padding, then .data and .bss.
    let mut flash: Vec<&super::OutSection> =
        image.sections.iter().filter(|s| matches!(s.class, Class::Vectors | Class::Text | Class::Rodata)).collect();
    flash.sort_by_key(|s| s.addr);
    let mut runs: Vec<Vec<&super::OutSection>> = Vec::new();
    for s in flash {
        match runs.last_mut() {
            Some(run) if s.addr <= run.last().map_or(0, |l| l.addr + l.size) + 8 => run.push(s),
            _ => runs.push(vec![s]),
        }
    }
    let data = image.sections.iter().find(|s| s.class == Class::Data);
    let bss = image.sections.iter().find(|s| s.class == Class::Bss);
    let nseg = runs.len() as u32 + data.is_some() as u32 + bss.is_some() as u32;

    w.reserve_file_header();
    w.reserve_program_headers(nseg);
    let mut offsets = Vec::new();
    for s in &image.sections {
        let off = if s.class == Class::Bss { w.reserved_len() } else { w.reserve(s.data.len(), 8) };
        offsets.push(off);
    }
    w.reserve_null_section_index();
    let mut indices = Vec::new();
    let mut names = Vec::new();
    for s in &image.sections {
        names.push(w.add_section_name(s.name.as_bytes()));
        indices.push(w.reserve_section_index());
    }
    w.reserve_symtab_section_index();
    w.reserve_strtab_section_index();
    w.reserve_shstrtab_section_index();
    // Symbols: each in the output section holding its address.
    w.reserve_null_symbol_index();
    let mut syms = Vec::new();
    for (name, addr, size, is_func) in &image.symbols {
        let sec = image.sections.iter().position(|s| {
            if s.class == Class::Debug {
                return false;
            }
            let base = s.addr & !1;
            (addr & !1) >= base && (addr & !1) < base + s.size.max(1)
        });
        let id = w.add_string(name.as_bytes());
        w.reserve_symbol_index(sec.map(|i| indices[i]));
        syms.push((id, sec, *addr, *size, *is_func));
    }
    w.reserve_symtab();
    w.reserve_strtab();
    w.reserve_shstrtab();
    w.reserve_section_headers();

    w.write_file_header(&FileHeader {
        os_abi: elf::ELFOSABI_NONE,
        abi_version: 0,
        e_type: elf::ET_EXEC,
        e_machine: elf::EM_ARM,
        e_entry: image.entry as u64,
        e_flags: elf::EF_ARM_EABI_VER5 | elf::EF_ARM_ABI_FLOAT_HARD,
    })?;
    w.write_align_program_headers();
    let idx = |s: &super::OutSection| image.sections.iter().position(|x| std::ptr::eq(x, s)).expect("listed");
    // A loadable segment starting with section `s`: (flags, load address, bytes in the file,
    // bytes in memory).
    let mut load = |s: &super::OutSection, flags: u32, paddr: u32, filesz: u32, memsz: u32| {
        w.write_program_header(&ProgramHeader {
            p_type: elf::PT_LOAD,
            p_flags: flags,
            p_offset: offsets[idx(s)] as u64,
            p_vaddr: s.addr as u64,
            p_paddr: paddr as u64,
            p_filesz: filesz as u64,
            p_memsz: memsz as u64,
            p_align: 8,
        })
    };
    for run in &runs {
        let first = run[0];
        let size = run.last().map_or(first.addr, |l| l.addr + l.size) - first.addr;
        load(first, elf::PF_R | elf::PF_X, first.addr, size, size);
    }
    if let Some(d) = data {
        load(d, elf::PF_R | elf::PF_W, d.load_addr, d.size, d.size);
    }
    if let Some(b) = bss {
        load(b, elf::PF_R | elf::PF_W, b.addr, 0, b.size);
    }
    for s in &image.sections {
        if s.class != Class::Bss {
            // Padding between sections reads as erased flash (0xFF), as objcopy's --gap-fill
            // 0xff and our .bin/.dfu writers fill gaps.
            let pad = w.len().next_multiple_of(8) - w.len();
            w.write(&[0xFF; 8][..pad]);
            w.write(&s.data);
        }
    }
    w.write_null_symbol();
    for (id, sec, addr, size, is_func) in &syms {
        let st_type = if *is_func { elf::STT_FUNC } else { elf::STT_OBJECT };
        w.write_symbol(&Sym {
            name: Some(*id),
            section: sec.map(|i| indices[i]),
            st_info: (elf::STB_GLOBAL << 4) | st_type,
            st_other: 0,
            st_shndx: if sec.is_none() { elf::SHN_ABS } else { 0 },
            st_value: *addr as u64,
            st_size: *size as u64,
        });
    }
    w.write_strtab();
    w.write_shstrtab();
    w.write_null_section_header();
    for (i, s) in image.sections.iter().enumerate() {
        let (sh_type, flags) = match s.class {
            Class::Vectors | Class::Rodata => (elf::SHT_PROGBITS, elf::SHF_ALLOC),
            Class::Text => (elf::SHT_PROGBITS, elf::SHF_ALLOC | elf::SHF_EXECINSTR),
            Class::Data => (elf::SHT_PROGBITS, elf::SHF_ALLOC | elf::SHF_WRITE),
            Class::Bss => (elf::SHT_NOBITS, elf::SHF_ALLOC | elf::SHF_WRITE),
            Class::Debug => (elf::SHT_PROGBITS, 0),
        };
        w.write_section_header(&SectionHeader {
            name: Some(names[i]),
            sh_type,
            sh_flags: flags as u64,
            sh_addr: s.addr as u64,
            sh_offset: offsets[i] as u64,
            sh_size: s.size as u64,
            sh_link: 0,
            sh_info: 0,
            sh_addralign: if s.class == Class::Debug { 1 } else { 8 },
            sh_entsize: 0,
        });
    }
    w.write_symtab_section_header(1);
    w.write_strtab_section_header();
    w.write_shstrtab_section_header();
    Ok(buf)
}
