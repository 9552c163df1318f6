//! What every Cortex-M board shares: the SysTick millisecond clock, semihosting, the FPU.

use core::sync::atomic::{AtomicU32, Ordering};

const SYST_CSR: *mut u32 = 0xE000_E010 as *mut u32;
const SYST_RVR: *mut u32 = 0xE000_E014 as *mut u32;
const SYST_CVR: *mut u32 = 0xE000_E018 as *mut u32;
const CPACR: *mut u32 = 0xE000_ED88 as *mut u32;
const CCR: *mut u32 = 0xE000_ED14 as *mut u32;

static MILLIS: AtomicU32 = AtomicU32::new(0);
/// How many times [`MILLIS`] has wrapped (every 49.7 days), for the clock that never does.
static MILLIS_WRAPS: AtomicU32 = AtomicU32::new(0);

/// Lets code use the single-precision FPU (CP10 and CP11, full access).
pub fn enable_fpu() {
    unsafe {
        CPACR.write_volatile(CPACR.read_volatile() | (0xF << 20));
    }
    ::cortex_m::asm::dsb();
    ::cortex_m::asm::isb();
}

/// Makes integer division by zero fault (CCR.DIV_0_TRP) instead of giving 0, as compiled code
/// expects of `sdiv`/`udiv`.
pub fn trap_division_by_zero() {
    unsafe { CCR.write_volatile(CCR.read_volatile() | (1 << 4)) };
}

/// Enables the MemManage, BusFault and UsageFault handlers (SHCSR), so that those faults are
/// taken as themselves rather than escalated to HardFault.
pub fn enable_fault_handlers() {
    const SHCSR: *mut u32 = 0xE000_ED24 as *mut u32;
    unsafe { SHCSR.write_volatile(SHCSR.read_volatile() | (0b111 << 16)) };
}

/// Bytes of the guard region at the bottom of the main stack.
pub const GUARD: usize = 32;

const MPU_TYPE: *const u32 = 0xE000_ED90 as *const u32;
const MPU_CTRL: *mut u32 = 0xE000_ED94 as *mut u32;
const MPU_RNR: *mut u32 = 0xE000_ED98 as *mut u32;
const MPU_RBAR: *mut u32 = 0xE000_ED9C as *mut u32;
const MPU_RASR: *mut u32 = 0xE000_EDA0 as *mut u32;

/// Makes the lowest [`GUARD`] bytes of the main stack (from `bottom`, 32-byte aligned) a region
/// nothing may touch (ARMv7-M PMSA, ARM DDI 0403 §B3.5): the runtime's reserve under the
/// deepest Python frame overflowing into the heap becomes a MemManage fault, reported as a
/// stack overflow, instead of silent corruption. The rest of memory keeps the default map
/// (PRIVDEFENA). Nothing is done on a core without an MPU. Returns whether the guard is on.
pub fn guard_stack(bottom: usize) -> bool {
    unsafe {
        // TYPE.DREGION: how many regions the MPU has (0: none).
        let regions = (MPU_TYPE.read_volatile() >> 8) & 0xFF;
        if regions == 0 {
            return false;
        }
        let base = (bottom + GUARD - 1) & !(GUARD - 1);
        // The highest-numbered region wins where regions overlap.
        MPU_RNR.write_volatile(regions - 1);
        MPU_RBAR.write_volatile(base as u32);
        // RASR: XN (28), AP = 000 (no access), SIZE = 4 (2^(4+1) = 32 bytes), ENABLE.
        MPU_RASR.write_volatile(1 << 28 | 4 << 1 | 1);
        // CTRL: PRIVDEFENA (2), ENABLE (0).
        MPU_CTRL.write_volatile(1 << 2 | 1);
        core::arch::asm!("dsb", "isb");
    }
    GUARD_BASE.store(((bottom + GUARD - 1) & !(GUARD - 1)) as u32, core::sync::atomic::Ordering::Relaxed);
    true
}

/// Moves the guard region to `base` (32-byte aligned): the bottom of the stack being switched
/// to, a generator's in the heap or the main one; returns where it was. Nothing is done while
/// there is no guard (no MPU). The region number is still in RNR ([`guard_stack`] set it;
/// nothing else writes it). No barrier follows the write: the Cortex-M4 user guide (§2.2.4,
/// MPU programming) asks for a DSB only when the change must hold from the very next
/// instruction, and an ISB when it must hold for the instructions already fetched; the guard
/// only has to stop an overflow, which comes many instructions later, and holds no code.
#[inline]
pub fn move_guard(base: usize) -> usize {
    let old = GUARD_BASE.load(core::sync::atomic::Ordering::Relaxed) as usize;
    if old != 0 {
        // The word first: an interrupt between the two (a callback resuming a generator)
        // saves and puts back the new place, which the write below then holds too.
        GUARD_BASE.store(base as u32, core::sync::atomic::Ordering::Relaxed);
        unsafe { MPU_RBAR.write_volatile(base as u32) };
    }
    old
}

/// Where the guard region starts (0: no guard). Named for debuggers (`tests/debug/gen_guard.py`
/// finds a generator's guard by it).
#[export_name = "mpyc_guard_base"]
static GUARD_BASE: core::sync::atomic::AtomicU32 = core::sync::atomic::AtomicU32::new(0);

/// Turns the MPU off (a fault handler, before it reads a stack that may lie in the guard);
/// returns where the guard was (0: none).
pub fn unguard() -> u32 {
    unsafe {
        MPU_CTRL.write_volatile(0);
        core::arch::asm!("dsb", "isb");
    }
    GUARD_BASE.load(core::sync::atomic::Ordering::Relaxed)
}

/// The priority of the interrupts that run Python callbacks (timers, EXTI lines): below
/// SysTick's and the console's (0), so that the clock and Ctrl-C still come while a callback
/// runs (a delay in one ends), and maskable on their own (BASEPRI) while the collector runs.
/// The STM32F4 keeps the top four bits of a priority.
pub const CALLBACK_PRIORITY: u8 = 0xC0;

/// Enables device interrupt `irq` in the NVIC at [`CALLBACK_PRIORITY`].
pub fn enable_callback_irq(irq: usize) {
    unsafe {
        ((0xE000_E400 + irq) as *mut u8).write_volatile(CALLBACK_PRIORITY);
        ((0xE000_E100 + 4 * (irq / 32)) as *mut u32).write_volatile(1 << (irq % 32));
    }
}

/// Enables device interrupt `irq` in the NVIC at the highest priority (a driver's own, which
/// runs no Python).
pub fn enable_irq(irq: usize) {
    unsafe {
        ((0xE000_E400 + irq) as *mut u8).write_volatile(0);
        ((0xE000_E100 + 4 * (irq / 32)) as *mut u32).write_volatile(1 << (irq % 32));
    }
}

/// Disables device interrupt `irq` in the NVIC.
pub fn disable_irq(irq: usize) {
    unsafe { ((0xE000_E180 + 4 * (irq / 32)) as *mut u32).write_volatile(1 << (irq % 32)) };
}

/// Holds back the interrupts that run callbacks (BASEPRI); returns what [`unmask_callbacks`]
/// puts back. (BASEPRI_MAX: the write only raises the mask, as the hardware decides. No ISB:
/// on a Cortex-M4 a write to BASEPRI masks from the next instruction on, and an interrupt
/// unmasked is taken a few instructions later at most.) Not `nomem`: the stores the mask
/// guards stay between the two.
#[inline(always)]
pub fn mask_callbacks() -> u8 {
    let old: u32;
    unsafe {
        core::arch::asm!("mrs {0}, BASEPRI", "msr BASEPRI_MAX, {1}", out(reg) old,
            in(reg) CALLBACK_PRIORITY as u32, options(nostack, preserves_flags))
    };
    old as u8
}

#[inline(always)]
pub fn unmask_callbacks(old: u8) {
    unsafe { core::arch::asm!("msr BASEPRI, {0}", in(reg) old as u32, options(nostack, preserves_flags)) };
}

/// Starts SysTick interrupting once a millisecond for a core clocked at `core_hz`.
pub fn start_systick(core_hz: u32) {
    unsafe {
        SYST_RVR.write_volatile(core_hz / 1000 - 1);
        SYST_CVR.write_volatile(0);
        SYST_CSR.write_volatile(0b111);
    }
}

#[no_mangle]
pub extern "C" fn SysTick() {
    let now = MILLIS.fetch_add(1, Ordering::Relaxed).wrapping_add(1);
    if now == 0 {
        MILLIS_WRAPS.fetch_add(1, Ordering::Relaxed);
    }
    super::tick(now);
}

pub fn millis() -> u32 {
    MILLIS.load(Ordering::Relaxed)
}

/// Microseconds at millisecond resolution. Also the marker the perf_bench harness counts
/// instructions between (`time.ticks_us()` calls it and nothing else does): not inlined.
#[no_mangle]
#[inline(never)]
pub extern "C" fn board_micros() -> u32 {
    millis().wrapping_mul(1000)
}

pub use board_micros as micros;

/// Nanoseconds since the start, never wrapping (`time.monotonic()` and the like; [`micros`]
/// wraps after 71 minutes): the millisecond count with its wraps, read again if SysTick
/// wrapped it meanwhile.
pub fn monotonic_ns() -> u64 {
    loop {
        let wraps = MILLIS_WRAPS.load(Ordering::Acquire);
        let ms = MILLIS.load(Ordering::Acquire);
        if MILLIS_WRAPS.load(Ordering::Acquire) == wraps {
            return (u64::from(wraps) << 32 | u64::from(ms)) * 1_000_000;
        }
    }
}

/// Waits `ms` milliseconds, or less when a Ctrl-C comes (the caller raises it).
pub fn delay_ms(ms: u32) {
    // With interrupts off (`pyb.disable_irq()`) SysTick's handler cannot count: count its
    // cycles instead.
    if irq_disabled() {
        for _ in 0..ms {
            spin_us(1000);
        }
        return;
    }
    let start = millis();
    while millis().wrapping_sub(start) < ms && !crate::kbint::pending() {
        ::cortex_m::asm::wfi();
    }
}

/// Waits up to `us` microseconds, less when the program has something to do (a Ctrl-C, a
/// scheduled callback: `sched::interrupted`); returns the microseconds waited (whole
/// milliseconds when it ended early: the SysTick clock's).
pub fn wait_us(us: u64) -> u64 {
    if us < 1000 || irq_disabled() {
        delay_us(us as u32);
        return us;
    }
    let ms = us / 1000;
    let start = millis();
    let waited = || u64::from(millis().wrapping_sub(start));
    while waited() < ms && !crate::sched::interrupted() {
        ::cortex_m::asm::wfi();
    }
    if waited() < ms {
        return waited() * 1000;
    }
    spin_us((us % 1000) as u32);
    us
}

/// Waits `us` microseconds: whole milliseconds on the SysTick clock, the rest by watching
/// SysTick's counter go down (it counts core clock cycles).
pub fn delay_us(us: u32) {
    if us >= 1000 {
        delay_ms(us / 1000);
    }
    spin_us(us % 1000);
}

/// Waits `us` (at most 1000) microseconds by watching SysTick's counter go down.
fn spin_us(us: u32) {
    let reload = unsafe { SYST_RVR.read_volatile() } + 1;
    let ticks = us * (reload / 1000);
    let mut last = unsafe { SYST_CVR.read_volatile() };
    let mut waited = 0;
    while waited < ticks {
        let now = unsafe { SYST_CVR.read_volatile() };
        waited += if now <= last { last - now } else { last + reload - now };
        last = now;
    }
}

/// `machine.mem8/mem16/mem32[addr]`: a read of `size` bytes (1, 2 or 4) at `addr`, aligned
/// by the caller, as the program asked (an address nothing answers at faults, as in
/// MicroPython).
pub fn mem_read(addr: usize, size: u8) -> Option<u32> {
    // SAFETY: the program names the register or memory word; reading it is its request.
    unsafe {
        Some(match size {
            1 => u32::from((addr as *const u8).read_volatile()),
            2 => u32::from((addr as *const u16).read_volatile()),
            _ => (addr as *const u32).read_volatile(),
        })
    }
}

/// `machine.mem8/mem16/mem32[addr] = value`: the low `size` bytes of `value` written at
/// `addr`; true (the board has memory to write).
pub fn mem_write(addr: usize, size: u8, value: u32) -> bool {
    // SAFETY: as `mem_read`: the program asked for this write.
    unsafe {
        match size {
            1 => (addr as *mut u8).write_volatile(value as u8),
            2 => (addr as *mut u16).write_volatile(value as u16),
            _ => (addr as *mut u32).write_volatile(value),
        }
    }
    true
}

/// Sleeps until an interrupt (the next SysTick at the latest).
pub fn wfi() {
    ::cortex_m::asm::wfi();
}

/// Whether interrupts are masked (PRIMASK).
pub fn irq_disabled() -> bool {
    // (cortex-m's `Primask::Active` is "exceptions active": PRIMASK clear, interrupts taken.)
    ::cortex_m::register::primask::read().is_inactive()
}

/// Masks (false) or unmasks (true) interrupts.
pub fn set_irq(enabled: bool) {
    if enabled {
        unsafe { ::cortex_m::interrupt::enable() };
    } else {
        ::cortex_m::interrupt::disable();
    }
}

/// A marker for benchmarks: an instruction-counting QEMU plugin measures between two calls.
#[no_mangle]
#[inline(never)]
pub extern "C" fn bench_mark() {
    core::hint::black_box(());
}

/// ARM semihosting call `op` with argument block `arg`; needs a debugger or an emulator.
pub unsafe fn semihost(op: u32, arg: usize) -> u32 {
    let r: u32;
    core::arch::asm!("bkpt 0xab", inlateout("r0") op => r, in("r1") arg, options(nostack));
    r
}

/// Ends the emulation with `code` as the exit status (SYS_EXIT_EXTENDED).
pub fn semihost_exit(code: u32) -> ! {
    let block = [0x20026usize, code as usize];
    unsafe {
        semihost(0x20, block.as_ptr() as usize);
    }
    loop {
        ::cortex_m::asm::wfi();
    }
}
