//! The pyboard's timers 1–14 as the host models them (`mpyc run`, `--board pyboard-sim`): each
//! counts at its source clock divided by prescaler + 1, wraps after period + 1 counts, and then
//! raises its update interrupt, on the host's clock (the simulated board's virtual one, or
//! real time). Interrupts are delivered by the host board where the program waits or reads
//! the clock (`host.rs: deliver_timers`); missed wraps are one interrupt, as on the chip.

use crate::exc::Global;

const NS: u128 = 1_000_000_000;

#[derive(Clone, Copy)]
struct Timer {
    running: bool,
    prescaler: u32,
    period: u32,
    /// Nanoseconds at which the counter was 0.
    start: u64,
    irq: bool,
    /// Nanoseconds of the next wrap whose interrupt is not delivered yet.
    next: u64,
    /// The channels' compare values (their PWM outputs are not modelled).
    compare: [u32; 4],
}

const STOPPED: Timer =
    Timer { running: false, prescaler: 0, period: 0xFFFF, start: 0, irq: false, next: 0, compare: [0; 4] };
static TIMERS: Global<[Timer; 15]> = Global::new([STOPPED; 15]);

fn timer(id: u8) -> &'static mut Timer {
    &mut TIMERS.get()[id as usize % 15]
}

/// Nanoseconds of one count of timer `id` at `hz`, times `counts`.
fn span(t: &Timer, hz: u32, counts: u64) -> u64 {
    (u128::from(counts) * u128::from(t.prescaler + 1) * NS / u128::from(hz.max(1))) as u64
}

fn wrap(t: &Timer, hz: u32) -> u64 {
    span(t, hz, u64::from(t.period) + 1).max(1)
}

/// The first wrap after `now`.
fn next_after(t: &Timer, hz: u32, now: u64) -> u64 {
    let w = wrap(t, hz);
    t.start + (now.saturating_sub(t.start) / w + 1) * w
}

pub fn start(id: u8, hz: u32, prescaler: u32, period: u32, now: u64) {
    let t = timer(id);
    (t.running, t.prescaler, t.period, t.start) = (true, prescaler, period, now);
    t.next = next_after(t, hz, now);
}

pub fn stop(id: u8) {
    timer(id).running = false;
}

pub fn setup(id: u8) -> (u32, u32) {
    let t = timer(id);
    (t.prescaler, t.period)
}

/// New prescaler and period for a running timer; its count goes on from where it is.
pub fn reload(id: u8, hz: u32, prescaler: u32, period: u32, now: u64) {
    let count = counter(id, hz, now).min(period);
    let t = timer(id);
    (t.prescaler, t.period) = (prescaler, period);
    t.start = now - span(t, hz, count.into()).min(now);
    t.next = next_after(t, hz, now);
}

pub fn counter(id: u8, hz: u32, now: u64) -> u32 {
    let t = timer(id);
    if !t.running {
        return 0;
    }
    let counts = u128::from(now.saturating_sub(t.start)) * u128::from(hz) / NS / u128::from(t.prescaler + 1);
    (counts % (u128::from(t.period) + 1)) as u32
}

pub fn set_counter(id: u8, hz: u32, value: u32, now: u64) {
    let t = timer(id);
    t.start = now - span(t, hz, value.min(t.period).into()).min(now);
    t.next = next_after(t, hz, now);
}

pub fn compare(id: u8, ch: u8) -> u32 {
    timer(id).compare[usize::from(ch.clamp(1, 4) - 1)]
}

pub fn set_compare(id: u8, ch: u8, value: u32) {
    timer(id).compare[usize::from(ch.clamp(1, 4) - 1)] = value;
}

/// The update interrupt on or off; switched on, it is raised by the next wrap after `now`
/// (not one that came while it was off: the chip clears UIF first).
pub fn irq(id: u8, on: bool, hz: u32, now: u64) {
    let t = timer(id);
    if on && !t.irq && t.running {
        t.next = next_after(t, hz, now);
    }
    t.irq = on;
}

/// The nanoseconds of the next interrupt to deliver, if any timer will raise one.
pub fn next_due() -> Option<u64> {
    TIMERS.get().iter().filter(|t| t.running && t.irq).map(|t| t.next).min()
}

/// A timer whose interrupt is due at `now`, its next one set after `now`.
pub fn take_due(now: u64, hz: impl Fn(u8) -> u32) -> Option<u8> {
    let ts = TIMERS.get();
    let id = (1..15u8)
        .filter(|&i| ts[i as usize].running && ts[i as usize].irq && ts[i as usize].next <= now)
        .min_by_key(|&i| ts[i as usize].next)?;
    let t = &mut ts[id as usize];
    t.next = next_after(t, hz(id), now);
    Some(id)
}

#[cfg(test)]
mod tests {
    /// A 1 kHz source, prescaler 9 and period 99: a count each 10 ms, a wrap each second.
    #[test]
    fn counts_wraps_and_coalesces() {
        let ms = 1_000_000u64;
        super::start(3, 1000, 9, 99, 0);
        super::irq(3, true, 1000, 0);
        assert_eq!(super::counter(3, 1000, 250 * ms), 25);
        assert_eq!(super::next_due(), Some(1000 * ms));
        assert_eq!(super::take_due(999 * ms, |_| 1000), None);
        assert_eq!(super::take_due(1000 * ms, |_| 1000), Some(3));
        // Three wraps missed: one interrupt, the next at the following wrap.
        assert_eq!(super::take_due(4500 * ms, |_| 1000), Some(3));
        assert_eq!(super::next_due(), Some(5000 * ms));
        super::set_counter(3, 1000, 90, 4500 * ms);
        assert_eq!(super::counter(3, 1000, 4500 * ms), 90);
        assert_eq!(super::next_due(), Some(4600 * ms));
        super::stop(3);
        assert_eq!(super::next_due(), None);
    }
}
