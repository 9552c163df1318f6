# A module that failed to load is not registered: importing it again runs it again.
try:
    import broken_module
except NameError as e:
    print("first:", e)
try:
    import broken_module
    print("should not get here")
except NameError as e:
    print("second:", e)
