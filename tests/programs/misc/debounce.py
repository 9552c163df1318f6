samples = [0, 0, 1, 0, 1, 1, 1, 1, 0, 1, 0, 0, 0, 0, 1, 1, 1]
def debounce(samples, need=3):
    state, run, last, out = 0, 0, None, []
    for s in samples:
        run = run + 1 if s == last else 1
        last = s
        if run >= need and s != state:
            state = s
            out.append(("press" if s else "release", len(out)))
    return state, out
print(debounce(samples), debounce(samples, 2))
