# A function's __defaults__ and __kwdefaults__, read and replaced.
def f(a, b=2, *, c=3):
    return a, b, c
def g(x):
    return x
print(f.__defaults__, f.__kwdefaults__, g.__defaults__, g.__kwdefaults__, (lambda y=[1]: y).__defaults__)
f.__defaults__ = (20,)
f.__kwdefaults__ = {"c": 30}
print(f(1), f.__defaults__, f.__kwdefaults__)
g.__defaults__ = (5, 6)
print(g(), g.__defaults__)
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print(e)

def counter(n, seen=[]):
    seen.append(n)
    return len(seen)
counter(1)
counter(2)
print(counter.__defaults__)
for i in range(3):
    print(f(i, 1, c=i))
