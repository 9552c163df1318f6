//! A GNU ld linker script for a board's memory map, laying firmware out as `mpyc`'s own linker
//! does: used to cross-check our linker against `arm-none-eabi-ld`.

use crate::board::Board;

pub fn gnu_ld(board: &Board) -> Option<String> {
    let m = board.memory.as_ref()?;
    let stack = board.stack_size.unwrap_or(8192);
    // With a boot region, the vector table and the reset code (`Reset`, in its own section)
    // go there, as our linker places them.
    let (boot_memory, boot) = match m.boot {
        Some(b) => (
            format!("  BOOT (rx) : ORIGIN = {:#x}, LENGTH = {:#x}\n", b.origin, b.length),
            "  .vector_table ORIGIN(BOOT) : { KEEP(*(.vector_table)) } > BOOT\n  \
             .boot : ALIGN(8) { *(.text.Reset) } > BOOT",
        ),
        None => (String::new(), "  .vector_table ORIGIN(FLASH) : { KEEP(*(.vector_table)) } > FLASH"),
    };
    Some(format!(
        "MEMORY {{
{boot_memory}  FLASH (rx) : ORIGIN = {:#x}, LENGTH = {:#x}
  RAM (rwx) : ORIGIN = {:#x}, LENGTH = {:#x}
}}
ENTRY(Reset)
EXTERN(__VECTOR_TABLE)
SECTIONS {{
{boot}
  .text : ALIGN(8) {{ *(.text .text.*) }} > FLASH
  .rodata : ALIGN(8) {{ *(.rodata .rodata.*) }} > FLASH
  .data : ALIGN(8) {{ __sdata = .; *(.data .data.*) . = ALIGN(4); __edata = .; }} > RAM AT > FLASH
  __sidata = LOADADDR(.data);
  .bss (NOLOAD) : ALIGN(8) {{ __sbss = .; *(.bss .bss.* COMMON) . = ALIGN(4); __ebss = .; }} > RAM
  __sheap = ALIGN(8);
  _stack_top = ORIGIN(RAM) + LENGTH(RAM);
  __eheap = _stack_top - {stack:#x};
  _stack_bottom = _stack_top - {stack:#x};
  /DISCARD/ : {{ *(.ARM.exidx .ARM.exidx.* .ARM.extab .ARM.extab.*) }}
}}
",
        m.flash.origin, m.flash.length, m.ram.origin, m.ram.length
    ))
}
