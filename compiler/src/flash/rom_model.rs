//! A model of the STM32F405's ROM bootloader in DFU mode (ST AN3156 "USB DFU protocol used in
//! the STM32 bootloader", USB DFU 1.1 §6): its states, DfuSe commands (0x21 set address, 0x41
//! erase sector), data blocks at the address pointer, UPLOAD, and its 1 MiB of flash in the
//! F405's sectors, with errors to inject. The download tests run against it.

use super::dfuse::{command, request, Control, State, UsbError};

pub const FLASH_BASE: u32 = 0x0800_0000;
pub const ALT_NAME: &str = "@Internal Flash  /0x08000000/04*016Kg,01*064Kg,07*128Kg";
pub const TRANSFER_SIZE: u16 = 2048;

/// DFU status codes the model reports.
pub mod status {
    pub const OK: u8 = 0x00;
    pub const ERR_TARGET: u8 = 0x01;
    pub const ERR_WRITE: u8 = 0x03;
    pub const ERR_ERASE: u8 = 0x04;
    pub const ERR_VERIFY: u8 = 0x07;
    pub const ERR_STALLEDPKT: u8 = 0x0F;
}

/// The F405's flash sectors: (start, size).
pub fn sectors() -> Vec<(u32, u32)> {
    let mut v = Vec::new();
    let mut a = FLASH_BASE;
    for size in [16, 16, 16, 16, 64, 128, 128, 128, 128, 128, 128, 128] {
        v.push((a, size * 1024));
        a += size * 1024;
    }
    v
}

/// What the DNLOAD-SYNC state will do at the next GETSTATUS.
#[derive(Clone, Debug)]
enum Pending {
    None,
    Command(Vec<u8>),
    Write { block: u16, data: Vec<u8> },
}

pub struct RomBootloader {
    pub state: State,
    pub status: u8,
    pub flash: Vec<u8>,
    pub pointer: u32,
    pending: Pending,
    /// The result of the operation in progress: the state and status the next GETSTATUS in
    /// dfuDNBUSY reports, and when (model milliseconds) it is done.
    busy: Option<(State, u8, u64)>,
    /// Model time: advanced by the host's waits.
    pub now_ms: u64,
    /// Sector indices erased, in order.
    pub erased: Vec<usize>,
    /// The address the device jumped to on leaving DFU mode.
    pub started_at: Option<u32>,
    /// Protocol rules the host broke (a poll before the poll timeout, …).
    pub violations: Vec<String>,
    /// Requests served, to let a test unplug the board after a number of them.
    pub requests: usize,
    // Errors to inject.
    pub write_protected: Vec<usize>,
    pub failing_erase: Vec<usize>,
    pub unplug_after: Option<usize>,
    /// Bit flips in flash after a write (a worn cell): (address, xor mask).
    pub corrupt: Option<(u32, u8)>,
}

impl Default for RomBootloader {
    fn default() -> Self {
        Self::new()
    }
}

impl RomBootloader {
    /// A bootloader whose flash holds an old firmware and a filesystem: every byte is the low
    /// byte of its offset xor 0x5A, so nothing in it looks erased.
    pub fn new() -> Self {
        let flash = (0..1u32 << 20).map(|i| (i as u8) ^ 0x5A).collect();
        RomBootloader {
            state: State::Idle,
            status: status::OK,
            flash,
            pointer: FLASH_BASE,
            pending: Pending::None,
            busy: None,
            now_ms: 0,
            erased: Vec::new(),
            started_at: None,
            violations: Vec::new(),
            requests: 0,
            write_protected: Vec::new(),
            failing_erase: Vec::new(),
            unplug_after: None,
            corrupt: None,
        }
    }

    pub fn sector_of(addr: u32) -> Option<usize> {
        sectors().iter().position(|&(a, s)| addr >= a && (addr - a) < s)
    }

    /// The request is not allowed in this state: the device stalls it and goes to dfuERROR.
    fn stall(&mut self, what: &str) -> UsbError {
        let was = self.state;
        self.state = State::Error;
        self.status = status::ERR_STALLEDPKT;
        UsbError(format!("stall: {what} in state {was:?}"))
    }

    fn check_plugged(&mut self) -> Result<(), UsbError> {
        self.requests += 1;
        if self.started_at.is_some() || self.unplug_after.is_some_and(|n| self.requests > n) {
            return Err(UsbError("no such device (it was disconnected)".into()));
        }
        Ok(())
    }

    /// Runs the operation a DNLOAD asked for: returns the state and status it ends in and how
    /// long it takes (the poll timeout).
    fn execute(&mut self, pending: Pending) -> (State, u8, u32) {
        match pending {
            Pending::None => (State::DnloadIdle, status::OK, 0),
            Pending::Command(c) => {
                let addr = u32::from_le_bytes([c[1], c[2], c[3], c[4]]);
                match c[0] {
                    command::SET_ADDRESS => match Self::sector_of(addr) {
                        Some(_) => {
                            self.pointer = addr;
                            (State::DnloadIdle, status::OK, 0)
                        }
                        None => (State::Error, status::ERR_TARGET, 0),
                    },
                    command::ERASE => match Self::sector_of(addr) {
                        Some(i) if self.write_protected.contains(&i) || self.failing_erase.contains(&i) => {
                            (State::Error, status::ERR_ERASE, 100)
                        }
                        Some(i) => {
                            let (a, s) = sectors()[i];
                            let off = (a - FLASH_BASE) as usize;
                            self.flash[off..off + s as usize].fill(0xFF);
                            self.erased.push(i);
                            // The F405 erases a 16 KiB sector in ~0.25 s, a 128 KiB one in ~1 s.
                            (State::DnloadIdle, status::OK, if s > 16 * 1024 { 1000 } else { 250 })
                        }
                        None => (State::Error, status::ERR_TARGET, 0),
                    },
                    _ => (State::Error, status::ERR_STALLEDPKT, 0),
                }
            }
            Pending::Write { block, data } => {
                let start = self.pointer as u64 + (block as u64 - 2) * TRANSFER_SIZE as u64;
                let end = start + data.len() as u64;
                let first = Self::sector_of(start as u32);
                let last = Self::sector_of((end - 1) as u32);
                let (Some(first), Some(last)) = (first, last) else {
                    return (State::Error, status::ERR_TARGET, 0);
                };
                if (first..=last).any(|i| self.write_protected.contains(&i)) {
                    return (State::Error, status::ERR_WRITE, 5);
                }
                let off = (start - FLASH_BASE as u64) as usize;
                // Programming only clears bits; the bootloader reads back what it wrote.
                let mut ok = true;
                for (k, b) in data.iter().enumerate() {
                    self.flash[off + k] &= b;
                    ok &= self.flash[off + k] == *b;
                }
                if let Some((a, mask)) = self.corrupt {
                    if (start..end).contains(&(a as u64)) {
                        self.flash[(a - FLASH_BASE) as usize] ^= mask;
                    }
                }
                if !ok {
                    return (State::Error, status::ERR_VERIFY, 5);
                }
                (State::DnloadIdle, status::OK, 5)
            }
        }
    }

    fn status_reply(&self, poll_ms: u32) -> Vec<u8> {
        let p = poll_ms.to_le_bytes();
        vec![self.status, p[0], p[1], p[2], self.state as u8, 0]
    }
}

impl Control for RomBootloader {
    fn control_out(&mut self, req: u8, value: u16, data: &[u8]) -> Result<(), UsbError> {
        self.check_plugged()?;
        match req {
            request::DNLOAD => match self.state {
                State::Idle | State::DnloadIdle => {
                    if data.is_empty() {
                        if self.state == State::Idle {
                            return Err(self.stall("a zero-length DNLOAD"));
                        }
                        self.state = State::ManifestSync;
                        return Ok(());
                    }
                    self.pending = match value {
                        0 if data.len() == 5 && matches!(data[0], command::SET_ADDRESS | command::ERASE) => {
                            Pending::Command(data.to_vec())
                        }
                        0 => return Err(self.stall("an unknown DfuSe command")),
                        1 => return Err(self.stall("DNLOAD block 1")),
                        block => {
                            if data.len() > TRANSFER_SIZE as usize {
                                return Err(self.stall("a block longer than wTransferSize"));
                            }
                            Pending::Write { block, data: data.to_vec() }
                        }
                    };
                    self.state = State::DnloadSync;
                    Ok(())
                }
                _ => Err(self.stall("DNLOAD")),
            },
            request::CLRSTATUS => {
                if self.state != State::Error {
                    return Err(self.stall("CLRSTATUS"));
                }
                self.state = State::Idle;
                self.status = status::OK;
                Ok(())
            }
            request::ABORT => match self.state {
                State::Idle | State::DnloadSync | State::DnloadIdle | State::ManifestSync | State::UploadIdle => {
                    self.state = State::Idle;
                    self.pending = Pending::None;
                    Ok(())
                }
                _ => Err(self.stall("ABORT")),
            },
            _ => Err(self.stall("an unknown request")),
        }
    }

    fn control_in(&mut self, req: u8, value: u16, len: u16) -> Result<Vec<u8>, UsbError> {
        self.check_plugged()?;
        match req {
            request::GETSTATUS => match self.state {
                State::DnloadSync => {
                    let pending = std::mem::replace(&mut self.pending, Pending::None);
                    let (state, status, ms) = self.execute(pending);
                    self.busy = Some((state, status, self.now_ms + ms as u64));
                    self.state = State::DnBusy;
                    Ok(self.status_reply(ms))
                }
                State::DnBusy => {
                    let (state, status, done_at) = self.busy.take().expect("busy has a result");
                    if self.now_ms < done_at {
                        self.violations.push(format!("GETSTATUS {} ms before the poll timeout", done_at - self.now_ms));
                    }
                    self.state = state;
                    self.status = status;
                    Ok(self.status_reply(0))
                }
                State::ManifestSync => {
                    // The bootloader jumps to the program at the address pointer.
                    self.state = State::Manifest;
                    let reply = self.status_reply(0);
                    self.started_at = Some(self.pointer);
                    Ok(reply)
                }
                _ => Ok(self.status_reply(0)),
            },
            request::GETSTATE => Ok(vec![self.state as u8]),
            request::UPLOAD => match self.state {
                State::Idle | State::UploadIdle if value >= 2 => {
                    // AN3156: the block is at the pointer + (wBlockNum - 2) × wTransferSize,
                    // whatever the request's length.
                    let start = self.pointer as u64 + (value as u64 - 2) * TRANSFER_SIZE as u64;
                    let end = (start + len as u64).min(FLASH_BASE as u64 + self.flash.len() as u64);
                    if Self::sector_of(start as u32).is_none() {
                        self.status = status::ERR_TARGET;
                        return Err(self.stall("UPLOAD outside flash"));
                    }
                    self.state = State::UploadIdle;
                    let off = (start - FLASH_BASE as u64) as usize;
                    Ok(self.flash[off..off + (end - start) as usize].to_vec())
                }
                _ => Err(self.stall("UPLOAD")),
            },
            _ => Err(self.stall("an unknown request")),
        }
    }

    fn wait(&mut self, ms: u32) {
        self.now_ms += ms as u64;
    }
}
