# __import__ with a literal name (a built-in module, a module of the program), sys.path.
import sys
m = __import__("math")
print(m.sqrt(16), m is __import__("math"))
j = __import__("json")
print(j.dumps([1, 2]))
print(type(sys.path).__name__, "" in sys.path or len(sys.path) > 0)
print(__name__ == "__main__")
