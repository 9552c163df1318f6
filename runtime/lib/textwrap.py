# textwrap: wrap, fill, shorten, dedent, indent and TextWrapper, as CPython 3.11's module.
# Written in Python, compiled with the program only when it imports the module. CPython splits
# the text into chunks with a regular expression (words, runs of whitespace, "goof-" "ball"
# at hyphens, "--" em-dashes); here the same chunks are found by hand, without `re`, so a
# subclass may not replace wordsep_re, wordsep_simple_re or sentence_end_re.

_whitespace = "\t\n\x0b\x0c\r "


def _is_w(c):
    # (The regular expressions' \w.)
    return c.isalnum() or c == "_"


def _is_letter(c):
    # [^\d\W]: a word character that is not a digit.
    return (c.isalnum() or c == "_") and not c.isdecimal()


def _is_wp(c):
    return c.isalnum() or c in "_!\"'&.,?"


def _dashes_then_w(text, k):
    # Whether text[k:] is -{2,} then a word character: where the dashes end, or 0.
    n = len(text)
    j = k
    while j < n and text[j] == "-":
        j += 1
    if j - k >= 2 and j < n and _is_w(text[j]):
        return j
    return 0


def _letter_at(text, k):
    return 0 <= k < len(text) and _is_letter(text[k])


def _chunk_end(text, i):
    # The end of CPython's wordsep_re match at text[i]: whitespace, an em-dash between words,
    # or a word up to its end, an em-dash or a hyphen between letters.
    n = len(text)
    if text[i] in _whitespace:
        while i < n and text[i] in _whitespace:
            i += 1
        return i
    if i > 0 and _is_wp(text[i - 1]):
        j = _dashes_then_w(text, i)
        if j:
            return j
    k = i + 1
    while True:
        if k >= n or text[k] in _whitespace:
            return k
        if text[k] == "-" and _letter_at(text, k - 1) and (
            _letter_at(text, k - 2) or (k >= 3 and text[k - 2] == "-" and _letter_at(text, k - 3))
        ) and _letter_at(text, k + 1) and (
            _letter_at(text, k + 2) or (k + 3 < n and text[k + 2] == "-" and _letter_at(text, k + 3))
        ):
            return k + 1
        if _is_wp(text[k - 1]) and _dashes_then_w(text, k):
            return k
        k += 1


class TextWrapper:
    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(" "))

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        chunks = []
        i = 0
        n = len(text)
        hyphens = self.break_on_hyphens is True
        while i < n:
            if hyphens:
                j = _chunk_end(text, i)
            else:
                ws = text[i] in _whitespace
                j = i + 1
                while j < n and (text[j] in _whitespace) == ws:
                    j += 1
            chunks.append(text[i:j])
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip("-"):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            width = self.width - len(indent)
            # A line starts with no whitespace, unless it is the text's first.
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                l = len(chunks[-1])
                if cur_len + l <= width:
                    cur_line.append(chunks.pop())
                    cur_len += l
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines
                        or (not chunks or self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                        and cur_len <= width):
                    lines.append(indent + "".join(cur_line))
                else:
                    # The last line allowed: as much as fits with the placeholder.
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + "".join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def _sentence_end(chunk):
    # [a-z][.!?]["']?\Z
    if chunk[-1:] in ("'", '"') and chunk:
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in ".!?" and "a" <= chunk[-2] <= "z"


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def dedent(text):
    # Lines of spaces and tabs alone become empty; the others lose the longest run of
    # leading spaces and tabs they all start with.
    lines = text.split("\n")
    margin = None
    for i in range(len(lines)):
        line = lines[i]
        rest = line.lstrip(" \t")
        if not rest:
            lines[i] = ""
            continue
        indent = line[:len(line) - len(rest)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for j in range(min(len(margin), len(indent))):
                if margin[j] != indent[j]:
                    margin = margin[:j]
                    break
    if margin:
        n = len(margin)
        lines = [line[n:] if line.startswith(margin) else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    out = []
    for line in text.splitlines(True):
        if line.strip() if predicate is None else predicate(line):
            line = prefix + line
        out.append(line)
    return "".join(out)
