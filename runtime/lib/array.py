# array: typed arrays of numbers (array.array), as CPython's and MicroPython's array module.
#
# Typecodes b B h H i I l L q Q f d, with a 32-bit ARM's sizes (i I l L: 4 bytes, q Q: 8);
# "u" (wide characters) is not supported. The items are kept in a Python list of ints or
# floats, checked on the way in as CPython checks them (the OverflowError messages are those
# of CPython on a 64-bit host for b B h H i I q Q, and of a 32-bit one for l L); a value stored
# in an "f" array is rounded to single precision. tobytes() and frombytes() go through struct,
# little-endian.
import struct

typecodes = "bBhHiIlLqQfd"

_SIZES = {"b": 1, "B": 1, "h": 2, "H": 2, "i": 4, "I": 4, "l": 4, "L": 4, "q": 8, "Q": 8,
          "f": 4, "d": 8}
_BAD_TYPECODE = "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"

_C_LONG = "Python int too large to convert to C long"
_C_ULONG = "Python int too large to convert to C unsigned long"
_TOO_BIG = "int too big to convert"
_NEG_UINT = "can't convert negative value to unsigned int"
_NEG_UNSIGNED = "can't convert negative int to unsigned"
_LONG_MIN = -(1 << 63)
_LONG_MAX = (1 << 63) - 1
_INT_MIN = -(1 << 31)
_INT_MAX = (1 << 31) - 1


def _limits(name, low, high):
    # A range check: (minimum, maximum, message below, message above).
    return (low, high, name + " is less than minimum", name + " is greater than maximum")


# For each integer typecode, the range checks a value goes through, in order: the first one
# it fails gives the OverflowError's message.
_CHECKS = {
    "b": ((_LONG_MIN, _LONG_MAX, _C_LONG, _C_LONG),
          _limits("signed short integer", -32768, 32767),
          _limits("signed char", -128, 127)),
    "B": ((_LONG_MIN, _LONG_MAX, _C_LONG, _C_LONG),
          _limits("unsigned byte integer", 0, 255)),
    "h": ((_LONG_MIN, _LONG_MAX, _C_LONG, _C_LONG),
          _limits("signed short integer", -32768, 32767)),
    "H": ((_LONG_MIN, _LONG_MAX, _C_LONG, _C_LONG),
          _limits("signed integer", _INT_MIN, _INT_MAX),
          _limits("unsigned short", 0, 65535)),
    "i": ((_LONG_MIN, _LONG_MAX, _C_LONG, _C_LONG),
          _limits("signed integer", _INT_MIN, _INT_MAX)),
    "I": ((0, (1 << 64) - 1, _NEG_UINT, _C_ULONG),
          _limits("unsigned int", 0, (1 << 32) - 1)),
    "l": ((_INT_MIN, _INT_MAX, _C_LONG, _C_LONG),),
    "L": ((0, (1 << 32) - 1, _NEG_UINT, _C_ULONG),),
    "q": ((_LONG_MIN, _LONG_MAX, _TOO_BIG, _TOO_BIG),),
    "Q": ((0, (1 << 64) - 1, _NEG_UNSIGNED, _TOO_BIG),),
}

_INF = float("inf")
# Items packed or unpacked by one struct call in tobytes() and frombytes().
_CHUNK = 16
_NO_INITIALIZER = object()


def _single(x):
    # x rounded to the nearest single-precision float (infinite beyond its range, as C's cast).
    try:
        return struct.unpack("<f", struct.pack("<f", x))[0]
    except OverflowError:
        return _INF if x > 0 else -_INF


def _item(typecode, v):
    # v as an item of an array of that typecode, or the TypeError/OverflowError CPython raises.
    if typecode == "f" or typecode == "d":
        if not isinstance(v, (int, float)):
            raise TypeError("must be real number, not %s" % type(v).__name__)
        v = float(v)
        if typecode == "f":
            v = _single(v)
        return v
    if not isinstance(v, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    v = int(v)
    for check in _CHECKS[typecode]:
        if v < check[0]:
            raise OverflowError(check[2])
        if v > check[1]:
            raise OverflowError(check[3])
    return v


def _index(i):
    # An index argument of insert() and pop() as an int.
    if not isinstance(i, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(i).__name__)
    return int(i)


def _bytes_like(data):
    if isinstance(data, (bytes, bytearray, memoryview)):
        return data
    if isinstance(data, array):
        return data.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


class array:
    def __init__(self, typecode, initializer=_NO_INITIALIZER):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s"
                            % type(typecode).__name__)
        if typecode not in _SIZES:
            raise ValueError(_BAD_TYPECODE)
        self.typecode = typecode
        self.itemsize = _SIZES[typecode]
        self._items = []
        if initializer is _NO_INITIALIZER:
            return
        if isinstance(initializer, str):
            raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                            % typecode)
        if isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array) and initializer.typecode == typecode:
            self._items = list(initializer._items)
        else:
            for v in initializer:
                self._items.append(_item(typecode, v))

    def _new(self, items):
        out = array(self.typecode)
        out._items = items
        return out

    # Items.

    def __len__(self):
        return len(self._items)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._new(self._items[index])
        if not isinstance(index, int):
            raise TypeError("array indices must be integers")
        n = len(self._items)
        if index < -n or index >= n:
            raise IndexError("array index out of range")
        return self._items[index]

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(value).__name__)
            if value.typecode != self.typecode:
                raise TypeError("bad argument type for built-in operation")
            items = list(value._items)
            if index.step is not None and index.step != 1:
                size = len(self._items[index])
                if len(items) != size:
                    raise ValueError("attempt to assign array of size %d to extended slice "
                                     "of size %d" % (len(items), size))
            self._items[index] = items
            return
        if not isinstance(index, int):
            raise TypeError("array indices must be integers")
        n = len(self._items)
        if index < -n or index >= n:
            raise IndexError("array assignment index out of range")
        self._items[index] = _item(self.typecode, value)

    def __delitem__(self, index):
        if isinstance(index, slice):
            del self._items[index]
            return
        if not isinstance(index, int):
            raise TypeError("array indices must be integers")
        n = len(self._items)
        if index < -n or index >= n:
            raise IndexError("array assignment index out of range")
        del self._items[index]

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, value):
        for v in self._items:
            if v == value:
                return True
        return False

    def _find(self, value, start, stop):
        for i in range(start, stop):
            if self._items[i] == value:
                return i
        return -1

    def count(self, value):
        n = 0
        for v in self._items:
            if v == value:
                n += 1
        return n

    def index(self, value, start=0, stop=None):
        n = len(self._items)
        start = _index(start)
        if start < 0:
            start = max(start + n, 0)
        if stop is None:
            stop = n
        else:
            stop = _index(stop)
            if stop < 0:
                stop = max(stop + n, 0)
        i = self._find(value, start, min(stop, n))
        if i < 0:
            raise ValueError("array.index(x): x not in array")
        return i

    def remove(self, value):
        i = self._find(value, 0, len(self._items))
        if i < 0:
            raise ValueError("array.remove(x): x not in array")
        del self._items[i]

    # Growing, shrinking, reordering.

    def append(self, value):
        self._items.append(_item(self.typecode, value))

    def insert(self, i, value):
        i = _index(i)
        self._items.insert(i, _item(self.typecode, value))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable.typecode != self.typecode:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(list(iterable._items))
            return
        for v in iterable:
            self._items.append(_item(self.typecode, v))

    def pop(self, i=-1):
        i = _index(i)
        n = len(self._items)
        if n == 0:
            raise IndexError("pop from empty array")
        if i < -n or i >= n:
            raise IndexError("pop index out of range")
        return self._items.pop(i)

    def reverse(self):
        self._items.reverse()

    def fromlist(self, values):
        if not isinstance(values, list):
            raise TypeError("arg must be list")
        items = []
        for v in values:
            items.append(_item(self.typecode, v))
        self._items.extend(items)

    def tolist(self):
        return list(self._items)

    # Bytes.

    def __buffer__(self, flags):
        # The bytes, for bytes(a), bytearray(a), a.write-style calls and the runtime's
        # bytes-like arguments (a copy: writing into it does not change the array).
        return memoryview(self.tobytes())

    def tobytes(self):
        items = self._items
        n = len(items)
        code = self.typecode
        out = bytearray()
        i = 0
        if n >= _CHUNK:
            fmt = "<%d%s" % (_CHUNK, code)
            while n - i >= _CHUNK:
                out.extend(struct.pack(fmt, *items[i:i + _CHUNK]))
                i += _CHUNK
        fmt = "<" + code
        while i < n:
            out.extend(struct.pack(fmt, items[i]))
            i += 1
        return bytes(out)

    def frombytes(self, data):
        data = _bytes_like(data)
        size = self.itemsize
        n = len(data)
        if n % size != 0:
            raise ValueError("bytes length not a multiple of item size")
        code = self.typecode
        items = []
        off = 0
        step = _CHUNK * size
        if n >= step:
            fmt = "<%d%s" % (_CHUNK, code)
            while n - off >= step:
                items.extend(struct.unpack_from(fmt, data, off))
                off += step
        fmt = "<" + code
        while off < n:
            items.append(struct.unpack_from(fmt, data, off)[0])
            off += size
        self._items.extend(items)

    def byteswap(self):
        size = self.itemsize
        if size == 1:
            return
        data = self.tobytes()
        swapped = bytearray(len(data))
        for off in range(0, len(data), size):
            for j in range(size):
                swapped[off + j] = data[off + size - 1 - j]
        items = self._items
        del items[:]
        self.frombytes(swapped)

    def buffer_info(self):
        # (an id standing for the address, the number of items): there is no raw memory.
        return (id(self), len(self._items))

    def fromunicode(self, s):
        raise ValueError("fromunicode() may only be called on unicode type arrays")

    def tounicode(self):
        raise ValueError("tounicode() may only be called on unicode type arrays")

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo=None):
        return self._new(list(self._items))

    # Operators.

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other.typecode != self.typecode:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__)
        return self._new(self._items * n)

    def __rmul__(self, n):
        return self.__mul__(n)

    def __imul__(self, n):
        if not isinstance(n, int):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__)
        items = self._items
        if n <= 0:
            del items[:]
        else:
            items.extend(items * (n - 1))
        return self

    def _first_difference(self, other):
        # The first index where self and other differ, or -1 if one starts the other.
        a = self._items
        b = other._items
        for i in range(min(len(a), len(b))):
            if not a[i] == b[i]:
                return i
        return -1

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if len(self._items) != len(other._items):
            return False
        return self._first_difference(other) < 0

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if len(self._items) != len(other._items):
            return True
        return self._first_difference(other) >= 0

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        i = self._first_difference(other)
        if i >= 0:
            return self._items[i] < other._items[i]
        return len(self._items) < len(other._items)

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        i = self._first_difference(other)
        if i >= 0:
            return self._items[i] <= other._items[i]
        return len(self._items) <= len(other._items)

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        i = self._first_difference(other)
        if i >= 0:
            return self._items[i] > other._items[i]
        return len(self._items) > len(other._items)

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        i = self._first_difference(other)
        if i >= 0:
            return self._items[i] >= other._items[i]
        return len(self._items) >= len(other._items)

    __hash__ = None

    def __repr__(self):
        if len(self._items) == 0:
            return "array('%s')" % self.typecode
        return "array('%s', %r)" % (self.typecode, self._items)


ArrayType = array
