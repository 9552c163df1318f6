# Floats formatted with precisions in the thousands, and ints and widths grouped, on a heap
# filled but for a little: the text is made in buffers of its exact length taken fallibly
# (they grew by doubling inside the Rust allocator). The same text or MemoryError, on the
# host and in QEMU's 100 KB heap.
# not under --gc-stress (the heap filled again and again: each allocation a collection of it all).
from full_heap import check


check("f", lambda: len(f"{1.5:.6000f}"))
check("f,", lambda: len(format(1.5, ",.6000f")))
check("%f", lambda: len("%.*f" % (6000, 1.5)))
check("e", lambda: len(f"{1.5:.6000e}"))
check("E", lambda: len("%.6000E" % -2.5e-300))
check("g", lambda: len(format(1.5, ".6000g")))
check("%", lambda: len(format(0.25, ".6000%")))
check("grouped", lambda: len(format(10 ** 4000, ",")))
check("grouped_", lambda: len(format(16 ** 3000, "_x")))
check("width", lambda: len(format(12345, ",>30000")))
check("zeros", lambda: len(format(1.5, "012000,.2f")))

print(f"{1.5:.30f}", f"{-0.1:.25e}", f"{2.5:.0e}", f"{1e300:,.3f}"[:40], "%.20E" % 123.456)
print(format(10 ** 30, ","), format(16 ** 12, "_x"), format(0.5, "020,.3f"), format(1234.5, "#.0f"), format(0.125, ".3%"))
print(format(123456.789, ",.10g"), format(1e-7, ".3g"), format(1e16, "g"), format(0.0, ".3e"), format(-0.0, ".0f"))
print(round(2.675, 2), round(1.5, 0), round(0.5), round(-2.5e-5, 30))
