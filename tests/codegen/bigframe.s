far_slot:
     0:  mov.w ip, #8192
     4:  sub.w sp, sp, ip
     8:  add.w r2, sp, #4096
     c:  str r0, [r2, #0]
     e:  movw r0, #8188
    12:  add.w r0, sp, r0
    16:  movs r1, #7
    18:  str r1, [r0, #0]
    1a:  ldr r1, [r2, #0]
    1c:  ldr r0, [r0, #0]
    1e:  adds r0, r1, r0
    20:  mov.w ip, #8192
    24:  add.w sp, sp, ip
    28:  bx lr
id:
     0:  bx lr
far_floats:
     0:  stmdb sp!, {r4, r5, r9, lr}
     4:  vpush {s16-s31}
     8:  movw ip, #8224
     c:  sub.w sp, sp, ip
    10:  str r0, [sp, #0]
    12:  vmov s17, r0
    16:  vcvt.f32.s32 s16, s17
    1a:  mov.w r4, #1065353216
    1e:  vmov s17, r4
    22:  vmul.f32 s0, s16, s17
    26:  mov.w ip, #8192
    2a:  add.w ip, sp, ip
    2e:  vstr s0, [ip]
    32:  movw r4, #32768
    36:  movt r4, #16384
    3a:  vmov s17, r4
    3e:  vmul.f32 s0, s16, s17
    42:  movw ip, #8196
    46:  add.w ip, sp, ip
    4a:  vstr s0, [ip]
    4e:  movw r4, #0
    52:  movt r4, #16513
    56:  vmov s20, r4
    5a:  vmul.f32 s0, s16, s20
    5e:  movw ip, #8200
    62:  add.w ip, sp, ip
    66:  vstr s0, [ip]
    6a:  movw r4, #32768
    6e:  movt r4, #16641
    72:  vmov s24, r4
    76:  vmul.f32 s0, s16, s24
    7a:  movw ip, #8204
    7e:  add.w ip, sp, ip
    82:  vstr s0, [ip]
    86:  movw r4, #0
    8a:  movt r4, #16770
    8e:  vmov s28, r4
    92:  vmul.f32 s0, s16, s28
    96:  movw ip, #8208
    9a:  add.w ip, sp, ip
    9e:  vstr s0, [ip]
    a2:  movw r4, #32768
    a6:  movt r4, #16258
    aa:  vmov s17, r4
    ae:  vmul.f32 s0, s16, s17
    b2:  movw ip, #8212
    b6:  add.w ip, sp, ip
    ba:  vstr s0, [ip]
    be:  movw r4, #0
    c2:  movt r4, #16387
    c6:  vmov s17, r4
    ca:  vmul.f32 s0, s16, s17
    ce:  movw ip, #8216
    d2:  add.w ip, sp, ip
    d6:  vstr s0, [ip]
    da:  movw r4, #32768
    de:  movt r4, #16515
    e2:  vmov s17, r4
    e6:  vmul.f32 s2, s16, s17
    ea:  movw ip, #8220
    ee:  add.w ip, sp, ip
    f2:  vstr s2, [ip]
    f6:  movw r4, #0
    fa:  movt r4, #16644
    fe:  vmov s17, r4
   102:  vmul.f32 s25, s16, s17
   106:  movw r4, #32768
   10a:  movt r4, #16772
   10e:  vmov s17, r4
   112:  vmul.f32 s26, s16, s17
   116:  movw r4, #0
   11a:  movt r4, #16261
   11e:  vmov s17, r4
   122:  vmul.f32 s27, s16, s17
   126:  movw r4, #32768
   12a:  movt r4, #16389
   12e:  vmov s17, r4
   132:  vmul.f32 s28, s16, s17
   136:  movw r5, #0
   13a:  movt r5, #16518
   13e:  vmov s17, r5
   142:  vmul.f32 s29, s16, s17
   146:  movw r9, #32768
   14a:  movt r9, #16646
   14e:  vmov s17, r9
   152:  vmul.f32 s30, s16, s17
   156:  movw r4, #0
   15a:  movt r4, #16775
   15e:  vmov s17, r4
   162:  vmul.f32 s31, s16, s17
   166:  movw r4, #32768
   16a:  movt r4, #16263
   16e:  vmov s17, r4
   172:  vmul.f32 s17, s16, s17
   176:  movw r4, #0
   17a:  movt r4, #16392
   17e:  vmov s18, r4
   182:  vmul.f32 s18, s16, s18
   186:  movw r4, #32768
   18a:  movt r4, #16520
   18e:  vmov s19, r4
   192:  vmul.f32 s19, s16, s19
   196:  movw r4, #0
   19a:  movt r4, #16649
   19e:  vmov s21, r4
   1a2:  vmul.f32 s20, s16, s21
   1a6:  movw r4, #32768
   1aa:  movt r4, #16777
   1ae:  vmov s21, r4
   1b2:  vmul.f32 s21, s16, s21
   1b6:  movw r4, #0
   1ba:  movt r4, #16266
   1be:  vmov s22, r4
   1c2:  vmul.f32 s22, s16, s22
   1c6:  movw r4, #32768
   1ca:  movt r4, #16394
   1ce:  vmov s23, r4
   1d2:  vmul.f32 s23, s16, s23
   1d6:  movw r4, #0
   1da:  movt r4, #16523
   1de:  vmov s24, r4
   1e2:  vmul.f32 s24, s16, s24
   1e6:  movw r4, #32768
   1ea:  movt r4, #16651
   1ee:  vmov s0, r4
   1f2:  vmul.f32 s16, s16, s0
   1f6:  bl <id>	; ThmCall id
   1fa:  movw ip, #8196
   1fe:  add.w ip, sp, ip
   202:  vldr s0, [ip]
   206:  mov.w ip, #8192
   20a:  add.w ip, sp, ip
   20e:  vldr s1, [ip]
   212:  vadd.f32 s6, s1, s0
   216:  movw ip, #8200
   21a:  add.w ip, sp, ip
   21e:  vldr s0, [ip]
   222:  vadd.f32 s8, s6, s0
   226:  movw ip, #8204
   22a:  add.w ip, sp, ip
   22e:  vldr s0, [ip]
   232:  vadd.f32 s10, s8, s0
   236:  movw ip, #8208
   23a:  add.w ip, sp, ip
   23e:  vldr s0, [ip]
   242:  vadd.f32 s12, s10, s0
   246:  movw ip, #8212
   24a:  add.w ip, sp, ip
   24e:  vldr s0, [ip]
   252:  vadd.f32 s14, s12, s0
   256:  movw ip, #8216
   25a:  add.w ip, sp, ip
   25e:  vldr s0, [ip]
   262:  vadd.f32 s0, s14, s0
   266:  movw ip, #8220
   26a:  add.w ip, sp, ip
   26e:  vldr s2, [ip]
   272:  vadd.f32 s0, s0, s2
   276:  vadd.f32 s25, s0, s25
   27a:  vadd.f32 s25, s25, s26
   27e:  vadd.f32 s25, s25, s27
   282:  vadd.f32 s26, s25, s28
   286:  vadd.f32 s28, s26, s29
   28a:  vadd.f32 s30, s28, s30
   28e:  vadd.f32 s25, s30, s31
   292:  vadd.f32 s17, s25, s17
   296:  vadd.f32 s17, s17, s18
   29a:  vadd.f32 s17, s17, s19
   29e:  vadd.f32 s17, s17, s20
   2a2:  vadd.f32 s17, s17, s21
   2a6:  vadd.f32 s17, s17, s22
   2aa:  vadd.f32 s17, s17, s23
   2ae:  vadd.f32 s17, s17, s24
   2b2:  vadd.f32 s16, s17, s16
   2b6:  vcvt.s32.f32 s16, s16
   2ba:  vmov r4, s16
   2be:  ldr r5, [sp, #0]
   2c0:  adds r4, r4, r5
   2c2:  adds r0, r4, r0
   2c4:  movw ip, #8224
   2c8:  add.w sp, sp, ip
   2cc:  vpop {s16-s31}
   2d0:  ldmia.w sp!, {r4, r5, r9, pc}
far_rotate:
     0:  stmdb sp!, {r4, r5, r6, r7, r8, r9, sl, fp, lr}
     4:  movw ip, #8228
     8:  sub.w sp, sp, ip
     c:  mov.w sl, #1
    10:  mov.w ip, #8192
    14:  str.w sl, [sp, ip]
    18:  movs r5, #2
    1a:  movw ip, #8196
    1e:  str.w r5, [sp, ip]
    22:  movs r6, #3
    24:  movw ip, #8200
    28:  str.w r6, [sp, ip]
    2c:  movs r7, #4
    2e:  movw ip, #8204
    32:  str.w r7, [sp, ip]
    36:  mov.w r9, #5
    3a:  movw ip, #8208
    3e:  str.w r9, [sp, ip]
    42:  movs r4, #6
    44:  mov.w fp, #7
    48:  movw ip, #8212
    4c:  str.w fp, [sp, ip]
    50:  mov.w r8, #8
    54:  movw ip, #8216
    58:  str.w r8, [sp, ip]
    5c:  movs r6, #9
    5e:  movw ip, #8220
    62:  str.w r6, [sp, ip]
    66:  movs r6, #10
    68:  movs r7, #11
    6a:  mov.w r9, #12
    6e:  mov.w fp, #13
    72:  mov.w r8, #14
    76:  mov.w sl, #15
    7a:  movs r5, #16
    7c:  b.n <b1>
    7e:  mov r1, r4
    80:  movw ip, #8212
    84:  ldr.w r4, [sp, ip]
    88:  movw ip, #8216
    8c:  ldr.w r2, [sp, ip]
    90:  movw ip, #8212
    94:  str.w r2, [sp, ip]
    98:  movw ip, #8220
    9c:  ldr.w r2, [sp, ip]
    a0:  movw ip, #8216
    a4:  str.w r2, [sp, ip]
    a8:  movw ip, #8220
    ac:  str.w r6, [sp, ip]
    b0:  mov r6, r7
    b2:  mov r7, r9
    b4:  mov r9, fp
    b6:  mov fp, r8
    b8:  mov r8, sl
    ba:  mov sl, r5
    bc:  mov.w ip, #8192
    c0:  ldr.w r5, [sp, ip]
    c4:  movw ip, #8196
    c8:  ldr.w r2, [sp, ip]
    cc:  mov.w ip, #8192
    d0:  str.w r2, [sp, ip]
    d4:  movw ip, #8200
    d8:  ldr.w r2, [sp, ip]
    dc:  movw ip, #8196
    e0:  str.w r2, [sp, ip]
    e4:  movw ip, #8204
    e8:  ldr.w r2, [sp, ip]
    ec:  movw ip, #8200
    f0:  str.w r2, [sp, ip]
    f4:  movw ip, #8208
    f8:  ldr.w r2, [sp, ip]
    fc:  movw ip, #8204
   100:  str.w r2, [sp, ip]
   104:  movw ip, #8208
   108:  str.w r1, [sp, ip]
   10c:  bl <id>	; ThmCall id
   110:  subs r0, r0, #1
   112:  cmp r0, #0
   114:  bne.n <b3>
   116:  movs r5, #100
   118:  movw ip, #8196
   11c:  ldr.w r6, [sp, ip]
   120:  mov.w ip, #8192
   124:  ldr.w sl, [sp, ip]
   128:  mla r5, sl, r5, r6
   12c:  mov.w r6, #1000
   130:  mla r0, r4, r6, r5
   134:  movw ip, #8228
   138:  add.w sp, sp, ip
   13c:  ldmia.w sp!, {r4, r5, r6, r7, r8, r9, sl, fp, pc}
