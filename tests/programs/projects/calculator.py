def tokenize(s):
    tokens, num = [], ""
    for c in s:
        if c.isdigit() or c == ".":
            num += c
        else:
            if num:
                tokens.append(float(num) if "." in num else int(num))
                num = ""
            if c in "+-*/()":
                tokens.append(c)
    if num:
        tokens.append(float(num) if "." in num else int(num))
    return tokens
def parse(tokens):
    def expr(i):
        v, i = term(i)
        while i < len(tokens) and tokens[i] in "+-":
            op = tokens[i]
            r, i = term(i + 1)
            v = v + r if op == "+" else v - r
        return v, i
    def term(i):
        v, i = factor(i)
        while i < len(tokens) and tokens[i] in ("*", "/"):
            op = tokens[i]
            r, i = factor(i + 1)
            v = v * r if op == "*" else v / r
        return v, i
    def factor(i):
        t = tokens[i]
        if t == "(":
            v, i = expr(i + 1)
            return v, i + 1
        if t == "-":
            v, i = factor(i + 1)
            return -v, i
        return t, i + 1
    return expr(0)[0]
for s in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "2 * (3 + 4) - -1", "1.5 * 4", "((2))"]:
    print(s, "=", parse(tokenize(s)))
try:
    parse(tokenize("1 / 0"))
except ZeroDivisionError as e:
    print("error:", e)
