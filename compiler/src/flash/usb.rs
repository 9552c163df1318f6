//! The DFU interface of a board in DFU mode over USB, with nusb (no libusb): finding it by its
//! USB ids, reading its DfuSe memory layout and transfer size, and the class control requests
//! [`super::dfuse::Download`] sends.

use super::dfuse::{Control, UsbError};
use crate::board::Dfu;
use anyhow::{anyhow, bail, Result};
use nusb::transfer::{ControlIn, ControlOut, ControlType, Recipient};
use nusb::MaybeFuture;
use std::time::Duration;

/// The USB interface class and subclass of DFU (application specific, device firmware upgrade).
const DFU_CLASS: (u8, u8) = (0xFE, 0x01);
/// The DFU functional descriptor's type.
const DFU_FUNCTIONAL: u8 = 0x21;
const TIMEOUT: Duration = Duration::from_secs(5);

pub struct DfuUsb {
    interface: nusb::Interface,
    number: u8,
    /// The alternate setting's name: its DfuSe memory layout.
    pub layout: String,
    pub transfer_size: u16,
}

/// What to tell a user who cannot open the device.
pub fn udev_help(dfu: &Dfu) -> String {
    format!(
        "permission denied opening the board's USB device ({:04x}:{:04x}).\n\
         Allow your user to open it with a udev rule, then unplug and replug the board:\n  \
         echo 'SUBSYSTEM==\"usb\", ATTRS{{idVendor}}==\"{:04x}\", ATTRS{{idProduct}}==\"{:04x}\", MODE=\"0660\", TAG+=\"uaccess\"' \\\n    \
         | sudo tee /etc/udev/rules.d/49-mpyc-dfu.rules\n  \
         sudo udevadm control --reload-rules && sudo udevadm trigger",
        dfu.vendor, dfu.product, dfu.vendor, dfu.product
    )
}

/// What to tell a user when no board in DFU mode is on the bus.
pub fn not_found_help(board: &str, dfu: &Dfu) -> String {
    format!(
        "no {board} in DFU mode found (USB {:04x}:{:04x}).\n\
         Put the board in DFU mode, then run this again:\n  \
         - running MicroPython: at its REPL type `import pyb; pyb.bootloader()` (or `machine.bootloader()`), or\n  \
         - any firmware: connect the DFU pin (P1, BOOT0) to 3V3 with a jumper wire and press RST;\n    \
         remove the jumper after flashing.\n\
         `lsusb` lists it as \"STMicroelectronics STM Device in DFU Mode\" once it is in DFU mode.",
        dfu.vendor, dfu.product
    )
}

fn usb_error(e: impl std::fmt::Display) -> UsbError {
    UsbError(e.to_string())
}

impl DfuUsb {
    /// Opens the DFU interface's alternate setting `dfu.alt` of the first device with the
    /// board's USB ids.
    pub fn open(board: &str, dfu: &Dfu) -> Result<DfuUsb> {
        let devices = nusb::list_devices().wait().map_err(|e| {
            anyhow!(
                "{}\n(this machine shows no USB devices at all: {e}; in a container or virtual machine, pass the \
                 board's USB device through to it)",
                not_found_help(board, dfu)
            )
        })?;
        let mut found: Vec<nusb::DeviceInfo> =
            devices.filter(|d| d.vendor_id() == dfu.vendor && d.product_id() == dfu.product).collect();
        let Some(info) = found.pop() else {
            bail!("{}", not_found_help(board, dfu));
        };
        if !found.is_empty() {
            bail!(
                "{} devices in DFU mode ({:04x}:{:04x}) are connected: leave one",
                found.len() + 1,
                dfu.vendor,
                dfu.product
            );
        }
        let device = info.open().wait().map_err(|e| match e.kind() {
            nusb::ErrorKind::PermissionDenied => anyhow!("{}", udev_help(dfu)),
            _ => anyhow!("cannot open the board's USB device: {e}"),
        })?;
        let config = device.active_configuration().map_err(|e| anyhow!("the board's USB device: {e}"))?;
        let alt = config
            .interface_alt_settings()
            .find(|a| (a.class(), a.subclass()) == DFU_CLASS && a.alternate_setting() == dfu.alt)
            .ok_or_else(|| {
                anyhow!(
                    "the USB device {:04x}:{:04x} has no DFU alternate setting {}",
                    dfu.vendor,
                    dfu.product,
                    dfu.alt
                )
            })?;
        let number = alt.interface_number();
        let name_index = alt.string_index();
        let transfer_size = config
            .descriptors()
            .find(|d| d.descriptor_type() == DFU_FUNCTIONAL && d.descriptor_len() >= 7)
            .map(|d| u16::from_le_bytes([d.as_bytes()[5], d.as_bytes()[6]]))
            .ok_or_else(|| anyhow!("the board's DFU interface has no functional descriptor"))?;
        let layout = match name_index {
            Some(i) => device
                .get_string_descriptor(i, nusb::descriptors::language_id::US_ENGLISH, TIMEOUT)
                .wait()
                .map_err(|e| anyhow!("cannot read the DFU memory layout: {e}"))?,
            None => bail!("the board's DFU interface does not describe its memory (it is not a DfuSe bootloader)"),
        };
        let interface = device.detach_and_claim_interface(number).wait().map_err(|e| match e.kind() {
            nusb::ErrorKind::PermissionDenied => anyhow!("{}", udev_help(dfu)),
            nusb::ErrorKind::Busy => anyhow!("another program (dfu-util?) is using the board's USB device: close it"),
            _ => anyhow!("cannot claim the board's DFU interface: {e}"),
        })?;
        if dfu.alt != 0 {
            interface
                .set_alt_setting(dfu.alt)
                .wait()
                .map_err(|e| anyhow!("cannot select DFU alternate setting {}: {e}", dfu.alt))?;
        }
        Ok(DfuUsb { interface, number, layout, transfer_size })
    }
}

impl Control for DfuUsb {
    fn control_out(&mut self, request: u8, value: u16, data: &[u8]) -> Result<(), UsbError> {
        let c = ControlOut {
            control_type: ControlType::Class,
            recipient: Recipient::Interface,
            request,
            value,
            index: self.number as u16,
            data,
        };
        self.interface.control_out(c, TIMEOUT).wait().map_err(usb_error)
    }

    fn control_in(&mut self, request: u8, value: u16, len: u16) -> Result<Vec<u8>, UsbError> {
        let c = ControlIn {
            control_type: ControlType::Class,
            recipient: Recipient::Interface,
            request,
            value,
            index: self.number as u16,
            length: len,
        };
        self.interface.control_in(c, TIMEOUT).wait().map_err(usb_error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The help names the board's ids in the udev rule, and what to press.
    #[test]
    fn help_texts() {
        let dfu = Dfu { vendor: 0x0483, product: 0xdf11, alt: 0 };
        let u = udev_help(&dfu);
        assert!(u.contains(r#"ATTRS{idVendor}=="0483", ATTRS{idProduct}=="df11""#), "{u}");
        assert!(u.contains("/etc/udev/rules.d/") && u.contains("udevadm"), "{u}");
        let n = not_found_help("pyboard", &dfu);
        assert!(n.contains("pyb.bootloader()") && n.contains("BOOT0") && n.contains("0483:df11"), "{n}");
    }
}
