# raise ... from None suppresses the context in the traceback.
def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValueError('no such key') from None


print(get({'a': 1}, 'a'))
get({}, 'b')
