//! The DfuSe download against the model of the STM32F405 ROM bootloader (`rom_model.rs`):
//! success, erasing only the sectors needed, read-back, and every failure path.

use super::dfuse::{parse_layout, Download, Error, Phase, Progress, State};
use super::rom_model::{self, status, RomBootloader, ALT_NAME, FLASH_BASE, TRANSFER_SIZE};
use crate::link::formats::Chunk;

/// A pyboard firmware's elements: vectors and reset code in sector 0, the rest from sector 5,
/// long enough to reach into sector 6.
fn firmware() -> Vec<Chunk> {
    let boot: Vec<u8> = (0..1000u32).map(|i| (i * 7) as u8).collect();
    let main: Vec<u8> = (0..150_000u32).map(|i| (i * 13 + 1) as u8).collect();
    vec![Chunk { addr: 0x0800_0000, data: boot }, Chunk { addr: 0x0802_0000, data: main }]
}

fn download(rom: &mut RomBootloader, elements: &[Chunk], progress: &mut Vec<Progress>) -> Result<(), Error> {
    let (_, sectors) = parse_layout(ALT_NAME).unwrap();
    let mut record = |p: Progress| progress.push(p);
    let mut d = Download { usb: rom, sectors, transfer_size: TRANSFER_SIZE, progress: &mut record };
    d.run(elements)?;
    d.leave(elements[0].addr)
}

fn flash_at(rom: &RomBootloader, addr: u32, len: usize) -> &[u8] {
    let off = (addr - FLASH_BASE) as usize;
    &rom.flash[off..off + len]
}

#[test]
fn layout_of_the_f405() {
    let (name, s) = parse_layout(ALT_NAME).unwrap();
    assert_eq!(name, "Internal Flash");
    let want: Vec<(u32, u32)> = rom_model::sectors();
    assert_eq!(s.iter().map(|s| (s.addr, s.size)).collect::<Vec<_>>(), want);
    assert!(s.iter().all(|s| s.readable && s.erasable && s.writable));
    // Option bytes: readable and writable, not erasable ('e' = 5).
    let (_, ob) = parse_layout("@Option Bytes  /0x1FFFC000/01*016 e").unwrap();
    assert_eq!((ob[0].addr, ob[0].size, ob[0].erasable, ob[0].writable), (0x1FFF_C000, 16, false, true));
    assert!(parse_layout("Internal Flash").is_err());
    assert!(parse_layout("@Flash/0x08000000/04*016Kz").is_err());
}

/// Sectors 0, 5 and 6 erased (1,000 + 150,000 bytes), sectors 1–4 (the filesystem) and 7+
/// untouched, the elements written and read back, the program started at the vector table.
#[test]
fn flashes_erasing_only_what_it_needs() {
    let mut rom = RomBootloader::new();
    let before = rom.flash.clone();
    let fw = firmware();
    let mut progress = Vec::new();
    download(&mut rom, &fw, &mut progress).unwrap();
    assert_eq!(rom.erased, vec![0, 5, 6]);
    for e in &fw {
        assert_eq!(flash_at(&rom, e.addr, e.data.len()), &e.data[..]);
    }
    // The rest of sector 0 reads as erased; sectors 1–4 are as they were.
    assert!(flash_at(&rom, 0x0800_0000 + 1000, 16 * 1024 - 1000).iter().all(|&b| b == 0xFF));
    assert_eq!(&rom.flash[0x4000..0x20000], &before[0x4000..0x20000]);
    assert_eq!(&rom.flash[0x60000..], &before[0x60000..]);
    assert_eq!(rom.started_at, Some(0x0800_0000));
    assert!(rom.violations.is_empty(), "{:?}", rom.violations);
    // The progress of every phase reaches its total.
    for phase in [Phase::Erase, Phase::Write, Phase::Verify] {
        let last = progress.iter().rfind(|p| p.phase == phase).unwrap();
        assert_eq!(last.done, last.total, "{phase:?}");
    }
    let written = progress.iter().rfind(|p| p.phase == Phase::Write).unwrap().total;
    assert_eq!(written, 151_000);
}

/// A session that ended in dfuERROR, or in the middle of a download, is cleared first.
#[test]
fn recovers_from_a_previous_session() {
    for state in [State::Error, State::DnloadIdle, State::UploadIdle] {
        let mut rom = RomBootloader::new();
        rom.state = state;
        if state == State::Error {
            rom.status = status::ERR_STALLEDPKT;
        }
        download(&mut rom, &firmware(), &mut Vec::new()).unwrap_or_else(|e| panic!("{state:?}: {e}"));
        assert_eq!(rom.started_at, Some(0x0800_0000));
    }
}

/// An erase that fails stops the download with the bootloader's status, named for the user;
/// the device is left ready (dfuIDLE) and nothing after it was erased or written.
#[test]
fn erase_failure() {
    let mut rom = RomBootloader::new();
    rom.failing_erase = vec![5];
    let e = download(&mut rom, &firmware(), &mut Vec::new()).unwrap_err();
    assert!(matches!(&e, Error::Status { status: 0x04, during } if during.contains("0x08020000")), "{e:?}");
    assert!(e.to_string().contains("write-protected"), "{e}");
    assert_eq!(rom.erased, vec![0]);
    assert_eq!(rom.state, State::Idle);
    assert_eq!(rom.started_at, None);
}

/// A write-protected sector: the bootloader refuses to erase it.
#[test]
fn write_protected_sector() {
    let mut rom = RomBootloader::new();
    rom.write_protected = vec![0];
    let e = download(&mut rom, &firmware(), &mut Vec::new()).unwrap_err();
    assert!(matches!(e, Error::Status { status: status::ERR_ERASE, .. }), "{e:?}");
    assert!(rom.erased.is_empty());
}

/// Flash that does not keep what was written is found by the read-back, at its address.
#[test]
fn verify_failure() {
    let mut rom = RomBootloader::new();
    rom.corrupt = Some((0x0802_1234, 0x10));
    let e = download(&mut rom, &firmware(), &mut Vec::new()).unwrap_err();
    match e {
        Error::Verify { addr, wrote, read } => {
            assert_eq!(addr, 0x0802_1234);
            assert_eq!(read, wrote ^ 0x10);
        }
        e => panic!("{e:?}"),
    }
    assert_eq!(rom.started_at, None);
}

/// Firmware for another chip (bytes outside the layout) is refused before anything is sent.
#[test]
fn outside_the_layout() {
    let mut rom = RomBootloader::new();
    let elements = vec![Chunk { addr: 0x0000_0000, data: vec![1; 64] }];
    let e = download(&mut rom, &elements, &mut Vec::new()).unwrap_err();
    assert!(e.to_string().contains("another board"), "{e}");
    assert_eq!(rom.requests, 0);
}

/// A board unplugged during the download: a USB error naming what was being done.
#[test]
fn unplugged_midway() {
    let mut rom = RomBootloader::new();
    rom.unplug_after = Some(40);
    let e = download(&mut rom, &firmware(), &mut Vec::new()).unwrap_err();
    assert!(matches!(&e, Error::Usb { during, .. } if during.starts_with("writing")), "{e:?}");
    assert!(e.to_string().contains("disconnected"), "{e}");
}

/// The model itself follows the bootloader's rules: it stalls what the state does not allow,
/// flags a poll before the poll timeout, and refuses to program flash that was not erased.
#[test]
fn the_model_enforces_the_protocol() {
    use super::dfuse::{request, Control};
    let mut rom = RomBootloader::new();
    // A zero-length DNLOAD in dfuIDLE and CLRSTATUS outside dfuERROR stall.
    assert!(rom.control_out(request::DNLOAD, 0, &[]).is_err());
    assert_eq!(rom.state, State::Error);
    rom.control_out(request::CLRSTATUS, 0, &[]).unwrap();
    assert!(rom.control_out(request::CLRSTATUS, 0, &[]).is_err());
    rom.control_out(request::CLRSTATUS, 0, &[]).unwrap();
    // Erase, then poll at once: a violation.
    rom.control_out(request::DNLOAD, 0, &[0x41, 0, 0, 2, 8]).unwrap();
    let s = rom.control_in(request::GETSTATUS, 0, 6).unwrap();
    assert_eq!((s[0], s[4]), (0, State::DnBusy as u8));
    assert!(u32::from_le_bytes([s[1], s[2], s[3], 0]) > 0);
    rom.control_in(request::GETSTATUS, 0, 6).unwrap();
    assert_eq!(rom.violations.len(), 1);
    // Writing over bytes that are not erased (sector 1) fails with errVERIFY.
    rom.control_out(request::DNLOAD, 0, &[0x21, 0, 0x40, 0, 8]).unwrap();
    rom.control_in(request::GETSTATUS, 0, 6).unwrap();
    rom.control_in(request::GETSTATUS, 0, 6).unwrap();
    rom.control_out(request::DNLOAD, 2, &[0xFF; 16]).unwrap();
    rom.control_in(request::GETSTATUS, 0, 6).unwrap();
    rom.wait(10);
    let s = rom.control_in(request::GETSTATUS, 0, 6).unwrap();
    assert_eq!((s[0], s[4]), (status::ERR_VERIFY, State::Error as u8));
}
