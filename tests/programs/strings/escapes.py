print("tab\tnewline\\n backslash\\ quote\" apostrophe\'")
print('single "double" inside', "double 'single' inside")
print("""triple
quoted""", '''also
triple''')
print(r"raw \n string", len(r"\n"), len("\n"))
print("a" "b" "c", ("implicit "
                    "concat"))
