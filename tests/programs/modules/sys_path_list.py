# sys.path and sys.argv are each one list: what the program adds stays (through a collection).
import sys, gc
sys.path.append("/lib")
print("/lib" in sys.path, sys.path is sys.path, sys.path[-1])
p = sys.path
gc.collect()
sys.path.insert(0, "/first")
print(p is sys.path, sys.path[0], p[-1])
sys.path.remove("/lib")
print("/lib" in sys.path)
print(sys.argv is sys.argv)
sys.argv.append("-v")
print(sys.argv[-1])
