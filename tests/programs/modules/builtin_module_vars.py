# vars() and __dict__ of built-in modules: dicts of their functions, types and constants
# (Norvig's lispy: env.update(vars(math))), with __name__ and __doc__.
import math, cmath, sys, time, random, array, gc, builtins
env = {}
env.update(vars(math))
print(env["sqrt"](16.0), env["floor"](2.5), env["pi"], "floor" in vars(math))
print(sorted(math.__dict__)[0], math.__dict__["__name__"], "__doc__" in vars(math))
print(vars(cmath)["sqrt"](-4), vars(cmath)["__name__"])
print("exit" in vars(sys), "argv" in sys.__dict__, "path" in vars(sys))
print(vars(time)["__name__"], "sleep" in vars(time), "sleep" in dir(time))
print(vars(random)["randint"] is random.randint, "Random" in vars(random))
print(vars(array)["array"] is array.array, vars(gc)["collect"] is gc.collect)
b = vars(builtins)
print(b["len"]("abc"), b["int"] is int, b["ValueError"] is ValueError, b["__name__"])
print("__doc__" in dir(math), "__name__" in dir(math))
math.answer = 42
print(vars(math)["answer"])
print(len([k for k in vars(math) if not k.startswith("_")]) == len([k for k in dir(math) if not k.startswith("_")]))
