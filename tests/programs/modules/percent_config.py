# A helper that sets any attribute of what it is handed (here a module's global, to a format
# string): no `%` of the program is taken for a number's (frontend/numbers.rs).
def configure(target, **kw):
    for k, v in kw.items():
        setattr(target, k, v)
