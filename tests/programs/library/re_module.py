# re: syntax, flags, match/search/fullmatch, sub/subn/split/findall/finditer (empty matches too), Match and Pattern objects, errors.
import re


def show(m):
    if m is None:
        print(None)
    else:
        print(m.span(), repr(m.group()), m.groups())


# Literals, dot, anchors, repeats (greedy, lazy, counted), alternation, classes.
show(re.match(r'ab.d', 'abcd'))
show(re.match(r'a.c', 'a\nc'))
show(re.match(r'a.c', 'a\nc', re.S))
show(re.search(r'^b', 'ab\nb'))
show(re.search(r'^b', 'ab\nb', re.M))
show(re.search(r'a$', 'ba\n'))
show(re.search(r'a$', 'a\nb'))
show(re.search(r'a$', 'a\nb', re.MULTILINE))
show(re.match(r'a*', 'aaab'))
show(re.match(r'a+?', 'aaab'))
show(re.match(r'a??b', 'ab'))
show(re.match(r'<.*>', '<a><b>'))
show(re.match(r'<.*?>', '<a><b>'))
show(re.match(r'a{2}', 'aaaa'))
show(re.match(r'a{2,}', 'aaaa'))
show(re.match(r'a{,3}', 'aaaa'))
show(re.match(r'a{1,3}?', 'aaaa'))
show(re.match(r'x{}', 'x{}'))
show(re.match(r'cat|dog|bird', 'dogs'))
show(re.search(r'[a-c]+', 'xxbcaz'))
show(re.search(r'[^a-c\s]+', 'ab xyz'))
show(re.search(r'[]\-^]+', 'a]-^b'))
show(re.search(r'[\d.]+', 'pi is 3.14!'))
show(re.search(r'\d+\s\w+\W', 'I have 12 apples!'))
show(re.search(r'\D\S', '12 ab'))
show(re.search(r'\bis\b', 'this is it'))
show(re.search(r'\Bis\B', 'this is it, mist'))
show(re.search(r'\Aab\Z', 'ab'))
show(re.search(r'\t\n\\\.\*', 'x\t\n\\.*'))
show(re.search(r'\x41\u0042\101', 'zABA'))

# Groups: capturing, non-capturing, named, backreferences, lookaround, conditionals.
m = re.match(r'(\w+) (?P<last>\w+)(?: (x))?', 'Jane Doe!')
print(m.group(0), m.group(1), m.group('last'), m.group(1, 2, 'last'), m[2], m.group(3))
print(m.groups(), m.groups('-'), m.groupdict(), m.start(2), m.end('last'), m.span(3))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re.pattern, bool(m))
print(m.expand(r'\2, \g<1>! \g<last>'), m.regs)
show(re.match(r'(a)(b)?', 'ac'))
show(re.search(r'(\w)\1', 'abccd'))
show(re.search(r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" now'))
show(re.search(r'foo(?=bar)', 'foobaz foobar'))
show(re.search(r'foo(?!bar)\w+', 'foobar foobaz'))
show(re.search(r'(?<=\$)\d+', 'cost: $42'))
show(re.search(r'(?<!\$)\b\d+', '$42 and 17'))
show(re.match(r'(<)?\w+(?(1)>)', '<tag>'))
show(re.match(r'(<)?\w+(?(1)>|!)', 'tag!'))
show(re.match(r'(a|b)*c', 'abac'))
show(re.match(r'(?:(a)|b)+', 'ab'))
show(re.match(r'(a*)+b', 'aab'))
show(re.match(r'(a|)*', 'aa'))
show(re.match(r'(?>a+)b', 'aab'))
show(re.match(r'a++a', 'aaa'))

# Flags, inline and scoped.
show(re.match(r'hello', 'HeLLo', re.I))
show(re.match(r'(?i)[a-c]+', 'AbC'))
show(re.match(r'(?i:a)b', 'Ab'))
show(re.match(r'(?i:a)b', 'AB'))
show(re.search(r'(?m)^\w+$', 'one\ntwo'))
show(re.search(r'(?s).+', 'a\nb'))
show(re.match(r'''(?x) \d+  # digits
                   \s* [a-z]+ ''', '42 abc'))
show(re.match(r'\w+', 'caf\u00e9!', re.A))
p = re.compile(r'(?P<k>\w+)=(?P<v>\d*)', re.I | re.M)
print(p.pattern, p.flags, p.groups, sorted(p.groupindex.items()))
print(re.compile('a').flags, re.compile('(?s)a').flags, re.compile('a', re.A).flags, re.compile(b'a').flags)
print(repr(p), repr(re.compile('x+')), repr(re.compile(b'x')))
print(re.compile('ab') is re.compile('ab'))
re.purge()

# Pattern methods with pos and endpos.
q = re.compile(r'\d')
show(q.match('a1b2', 1))
show(q.match('a1b2', 2))
show(q.search('a1b2', 2))
show(q.search('a1b2', 0, 1))
show(re.compile(r'^a').search('ba', 1))
show(re.compile(r'b$').search('abc', 0, 2))
show(q.fullmatch('a1b2', 1, 2))
print(q.findall('1a23b4', 1, 5), [m.span() for m in q.finditer('1a23b4', 2)])

# fullmatch backtracks until the whole string matches.
show(re.fullmatch(r'a|ab', 'ab'))
show(re.fullmatch(r'a.*?', 'abc'))
show(re.fullmatch(r'a', 'ab'))

# sub, subn, split, findall, finditer, including empty matches.
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home, ann@work'))
print(re.sub(r'(?P<n>\d+)', r'<\g<n>|\g<1>|\g<0>>', 'a1b22'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3', count=2))
print(re.sub(r'a', r'\n\t\\', 'bab') == 'b\n\t\\b', re.sub(r'(b)|a', r'[\1]', 'ab'))
print(re.subn(r'o', '0', 'foo boo'), re.subn(r'z', '-', 'abc'))
print(re.sub(r'x*', '-', 'abxd'), re.sub(r'', '.', 'ab'), re.sub(r'\b', '|', 'hi you'))
print(re.sub(r'a|(?=b)', '-', 'abab'))
print(re.split(r',\s*', 'a, b,c,   d'))
print(re.split(r'(,)\s*', 'a, b,c'), re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(r',', 'a,b,c,d', maxsplit=2), re.split(r'x*', 'axbc'), re.split(r'\b', 'hi you'))
print(re.split(r'^', 'a\nb\nc', flags=re.M), re.split(r'$', 'a\nb', flags=re.M))
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)=(\d)', 'a=1, b=2'))
print(re.findall(r'(\w)\d', 'a1 b2'), re.findall(r'a*', 'baac'), re.findall(r'|a', 'a'))
print([m.span() for m in re.finditer(r'\w*', 'ab cd')])
for m in re.finditer(r'(?P<w>\w)(\d)?', 'a1b'):
    print(m, m.lastindex, m.lastgroup, m.groupdict())
print(re.escape('a.b*c?(d)[e] f-g_h'), re.escape(b'1+1=2'))

# bytes patterns on bytes.
show(re.search(rb'(\d+)-(\d+)', b'tel 555-1234'))
print(re.sub(rb'\s+', b' ', b'a  b\t\nc'), re.split(rb'[,;]', b'x,y;z'), re.findall(rb'[A-Z]', b'aBcD'))

# Errors.
for bad in ['(ab', 'ab)', '*a', 'a**', 'a{3,2}', '[abc', r'\q', 'a\\', r'(a)\2', r'(?P<1>x)',
            r'(?P=nope)', '(?<=a+)b', '(?z)', 'a(?i)b', r'[z-a]', 'x\n(y']:
    try:
        re.compile(bad)
        print('compiled', bad)
    except re.error as e:
        print('error', e)
for args in [(r'(a)', r'\2', 'a'), (r'a', r'\q', 'a'), (r'(?P<x>a)', r'\g<y>', 'a'), (r'a', r'\g<1', 'a')]:
    try:
        print(re.sub(*args))
    except re.error as e:
        print('error', e, e.pos)
    except IndexError as e:
        print('IndexError', e)
for fn in [lambda: re.match('a', b'a'), lambda: re.match(b'a', 'a'), lambda: re.match('(a)', 'a').group(5)]:
    try:
        fn()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(issubclass(re.error, Exception), re.error('boom').msg)
