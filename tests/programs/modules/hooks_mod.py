# A list other modules put functions in (escaped_function.py, failing_mod.py).
hooks = []
print("hooks", hooks)
