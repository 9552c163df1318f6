# `import a.b` of a module that does not exist raises ImportError when it runs (and binds
# `a` when it exists).
# expect: no warnings
try:
    import nosuch.sub
except ImportError as e:
    print('ImportError', e)
try:
    import nosuch.sub as s
except ImportError:
    print('ImportError again')
