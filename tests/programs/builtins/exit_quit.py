# exit() and quit(), which CPython's site module adds to the builtins: they raise SystemExit.
for f in (exit, quit):
    for args in ((), ("msg",), (2,), (None,)):
        try:
            f(*args)
        except SystemExit as e:
            print(type(e).__name__, e.code, e.args)
print("leaving")
exit(0)
print("not reached")
