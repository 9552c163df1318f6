max:
     0:  cmp r0, r1
     2:  ite gt
     4:  movgt r0, r0
     6:  movle r0, r1
     8:  bx lr
below:
     0:  cmp r0, r1
     2:  bcs.n <b2>
     4:  movs r0, #1
     6:  bx lr
     8:  movs r0, #2
     a:  bx lr
flag:
     0:  cmn.w r0, #5
     4:  ite eq
     6:  moveq r2, #1
     8:  movne r2, #0
     a:  uxtb r0, r2
     c:  bx lr
