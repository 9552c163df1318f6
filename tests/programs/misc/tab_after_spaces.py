# Indentation of spaces then a tab (a tab goes to the next multiple of 8 columns), which
# CPython takes; a string's own tabs stay as written.
def f():
    if True:
    	print("tab after spaces")
    	if 1:
    	    print("deeper")
    	x = """
    	kept"""
    	print(repr(x))
    print("ok")
f()
if True:
	if True:
	  	print("tabs, then spaces and a tab")
