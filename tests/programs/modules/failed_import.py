# A module that failed to load is not registered: importing it again runs it again.
try:
    import broken_module
except NameError as e:
    print("first:", e)
try:
    import broken_module
    print("should not get here")
except NameError as e:
    print("second:", e)

# It is not in sys.modules either, and a collection after failed imports leaves sys.modules
# sound.
import gc
import sys

for _ in range(3):
    try:
        import broken_module
    except NameError:
        pass
gc.collect()
junk = [[i] * 8 for i in range(500)]
print("broken_module" in sys.modules, sorted(k for k in sys.modules if k.startswith("broken")))
