# Exceptions chained through generator frames: raise from inside a generator, handled in a caller.
# Exceptions chained through generator frames and handlers inside them.
def source():
    yield 1
    raise KeyError("source broke")

def transform(items):
    try:
        for x in items:
            yield x * 10
    except KeyError as e:
        raise ValueError("transform failed") from e

def consume():
    try:
        return [v for v in transform(source())]
    except ValueError as e:
        print("caught", repr(e), "cause", repr(e.__cause__))
        raise RuntimeError("consume gave up")

consume()
