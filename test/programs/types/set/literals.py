# Set displays: empty, duplicates, ints (small, negative, huge), strs, tuples, mixed equal values.
print({1, 2, 3}, {3, 2, 1}, {1, 1, 1}, {0})
print({-1, -2, -3, 0, 1}, {-1, -2})
big = 2**62 + (2**62 - 1)
print({2**62, 2**61, -big, big, 0})
print({10**18, 10**17, 5, 7, 1000000007})
print({'a', 'b', 'c'}, {'x'}, {''})
print({(1, 2), (2, 1), (), (1,)})
print({None, True, False})
print({1, 1.0, True}, {True, 1, 1.0}, {1.0, 1, True}, {0, False, 0.0})
print({1.5, 2.5, -0.5}, {0.0, -0.0})
x, y = 5, 'five'
print({x, y, x, y}, {x + 1, x - 1})
print(type({1}), type({1}) is set, len({1, 2, 2, 3}))
print({8, 16, 24, 32, 40})
print({100, 200, 300, 400, 500, 600, 700, 800, 900})
s = {'hello', 'world', 'foo', 'bar', 'baz', 'qux'}
print(len(s), sorted(s))
print({1, 2} == {2, 1}, {1, 'a'} == {'a', 1})
