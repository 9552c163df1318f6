FONT = {"H": ["1001", "1001", "1111", "1001", "1001"], "I": ["111", "010", "010", "010", "111"]}
def render(text):
    rows = ["" for _ in range(5)]
    for ch in text:
        glyph = FONT[ch]
        for r in range(5):
            rows[r] += glyph[r].replace("1", "#").replace("0", ".") + " "
    return [row.rstrip() for row in rows]
for line in render("HI"):
    print(line)
frame = [[int(c) for c in row] for row in FONT["H"]]
print(sum(map(sum, frame)), [list(col) for col in zip(*frame)][0])
