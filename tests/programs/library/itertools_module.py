# itertools as CPython's: every function and class it documents.
import itertools
from itertools import count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile, filterfalse
from itertools import groupby, islice, starmap, tee, zip_longest, pairwise, product, permutations
from itertools import combinations, combinations_with_replacement

print(list(islice(count(), 5)), list(islice(count(10, 5), 3)), list(islice(count(2.5, 0.5), 3)), count(3), count(1, 2))
print(list(islice(cycle('ABC'), 7)), list(cycle([])))
print(list(repeat('x', 3)), list(repeat(1, -1)), repeat(5), repeat(5, 2), list(repeat(0, 2)))
print(list(map(pow, range(5), repeat(2))))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(accumulate([1, 2], initial=100)), list(accumulate([])))
print(list(chain('AB', [1, 2], ())), list(chain.from_iterable(['ab', 'cd'])), list(chain()))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print([k for k, g in groupby('AAAABBBCCDAABBB')], [list(g) for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby(sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry']), key=lambda s: s[0])])
groups = groupby('aabbc')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
try:
    islice('abc', -1)
except ValueError as e:
    print(e)
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
a, b = tee([1, 2, 3])
print(list(a), list(b), len(tee('x', 3)))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest('ab', [1])), list(zip_longest()))
print(list(pairwise('ABCD')), list(pairwise('A')))
print(list(product('AB', 'xy')), list(product(range(2), repeat=3))[:4], list(product()))
print(list(permutations('ABC', 2)), list(permutations(range(3))), list(permutations('A', 2)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('A', 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 1)))
print(sum(1 for _ in permutations(range(5))), sum(1 for _ in combinations(range(10), 4)))
