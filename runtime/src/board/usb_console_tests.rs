//! The USB console on a model bus that plays the host's part: the device enumerates (its
//! descriptors decoded by nusb's parser), output written before the port is opened arrives
//! after, Ctrl-C is noticed, and 1200 baud asks for the bootloader.
//!
//! The model follows the contract of usb-device's `UsbBus` trait: a SETUP or OUT packet is
//! reported by `poll` until read, an IN packet is held until the host takes it and is then
//! reported complete once; endpoint 0 is the control pipe, 8-byte SETUP packets on it.

use super::usb_console::*;
use std::cell::RefCell;
use std::collections::VecDeque;
use usb_device::bus::{PollResult, UsbBus, UsbBusAllocator};
use usb_device::endpoint::{EndpointAddress, EndpointType};
use usb_device::{UsbDirection, UsbError};

#[derive(Default)]
struct Endpoint {
    kind: Option<EndpointType>,
    max_packet: u16,
    /// OUT: packets the host sent and the device has not read (true: a SETUP packet).
    out: VecDeque<(bool, Vec<u8>)>,
    /// IN: the packet the device wrote and the host has not taken.
    held: Option<Vec<u8>>,
    /// IN: the host took a packet; reported once by `poll`.
    completed: bool,
    stalled: bool,
}

#[derive(Default)]
struct State {
    eps: [[Endpoint; 2]; 4],
    address: u8,
    reset: bool,
    enabled: bool,
}

/// The model bus: four bidirectional endpoints, as the F405's OTG FS core has.
#[derive(Default)]
struct ModelBus(RefCell<State>);

// SAFETY: the model is used by one test thread only; the trait asks for Sync because a real
// bus is shared with an interrupt handler.
unsafe impl Sync for ModelBus {}

fn dir(a: EndpointAddress) -> usize {
    (a.direction() == UsbDirection::In) as usize
}

impl UsbBus for ModelBus {
    fn alloc_ep(
        &mut self,
        ep_dir: UsbDirection,
        ep_addr: Option<EndpointAddress>,
        ep_type: EndpointType,
        max_packet_size: u16,
        _interval: u8,
    ) -> usb_device::Result<EndpointAddress> {
        let s = self.0.get_mut();
        let free = |i: usize, s: &State| s.eps[i][(ep_dir == UsbDirection::In) as usize].kind.is_none();
        let index = match ep_addr {
            Some(a) if free(a.index(), s) => a.index(),
            Some(_) => return Err(UsbError::InvalidEndpoint),
            None => (1..4).find(|&i| free(i, s)).ok_or(UsbError::EndpointOverflow)?,
        };
        let ep = &mut s.eps[index][(ep_dir == UsbDirection::In) as usize];
        ep.kind = Some(ep_type);
        ep.max_packet = max_packet_size;
        Ok(EndpointAddress::from_parts(index, ep_dir))
    }

    fn enable(&mut self) {
        self.0.get_mut().enabled = true;
    }

    fn reset(&self) {
        let mut s = self.0.borrow_mut();
        for pair in s.eps.iter_mut() {
            for ep in pair.iter_mut() {
                ep.out.clear();
                ep.held = None;
                ep.completed = false;
                ep.stalled = false;
            }
        }
        s.address = 0;
    }

    fn set_device_address(&self, addr: u8) {
        self.0.borrow_mut().address = addr;
    }

    fn write(&self, ep_addr: EndpointAddress, buf: &[u8]) -> usb_device::Result<usize> {
        let mut s = self.0.borrow_mut();
        let ep = &mut s.eps[ep_addr.index()][1];
        if ep.kind.is_none() {
            return Err(UsbError::InvalidEndpoint);
        }
        if buf.len() > ep.max_packet as usize {
            return Err(UsbError::BufferOverflow);
        }
        if ep.held.is_some() {
            return Err(UsbError::WouldBlock);
        }
        ep.held = Some(buf.to_vec());
        Ok(buf.len())
    }

    fn read(&self, ep_addr: EndpointAddress, buf: &mut [u8]) -> usb_device::Result<usize> {
        let mut s = self.0.borrow_mut();
        let ep = &mut s.eps[ep_addr.index()][0];
        let Some((_, packet)) = ep.out.front() else { return Err(UsbError::WouldBlock) };
        if packet.len() > buf.len() {
            return Err(UsbError::BufferOverflow);
        }
        let (_, packet) = ep.out.pop_front().expect("checked");
        buf[..packet.len()].copy_from_slice(&packet);
        Ok(packet.len())
    }

    fn set_stalled(&self, ep_addr: EndpointAddress, stalled: bool) {
        self.0.borrow_mut().eps[ep_addr.index()][dir(ep_addr)].stalled = stalled;
    }

    fn is_stalled(&self, ep_addr: EndpointAddress) -> bool {
        self.0.borrow().eps[ep_addr.index()][dir(ep_addr)].stalled
    }

    fn suspend(&self) {}

    fn resume(&self) {}

    fn poll(&self) -> PollResult {
        let mut s = self.0.borrow_mut();
        if std::mem::take(&mut s.reset) {
            return PollResult::Reset;
        }
        let (mut ep_out, mut ep_in_complete, mut ep_setup) = (0u16, 0u16, 0u16);
        for (i, pair) in s.eps.iter_mut().enumerate() {
            match pair[0].out.front() {
                Some((true, _)) => ep_setup |= 1 << i,
                Some((false, _)) => ep_out |= 1 << i,
                None => {}
            }
            if std::mem::take(&mut pair[1].completed) {
                ep_in_complete |= 1 << i;
            }
        }
        if ep_out | ep_in_complete | ep_setup == 0 {
            PollResult::None
        } else {
            PollResult::Data { ep_out, ep_in_complete, ep_setup }
        }
    }
}

/// The host's side of the model bus.
struct Host<'a> {
    console: Console<'a, ModelBus>,
    events: Events,
}

impl Host<'_> {
    fn bus(&self) -> &ModelBus {
        self.console.device().bus()
    }

    /// Polls until the device has nothing more to do, gathering the events.
    fn poll(&mut self) {
        for _ in 0..8 {
            let e = self.console.poll();
            self.events.interrupt |= e.interrupt;
            self.events.bootloader |= e.bootloader;
        }
    }

    fn send(&mut self, ep: usize, setup: bool, data: &[u8]) {
        self.bus().0.borrow_mut().eps[ep][0].out.push_back((setup, data.to_vec()));
        self.poll();
    }

    /// Takes the packet endpoint `ep` holds, if any (the IN token being answered).
    fn take(&mut self, ep: usize) -> Option<Vec<u8>> {
        let packet = {
            let mut s = self.bus().0.borrow_mut();
            let e = &mut s.eps[ep][1];
            let p = e.held.take();
            e.completed |= p.is_some();
            p
        };
        self.poll();
        packet
    }

    fn setup(request_type: u8, request: u8, value: u16, index: u16, length: u16) -> [u8; 8] {
        let mut p = [request_type, request, 0, 0, 0, 0, 0, 0];
        p[2..4].copy_from_slice(&value.to_le_bytes());
        p[4..6].copy_from_slice(&index.to_le_bytes());
        p[6..8].copy_from_slice(&length.to_le_bytes());
        p
    }

    /// A control transfer with a data stage to the host: SETUP, IN packets until a short one,
    /// then the zero-length OUT status.
    fn control_in(&mut self, request_type: u8, request: u8, value: u16, index: u16, length: u16) -> Vec<u8> {
        self.send(0, true, &Self::setup(request_type, request, value, index, length));
        let mut data = Vec::new();
        while let Some(p) = self.take(0) {
            let short = p.len() < 64;
            data.extend(p);
            if short || data.len() >= length as usize {
                break;
            }
        }
        self.send(0, false, &[]);
        assert!(!self.bus().is_stalled(EndpointAddress::from_parts(0, UsbDirection::In)), "request stalled");
        data
    }

    /// A control transfer to the device: SETUP, the data, then the zero-length IN status.
    fn control_out(&mut self, request_type: u8, request: u8, value: u16, index: u16, data: &[u8]) {
        self.send(0, true, &Self::setup(request_type, request, value, index, data.len() as u16));
        if !data.is_empty() {
            self.send(0, false, data);
        }
        let status = self.take(0);
        assert_eq!(status, Some(vec![]), "no status stage for request {request:#x}");
    }

    fn descriptor(&mut self, kind: u8, index: u8, length: u16) -> Vec<u8> {
        self.control_in(0x80, 6, (kind as u16) << 8 | index as u16, if kind == 3 { 0x0409 } else { 0 }, length)
    }

    /// Address, configuration, as the host's enumeration ends.
    fn configure(&mut self) {
        self.control_out(0x00, 5, 7, 0, &[]);
        assert_eq!(self.bus().0.borrow().address, 7);
        self.control_out(0x00, 9, 1, 0, &[]);
    }

    /// SET_CONTROL_LINE_STATE on the communication interface: DTR (bit 0), RTS (bit 1).
    fn line_state(&mut self, dtr: bool) {
        self.control_out(0x21, 0x22, dtr as u16 | 2, 0, &[]);
    }

    /// SET_LINE_CODING: `baud`, 8N1.
    fn line_coding(&mut self, baud: u32) {
        let mut coding = baud.to_le_bytes().to_vec();
        coding.extend([0, 0, 8]);
        self.control_out(0x21, 0x20, 0, 0, &coding);
    }

    /// Everything the device's bulk IN endpoint sends.
    fn read_all(&mut self, ep: usize) -> Vec<u8> {
        let mut got = Vec::new();
        while let Some(p) = self.take(ep) {
            got.extend(p);
        }
        got
    }
}

const VID: u16 = 0x1209;
const PID: u16 = 0x0001;

fn with_console(test: impl FnOnce(&mut Host)) {
    let bus: &'static UsbBusAllocator<ModelBus> = Box::leak(Box::new(UsbBusAllocator::new(ModelBus::default())));
    let console = Console::new(bus, VID, PID, "0123456789AB").expect("the builder takes the settings");
    let mut host = Host { console, events: Events::default() };
    host.bus().0.borrow_mut().reset = true;
    host.poll();
    test(&mut host);
}

/// The device and configuration descriptors, decoded by nusb: a composite device (class
/// 0xEF/2/1, interface association) whose one function is CDC-ACM: a communication interface
/// (class 2, subclass 2 = ACM) with an interrupt IN endpoint, and a data interface (class 10)
/// with a bulk IN and a bulk OUT endpoint of 64 bytes; the strings say what the device is.
#[test]
fn descriptors_decode_as_cdc_acm() {
    with_console(|host| {
        let d = host.descriptor(1, 0, 18);
        let dev = nusb::descriptors::DeviceDescriptor::new(&d).expect("a device descriptor");
        assert_eq!((dev.vendor_id(), dev.product_id()), (VID, PID));
        assert_eq!((dev.class(), dev.subclass(), dev.protocol()), (0xEF, 0x02, 0x01));
        assert_eq!(dev.max_packet_size_0(), 64);
        assert_eq!(dev.num_configurations(), 1);
        let product = host.descriptor(3, dev.product_string_index().expect("a product string").get(), 255);
        let text: Vec<u16> = product[2..].chunks(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
        assert_eq!(String::from_utf16(&text).unwrap(), PRODUCT);
        let serial = host.descriptor(3, dev.serial_number_string_index().expect("a serial").get(), 255);
        assert_eq!(serial.len(), 2 + 2 * 12);

        let head = host.descriptor(2, 0, 9);
        let total = u16::from_le_bytes([head[2], head[3]]);
        let c = host.descriptor(2, 0, total);
        assert_eq!(c.len(), total as usize);
        let config = nusb::descriptors::ConfigurationDescriptor::new(&c).expect("a configuration descriptor");
        assert_eq!(config.num_interfaces(), 2);
        let iad: Vec<_> = config.descriptors().filter(|d| d.descriptor_type() == 0x0B).collect();
        assert_eq!(iad.len(), 1, "one interface association");
        // bFirstInterface 0, bInterfaceCount 2, function class CDC / ACM.
        assert_eq!(&iad[0][2..6], &[0, 2, 0x02, 0x02]);
        let interfaces: Vec<_> = config.interface_alt_settings().collect();
        assert_eq!(interfaces.len(), 2);
        let comm = &interfaces[0];
        assert_eq!((comm.interface_number(), comm.class(), comm.subclass()), (0, 0x02, 0x02));
        let eps: Vec<_> = comm.endpoints().collect();
        assert_eq!(eps.len(), 1);
        assert_eq!(eps[0].transfer_type(), nusb::descriptors::TransferType::Interrupt);
        assert_eq!(eps[0].direction(), nusb::transfer::Direction::In);
        // The class-specific descriptors: the header first (CDC 1.2 §5.2.3), then ACM, union
        // (interface 0 controls interface 1) and call management.
        let mut cs: Vec<_> = comm.descriptors().filter(|d| d.descriptor_type() == 0x24).map(|d| d[2]).collect();
        assert_eq!(cs.first(), Some(&0x00));
        cs.sort();
        assert_eq!(cs, [0x00, 0x01, 0x02, 0x06]);
        let union = comm.descriptors().find(|d| d.descriptor_type() == 0x24 && d[2] == 0x06).unwrap();
        assert_eq!(&union[3..5], &[0, 1]);
        let data = &interfaces[1];
        assert_eq!((data.interface_number(), data.class()), (1, 0x0A));
        let eps: Vec<_> = data.endpoints().collect();
        assert_eq!(eps.len(), 2);
        for ep in &eps {
            assert_eq!(ep.transfer_type(), nusb::descriptors::TransferType::Bulk);
            assert_eq!(ep.max_packet_size(), 64);
        }
        let dirs: Vec<_> = eps.iter().map(|e| e.direction()).collect();
        assert!(dirs.contains(&nusb::transfer::Direction::In) && dirs.contains(&nusb::transfer::Direction::Out));
    });
}

/// Output written before a host opens the port arrives, in order, once it does (DTR); while
/// the port is closed nothing is sent.
#[test]
fn output_before_the_port_opens_is_kept() {
    with_console(|host| {
        assert_eq!(host.console.write(b"hello before anyone listens\n"), 28);
        host.configure();
        assert_eq!(host.read_all(2), b"", "sent before the port was opened");
        assert!(!host.console.connected());
        host.line_state(true);
        assert!(host.console.connected());
        let mut got = host.read_all(2);
        host.console.write(b"and after\n");
        host.poll();
        got.extend(host.read_all(2));
        assert_eq!(got, b"hello before anyone listens\nand after\n");
        assert_eq!(host.console.pending_output(), 0);
    });
}

/// The buffer is bounded: with no host, the latest TX_CAPACITY bytes are kept.
#[test]
fn output_buffer_is_bounded() {
    with_console(|host| {
        let text: Vec<u8> = (0..TX_CAPACITY + 500).map(|i| b'a' + (i % 26) as u8).collect();
        assert_eq!(host.console.write(&text), text.len());
        assert_eq!(host.console.pending_output(), TX_CAPACITY);
        host.configure();
        host.line_state(true);
        let mut got = Vec::new();
        for _ in 0..200 {
            got.extend(host.read_all(2));
            host.poll();
        }
        assert_eq!(got, &text[500..]);
    });
}

/// With a host connected and not reading, writes take only what fits (the caller waits).
#[test]
fn connected_writes_take_what_fits() {
    with_console(|host| {
        host.configure();
        host.line_state(true);
        let text = vec![b'x'; TX_CAPACITY * 2];
        let taken = host.console.write(&text);
        assert!(taken < text.len() && taken >= TX_CAPACITY, "{taken}");
    });
}

/// Ctrl-C from the host is an interrupt event, not input, and drops input typed before it.
#[test]
fn ctrl_c_interrupts() {
    with_console(|host| {
        host.configure();
        host.line_state(true);
        host.send(1, false, b"ab");
        assert!(!host.events.interrupt);
        host.send(1, false, b"x\x03cd");
        assert!(host.events.interrupt);
        let mut input = Vec::new();
        while let Some(b) = host.console.read_byte() {
            input.push(b);
        }
        assert_eq!(input, b"cd");
    });
}

/// Setting the line to 1200 baud asks for the bootloader; other rates do not, and the request
/// comes once per change.
#[test]
fn twelve_hundred_baud_asks_for_the_bootloader() {
    with_console(|host| {
        host.configure();
        host.line_coding(115_200);
        host.line_state(true);
        assert!(!host.events.bootloader);
        host.line_coding(1200);
        assert!(host.events.bootloader);
        host.events = Events::default();
        host.poll();
        assert!(!host.events.bootloader, "asked again without a new line coding");
        host.line_coding(9600);
        assert!(!host.events.bootloader);
    });
}

#[test]
fn ring_keeps_order_and_bounds() {
    let mut r: Ring<4> = Ring::new();
    for b in 1..=4 {
        assert!(r.push(b));
    }
    assert!(!r.push(5));
    assert_eq!(r.pop(), Some(1));
    r.push_overwrite(5);
    r.push_overwrite(6);
    assert_eq!(r.len(), 4);
    let mut all = Vec::new();
    while !r.is_empty() {
        let n = r.front().len();
        all.extend_from_slice(r.front());
        r.consume(n);
    }
    assert_eq!(all, [3, 4, 5, 6]);
    assert_eq!(r.pop(), None);
}
