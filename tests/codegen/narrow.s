byte_compare:
     0:  mov r3, r0
     2:  sxtb r0, r3
     4:  sxtb r1, r1
     6:  cmp r0, r1
     8:  ite lt
     a:  movlt r0, #1
     c:  movge r0, #0
     e:  uxtb r0, r0
    10:  bx lr
half_shift:
     0:  mov r2, r0
     2:  uxth r0, r2
     4:  lsrs r0, r0, #4
     6:  sxth r1, r2
     8:  asrs r1, r1, #4
     a:  uxth r0, r0
     c:  sxth r1, r1
     e:  eors r0, r1
    10:  bx lr
