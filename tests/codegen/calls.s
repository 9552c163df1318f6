weights:
     0:  stmdb sp!, {r4, r5, r6, r7, r8, r9, sl, lr}
     4:  ldr r5, [sp, #32]
     6:  ldr r7, [sp, #36]
     8:  movw sl, #34464
     c:  movt sl, #1
    10:  movw r9, #10000
    14:  mov.w r8, #1000
    18:  movs r6, #100
    1a:  movs r4, #10
    1c:  mul.w r0, r0, sl
    20:  mul.w r9, r1, r9
    24:  mul.w r1, r2, r8
    28:  mul.w r3, r3, r6
    2c:  mul.w r2, r5, r4
    30:  add.w r0, r0, r9
    34:  adds r3, r1, r3
    36:  adds r1, r2, r7
    38:  adds r0, r0, r3
    3a:  adds r0, r0, r1
    3c:  ldmia.w sp!, {r4, r5, r6, r7, r8, r9, sl, pc}
caller:
     0:  stmdb sp!, {r8, r9, lr}
     4:  sub sp, #12
     6:  str r0, [sp, #0]
     8:  mov r9, r0
     a:  str r1, [sp, #4]
     c:  mov r8, r1
     e:  mov r2, r9
    10:  mov r3, r8
    12:  bl <weights>	; ThmCall weights
    16:  add.w r0, r0, r9
    1a:  add.w r0, r0, r8
    1e:  add sp, #12
    20:  ldmia.w sp!, {r8, r9, pc}
