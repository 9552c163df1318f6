# Small-int operations the bytecode VM does itself (+ - * & | ^ << >>), at and past the edges
# where the runtime takes over (overflow into big ints, negative shifts).
def ops(a, b):
    return a * b, a & b, a | b, a ^ b, a << 3, a >> 2, -a * b, a << 40, (-a) >> 1, a * 123456789
for a, b in [(5, 3), (-7, 12), (1000003, -999), (2**29, 4), (-1, -1), (0, 7)]:
    print(ops(a, b))
try:
    print(1 >> -1)
except ValueError as e:
    print(e)
