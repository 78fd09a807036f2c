# Ordering bytes against other types raises CPython's TypeError.
def attempt(label, f):
    try:
        print(label, '->', f())
    except TypeError as e:
        print(label, '!!', e)

attempt('bytes < str', lambda: b'a' < 'a')
attempt('bytes > int', lambda: b'a' > 1)
attempt('str <= bytes', lambda: 'a' <= b'a')
attempt('bytes >= None', lambda: b'a' >= None)
attempt('sort mixed', lambda: sorted([b'a', 'a']))
print(b'a' == 'a', b'a' != 97, b'1' == 1)
