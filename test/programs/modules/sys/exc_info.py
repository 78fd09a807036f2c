import sys
print(sys.exc_info())
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is v.__traceback__, tb.tb_lineno)
    try:
        raise KeyError('inner')
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def gen():
    try:
        raise ValueError('in gen')
    except ValueError:
        yield sys.exc_info()[1]
print(next(gen()))
