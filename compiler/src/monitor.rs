//! `mpyc monitor`: the board's console on this terminal. Finds the serial port of running mpyc
//! firmware by the board file's `[usb]` ids (through sysfs, as `flash/reboot.rs` does), then
//! relays both ways: what the board writes to stdout, what is typed to the board — with the
//! terminal in raw mode, so that Ctrl-C goes to the board (KeyboardInterrupt there) instead of
//! ending mpyc. Ctrl-] ends the monitor.

use crate::board::Board;
use anyhow::{anyhow, Context, Result};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The key that ends the monitor (Ctrl-], as in telnet and miniterm).
pub const EXIT_KEY: u8 = 0x1d;

/// The console ports of `board`'s running firmware (`/dev/ttyACM…`).
pub fn ports(board: &Board) -> Vec<PathBuf> {
    match board.usb {
        Some(ids) => crate::flash::serial_ports(Path::new("/sys"), ids.vendor, &[ids.product]),
        None => Vec::new(),
    }
}

/// The console port of `board`, waiting up to `wait` for it to appear (a board that was just
/// flashed enumerates again).
pub fn find_port(board: &Board, wait: Duration) -> Result<PathBuf> {
    let ids = board.usb.ok_or_else(|| {
        anyhow!("board '{}' has no USB console in its board file: give its serial port with --port", board.name)
    })?;
    let start = Instant::now();
    loop {
        if let Some(port) = ports(board).into_iter().next() {
            return Ok(port);
        }
        if start.elapsed() >= wait {
            return Err(anyhow!(
                "no {} console found (a USB serial port with the ids {:04x}:{:04x}): is the board \
                 plugged in and running mpyc firmware? Give the port with --port if it has another.",
                board.name,
                ids.vendor,
                ids.product
            ));
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// The local terminal in raw mode while this lives (when stdin is a terminal): keys go to the
/// board as bytes, Ctrl-C included; output keeps its newline-to-CRLF translation.
struct RawTerminal(Option<libc::termios>);

impl RawTerminal {
    fn new() -> RawTerminal {
        unsafe {
            if libc::isatty(0) == 0 {
                return RawTerminal(None);
            }
            let mut saved: libc::termios = std::mem::zeroed();
            if libc::tcgetattr(0, &mut saved) != 0 {
                return RawTerminal(None);
            }
            let mut raw = saved;
            libc::cfmakeraw(&mut raw);
            raw.c_oflag |= libc::OPOST | libc::ONLCR;
            libc::tcsetattr(0, libc::TCSANOW, &raw);
            RawTerminal(Some(saved))
        }
    }
}

impl Drop for RawTerminal {
    fn drop(&mut self) {
        if let Some(saved) = &self.0 {
            unsafe { libc::tcsetattr(0, libc::TCSANOW, saved) };
        }
    }
}

/// Shows the console on `port` on this terminal until Ctrl-] or until the board goes away.
pub fn monitor(port: &Path) -> Result<()> {
    eprintln!("mpyc: console on {} (Ctrl-C interrupts the program, Ctrl-] quits)", port.display());
    let _raw = RawTerminal::new();
    let stdout = std::io::stdout();
    let end = relay(port, std::io::stdin(), &mut stdout.lock())?;
    drop(_raw);
    match end {
        End::Quit => eprintln!("\nmpyc: monitor ended"),
        End::BoardGone(e) => eprintln!("\nmpyc: the board went away ({e})"),
    }
    Ok(())
}

/// Why a relay ended.
#[derive(Debug)]
pub enum End {
    /// Ctrl-] was typed.
    Quit,
    /// The port failed (the board was unplugged or rebooted).
    BoardGone(String),
}

/// Opens `port` and relays: `input` to the port (until [`EXIT_KEY`]), the port to `output`.
pub fn relay(port: &Path, mut input: impl Read + Send + 'static, output: &mut dyn Write) -> Result<End> {
    let mut serial = serialport::new(port.to_string_lossy(), 115_200)
        .timeout(Duration::from_millis(50))
        .open()
        .with_context(|| open_advice(port))?;
    let mut writer = serial.try_clone().with_context(|| format!("{}", port.display()))?;
    let (quit_tx, quit_rx) = std::sync::mpsc::channel::<()>();
    std::thread::spawn(move || {
        let mut buf = [0u8; 64];
        while let Ok(n) = input.read(&mut buf) {
            if n == 0 {
                return; // no more input: keep showing the output
            }
            let keys = &buf[..n];
            let quit = keys.iter().position(|&b| b == EXIT_KEY);
            if writer.write_all(&keys[..quit.unwrap_or(n)]).and_then(|_| writer.flush()).is_err() {
                return;
            }
            if quit.is_some() {
                let _ = quit_tx.send(());
                return;
            }
        }
    });
    let mut buf = [0u8; 256];
    loop {
        if quit_rx.try_recv().is_ok() {
            return Ok(End::Quit);
        }
        match serial.read(&mut buf) {
            Ok(0) => {}
            Ok(n) => {
                output.write_all(&buf[..n])?;
                output.flush()?;
            }
            Err(e) if e.kind() == std::io::ErrorKind::TimedOut => {}
            Err(e) => return Ok(End::BoardGone(e.to_string())),
        }
    }
}

/// What to do when a serial port cannot be opened.
pub fn open_advice(port: &Path) -> String {
    format!(
        "cannot open {} (permission denied? add yourself to the `dialout` group: \
         `sudo usermod -aG dialout $USER`, then log in again; or install the udev rule in \
         docs/pyboard-console.md)",
        port.display()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serialport::SerialPort;
    use std::os::unix::net::UnixStream;

    /// On a pseudo-terminal standing in for the board's port: what the board writes is shown,
    /// typed keys reach the board — Ctrl-C as the byte 0x03 — and Ctrl-] ends the relay
    /// without being sent.
    #[test]
    fn relays_both_ways_and_passes_ctrl_c() {
        let (mut board, slave) = serialport::TTYPort::pair().expect("a pty pair");
        let path = PathBuf::from(slave.name().expect("the pty's name"));
        drop(slave);
        board.set_timeout(Duration::from_secs(5)).unwrap();
        let (mut keyboard, keys) = UnixStream::pair().unwrap();
        let relay = std::thread::spawn(move || {
            let mut shown = Vec::new();
            let end = relay(&path, keys, &mut shown);
            (end.map_err(|e| e.to_string()), shown)
        });
        std::thread::sleep(Duration::from_millis(300));
        board.write_all(b"ready\n").unwrap();
        keyboard.write_all(b"ab\x03").unwrap();
        let mut got = [0u8; 3];
        board.read_exact(&mut got).unwrap();
        assert_eq!(&got, b"ab\x03");
        std::thread::sleep(Duration::from_millis(300));
        keyboard.write_all(&[EXIT_KEY]).unwrap();
        let (end, shown) = relay.join().unwrap();
        assert!(matches!(end, Ok(End::Quit)), "{end:?}");
        assert!(String::from_utf8_lossy(&shown).contains("ready"), "{shown:?}");
        board.set_timeout(Duration::from_millis(200)).unwrap();
        let mut rest = [0u8; 8];
        assert!(board.read(&mut rest).map_or(true, |n| n == 0), "Ctrl-] reached the board");
    }
}
