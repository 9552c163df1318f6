# Bytes methods, `in`, comparisons and int.from_bytes take any bytes-like object as CPython's
# do: arrays and memoryviews, not only bytes and bytearray.
from array import array
a = array('B', [98])
m = memoryview(b'b')
print(b'abc'.find(m), b'abc'.find(a), b'abc'.index(m), b'abc'.count(a))
print(m in b'abc', a in b'abc', a in bytearray(b'abc'))
print(b''.join([m, a, b'c', bytearray(b'd')]), bytearray(b'-').join([m, a]))
print(bytearray(b'b') == a, b'b' == a, bytearray(b'b') == m, b'b' == m, m == b'b')
print(b'abc'.startswith(m), b'abc'.endswith(memoryview(b'c')), b'abc'.split(m), b'abc'.replace(m, a))
print(int.from_bytes(a, 'little'), int.from_bytes(m, 'big'), int.from_bytes(array('H', [258]), 'little'))
print(b'x'.join((bytearray(b'1'), memoryview(b'2'))))
print(b'abc'.strip(memoryview(b'ac')))
print(bytearray(b'ab') < array('B', [98]), array('B', [97]) == bytearray(b'a'), array('H', [1]) == bytearray(b'\x01\x00'))
print(b'a,b'.split(memoryview(b',')), bytearray(b'a b').replace(b' ', array('B', [45])))
