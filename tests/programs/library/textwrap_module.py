# textwrap: wrap, fill, shorten, dedent, indent and TextWrapper's options on English text, hyphenated and long words.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "How vexingly quick daft zebras jump; the five boxing wizards jump quickly.")
for w in (10, 25, 40, 70, 200):
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, width=35, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(text, 40, initial_indent="    "))
print(textwrap.wrap(""), textwrap.wrap("   "), textwrap.wrap("\n\t \n"), textwrap.fill(""))

hy = "A well-known, state-of-the-art, easy-to-use tool -- an all-in-one self-contained thing -- with e-mail and x-ray re-entry."
for w in (8, 12, 16, 20, 30):
    print(w, textwrap.wrap(hy, w))
    print(w, textwrap.wrap(hy, w, break_on_hyphens=False))
print(textwrap.wrap("Hello there -- you goof-ball, use the -b option!", 12))
print(textwrap.wrap("em--dash and word---dash and -- spaced -- and 3-4 and a-1 and --x", 9))
print(textwrap.wrap("bi-directional non-trivial co-op I-V a-b-c-d", 6))

long = "Supercalifragilisticexpialidocious and pneumonoultramicroscopicsilicovolcanoconiosis are long."
for w in (7, 15, 30):
    print(w, textwrap.wrap(long, w))
    print(w, textwrap.wrap(long, w, break_long_words=False))
print(textwrap.wrap("http://example.com/a-very-long-path-with-hyphens-inside/index.html", 20))
print(textwrap.wrap("http://example.com/a-very-long-path-with-hyphens-inside/index.html", 20, break_on_hyphens=False))
print(textwrap.wrap("----------------- dashes", 5))

tabs = "col1\tcol2\tcol3\nnext line\there"
print(textwrap.wrap(tabs, 20))
print(textwrap.wrap(tabs, 20, expand_tabs=False))
print(textwrap.wrap(tabs, 20, replace_whitespace=False))
print(textwrap.wrap(tabs, 20, tabsize=4))
print(textwrap.wrap(tabs, 20, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("  leading and trailing   spaces  ", 10))
print(textwrap.wrap("  leading and trailing   spaces  ", 10, drop_whitespace=False))

for n in (1, 2, 3, 5):
    print(n, textwrap.wrap(text, 30, max_lines=n))
print(textwrap.wrap(text, 30, max_lines=2, placeholder="..."))
print(textwrap.fill(text, 30, max_lines=3, placeholder=" (more)"))
print(textwrap.wrap("Hello there, how are you this fine day?", 12, max_lines=2, placeholder=" [..]"))
print(textwrap.wrap("one two", 7, max_lines=1))

print(repr(textwrap.shorten("Hello  world!", width=12)))
print(repr(textwrap.shorten("Hello  world!", width=11)))
print(repr(textwrap.shorten("Hello world!", width=10, placeholder="...")))
print(repr(textwrap.shorten(text, 50)))
print(repr(textwrap.shorten("  many   spaces\tand\nnewlines  here  ", 100)))
print(repr(textwrap.shorten("Supercalifragilistic", 10)))

tw = textwrap.TextWrapper(width=20, fix_sentence_endings=True)
print(tw.wrap("This is it. Is it? It is! 'Quoted.' Mr. Smith. End"))
print(tw.fill("A sentence.\nAnother one."))
tw.width = 15
tw.initial_indent = "> "
tw.subsequent_indent = ">> "
print(tw.fill(text))
print(tw.width, tw.initial_indent, tw.break_long_words, tw.max_lines, repr(tw.placeholder), tw.tabsize)

for bad in (0, -1):
    try:
        textwrap.wrap("x", bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    textwrap.wrap(text, 5, max_lines=2, placeholder="[.......]")
except ValueError as e:
    print("ValueError:", e)

src = """
    def f(x):
        if x:
            return 1
    \t
        return 2
"""
print(repr(textwrap.dedent(src)))
print(textwrap.dedent(src))
print(repr(textwrap.dedent("  a\n    b\n  c")))
print(repr(textwrap.dedent("\ta\n\t\tb\n \tc")))
print(repr(textwrap.dedent("  a\n\tb")))
print(repr(textwrap.dedent("   \n  x\n   \n  y\n")))
print(repr(textwrap.dedent("no indent\n  some")))
print(repr(textwrap.dedent("")), repr(textwrap.dedent("  ")), repr(textwrap.dedent("  x  ")))
print(repr(textwrap.dedent("  a\r\n  b\r\n")))

print(repr(textwrap.indent("one\ntwo\n\nthree\n  \nfour", "> ")))
print(repr(textwrap.indent("one\ntwo\n\nthree", "+ ", lambda line: True)))
print(repr(textwrap.indent("a\r\nb\rc\n", "--", lambda line: "b" not in line)))
print(textwrap.indent(textwrap.fill(text, 40), "    | "))

class Bullets(textwrap.TextWrapper):
    def wrap(self, text):
        return ["- " + line for line in textwrap.TextWrapper.wrap(self, text)]

print(Bullets(width=25).fill(text))
