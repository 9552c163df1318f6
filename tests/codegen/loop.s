sum:
     0:  movs r3, #0
     2:  mov r1, r0
     4:  mov r0, r3
     6:  cmp r3, r1
     8:  bge.n <b3>
     a:  adds r0, r0, r3
     c:  adds r3, r3, #1
     e:  cmp r3, r1
    10:  blt.n <b2>
    12:  bx lr
