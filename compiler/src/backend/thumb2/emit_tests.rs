//! Every instruction form the emitter produces, encoded and then decoded by an independent
//! disassembler (`arm-none-eabi-objdump`): the listing text we print must be what objdump reads.

use super::abi::Frame;
use super::emit::{enc_b_cond_t1, enc_b_cond_t3, enc_b_t2, enc_b_t4, enc_bl_t1, enc_cbz_t1, Emitter};
use super::imms::{Imm12, ModImm, ShiftImm};
use super::inst::{AluOp, CmpRhs, ExtendOp, FlagsRhs, MBlock, MInst, MemSize, Shift, ShiftedOp, SymRef, UnaryOp};
use super::regs::{Cond, Gpr, Reg, SReg};
use std::process::Command;

fn r(n: u8) -> Reg {
    Reg::Phys(Gpr::new(n).unwrap())
}

fn m(v: u32) -> ModImm {
    ModImm::maybe_from(v).unwrap()
}

/// One of each form, with low and high registers and immediates at their range ends.
fn table() -> Vec<MInst> {
    use MInst::*;
    let mut t = vec![
        MovRR { rd: r(0), rm: r(1) },
        MovRR { rd: r(9), rm: r(12) },
        MovImm { rd: r(0), imm: 0 },
        MovImm { rd: r(7), imm: 255 },
        MovImm { rd: r(8), imm: 255 },
        MovImm { rd: r(1), imm: 256 },
        MovImm { rd: r(2), imm: 0xff00ff00 },
        MovImm { rd: r(3), imm: 0xffff_fffe },
        MovImm { rd: r(4), imm: 0x1234 },
        MovImm { rd: r(10), imm: 0x1234_5678 },
        SymAddr { rd: r(5), sym: SymRef(0) },
        AluRRMod { op: AluOp::Add, rd: r(0), rn: r(1), imm: m(0x100) },
        AluRRMod { op: AluOp::Sub, rd: r(11), rn: r(2), imm: m(0xff000000) },
        AluRRMod { op: AluOp::And, rd: r(1), rn: r(1), imm: m(1) },
        AluRRMod { op: AluOp::Orr, rd: r(2), rn: r(3), imm: m(31) },
        AluRRMod { op: AluOp::Eor, rd: r(4), rn: r(9), imm: m(0xabababab) },
        AluRRImm12 { op: AluOp::Add, rd: r(0), rn: r(1), imm: Imm12::maybe_from(4095).unwrap() },
        AluRRImm12 { op: AluOp::Sub, rd: r(12), rn: r(11), imm: Imm12::maybe_from(1).unwrap() },
        AluRRImm12 { op: AluOp::Add, rd: r(0), rn: r(7), imm: Imm12::maybe_from(7).unwrap() },
        AluRRImm12 { op: AluOp::Sub, rd: r(3), rn: r(2), imm: Imm12::maybe_from(0).unwrap() },
        AluRRImm12 { op: AluOp::Add, rd: r(5), rn: r(5), imm: Imm12::maybe_from(255).unwrap() },
        AluRRImm12 { op: AluOp::Sub, rd: r(6), rn: r(6), imm: Imm12::maybe_from(8).unwrap() },
        AluRRImm12 { op: AluOp::Add, rd: r(6), rn: r(6), imm: Imm12::maybe_from(256).unwrap() },
        ShiftRImm { op: AluOp::Lsl, rd: r(0), rm: r(1), amt: ShiftImm::maybe_from(1).unwrap() },
        ShiftRImm { op: AluOp::Lsr, rd: r(2), rm: r(3), amt: ShiftImm::maybe_from(31).unwrap() },
        ShiftRImm { op: AluOp::Asr, rd: r(4), rm: r(5), amt: ShiftImm::maybe_from(7).unwrap() },
        ShiftRImm { op: AluOp::Lsl, rd: r(8), rm: r(1), amt: ShiftImm::maybe_from(3).unwrap() },
        ShiftRImm { op: AluOp::Asr, rd: r(0), rm: r(11), amt: ShiftImm::maybe_from(31).unwrap() },
        MulAcc { sub: true, rd: r(0), rn: r(1), rm: r(2), ra: r(3) },
        MulAcc { sub: false, rd: r(9), rn: r(1), rm: r(12), ra: r(3) },
        Load { size: MemSize::Word, rd: r(0), rn: r(1), off: 0 },
        Load { size: MemSize::Word, rd: r(7), rn: r(6), off: 124 },
        Load { size: MemSize::Word, rd: r(2), rn: r(13), off: 1020 },
        Load { size: MemSize::Word, rd: r(9), rn: r(13), off: 4 },
        Load { size: MemSize::Word, rd: r(0), rn: r(1), off: 4095 },
        Load { size: MemSize::Word, rd: r(9), rn: r(1), off: 0 },
        Load { size: MemSize::Word, rd: r(0), rn: r(1), off: -255 },
        Load { size: MemSize::U8, rd: r(0), rn: r(1), off: 1 },
        Load { size: MemSize::S8, rd: r(0), rn: r(1), off: 2 },
        Load { size: MemSize::U16, rd: r(0), rn: r(1), off: 2 },
        Load { size: MemSize::S16, rd: r(0), rn: r(1), off: 4 },
        Store { size: MemSize::Word, rt: r(0), rn: r(1), off: 8 },
        Store { size: MemSize::Word, rt: r(3), rn: r(13), off: 16 },
        Store { size: MemSize::Word, rt: r(10), rn: r(2), off: 200 },
        Store { size: MemSize::U8, rt: r(0), rn: r(1), off: 3 },
        Store { size: MemSize::U16, rt: r(0), rn: r(1), off: -2 },
        StoreOutArg { rs: r(4), index: 1 },
        // Past the immediate forms: through ip, or a pushed low register when ip is stored.
        Load { size: MemSize::Word, rd: r(0), rn: r(1), off: 4096 },
        Load { size: MemSize::Word, rd: r(9), rn: r(13), off: 16008 },
        Load { size: MemSize::Word, rd: r(12), rn: r(13), off: 70000 },
        Load { size: MemSize::S16, rd: r(2), rn: r(3), off: -256 },
        Store { size: MemSize::Word, rt: r(4), rn: r(13), off: 4100 },
        Store { size: MemSize::U8, rt: r(0), rn: r(1), off: -4096 },
        Store { size: MemSize::Word, rt: r(12), rn: r(13), off: 8192 },
        Store { size: MemSize::Word, rt: r(12), rn: r(0), off: 5000 },
        FLoad { sd: Reg::PhysS(SReg::new(3).unwrap()), rn: r(13), off: 1020 },
        FLoad { sd: Reg::PhysS(SReg::new(3).unwrap()), rn: r(13), off: 1024 },
        FStore { sd: Reg::PhysS(SReg::new(17).unwrap()), rn: r(2), off: -2000 },
        LoadIdx { size: MemSize::Word, rd: r(0), rn: r(1), rm: r(2), shift: 0 },
        LoadIdx { size: MemSize::Word, rd: r(9), rn: r(1), rm: r(2), shift: 2 },
        LoadIdx { size: MemSize::U8, rd: r(0), rn: r(11), rm: r(2), shift: 0 },
        LoadIdx { size: MemSize::S16, rd: r(3), rn: r(4), rm: r(5), shift: 1 },
        LoadIdx { size: MemSize::S8, rd: r(3), rn: r(4), rm: r(5), shift: 3 },
        StoreIdx { size: MemSize::Word, rt: r(0), rn: r(1), rm: r(2), shift: 0 },
        StoreIdx { size: MemSize::Word, rt: r(8), rn: r(1), rm: r(2), shift: 2 },
        StoreIdx { size: MemSize::U8, rt: r(0), rn: r(1), rm: r(12), shift: 0 },
        StoreIdx { size: MemSize::U16, rt: r(0), rn: r(1), rm: r(2), shift: 1 },
        Call { sym: SymRef(0), args: vec![], ret: vec![] },
        CallReg { rm: r(3), args: vec![], ret: vec![] },
        CallReg { rm: r(12), args: vec![], ret: vec![] },
        TrapIf { cond: Cond::Eq, rn: r(0), rhs: CmpRhs::Imm(m(0)) },
        TrapIf { cond: Cond::Lo, rn: r(9), rhs: CmpRhs::Reg(r(2)) },
        // Without entries: the compare, the default branch and the `tbh` itself.
        BrTable { idx: r(4), bound: CmpRhs::Imm(m(0)), default: MBlock(0), targets: vec![] },
        FCmpSet {
            rd: r(0),
            cond: Cond::Mi,
            or: Some(Cond::Gt),
            sn: Reg::PhysS(SReg::new(1).unwrap()),
            sm: Reg::PhysS(SReg::new(30).unwrap()),
        },
        Trap,
        MulLong { signed: true, rdlo: r(0), rdhi: r(1), rn: r(2), rm: r(3) },
        MulLong { signed: false, rdlo: r(10), rdhi: r(9), rn: r(12), rm: r(8) },
        Unary { op: UnaryOp::Neg, rd: r(0), rm: r(1) },
        Unary { op: UnaryOp::Neg, rd: r(9), rm: r(10) },
        Unary { op: UnaryOp::Not, rd: r(2), rm: r(3) },
        Unary { op: UnaryOp::Not, rd: r(11), rm: r(8) },
        Unary { op: UnaryOp::Clz, rd: r(0), rm: r(1) },
        Unary { op: UnaryOp::Rbit, rd: r(9), rm: r(2) },
        Unary { op: UnaryOp::Rev, rd: r(3), rm: r(11) },
    ];
    for (op, a, b, c) in [(AluOp::Add, 0, 1, 2), (AluOp::Add, 8, 1, 2), (AluOp::Sub, 3, 4, 5), (AluOp::Sub, 0, 12, 1)] {
        t.push(AluRRR { op, rd: r(a), rn: r(b), rm: r(c) });
    }
    // The flag-setting forms: 16-bit where registers and immediate allow, else 32-bit with S.
    for sub in [false, true] {
        t.push(AddSubFlags { sub, rd: r(0), rn: r(1), rhs: FlagsRhs::Reg(r(2)) });
        t.push(AddSubFlags { sub, rd: r(8), rn: r(1), rhs: FlagsRhs::Reg(r(12)) });
        t.push(AddSubFlags { sub, rd: r(3), rn: r(4), rhs: FlagsRhs::Imm(m(7)) });
        t.push(AddSubFlags { sub, rd: r(5), rn: r(5), rhs: FlagsRhs::Imm(m(255)) });
        t.push(AddSubFlags { sub, rd: r(5), rn: r(6), rhs: FlagsRhs::Imm(m(8)) });
        t.push(AddSubFlags { sub, rd: r(9), rn: r(9), rhs: FlagsRhs::Imm(m(2)) });
        t.push(AddSubFlags { sub, rd: r(1), rn: r(2), rhs: FlagsRhs::Imm(m(0x1000)) });
    }
    for op in [AluOp::And, AluOp::Orr, AluOp::Eor] {
        t.push(AluRRR { op, rd: r(1), rn: r(1), rm: r(2) });
        t.push(AluRRR { op, rd: r(1), rn: r(3), rm: r(9) });
    }
    let shifted = [ShiftedOp::Add, ShiftedOp::Sub, ShiftedOp::Rsb, ShiftedOp::And, ShiftedOp::Orr, ShiftedOp::Eor];
    for (i, op) in shifted.into_iter().enumerate() {
        let shift = [Shift::Lsl, Shift::Lsr, Shift::Asr][i % 3];
        let amt = ShiftImm::maybe_from([1, 2, 31][i % 3]).unwrap();
        t.push(AluShifted { op, rd: r(i as u8), rn: r(8 + i as u8 % 4), rm: r(1), shift, amt });
    }
    for op in [AluOp::Mul, AluOp::Lsl, AluOp::Lsr, AluOp::Asr, AluOp::Ror, AluOp::Sdiv, AluOp::Udiv] {
        t.push(AluRRR { op, rd: r(0), rn: r(9), rm: r(2) });
    }
    for op in [ExtendOp::Uxtb, ExtendOp::Sxtb, ExtendOp::Uxth, ExtendOp::Sxth] {
        t.push(Extend { op, rd: r(0), rm: r(1) });
        t.push(Extend { op, rd: r(8), rm: r(1) });
    }
    let conds = [Cond::Eq, Cond::Ne, Cond::Lt, Cond::Ge, Cond::Gt, Cond::Le, Cond::Lo, Cond::Hs, Cond::Hi, Cond::Ls];
    for (i, cond) in conds.into_iter().enumerate() {
        let rhs = match i % 4 {
            0 => CmpRhs::Reg(r(2)),
            1 => CmpRhs::Imm(m(255)),
            2 => CmpRhs::Imm(m(0x1000)),
            _ => CmpRhs::NegImm(m(5)),
        };
        let rn = if i % 3 == 0 { r(9) } else { r(1) };
        t.push(CmpSet { rd: if i % 2 == 0 { r(0) } else { r(10) }, cond, rn, rhs });
        let shift = [Shift::Lsl, Shift::Lsr, Shift::Asr][i % 3];
        let shifted = CmpRhs::Shifted(r(3 + i as u8), shift, ShiftImm::maybe_from(1 + 3 * i as u32).unwrap());
        t.push(CmpSet { rd: r(2), cond, rn, rhs: shifted });
        t.push(Select { rd: r(3), cond, rn, rhs, rt: r(4), rf: r(11) });
    }
    t
}

fn frames() -> Vec<Frame> {
    let g = |n: u8| Gpr::new(n).unwrap();
    vec![
        Frame { saved: vec![], push_lr: false, saved_s: 0, size: 0 },
        Frame { saved: vec![], push_lr: true, saved_s: 0, size: 8 },
        Frame { saved: vec![], push_lr: false, saved_s: 0, size: 64 },
        Frame { saved: vec![g(4), g(5), g(6)], push_lr: true, saved_s: 0, size: 508 },
        Frame { saved: vec![g(4), g(8), g(11)], push_lr: true, saved_s: 0, size: 4088 },
        Frame { saved: vec![g(7)], push_lr: true, saved_s: 0, size: 8192 },
        Frame { saved: vec![g(4)], push_lr: true, saved_s: 3, size: 8 },
        Frame { saved: vec![], push_lr: false, saved_s: 1, size: 0 },
    ]
}

/// (bytes, our text) for every form.
fn encode_all() -> (Vec<u8>, Vec<(u32, String)>) {
    let mut code: Vec<u8> = Vec::new();
    let mut listing = Vec::new();
    let add = |code: &mut Vec<u8>, listing: &mut Vec<(u32, String)>, bytes: Vec<u8>, lines: Vec<(u32, String)>| {
        let base = code.len() as u32;
        listing.extend(lines.into_iter().map(|(o, t)| (o + base, t)));
        code.extend(bytes);
    };
    let frame = frames().remove(0);
    for inst in table() {
        let mut em = Emitter::new(&[vec![]], &[MBlock(0)], &frame, Default::default());
        em.inst(0, &inst).unwrap();
        add(&mut code, &mut listing, em.buf.code, em.buf.listing);
    }
    for f in frames() {
        let mut em = Emitter::new(&[vec![MInst::Ret { rv: vec![] }]], &[MBlock(0)], &f, Default::default());
        em.block(0, &[MInst::Ret { rv: vec![] }]).unwrap();
        add(&mut code, &mut listing, em.buf.code, em.buf.listing);
    }
    // Branches at both ends of their ranges; the text names the absolute target, as objdump does.
    let conds: Vec<i32> = vec![0, 2, -4, 254, -256, 4096, (1 << 20) - 2, -(1 << 20)];
    let longs: Vec<i32> = vec![0, -4, 4096, (1 << 24) - 2, -(1 << 24)];
    for off in conds {
        let target = code.len() as i64 + 4 + off as i64;
        let e = enc_b_cond_t3(Cond::Ne, off).unwrap();
        add(&mut code, &mut listing, e.bytes(), vec![(0, format!("bne.w {:#x}", target as u32))]);
    }
    for off in longs {
        let target = code.len() as i64 + 4 + off as i64;
        add(&mut code, &mut listing, enc_b_t4(off).unwrap().bytes(), vec![(0, format!("b.w {:#x}", target as u32))]);
        let target = code.len() as i64 + 4 + off as i64;
        add(&mut code, &mut listing, enc_bl_t1(off).unwrap().bytes(), vec![(0, format!("bl {:#x}", target as u32))]);
    }
    for off in [0, 2, 254, -256, -2] {
        let target = code.len() as i64 + 4 + off as i64;
        let e = enc_b_cond_t1(Cond::Lt, off).unwrap();
        add(&mut code, &mut listing, e.bytes(), vec![(0, format!("blt.n {:#x}", target as u32))]);
    }
    for off in [0, 2046, -2048] {
        let target = code.len() as i64 + 4 + off as i64;
        add(&mut code, &mut listing, enc_b_t2(off).unwrap().bytes(), vec![(0, format!("b.n {:#x}", target as u32))]);
    }
    for (off, nz, reg) in [(0, false, 0), (126, true, 7), (64, false, 3)] {
        let target = code.len() as i64 + 4 + off as i64;
        let rn = Gpr::new(reg).unwrap().low().unwrap();
        let name = if nz { "cbnz" } else { "cbz" };
        add(
            &mut code,
            &mut listing,
            enc_cbz_t1(nz, rn, off).unwrap().bytes(),
            vec![(0, format!("{name} r{reg}, {:#x}", target as u32))],
        );
    }
    assert!(
        enc_b_cond_t1(Cond::Eq, 256).is_none()
            && enc_b_t2(2048).is_none()
            && enc_cbz_t1(false, Gpr::new(0).unwrap().low().unwrap(), -2).is_none()
    );
    for (enc, text) in super::vfp::all_forms() {
        add(&mut code, &mut listing, enc.bytes(), vec![(0, text)]);
    }
    assert!(enc_b_cond_t3(Cond::Eq, 1 << 20).is_none() && enc_b_t4(1 << 24).is_none() && enc_b_t4(3).is_none());
    (code, listing)
}

fn normalize(s: &str) -> String {
    let s = s.split(['@', ';']).next().unwrap_or("").trim();
    let s = s.split('<').next().unwrap_or("").trim();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn objdump_reads_what_we_print() {
    let (code, listing) = encode_all();
    // Branch targets far outside the buffer only print as addresses; objdump needs no symbols.
    let dir = std::env::temp_dir().join(format!("mpyc-enc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bin = dir.join("forms.bin");
    std::fs::write(&bin, &code).unwrap();
    let out = Command::new("arm-none-eabi-objdump")
        .args(["-D", "-b", "binary", "-marm", "-Mforce-thumb"])
        .arg(&bin)
        .output()
        .expect("arm-none-eabi-objdump must be installed (Debian: binutils-arm-none-eabi)");
    let text = String::from_utf8_lossy(&out.stdout);
    let mut theirs = std::collections::HashMap::new();
    for line in text.lines() {
        let Some((addr, rest)) = line.trim_start().split_once(":\t") else {
            continue;
        };
        let Ok(addr) = u32::from_str_radix(addr.trim(), 16) else {
            continue;
        };
        let insn = rest.split_once('\t').map(|(_, i)| i).unwrap_or("");
        theirs.insert(addr, normalize(insn));
    }
    let mut bad = Vec::new();
    for (off, ours) in &listing {
        let want = normalize(ours);
        let mut got = theirs.get(off).cloned().unwrap_or_default();
        if ours.contains('<') {
            // A relocated call: the target is the linker's to fill in; compare the mnemonic.
            got = got.split(' ').next().unwrap_or("").to_string();
        }
        if want != got {
            bad.push(format!("{off:#06x}: ours `{want}`, objdump `{got}`"));
        }
    }
    if std::env::var_os("MPYC_SHOW_FORMS").is_some() {
        for (off, ours) in &listing {
            println!("{off:#06x} {ours:<40} | {}", theirs.get(off).cloned().unwrap_or_default());
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(bad.is_empty(), "{} of {} forms differ:\n{}", bad.len(), listing.len(), bad.join("\n"));
    assert!(listing.len() > 150, "the table covers {} forms", listing.len());
}
