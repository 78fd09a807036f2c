# A coroutine's cr_running, cr_suspended, cr_await, cr_frame, cr_code and cr_origin (None: no
# origin tracking), driven by hand with send(); a coroutine that awaits itself is "already
# executing".
class pause:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        value = yield self.tag
        return value


async def child():
    got = await pause('child pause')
    return got * 2


async def task():
    show('running:', c)
    try:
        c.send(None)
    except ValueError as e:
        print('ValueError:', e)
    a = await pause('first')
    b = await child()
    return a + b


def show(label, co):
    aw = co.cr_await
    frame = co.cr_frame
    print(label, co.cr_running, co.cr_suspended, co.cr_origin,
          None if aw is None else type(aw).__name__,
          None if frame is None else frame.f_lineno)


c = task()
show('created:', c)
print(c.cr_code is task.__code__, c.__name__, c.__qualname__)
print(c.send(None))
show('awaiting pause:', c)
print(c.send(10))
show('awaiting child:', c)
print(c.cr_await.cr_await is not None, c.cr_await.cr_suspended)
try:
    c.send(5)
except StopIteration as e:
    print('result', e.value)
show('finished:', c)
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
