//! The simulated pyboard (`--board pyboard-sim`): the host board with the pyboard's peripherals
//! modelled — GPIO ports, the LEDs and USR switch on them, I2C buses with device models (the
//! MMA7660 accelerometer, the LCD160CR display) — on a virtual clock. Delays cost no real time:
//! they move the clock, and so does every bus transfer (by the time its bits take on the wire).
//! A scenario's events happen when the clock passes them; at the end of the simulated time
//! the LED timeline and the LCD's picture are written and the process ends.

pub mod lcd160cr;
pub mod mma7660;
pub mod scenario;

use super::bus::{spi_rate, BusError, PinId, PinMode, Pull, SpiMode, UartMode};
use crate::exc::Global;
use scenario::{Action, Event};
use std::path::PathBuf;

/// A device attached to an I2C bus of the simulated board.
pub struct DeviceConfig {
    /// `mma7660` or `lcd160cr`.
    pub model: String,
    pub bus: u8,
    pub addr: u8,
    /// The pin that powers the device (the MMA7660's AVDD on PB5, the LCD's X4): it answers
    /// only while that pin is high.
    pub power: Option<PinId>,
    /// The SPI bus the device also listens on (the LCD's frame data).
    pub spi: Option<u8>,
}

/// What the simulated board is made of and what happens to it (the board file's
/// `[simulator]`, the scenario and the command line).
pub struct Config {
    /// LED(1), LED(2), … pins (active high).
    pub leds: Vec<PinId>,
    /// The USR switch's pin: pressing it pulls the pin low.
    pub switch: Option<PinId>,
    pub devices: Vec<DeviceConfig>,
    pub events: Vec<Event>,
    /// Microseconds of simulated time after which the program is stopped.
    pub end: u64,
    /// Where the LED timeline and the screenshots go.
    pub out_dir: PathBuf,
}

enum Device {
    Mma7660(mma7660::Mma7660),
    Lcd160cr(lcd160cr::Lcd160cr),
}

struct Attached {
    bus: u8,
    addr: u8,
    power: Option<PinId>,
    spi: Option<u8>,
    device: Device,
}

pub struct Machine {
    now: u64,
    end: u64,
    events: Vec<Event>,
    next: usize,
    gpio: super::gpio_model::Gpio,
    devices: Vec<Attached>,
    /// Clock of I2C1..I2C3 in Hz (what `i2c_init` set).
    bus_hz: [u32; 4],
    /// Clock of SPI1 and SPI2 in Hz once `spi_init` set them up (0: not set up).
    spi_hz: [u32; 3],
    /// The baud rate of UART 1..6 once set up (0: off), and what each has sent.
    uart_baud: [u32; 7],
    uart_sent: [Vec<u8>; 7],
    /// Where received bytes go (`pyb.UART`'s buffers).
    on_receive: Option<fn(u8, u8)>,
    /// The watchdog's timeout and when it bites unless fed (microseconds), once started.
    wdt: Option<(u64, u64)>,
    leds: Vec<PinId>,
    led_on: Vec<bool>,
    /// Whether LED(3)/LED(4) shine at a PWM level now.
    led_pwm: Vec<bool>,
    /// The voltages the scenario put on pins, as ADC readings.
    analog: Vec<(PinId, u16)>,
    timeline: String,
    switch: Option<PinId>,
    out_dir: PathBuf,
    written: Vec<String>,
}

static MACHINE: Global<Option<Box<Machine>>> = Global::new(None);

/// Sets up the simulated board; call before the program runs.
pub fn configure(config: Config) -> Result<(), String> {
    let mut devices = Vec::new();
    for d in config.devices {
        let device = match d.model.as_str() {
            "mma7660" => Device::Mma7660(Default::default()),
            "lcd160cr" => Device::Lcd160cr(Default::default()),
            m => return Err(format!("no model of a device called `{m}` (there are: mma7660, lcd160cr)")),
        };
        devices.push(Attached { bus: d.bus, addr: d.addr, power: d.power, spi: d.spi, device });
    }
    std::fs::create_dir_all(&config.out_dir).map_err(|e| format!("cannot make {}: {e}", config.out_dir.display()))?;
    let mut m = Machine {
        now: 0,
        end: config.end,
        events: config.events,
        next: 0,
        gpio: Default::default(),
        devices,
        bus_hz: [100_000; 4],
        spi_hz: [0; 3],
        uart_baud: [0; 7],
        uart_sent: Default::default(),
        on_receive: None,
        wdt: None,
        led_on: vec![false; config.leds.len()],
        led_pwm: vec![false; config.leds.len()],
        analog: Vec::new(),
        leds: config.leds,
        timeline: String::new(),
        switch: config.switch,
        out_dir: config.out_dir,
        written: Vec::new(),
    };
    // What the firmware's start-up does: the LED pins are outputs, off.
    for &p in &m.leds.clone() {
        m.gpio.init(p, PinMode::OutputPushPull, Pull::None);
    }
    m.settle();
    *MACHINE.get() = Some(Box::new(m));
    Ok(())
}

/// The simulated board, when there is one.
pub fn machine() -> Option<&'static mut Machine> {
    MACHINE.get().as_deref_mut()
}

impl Machine {
    pub fn now(&self) -> u64 {
        self.now
    }

    /// Moves the clock on by `us`, letting the scenario's events happen on the way; past the
    /// end of the simulated time, writes the outputs and ends the process.
    pub fn advance(&mut self, us: u64) {
        let target = self.now.saturating_add(us);
        while let Some(e) = self.events.get(self.next).filter(|e| e.at <= target.min(self.end)).cloned() {
            self.next += 1;
            self.now = self.now.max(e.at);
            self.apply(e.action);
        }
        self.now = target;
        if let Some((_, deadline)) = self.wdt.filter(|&(_, d)| d <= self.now.min(self.end)) {
            self.now = deadline;
            self.end = deadline;
            crate::print::flush();
            eprintln!("pyboard-sim: the watchdog was not fed in time: the board resets at {}", seconds(self.now));
            self.stop();
        }
        if self.now >= self.end {
            self.now = self.end;
            self.stop();
        }
    }

    fn apply(&mut self, action: Action) {
        match action {
            Action::Tilt { x, y, z } => {
                for d in &mut self.devices {
                    if let Device::Mma7660(m) = &mut d.device {
                        for (i, v) in [x, y, z].into_iter().enumerate() {
                            if let Some(v) = v {
                                m.acceleration[i] = v;
                            }
                        }
                    }
                }
            }
            Action::Switch(pressed) => {
                if let Some(p) = self.switch {
                    self.gpio.drive(p, pressed.then_some(false));
                }
            }
            Action::Touch(at) => {
                for d in &mut self.devices {
                    if let Device::Lcd160cr(l) = &mut d.device {
                        l.set_touch(at);
                    }
                }
            }
            Action::Pin(p, level) => self.gpio.drive(p, Some(level)),
            Action::Analog(p, value) => {
                self.analog.retain(|&(q, _)| q != p);
                self.analog.push((p, value));
            }
            Action::Uart(id, bytes) => {
                // A UART that is off loses what comes.
                if let (Some(f), true) = (self.on_receive, self.uart_baud[id as usize] > 0) {
                    for b in bytes {
                        f(id, b);
                    }
                }
            }
            Action::Screenshot(name) => self.screenshot(&name),
            Action::Stop => {
                self.end = self.now;
                self.stop();
            }
        }
        self.settle();
    }

    /// The simulation is over: outputs written, the process ends as the board would be
    /// switched off.
    fn stop(&mut self) -> ! {
        self.finish();
        eprintln!("pyboard-sim: stopped after {} of simulated time", seconds(self.now));
        std::process::exit(0)
    }

    /// Writes the LED timeline and the LCD's last picture as `end.png` (also when the program
    /// ends first; no pictures of a display the program never switched on).
    pub fn finish(&mut self) {
        let path = self.out_dir.join("leds.txt");
        let mut text = String::from("# LED timeline: simulated time, LED, new state\n");
        text.push_str(&self.timeline);
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("pyboard-sim: cannot write {}: {e}", path.display());
        }
        self.screenshot("end");
        for (id, sent) in self.uart_sent.iter().enumerate().filter(|(_, s)| !s.is_empty()) {
            let path = self.out_dir.join(format!("uart{id}.txt"));
            if let Err(e) = std::fs::write(&path, sent) {
                eprintln!("pyboard-sim: cannot write {}: {e}", path.display());
            }
        }
    }

    fn screenshot(&mut self, name: &str) {
        for d in &self.devices {
            if let Device::Lcd160cr(l) = &d.device {
                if !l.ever_powered {
                    return;
                }
                let path = self.out_dir.join(format!("{name}.png"));
                match std::fs::write(&path, l.png()) {
                    Ok(()) => self.written.push(name.to_string()),
                    Err(e) => eprintln!("pyboard-sim: cannot write {}: {e}", path.display()),
                }
                return;
            }
        }
    }

    /// After the pins changed: devices are powered by their pins, LED changes are logged.
    fn settle(&mut self) {
        for d in &mut self.devices {
            let on = d.power.is_none_or(|p| self.gpio.level(p));
            match &mut d.device {
                Device::Mma7660(m) => m.set_power(on),
                Device::Lcd160cr(l) => l.set_power(on),
            }
        }
        for i in 0..self.leds.len() {
            let on = self.gpio.level(self.leds[i]);
            if on != self.led_on[i] {
                self.led_on[i] = on;
                let state = if on { "on" } else { "off" };
                self.timeline.push_str(&format!("{} LED({}) {state}\n", seconds(self.now), i + 1));
            }
        }
    }

    pub fn pin_init(&mut self, p: PinId, mode: PinMode, pull: Pull) {
        self.gpio.init(p, mode, pull);
        self.settle();
    }

    pub fn pin_write(&mut self, p: PinId, high: bool) {
        self.gpio.write(p, high);
        self.settle();
    }

    /// EXTI line `p.pin` on pin `p`'s port for these edges (none: off).
    pub fn exti(&mut self, p: PinId, rising: bool, falling: bool) {
        self.gpio.exti(p, rising, falling);
    }

    pub fn exti_regs(&mut self) -> [u32; 6] {
        self.gpio.regs()
    }

    pub fn swint(&mut self, line: u8) {
        self.gpio.swint(line);
    }

    /// A pending EXTI line, taken.
    pub fn take_line(&mut self) -> Option<u8> {
        self.gpio.take_line()
    }

    /// Microseconds of the scenario's next event, if one is to come.
    pub fn next_event(&self) -> Option<u64> {
        self.events.get(self.next).map(|e| e.at)
    }

    /// What the ADC reads on pin `p`: the scenario's voltage, else the pin's level (a pin
    /// driven or pulled high reads 4095, else 0). A conversion takes 15 ADC clocks at 21 MHz:
    /// the clock moves on by a microsecond.
    pub fn adc_read(&mut self, p: PinId) -> u16 {
        self.advance(1);
        match self.analog.iter().find(|&&(q, _)| q == p) {
            Some(&(_, v)) => v,
            None if self.gpio.level(p) => 4095,
            None => 0,
        }
    }

    pub fn pin_read(&mut self, p: PinId) -> bool {
        self.gpio.level(p)
    }

    pub fn pin_out(&mut self, p: PinId) -> bool {
        self.gpio.out(p)
    }

    pub fn pin_mode(&mut self, p: PinId) -> (PinMode, Pull) {
        self.gpio.mode(p)
    }

    pub fn led_set(&mut self, i: usize, on: bool) {
        if self.led_pwm.get(i).copied().unwrap_or(false) {
            self.led_intensity(i, if on { 255 } else { 0 });
        } else if let Some(&p) = self.leds.get(i) {
            self.pin_write(p, on);
        }
    }

    /// LED(3) and LED(4) have PWM on the pyboard: a level between 0 and 255 is logged as such;
    /// 0 and 255 are off and on (the other LEDs: on above 0).
    pub fn led_intensity(&mut self, i: usize, value: u8) {
        let Some(&p) = self.leds.get(i) else { return };
        if (1..=254).contains(&value) && i >= 2 {
            // The pin is the timer's now: its level is the PWM's, logged as the intensity.
            self.led_on[i] = true;
            self.gpio.write(p, true);
            self.settle();
            self.timeline.push_str(&format!("{} LED({}) intensity {value}\n", seconds(self.now), i + 1));
            self.led_pwm[i] = true;
            return;
        }
        let was = self.led_on[i];
        self.pin_write(p, value > 0);
        if std::mem::take(&mut self.led_pwm[i]) && was == (value > 0) {
            let state = if value > 0 { "on" } else { "off" };
            self.timeline.push_str(&format!("{} LED({}) {state}\n", seconds(self.now), i + 1));
        }
    }

    pub fn led_get(&mut self, i: usize) -> bool {
        self.leds.get(i).is_some_and(|&p| self.gpio.out(p))
    }

    pub fn i2c_init(&mut self, bus: u8, hz: u32) -> Result<(), BusError> {
        let slot = self.bus_hz.get_mut(bus as usize).filter(|_| bus >= 1).ok_or(BusError::NoBus)?;
        // The STM32F4's I2C controllers go up to 400 kHz (fast mode), as the board's driver.
        *slot = hz.clamp(1_000, 400_000);
        Ok(())
    }

    /// Sets up SPI `bus` (1 or 2) as the pyboard's driver does: the clock is the APB clock
    /// (84 MHz for SPI1, 42 MHz for SPI2) over the smallest power of two from 2 to 256 that
    /// does not go above `mode.baudrate`. Returns that rate.
    pub fn spi_init(&mut self, bus: u8, mode: SpiMode) -> Result<u32, BusError> {
        let slot = self.spi_hz.get_mut(bus as usize).filter(|_| bus >= 1).ok_or(BusError::NoBus)?;
        *slot = spi_rate(if bus == 1 { 84_000_000 } else { 42_000_000 }, mode.baudrate);
        Ok(*slot)
    }

    pub fn wdt_start(&mut self, ms: u32) {
        let timeout = u64::from(ms) * 1000;
        self.wdt = Some((timeout, self.now + timeout));
    }

    pub fn wdt_feed(&mut self) {
        if let Some((timeout, deadline)) = &mut self.wdt {
            *deadline = self.now + *timeout;
        }
    }

    /// A DAC channel's new level (12 bits), state or waveform, in the timeline.
    pub fn dac_event(&mut self, ch: u8, what: &str) {
        self.timeline.push_str(&format!("{} DAC({ch}) {what}\n", seconds(self.now)));
    }

    /// Sets up UART `id` (1 to 6; 5 is not on the pyboard's pins): it runs at `baudrate`
    /// exactly (the model has no clock divider).
    pub fn uart_init(&mut self, id: u8, mode: UartMode) -> Result<u32, BusError> {
        if !matches!(id, 1..=4 | 6) {
            return Err(BusError::NoBus);
        }
        self.uart_baud[id as usize] = mode.baudrate.max(1);
        Ok(self.uart_baud[id as usize])
    }

    pub fn uart_deinit(&mut self, id: u8) {
        if let Some(b) = self.uart_baud.get_mut(id as usize) {
            *b = 0;
        }
    }

    /// Sends `bytes` (kept for `uart<N>.txt`); the clock moves on by 10 bits a byte.
    pub fn uart_write(&mut self, id: u8, bytes: &[u8]) -> Result<(), BusError> {
        let baud = *self.uart_baud.get(id as usize).filter(|&&b| b > 0).ok_or(BusError::NoBus)? as u64;
        self.uart_sent[id as usize].extend_from_slice(bytes);
        self.advance((10 * bytes.len() as u64 * 1_000_000).div_ceil(baud));
        Ok(())
    }

    pub fn uart_on_receive(&mut self, f: fn(u8, u8)) {
        self.on_receive = Some(f);
    }

    /// One SPI transfer of `max(tx, rx)` bytes on `bus` (bytes past `tx` are `fill`): a
    /// device listening on the bus while powered takes what is written; nothing drives MISO,
    /// so `rx` reads zeros. The clock moves on by the bits sent.
    pub fn spi(&mut self, bus: u8, tx: &[u8], rx: &mut [u8], fill: u8) -> Result<(), BusError> {
        let hz = *self.spi_hz.get(bus as usize).filter(|&&hz| bus >= 1 && hz > 0).ok_or(BusError::NoBus)? as u64;
        let n = tx.len().max(rx.len());
        self.advance((8 * n as u64 * 1_000_000).div_ceil(hz));
        rx.fill(0);
        let mut sent: Vec<u8> = tx.to_vec();
        sent.resize(n, fill);
        for d in self.devices.iter_mut().filter(|d| d.spi == Some(bus)) {
            if let Device::Lcd160cr(l) = &mut d.device {
                if l.powered() {
                    l.spi_write(&sent);
                }
            }
        }
        Ok(())
    }

    /// One transfer on `bus` to `addr`: `write` then (after a repeated start) `read`; the
    /// clock moves on by the bits it takes (start, address and each byte with its
    /// acknowledge, stop).
    pub fn i2c(&mut self, bus: u8, addr: u8, write: &[u8], read: &mut [u8], with_write: bool) -> Result<(), BusError> {
        let hz = *self.bus_hz.get(bus as usize).filter(|_| bus >= 1).ok_or(BusError::NoBus)? as u64;
        let frames = 1 + write.len() + read.len() + usize::from(with_write && !read.is_empty());
        let bits = 2 + 9 * frames as u64;
        self.advance((bits * 1_000_000).div_ceil(hz));
        let found = self.devices.iter_mut().find(|d| {
            let on = match &d.device {
                Device::Mma7660(m) => m.powered(),
                Device::Lcd160cr(l) => l.powered(),
            };
            on && d.bus == bus
                && (d.addr == addr || matches!(d.device, Device::Lcd160cr(_)) && d.addr + 1 == addr && !read.is_empty())
        });
        let Some(d) = found else { return Err(BusError::Nack) };
        match &mut d.device {
            Device::Mma7660(m) => {
                if with_write {
                    m.write(write);
                }
                if !read.is_empty() {
                    m.read(read);
                }
            }
            Device::Lcd160cr(l) => {
                if with_write {
                    l.write(write);
                }
                if !read.is_empty() {
                    if d.addr == addr {
                        l.read(read);
                    } else {
                        l.read_space(read);
                    }
                }
            }
        }
        Ok(())
    }
}

/// `1.250 s`.
fn seconds(us: u64) -> String {
    format!("{}.{:03} s", us / 1_000_000, us / 1000 % 1000)
}
