# A return in finally overrides the try's return and swallows a pending exception.
def f():
    try:
        return 'try'
    finally:
        return 'finally'


def g():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'


def h(log):
    try:
        log.append('body')
        return len(log)
    finally:
        log.append('cleanup')


print(f())
print(g())
log = []
print(h(log), log)
