# complex has no //, %, divmod, bit or shift operators (removed in 3.x), no @, and no ~.
z = 3 + 4j
cases = [
    ('z // 2', lambda: z // 2), ('2 // z', lambda: 2 // z), ('z % 2', lambda: z % 2),
    ('2.5 % z', lambda: 2.5 % z), ('divmod(z, 2)', lambda: divmod(z, 2)),
    ('divmod(2, z)', lambda: divmod(2, z)), ('z << 1', lambda: z << 1), ('z >> 1', lambda: z >> 1),
    ('z & 1', lambda: z & 1), ('1 | z', lambda: 1 | z), ('z ^ z', lambda: z ^ z),
    ('z @ z', lambda: z @ z), ('~z', lambda: ~z), ('z + "a"', lambda: z + "a"),
    ('"a" + z', lambda: "a" + z), ('z * [1]', lambda: z * [1]), ('[1] * z', lambda: [1] * z),
    ('z * "ab"', lambda: z * "ab"), ('None - z', lambda: None - z), ('z ** "2"', lambda: z ** "2"),
    ('z + None', lambda: z + None), ('(1, 2) * z', lambda: (1, 2) * z),
]
for text, f in cases:
    try:
        print(text, f())
    except TypeError as e:
        print(text, '->', type(e).__name__, e)
try:
    z //= 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    z **= 'x'
except TypeError as e:
    print(type(e).__name__, e)
print(z)
