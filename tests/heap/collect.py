# gc.collect() gives memory back: mem_free() grows once garbage is collected.
import gc
gc.collect()
before = gc.mem_free()
junk = [[i] * 10 for i in range(2000)]
during = gc.mem_free()
junk = None
gc.collect()
after = gc.mem_free()
print(during < before, after > during, gc.mem_alloc() > 0)
