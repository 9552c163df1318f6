hyp:
     0:  vmul.f32 s3, s0, s0
     4:  vmul.f32 s5, s1, s1
     8:  vadd.f32 s7, s3, s5
     c:  vsqrt.f32 s0, s7
    10:  bx lr
scaled:
     0:  push {r3, r4, lr}
     2:  vpush {s16-s22}
     6:  vmov s16, r0
     a:  vcvt.f32.s32 s0, s16
     e:  vmov s16, r1
    12:  vcvt.f32.s32 s1, s16
    16:  movw r4, #0
    1a:  movt r4, #16448
    1e:  vmov s16, r4
    22:  vmul.f32 s16, s0, s16
    26:  bl <hyp>	; ThmCall hyp
    2a:  vadd.f32 s16, s0, s16
    2e:  vcvt.s32.f32 s22, s16
    32:  vmov r0, s22
    36:  vpop {s16-s22}
    3a:  pop {r3, r4, pc}
clamp:
     0:  vmov s12, r0
     4:  vcvt.f32.s32 s3, s12
     8:  mov.w r0, #1098907648
     c:  vmov s6, r0
    10:  vcmp.f32 s3, s6
    14:  vmrs APSR_nzcv, fpscr
    18:  ble.n <b2>
    1a:  movs r0, #16
    1c:  bx lr
    1e:  movw r0, #0
    22:  movt r0, #49536
    26:  vmov s13, r0
    2a:  vcmp.f32 s3, s13
    2e:  vmrs APSR_nzcv, fpscr
    32:  ite mi
    34:  movmi r0, #1
    36:  movpl r0, #0
    38:  vneg.f32 s0, s3
    3c:  uxtb r0, r0
    3e:  cmp r0, #0
    40:  ite ne
    42:  vmovne.f32 s1, s13
    46:  vmoveq.f32 s1, s3
    4a:  vabs.f32 s0, s0
    4e:  vadd.f32 s0, s1, s0
    52:  vcvt.s32.f32 s0, s0
    56:  vmov r0, s0
    5a:  bx lr
