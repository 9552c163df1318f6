# error: 2:1: `break` and `continue` belong inside a loop
break
