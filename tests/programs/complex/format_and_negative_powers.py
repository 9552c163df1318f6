# format() of complex numbers, and a negative number to a fractional power (complex, as in
# CPython; math.pow still raises).
import math


def t(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)


for spec in ['', '>20', '<14', '^16.3f', '.2f', '.2', '.3', 'g', '+', '+.1e', 'E', 'n', '=10', '010', '%', 'd']:
    t(lambda: format(1.5 + 2j, spec))
for z in [2j, -0.0 + 2j, 1 - 2j, complex('inf') + 2j, complex(-1.5, -0.0)]:
    print(format(z, ''), format(z, '.1f'), format(z, '+'), '{:>12}|'.format(z))
ans = (-1) ** 0.5
print('%.5g %.5g' % (ans.real, ans.imag))
ans = (-8.0) ** (1 / 3)
print(round(ans.real, 5), round(ans.imag, 5))
ans = (-1.5) ** -2.5
print('%.5g %.5g' % (ans.real, ans.imag))
print((-2) ** 2.0, (-2.0) ** 3, (-2) ** float('inf'), 0 ** -float('inf'), (-2) ** float('nan') != 0)
t(lambda: math.pow(-1, 0.5))
t(lambda: 0.0 ** -1.5)
t(lambda: 0 ** -1.0)
