//! The DfuSe download (ST's extension of USB DFU 1.1, as the STM32 ROM bootloader speaks it):
//! requires a DFU interface in any state and the image elements to write; provides flash
//! erased only where the elements go, the elements written and read back, and the device
//! started. The USB side is a [`Control`] (the real one is `usb.rs`; the tests use a model of
//! the ROM bootloader).
//!
//! dfu-core was considered: it ends every download with the zero-length request that makes the
//! ROM bootloader leave (so a second element can never be written), erases from the start of
//! its page table whatever the address, and has no upload to verify with.

use crate::link::formats::Chunk;
use std::fmt;

/// DFU class requests (DFU 1.1 §3).
pub mod request {
    pub const DNLOAD: u8 = 1;
    pub const UPLOAD: u8 = 2;
    pub const GETSTATUS: u8 = 3;
    pub const CLRSTATUS: u8 = 4;
    /// Answered by the bootloader model; the download reads states from GETSTATUS.
    #[cfg_attr(not(test), allow(dead_code))]
    pub const GETSTATE: u8 = 5;
    pub const ABORT: u8 = 6;
}

/// DfuSe commands, sent as the data of a DNLOAD with block number 0.
pub mod command {
    pub const SET_ADDRESS: u8 = 0x21;
    pub const ERASE: u8 = 0x41;
}

/// DFU device states (DFU 1.1 §6.1.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    AppIdle = 0,
    AppDetach = 1,
    Idle = 2,
    DnloadSync = 3,
    DnBusy = 4,
    DnloadIdle = 5,
    ManifestSync = 6,
    Manifest = 7,
    ManifestWaitReset = 8,
    UploadIdle = 9,
    Error = 10,
}

impl State {
    pub fn from_u8(v: u8) -> Option<State> {
        use State::*;
        [
            AppIdle,
            AppDetach,
            Idle,
            DnloadSync,
            DnBusy,
            DnloadIdle,
            ManifestSync,
            Manifest,
            ManifestWaitReset,
            UploadIdle,
            Error,
        ]
        .get(v as usize)
        .copied()
    }
}

/// DFU status codes (DFU 1.1 §6.1.2), with what they mean for someone flashing a board.
pub fn status_text(status: u8) -> &'static str {
    match status {
        0x00 => "OK",
        0x01 => "errTARGET: the bootloader refused the address (the firmware is not for this chip's flash)",
        0x02 => "errFILE: the bootloader refused the file",
        0x03 => "errWRITE: writing flash failed (the sector may be write-protected in the option bytes)",
        0x04 => "errERASE: erasing flash failed (the sector may be write-protected in the option bytes)",
        0x05 => "errCHECK_ERASED: flash was not erased where it was written",
        0x06 => "errPROG: programming flash failed",
        0x07 => "errVERIFY: flash does not hold what was written",
        0x08 => "errADDRESS: an address outside the chip's memory",
        0x09 => "errNOTDONE: the download ended before it was complete",
        0x0A => "errFIRMWARE: the firmware is corrupt",
        0x0B => "errVENDOR: a vendor-specific error",
        0x0C => "errUSBR: an unexpected USB reset",
        0x0D => "errPOR: an unexpected power-on reset",
        0x0E => "errUNKNOWN",
        0x0F => "errSTALLEDPKT: the bootloader did not expect that request",
        _ => "an unknown status",
    }
}

/// A failure on the USB side: the request did not complete (a stall, a timeout, a device gone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsbError(pub String);

/// Control transfers to the DFU interface (class requests, interface recipient).
pub trait Control {
    /// Host to device: `request` with `value` and `data`.
    fn control_out(&mut self, request: u8, value: u16, data: &[u8]) -> Result<(), UsbError>;
    /// Device to host: `request` with `value`, at most `len` bytes.
    fn control_in(&mut self, request: u8, value: u16, len: u16) -> Result<Vec<u8>, UsbError>;
    /// Waits `ms` milliseconds (the poll timeout a status asks for).
    fn wait(&mut self, ms: u32) {
        std::thread::sleep(std::time::Duration::from_millis(ms as u64));
    }
}

/// Why a download failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    Usb {
        during: String,
        error: UsbError,
    },
    /// The device reported an error status.
    Status {
        during: String,
        status: u8,
    },
    /// The device was in a state the protocol does not allow there.
    State {
        during: String,
        state: u8,
    },
    /// The image does not fit the device's memory layout.
    Layout(String),
    /// What was read back differs from what was written.
    Verify {
        addr: u32,
        wrote: u8,
        read: u8,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Error::Usb { during, error } => write!(f, "USB error while {during}: {}", error.0),
            Error::Status { during, status } => {
                write!(f, "the bootloader reported an error while {during}: {}", status_text(*status))
            }
            Error::State { during, state } => {
                let name = State::from_u8(*state).map_or_else(|| format!("{state}"), |s| format!("{s:?}"));
                write!(f, "the bootloader is in an unexpected state ({name}) while {during}")
            }
            Error::Layout(why) => write!(f, "{why}"),
            Error::Verify { addr, wrote, read } => write!(
                f,
                "verification failed: flash at {addr:#010x} holds {read:#04x}, {wrote:#04x} was written; flash again, \
                 and if it persists the flash may be worn or write-protected"
            ),
        }
    }
}

impl std::error::Error for Error {}

/// A device status (the GETSTATUS reply).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Status {
    pub status: u8,
    pub poll_ms: u32,
    pub state: u8,
}

/// One erasable unit of the device's memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sector {
    pub addr: u32,
    pub size: u32,
    pub readable: bool,
    pub erasable: bool,
    pub writable: bool,
}

/// Parses a DfuSe alternate setting's name, e.g. the F405's
/// `@Internal Flash  /0x08000000/04*016Kg,01*064Kg,07*128Kg`: a name, then one or more
/// `/start/count*size[unit]flags,…` groups (unit B, K or M; flags a–g: bit 0 readable, bit 1
/// erasable, bit 2 writable).
pub fn parse_layout(desc: &str) -> Result<(String, Vec<Sector>), Error> {
    let bad = || Error::Layout(format!("cannot read the DfuSe memory layout {desc:?}"));
    let rest = desc.trim().strip_prefix('@').ok_or_else(bad)?;
    let mut parts = rest.split('/');
    let name = parts.next().ok_or_else(bad)?.trim().to_string();
    let mut sectors = Vec::new();
    let parts: Vec<&str> = parts.collect();
    for pair in parts.chunks(2) {
        let [start, groups] = pair else { return Err(bad()) };
        let mut addr = start.trim().strip_prefix("0x").and_then(|h| u32::from_str_radix(h, 16).ok()).ok_or_else(bad)?;
        for g in groups.split(',') {
            let (count, size) = g.trim().split_once('*').ok_or_else(bad)?;
            let count: u32 = count.trim().parse().map_err(|_| bad())?;
            let digits: String = size.chars().take_while(char::is_ascii_digit).collect();
            let mut tail = size[digits.len()..].chars();
            let mut size: u32 = digits.parse().map_err(|_| bad())?;
            let mut flag = tail.next().ok_or_else(bad)?;
            match flag {
                'K' => size *= 1024,
                'M' => size *= 1024 * 1024,
                'B' | ' ' => {}
                _ => return Err(bad()),
            }
            if !matches!(flag, 'a'..='g') {
                flag = tail.next().ok_or_else(bad)?;
            }
            let bits = (flag as u32).checked_sub('a' as u32 - 1).filter(|b| *b <= 7).ok_or_else(bad)?;
            for _ in 0..count {
                sectors.push(Sector {
                    addr,
                    size,
                    readable: bits & 1 != 0,
                    erasable: bits & 2 != 0,
                    writable: bits & 4 != 0,
                });
                addr = addr.checked_add(size).ok_or_else(bad)?;
            }
        }
    }
    if sectors.is_empty() {
        return Err(bad());
    }
    Ok((name, sectors))
}

/// What a download is doing, for a progress bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Erase,
    Write,
    Verify,
}

/// A progress report: `done` of `total` bytes (sectors' bytes when erasing).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub phase: Phase,
    pub done: u64,
    pub total: u64,
}

/// How many GETSTATUS polls one operation may take before the download gives up (an erase of
/// a 128 KiB sector takes 1–2 s at poll timeouts of a few ms to 100 ms).
const MAX_POLLS: u32 = 10_000;

/// The download of DfuSe image elements through a [`Control`].
pub struct Download<'a, C: Control> {
    pub usb: &'a mut C,
    /// The memory layout of the alternate setting (from [`parse_layout`]).
    pub sectors: Vec<Sector>,
    /// Bytes per DNLOAD/UPLOAD block (the functional descriptor's wTransferSize).
    pub transfer_size: u16,
    pub progress: &'a mut dyn FnMut(Progress),
}

impl<C: Control> Download<'_, C> {
    fn out(&mut self, during: &str, request: u8, value: u16, data: &[u8]) -> Result<(), Error> {
        self.usb.control_out(request, value, data).map_err(|error| Error::Usb { during: during.into(), error })
    }

    fn get_status(&mut self, during: &str) -> Result<Status, Error> {
        let r = self
            .usb
            .control_in(request::GETSTATUS, 0, 6)
            .map_err(|error| Error::Usb { during: during.into(), error })?;
        if r.len() < 6 {
            return Err(Error::Usb { during: during.into(), error: UsbError(format!("a {}-byte status", r.len())) });
        }
        Ok(Status { status: r[0], poll_ms: u32::from_le_bytes([r[1], r[2], r[3], 0]), state: r[4] })
    }

    /// Brings the device to dfuIDLE from wherever a previous session left it.
    pub fn make_idle(&mut self) -> Result<(), Error> {
        let during = "getting the bootloader ready";
        let s = self.get_status(during)?;
        match State::from_u8(s.state) {
            Some(State::Idle) => return Ok(()),
            Some(State::Error) => self.out(during, request::CLRSTATUS, 0, &[])?,
            Some(State::DnloadIdle | State::UploadIdle | State::DnloadSync | State::ManifestSync) => {
                self.out(during, request::ABORT, 0, &[])?
            }
            _ => return Err(Error::State { during: during.into(), state: s.state }),
        }
        let s = self.get_status(during)?;
        if s.state != State::Idle as u8 {
            return Err(Error::State { during: during.into(), state: s.state });
        }
        Ok(())
    }

    /// Polls the status after a DNLOAD until the operation is done (dfuDNLOAD-IDLE), waiting
    /// each poll timeout the device asks for. An error status is cleared and returned.
    fn finish(&mut self, during: &str) -> Result<(), Error> {
        for _ in 0..MAX_POLLS {
            let s = self.get_status(during)?;
            if s.status != 0 || s.state == State::Error as u8 {
                // Leave the device ready for another try; the error is what matters.
                let _ = self.usb.control_out(request::CLRSTATUS, 0, &[]);
                return Err(Error::Status { during: during.into(), status: s.status });
            }
            match State::from_u8(s.state) {
                Some(State::DnloadIdle) => return Ok(()),
                Some(State::DnBusy | State::DnloadSync) => self.usb.wait(s.poll_ms),
                _ => return Err(Error::State { during: during.into(), state: s.state }),
            }
        }
        Err(Error::Usb { during: during.into(), error: UsbError("the bootloader stayed busy".into()) })
    }

    fn dfuse_command(&mut self, during: &str, cmd: u8, addr: u32) -> Result<(), Error> {
        let mut data = [cmd, 0, 0, 0, 0];
        data[1..].copy_from_slice(&addr.to_le_bytes());
        self.out(during, request::DNLOAD, 0, &data)?;
        self.finish(during)
    }

    /// The sectors the elements touch, in address order; an error names what lies outside the
    /// layout or in a sector that cannot be erased or written.
    pub fn sectors_to_erase(&self, elements: &[Chunk]) -> Result<Vec<Sector>, Error> {
        let mut out: Vec<Sector> = Vec::new();
        for e in elements.iter().filter(|e| !e.data.is_empty()) {
            let mut addr = e.addr as u64;
            while addr < e.end() {
                let s = self
                    .sectors
                    .iter()
                    .find(|s| (s.addr as u64..s.addr as u64 + s.size as u64).contains(&addr))
                    .ok_or_else(|| {
                        Error::Layout(format!(
                            "the firmware has bytes at {addr:#010x}, outside the device's flash: it was built for \
                             another board"
                        ))
                    })?;
                if !s.erasable || !s.writable {
                    return Err(Error::Layout(format!(
                        "the firmware has bytes at {addr:#010x}, in a sector the bootloader cannot write"
                    )));
                }
                if !out.contains(s) {
                    out.push(*s);
                }
                addr = s.addr as u64 + s.size as u64;
            }
        }
        out.sort_by_key(|s| s.addr);
        Ok(out)
    }

    /// Erases the sectors the elements need, writes them, reads them back.
    pub fn run(&mut self, elements: &[Chunk]) -> Result<(), Error> {
        let erase = self.sectors_to_erase(elements)?;
        let xfer = self.transfer_size.max(1) as usize;
        self.make_idle()?;
        let total: u64 = erase.iter().map(|s| s.size as u64).sum();
        let mut done = 0;
        (self.progress)(Progress { phase: Phase::Erase, done, total });
        for s in &erase {
            self.dfuse_command(&format!("erasing the sector at {:#010x}", s.addr), command::ERASE, s.addr)?;
            done += s.size as u64;
            (self.progress)(Progress { phase: Phase::Erase, done, total });
        }
        let total: u64 = elements.iter().map(|e| e.data.len() as u64).sum();
        let mut done = 0;
        for e in elements {
            for (i, block) in e.data.chunks(xfer).enumerate() {
                let addr = e.addr + (i * xfer) as u32;
                let during = format!("writing {addr:#010x}");
                // The address of each block is set on its own, block number 2 meaning "at the
                // address": the bootloader needs no block counting across elements.
                self.dfuse_command(&during, command::SET_ADDRESS, addr)?;
                self.out(&during, request::DNLOAD, 2, block)?;
                self.finish(&during)?;
                done += block.len() as u64;
                (self.progress)(Progress { phase: Phase::Write, done, total });
            }
        }
        self.verify(elements)
    }

    /// Reads every element back (UPLOAD from the address pointer) and compares.
    fn verify(&mut self, elements: &[Chunk]) -> Result<(), Error> {
        let xfer = self.transfer_size.max(1) as usize;
        let total: u64 = elements.iter().map(|e| e.data.len() as u64).sum();
        let mut done = 0;
        for e in elements {
            let during = format!("reading back {:#010x}", e.addr);
            self.make_idle()?;
            self.dfuse_command(&during, command::SET_ADDRESS, e.addr)?;
            // UPLOAD reads from the address pointer, from dfuIDLE.
            self.out(&during, request::ABORT, 0, &[])?;
            let blocks = e.data.len().div_ceil(xfer);
            for (i, want) in e.data.chunks(xfer).enumerate() {
                // Block n is at the pointer + (n - 2) × wTransferSize: a short last block is
                // read as block 2 of its own address, so no bootloader reads past the element.
                let block = if want.len() < xfer && blocks > 1 {
                    let addr = e.addr + (i * xfer) as u32;
                    self.out(&during, request::ABORT, 0, &[])?;
                    self.dfuse_command(&during, command::SET_ADDRESS, addr)?;
                    self.out(&during, request::ABORT, 0, &[])?;
                    2
                } else {
                    2 + i as u16
                };
                let got = self
                    .usb
                    .control_in(request::UPLOAD, block, want.len() as u16)
                    .map_err(|error| Error::Usb { during: during.clone(), error })?;
                if let Some(k) = (0..want.len()).find(|&k| got.get(k) != Some(&want[k])) {
                    let _ = self.usb.control_out(request::ABORT, 0, &[]);
                    return Err(Error::Verify {
                        addr: e.addr + (i * xfer + k) as u32,
                        wrote: want[k],
                        read: got.get(k).copied().unwrap_or(0),
                    });
                }
                done += want.len() as u64;
                (self.progress)(Progress { phase: Phase::Verify, done, total });
            }
            self.out(&during, request::ABORT, 0, &[])?;
        }
        Ok(())
    }

    /// Leaves the bootloader and starts the program at `addr` (the vector table): the address
    /// pointer set there, then a zero-length DNLOAD and a GETSTATUS that begins manifestation.
    /// The device resets and leaves the bus, so the last replies may never come.
    pub fn leave(&mut self, addr: u32) -> Result<(), Error> {
        let during = "starting the program";
        self.make_idle()?;
        self.dfuse_command(during, command::SET_ADDRESS, addr)?;
        self.out(during, request::DNLOAD, 0, &[])?;
        match self.get_status(during) {
            Ok(s) if s.status != 0 => Err(Error::Status { during: during.into(), status: s.status }),
            Ok(s) if s.state != State::Manifest as u8 && s.state != State::ManifestSync as u8 => {
                Err(Error::State { during: during.into(), state: s.state })
            }
            _ => Ok(()),
        }
    }
}
