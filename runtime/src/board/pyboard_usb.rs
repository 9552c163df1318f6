//! The pyboard's USB console: the STM32F405's OTG FS core (PA11 = D−, PA12 = D+) driven by the
//! `synopsys-usb-otg` crate as a usb-device bus, carrying the CDC-ACM console of
//! `usb_console.rs`. The bus is serviced by the OTG_FS interrupt; the program only queues output
//! and takes input, with that interrupt masked while it does.
//!
//! RM0090 facts used: OTG_FS registers at 0x5000_0000, core ID (OTG_FS_CID, offset 0x3C)
//! 0x0000_1200; 1.25 KiB (320 words) of FIFO RAM and four bidirectional endpoints; its clock is
//! RCC_AHB2ENR bit 7 (OTGFSEN), its reset RCC_AHB2RSTR bit 7; PA11/PA12 as alternate
//! function 10; the 48 MHz clock from the PLL's Q output; interrupt 67 (OTG_FS).

use super::usb_console::{Console, Events};
use crate::exc::Global;
use core::mem::MaybeUninit;
use core::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use synopsys_usb_otg::{UsbBus, UsbPeripheral};
use usb_device::bus::UsbBusAllocator;

const OTG_FS: usize = 0x5000_0000;
const OTG_FS_CID: *const u32 = (OTG_FS + 0x3C) as *const u32;
const RCC_AHB2RSTR: *mut u32 = 0x4002_3814 as *mut u32;
const RCC_AHB2ENR: *mut u32 = 0x4002_3834 as *mut u32;
const GPIOA: usize = 0x4002_0000;
/// The 96-bit unique device ID (RM0090 §39.1).
const UNIQUE_ID: *const u32 = 0x1FFF_7A10 as *const u32;
/// OTG_FS global interrupt: position 67 in the vector table.
pub const OTG_FS_IRQ: usize = 67;
const NVIC_ISER: *mut u32 = 0xE000_E100 as *mut u32;

/// The OTG FS core as synopsys-usb-otg sees it.
pub struct OtgFs {
    hclk: u32,
}

// SAFETY: the register block is the OTG FS core's, laid out as the crate expects (an STM32
// OTG core); the FIFO size and endpoint count are RM0090's for the F405's OTG FS.
unsafe impl UsbPeripheral for OtgFs {
    const REGISTERS: *const () = OTG_FS as *const ();
    const HIGH_SPEED: bool = false;
    const FIFO_DEPTH_WORDS: usize = 320;
    const ENDPOINT_COUNT: usize = 4;

    fn enable() {
        unsafe {
            RCC_AHB2ENR.write_volatile(RCC_AHB2ENR.read_volatile() | 1 << 7);
            RCC_AHB2RSTR.write_volatile(RCC_AHB2RSTR.read_volatile() | 1 << 7);
            RCC_AHB2RSTR.write_volatile(RCC_AHB2RSTR.read_volatile() & !(1 << 7));
        }
    }

    fn ahb_frequency_hz(&self) -> u32 {
        self.hclk
    }
}

type Bus = UsbBus<OtgFs>;

/// Buffers of the OUT endpoints (control and bulk, 64 bytes each: 32 words are used). The FIFO
/// RAM then holds 30 + 32 words of receive FIFO and 16 words for each of three IN endpoints,
/// 110 of its 320.
static EP_MEMORY: Global<[u32; 64]> = Global::new([0; 64]);
static BUS: Global<Option<UsbBusAllocator<Bus>>> = Global::new(None);
/// The console, once made (`READY`): not an `Option`, whose None is not all zeros and would
/// keep the whole 3 KB value in flash (`.data`) rather than in `.bss`.
static CONSOLE: Global<MaybeUninit<Console<'static, Bus>>> = Global::new(MaybeUninit::uninit());
static READY: AtomicBool = AtomicBool::new(false);
static SERIAL: Global<[u8; 24]> = Global::new([0; 24]);
/// When (in `millis`) to reboot into the bootloader, as the host asked; 0 for never.
static REBOOT_AT: AtomicU32 = AtomicU32::new(0);

/// Brings the console up on a core clocked at `hclk` whose PLL gives USB its 48 MHz; without
/// that clock, or without an OTG core answering (QEMU models none), there is no console.
pub fn init(hclk: u32, usb_clock: bool) {
    if !usb_clock {
        return;
    }
    unsafe {
        // PA11 and PA12: alternate function 10 (OTG_FS), very high speed; GPIOA's clock is on.
        let moder = GPIOA as *mut u32;
        moder.write_volatile(moder.read_volatile() & !(0b1111 << 22) | 0b1010 << 22);
        let ospeedr = (GPIOA + 0x08) as *mut u32;
        ospeedr.write_volatile(ospeedr.read_volatile() | 0b1111 << 22);
        let afrh = (GPIOA + 0x24) as *mut u32;
        afrh.write_volatile(afrh.read_volatile() & !(0xFF << 12) | 0xAA << 12);
        OtgFs::enable();
        if !matches!(OTG_FS_CID.read_volatile(), 0x1000 | 0x1100 | 0x1200) {
            RCC_AHB2ENR.write_volatile(RCC_AHB2ENR.read_volatile() & !(1 << 7));
            return;
        }
        let serial = SERIAL.get();
        for (i, chunk) in serial.chunks_mut(8).enumerate() {
            let word = UNIQUE_ID.add(i).read_volatile();
            for (j, c) in chunk.iter_mut().enumerate() {
                *c = b"0123456789ABCDEF"[(word >> (28 - 4 * j) & 0xF) as usize];
            }
        }
        let serial = core::str::from_utf8_unchecked(serial);
        let bus: &'static UsbBusAllocator<Bus> = BUS.get().insert(UsbBus::new(OtgFs { hclk }, EP_MEMORY.get()));
        if let Some(console) = Console::new(bus, super::USB_VID, super::USB_PID, serial) {
            CONSOLE.get().write(console);
            READY.store(true, Ordering::Release);
            NVIC_ISER.add(OTG_FS_IRQ / 32).write_volatile(1 << (OTG_FS_IRQ % 32));
        }
    }
}

/// The OTG_FS interrupt: services the bus and acts on what the host asked.
pub unsafe extern "C" fn otg_fs_interrupt() {
    let Some(console) = console() else { return };
    let Events { interrupt, bootloader } = console.poll();
    if interrupt {
        crate::kbint::request();
    }
    if bootloader {
        // Reboot once the request's status stage has gone out (SysTick looks: `tick`).
        REBOOT_AT.store(super::cortex_m::millis().wrapping_add(20) | 1, Ordering::Relaxed);
    }
}

/// Once a millisecond (SysTick): the reboot the host asked for, when its time has come.
#[inline(always)]
pub fn tick(now: u32) {
    let at = REBOOT_AT.load(Ordering::Relaxed);
    if at != 0 && now.wrapping_sub(at) < 1 << 31 {
        super::enter_bootloader();
    }
}

/// Whether the program runs in an exception handler (a fault), where the OTG_FS interrupt
/// cannot preempt it and the bus must be polled by hand.
fn in_handler() -> bool {
    let ipsr: u32;
    unsafe { core::arch::asm!("mrs {}, ipsr", out(reg) ipsr, options(nomem, nostack, preserves_flags)) };
    ipsr & 0x1FF != 0
}

/// Runs `f` on the console with the OTG_FS interrupt held off; None when there is no console.
fn with_console<T>(f: impl FnOnce(&mut Console<'static, Bus>) -> T) -> Option<T> {
    cortex_m::interrupt::free(|_| console().map(f))
}

/// The console, when there is one.
fn console() -> Option<&'static mut Console<'static, Bus>> {
    // SAFETY: READY is set once the console is written, and it is never taken down.
    READY.load(Ordering::Acquire).then(|| unsafe { CONSOLE.get().assume_init_mut() })
}

/// Queues `bytes` for the host. While a host reads, waits for room (the interrupt sends);
/// a host that has the port open but stops reading for half a second loses the rest.
pub fn write(bytes: &[u8]) {
    let mut rest = bytes;
    let mut stalled = None;
    let mut polls = 0u32;
    while !rest.is_empty() {
        let Some(n) = with_console(|c| c.write(rest)) else { return };
        rest = &rest[n..];
        if n > 0 {
            stalled = None;
            continue;
        }
        if in_handler() {
            // No interrupt, no SysTick: poll the bus here, a bounded number of times.
            polls += 1;
            if polls > 200_000 {
                return;
            }
            with_console(|c| c.poll());
            continue;
        }
        let now = super::cortex_m::millis();
        if now.wrapping_sub(*stalled.get_or_insert(now)) > 500 {
            return;
        }
        cortex_m::asm::wfi();
    }
}

/// Whether a host has the port open (configured, DTR set).
pub fn connected() -> bool {
    with_console(|c| c.connected()).unwrap_or(false)
}

/// The next byte of input, if one came.
pub fn read_byte() -> Option<u8> {
    with_console(|c| c.read_byte()).flatten()
}

/// After the program: keeps the console serviced so that its last output and a later reboot
/// request reach the board (from a fault handler, by polling).
pub fn idle() -> ! {
    loop {
        if in_handler() {
            with_console(|c| c.poll());
        } else {
            cortex_m::asm::wfi();
        }
    }
}
