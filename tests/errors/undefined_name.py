# warning: 5:7: name 'countr' is not defined
# raises: NameError: name 'countr' is not defined. Did you mean: 'counter'?
# (as CPython's traceback says it; the warning gives the suggestion too)
counter = 1
print(countr)
