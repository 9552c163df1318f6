//! The microcontroller entry: vector table, reset path, heap, and fault and panic handlers.
//!
//! `mpyc`'s linker places `.vector_table` at the start of flash and defines the symbols the
//! reset path uses (`__sidata`, `__sdata`, `__edata`, `__sbss`, `__ebss`, `__sheap`, `__eheap`,
//! `_stack_top`, `_stack_bottom`).

use crate::board;
use crate::value::Value;
use core::ptr::addr_of;

extern "C" {
    static _stack_top: u32;
    static _stack_bottom: u32;
    static __sidata: u32;
    static mut __sdata: u32;
    static __edata: u32;
    static mut __sbss: u32;
    static __ebss: u32;
    static __sheap: u32;
    static __eheap: u32;
    /// The compiled module body.
    fn mpy_main() -> Value;
}

#[global_allocator]
static HEAP: crate::gc::GcAllocator = crate::gc::GcAllocator;

#[repr(C)]
pub struct VectorTable {
    initial_sp: *const u32,
    reset: unsafe extern "C" fn() -> !,
    exceptions: [Option<unsafe extern "C" fn()>; 14],
    /// The device's interrupts, as many as the board handles.
    interrupts: board::Interrupts,
}
unsafe impl Sync for VectorTable {}

#[link_section = ".vector_table"]
#[no_mangle]
#[used]
pub static __VECTOR_TABLE: VectorTable = VectorTable {
    initial_sp: addr_of!(_stack_top),
    reset: Reset,
    exceptions: [
        Some(default_handler), // NMI
        Some(mpyc_fault),      // HardFault
        Some(mpyc_fault),      // MemManage
        Some(mpyc_fault),      // BusFault
        Some(mpyc_fault),      // UsageFault
        None,
        None,
        None,
        None,
        Some(default_handler), // SVCall
        Some(default_handler), // DebugMonitor
        None,
        Some(default_handler),                 // PendSV
        Some(crate::board::cortex_m::SysTick), // SysTick
    ],
    interrupts: board::INTERRUPTS,
};

#[no_mangle]
pub unsafe extern "C" fn Reset() -> ! {
    // 0. A reboot into the board's ROM bootloader that the last run asked for (`pyb.bootloader()`,
    //    a host opening the console at 1200 baud), with everything still in its reset state.
    board::early();
    // 1. The FPU first: compiled code may use s-registers anywhere after this. Faults are
    //    reported under their own names (MemManage, BusFault, UsageFault), not as HardFault.
    board::cortex_m::enable_fpu();
    board::cortex_m::trap_division_by_zero();
    board::cortex_m::enable_fault_handlers();
    // 2. Initialised data: copy its image from flash to RAM.
    let mut src = addr_of!(__sidata);
    let mut dst = &raw mut __sdata;
    while (dst as *const u32) < addr_of!(__edata) {
        dst.write_volatile(src.read());
        dst = dst.add(1);
        src = src.add(1);
    }
    // 3. Zero-initialised data.
    let mut dst = &raw mut __sbss;
    while (dst as *const u32) < addr_of!(__ebss) {
        dst.write_volatile(0);
        dst = dst.add(1);
    }
    // 4. The heap: everything between the end of static data and the stack; the stack is
    //    scanned from its top.
    let start = addr_of!(__sheap) as usize;
    crate::gc::init(start, addr_of!(__eheap) as usize - start);
    crate::gc::set_stack_base(addr_of!(_stack_top) as usize);
    //    Python code may go down to the stack's bottom less the runtime's reserve; below the
    //    reserve, a guard region.
    crate::stack::set_main_stack(addr_of!(_stack_bottom) as usize);
    board::cortex_m::guard_stack(addr_of!(_stack_bottom) as usize);
    // 5. Clocks, console, timer, LEDs.
    board::init();
    // 6. The program, then its exit status.
    let code = crate::exc::run_main(mpy_main);
    board::exit(code as u32)
}

extern "C" {
    /// The processor-fault handler: finds the stacked registers and calls [`fault`].
    fn mpyc_fault();
}

// Which stack the exception frame went to (bit 2 of EXC_RETURN in lr), and the exception number;
// then the handler runs from the top of the main stack (the program is over: what was there is
// not needed, and the stack pointer may be in the guard region or below it).
core::arch::global_asm!(
    // (In a section of its own: `float::sqrt`.)
    ".pushsection .text.mpyc_fault,\"ax\",%progbits",
    ".syntax unified",
    ".thumb",
    ".globl mpyc_fault",
    ".type mpyc_fault, %function",
    ".thumb_func",
    "mpyc_fault:",
    "tst lr, #4",
    "ite eq",
    "mrseq r0, msp",
    "mrsne r0, psp",
    "mrs r1, ipsr",
    "movw r2, :lower16:{top}",
    "movt r2, :upper16:{top}",
    "mov sp, r2",
    "b {report}",
    ".popsection",
    report = sym fault,
    top = sym _stack_top,
);

/// Reports a processor fault on the console — which one, where (the faulting pc and the
/// return address lr, whose Python lines `mpyc run`/`mpyc emulate` print after the report
/// from the firmware's line table; `arm-none-eabi-addr2line -e firmware.elf <pc>` too),
/// and the fault status registers — then ends the program with status 3.
unsafe extern "C" fn fault(frame: *const u32, ipsr: u32) -> ! {
    use core::fmt::Write;
    // The frame may lie in the guard region: the MPU goes off before anything reads it.
    let guard = board::cortex_m::unguard() as usize;
    let name = match ipsr & 0x1ff {
        3 => "HardFault",
        4 => "MemManage",
        5 => "BusFault",
        6 => "UsageFault",
        _ => "fault",
    };
    let (pc, lr) = (frame.add(6).read_volatile(), frame.add(5).read_volatile());
    let cfsr = (0xE000_ED28 as *const u32).read_volatile();
    let hfsr = (0xE000_ED2C as *const u32).read_volatile();
    let addr = if cfsr & (1 << 15) != 0 {
        (0xE000_ED38 as *const u32).read_volatile() // BFAR valid
    } else if cfsr & (1 << 7) != 0 {
        (0xE000_ED34 as *const u32).read_volatile() // MMFAR valid
    } else {
        0
    };
    let in_guard = |a: usize| guard != 0 && (guard..guard + board::cortex_m::GUARD).contains(&a);
    // Into the guard: an access there, or an exception frame that could not be stacked with the
    // stack pointer at or below it.
    let overflow = (cfsr & (1 << 7) != 0 && in_guard(addr as usize))
        || (cfsr & (1 << 4 | 1 << 12) != 0 && guard != 0 && (frame as usize) < guard + board::cortex_m::GUARD);
    crate::print::flush();
    if overflow {
        let _ = write!(
            Console,
            "\nfatal: stack overflow: the runtime went below the bottom of the stack (its reserve \
             under the deepest Python frame ran out)"
        );
        // (When the exception frame could not be stacked, it holds no pc.)
        if cfsr & (1 << 4 | 1 << 12) == 0 {
            let _ = write!(Console, " at pc={pc:#010x} lr={lr:#010x}");
        }
        let _ = writeln!(Console, " sp={:#010x}", frame as usize);
        board::exit(3)
    }
    let _ = writeln!(
        Console,
        "\nfatal: processor fault ({name}: {}) at pc={pc:#010x} lr={lr:#010x} sp={:#010x}\n  \
         CFSR={cfsr:#010x} HFSR={hfsr:#010x} fault address={addr:#010x}",
        fault_cause(cfsr, hfsr),
        frame as usize,
    );
    board::exit(3)
}

/// What the fault status registers say happened, in words.
fn fault_cause(cfsr: u32, hfsr: u32) -> &'static str {
    const CAUSES: [(u32, &str); 13] = [
        (1 << 0, "instruction fetch from a protected address"),
        (1 << 1, "data access to a protected address"),
        (1 << 4, "stack overflow on exception entry"),
        (1 << 8, "instruction fetch bus error"),
        (1 << 9, "data bus error"),
        (1 << 10, "imprecise data bus error"),
        (1 << 12, "stack overflow on exception entry (bus)"),
        (1 << 16, "undefined instruction"),
        (1 << 17, "invalid processor state (Thumb bit clear)"),
        (1 << 18, "invalid return"),
        (1 << 19, "coprocessor access (FPU off)"),
        (1 << 24, "unaligned access"),
        (1 << 25, "integer division by zero"),
    ];
    for (bit, what) in CAUSES {
        if cfsr & bit != 0 {
            return what;
        }
    }
    if hfsr & (1 << 1) != 0 {
        "vector table read"
    } else {
        "escalated"
    }
}

unsafe extern "C" fn default_handler() {
    crate::print::flush();
    board::write_err(b"fatal: processor fault\n");
    board::exit(3)
}

/// Writes straight to the console: reporting a panic must not need the heap, which may be
/// what ran out.
struct Console;

impl core::fmt::Write for Console {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        board::write_err(s.as_bytes());
        Ok(())
    }
}

static PANICKING: core::sync::atomic::AtomicBool = core::sync::atomic::AtomicBool::new(false);

#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    use core::fmt::Write;
    if !PANICKING.swap(true, core::sync::atomic::Ordering::SeqCst) {
        let _ = writeln!(Console, "\nfatal: runtime panic: {}", info.message());
    }
    board::exit(101)
}

/// What mpyc's linker links in place of core's `str::slice_error_fail` (a `str` sliced off
/// a character boundary or past its end, which the runtime never does): the same panic
/// without the message core formats, whose `Debug` of `char` and Unicode printable tables
/// cost 6 KB of flash (`link::input::REPLACED`).
#[no_mangle]
pub extern "C" fn rt_str_slice_fail() -> ! {
    panic!("str sliced off a character boundary")
}
