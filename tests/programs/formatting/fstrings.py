name, n, pi = "mpyc", 42, 3.14159265
print(f"{name} {n} {pi}")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05d}|{n:+d}|{-n:d}")
print(f"{pi:.2f}|{pi:8.3f}|{pi:e}|{pi:.3g}|{1234567.0:,.1f}|{0.25:%}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#b} {255:08b}")
print(f"{name!r} {name:>8} {name:*^10} {name:.2}")
print(f"{'nested ' + name} {n * 2} {[1, 2]} {(1,)} {None} {True}")
w = 7
print(f"{n:{w}} {pi:.{2}f} {{braces}}")
print(f"{1000000:_} {1e20} {1.5e-7}")
