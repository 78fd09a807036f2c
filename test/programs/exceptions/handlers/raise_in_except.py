# An exception raised inside except gets __context__ set to the one being handled.
try:
    try:
        {}['a']
    except KeyError as e:
        raise ValueError('converted')
except ValueError as e:
    print(repr(e))
    print(repr(e.__context__))
    print(e.__cause__)
    print(e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('explicit') from e
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('none') from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
