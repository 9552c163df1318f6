sum:
     0:  movs r3, #0
     2:  mov r1, r0
     4:  mov r0, r3
     6:  cmp r3, r1
     8:  bge.w <b3>
     c:  adds r0, r0, r3
     e:  addw r3, r3, #1
    12:  b.w <b1>
    16:  bx lr
