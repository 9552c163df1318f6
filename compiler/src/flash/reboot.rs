//! Asking a running board to enter DFU mode. Its USB serial port is found through sysfs (a
//! `ttyACM` whose USB device has the board file's ids). Running mpyc firmware is asked by
//! opening its console at 1200 baud (its CDC-ACM function sees SET_LINE_CODING with 1200 and
//! reboots into the ROM bootloader); running MicroPython, as `mpremote bootloader` does: interrupt
//! the program, enter the raw REPL and run `machine.bootloader()`.

use anyhow::{Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// What goes down the serial line: Ctrl-C twice (stop the running program), Ctrl-A (raw REPL),
/// the code, Ctrl-D (run it). Nothing needs reading back: the board leaves the bus.
pub const BOOTLOADER_REQUEST: &[u8] = b"\r\x03\x03\r\x01import machine\nmachine.bootloader()\n\x04";

/// The serial devices (`/dev/ttyACM…`) of USB devices with `vendor` and one of `products`,
/// found under `sysfs` (`/sys`): `class/tty/ttyACMn/device` is the USB interface, whose parent
/// holds the device's `idVendor` and `idProduct`.
pub fn serial_ports(sysfs: &Path, vendor: u16, products: &[u16]) -> Vec<PathBuf> {
    let read_id = |dir: &Path, file: &str| {
        std::fs::read_to_string(dir.join(file)).ok().and_then(|t| u16::from_str_radix(t.trim(), 16).ok())
    };
    let Ok(entries) = std::fs::read_dir(sysfs.join("class/tty")) else { return Vec::new() };
    let mut ports = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if !name.starts_with("ttyACM") {
            continue;
        }
        let Ok(interface) = std::fs::canonicalize(entry.path().join("device")) else { continue };
        let Some(device) = interface.parent() else { continue };
        if read_id(device, "idVendor") == Some(vendor)
            && read_id(device, "idProduct").is_some_and(|p| products.contains(&p))
        {
            ports.push(PathBuf::from("/dev").join(&name));
        }
    }
    ports.sort();
    ports
}

/// The line rate that asks mpyc firmware to reboot into its bootloader.
pub const BOOTLOADER_BAUD: u32 = 1200;

/// Asks mpyc firmware on `port` to reboot into the bootloader: the port opened at
/// [`BOOTLOADER_BAUD`] (Linux's cdc-acm sends the rate as SET_LINE_CODING), then closed.
pub fn ask_mpyc(port: &Path) -> Result<()> {
    let serial = serialport::new(port.to_string_lossy(), BOOTLOADER_BAUD)
        .timeout(std::time::Duration::from_millis(100))
        .open()
        .with_context(|| crate::monitor::open_advice(port))?;
    drop(serial);
    Ok(())
}

/// Sends [`BOOTLOADER_REQUEST`] to the serial port at `port`.
pub fn ask_micropython(port: &Path) -> Result<()> {
    let mut tty = std::fs::OpenOptions::new().write(true).open(port).with_context(|| {
        format!(
            "cannot open {} (is your user in the `dialout` group? `sudo usermod -aG dialout $USER`)",
            port.display()
        )
    })?;
    tty.write_all(BOOTLOADER_REQUEST)
        .and_then(|_| tty.flush())
        .with_context(|| format!("writing to {}", port.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sysfs tree as Linux lays it out for two CDC-ACM devices and a USB-serial adapter: only
    /// the MicroPython one is found.
    #[test]
    fn finds_micropython_ports_in_sysfs() {
        let root = std::env::temp_dir().join(format!("mpyc-sysfs-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let add = |tty: &str, dev: &str, vid: &str, pid: &str| {
            let device = root.join("devices/pci0000:00/usb1").join(dev);
            let interface = device.join(format!("{dev}:1.1"));
            std::fs::create_dir_all(&interface).unwrap();
            std::fs::write(device.join("idVendor"), format!("{vid}\n")).unwrap();
            std::fs::write(device.join("idProduct"), format!("{pid}\n")).unwrap();
            let class = root.join("class/tty").join(tty);
            std::fs::create_dir_all(&class).unwrap();
            std::os::unix::fs::symlink(&interface, class.join("device")).unwrap();
        };
        add("ttyACM0", "1-1", "1234", "5678");
        add("ttyACM1", "1-2", "f055", "9800");
        add("ttyUSB0", "1-3", "f055", "9800");
        let found = serial_ports(&root, 0xf055, &[0x9800, 0x9801, 0x9802]);
        assert_eq!(found, [PathBuf::from("/dev/ttyACM1")]);
        assert!(serial_ports(&root, 0xf055, &[0x9803]).is_empty());
        assert!(serial_ports(&root.join("nothing"), 0xf055, &[0x9800]).is_empty());
        let _ = std::fs::remove_dir_all(&root);
    }

    /// The request to mpyc firmware sets the port's line rate to 1200 baud: checked on a
    /// pseudo-terminal, whose line settings the other side reads back.
    #[test]
    fn mpyc_request_sets_1200_baud() {
        use serialport::SerialPort;
        let (board, slave) = serialport::TTYPort::pair().expect("a pty pair");
        let path = PathBuf::from(slave.name().expect("the pty's name"));
        drop(slave);
        // Another opener keeps the terminal's settings alive across the request's close.
        let _held = std::fs::OpenOptions::new().read(true).write(true).open(&path).unwrap();
        assert_ne!(board.baud_rate().unwrap(), BOOTLOADER_BAUD);
        ask_mpyc(&path).unwrap();
        assert_eq!(board.baud_rate().unwrap(), BOOTLOADER_BAUD);
        let e = ask_mpyc(Path::new("/dev/nonexistent-mpyc-port")).unwrap_err();
        assert!(format!("{e:#}").contains("dialout"), "{e:#}");
    }

    /// The request interrupts, enters the raw REPL, and runs `machine.bootloader()` with Ctrl-D.
    #[test]
    fn request_bytes() {
        let r = BOOTLOADER_REQUEST;
        let raw = r.iter().position(|&b| b == 0x01).unwrap();
        assert!(r[..raw].iter().filter(|&&b| b == 0x03).count() >= 2);
        assert!(std::str::from_utf8(&r[raw + 1..r.len() - 1]).unwrap().contains("machine.bootloader()"));
        assert_eq!(r.last(), Some(&0x04));
    }
}
