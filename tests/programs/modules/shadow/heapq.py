# Named like a module of the standard library written in Python: importing heapq next to it
# (shadowing.py) gets this file, as CPython's path starts with the program's directory.
print("local heapq.py imported")
heappush = "the local heappush"
