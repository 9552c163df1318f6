weights:
     0:  stmdb sp!, {r4, r5, r6, r7, r8, r9, sl, lr}
     4:  mov sl, r1
     6:  ldr r5, [sp, #32]
     8:  ldr r1, [sp, #36]
     a:  movw r8, #34464
     e:  movt r8, #1
    12:  movw r4, #10000
    16:  mov.w r9, #1000
    1a:  movs r7, #100
    1c:  movs r6, #10
    1e:  mul.w r0, r0, r8
    22:  mul.w r2, r2, r9
    26:  mov r8, sl
    28:  mla r0, r8, r4, r0
    2c:  mla r2, r3, r7, r2
    30:  mla r1, r5, r6, r1
    34:  adds r0, r0, r2
    36:  adds r0, r0, r1
    38:  ldmia.w sp!, {r4, r5, r6, r7, r8, r9, sl, pc}
caller:
     0:  stmdb sp!, {r7, r8, r9, lr}
     4:  sub sp, #8
     6:  str r0, [sp, #0]
     8:  mov r9, r0
     a:  str r1, [sp, #4]
     c:  mov r8, r1
     e:  mov r2, r9
    10:  mov r3, r8
    12:  bl <weights>	; ThmCall weights
    16:  add.w r7, r0, r9
    1a:  add.w r0, r7, r8
    1e:  add sp, #8
    20:  ldmia.w sp!, {r7, r8, r9, pc}
