# re: regular expressions as CPython's re, parsed to a node tree, compiled to a small instruction list and run by an iterative backtracking matcher.
#
# Covered: str patterns on str, bytes patterns on bytes (and bytearray); literals, . ^ $,
# * + ? {m} {m,} {,n} {m,n} with lazy (*?) and possessive (*+) forms, | ( ) (?: ) (?P<name> )
# \1 (?P=name), classes, \d \D \w \W \s \S \b \B \A \Z, the usual escapes (\xhh \uhhhh
# \Uhhhhhhhh octal), (?= ) (?! ) (?<= ) (?<! ) (fixed width), (?> ), (?(1)yes|no), (?# ),
# flags I M S X A (global at the start, or scoped as (?i: )), compile match search fullmatch
# sub subn split findall finditer escape purge error, Pattern and Match objects.
# Loops keep their state on an explicit stack: a * over a long subject does not recurse.
#
# Differences from CPython: \N{name} is not supported; for non-ASCII characters \w, \d, \s
# and IGNORECASE use str.isalnum, isdigit, isspace, lower and upper (ASCII-only on mpyc),
# without CPython's extra case-folding tables; a possessive repeat of a group (x)*+ behaves
# exactly as (?>(x)*), which CPython 3.11 does not always do; flags are plain ints, and
# Pattern.groupindex is a plain dict.

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
# Opcodes (the first five are also nodes), then the other node kinds.
_LIT, _LITI, _ANY, _CLS, _AT, _SAVE, _SPLIT, _SPLITL, _JMP, _REP1, _RINIT, _RLOOP = range(12)
_BREF, _LOOK, _ATOMIC, _GEXISTS, _SUCCEED, _MATCH, _CAT, _ALT, _GROUP, _REP, _COND = range(12, 23)


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        text = msg
        lineno = colno = None
        if pattern is not None and pos is not None:
            p = pattern if isinstance(pattern, str) else _tostr(pattern)
            lineno = p[:pos].count('\n') + 1
            colno = pos - p[:pos].rfind('\n')
            text = '%s at position %d' % (msg, pos)
            if '\n' in p:
                text = '%s (line %d, column %d)' % (text, lineno, colno)
        super().__init__(text)
        self.msg, self.pattern, self.pos, self.lineno, self.colno = msg, pattern, pos, lineno, colno


# ---------------------------------------------------------------- character tests

def _isword(c, a):
    if 'a' <= c <= 'z' or 'A' <= c <= 'Z' or '0' <= c <= '9' or c == '_':
        return True
    return not a and c > '\x7f' and c.isalnum()


def _cat(code, c):
    # code: 0 \d, 1 \D, 2 \w, 3 \W, 4 \s, 5 \S; plus 6 for ASCII-only.
    a = code >= 6
    k = code % 6
    if k < 2:
        r = '0' <= c <= '9' or (not a and c > '\x7f' and c.isdigit())
    elif k < 4:
        r = _isword(c, a)
    else:
        r = c in ' \t\n\r\f\v' or (not a and (c in '\x1c\x1d\x1e\x1f' or (c > '\x7f' and c.isspace())))
    return r != (k & 1 == 1)


def _low(c, mode):
    # Lower case for IGNORECASE: mode 1 Unicode, 2 ASCII only.
    return c if mode == 2 and c > '\x7f' else c.lower()


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
    if cl[4] and (cl[4] == 1 or c <= '\x7f'):
        for d in (c.lower(), c.upper()):
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
    # code: 0 ^, 1 ^ multiline, 2 $, 3 $ multiline, 4 \A, 5 \Z, 6 \b, 7 \B, 8 9 ASCII \b \B
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
    w1 = pos > 0 and _isword(s[pos - 1], code >= 8)
    w2 = pos < end and _isword(s[pos], code >= 8)
    return (w1 != w2) == (code % 2 == 0)


# ---------------------------------------------------------------- parser

_FLAGCH = {'i': I, 'L': L, 'm': M, 's': S, 'x': X, 'a': A, 'u': U}
_ESC = {'a': '\a', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}
_CATS = 'dDwWsS'


def _isname(s):
    return s != '' and not '0' <= s[0] <= '9' and all([c == '_' or c > '\x7f' or c.isalnum() for c in s])


def _isdigits(s):
    return s != '' and not s.strip('0123456789')


def _isoct(c):
    return '0' <= c <= '7'


class _Parser:
    def __init__(self, p, flags, isb, orig):
        self.p, self.n, self.i, self.flags, self.isb, self.orig = p, len(p), 0, flags, isb, orig
        self.ngroups, self.names, self.open, self.gnodes, self.seen = 1, {}, [], {}, False

    def err(self, msg, pos):
        raise error(msg, self.orig, pos)

    def parse(self):
        node = self.alt()
        if self.i < self.n:
            self.err('unbalanced parenthesis', self.i)
        return node

    def ic(self):
        if not self.flags & I:
            return 0
        return 2 if (self.flags & A or self.isb) else 1

    def asc(self):
        return self.isb or self.flags & A != 0

    def lit(self, c):
        m = self.ic()
        if m and _low(c, m) != c.upper():
            return (_LITI, _low(c, m), m)
        return (_LIT, c)

    def skip(self):
        # Skips whitespace and comments in verbose mode.
        while self.flags & X and self.i < self.n:
            c = self.p[self.i]
            if c in ' \t\n\r\f\v':
                self.i += 1
            elif c == '#':
                k = self.p.find('\n', self.i)
                self.i = self.n if k < 0 else k + 1
            else:
                break

    def alt(self):
        branches = [self.seq()]
        while self.i < self.n and self.p[self.i] == '|':
            self.i += 1
            self.seen = True
            branches.append(self.seq())
        return branches[0] if len(branches) == 1 else (_ALT, branches)

    def seq(self):
        items = []
        p = self.p
        while True:
            self.skip()
            if self.i >= self.n or p[self.i] in '|)':
                return items[0] if len(items) == 1 else (_CAT, items)
            c = p[self.i]
            at = self.i
            q = None
            if c in '*+?':
                self.i += 1
                q = (0, _INF) if c == '*' else (1, _INF) if c == '+' else (0, 1)
            elif c == '{':
                q = self.brace()
            if q is None:
                node = self.atom()
                if node is not None:
                    items.append(node)
                    self.seen = True
                continue
            if not items or items[-1][0] == _AT:
                self.err('nothing to repeat', at)
            if items[-1][0] == _REP:
                self.err('multiple repeat', at)
            if q[0] > q[1]:
                self.err('min repeat greater than max repeat', at + 1)
            mode = 0
            if self.i < self.n and p[self.i] in '?+':
                mode = 1 if p[self.i] == '?' else 2
                self.i += 1
            items[-1] = (_REP, items[-1], q[0], q[1], mode)

    def digits(self, k):
        while k < self.n and '0' <= self.p[k] <= '9':
            k += 1
        return k

    def brace(self):
        # {m,n} as (m, n), reading it; None when the { is a literal.
        p = self.p
        k = self.digits(self.i + 1)
        lo = hi = p[self.i + 1:k]
        if k < self.n and p[k] == ',':
            j = k + 1
            k = self.digits(j)
            hi = p[j:k]
        elif not lo:
            return None
        if k >= self.n or p[k] != '}':
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
        if c == '^' or c == '$':
            return (_AT, (0 if c == '^' else 2) + (1 if self.flags & M else 0))
        if c != '\\':
            return self.lit(c)
        start = self.i - 1
        if self.i >= self.n:
            self.err('bad escape (end of pattern)', start)
        c = p[self.i]
        self.i += 1
        k = 'AZbB'.find(c)
        if k >= 0:
            return (_AT, k + 4 + (2 if k >= 2 and self.asc() else 0))
        k = _CATS.find(c)
        if k >= 0:
            return (_CLS, (False, '', [], [k + 6 if self.asc() else k], 0))
        if '0' <= c <= '9':
            v = self.digit(c, start)
            return (_BREF, v, self.ic()) if isinstance(v, int) else self.lit(v)
        return self.lit(self.escape(c, start, False))

    def digit(self, c, start):
        # \0.. \1.. outside a class: an octal escape's character or a group number.
        p = self.p
        j = self.i
        if c == '0':
            return self.escape(c, start, False)
        if j < self.n and '0' <= p[j] <= '9':
            if _isoct(c) and _isoct(p[j]) and j + 1 < self.n and _isoct(p[j + 1]):
                self.i = j + 2
                return self.octal(p[start:j + 2], start)
            self.i = j + 1
        g = int(p[start + 1:self.i])
        if g >= self.ngroups:
            self.err('invalid group reference %d' % g, start + 1)
        if g in self.open:
            self.err('cannot refer to an open group', start)
        return g

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
        if k == 0 or (k > 0 and not self.isb):
            j = self.i
            size = (2, 4, 8)[k]
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

    def clsitem(self):
        # One member of a class: a character, or an int for \d \w \s and their negations.
        c = self.p[self.i]
        self.i += 1
        if c != '\\':
            return c
        if self.i >= self.n:
            self.err('bad escape (end of pattern)', self.i - 1)
        c = self.p[self.i]
        self.i += 1
        k = _CATS.find(c)
        if k >= 0:
            return k + 6 if self.asc() else k
        return self.escape(c, self.i - 2, True)

    def cls(self):
        p = self.p
        start = self.i
        self.i += 1
        neg = self.i < self.n and p[self.i] == '^'
        if neg:
            self.i += 1
        chars, ranges, cats = [], [], []
        first = True
        while True:
            if self.i >= self.n:
                self.err('unterminated character set', start)
            if p[self.i] == ']' and not first:
                self.i += 1
                return (_CLS, (neg, ''.join(chars), ranges, cats, self.ic()))
            first = False
            at = self.i
            lo = self.clsitem()
            if self.i + 1 < self.n and p[self.i] == '-' and p[self.i + 1] != ']':
                dash = self.i
                self.i += 1
                hi = self.clsitem()
                if isinstance(lo, int) or isinstance(hi, int) or hi < lo:
                    self.err('bad character range %s-%s' % (p[at:dash], p[dash + 1:self.i]), at)
                ranges.append((lo, hi))
            elif isinstance(lo, int):
                cats.append(lo)
            else:
                chars.append(lo)

    def ext(self):
        # The character after (? (?P or (?<.
        if self.i >= self.n:
            self.err('unexpected end of pattern', self.i)
        self.i += 1
        return self.p[self.i - 1]

    def name(self, term, num):
        # A group name ending at term; num: a group number is accepted too.
        at = self.i
        k = self.p.find(term, at)
        if k < 0:
            self.err('missing group name' if at >= self.n else
                     'missing %s, unterminated name' % term, at)
        nm = self.p[at:k]
        self.i = k + 1
        if not nm:
            self.err('missing group name', at)
        if not _isname(nm) and not (num and _isdigits(nm)):
            self.err('bad character in group name %r' % nm, at)
        return nm

    def sub(self, start):
        node = self.alt()
        if self.i >= self.n or self.p[self.i] != ')':
            self.err('missing ), unterminated subpattern', start)
        self.i += 1
        return node

    def group(self):
        start = self.i
        self.i += 1
        if self.i >= self.n or self.p[self.i] != '?':
            self.seen = True
            return self.capture(start, None)
        self.i += 1
        c = self.ext()
        if c == '#':
            k = self.p.find(')', self.i)
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
            c = self.ext()
            if c == '<':
                return self.capture(start, self.name('>', False))
            if c == '=':
                at = self.i
                nm = self.name(')', False)
                if nm not in self.names:
                    self.err('unknown group name %r' % nm, at)
                if self.names[nm] in self.open:
                    self.err('cannot refer to an open group', at)
                return (_BREF, self.names[nm], self.ic())
            self.err('unknown extension ?P' + c, start + 1)
        if c == '=' or c == '!':
            return (_LOOK, self.sub(start), c == '!', -1)
        if c == '<':
            c = self.ext()
            if c != '=' and c != '!':
                self.err('unknown extension ?<' + c, start + 1)
            node = self.sub(start)
            w = self.width(node)
            if w[0] != w[1]:
                raise error('look-behind requires fixed-width pattern')
            return (_LOOK, node, c == '!', w[0])
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
        nm = self.name(')', True)
        if _isdigits(nm):
            g = int(nm)
            if g == 0:
                self.err('bad group number', at)
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
        # (?aiLmsux) global flags, or (?aiLmsux-imsx:...) flags for a subpattern.
        p = self.p
        add = self.readflags(-1)
        sub = 0
        if self.i < self.n and p[self.i] == '-':
            self.i += 1
            sub = self.readflags(add)
            if not sub:
                self.flagerr('missing flag')
            if self.i >= self.n or p[self.i] != ':':
                self.flagerr('missing :')
        if self.i >= self.n or p[self.i] not in ':)':
            self.flagerr('missing -, : or )')
        self.i += 1
        if p[self.i - 1] == ')':
            if self.seen or self.open:
                self.err('global flags not at the start of the expression', start)
            self.flags |= add
            return None
        self.seen = True
        old = self.flags
        self.flags = (old | add) & ~sub & ~(U if add & A else A if add & U else 0)
        node = self.sub(start)
        self.flags = old
        return (_CAT, [node])

    def flagerr(self, msg):
        at = self.i
        if at < self.n:
            if self.p[at].isalpha():
                msg = 'unknown flag'
            self.i += 1
        self.err(msg, at)

    def readflags(self, add):
        # Reads flag letters turned on (add < 0) or off (add: those turned on).
        f = 0
        bad = 'bad inline flags: '
        while self.i < self.n and self.p[self.i] in _FLAGCH:
            v = _FLAGCH[self.p[self.i]]
            self.i += 1
            f |= v
            if add >= 0 and v & (A | U | L):
                self.err(bad + "cannot turn off flags 'a', 'u' and 'L'", self.i)
            if add >= 0 and f & add:
                self.err(bad + 'flag turned on and off', self.i)
            if add < 0 and (f & A != 0) + (f & U != 0) + (f & L != 0) > 1:
                self.err(bad + "flags 'a', 'u' and 'L' are incompatible", self.i)
            if add < 0 and (v == L) != self.isb and v & (L | U):
                self.err(bad + "cannot use '%s' flag with a %s pattern"
                         % ('L' if v == L else 'u', 'str' if v == L else 'bytes'), self.i)
        return f

    def width(self, node):
        # (fewest, most) characters node can match.
        k = node[0]
        if k <= _CLS:
            return (1, 1)
        if k == _CAT or k == _ALT:
            ws = [self.width(x) for x in node[1]] or [(0, 0)]
            los = [w[0] for w in ws]
            his = [w[1] for w in ws]
            return (min(los), max(his)) if k == _ALT else (sum(los), min(_INF, sum(his)))
        if k == _GROUP or k == _ATOMIC:
            return self.width(node[-1])
        if k == _REP:
            w = self.width(node[1])
            return (min(_INF, w[0] * node[2]), min(_INF, w[1] * node[3]))
        if k == _BREF:
            return self.width(self.gnodes[node[1]]) if node[1] in self.gnodes else (0, _INF)
        if k == _COND:
            a = self.width(node[2])
            b = self.width(node[3]) if node[3] is not None else (0, 0)
            return (min(a[0], b[0]), max(a[1], b[1]))
        return (0, 0)


# ---------------------------------------------------------------- compiler

def _comp(node, prog, nl):
    # Appends node's instructions to prog; nl[0] counts the loops (each has two registers).
    k = node[0]
    sp = len(prog)
    if k <= _AT or k == _BREF:
        prog.append(node)
    elif k == _CAT:
        for x in node[1]:
            _comp(x, prog, nl)
    elif k == _ALT:
        jumps = []
        for b in node[1][:-1]:
            sp = len(prog)
            prog.append(None)
            _comp(b, prog, nl)
            jumps.append(len(prog))
            prog.append(None)
            prog[sp] = (_SPLIT, len(prog))
        _comp(node[1][-1], prog, nl)
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
            prog.append(None)
            _comp(sub, prog, nl)
            prog[sp] = (_SPLITL if mode else _SPLIT, len(prog))
        else:
            prog.append((_RINIT, nl[0]))
            prog.append(None)
            nl[0] += 1
            _comp(sub, prog, nl)
            prog.append((_JMP, sp + 1))
            prog[sp + 1] = (_RLOOP, prog[sp][1], lo, hi, mode, len(prog))
    elif k == _LOOK or k == _ATOMIC:
        prog.append(None)
        _comp(node[1], prog, nl)
        prog.append((_SUCCEED,))
        prog[sp] = (_ATOMIC, len(prog)) if k == _ATOMIC else (_LOOK, node[2], node[3], len(prog))
    else:
        prog.append(None)
        _comp(node[2], prog, nl)
        if node[3] is not None:
            j = len(prog)
            prog.append(None)
            _comp(node[3], prog, nl)
            prog[j] = (_JMP, len(prog))
            j += 1
        else:
            j = len(prog)
        prog[sp] = (_GEXISTS, node[1], j)


# ---------------------------------------------------------------- matcher

def _run(prog, pc, s, pos, end, m, regs, start, top):
    # Runs prog from pc at pos; returns the end position or -1. m holds the group marks
    # (m[0] is lastindex), regs two registers per loop; both are restored on failure.
    # top: 1 = an empty match at start is refused, 2 = the match must end at end.
    # Entries of the backtracking stack: (0, pc, pos) a choice, (1, i, v) restores m[i],
    # (2, r, count, lastpos) restores a loop's registers, (3 ...) (4 ...) a greedy or lazy
    # repeat of one character, (5, pc, pos) a lazy loop that may still iterate.
    stack = []
    while True:
        ins = prog[pc]
        op = ins[0]
        if op <= _CLS:
            if pos < end and (s[pos] == ins[1] if op == _LIT else _one(ins, s[pos])):
                pos += 1
                pc += 1
                continue
        elif op == _REP1:
            t = ins[1]
            lim = end if ins[3] >= end - pos else pos + ins[3]
            minq = pos + ins[2]
            q = pos
            if ins[4] == 0:
                if t[0] == _LIT:
                    while q < lim and s[q] == t[1]:
                        q += 1
                else:
                    while q < lim and _one(t, s[q]):
                        q += 1
                if ins[5] is not None:
                    while q >= minq and (q >= end or s[q] != ins[5]):
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
        elif op == _SPLIT or op == _SPLITL:
            stack.append((0, ins[1], pos) if op == _SPLIT else (0, pc + 1, pos))
            pc = pc + 1 if op == _SPLIT else ins[1]
            continue
        elif op == _JMP:
            pc = ins[1]
            continue
        elif op == _AT:
            if _at(ins[1], s, pos, end):
                pc += 1
                continue
        elif op == _RINIT:
            r = 2 * ins[1]
            stack.append((2, r, regs[r], regs[r + 1]))
            regs[r] = 0
            regs[r + 1] = -1
            pc += 1
            continue
        elif op == _RLOOP:
            # As CPython: below the minimum, iterate; then iterate (greedy) or go on (lazy),
            # but never iterate again at the position where the last iteration began.
            r = 2 * ins[1]
            n = regs[r]
            if n < ins[2]:
                stack.append((2, r, n, regs[r + 1]))
                regs[r] = n + 1
                pc += 1
            elif n < ins[3] and pos != regs[r + 1]:
                if ins[4]:
                    stack.append((5, pc, pos))
                    pc = ins[5]
                else:
                    stack.append((0, ins[5], pos))
                    stack.append((2, r, n, regs[r + 1]))
                    regs[r] = n + 1
                    regs[r + 1] = pos
                    pc += 1
            else:
                pc = ins[5]
            continue
        elif op == _BREF:
            a = m[2 * ins[1]]
            b = m[2 * ins[1] + 1]
            if a >= 0 and b >= a and pos + b - a <= end:
                j = 0
                if ins[2]:
                    while j < b - a and _low(s[a + j], ins[2]) == _low(s[pos + j], ins[2]):
                        j += 1
                elif s[a:b] == s[pos:pos + b - a]:
                    j = b - a
                if j == b - a:
                    pos += j
                    pc += 1
                    continue
        elif op == _LOOK or op == _ATOMIC:
            p0 = pos - ins[2] if op == _LOOK and ins[2] > 0 else pos
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
                pc = ins[-1]
                continue
        elif op == _GEXISTS:
            g = 2 * ins[1]
            pc = pc + 1 if m[g] >= 0 and m[g + 1] >= m[g] else ins[2]
            continue
        elif op == _SUCCEED or not ((top & 1 and pos == start) or (top & 2 and pos != end)):
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
                # One character fewer for a greedy repeat (skipping ends before a
                # character that the literal after it would refuse).
                pc = e[1]
                q = e[3] - 1
                nxt = prog[pc][5]
                while nxt is not None and q >= e[2] and (q >= end or s[q] != nxt):
                    q -= 1
                if q < e[2]:
                    continue
                if q > e[2]:
                    stack.append((3, pc, e[2], q))
                pos = q
                pc += 1
                break
            elif k == 4:
                # One character more for a lazy repeat.
                pc = e[1]
                q = e[3]
                t = prog[pc][1]
                nxt = prog[pc][5]
                ok = False
                while q < e[2] and _one(t, s[q]):
                    q += 1
                    if nxt is None or (q < end and s[q] == nxt):
                        ok = True
                        break
                if not ok:
                    continue
                if q < e[2]:
                    stack.append((4, pc, e[2], q))
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


def _join(like, parts):
    # parts joined as a str, or as bytes when `like` is not a str (mpyc's bytes has no join).
    if isinstance(like, str):
        return ''.join(parts)
    b = bytearray()
    for x in parts:
        b.extend(x)
    return bytes(b)


_FLAGNAMES = ((I, 'IGNORECASE'), (L, 'LOCALE'), (M, 'MULTILINE'), (S, 'DOTALL'), (U, 'UNICODE'),
              (X, 'VERBOSE'), (DEBUG, 'DEBUG'), (A, 'ASCII'))


class Pattern:
    def __init__(self, pattern, flags):
        isb = not isinstance(pattern, str)
        if isb and flags & U:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if not isb and flags & L:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if flags & A and flags & U:
            raise ValueError('ASCII and UNICODE flags are incompatible')
        ps = _Parser(_tostr(pattern) if isb else pattern, flags, isb, pattern)
        node = ps.parse()
        self.pattern = pattern
        self.flags = ps.flags | (U if not isb and not ps.flags & A else 0)
        self.groups = ps.ngroups - 1
        self.groupindex = ps.names
        self._bytes = isb
        nl = [0]
        prog = []
        _comp(node, prog, nl)
        prog.append((_MATCH,))
        for j in range(len(prog) - 1):
            # A repeat of one character followed by a literal only stops before that literal.
            if prog[j][0] == _REP1 and prog[j + 1][0] == _LIT:
                prog[j] = prog[j][:5] + (prog[j + 1][1],)
        self._prog = prog
        self._nloops = nl[0]

    def __repr__(self):
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
        r = repr(self.pattern)[:200]
        return 're.compile(%s, %s)' % (r, '|'.join(names)) if names else 're.compile(%s)' % r

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
        pos = min(max(pos, 0), n)
        end = n if endpos is None else min(max(endpos, 0), n)
        if end < pos and mode == 0:
            return None
        prog = self._prog
        m = [-1] * (2 * self.groups + 2)
        regs = [0] * (2 * self._nloops)
        first = prog[0]
        p = pos
        while True:
            if mode == 0 and first[0] == _LIT:
                p = s.find(first[1], p, end)
                if p < 0:
                    return None
            r = _run(prog, 0, s, p, end, m, regs, p, (2 if mode == 2 else 0) | (1 if must else 0))
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
        empty = string[:0]
        if isinstance(empty, bytearray):
            empty = b''
        for mt in _Scan(self, string, pos, endpos):
            if self.groups == 0:
                out.append(mt.group())
            elif self.groups == 1:
                out.append(mt.group(1) or empty)
            else:
                out.append(mt.groups(empty))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        scan = _Scan(self, string, 0, None)
        if isinstance(string, bytearray):
            string = bytes(string)  # the pieces are bytes, as CPython's
        if maxsplit >= 0:
            for mt in scan:
                out.append(string[last:mt._m[0]])
                out.extend(mt.groups())
                last = mt._m[1]
                if len(out) // (self.groups + 1) == maxsplit:
                    break
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        tpl = None if callable(repl) else _template(self, repl)
        out = []
        last = 0
        n = 0
        if count >= 0:
            for mt in _Scan(self, string, 0, None):
                out.append(string[last:mt._m[0]])
                if tpl is None:
                    r = repl(mt)
                    if r is not None:   # (None stands for "", as CPython's)
                        out.append(r)
                else:
                    _expand(mt, tpl, out)
                last = mt._m[1]
                n += 1
                if n == count:
                    break
        out.append(string[last:])
        return (_join(string, out), n)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]


class _Scan:
    # Iterator over the matches in a string, left to right; after an empty match the next
    # one may not be empty at the same place (CPython 3.7 on).
    def __init__(self, pat, string, pos, endpos):
        self.pat, self.orig, self.s = pat, string, pat._subject(string)
        self.pos, self.endpos, self.must, self.done = pos, endpos, False, False

    def __iter__(self):
        return self

    def __next__(self):
        mt = None
        if not self.done:
            mt = self.pat._find(self.orig, self.s, self.pos, self.endpos, 0, self.must)
        if mt is None:
            self.done = True
            raise StopIteration
        self.pos = mt._m[1]
        self.must = mt._m[0] == mt._m[1]
        return mt


def _template(pat, repl):
    # A replacement template as a list of literal pieces and group numbers.
    isb = not isinstance(repl, str)
    t = _tostr(repl) if isb else repl
    ps = _Parser(t, 0, False, repl)
    ps.ngroups = pat.groups + 1
    items = []
    lit = []
    while ps.i < len(t):
        c = t[ps.i]
        ps.i += 1
        if c != '\\':
            lit.append(c)
            continue
        start = ps.i - 1
        if ps.i >= len(t):
            ps.err('bad escape (end of pattern)', start)
        c = t[ps.i]
        ps.i += 1
        g = -1
        if c == 'g':
            if ps.i >= len(t) or t[ps.i] != '<':
                ps.err('missing <', ps.i)
            ps.i += 1
            at = ps.i
            nm = ps.name('>', True)
            if _isdigits(nm):
                g = int(nm)
                if g > pat.groups:
                    ps.err('invalid group reference %d' % g, at)
            elif nm not in pat.groupindex:
                raise IndexError('unknown group name %r' % nm)
            else:
                g = pat.groupindex[nm]
        elif '0' <= c <= '9':
            v = ps.digit(c, start)
            if isinstance(v, int):
                g = v
            else:
                lit.append(v)
        elif c in _ESC or c == 'b':
            lit.append(ps.escape(c, start, True))
        elif 'a' <= c <= 'z' or 'A' <= c <= 'Z':
            ps.err('bad escape \\' + c, start)
        else:
            lit.append('\\' + c)
        if g >= 0:
            if lit:
                items.append(''.join(lit))
                lit = []
            items.append(g)
    if lit:
        items.append(''.join(lit))
    return [_tobytes(x) if isb and isinstance(x, str) else x for x in items]


def _expand(mt, tpl, out):
    for x in tpl:
        if isinstance(x, int):
            x = mt.group(x)
        if x is not None:
            out.append(x)


class Match:
    def __init__(self, pat, string, pos, endpos, m, start, end):
        last = m[0]
        m[0] = start
        m[1] = end
        self._m = m
        self.re, self.string, self.pos, self.endpos = pat, string, pos, endpos
        self.lastindex = last if last > 0 else None
        self.lastgroup = None
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
        if len(idx) < 2:
            return self._get(self._idx(idx[0]) if idx else 0, None)
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
        return (-1, -1) if a < 0 or b < 0 else (a, b)

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
        return _join(self.string, out)

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
    key = (isinstance(pattern, str), pattern, flags)
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


def escape(pattern):
    if not isinstance(pattern, str):
        return _tobytes(escape(_tostr(pattern)))
    return ''.join(['\\' + c if c in '()[]{}?*+-|^$\\.&~# \t\n\r\v\f' else c for c in pattern])
