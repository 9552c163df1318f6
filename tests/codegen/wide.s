mix:
     0:  stmdb sp!, {r4, r5, r6, r7, sl, fp, lr}
     4:  mov r6, r3
     6:  ldr r5, [sp, #28]
     8:  ldr r7, [sp, #32]
     a:  ldr r1, [sp, #36]
     c:  umull sl, fp, r2, r5
    10:  add.w r3, sl, r0
    14:  subs r4, r3, r1
    16:  mla r2, r2, r7, fp
    1a:  mla r2, r6, r5, r2
    1e:  add.w r0, r2, r0, asr #31
    22:  cmp r3, sl
    24:  ite cc
    26:  movcc r2, #1
    28:  movcs r2, #0
    2a:  uxtb r2, r2
    2c:  adds r0, r0, r2
    2e:  cmp r3, r1
    30:  ite cc
    32:  movcc r1, #1
    34:  movcs r1, #0
    36:  uxtb r1, r1
    38:  subs r1, r0, r1
    3a:  mov r0, r4
    3c:  ldmia.w sp!, {r4, r5, r6, r7, sl, fp, pc}
call_mix:
     0:  stmdb sp!, {r6, r8, lr}
     4:  sub sp, #12
     6:  asrs r3, r0, #31
     8:  movs r6, #3
     a:  mov.w r8, #1
     e:  str r6, [sp, #0]
    10:  str.w r8, [sp, #4]
    14:  str r0, [sp, #8]
    16:  mov r2, r0
    18:  mov r0, r1
    1a:  bl <mix>	; ThmCall mix
    1e:  eors r0, r1
    20:  add sp, #12
    22:  ldmia.w sp!, {r6, r8, pc}
fmix:
     0:  stmdb sp!, {r4, r5, r6, r7, r8, r9, lr}
     4:  vpush {s16-s26}
     8:  vmov.f32 s26, s1
     c:  vmov r4, s2
    10:  vmov r5, s3
    14:  vmov r7, s4
    18:  vmov r9, s5
    1c:  vmov r0, s0
    20:  bl <__aeabi_f2d>	; ThmCall __aeabi_f2d
    24:  mov r6, r1
    26:  mov r8, r0
    28:  vmov.f32 s1, s26
    2c:  vmov r0, s1
    30:  bl <__aeabi_f2d>	; ThmCall __aeabi_f2d
    34:  mov r3, r6
    36:  mov r2, r8
    38:  mov ip, r0
    3a:  mov r0, r4
    3c:  mov r4, r1
    3e:  mov r1, r5
    40:  mov r5, ip
    42:  bl <__aeabi_dmul>	; ThmCall __aeabi_dmul
    46:  mov r3, r4
    48:  mov r4, r1
    4a:  mov r2, r5
    4c:  mov r5, r0
    4e:  mov r1, r9
    50:  mov r0, r7
    52:  bl <__aeabi_ddiv>	; ThmCall __aeabi_ddiv
    56:  mov r3, r1
    58:  mov r2, r0
    5a:  mov r1, r4
    5c:  mov r0, r5
    5e:  bl <__aeabi_dadd>	; ThmCall __aeabi_dadd
    62:  vmov s0, r0
    66:  vmov s1, r1
    6a:  vpop {s16-s26}
    6e:  ldmia.w sp!, {r4, r5, r6, r7, r8, r9, pc}
call_fmix:
     0:  push {r3, r4, r5, r6, lr}
     2:  vpush {s16}
     6:  mov r4, r0
     8:  mov r0, r1
     a:  bl <__aeabi_i2d>	; ThmCall __aeabi_i2d
     e:  mov r6, r0
    10:  mov r0, r4
    12:  vmov s16, r0
    16:  vcvt.f32.s32 s0, s16
    1a:  mov.w r4, #1073741824
    1e:  vmov s1, r4
    22:  movs r5, #0
    24:  movw r4, #0
    28:  movt r4, #16376
    2c:  mov r0, r6
    2e:  vmov s2, r0
    32:  vmov s3, r1
    36:  vmov s4, r5
    3a:  vmov s5, r4
    3e:  bl <fmix>	; ThmCall fmix
    42:  vmov r0, s0
    46:  vmov r1, s1
    4a:  movs r2, #0
    4c:  movw r3, #0
    50:  movt r3, #16528
    54:  bl <__aeabi_dmul>	; ThmCall __aeabi_dmul
    58:  bl <__aeabi_d2iz>	; ThmCall __aeabi_d2iz
    5c:  vpop {s16}
    60:  pop {r3, r4, r5, r6, pc}
divshift:
     0:  stmdb sp!, {r3, r4, r5, r6, r7, r8, r9, sl, fp, lr}
     4:  mov.w r9, r1, asr #31
     8:  orr.w fp, r1, r9
     c:  cmp.w fp, #0
    10:  bne.n <+4>
    12:  udf #0
    14:  movw r8, #51719
    18:  movt r8, #15258
    1c:  umull sl, fp, r0, r8
    20:  asrs r4, r0, #31
    22:  mla r4, r4, r8, fp
    26:  eor.w r5, r4, #2147483648
    2a:  orr.w r5, sl, r5
    2e:  cmp r5, #0
    30:  ite eq
    32:  moveq r5, #1
    34:  movne r5, #0
    36:  and.w r6, r1, r9
    3a:  mov r7, r1
    3c:  cmp.w r6, #4294967295
    40:  ite eq
    42:  moveq r6, #1
    44:  movne r6, #0
    46:  ands r5, r6
    48:  uxtb r5, r5
    4a:  cmp r5, #0
    4c:  beq.n <+4>
    4e:  udf #0
    50:  mov r5, r7
    52:  mov r0, sl
    54:  mov r1, r4
    56:  mov r2, r5
    58:  mov r3, r9
    5a:  bl <__aeabi_ldivmod>	; ThmCall __aeabi_ldivmod
    5e:  mov r8, r0
    60:  mov r7, r1
    62:  mov r3, r9
    64:  mov r1, r4
    66:  mov r0, sl
    68:  mov r2, r5
    6a:  bl <__aeabi_ldivmod>	; ThmCall __aeabi_ldivmod
    6e:  mov r4, r2
    70:  mov r6, r3
    72:  and.w r2, r5, #63
    76:  mov r0, r8
    78:  mov r1, r7
    7a:  bl <__aeabi_llsl>	; ThmCall __aeabi_llsl
    7e:  mov r2, r4
    80:  eor.w r4, r0, r2
    84:  mov r3, r6
    86:  eor.w r5, r1, r3
    8a:  adds r0, r4, r5
    8c:  ldmia.w sp!, {r3, r4, r5, r6, r7, r8, r9, sl, fp, pc}
switch:
     0:  cmp r0, #4
     2:  bcs.n <b4>
     4:  tbh [pc, r0, lsl #1]
     8:  .short 0x0004
     a:  .short 0x0005
     c:  .short 0x0006
     e:  .short 0x0007
    10:  b.n <b1>
    12:  b.n <b2>
    14:  b.n <b3>
    16:  movs r0, #10
    18:  bx lr
    1a:  movs r0, #20
    1c:  bx lr
    1e:  movs r0, #30
    20:  bx lr
    22:  movs r0, #99
    24:  bx lr
one_ueq:
     0:  vmov s3, r0
     4:  vmov s5, r1
     8:  vcmp.f32 s3, s5
     c:  vmrs APSR_nzcv, fpscr
    10:  ite mi
    12:  movmi r0, #1
    14:  movpl r0, #0
    16:  it gt
    18:  movgt r0, #1
    1a:  vcmp.f32 s3, s5
    1e:  vmrs APSR_nzcv, fpscr
    22:  ite eq
    24:  moveq r1, #1
    26:  movne r1, #0
    28:  it vs
    2a:  movvs r1, #1
    2c:  uxtb r0, r0
    2e:  uxtb r1, r1
    30:  orr.w r0, r0, r1, lsl #1
    34:  bx lr
