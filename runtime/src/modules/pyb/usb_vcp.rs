//! `pyb.USB_VCP`: the console as a stream object (MicroPython's `any read readinto readline
//! readlines write send recv isconnected setinterrupt init close`). On the pyboard it is the
//! USB serial port; on a board with a UART console, that UART; under `mpyc run` the terminal
//! (where input is `input()`'s: reads find nothing). Reads do not wait, as MicroPython's:
//! they give what has come, or None; `recv` waits up to its timeout.

use super::arg;
use crate::board;
use crate::bytes::new_bytes;
use crate::exc::*;
use crate::func::{Kw, NativeObj};
use crate::int::index_of;
use crate::object::*;
use crate::value::*;
use alloc::vec::Vec;

#[repr(C)]
pub struct VcpObj {
    pub header: Header,
}

fn next() -> Option<u8> {
    board::console_read()
}

/// Up to `n` bytes that have come (all of them without `n`), up to and with a newline when
/// `line`; MemoryError where they outgrow the heap (`n` is the program's, and input may keep
/// coming: the buffer grows fallibly).
fn take(n: Option<usize>, line: bool) -> R<Vec<u8>> {
    let mut out = Vec::new();
    while n.is_none_or(|n| out.len() < n) {
        let Some(b) = next() else { break };
        crate::reserve::push(&mut out, b)?;
        if line && b == b'\n' {
            break;
        }
    }
    Ok(out)
}

fn bytes_or_none(b: &[u8]) -> R {
    if b.is_empty() {
        Ok(NONE)
    } else {
        new_bytes(b)
    }
}

/// `pyb.USB_VCP(id=0)`.
pub fn vcp_new(args: &[Value], kw: &Kw) -> R {
    kw.only("USB_VCP", &["id"])?;
    let id = kw.get("id").or(args.get(1).copied()).map_or(Ok(0), |v| index_of(v, "id"))?;
    if id != 0 {
        return Err(raise(&VALUE_ERROR, alloc::format!("USB_VCP({id}) doesn't exist")));
    }
    alloc_flags(VcpObj { header: Header::of(&USB_VCP_TYPE) }, crate::gc::LEAF)
}

fn write(v: Value) -> R<usize> {
    let data = match crate::str::as_str(v) {
        Some(s) => crate::reserve::copied(s.as_bytes())?,
        None => crate::memoryview::bytes_like(v)?.ok_or_else(|| {
            raise(&TYPE_ERROR, alloc::format!("object with buffer protocol required, not {}", type_name(v)))
        })?,
    };
    crate::print::write(&data);
    crate::print::flush();
    Ok(data.len())
}

pub static USB_VCP_TYPE: TypeObj =
    TypeObj::builtin("USB_VCP", Kind::Device, Some(&OBJECT_TYPE), USB_VCP_METHODS, Some(&Some(vcp_new))).with_consts(
        |n| match n {
            "RTS" => Some(Ok(small(1))),
            "CTS" => Some(Ok(small(2))),
            "IRQ_RX" => Some(Ok(small(1))),
            _ => None,
        },
    );

pub static USB_VCP_METHODS: &[NativeObj] = crate::methods![
    NativeObj::new("__repr__", |_, _| crate::str::from_str("USB_VCP()")),
    NativeObj::new("any", |_, _| Ok(bool_value(board::console_waiting()))),
    NativeObj::new("close", |_, _| Ok(NONE)),
    NativeObj::new("init", |_, kw| {
        kw.only("init", &["flow"])?;
        Ok(NONE)
    }),
    NativeObj::new("isconnected", |_, _| Ok(bool_value(board::console_connected()))),
    NativeObj::new("read", |a, _| {
        let n = match a.get(1) {
            Some(&v) if v != NONE => Some(index_of(v, "nbytes")?.max(0) as usize),
            _ => None,
        };
        bytes_or_none(&take(n, false)?)
    }),
    NativeObj::new("readinto", |a, _| {
        let into = *a.get(1).unwrap_or(&NONE);
        let Some(buf) = crate::framebuf::writable(into) else {
            return Err(raise(&TYPE_ERROR, "readinto needs a bytearray or memoryview"));
        };
        let n = match a.get(2) {
            Some(&v) => (index_of(v, "maxlen")?.max(0) as usize).min(buf.len()),
            None => buf.len(),
        };
        let got = take(Some(n), false)?;
        buf[..got.len()].copy_from_slice(&got);
        Ok(if got.is_empty() { NONE } else { small(got.len() as isize) })
    }),
    NativeObj::new("readline", |_, _| bytes_or_none(&take(None, true)?)),
    NativeObj::new("readlines", |_, _| {
        let mut lines = Vec::new();
        loop {
            let line = take(None, true)?;
            if line.is_empty() {
                break;
            }
            crate::reserve::push(&mut lines, new_bytes(&line)?)?;
        }
        crate::list::new_list(&lines)
    }),
    // `recv(n)`: the bytes that came within the timeout (up to n); `recv(buf)`: how many.
    NativeObj::new("recv", |a, kw| {
        kw.only("recv", &["data", "timeout"])?;
        let into = arg(a, kw, 0, "data").unwrap_or(small(1));
        let timeout = kw.get("timeout").map_or(Ok(5000), |v| index_of(v, "timeout"))?.max(0) as u32;
        let n = if crate::int::as_int(into).is_some() {
            index_of(into, "data")?.max(0) as usize
        } else {
            crate::framebuf::writable(into)
                .ok_or_else(|| raise(&TYPE_ERROR, "recv needs a length or a bytearray or memoryview"))?
                .len()
        };
        let start = board::millis();
        let mut got = Vec::new();
        while got.len() < n {
            match next() {
                // (Grown fallibly: `n` is the program's.)
                Some(b) => crate::reserve::push(&mut got, b)?,
                None if board::millis().wrapping_sub(start) >= timeout => break,
                None => super::switch::wait_us(1000)?,
            }
        }
        if crate::int::as_int(into).is_some() {
            return new_bytes(&got);
        }
        // (Looked up again: waiting may have run callbacks that resized it.)
        let buf = crate::framebuf::writable(into).unwrap_or_default();
        let k = got.len().min(buf.len());
        buf[..k].copy_from_slice(&got[..k]);
        Ok(small(k as isize))
    }),
    NativeObj::new("send", |a, kw| {
        kw.only("send", &["data", "timeout"])?;
        Ok(small(write(arg(a, kw, 0, "data").unwrap_or(NONE))? as isize))
    }),
    NativeObj::new("setinterrupt", |a, _| {
        crate::kbint::set_char(index_of(*a.get(1).unwrap_or(&NONE), "chr")?);
        Ok(NONE)
    }),
    NativeObj::new("write", |a, _| Ok(small(write(*a.get(1).unwrap_or(&NONE))? as isize))),
];
