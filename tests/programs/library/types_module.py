# types: the built-in type names, SimpleNamespace, coroutine, new_class.
import types
ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x"), ns == types.SimpleNamespace(a=2))
ns.c = [1]
print(ns)
def f(): pass
def g(): yield
print(isinstance(f, types.FunctionType), isinstance(g(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(types, types.ModuleType), type(None) is types.NoneType)
@types.coroutine
def w():
    v = yield 5
    return v
async def main():
    return await w()
c = main()
print(c.send(None))
try:
    c.send(7)
except StopIteration as e:
    print("result", e.value)
async def ag():
    yield 1
print(isinstance(ag(), types.AsyncGeneratorType), types.AsyncGeneratorType.__name__)
C = types.new_class("C", (), exec_body=lambda ns: ns.update(x=3))
print(C.__name__, C.x)
class K:
    def m(self): pass
print(isinstance(K().m, types.MethodType))
