CODE = {"A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.", "H": "....", "I": "..", "J": ".---", "K": "-.-", "L": ".-..", "M": "--", "N": "-.", "O": "---", "P": ".--.", "Q": "--.-", "R": ".-.", "S": "...", "T": "-", "U": "..-", "V": "...-", "W": ".--", "X": "-..-", "Y": "-.--", "Z": "--.."}
DECODE = {v: k for k, v in CODE.items()}
def encode(text):
    return " / ".join(" ".join(CODE[c] for c in word) for word in text.upper().split())
def decode(signal):
    return " ".join("".join(DECODE[s] for s in word.split()) for word in signal.split(" / "))
msg = encode("hello pyboard")
print(msg)
print(decode(msg))
