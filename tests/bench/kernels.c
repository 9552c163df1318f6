/* The benchmark kernels of kernels.clif in C, for arm-none-eabi-gcc -O2: the same work,
 * measured the same way (between two calls of bench_mark), printing the same results. */
typedef unsigned int u32;
typedef int i32;

extern u32 rt_print(u32 value);
extern u32 rt_print_sep(u32 value, u32 which);
extern void bench_mark(void);

static i32 fib(i32 n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

__attribute__((noinline)) i32 k_fib(void) { return fib(20); }

__attribute__((noinline)) u32 k_sumsq(void) {
    u32 s = 0;
    for (i32 i = 0; i < 100000; i++) s += (u32)i * (u32)i;
    return s;
}

__attribute__((noinline)) u32 k_collatz(void) {
    u32 steps = 0;
    for (u32 n = 1; n <= 3000; n++) {
        u32 x = n;
        while (x != 1) {
            x = (x & 1) ? 3 * x + 1 : x >> 1;
            steps++;
        }
    }
    return steps;
}

__attribute__((noinline)) u32 k_gcd(void) {
    u32 total = 0;
    for (u32 i = 1; i < 60; i++)
        for (u32 j = 1; j < 60; j++) {
            u32 a = i, b = j;
            while (b != 0) {
                u32 t = a % b;
                a = b;
                b = t;
            }
            total += a;
        }
    return total;
}

__attribute__((noinline)) u32 k_sieve(void) {
    unsigned char flags[2000];
    for (i32 i = 0; i < 2000; i++) flags[i] = 1;
    u32 count = 0;
    for (i32 i = 2; i < 2000; i++)
        if (flags[i]) {
            count++;
            for (i32 j = i + i; j < 2000; j += i) flags[j] = 0;
        }
    return count;
}

__attribute__((noinline)) u32 k_mandel(void) {
    u32 count = 0;
    for (i32 y = 0; y < 32; y++) {
        float ci = -1.0f + 2.0f * (float)y / 32;
        for (i32 x = 0; x < 32; x++) {
            float cr = -2.0f + 2.5f * (float)x / 32;
            float zr = 0.0f, zi = 0.0f;
            i32 k = 0;
            while (k < 50 && zr * zr + zi * zi < 4.0f) {
                float t = zr * zr - zi * zi + cr;
                zi = 2.0f * zr * zi + ci;
                zr = t;
                k++;
            }
            count += (u32)k;
        }
    }
    return count;
}

__attribute__((noinline)) u32 k_bubble(void) {
    i32 a[200];
    for (i32 i = 0; i < 200; i++) a[i] = (i32)(((u32)i * 919 + 13) % 1000);
    for (i32 i = 0; i < 200; i++)
        for (i32 j = 0; j < 199 - i; j++)
            if (a[j] > a[j + 1]) {
                i32 t = a[j];
                a[j] = a[j + 1];
                a[j + 1] = t;
            }
    u32 s = 0;
    for (i32 i = 0; i < 200; i++) s += (u32)a[i] * (u32)i;
    return s;
}

static void show(u32 r) {
    rt_print(((r >> 16) << 1) | 1);
    rt_print_sep(2, 0);
    rt_print(((r & 0xffff) << 1) | 1);
    rt_print_sep(2, 1);
}

u32 mpy_main(void) {
    u32 r[7];
    bench_mark();
    bench_mark();
    bench_mark();
    r[0] = (u32)k_fib();
    bench_mark();
    bench_mark();
    r[1] = k_sumsq();
    bench_mark();
    bench_mark();
    r[2] = k_collatz();
    bench_mark();
    bench_mark();
    r[3] = k_gcd();
    bench_mark();
    bench_mark();
    r[4] = k_sieve();
    bench_mark();
    bench_mark();
    r[5] = k_mandel();
    bench_mark();
    bench_mark();
    r[6] = k_bubble();
    bench_mark();
    for (int i = 0; i < 7; i++) show(r[i]);
    return 2;
}
