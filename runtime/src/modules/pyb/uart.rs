//! `pyb.UART` (also `machine.UART`, as on MicroPython's stm32 port): a serial port with
//! MicroPython's `init deinit any read readinto readline readchar write writechar sendbreak`
//! and its timeouts. Received bytes come in by interrupt into a buffer of `rxbuf` bytes (at
//! most 256) per UART, kept only in a program that makes a UART; bytes beyond it are lost, as
//! MicroPython loses them. UARTs 1 'XB', 2, 3 'YB', 4 'XA' and 6 'YA' (on a board whose console
//! is USART1, UART 1 is the console's). Flow control is not there (`flow` must be 0), nor are
//! 9-bit characters (which MicroPython reads two bytes each).

use super::arg;
use crate::board::{self, bus::UartMode, ring::Ring};
use crate::bytes::new_bytes;
use crate::exc::*;
use crate::func::{Kw, NativeObj};
use crate::int::index_of;
use crate::object::*;
use crate::value::*;
use alloc::vec::Vec;

#[repr(C)]
pub struct UartObj {
    pub header: Header,
    pub id: u8,
    pub mode: UartMode,
    /// The baud rate it runs at once set up (0: not set up).
    pub baud: u32,
    /// Milliseconds to wait for the first byte of a read, and between bytes.
    pub timeout: u32,
    pub timeout_char: u32,
    pub rxbuf: u16,
}

const RING: usize = 256;

/// Each UART's received bytes and how many of them it keeps.
static RX: Global<[Ring<RING>; 7]> = Global::new([const { Ring::new() }; 7]);
static RX_LIMIT: Global<[u16; 7]> = Global::new([64; 7]);

/// A byte from UART `id`'s receive interrupt.
fn received(id: u8, b: u8) {
    let (rx, limit) = (&mut RX.get()[id as usize % 7], RX_LIMIT.get()[id as usize % 7]);
    if rx.len() < limit as usize {
        rx.push(b);
    }
}

fn pop(id: u8) -> Option<u8> {
    crate::sched::masked(|| RX.get()[id as usize].pop())
}

fn waiting(id: u8) -> usize {
    crate::sched::masked(|| RX.get()[id as usize].len())
}

/// A UART number from 1..6 or its name ('XA', 'XB', 'YA', 'YB').
pub fn uart_id(v: Value) -> R<u8> {
    if let Some(s) = crate::str::as_str(v) {
        return match s {
            "XB" => Ok(1),
            "YB" => Ok(3),
            "XA" => Ok(4),
            "YA" => Ok(6),
            _ => Err(raise(&VALUE_ERROR, alloc::format!("UART({s}) doesn't exist"))),
        };
    }
    match index_of(v, "id")? {
        n @ (1..=4 | 6) => Ok(n as u8),
        n => Err(raise(&VALUE_ERROR, alloc::format!("UART({n}) doesn't exist"))),
    }
}

fn this(v: Value) -> &'static mut UartObj {
    unsafe { body(v) }
}

/// `init(baudrate=9600, bits=8, parity=None, stop=1, *, timeout=0, flow=0, timeout_char=0,
/// rxbuf=64)` (`read_buf_len` is `rxbuf`'s old name).
fn init(o: &mut UartObj, a: &[Value], kw: &Kw) -> R<()> {
    kw.only(
        "init",
        &[
            "id",
            "baudrate",
            "bits",
            "parity",
            "stop",
            "timeout",
            "flow",
            "timeout_char",
            "rxbuf",
            "read_buf_len",
            "txbuf",
            "tx",
            "rx",
            "invert",
        ],
    )?;
    let int = |i: usize, name: &str, default: isize| match arg(a, kw, i, name) {
        Some(v) if v != NONE => index_of(v, name),
        _ => Ok(default),
    };
    let baudrate = int(0, "baudrate", 9600)?;
    let bits = int(1, "bits", 8)?;
    let parity = match arg(a, kw, 2, "parity").filter(|&v| v != NONE) {
        Some(v) => Some(index_of(v, "parity")? as u8 & 1),
        None => None,
    };
    let stop = int(3, "stop", 1)?;
    let kw_int = |name: &str, default: isize| kw.get(name).map_or(Ok(default), |v| index_of(v, name));
    if !(1..=i32::MAX as isize).contains(&baudrate) {
        return Err(raise(&VALUE_ERROR, "baudrate must be positive"));
    }
    if bits == 9 && parity.is_none() {
        return Err(raise(&VALUE_ERROR, "9-bit characters are not supported by mpyc"));
    }
    if !matches!((bits, parity.is_some()), (7, true) | (8, _)) {
        return Err(raise(&VALUE_ERROR, "unsupported combination of bits and parity"));
    }
    if stop != 1 && stop != 2 {
        return Err(raise(&VALUE_ERROR, "stop must be 1 or 2"));
    }
    if kw_int("flow", 0)? != 0 {
        return Err(raise(&VALUE_ERROR, "UART flow control is not supported by mpyc"));
    }
    o.mode = UartMode { baudrate: baudrate as u32, bits: bits as u8, parity, stop: stop as u8 };
    o.timeout = kw_int("timeout", 0)?.clamp(0, i32::MAX as isize) as u32;
    // At least a whole character (13 bits, to be safe) between bytes, and a millisecond tick
    // more, as MicroPython.
    let min_char = 13_000 / o.mode.baudrate + 2;
    o.timeout_char = (kw_int("timeout_char", 0)?.clamp(0, i32::MAX as isize) as u32).max(min_char);
    let rxbuf = kw.get("rxbuf").or_else(|| kw.get("read_buf_len"));
    o.rxbuf = rxbuf.map_or(Ok(64), |v| index_of(v, "rxbuf"))?.clamp(1, RING as isize) as u16;
    setup(o)
}

fn setup(o: &mut UartObj) -> R<()> {
    board::uart_on_receive(received);
    crate::sched::masked(|| {
        RX_LIMIT.get()[o.id as usize] = o.rxbuf;
        RX.get()[o.id as usize].clear();
    });
    o.baud = board::uart_init(o.id, o.mode).map_err(super::bus_error)?;
    Ok(())
}

fn ready(v: Value) -> R<&'static mut UartObj> {
    let o = this(v);
    if o.baud == 0 {
        setup(o)?;
    }
    Ok(o)
}

/// `pyb.UART(id, baudrate=None, …)`: set up when more than the id is given.
pub fn uart_new(args: &[Value], kw: &Kw) -> R {
    let Some(id) = args.get(1).copied().or_else(|| kw.get("id")) else {
        return Err(raise(&TYPE_ERROR, "UART() missing required argument 'id'"));
    };
    let mode = UartMode { baudrate: 9600, bits: 8, parity: None, stop: 1 };
    let mut o = UartObj {
        header: Header::of(&UART_TYPE),
        id: uart_id(id)?,
        mode,
        baud: 0,
        timeout: 0,
        timeout_char: 3,
        rxbuf: 64,
    };
    if args.len() > 2 || kw.names.iter().any(|&n| crate::str::as_str(n) != Some("id")) {
        init(&mut o, &args[1..], kw)?;
    }
    alloc_flags(o, crate::gc::LEAF)
}

/// The next received byte, waiting up to `ms` milliseconds (running scheduled callbacks
/// meanwhile).
fn next_byte(id: u8, ms: u32) -> R<Option<u8>> {
    let start = board::millis();
    loop {
        if let Some(b) = pop(id) {
            return Ok(Some(b));
        }
        if board::millis().wrapping_sub(start) >= ms {
            return Ok(None);
        }
        super::switch::wait_us(1000)?;
    }
}

/// Up to `n` bytes (all that come, without `n`): the first within `timeout`, each next one
/// within `timeout_char`.
fn read_bytes(o: &UartObj, n: Option<usize>, stop_at_newline: bool) -> R<Vec<u8>> {
    let mut out = Vec::new();
    while n.is_none_or(|n| out.len() < n) {
        let wait = if out.is_empty() { o.timeout } else { o.timeout_char };
        let Some(b) = next_byte(o.id, wait)? else { break };
        // (Grown fallibly: `n` is the program's, and bytes may keep coming.)
        crate::reserve::push(&mut out, b)?;
        if stop_at_newline && b == b'\n' {
            break;
        }
    }
    Ok(out)
}

fn written(o: &UartObj, data: &[u8]) -> R<()> {
    board::uart_write(o.id, data).map_err(super::bus_error)
}

pub static UART_TYPE: TypeObj =
    TypeObj::builtin("UART", Kind::Device, Some(&OBJECT_TYPE), UART_METHODS, Some(&Some(uart_new))).with_consts(|n| {
        match n {
            "RTS" => Some(Ok(small(256))),
            "CTS" => Some(Ok(small(512))),
            _ => None,
        }
    });

pub static UART_METHODS: &[NativeObj] = crate::methods![
    NativeObj::new("__repr__", |a, _| {
        let o = this(a[0]);
        let text = if o.baud == 0 {
            alloc::format!("UART({})", o.id)
        } else {
            let parity = match o.mode.parity {
                None => "None",
                Some(0) => "0",
                Some(_) => "1",
            };
            alloc::format!(
                "UART({}, baudrate={}, bits={}, parity={parity}, stop={}, flow=0, timeout={}, timeout_char={}, rxbuf={})",
                o.id,
                o.baud,
                o.mode.bits,
                o.mode.stop,
                o.timeout,
                o.timeout_char,
                o.rxbuf
            )
        };
        crate::str::from_str(&text)
    }),
    NativeObj::new("any", |a, _| Ok(small(waiting(ready(a[0])?.id) as isize))),
    NativeObj::new("deinit", |a, _| {
        let o = this(a[0]);
        board::uart_deinit(o.id);
        o.baud = 0;
        Ok(NONE)
    }),
    NativeObj::new("init", |a, kw| {
        init(this(a[0]), a, kw)?;
        Ok(NONE)
    }),
    NativeObj::new("read", |a, _| {
        let o = ready(a[0])?;
        let n = match a.get(1) {
            Some(&v) if v != NONE => Some(index_of(v, "nbytes")?.max(0) as usize),
            _ => None,
        };
        let got = read_bytes(o, n, false)?;
        if got.is_empty() && n != Some(0) {
            return Ok(NONE);
        }
        new_bytes(&got)
    }),
    NativeObj::new("readchar", |a, _| {
        let o = ready(a[0])?;
        Ok(small(next_byte(o.id, o.timeout)?.map_or(-1, |b| b as isize)))
    }),
    NativeObj::new("readinto", |a, _| {
        let o = ready(a[0])?;
        let into = *a.get(1).unwrap_or(&NONE);
        let Some(buf) = crate::framebuf::writable(into) else {
            return Err(raise(&TYPE_ERROR, "readinto needs a bytearray or memoryview"));
        };
        let n = match a.get(2) {
            Some(&v) => (index_of(v, "nbytes")?.max(0) as usize).min(buf.len()),
            None => buf.len(),
        };
        let got = read_bytes(o, Some(n), false)?;
        // (The buffer is looked up again: waiting may have run callbacks that resized it.)
        let buf = crate::framebuf::writable(into).unwrap_or_default();
        let k = got.len().min(buf.len());
        buf[..k].copy_from_slice(&got[..k]);
        Ok(if got.is_empty() && n > 0 { NONE } else { small(got.len() as isize) })
    }),
    NativeObj::new("readline", |a, _| {
        let o = ready(a[0])?;
        let got = read_bytes(o, None, true)?;
        if got.is_empty() {
            return Ok(NONE);
        }
        new_bytes(&got)
    }),
    NativeObj::new("sendbreak", |a, _| {
        let o = ready(a[0])?;
        board::uart_send_break(o.id).map_err(super::bus_error)?;
        Ok(NONE)
    }),
    NativeObj::new("write", |a, _| {
        let o = ready(a[0])?;
        let v = *a.get(1).unwrap_or(&NONE);
        if let Some(s) = crate::str::as_str(v) {
            written(o, s.as_bytes())?;
            return Ok(small(s.len() as isize));
        }
        let n = crate::memoryview::with_bytes(v, |data| written(o, data).map(|()| data.len()))?.ok_or_else(|| {
            raise(&TYPE_ERROR, alloc::format!("object with buffer protocol required, not {}", type_name(v)))
        })?;
        Ok(small(n as isize))
    }),
    NativeObj::new("writechar", |a, _| {
        let o = ready(a[0])?;
        let c = index_of(*a.get(1).unwrap_or(&NONE), "char")?;
        written(o, &[c as u8])?;
        Ok(NONE)
    }),
];
