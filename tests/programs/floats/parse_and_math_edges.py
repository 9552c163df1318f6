# float() of exponents beyond any float, math's domain at infinities and NaN, sys.exit().
import math
import sys
for t in ['1e18446744073709551621', '-1e18446744073709551621', '1e-18446744073709551621', '1e+5', '1_0e1_0', '1e5_0']:
    print(t, float(t))
for t in ['1e', '1e+', 'e5', '1e5e5', '1e_5']:
    try:
        float(t)
    except ValueError as e:
        print(e)
for x, y in [(float('inf'), 1.5), (float('inf'), float('inf')), (1.5, 0.0), (float('nan'), 0.0), (float('inf'), float('nan')), (5.5, 2.0)]:
    try:
        print(math.fmod(x, y))
    except ValueError as e:
        print('fmod', x, y, e)
for x in (-2.0, 0.0, 1.0, float('inf'), -float('inf'), float('nan')):
    try:
        print(math.lgamma(x))
    except ValueError as e:
        print('lgamma', x, e)
try:
    sys.exit()
except SystemExit as e:
    print('SystemExit', e.args, e.code)
for a in (3, 'bye', (1, 2)):
    try:
        sys.exit(a)
    except SystemExit as e:
        print('SystemExit', e.args, e.code)
