# re: regular expressions as CPython's re, parsed to a node tree, compiled to a small instruction list and run by an iterative backtracking matcher.
#
# Covered: str patterns on str, bytes patterns on bytes (and bytearray); literals, . ^ $,
# * + ? {m} {m,} {,n} {m,n} with lazy (??) and possessive (+) forms, | ( ) (?: ) (?P<name> )
# \1 (?P=name), classes, \d \D \w \W \s \S \b \B \A \Z, the usual escapes (\xhh \uhhhh
# \Uhhhhhhhh octal), (?= ) (?! ) (?<= ) (?<! ) (fixed width), (?> ), (?(1)yes|no), (?# ),
# flags I M S X A (global at the start, or scoped as (?i: )), compile match search fullmatch
# sub subn split findall finditer escape purge error, Pattern and Match objects.
# Loops keep their state on an explicit stack: a * over a long subject does not recurse.
#
# Differences from CPython: \N{name} is not supported; for non-ASCII characters \w, \d, \s
# and IGNORECASE rely on str.isalnum, isdigit, isspace, lower and upper (ASCII-only on mpyc),
# and CPython's special case-folding tables (e.g. sigma forms) are not used; flags are ints,
# and Pattern.groupindex is a plain dict.

I = IGNORECASE = 2
L = LOCALE = 4
M = MULTILINE = 8
S = DOTALL = 16
U = UNICODE = 32
X = VERBOSE = 64
DEBUG = 128
A = ASCII = 256
NOFLAG = 0

_INF = 1000000000

# Opcodes; the first four are also the single-character node kinds.
_LIT = 0
_LITI = 1
_ANY = 2
_CLS = 3
_AT = 4
_SAVE = 5
_SPLIT = 6
_JMP = 7
_REP1 = 8
_RINIT = 9
_RLOOP = 10
_BREF = 11
_LOOK = 12
_ATOMIC = 13
_GEXISTS = 14
_SUCCEED = 15
_MATCH = 16
_SPLITL = 17
# Node kinds only.
_CAT = 20
_ALT = 21
_GROUP = 22
_REP = 23
_COND = 24


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        text = msg
        lineno = colno = None
        if pattern is not None and pos is not None:
            nl = '\n' if isinstance(pattern, str) else b'\n'
            before = pattern[:pos]
            lineno = before.count(nl) + 1
            colno = pos - before.rfind(nl)
            text = '%s at position %d' % (msg, pos)
            if nl in pattern:
                text = '%s (line %d, column %d)' % (text, lineno, colno)
        super().__init__(text)
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


# ---------------------------------------------------------------- character tests

def _isword(c, a):
    if 'a' <= c <= 'z' or 'A' <= c <= 'Z' or '0' <= c <= '9' or c == '_':
        return True
    return not a and c > '\x7f' and c.isalnum()


def _cat(code, c):
    # code: 0 d, 1 D, 2 w, 3 W, 4 s, 5 S; plus 6 for ASCII-only.
    a = code >= 6
    k = code % 6
    if k < 2:
        r = '0' <= c <= '9' or (not a and c > '\x7f' and c.isdigit())
    elif k < 4:
        r = _isword(c, a)
    elif a:
        r = c in ' \t\n\r\f\v'
    else:
        r = c in ' \t\n\r\f\v\x1c\x1d\x1e\x1f' or (c > '\x7f' and c.isspace())
    return r != (k & 1 == 1)


def _low(c, mode):
    if mode == 2 and c > '\x7f':
        return c
    return c.lower()


def _clhas(cl, c):
    if c in cl[1]:
        return True
    for r in cl[2]:
        if r[0] <= c <= r[1]:
            return True
    for k in cl[3]:
        if _cat(k, c):
            return True
    return False


def _incls(cl, c):
    # cl: (negated, chars, [(lo, hi)], [category codes], ignorecase mode)
    if _clhas(cl, c):
        return not cl[0]
    ic = cl[4]
    if ic and (ic == 1 or c <= '\x7f'):
        d = c.lower()
        if d != c and len(d) == 1 and _clhas(cl, d):
            return not cl[0]
        d = c.upper()
        if d != c and len(d) == 1 and _clhas(cl, d):
            return not cl[0]
    return cl[0]


def _one(t, c):
    k = t[0]
    if k == _LIT:
        return c == t[1]
    if k == _LITI:
        return _low(c, t[2]) == t[1]
    if k == _ANY:
        return t[1] or c != '\n'
    return _incls(t[1], c)


def _at(code, s, pos, end):
    if code == 0 or code == 4:
        return pos == 0
    if code == 1:
        return pos == 0 or s[pos - 1] == '\n'
    if code == 2:
        return pos == end or (pos == end - 1 and s[pos] == '\n')
    if code == 3:
        return pos == end or s[pos] == '\n'
    if code == 5:
        return pos == end
    if end == 0:
        return False
    a = code >= 8
    w1 = pos > 0 and _isword(s[pos - 1], a)
    w2 = pos < end and _isword(s[pos], a)
    return (w1 != w2) == (code % 2 == 0)


# ---------------------------------------------------------------- parser

_FLAGCH = {'i': I, 'L': L, 'm': M, 's': S, 'x': X, 'a': A, 'u': U}
_ESC = {'a': '\a', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}
_CATS = 'dDwWsS'


def _isname(s):
    if not s or '0' <= s[0] <= '9':
        return False
    for c in s:
        if not (c == '_' or c > '\x7f' or c.isalnum()):
            return False
    return True


def _isdigits(s):
    if not s:
        return False
    for c in s:
        if not '0' <= c <= '9':
            return False
    return True


def _isoct(c):
    return '0' <= c <= '7'


class _Parser:
    def __init__(self, p, flags, isb, orig):
        self.p = p
        self.n = len(p)
        self.i = 0
        self.flags = flags
        self.isb = isb
        self.orig = orig
        self.ngroups = 1
        self.names = {}
        self.open = []
        self.gnodes = {}
        self.seen = False

    def err(self, msg, pos):
        raise error(msg, self.orig, pos)

    def parse(self):
        node = self.alt()
        if self.i < self.n:
            self.err('unbalanced parenthesis', self.i)
        return node

    def ic(self):
        f = self.flags
        if not f & I:
            return 0
        return 2 if (f & A or self.isb) else 1

    def asc(self):
        return self.isb or self.flags & A != 0

    def lit(self, c):
        m = self.ic()
        if m and _low(c, m) != c.upper():
            return (_LITI, _low(c, m), m)
        return (_LIT, c)

    def skip(self):
        if not self.flags & X:
            return
        p = self.p
        while self.i < self.n:
            c = p[self.i]
            if c in ' \t\n\r\f\v':
                self.i += 1
            elif c == '#':
                k = p.find('\n', self.i)
                self.i = self.n if k < 0 else k + 1
            else:
                break

    def alt(self):
        branches = [self.seq()]
        while self.i < self.n and self.p[self.i] == '|':
            self.i += 1
            self.seen = True
            branches.append(self.seq())
        if len(branches) == 1:
            return branches[0]
        return (_ALT, branches)

    def seq(self):
        items = []
        p = self.p
        while True:
            self.skip()
            if self.i >= self.n:
                break
            c = p[self.i]
            if c == '|' or c == ')':
                break
            at = self.i
            if c in '*+?{':
                if c == '{':
                    q = self.brace()
                    if q is None:
                        self.i += 1
                        items.append(self.lit('{'))
                        self.seen = True
                        continue
                    lo, hi = q
                else:
                    self.i += 1
                    lo, hi = (0, _INF) if c == '*' else (1, _INF) if c == '+' else (0, 1)
                if not items or items[-1][0] == _AT:
                    self.err('nothing to repeat', at)
                if items[-1][0] == _REP:
                    self.err('multiple repeat', at)
                if lo > hi:
                    self.err('min repeat greater than max repeat', at + 1)
                mode = 0
                if self.i < self.n and p[self.i] in '?+':
                    mode = 1 if p[self.i] == '?' else 2
                    self.i += 1
                items[-1] = (_REP, items[-1], lo, hi, mode)
            else:
                node = self.atom()
                if node is not None:
                    items.append(node)
                    self.seen = True
        if len(items) == 1:
            return items[0]
        return (_CAT, items)

    def brace(self):
        p = self.p
        n = self.n
        j = k = self.i + 1
        while k < n and '0' <= p[k] <= '9':
            k += 1
        lo = hi = p[j:k]
        if k < n and p[k] == ',':
            k += 1
            j = k
            while k < n and '0' <= p[k] <= '9':
                k += 1
            hi = p[j:k]
        elif not lo:
            return None
        if k >= n or p[k] != '}':
            return None
        self.i = k + 1
        return (int(lo) if lo else 0, int(hi) if hi else _INF)

    def atom(self):
        p = self.p
        c = p[self.i]
        if c == '(':
            return self.group()
        if c == '[':
            return self.cls()
        self.i += 1
        if c == '.':
            return (_ANY, self.flags & S != 0)
        if c == '^':
            return (_AT, 1 if self.flags & M else 0)
        if c == '$':
            return (_AT, 3 if self.flags & M else 2)
        if c != '\\':
            return self.lit(c)
        start = self.i - 1
        if self.i >= self.n:
            self.err('bad escape (end of pattern)', start)
        c = p[self.i]
        self.i += 1
        if c in 'AZbB':
            code = {'A': 4, 'Z': 5, 'b': 6, 'B': 7}[c]
            if code >= 6 and self.asc():
                code += 2
            return (_AT, code)
        k = _CATS.find(c)
        if k >= 0:
            return (_CLS, (False, '', [], [k + 6 if self.asc() else k], 0))
        if '1' <= c <= '9':
            j = self.i
            if j < self.n and '0' <= p[j] <= '9':
                if _isoct(c) and _isoct(p[j]) and j + 1 < self.n and _isoct(p[j + 1]):
                    self.i = j + 2
                    return self.lit(self.octal(p[start:j + 2], start))
                self.i = j + 1
            g = int(p[start + 1:self.i])
            if g >= self.ngroups:
                self.err('invalid group reference %d' % g, start + 1)
            if g in self.open:
                self.err('cannot refer to an open group', start)
            return (_BREF, g, self.ic())
        return self.lit(self.escape(c, start, False))

    def octal(self, text, pos):
        v = int(text[1:], 8)
        if v > 255:
            self.err('octal escape value %s outside of range 0-0o377' % text, pos)
        return chr(v)

    def escape(self, c, start, incls):
        # The character of an escape \c (c already read), for the escapes that stand for one.
        p = self.p
        if c in _ESC:
            return _ESC[c]
        if incls and c == 'b':
            return '\b'
        if _isoct(c) and (incls or c == '0'):
            j = self.i
            while j < self.n and j < start + 4 and _isoct(p[j]):
                j += 1
            self.i = j
            return self.octal(p[start:j], start)
        k = 'xuU'.find(c)
        if k >= 0 and (k == 0 or not self.isb):
            size = (2, 4, 8)[k]
            j = self.i
            while j < self.n and j < self.i + size and p[j] in '0123456789abcdefABCDEF':
                j += 1
            if j - self.i < size:
                self.err('incomplete escape %s' % p[start:j], start)
            v = int(p[self.i:j], 16)
            self.i = j
            if v > 0x10FFFF:
                self.err('bad escape %s' % p[start:j], start)
            return chr(v)
        if 'a' <= c <= 'z' or 'A' <= c <= 'Z' or '0' <= c <= '9':
            self.err('bad escape \\' + c, start)
        return c

    def clsitem(self, start):
        # One member of a class: a character, or an int for \d \w \s and their negations.
        p = self.p
        c = p[self.i]
        self.i += 1
        if c != '\\':
            return c
        if self.i >= self.n:
            self.err('bad escape (end of pattern)', self.i - 1)
        c = p[self.i]
        self.i += 1
        k = _CATS.find(c)
        if k >= 0:
            return k + 6 if self.asc() else k
        return self.escape(c, self.i - 2, True)

    def cls(self):
        p = self.p
        start = self.i
        self.i += 1
        neg = False
        if self.i < self.n and p[self.i] == '^':
            neg = True
            self.i += 1
        chars = []
        ranges = []
        cats = []
        first = True
        while True:
            if self.i >= self.n:
                self.err('unterminated character set', start)
            if p[self.i] == ']' and not first:
                self.i += 1
                break
            first = False
            at = self.i
            lo = self.clsitem(start)
            if self.i + 1 < self.n and p[self.i] == '-' and p[self.i + 1] != ']':
                dash = self.i
                self.i += 1
                hi = self.clsitem(start)
                if isinstance(lo, int) or isinstance(hi, int) or hi < lo:
                    self.err('bad character range %s-%s' % (p[at:dash], p[dash + 1:self.i]), at)
                ranges.append((lo, hi))
            elif isinstance(lo, int):
                cats.append(lo)
            else:
                chars.append(lo)
        return (_CLS, (neg, ''.join(chars), ranges, cats, self.ic()))

    def name(self, term):
        k = self.p.find(term, self.i)
        if k < 0:
            self.err('missing group name' if self.i >= self.n else
                     'missing %s, unterminated name' % term, self.i)
        nm = self.p[self.i:k]
        if not nm:
            self.err('missing group name', self.i)
        if not _isname(nm):
            self.err('bad character in group name %r' % nm, self.i)
        self.i = k + 1
        return nm

    def sub(self, start):
        node = self.alt()
        if self.i >= self.n or self.p[self.i] != ')':
            self.err('missing ), unterminated subpattern', start)
        self.i += 1
        return node

    def group(self):
        p = self.p
        start = self.i
        self.i += 1
        if self.i >= self.n or p[self.i] != '?':
            self.seen = True
            return self.capture(start, None)
        self.i += 1
        if self.i >= self.n:
            self.err('unexpected end of pattern', self.i)
        c = p[self.i]
        self.i += 1
        if c == '#':
            k = p.find(')', self.i)
            if k < 0:
                self.err('missing ), unterminated comment', start)
            self.i = k + 1
            return None
        if c in 'iLmsxau-':
            self.i -= 1
            return self.inline(start)
        self.seen = True
        if c == ':':
            return (_CAT, [self.sub(start)])
        if c == 'P':
            if self.i >= self.n:
                self.err('unexpected end of pattern', self.i)
            c = p[self.i]
            self.i += 1
            if c == '<':
                return self.capture(start, self.name('>'))
            if c == '=':
                at = self.i
                nm = self.name(')')
                if nm not in self.names:
                    self.err('unknown group name %r' % nm, at)
                g = self.names[nm]
                if g in self.open:
                    self.err('cannot refer to an open group', at)
                return (_BREF, g, self.ic())
            self.err('unknown extension ?P' + c, start + 1)
        if c == '=' or c == '!':
            return (_LOOK, self.sub(start), c == '!', -1)
        if c == '<':
            if self.i >= self.n:
                self.err('unexpected end of pattern', self.i)
            c = p[self.i]
            self.i += 1
            if c != '=' and c != '!':
                self.err('unknown extension ?<' + c, start + 1)
            node = self.sub(start)
            lo, hi = self.width(node)
            if lo != hi:
                raise error('look-behind requires fixed-width pattern')
            return (_LOOK, node, c == '!', lo)
        if c == '>':
            return (_ATOMIC, self.sub(start))
        if c == '(':
            return self.cond(start)
        self.err('unknown extension ?' + c, start + 1)

    def capture(self, start, nm):
        g = self.ngroups
        if nm is not None:
            if nm in self.names:
                self.err('redefinition of group name %r as group %d; was group %d'
                         % (nm, g, self.names[nm]), start + 4)
            self.names[nm] = g
        self.ngroups += 1
        self.open.append(g)
        node = self.sub(start)
        self.open.remove(g)
        self.gnodes[g] = node
        return (_GROUP, g, node)

    def cond(self, start):
        at = self.i
        k = self.p.find(')', at)
        if k < 0 and at < self.n:
            self.err('missing ), unterminated name', at)
        nm = self.p[at:k]
        self.i = k + 1
        if k <= at:
            self.err('missing group name', at)
        if _isdigits(nm):
            g = int(nm)
            if g == 0:
                self.err('bad group number', at)
        elif not _isname(nm):
            self.err('bad character in group name %r' % nm, at)
        elif nm not in self.names:
            self.err('unknown group name %r' % nm, at)
        else:
            g = self.names[nm]
        yes = self.seq()
        no = None
        if self.i < self.n and self.p[self.i] == '|':
            self.i += 1
            no = self.seq()
            if self.i < self.n and self.p[self.i] == '|':
                self.err('conditional backref with more than two branches', self.i)
        if self.i >= self.n or self.p[self.i] != ')':
            self.err('missing ), unterminated subpattern', start)
        self.i += 1
        if g >= self.ngroups:
            self.err('invalid group reference %d' % g, at)
        return (_COND, g, yes, no)

    def inline(self, start):
        p = self.p
        add = self.readflags()
        sub = 0
        if self.i < self.n and p[self.i] == '-':
            self.i += 1
            sub = self.readflags()
            if not sub:
                self.flagerr('missing flag')
            if self.i >= self.n or p[self.i] != ':':
                self.flagerr('missing :')
        if self.i >= self.n or p[self.i] not in ':)':
            self.flagerr('missing -, : or )')
        c = p[self.i]
        if add & sub:
            self.err('bad inline flags: flag turned on and off', self.i)
        if sub & (A | U | L):
            self.err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", self.i)
        if (add & A != 0) + (add & U != 0) + (add & L != 0) > 1:
            self.err("bad inline flags: flags 'a', 'u' and 'L' are incompatible", self.i)
        if add & L and not self.isb:
            self.err("bad inline flags: cannot use 'L' flag with a str pattern", self.i)
        if add & U and self.isb:
            self.err("bad inline flags: cannot use 'u' flag with a bytes pattern", self.i)
        self.i += 1
        if c == ')':
            if self.seen or self.open:
                self.err('global flags not at the start of the expression', start)
            self.flags |= add
            return None
        self.seen = True
        old = self.flags
        f = (old | add) & ~sub
        if add & A:
            f &= ~U
        if add & U:
            f &= ~A
        self.flags = f
        node = self.sub(start)
        self.flags = old
        return (_CAT, [node])

    def flagerr(self, msg):
        if self.i < self.n and self.p[self.i].isalpha():
            msg = 'unknown flag'
        self.err(msg, self.i)

    def readflags(self):
        f = 0
        while self.i < self.n and self.p[self.i] in _FLAGCH:
            f |= _FLAGCH[self.p[self.i]]
            self.i += 1
        return f

    def width(self, node):
        k = node[0]
        if k <= _CLS:
            return (1, 1)
        if k == _CAT or k == _ALT:
            ws = [self.width(x) for x in node[1]]
            if not ws:
                return (0, 0)
            if k == _ALT:
                return (min([w[0] for w in ws]), max([w[1] for w in ws]))
            return (sum([w[0] for w in ws]), min(_INF, sum([w[1] for w in ws])))
        if k == _GROUP:
            return self.width(node[2])
        if k == _REP:
            lo, hi = self.width(node[1])
            return (min(_INF, lo * node[2]), min(_INF, hi * node[3]))
        if k == _ATOMIC:
            return self.width(node[1])
        if k == _BREF:
            if node[1] in self.gnodes:
                return self.width(self.gnodes[node[1]])
            return (0, _INF)
        if k == _COND:
            a = self.width(node[2])
            b = self.width(node[3]) if node[3] is not None else (0, 0)
            return (min(a[0], b[0]), max(a[1], b[1]))
        return (0, 0)


# ---------------------------------------------------------------- compiler

def _comp(node, prog, nl):
    k = node[0]
    if k <= _AT or k == _BREF:
        prog.append(node)
    elif k == _CAT:
        for x in node[1]:
            _comp(x, prog, nl)
    elif k == _ALT:
        jumps = []
        bs = node[1]
        for b in bs[:-1]:
            sp = len(prog)
            prog.append(None)
            _comp(b, prog, nl)
            jumps.append(len(prog))
            prog.append(None)
            prog[sp] = (_SPLIT, len(prog))
        _comp(bs[-1], prog, nl)
        for j in jumps:
            prog[j] = (_JMP, len(prog))
    elif k == _GROUP:
        prog.append((_SAVE, 2 * node[1]))
        _comp(node[2], prog, nl)
        prog.append((_SAVE, 2 * node[1] + 1))
    elif k == _REP:
        sub, lo, hi, mode = node[1], node[2], node[3], node[4]
        if mode == 2:
            _comp((_ATOMIC, (_REP, sub, lo, hi, 0)), prog, nl)
        elif hi == 0:
            pass
        elif sub[0] <= _CLS:
            prog.append((_REP1, sub, lo, hi, mode, None))
        elif lo == 1 and hi == 1:
            _comp(sub, prog, nl)
        elif lo == 0 and hi == 1:
            sp = len(prog)
            prog.append(None)
            _comp(sub, prog, nl)
            prog[sp] = (_SPLITL if mode else _SPLIT, len(prog))
        else:
            r = nl[0]
            nl[0] += 1
            prog.append((_RINIT, r))
            top = len(prog)
            prog.append(None)
            _comp(sub, prog, nl)
            prog.append((_JMP, top))
            prog[top] = (_RLOOP, r, lo, hi, mode, len(prog))
    elif k == _LOOK or k == _ATOMIC:
        sp = len(prog)
        prog.append(None)
        _comp(node[1], prog, nl)
        prog.append((_SUCCEED,))
        if k == _ATOMIC:
            prog[sp] = (_ATOMIC, len(prog))
        else:
            prog[sp] = (_LOOK, node[2], node[3], len(prog))
    else:
        sp = len(prog)
        prog.append(None)
        _comp(node[2], prog, nl)
        if node[3] is None:
            prog[sp] = (_GEXISTS, node[1], len(prog))
        else:
            j = len(prog)
            prog.append(None)
            prog[sp] = (_GEXISTS, node[1], len(prog))
            _comp(node[3], prog, nl)
            prog[j] = (_JMP, len(prog))


# ---------------------------------------------------------------- matcher

def _run(prog, pc, s, pos, end, m, regs, start, top):
    # Runs prog from pc at pos; returns the end position or -1. m holds the group marks
    # (m[0] is lastindex), regs the counters of the loops; both are restored on failure.
    # top: 1 = an empty match at start is refused, 2 = the match must end at end.
    stack = []
    while True:
        ins = prog[pc]
        op = ins[0]
        if op == _LIT:
            if pos < end and s[pos] == ins[1]:
                pos += 1
                pc += 1
                continue
        elif op == _REP1:
            t = ins[1]
            lo = ins[2]
            hi = ins[3]
            lim = end if hi >= end - pos else pos + hi
            minq = pos + lo
            q = pos
            if ins[4] == 0:
                if t[0] == _ANY and t[1]:
                    q = lim
                elif t[0] == _LIT:
                    c = t[1]
                    while q < lim and s[q] == c:
                        q += 1
                else:
                    while q < lim and _one(t, s[q]):
                        q += 1
                nxt = ins[5]
                if nxt is not None:
                    while q >= minq and (q >= end or s[q] != nxt):
                        q -= 1
                if q >= minq:
                    if q > minq:
                        stack.append((3, pc, minq, q))
                    pos = q
                    pc += 1
                    continue
            else:
                while q < minq and q < end and _one(t, s[q]):
                    q += 1
                if q == minq:
                    if q < lim:
                        stack.append((4, pc, lim, q))
                    pos = q
                    pc += 1
                    continue
        elif op == _SAVE:
            k = ins[1]
            stack.append((1, k, m[k]))
            m[k] = pos
            if k & 1:
                stack.append((1, 0, m[0]))
                m[0] = k >> 1
            pc += 1
            continue
        elif op == _CLS:
            if pos < end and _incls(ins[1], s[pos]):
                pos += 1
                pc += 1
                continue
        elif op == _SPLIT:
            stack.append((0, ins[1], pos))
            pc += 1
            continue
        elif op == _JMP:
            pc = ins[1]
            continue
        elif op == _LITI:
            if pos < end and _low(s[pos], ins[2]) == ins[1]:
                pos += 1
                pc += 1
                continue
        elif op == _ANY:
            if pos < end and (ins[1] or s[pos] != '\n'):
                pos += 1
                pc += 1
                continue
        elif op == _AT:
            if _at(ins[1], s, pos, end):
                pc += 1
                continue
        elif op == _SPLITL:
            stack.append((0, pc + 1, pos))
            pc = ins[1]
            continue
        elif op == _RINIT:
            r = 2 * ins[1]
            stack.append((2, r, regs[r], regs[r + 1]))
            regs[r] = 0
            regs[r + 1] = -1
            pc += 1
            continue
        elif op == _RLOOP:
            r = 2 * ins[1]
            n = regs[r]
            if n < ins[2]:
                stack.append((2, r, n, regs[r + 1]))
                regs[r] = n + 1
                pc += 1
                continue
            if n < ins[3] and pos != regs[r + 1]:
                if ins[4]:
                    stack.append((5, pc, pos))
                    pc = ins[5]
                else:
                    stack.append((0, ins[5], pos))
                    stack.append((2, r, n, regs[r + 1]))
                    regs[r] = n + 1
                    regs[r + 1] = pos
                    pc += 1
                continue
            pc = ins[5]
            continue
        elif op == _BREF:
            g = 2 * ins[1]
            a = m[g]
            b = m[g + 1]
            if a >= 0 and b >= a and pos + b - a <= end:
                if ins[2]:
                    j = 0
                    while j < b - a and _low(s[a + j], ins[2]) == _low(s[pos + j], ins[2]):
                        j += 1
                    ok = j == b - a
                else:
                    ok = s[a:b] == s[pos:pos + b - a]
                if ok:
                    pos += b - a
                    pc += 1
                    continue
        elif op == _LOOK or op == _ATOMIC:
            p0 = pos
            if op == _LOOK and ins[2] >= 0:
                p0 = pos - ins[2]
            r = -1
            saved = m[:]
            if p0 >= 0:
                r = _run(prog, pc + 1, s, p0, end, m, regs, 0, 0)
            if op == _LOOK and ins[1]:
                if r < 0:
                    pc = ins[3]
                    continue
                m[:] = saved
            elif r >= 0:
                for j in range(len(m)):
                    if m[j] != saved[j]:
                        stack.append((1, j, saved[j]))
                if op == _ATOMIC:
                    pos = r
                    pc = ins[1]
                else:
                    pc = ins[3]
                continue
        elif op == _GEXISTS:
            g = 2 * ins[1]
            if m[g] >= 0 and m[g + 1] >= m[g]:
                pc += 1
            else:
                pc = ins[2]
            continue
        elif op == _MATCH:
            if not ((top & 1 and pos == start) or (top & 2 and pos != end)):
                return pos
        else:
            return pos
        # Failure: back to the latest choice, undoing what was done since.
        while True:
            if not stack:
                return -1
            e = stack.pop()
            k = e[0]
            if k == 0:
                pc = e[1]
                pos = e[2]
                break
            if k == 1:
                m[e[1]] = e[2]
            elif k == 2:
                regs[e[1]] = e[2]
                regs[e[1] + 1] = e[3]
            elif k == 3:
                pc = e[1]
                minq = e[2]
                q = e[3] - 1
                nxt = prog[pc][5]
                if nxt is not None:
                    while q >= minq and (q >= end or s[q] != nxt):
                        q -= 1
                    if q < minq:
                        continue
                if q > minq:
                    stack.append((3, pc, minq, q))
                pos = q
                pc += 1
                break
            elif k == 4:
                pc = e[1]
                lim = e[2]
                q = e[3]
                ins = prog[pc]
                t = ins[1]
                nxt = ins[5]
                while q < lim and _one(t, s[q]):
                    q += 1
                    if nxt is None or (q < end and s[q] == nxt):
                        break
                else:
                    continue
                if q < lim:
                    stack.append((4, pc, lim, q))
                pos = q
                pc += 1
                break
            else:
                pc = e[1]
                pos = e[2]
                r = 2 * prog[pc][1]
                stack.append((2, r, regs[r], regs[r + 1]))
                regs[r] += 1
                regs[r + 1] = pos
                pc += 1
                break


# ---------------------------------------------------------------- objects

def _tostr(b):
    return ''.join([chr(x) for x in b])


def _tobytes(s):
    return bytes([ord(c) for c in s])


_FLAGNAMES = ((I, 'IGNORECASE'), (L, 'LOCALE'), (M, 'MULTILINE'), (S, 'DOTALL'), (U, 'UNICODE'),
              (X, 'VERBOSE'), (DEBUG, 'DEBUG'), (A, 'ASCII'))


class Pattern:
    def __init__(self, pattern, flags):
        isb = not isinstance(pattern, str)
        if isb:
            if flags & U:
                raise ValueError('cannot use UNICODE flag with a bytes pattern')
            p = _tostr(pattern)
        else:
            if flags & L:
                raise ValueError('cannot use LOCALE flag with a str pattern')
            if flags & A and flags & U:
                raise ValueError('ASCII and UNICODE flags are incompatible')
            p = pattern
        ps = _Parser(p, flags, isb, pattern)
        node = ps.parse()
        f = ps.flags
        if not isb and not f & A:
            f |= U
        self.pattern = pattern
        self.flags = f
        self.groups = ps.ngroups - 1
        self.groupindex = ps.names
        self._bytes = isb
        nl = [0]
        prog = []
        _comp(node, prog, nl)
        prog.append((_MATCH,))
        for j in range(len(prog) - 1):
            if prog[j][0] == _REP1 and prog[j + 1][0] == _LIT:
                ins = prog[j]
                prog[j] = (_REP1, ins[1], ins[2], ins[3], ins[4], prog[j + 1][1])
        self._prog = prog
        self._nloops = nl[0]

    def __repr__(self):
        r = repr(self.pattern)[:200]
        names = []
        f = self.flags
        if not self._bytes and f & (L | U | A) == U:
            f &= ~U
        for v, nm in _FLAGNAMES:
            if f & v:
                names.append('re.' + nm)
                f &= ~v
        if f:
            names.append(hex(f))
        if names:
            return 're.compile(%s, %s)' % (r, '|'.join(names))
        return 're.compile(%s)' % r

    def _subject(self, s):
        if isinstance(s, str):
            if self._bytes:
                raise TypeError('cannot use a bytes pattern on a string-like object')
            return s
        if isinstance(s, (bytes, bytearray)):
            if not self._bytes:
                raise TypeError('cannot use a string pattern on a bytes-like object')
            return _tostr(s)
        raise TypeError("expected string or bytes-like object, got '%s'" % type(s).__name__)

    def _find(self, orig, s, pos, endpos, mode, must):
        # mode 0 search, 1 match, 2 fullmatch; must: refuse an empty match at pos.
        n = len(s)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        end = n if endpos is None or endpos > n else endpos
        if end < 0:
            end = 0
        if end < pos and mode == 0:
            return None
        prog = self._prog
        m = [-1] * (2 * self.groups + 2)
        regs = [0] * (2 * self._nloops)
        top = 2 if mode == 2 else 0
        first = prog[0]
        p = pos
        while True:
            if mode == 0 and first[0] == _LIT:
                p = s.find(first[1], p, end)
                if p < 0:
                    return None
            r = _run(prog, 0, s, p, end, m, regs, p, top | (1 if must else 0))
            if r >= 0:
                return Match(self, orig, pos, end, m, p, r)
            if mode or p >= end or (first[0] == _AT and first[1] in (0, 4)):
                return None
            p += 1
            must = False

    def search(self, string, pos=0, endpos=None):
        return self._find(string, self._subject(string), pos, endpos, 0, False)

    def match(self, string, pos=0, endpos=None):
        return self._find(string, self._subject(string), pos, endpos, 1, False)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._find(string, self._subject(string), pos, endpos, 2, False)

    def finditer(self, string, pos=0, endpos=None):
        return _Scan(self, string, pos, endpos)

    def findall(self, string, pos=0, endpos=None):
        out = []
        sc = _Scan(self, string, pos, endpos)
        empty = string[:0]
        while True:
            mt = sc.next()
            if mt is None:
                return out
            if self.groups == 0:
                out.append(mt.group())
            elif self.groups == 1:
                out.append(mt.group(1) or empty)
            else:
                out.append(mt.groups(empty))

    def split(self, string, maxsplit=0):
        out = []
        sc = _Scan(self, string, 0, None)
        last = 0
        n = 0
        while maxsplit >= 0 and (maxsplit == 0 or n < maxsplit):
            mt = sc.next()
            if mt is None:
                break
            out.append(string[last:mt._m[0]])
            out.extend(mt.groups())
            last = mt._m[1]
            n += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            fn = repl
            tpl = None
        else:
            tpl = _template(self, repl)
            fn = None
        out = []
        sc = _Scan(self, string, 0, None)
        last = 0
        n = 0
        while count >= 0 and (count == 0 or n < count):
            mt = sc.next()
            if mt is None:
                break
            out.append(string[last:mt._m[0]])
            if fn is not None:
                out.append(fn(mt))
            else:
                _expand(mt, tpl, out)
            last = mt._m[1]
            n += 1
        out.append(string[last:])
        return (string[:0].join(out), n)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]


class _Scan:
    # The matches of a pattern in a string, left to right, as finditer and friends see them.
    def __init__(self, pat, string, pos, endpos):
        self.pat = pat
        self.orig = string
        self.s = pat._subject(string)
        self.pos = pos
        self.endpos = endpos
        self.must = False
        self.done = False

    def next(self):
        if self.done:
            return None
        mt = self.pat._find(self.orig, self.s, self.pos, self.endpos, 0, self.must)
        if mt is None:
            self.done = True
            return None
        self.pos = mt._m[1]
        self.must = mt._m[0] == mt._m[1]
        return mt

    def __iter__(self):
        return self

    def __next__(self):
        mt = self.next()
        if mt is None:
            raise StopIteration
        return mt


def _template(pat, repl):
    # The replacement template as a list of literal pieces and group numbers.
    isb = not isinstance(repl, str)
    t = _tostr(repl) if isb else repl
    items = []
    lit = []
    i = 0
    n = len(t)
    while i < n:
        c = t[i]
        i += 1
        if c != '\\':
            lit.append(c)
            continue
        start = i - 1
        if i >= n:
            raise error('bad escape (end of pattern)', repl, start)
        c = t[i]
        i += 1
        g = -1
        if c == 'g':
            if i >= n or t[i] != '<':
                raise error('missing <', repl, i)
            i += 1
            k = t.find('>', i)
            if k < 0:
                raise error('missing >, unterminated name', repl, i)
            nm = t[i:k]
            if not nm:
                raise error('missing group name', repl, i)
            if _isdigits(nm):
                g = int(nm)
                if g > pat.groups:
                    raise error('invalid group reference %d' % g, repl, i)
            elif not _isname(nm):
                raise error('bad character in group name %r' % nm, repl, i)
            elif nm not in pat.groupindex:
                raise IndexError('unknown group name %r' % nm)
            else:
                g = pat.groupindex[nm]
            i = k + 1
        elif c == '0':
            j = i
            while j < n and j < i + 2 and _isoct(t[j]):
                j += 1
            lit.append(chr(int(t[i - 1:j], 8)))
            i = j
        elif '1' <= c <= '9':
            if i < n and '0' <= t[i] <= '9':
                if _isoct(c) and _isoct(t[i]) and i + 1 < n and _isoct(t[i + 1]):
                    v = int(t[i - 1:i + 2], 8)
                    if v > 255:
                        raise error('octal escape value %s outside of range 0-0o377' % t[start:i + 2],
                                    repl, start)
                    lit.append(chr(v))
                    i += 2
                    continue
                i += 1
            g = int(t[start + 1:i])
            if g > pat.groups:
                raise error('invalid group reference %d' % g, repl, start + 1)
        elif c in _ESC or c == 'b':
            lit.append('\b' if c == 'b' else _ESC[c])
        elif 'a' <= c <= 'z' or 'A' <= c <= 'Z':
            raise error('bad escape \\' + c, repl, start)
        else:
            lit.append('\\' + c)
        if g >= 0:
            if lit:
                items.append(''.join(lit))
                lit = []
            items.append(g)
    if lit:
        items.append(''.join(lit))
    if isb:
        items = [_tobytes(x) if isinstance(x, str) else x for x in items]
    return items


def _expand(mt, tpl, out):
    for x in tpl:
        if isinstance(x, int):
            v = mt.group(x)
            if v is not None:
                out.append(v)
        else:
            out.append(x)


class Match:
    def __init__(self, pat, string, pos, endpos, m, start, end):
        last = m[0]
        m[0] = start
        m[1] = end
        self._m = m
        self.re = pat
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self.lastindex = last if last > 0 else None
        self.lastgroup = None
        if last > 0:
            for k in pat.groupindex:
                if pat.groupindex[k] == last:
                    self.lastgroup = k

    def _idx(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str) and g in self.re.groupindex:
            return self.re.groupindex[g]
        raise IndexError('no such group')

    def _get(self, g, default):
        a = self._m[2 * g]
        b = self._m[2 * g + 1]
        if a < 0 or b < 0:
            return default
        if isinstance(self.string, bytearray):
            return bytes(self.string[a:b])
        return self.string[a:b]

    def group(self, *idx):
        if not idx:
            return self._get(0, None)
        if len(idx) == 1:
            return self._get(self._idx(idx[0]), None)
        return tuple([self._get(self._idx(g), None) for g in idx])

    def __getitem__(self, g):
        return self._get(self._idx(g), None)

    def groups(self, default=None):
        return tuple([self._get(g, default) for g in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        d = {}
        for k in self.re.groupindex:
            d[k] = self._get(self.re.groupindex[k], default)
        return d

    def span(self, group=0):
        g = self._idx(group)
        a = self._m[2 * g]
        b = self._m[2 * g + 1]
        if a < 0 or b < 0:
            return (-1, -1)
        return (a, b)

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    @property
    def regs(self):
        return tuple([self.span(g) for g in range(self.re.groups + 1)])

    def expand(self, template):
        out = []
        _expand(self, _template(self.re, template), out)
        return self.string[:0].join(out)

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            self._m[0], self._m[1], repr(self.group())[:50])


# ---------------------------------------------------------------- module functions

_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    key = (type(pattern) is str, pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= 32:
            _cache.clear()
        _cache[key] = p
    return p


def purge():
    _cache.clear()


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


_SPECIAL = '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join(['\\' + c if c in _SPECIAL else c for c in pattern])
    return _tobytes(escape(_tostr(pattern)))
