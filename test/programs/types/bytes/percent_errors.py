# bytes % errors, with CPython's messages.
def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)

attempt('%s str', lambda: b'%s' % 'x')
attempt('%b int', lambda: b'%b' % 5)
attempt('%d str', lambda: b'%d' % 'x')
attempt('%x float', lambda: b'%x' % 1.5)
attempt('%f str', lambda: b'%f' % 'x')
attempt('too few', lambda: b'%s %s' % (b'a',))
attempt('too many', lambda: b'%s' % (b'a', b'b'))
attempt('%c 256', lambda: b'%c' % 256)
attempt('%c str', lambda: b'%c' % 'a')
attempt('%c long bytes', lambda: b'%c' % b'ab')
attempt('bad char', lambda: b'%y' % 1)
attempt('key without mapping', lambda: b'%(a)s' % (1,))
attempt('str key', lambda: b'%(a)s' % {'a': b'x'})
attempt('incomplete', lambda: b'%' % ())
attempt('incomplete key', lambda: b'%(a' % {b'a': 1})
attempt('star wants int', lambda: b'%*d' % ('x', 1))
attempt('int % bytes', lambda: 5 % b'x')
