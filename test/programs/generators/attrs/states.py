# gi_running, gi_suspended, gi_yieldfrom and gi_frame through a generator's life: created,
# running (read from inside), suspended, delegating with `yield from`, finished; a generator
# that resumes itself raises "ValueError: generator already executing".
def inner():
    yield 'i1'
    yield 'i2'
    return 'inner done'


def show(label, g):
    frame = g.gi_frame
    print(label, g.gi_running, g.gi_suspended,
          None if g.gi_yieldfrom is None else g.gi_yieldfrom.__name__,
          None if frame is None else frame.f_lineno)


def outer():
    show('running:', me)
    try:
        next(me)
    except ValueError as e:
        print('ValueError:', e)
    try:
        me.send(1)
    except ValueError as e:
        print('ValueError:', e)
    x = yield 1
    print('got', x)
    r = yield from inner()
    print('inner returned', r)
    return 'outer done'


me = outer()
show('created:', me)
print(next(me))
show('suspended:', me)
print(me.send('hello'))
show('delegating:', me)
print(next(me))
show('delegating:', me)
try:
    next(me)
except StopIteration as e:
    print('StopIteration:', e.value)
show('finished:', me)
print(me.gi_code is outer.__code__, me.gi_code.co_name)

# a generator closed before it started, and one that raised
g = outer()
g.close()
show('closed:', g)


def boom():
    yield 1
    raise KeyError('x')


b = boom()
next(b)
try:
    next(b)
except KeyError as e:
    print('KeyError:', e)
show('raised:', b)
