# A ValueError for a huge literal cuts the repr to 200 characters, as CPython's %.200R.
for text in ['x' * 100000, 'y' * 199, 'z' * 198, "it's" * 100, 'a\n' * 150]:
    try:
        int(text)
    except ValueError as e:
        m = str(e)
        print(len(m), m[:50], m[-8:])
