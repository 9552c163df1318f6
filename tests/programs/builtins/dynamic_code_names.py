# eval, exec and compile are builtins a program may name without calling them: feature
# checks, callable(), their reprs (calling one is mpyc's NotImplementedError: tests/errors/eval.py).
try:
    exec
    print("exec is there")
except NameError:
    print("no exec")
print(callable(eval), callable(compile))
print(eval, exec.__name__)
names = [f.__name__ for f in (eval, exec, compile)]
print(names)
import builtins
print(hasattr(builtins, "exec"), builtins.eval is eval)
