# Exception .args, str() and repr() for zero, one and several arguments.
for exc in [ValueError(), ValueError('one'), ValueError('a', 2), KeyError('k'),
            IndexError(3), RuntimeError(None), Exception('x', [1, 2])]:
    print(type(exc).__name__, exc.args, repr(str(exc)), repr(exc))
e = TypeError('msg')
print(e.args[0], len(e.args))
print(isinstance(e, Exception), isinstance(e, (KeyError, TypeError)))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
