# error: 2:1: 'yield' outside function
yield 1
