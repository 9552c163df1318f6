# __import__("name") with a literal inside any expression (in a function too) loads the module.
def f():
    return __import__("functools").reduce(lambda a, b: a + b, [1, 2])
print(f())
def g(name):
    m = __import__('math')
    return m.floor(2.5), __import__("os.path").__name__
print(g(1))
try:
    __import__("no_such_module_here")
except ImportError as e:
    print("ImportError", e)
