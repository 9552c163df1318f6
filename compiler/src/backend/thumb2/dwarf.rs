//! Debug information. Requires compiled functions with their line rows and frame changes;
//! provides DWARF sections (`.debug_info`, `.debug_abbrev`, `.debug_line`, `.debug_str`,
//! `.debug_frame`) and their relocations, so that gdb can break on a Python line, step by
//! line, and unwind through Python functions.

use anyhow::{anyhow, Result};
use gimli::write::{
    Address, AttributeValue, CallFrameInstruction, CommonInformationEntry, DwarfUnit, EndianVec, FrameDescriptionEntry,
    FrameTable, LineProgram, LineString, Range, RangeList, RelocateWriter, Relocation, Sections,
};
use gimli::{Encoding, Format, LineEncoding, LittleEndian, Register};

/// One function as the debugger sees it.
pub struct DebugFunction<'a> {
    /// Index of the function's symbol in the caller's numbering.
    pub symbol: usize,
    pub name: &'a str,
    pub size: u32,
    /// (code offset, line), ascending.
    pub lines: &'a [(u32, u32)],
    /// (code offset, CFA offset from sp) after each prologue step.
    pub cfa: &'a [(u32, u32)],
    /// Registers pushed by the prologue, ascending, the last one lr when it is pushed.
    pub pushed: Vec<u16>,
}

/// A section's bytes and relocations.
#[derive(Default, Clone)]
pub struct Section {
    pub data: Vec<u8>,
    pub relocs: Vec<Relocation>,
}

#[derive(Clone)]
struct Writer {
    out: EndianVec<LittleEndian>,
    relocs: Vec<Relocation>,
}

impl RelocateWriter for Writer {
    type Writer = EndianVec<LittleEndian>;
    fn writer(&self) -> &Self::Writer {
        &self.out
    }
    fn writer_mut(&mut self) -> &mut Self::Writer {
        &mut self.out
    }
    fn relocate(&mut self, relocation: Relocation) {
        self.relocs.push(relocation);
    }
}

/// Builds the DWARF of one source file's functions; returns (section name, section).
pub fn build(file: &str, funcs: &[DebugFunction]) -> Result<Vec<(&'static str, Section)>> {
    let encoding = Encoding { format: Format::Dwarf32, version: 4, address_size: 4 };
    let mut dwarf = DwarfUnit::new(encoding);
    let path = std::path::Path::new(file);
    let dir = path.parent().map(|d| d.display().to_string()).filter(|d| !d.is_empty()).unwrap_or_else(|| ".".into());
    let dir = std::fs::canonicalize(&dir).map(|d| d.display().to_string()).unwrap_or(dir);
    let base = path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_else(|| file.to_string());
    let mut lines = LineProgram::new(
        encoding,
        LineEncoding::default(),
        LineString::String(dir.clone().into_bytes()),
        None,
        LineString::String(base.clone().into_bytes()),
        None,
    );
    let dir_id = lines.default_directory();
    let file_id = lines.add_file(LineString::String(base.clone().into_bytes()), dir_id, None);
    let mut ranges = Vec::new();
    for f in funcs {
        let start = Address::Symbol { symbol: f.symbol, addend: 0 };
        lines.begin_sequence(Some(start));
        let first = f.lines.first().map_or(1, |l| l.1);
        let rows = std::iter::once((0, first)).chain(f.lines.iter().copied().filter(|r| r.0 > 0));
        for (offset, line) in rows {
            let row = lines.row();
            row.file = file_id;
            row.address_offset = offset as u64;
            row.line = line as u64;
            lines.generate_row();
        }
        lines.end_sequence(f.size as u64);
        ranges.push(Range::StartLength { begin: start, length: f.size as u64 });
    }
    dwarf.unit.line_program = lines;
    let root = dwarf.unit.root();
    let range_list = dwarf.unit.ranges.add(RangeList(ranges));
    let cu = dwarf.unit.get_mut(root);
    cu.set(gimli::DW_AT_producer, AttributeValue::String(b"mpyc".to_vec()));
    cu.set(gimli::DW_AT_language, AttributeValue::Language(gimli::DW_LANG_Python));
    cu.set(gimli::DW_AT_name, AttributeValue::String(base.into_bytes()));
    cu.set(gimli::DW_AT_comp_dir, AttributeValue::String(dir.into_bytes()));
    cu.set(gimli::DW_AT_low_pc, AttributeValue::Address(Address::Constant(0)));
    cu.set(gimli::DW_AT_ranges, AttributeValue::RangeListRef(range_list));
    for f in funcs {
        let id = dwarf.unit.add(root, gimli::DW_TAG_subprogram);
        let sub = dwarf.unit.get_mut(id);
        sub.set(gimli::DW_AT_name, AttributeValue::String(f.name.as_bytes().to_vec()));
        sub.set(gimli::DW_AT_external, AttributeValue::Flag(true));
        sub.set(gimli::DW_AT_decl_file, AttributeValue::FileIndex(Some(file_id)));
        sub.set(gimli::DW_AT_decl_line, AttributeValue::Udata(f.lines.first().map_or(1, |l| l.1) as u64));
        sub.set(gimli::DW_AT_low_pc, AttributeValue::Address(Address::Symbol { symbol: f.symbol, addend: 0 }));
        sub.set(gimli::DW_AT_high_pc, AttributeValue::Udata(f.size as u64));
        sub.set(gimli::DW_AT_frame_base, AttributeValue::Exprloc(cfa_expression()));
    }
    let mut sections = Sections::new(Writer { out: EndianVec::new(LittleEndian), relocs: Vec::new() });
    dwarf.write(&mut sections).map_err(|e| anyhow!("DWARF: {e}"))?;
    frame_table(encoding, funcs).write_debug_frame(&mut sections.debug_frame).map_err(|e| anyhow!("DWARF: {e}"))?;
    let mut out = Vec::new();
    sections
        .for_each(|id, w| -> Result<()> {
            if !w.out.slice().is_empty() {
                out.push((id.name(), Section { data: w.out.slice().to_vec(), relocs: w.relocs.clone() }));
            }
            Ok(())
        })
        .map_err(|e| anyhow!("DWARF: {e}"))?;
    Ok(out)
}

/// DW_OP_call_frame_cfa: a frame's base is its canonical frame address.
fn cfa_expression() -> gimli::write::Expression {
    let mut e = gimli::write::Expression::new();
    e.op(gimli::DW_OP_call_frame_cfa);
    e
}

/// Call-frame information: the CFA is sp plus what the prologue pushed and reserved; pushed
/// registers sit just below the CFA, lr highest.
fn frame_table(encoding: Encoding, funcs: &[DebugFunction]) -> FrameTable {
    let mut table = FrameTable::default();
    let mut cie = CommonInformationEntry::new(encoding, 2, -4, Register(14));
    cie.add_instruction(CallFrameInstruction::Cfa(Register(13), 0));
    let cie = table.add_cie(cie);
    for f in funcs {
        let mut fde = FrameDescriptionEntry::new(Address::Symbol { symbol: f.symbol, addend: 0 }, f.size);
        for (i, &(offset, cfa)) in f.cfa.iter().enumerate() {
            fde.add_instruction(offset, CallFrameInstruction::CfaOffset(cfa as i32));
            if i == 0 {
                let n = f.pushed.len() as i32;
                for (k, &r) in f.pushed.iter().enumerate() {
                    fde.add_instruction(offset, CallFrameInstruction::Offset(Register(r), -4 * (n - k as i32)));
                }
            }
        }
        table.add_fde(cie, fde);
    }
    table
}
