if False:
    undefined_global_name = "assigned only in code that does not run"
def f():
    return undefined_global_name
try:
    f()
except NameError as e:
    print(e)
def g():
    print(local_later)
    local_later = 1
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)
except NameError:
    print("wrong")
print(isinstance(UnboundLocalError(), NameError))
