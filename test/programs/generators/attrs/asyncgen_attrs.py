# An async generator's ag_running, ag_await, ag_frame and ag_code, stepped by hand through its
# asend() awaitables; __name__ and __qualname__ are settable as for generators.
class pause:
    def __await__(self):
        yield 'paused'


async def ticker(n):
    for i in range(n):
        await pause()
        yield i


def show(label, ag):
    aw = ag.ag_await
    frame = ag.ag_frame
    print(label, ag.ag_running, None if aw is None else type(aw).__name__,
          None if frame is None else frame.f_lineno)


ag = ticker(2)
show('created:', ag)
print(ag.ag_code is ticker.__code__, ag.__name__, ag.__qualname__, hasattr(ag, 'ag_suspended'))
step = ag.asend(None)
print(step.send(None))
show('awaiting:', ag)
try:
    step.send(None)
except StopIteration as e:
    print('yielded', e.value)
show('suspended:', ag)
for _ in range(3):
    step = ag.asend(None)
    try:
        while True:
            print(step.send(None))
    except StopIteration as e:
        print('yielded', e.value)
    except StopAsyncIteration:
        print('exhausted')
        break
show('finished:', ag)
ag.__name__ = 'tick'
print(ag.__name__)
try:
    ag.ag_running = True
except AttributeError as e:
    print('AttributeError:', e)
