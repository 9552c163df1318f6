//! The USB console's logic, apart from the USB hardware: a CDC-ACM serial port (usbd-serial over
//! usb-device) with an output ring that keeps what the program printed before a host opened the
//! port, an input ring for `input()`, Ctrl-C, and the host's request to enter the bootloader
//! (the port opened at 1200 baud, as Arduino and TinyGo boards do).
//!
//! Generic over the bus: the pyboard runs it on the STM32F405's OTG FS core
//! (`pyboard_usb.rs`), the tests on a model bus that plays the host (`usb_console_tests.rs`).

use usb_device::bus::{UsbBus, UsbBusAllocator};
use usb_device::device::{StringDescriptors, UsbDevice, UsbDeviceBuilder, UsbDeviceState, UsbVidPid};
use usbd_serial::SerialPort;

pub use super::ring::Ring;

/// Bytes of output kept while no host has the port open (the oldest go first beyond it).
pub const TX_CAPACITY: usize = 2048;
/// Bytes of input kept until the program reads them (more are dropped).
pub const RX_CAPACITY: usize = 256;
/// The line rate at which a host asks the board to enter its bootloader.
pub const BOOTLOADER_BAUD: u32 = 1200;

pub const MANUFACTURER: &str = "mpyc";
pub const PRODUCT: &str = "mpyc console";

/// What the host asked for since the last poll.
#[derive(Default, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Events {
    /// Ctrl-C arrived: raise KeyboardInterrupt in the program.
    pub interrupt: bool,
    /// The line rate was set to [`BOOTLOADER_BAUD`]: reboot into the ROM bootloader.
    pub bootloader: bool,
}

/// The console: the USB device with its one CDC-ACM function, and the two rings.
pub struct Console<'a, B: UsbBus> {
    device: UsbDevice<'a, B>,
    serial: SerialPort<'a, B>,
    tx: Ring<TX_CAPACITY>,
    rx: Ring<RX_CAPACITY>,
    rate: u32,
}

impl<'a, B: UsbBus> Console<'a, B> {
    /// The device on `bus` with the USB ids `vid`:`pid` and `serial` as its serial number: a
    /// CDC-ACM function (a communication and a data interface joined by an interface
    /// association, so that the device may gain functions later), 64-byte control packets.
    /// None only if usb-device's builder refused the settings (it cannot for these).
    pub fn new(bus: &'a UsbBusAllocator<B>, vid: u16, pid: u16, serial: &'a str) -> Option<Self> {
        let port = SerialPort::new(bus);
        let strings = StringDescriptors::default().manufacturer(MANUFACTURER).product(PRODUCT).serial_number(serial);
        let device = UsbDeviceBuilder::new(bus, UsbVidPid(vid, pid))
            .composite_with_iads()
            .strings(&[strings])
            .and_then(|b| b.max_packet_size_0(64))
            .and_then(|b| b.max_power(100))
            .map(|b| b.build())
            .ok()?;
        let rate = port.line_coding().data_rate();
        Some(Console { device, serial: port, tx: Ring::new(), rx: Ring::new(), rate })
    }

    /// Whether a host has the port open: the device is configured and the host raised DTR.
    pub fn connected(&self) -> bool {
        self.device.state() == UsbDeviceState::Configured && self.serial.dtr()
    }

    /// Services the bus (from the USB interrupt): answers control requests, takes input in,
    /// sends queued output; returns what the host asked for.
    pub fn poll(&mut self) -> Events {
        let mut events = Events::default();
        self.device.poll(&mut [&mut self.serial]);
        let mut buf = [0u8; 64];
        while let Ok(n) = self.serial.read(&mut buf) {
            if n == 0 {
                break;
            }
            for &b in &buf[..n] {
                if crate::kbint::is_request(b) {
                    // As MicroPython: the interrupt also discards input typed ahead of it.
                    events.interrupt = true;
                    self.rx.clear();
                } else {
                    self.rx.push(b);
                }
            }
        }
        let rate = self.serial.line_coding().data_rate();
        if rate != self.rate {
            self.rate = rate;
            events.bootloader = rate == BOOTLOADER_BAUD;
        }
        self.send();
        events
    }

    /// Moves queued output to the serial port's packet buffer while a host reads it.
    fn send(&mut self) {
        if !self.connected() {
            return;
        }
        loop {
            let front = self.tx.front();
            if front.is_empty() {
                break;
            }
            match self.serial.write(front) {
                Ok(n) if n > 0 => self.tx.consume(n),
                _ => break,
            }
        }
        let _ = self.serial.flush();
    }

    /// Queues `bytes` of output and starts sending what it can; returns how many were taken.
    /// With no host, all are taken and the oldest queued output makes room (what a host sees
    /// on opening the port is the latest [`TX_CAPACITY`] bytes); with one, as many as fit.
    pub fn write(&mut self, bytes: &[u8]) -> usize {
        let taken = if self.connected() {
            bytes.iter().take_while(|&&b| self.tx.push(b)).count()
        } else {
            bytes.iter().for_each(|&b| self.tx.push_overwrite(b));
            bytes.len()
        };
        self.send();
        taken
    }

    /// Bytes of output not yet handed to the USB hardware.
    pub fn pending_output(&self) -> usize {
        self.tx.len()
    }

    /// The next byte of input, if any came.
    pub fn read_byte(&mut self) -> Option<u8> {
        self.rx.pop()
    }

    /// The USB device (for its state and, in tests, its bus).
    pub fn device(&self) -> &UsbDevice<'a, B> {
        &self.device
    }
}
