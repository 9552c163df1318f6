//! The bytecode VM: runs the functions `--code bytecode` compiles to mpyc's register bytecode.
//!
//! The bytecode of a function is its optimized CLIF, encoded compactly by the compiler
//! (`compiler/src/backend/bytecode/`): the same description of the program the native
//! backend turns into machine code, so a bytecode function behaves exactly as its native
//! twin. It is entered through a native stub of the function's own signature that passes its
//! arguments to [`rt_vm_run_clif`] ([`rt_vm_run`] for the Python-level set); it calls runtime entry points and other functions (native or
//! bytecode) as native code does. Exceptions travel by return value, tracebacks are recorded
//! by runtime calls and generators switch stacks under it: none of them needs the VM.
//!
//! Every value lives in a register: a machine word of the frame (two consecutive ones, low
//! word first, for a 64-bit value on a 32-bit machine) holding the value's bits
//! zero-extended from its type's width (an `i8` comparison result is 0 or 1; an `f32` is its
//! bits). Frames are on the native stack (the collector scans them as it scans native
//! frames), in one of a few sizes.
//!
//! The blob: a header ([`HEADER`] bytes: `u16` pool words, `u16` registers, `u16` stack-slot
//! bytes, `u8` parameters, `u8` 0), the pool (machine words: addresses of functions and data, filled by
//! relocations), the parameters' registers (a byte each), then the code. An instruction is an
//! opcode byte ([`op`]) and its operands: registers as one byte, pool indices, immediates and
//! memory offsets as LEB128 varints (signed ones zigzag), branch targets as `u16` offsets
//! from the start of the code.

use crate::value::Value;

/// The opcodes. Integer operations come in four widths (`+ w`: 0 = 8 bits, 1 = 16, 2 = 32,
/// 3 = 64), float operations in two (`+ f`: 0 = `f32`, 1 = `f64`).
pub mod op {
    /// Binary integer operations: `IBIN + 4 * k + w`, operands `d a b`, `k` one of `IADD`…
    pub const IBIN: u8 = 0;
    pub const IADD: u8 = 0;
    pub const ISUB: u8 = 1;
    pub const IMUL: u8 = 2;
    pub const BAND: u8 = 3;
    pub const BOR: u8 = 4;
    pub const BXOR: u8 = 5;
    pub const ISHL: u8 = 6;
    pub const USHR: u8 = 7;
    pub const SSHR: u8 = 8;
    pub const ROTL: u8 = 9;
    pub const ROTR: u8 = 10;
    pub const SDIV: u8 = 11;
    pub const UDIV: u8 = 12;
    pub const SREM: u8 = 13;
    pub const UREM: u8 = 14;
    pub const SMULHI: u8 = 15;
    pub const UMULHI: u8 = 16;
    pub const SMIN: u8 = 17;
    pub const SMAX: u8 = 18;
    pub const UMIN: u8 = 19;
    pub const UMAX: u8 = 20;
    pub const BINARIES: u8 = 21;
    /// The hot ones at the boards' (32) and the host's (64) word width.
    pub const IADD32: u8 = IBIN + 4 * IADD + 2;
    pub const IADD64: u8 = IBIN + 4 * IADD + 3;
    pub const BAND32: u8 = IBIN + 4 * BAND + 2;
    pub const BAND64: u8 = IBIN + 4 * BAND + 3;
    pub const ICMP32: u8 = ICMP + 2;
    pub const ICMP64: u8 = ICMP + 3;
    /// `ICMP + w`, operands `cc d a b` (`cc` one of [`INT_CONDS`](super::INT_CONDS)).
    pub const ICMP: u8 = 84;
    /// Unary integer operations: `IUN + 4 * k + w`, operands `d a`.
    pub const IUN: u8 = 88;
    pub const INEG: u8 = 0;
    pub const BNOT: u8 = 1;
    pub const IABS: u8 = 2;
    pub const CLZ: u8 = 3;
    pub const CTZ: u8 = 4;
    pub const BSWAP: u8 = 5;
    pub const BITREV: u8 = 6;
    pub const POPCNT: u8 = 7;
    /// All ones (of the result's width `w`) when the operand is not zero.
    pub const BMASK: u8 = 8;
    pub const UNARIES: u8 = 9;
    /// Arithmetic with an overflow flag: `OVF + 4 * k + w`, operands `d flag a b`.
    pub const OVF: u8 = 124;
    pub const SADD: u8 = 0;
    pub const UADD: u8 = 1;
    pub const SSUB: u8 = 2;
    pub const USUB: u8 = 3;
    pub const SMUL: u8 = 4;
    pub const UMUL: u8 = 5;
    pub const OVERFLOWS: u8 = 6;
    /// `d a`: a copy of one slot (a value of up to a machine word; moves of wider values are
    /// two).
    pub const MOV: u8 = 148;
    /// `SEXT + from`, operands `to d a`.
    pub const SEXT: u8 = 149;
    /// `IREDUCE + to`, operands `d a`.
    pub const IREDUCE: u8 = 153;
    /// `SELECT + w`, operands `d c a b`: `a` if `c` is not zero, else `b`.
    pub const SELECT: u8 = 224;
    /// `UEXT + from`, operands `to d a`: zero extension (and bit casts, `from` = `to`).
    pub const UEXT: u8 = 228;
    /// `ICONST + w`, operands `d imm` (zigzag varint, sign-extended from the width).
    pub const ICONST: u8 = 220;
    /// `d` and 4 bytes.
    pub const F32CONST: u8 = 159;
    /// `d` and 8 bytes.
    pub const F64CONST: u8 = 160;
    /// Binary float operations `FBIN + 2 * k + f`, operands `d a b`.
    pub const FBIN: u8 = 161;
    pub const FADD: u8 = 0;
    pub const FSUB: u8 = 1;
    pub const FMUL: u8 = 2;
    pub const FDIV: u8 = 3;
    pub const FMIN: u8 = 4;
    pub const FMAX: u8 = 5;
    pub const FBINARIES: u8 = 6;
    /// Unary float operations `FUN + 2 * k + f`, operands `d a`.
    pub const FUN: u8 = 173;
    pub const FNEG: u8 = 0;
    pub const FABS: u8 = 1;
    pub const SQRT: u8 = 2;
    pub const FUNARIES: u8 = 3;
    /// `FCMP + f`, operands `cc d a b` (`cc` one of [`FLOAT_CONDS`](super::FLOAT_CONDS)).
    pub const FCMP: u8 = 179;
    /// `FROM_SINT + f`, operands `w d a`: the integer of width `w` as a float.
    pub const FROM_SINT: u8 = 181;
    pub const FROM_UINT: u8 = 183;
    /// `TO_SINT + f`, operands `w d a`: the float as an integer of width `w`, saturated.
    pub const TO_SINT: u8 = 185;
    pub const TO_UINT: u8 = 187;
    /// `d a`.
    pub const FPROMOTE: u8 = 189;
    pub const FDEMOTE: u8 = 190;
    /// Loads `LOAD + k`, operands `d base off`: `k` one of `LU8`…
    pub const LOAD: u8 = 191;
    pub const LU8: u8 = 0;
    pub const LU16: u8 = 1;
    pub const LU32: u8 = 2;
    pub const LU64: u8 = 3;
    pub const LS8_32: u8 = 4;
    pub const LS8_64: u8 = 5;
    pub const LS16_32: u8 = 6;
    pub const LS16_64: u8 = 7;
    pub const LS32_64: u8 = 8;
    /// Stores `STORE + w` (the stored width), operands `value base off`.
    pub const STORE: u8 = 200;
    /// `d idx`: the pool's word `idx` (a function's or a data object's address).
    pub const POOL: u8 = 204;
    /// `d off`: the address of the frame's stack-slot area plus `off`.
    pub const STACKADDR: u8 = 205;
    /// `d`: the stack pointer (near enough: the frame's address).
    pub const GETSP: u8 = 206;
    /// `target`.
    pub const JMP: u8 = 207;
    /// `c target`: jump when `c` is not zero.
    pub const BRNZ: u8 = 208;
    /// `c target`: jump when `c` is zero.
    pub const BRZ: u8 = 209;
    /// `i n default target*n`.
    pub const BRTABLE: u8 = 210;
    /// `r`.
    pub const RET: u8 = 211;
    /// Returns nothing.
    pub const RET0: u8 = 212;
    /// `idx n arg*n d`: calls the pool's function `idx`; `d` gets its result.
    pub const CALL: u8 = 213;
    /// `idx n arg*n`: the same, no result.
    pub const CALL0: u8 = 214;
    /// `f n arg*n d`: calls the address in register `f`.
    pub const CALLI: u8 = 215;
    pub const CALLI0: u8 = 216;
    /// Unreachable code was reached (Cranelift's `trap`), or `c`: `TRAPZ`/`TRAPNZ`.
    pub const TRAP: u8 = 217;
    pub const TRAPZ: u8 = 218;
    pub const TRAPNZ: u8 = 219;
}

/// The integer condition codes in their encoding's order (as Cranelift's `IntCC` names them).
pub const INT_CONDS: [&str; 10] = ["eq", "ne", "slt", "sge", "sgt", "sle", "ult", "uge", "ugt", "ule"];
/// The float condition codes in their encoding's order (Cranelift's `FloatCC`).
pub const FLOAT_CONDS: [&str; 14] =
    ["ord", "uno", "eq", "ne", "one", "ueq", "lt", "le", "gt", "ge", "ult", "ule", "ugt", "uge"];

/// Most arguments a call in bytecode passes (a function of more takes them by address).
pub const MAX_ARGS: usize = 16;
/// The frame sizes, in machine words: a function's registers and stack slots fit one of them.
pub const FRAME_SIZES: [usize; 12] = [8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 512];
/// The header's size in bytes; the pool follows.
pub const HEADER: usize = 8;

const WORD: usize = core::mem::size_of::<usize>();

/// Runs the Python-level bytecode function at `code` ([`pyops`]) with the `n` arguments at
/// `args`: what the native stub of such a function calls. Returns the function's result (0:
/// an exception is pending).
#[no_mangle]
pub unsafe extern "C" fn rt_vm_run(code: *const u8, args: *const usize, n: usize) -> Value {
    run::<true>(code, args, n)
}

// The native stub of a Python-level function on a board is `movw/movt r12, blob; b.w
// rt_vm_enter` (`backend::thumb2::vm_stub`): 12 bytes a function where a stub of its own was
// 26–34. Here the arguments become one array: r0–r3 pushed right below the caller's stack
// arguments (AAPCS puts the fifth and later there, in order), then `rt_vm_run(blob, that
// array, 255)` (the header's parameter count is the smaller: `pyops::exec` copies that many).
// r4 is pushed beside lr for the stack's 8-byte alignment.
#[cfg(all(target_arch = "arm", target_os = "none"))]
core::arch::global_asm!(
    ".pushsection .text.rt_vm_enter,\"ax\",%progbits",
    ".syntax unified",
    ".thumb",
    ".globl rt_vm_enter",
    ".type rt_vm_enter, %function",
    ".thumb_func",
    "rt_vm_enter:",
    "push {{r0-r3}}",
    "mov r1, sp",
    "push {{r4, lr}}",
    "mov r0, r12",
    "movs r2, #255",
    "bl rt_vm_run",
    "pop {{r4, lr}}",
    "add sp, #16",
    "bx lr",
    ".size rt_vm_enter, . - rt_vm_enter",
    ".popsection",
);

/// The same for a CLIF-level one: a separate entry point, so that a firmware whose bytecode
/// is all Python-level links no CLIF-level VM.
#[no_mangle]
pub unsafe extern "C" fn rt_vm_run_clif(code: *const u8, args: *const usize, n: usize) -> Value {
    run::<false>(code, args, n)
}

// `run`'s dispatch lists the frame sizes again.
const _: () = assert!(FRAME_SIZES.len() == 12 && FRAME_SIZES[0] == 8 && FRAME_SIZES[5] == 48 && FRAME_SIZES[11] == 512);

#[inline(always)]
unsafe fn run<const PY: bool>(code: *const u8, args: *const usize, n: usize) -> Value {
    // (A Python-level function's registers are a byte of its header: `pyops`.)
    let words = match PY {
        true => *code.add(2) as usize,
        false => rd16(code.add(2)) as usize + (rd16(code.add(4)) as usize).div_ceil(WORD),
    };
    // (`FRAME_SIZES` by a comparison tree, not a search, on every call.)
    let size = match words {
        0..=8 => 8,
        9..=12 => 12,
        13..=16 => 16,
        17..=24 => 24,
        25..=32 => 32,
        33..=48 => 48,
        49..=64 => 64,
        65..=96 => 96,
        97..=128 => 128,
        129..=192 => 192,
        193..=256 => 256,
        _ => 512,
    };
    // The frame must fit above the stack's limit (the stub's own check is for native frames).
    let here = &words as *const usize as usize;
    let limit = crate::stack::limit();
    if limit != 0 && here.wrapping_sub(WORD * size + 128) < limit {
        return crate::stack::rt_stack_overflow();
    }
    match size {
        8 => frame::<8, PY>(code, args, n),
        12 => frame::<12, PY>(code, args, n),
        16 => frame::<16, PY>(code, args, n),
        24 => frame::<24, PY>(code, args, n),
        32 => frame::<32, PY>(code, args, n),
        48 => frame::<48, PY>(code, args, n),
        64 => frame::<64, PY>(code, args, n),
        96 => frame::<96, PY>(code, args, n),
        128 => frame::<128, PY>(code, args, n),
        192 => frame::<192, PY>(code, args, n),
        256 => frame::<256, PY>(code, args, n),
        _ => frame::<512, PY>(code, args, n),
    }
}

#[inline(never)]
unsafe fn frame<const N: usize, const PY: bool>(code: *const u8, args: *const usize, n: usize) -> Value {
    let mut regs = [0usize; N];
    if PY {
        pyops::exec(code, regs.as_mut_ptr(), args, n)
    } else {
        exec(code, regs.as_mut_ptr(), args, n)
    }
}

#[inline(always)]
unsafe fn rd16(p: *const u8) -> u16 {
    u16::from_le_bytes([*p, *p.add(1)])
}

/// The value of width `w` (0–3: 8–64 bits) zero-extended.
#[inline(always)]
fn mask(w: u8, x: u64) -> u64 {
    match w {
        0 => x as u8 as u64,
        1 => x as u16 as u64,
        2 => x as u32 as u64,
        _ => x,
    }
}

/// The value of width `w` sign-extended.
#[inline(always)]
fn sext(w: u8, x: u64) -> i64 {
    match w {
        0 => x as i8 as i64,
        1 => x as i16 as i64,
        2 => x as i32 as i64,
        _ => x as i64,
    }
}

#[inline(always)]
fn bits(w: u8) -> u32 {
    8 << w
}

/// Reached code Cranelift marks unreachable, or a division by zero it would trap on: the
/// processor fault native code would take (its handler reports it).
#[cold]
pub(crate) fn trap() -> ! {
    #[cfg(target_os = "none")]
    {
        cortex_m::asm::udf()
    }
    #[cfg(not(target_os = "none"))]
    {
        eprintln!("fatal: bytecode trap (unreachable code reached)");
        std::process::abort()
    }
}

/// A binary integer operation `k` of width `w`.
#[inline(always)]
fn ibin(k: u8, w: u8, a: u64, b: u64) -> u64 {
    let amount = (b as u32) & (bits(w) - 1);
    match k {
        op::IADD => mask(w, a.wrapping_add(b)),
        op::ISUB => mask(w, a.wrapping_sub(b)),
        op::IMUL => mask(w, a.wrapping_mul(b)),
        op::BAND => a & b,
        op::BOR => a | b,
        op::BXOR => a ^ b,
        op::ISHL => mask(w, a << amount),
        op::USHR => a >> amount,
        op::SSHR => mask(w, (sext(w, a) >> amount) as u64),
        op::ROTL | op::ROTR => {
            let amount = if k == op::ROTL { amount } else { (bits(w) - amount) & (bits(w) - 1) };
            match w {
                0 => (a as u8).rotate_left(amount) as u64,
                1 => (a as u16).rotate_left(amount) as u64,
                2 => (a as u32).rotate_left(amount) as u64,
                _ => a.rotate_left(amount),
            }
        }
        op::SDIV | op::SREM => {
            let (x, y) = (sext(w, a), sext(w, b));
            if y == 0 || (k == op::SDIV && y == -1 && x == sext(w, 1u64 << (bits(w) - 1))) {
                trap()
            }
            let r = if k == op::SDIV { x.wrapping_div(y) } else { x.wrapping_rem(y) };
            mask(w, r as u64)
        }
        op::UDIV | op::UREM => {
            if b == 0 {
                trap()
            }
            if k == op::UDIV {
                a / b
            } else {
                a % b
            }
        }
        op::SMULHI => mask(w, ((sext(w, a) as i128 * sext(w, b) as i128) >> bits(w)) as u64),
        op::UMULHI => mask(w, ((a as u128 * b as u128) >> bits(w)) as u64),
        op::SMIN => {
            if sext(w, a) <= sext(w, b) {
                a
            } else {
                b
            }
        }
        op::SMAX => {
            if sext(w, a) >= sext(w, b) {
                a
            } else {
                b
            }
        }
        op::UMIN => a.min(b),
        _ => a.max(b),
    }
}

/// An integer comparison of width `w`.
#[inline(always)]
fn icmp(cc: u8, w: u8, a: u64, b: u64) -> bool {
    let (x, y) = (sext(w, a), sext(w, b));
    match cc {
        0 => a == b,
        1 => a != b,
        2 => x < y,
        3 => x >= y,
        4 => x > y,
        5 => x <= y,
        6 => a < b,
        7 => a >= b,
        8 => a > b,
        _ => a <= b,
    }
}

fn iun(k: u8, w: u8, a: u64) -> u64 {
    match k {
        op::INEG => mask(w, a.wrapping_neg()),
        op::BNOT => mask(w, !a),
        op::IABS => mask(w, sext(w, a).wrapping_abs() as u64),
        op::CLZ => (a.leading_zeros() - (64 - bits(w))) as u64,
        op::CTZ => {
            if a == 0 {
                bits(w) as u64
            } else {
                a.trailing_zeros() as u64
            }
        }
        op::BSWAP => a.swap_bytes() >> (64 - bits(w)),
        op::BITREV => a.reverse_bits() >> (64 - bits(w)),
        op::POPCNT => a.count_ones() as u64,
        _ => {
            if a != 0 {
                mask(w, u64::MAX)
            } else {
                0
            }
        }
    }
}

/// An operation with an overflow flag: (result, overflowed).
fn ovf(k: u8, w: u8, a: u64, b: u64) -> (u64, bool) {
    let (sa, sb) = (sext(w, a) as i128, sext(w, b) as i128);
    let (ua, ub) = (a as i128, b as i128);
    let exact = match k {
        op::SADD => sa + sb,
        op::UADD => ua + ub,
        op::SSUB => sa - sb,
        op::USUB => ua - ub,
        op::SMUL => sa * sb,
        _ => ua * ub,
    };
    let r = mask(w, exact as u64);
    let back = if matches!(k, op::SADD | op::SSUB | op::SMUL) { sext(w, r) as i128 } else { r as i128 };
    (r, back != exact)
}

#[inline(never)]
fn fcmp<F: PartialOrd>(cc: u8, a: F, b: F) -> bool {
    use core::cmp::Ordering::*;
    let o = a.partial_cmp(&b);
    match cc {
        0 => o.is_some(),
        1 => o.is_none(),
        2 => o == Some(Equal),
        3 => o != Some(Equal),
        4 => matches!(o, Some(Less | Greater)),
        5 => matches!(o, None | Some(Equal)),
        6 => o == Some(Less),
        7 => matches!(o, Some(Less | Equal)),
        8 => o == Some(Greater),
        9 => matches!(o, Some(Greater | Equal)),
        10 => matches!(o, None | Some(Less)),
        11 => matches!(o, None | Some(Less | Equal)),
        12 => matches!(o, None | Some(Greater)),
        _ => matches!(o, None | Some(Greater | Equal)),
    }
}

fn f32_of(x: u64) -> f32 {
    f32::from_bits(x as u32)
}

fn f64_of(x: u64) -> f64 {
    f64::from_bits(x)
}

#[inline(never)]
fn fbin(k: u8, f: u8, a: u64, b: u64) -> u64 {
    macro_rules! pick {
        ($t:ty, $of:ident, $bits:expr) => {{
            let (x, y): ($t, $t) = ($of(a), $of(b));
            let r: $t = match k {
                op::FADD => x + y,
                op::FSUB => x - y,
                op::FMUL => x * y,
                op::FDIV => x / y,
                _ if x.is_nan() || y.is_nan() => <$t>::NAN,
                // -0 is below +0 here, as Cranelift's fmin/fmax have it.
                _ if x == y => {
                    <$t>::from_bits(if k == op::FMIN { x.to_bits() | y.to_bits() } else { x.to_bits() & y.to_bits() })
                }
                op::FMIN => {
                    if x < y {
                        x
                    } else {
                        y
                    }
                }
                _ => {
                    if x > y {
                        x
                    } else {
                        y
                    }
                }
            };
            $bits(r)
        }};
    }
    if f == 0 {
        pick!(f32, f32_of, |r: f32| r.to_bits() as u64)
    } else {
        pick!(f64, f64_of, |r: f64| r.to_bits())
    }
}

#[inline(never)]
fn fun(k: u8, f: u8, a: u64) -> u64 {
    if f == 0 {
        let x = f32_of(a);
        let r = match k {
            op::FNEG => -x,
            op::FABS => libm::fabsf(x),
            _ => libm::sqrtf(x),
        };
        r.to_bits() as u64
    } else {
        let x = f64_of(a);
        let r = match k {
            op::FNEG => -x,
            op::FABS => libm::fabs(x),
            _ => libm::sqrt(x),
        };
        r.to_bits()
    }
}

/// A float to an integer of width `w`, saturating (NaN is 0), as Cranelift's conversions.
#[inline(never)]
fn to_int(signed: bool, w: u8, x: f64) -> u64 {
    match (signed, w) {
        (true, 0) => x as i8 as u8 as u64,
        (true, 1) => x as i16 as u16 as u64,
        (true, 2) => x as i32 as u32 as u64,
        (true, _) => x as i64 as u64,
        (false, 0) => x as u8 as u64,
        (false, 1) => x as u16 as u64,
        (false, 2) => x as u32 as u64,
        (false, _) => x as u64,
    }
}

/// A float conversion from an integer of width `w` (`a`'s bits) to float width `f`.
#[inline(never)]
fn from_int(signed: bool, w: u8, f: u8, a: u64) -> u64 {
    match (signed, f) {
        (true, 0) => (sext(w, a) as f32).to_bits() as u64,
        (true, _) => (sext(w, a) as f64).to_bits(),
        (false, 0) => (a as f32).to_bits() as u64,
        (false, _) => (a as f64).to_bits(),
    }
}

/// Reads one byte of code and moves on.
macro_rules! byte {
    ($pc:ident) => {{
        let b = *$pc;
        $pc = $crate::vm::opaque($pc.add(1));
        b
    }};
}

/// `p`, which the optimizer cannot see through: each instruction's reads start from a value of
/// its own, so that LLVM, optimizing the VM for size, does not hoist the next `pc`s of several
/// instructions into the dispatch that all of them run (MachineCSE's PRE hoists regardless of
/// frequency under `opt-level = "z"`): 3 instructions less a dispatch, and each operand byte
/// read with one post-indexed load.
#[inline(always)]
// (The asm reads and writes no memory: it only hides the value.)
#[allow(clippy::pointers_in_nomem_asm_block)]
pub(crate) fn opaque(mut p: *const u8) -> *const u8 {
    unsafe { core::arch::asm!("/* {0} */", inout(reg) p, options(nomem, nostack, preserves_flags)) };
    p
}

/// A register of one word, named by the next byte.
macro_rules! reg {
    ($pc:ident, $regs:expr) => {
        *$regs.add(byte!($pc) as usize)
    };
}

macro_rules! set {
    ($regs:expr, $d:expr, $v:expr) => {
        *$regs.add($d as usize) = $v
    };
}

/// A value of width `w` (3: 64 bits, two words on a 32-bit machine).
macro_rules! get {
    ($pc:ident, $regs:expr, $w:expr) => {{
        let r = byte!($pc) as usize;
        if WORD == 8 || $w < 3 {
            *$regs.add(r) as u64
        } else {
            (*$regs.add(r) as u64) | ((*$regs.add(r + 1) as u64) << 32)
        }
    }};
}

macro_rules! put {
    ($regs:expr, $w:expr, $d:expr, $v:expr) => {{
        let d = $d as usize;
        let v: u64 = $v;
        if WORD == 8 || $w < 3 {
            *$regs.add(d) = v as usize;
        } else {
            *$regs.add(d) = v as u32 as usize;
            *$regs.add(d + 1) = (v >> 32) as usize;
        }
    }};
}

macro_rules! uvar {
    ($pc:ident) => {{
        // (Most are one byte: no loop and no 64-bit shift for those.)
        let b = byte!($pc);
        if b & 0x80 == 0 {
            b as u64
        } else {
            let (v, next) = $crate::vm::uvar_more(b, $pc);
            $pc = next;
            v
        }
    }};
}

/// The rest of a varint whose first byte was `first` (more to come), from `pc`: its value
/// and where the code goes on.
#[inline(never)]
pub(crate) unsafe fn uvar_more(first: u8, mut pc: *const u8) -> (u64, *const u8) {
    // (Two bytes, nearly all the others, with no 64-bit shift: a library call on a 32-bit
    // core.)
    let second = *pc;
    if second & 0x80 == 0 {
        return (u64::from(u32::from(first & 0x7f) | u32::from(second) << 7), pc.add(1));
    }
    let mut v = u64::from(first & 0x7f);
    let mut shift = 7;
    loop {
        let b = byte!(pc);
        v |= ((b & 0x7f) as u64) << shift.min(63);
        if b & 0x80 == 0 {
            return (v, pc);
        }
        shift += 7;
    }
}

macro_rules! svar {
    ($pc:ident) => {{
        let v = uvar!($pc);
        ((v >> 1) as i64 ^ -((v & 1) as i64)) as u64
    }};
}

/// A load's or a store's address: a register plus a signed offset.
macro_rules! addr {
    ($pc:ident, $regs:expr) => {{
        let base = reg!($pc, $regs);
        base.wrapping_add(svar!($pc) as usize)
    }};
}

pub mod pyops;

/// What the instructions of [`rest`] need of the frame.
struct Frame {
    regs: *mut usize,
    slots: *mut u8,
}

pub(crate) type Native0 = unsafe extern "C" fn() -> usize;
pub(crate) type Native1 = unsafe extern "C" fn(usize) -> usize;
pub(crate) type Native2 = unsafe extern "C" fn(usize, usize) -> usize;
pub(crate) type Native3 = unsafe extern "C" fn(usize, usize, usize) -> usize;
pub(crate) type Native4 = unsafe extern "C" fn(usize, usize, usize, usize) -> usize;

/// The interpreter's loop: the frequent instructions here, the others in [`rest`] (so that
/// this function's own frame, one per bytecode call level, stays small).
unsafe fn exec(code: *const u8, regs: *mut usize, args: *const usize, n: usize) -> Value {
    let pool_words = rd16(code) as usize;
    let nregs = rd16(code.add(2)) as usize;
    let nparams = *code.add(6) as usize;
    let pool = code.add(HEADER) as *const usize;
    let params = code.add(HEADER + WORD * pool_words);
    for i in 0..nparams.min(n) {
        *regs.add(*params.add(i) as usize) = *args.add(i);
    }
    let start = params.add(nparams);
    let frame = Frame { regs, slots: regs.add(nregs) as *mut u8 };
    let mut pc = start;
    loop {
        let opc = byte!(pc);
        match opc {
            op::IADD32 => {
                let d = byte!(pc);
                let (a, b) = (reg!(pc, regs), reg!(pc, regs));
                set!(regs, d, (a as u32).wrapping_add(b as u32) as usize);
            }
            op::IADD64 if WORD == 8 => {
                let d = byte!(pc);
                let (a, b) = (reg!(pc, regs), reg!(pc, regs));
                set!(regs, d, a.wrapping_add(b));
            }
            op::BAND32 => {
                let d = byte!(pc);
                let (a, b) = (reg!(pc, regs), reg!(pc, regs));
                set!(regs, d, a & b);
            }
            op::BAND64 if WORD == 8 => {
                let d = byte!(pc);
                let (a, b) = (reg!(pc, regs), reg!(pc, regs));
                set!(regs, d, a & b);
            }
            op::ICMP32 => {
                let cc = byte!(pc);
                let d = byte!(pc);
                let (a, b) = (reg!(pc, regs), reg!(pc, regs));
                set!(regs, d, icmp(cc, 2, a as u64, b as u64) as usize);
            }
            op::ICMP64 if WORD == 8 => {
                let cc = byte!(pc);
                let d = byte!(pc);
                let (a, b) = (reg!(pc, regs), reg!(pc, regs));
                set!(regs, d, icmp(cc, 3, a as u64, b as u64) as usize);
            }
            op::MOV => {
                let d = byte!(pc);
                set!(regs, d, reg!(pc, regs));
            }
            op::POOL => {
                let d = byte!(pc);
                let i = uvar!(pc) as usize;
                set!(regs, d, *pool.add(i));
            }
            x if x == op::LOAD + op::LU32 || (WORD == 8 && x == op::LOAD + op::LU64) => {
                let d = byte!(pc);
                let p = addr!(pc, regs) as *const usize;
                let v = if WORD == 8 && x == op::LOAD + op::LU32 {
                    (p as *const u32).read_unaligned() as usize
                } else {
                    p.read_unaligned()
                };
                set!(regs, d, v);
            }
            op::JMP => pc = start.add(rd16(pc) as usize),
            op::BRNZ | op::BRZ => {
                let c = reg!(pc, regs);
                if (c != 0) == (opc == op::BRNZ) {
                    pc = start.add(rd16(pc) as usize);
                } else {
                    pc = pc.add(2);
                }
            }
            op::RET => return *regs.add(*pc as usize),
            op::RET0 => return 0,
            op::CALL..=op::CALLI0 => {
                let f = if opc <= op::CALL0 { *pool.add(uvar!(pc) as usize) } else { reg!(pc, regs) };
                let n = byte!(pc);
                let r = match n {
                    0 => core::mem::transmute::<usize, Native0>(f)(),
                    1 => core::mem::transmute::<usize, Native1>(f)(reg!(pc, regs)),
                    2 => {
                        let a = reg!(pc, regs);
                        core::mem::transmute::<usize, Native2>(f)(a, reg!(pc, regs))
                    }
                    3 => {
                        let (a, b) = (reg!(pc, regs), reg!(pc, regs));
                        core::mem::transmute::<usize, Native3>(f)(a, b, reg!(pc, regs))
                    }
                    4 => {
                        let (a, b, c) = (reg!(pc, regs), reg!(pc, regs), reg!(pc, regs));
                        core::mem::transmute::<usize, Native4>(f)(a, b, c, reg!(pc, regs))
                    }
                    _ => {
                        let (r, next) = call_many(f, n as usize, pc, regs);
                        pc = next;
                        r
                    }
                };
                if opc == op::CALL || opc == op::CALLI {
                    let d = byte!(pc);
                    set!(regs, d, r);
                }
            }
            _ => pc = rest(opc, pc, &frame, start),
        }
    }
}

/// Calls compiled code taking `n` words (at most [`MAX_ARGS`]) from `a`: both instruction
/// sets' calls of more arguments than they spell out.
#[inline(never)]
pub(crate) unsafe fn call_words(code: usize, a: *const usize, n: usize) -> usize {
    macro_rules! with {
        (@word $i:tt) => { usize };
        ($($i:tt)*) => {{
            let f: unsafe extern "C" fn($(with!(@word $i)),*) -> usize = core::mem::transmute(code);
            f($(*a.add($i)),*)
        }};
    }
    match n {
        0 => with!(),
        1 => with!(0),
        2 => with!(0 1),
        3 => with!(0 1 2),
        4 => with!(0 1 2 3),
        5 => with!(0 1 2 3 4),
        6 => with!(0 1 2 3 4 5),
        7 => with!(0 1 2 3 4 5 6),
        8 => with!(0 1 2 3 4 5 6 7),
        9 => with!(0 1 2 3 4 5 6 7 8),
        10 => with!(0 1 2 3 4 5 6 7 8 9),
        11 => with!(0 1 2 3 4 5 6 7 8 9 10),
        12 => with!(0 1 2 3 4 5 6 7 8 9 10 11),
        13 => with!(0 1 2 3 4 5 6 7 8 9 10 11 12),
        14 => with!(0 1 2 3 4 5 6 7 8 9 10 11 12 13),
        15 => with!(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14),
        _ => with!(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15),
    }
}

/// A call of more than four arguments (`pc` at the first): the result and where the code
/// goes on.
#[inline(never)]
unsafe fn call_many(f: usize, n: usize, mut pc: *const u8, regs: *mut usize) -> (usize, *const u8) {
    let mut a = [0usize; MAX_ARGS];
    for x in a.iter_mut().take(n.min(MAX_ARGS)) {
        *x = reg!(pc, regs);
    }
    let r = call_words(f, a.as_ptr(), n);
    (r, pc)
}

/// Every other instruction (`pc` after the opcode); returns where the code goes on.
#[inline(never)]
unsafe fn rest(opc: u8, mut pc: *const u8, frame: &Frame, start: *const u8) -> *const u8 {
    let regs = frame.regs;
    match opc {
        op::IBIN..=83 => {
            let w = opc % 4;
            let d = byte!(pc);
            let (a, b) = (get!(pc, regs, w), get!(pc, regs, w));
            put!(regs, w, d, ibin(opc / 4, w, a, b));
        }
        op::ICMP..=87 => {
            let w = opc - op::ICMP;
            let cc = byte!(pc);
            let d = byte!(pc);
            let (a, b) = (get!(pc, regs, w), get!(pc, regs, w));
            set!(regs, d, icmp(cc, w, a, b) as usize);
        }
        op::IUN..=123 => {
            let k = opc - op::IUN;
            let w = k % 4;
            let d = byte!(pc);
            // Bit counts read and write the operand's width; bmask writes width `w` from an
            // operand of at most a word.
            let a = if k / 4 == op::BMASK { reg!(pc, regs) as u64 } else { get!(pc, regs, w) };
            put!(regs, w, d, iun(k / 4, w, a));
        }
        op::OVF..=147 => {
            let k = opc - op::OVF;
            let w = k % 4;
            let d = byte!(pc);
            let flag = byte!(pc);
            let (a, b) = (get!(pc, regs, w), get!(pc, regs, w));
            let (r, o) = ovf(k / 4, w, a, b);
            put!(regs, w, d, r);
            set!(regs, flag, o as usize);
        }
        op::SEXT..=152 => {
            let from = opc - op::SEXT;
            let to = byte!(pc);
            let d = byte!(pc);
            let a = get!(pc, regs, from);
            put!(regs, to, d, mask(to, sext(from, a) as u64));
        }
        op::UEXT..=231 => {
            let from = opc - op::UEXT;
            let to = byte!(pc);
            let d = byte!(pc);
            let a = get!(pc, regs, from);
            put!(regs, to, d, a);
        }
        op::IREDUCE..=156 => {
            let to = opc - op::IREDUCE;
            let d = byte!(pc);
            // The low word holds every bit a reduction to a word keeps.
            let a = if to == 3 { get!(pc, regs, 3) } else { reg!(pc, regs) as u64 };
            put!(regs, to, d, mask(to, a));
        }
        op::SELECT..=227 => {
            let w = opc - op::SELECT;
            let d = byte!(pc);
            let c = reg!(pc, regs);
            let (a, b) = (get!(pc, regs, w), get!(pc, regs, w));
            put!(regs, w, d, if c != 0 { a } else { b });
        }
        op::ICONST..=223 => {
            let w = opc - op::ICONST;
            let d = byte!(pc);
            put!(regs, w, d, mask(w, svar!(pc)));
        }
        op::F32CONST => {
            let d = byte!(pc);
            let v = u32::from_le_bytes([*pc, *pc.add(1), *pc.add(2), *pc.add(3)]);
            pc = pc.add(4);
            set!(regs, d, v as usize);
        }
        op::F64CONST => {
            let d = byte!(pc);
            let mut b = [0u8; 8];
            core::ptr::copy_nonoverlapping(pc, b.as_mut_ptr(), 8);
            pc = pc.add(8);
            put!(regs, 3, d, u64::from_le_bytes(b));
        }
        op::FBIN..=172 => {
            let k = opc - op::FBIN;
            let w = 2 + k % 2;
            let d = byte!(pc);
            let (a, b) = (get!(pc, regs, w), get!(pc, regs, w));
            put!(regs, w, d, fbin(k / 2, k % 2, a, b));
        }
        op::FUN..=178 => {
            let k = opc - op::FUN;
            let w = 2 + k % 2;
            let d = byte!(pc);
            let a = get!(pc, regs, w);
            put!(regs, w, d, fun(k / 2, k % 2, a));
        }
        op::FCMP..=180 => {
            let w = 2 + opc - op::FCMP;
            let cc = byte!(pc);
            let d = byte!(pc);
            let (a, b) = (get!(pc, regs, w), get!(pc, regs, w));
            let r = if w == 2 { fcmp(cc, f32_of(a), f32_of(b)) } else { fcmp(cc, f64_of(a), f64_of(b)) };
            set!(regs, d, r as usize);
        }
        op::FROM_SINT..=184 => {
            let f = (opc - op::FROM_SINT) % 2;
            let w = byte!(pc);
            let d = byte!(pc);
            let a = get!(pc, regs, w);
            put!(regs, 2 + f, d, from_int(opc < op::FROM_UINT, w, f, a));
        }
        op::TO_SINT..=188 => {
            let f = (opc - op::TO_SINT) % 2;
            let w = byte!(pc);
            let d = byte!(pc);
            let a = get!(pc, regs, 2 + f);
            let x = if f == 0 { f32_of(a) as f64 } else { f64_of(a) };
            put!(regs, w, d, to_int(opc < op::TO_UINT, w, x));
        }
        op::FPROMOTE => {
            let d = byte!(pc);
            let a = get!(pc, regs, 2);
            put!(regs, 3, d, (f32_of(a) as f64).to_bits());
        }
        op::FDEMOTE => {
            let d = byte!(pc);
            let a = get!(pc, regs, 3);
            set!(regs, d, (f64_of(a) as f32).to_bits() as usize);
        }
        op::LOAD..=199 => {
            let d = byte!(pc);
            let p = addr!(pc, regs) as *const u8;
            let k = opc - op::LOAD;
            let v = match k {
                op::LU8 => *p as u64,
                op::LU16 => (p as *const u16).read_unaligned() as u64,
                op::LU32 => (p as *const u32).read_unaligned() as u64,
                op::LU64 => (p as *const u64).read_unaligned(),
                op::LS8_32 => *p as i8 as u32 as u64,
                op::LS8_64 => *p as i8 as u64,
                op::LS16_32 => (p as *const i16).read_unaligned() as u32 as u64,
                op::LS16_64 => (p as *const i16).read_unaligned() as u64,
                _ => (p as *const i32).read_unaligned() as u64,
            };
            let w = if matches!(k, op::LU64 | op::LS8_64 | op::LS16_64 | op::LS32_64) { 3 } else { 2 };
            put!(regs, w, d, v);
        }
        op::STORE..=203 => {
            let w = opc - op::STORE;
            let v = get!(pc, regs, w);
            let p = addr!(pc, regs) as *mut u8;
            match w {
                0 => *p = v as u8,
                1 => (p as *mut u16).write_unaligned(v as u16),
                2 => (p as *mut u32).write_unaligned(v as u32),
                _ => (p as *mut u64).write_unaligned(v),
            }
        }
        op::STACKADDR => {
            let d = byte!(pc);
            let off = uvar!(pc) as usize;
            set!(regs, d, frame.slots.add(off) as usize);
        }
        op::GETSP => {
            let d = byte!(pc);
            set!(regs, d, regs as usize);
        }
        op::BRTABLE => {
            let i = reg!(pc, regs) as u64;
            let n = uvar!(pc);
            let at = if i < n { 1 + i as usize } else { 0 };
            pc = start.add(rd16(pc.add(2 * at)) as usize);
        }
        op::TRAPZ | op::TRAPNZ => {
            let c = reg!(pc, regs);
            if (c == 0) == (opc == op::TRAPZ) {
                trap()
            }
        }
        _ => trap(),
    }
    pc
}
