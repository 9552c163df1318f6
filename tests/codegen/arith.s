add:
     0:  adds r0, r0, r1
     2:  bx lr
imm:
     0:  addw r2, r0, #4095
     4:  and.w r0, r2, #4278255360
     8:  movw r1, #61440
     c:  movt r1, #65535
    10:  adds r0, r0, r1
    12:  movw r1, #22136
    16:  movt r1, #4660
    1a:  eors r0, r1
    1c:  bx lr
shifts:
     0:  and.w r2, r1, #31
     4:  lsl.w r0, r0, r2
     8:  asrs r0, r0, #3
     a:  and.w r2, r1, #31
     e:  lsr.w r0, r0, r2
    12:  rsb r1, r1, #0
    16:  ror.w r0, r0, r1
    1a:  bx lr
muldiv:
     0:  mul.w r3, r0, r1
     4:  sdiv r2, r3, r1
     8:  sdiv r3, r0, r1
     c:  mls r0, r3, r1, r0
    10:  adds r0, r2, r0
    12:  bx lr
