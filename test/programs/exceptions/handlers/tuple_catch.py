# except with a tuple of types, and the order in which handlers are tried.
def classify(op):
    try:
        op()
    except (KeyError, IndexError) as e:
        return 'lookup: ' + type(e).__name__
    except (TypeError, ValueError):
        return 'value/type'
    except ArithmeticError as e:
        return 'arith: ' + type(e).__name__
    except Exception as e:
        return 'other: ' + repr(e)


print(classify(lambda: {}['k']))
print(classify(lambda: [][3]))
print(classify(lambda: int('x')))
print(classify(lambda: 'a' + 1))
print(classify(lambda: 1 // 0))
print(classify(lambda: undefined_name))
print(classify(lambda: None))
