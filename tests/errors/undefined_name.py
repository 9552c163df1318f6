# warning: 5:7: name 'countr' is not defined
# raises: NameError: name 'countr' is not defined
# (CPython adds ". Did you mean: 'counter'?"; mpyc says that in the warning)
counter = 1
print(countr)
