# exec() and eval() inside a function: they see the function's variables through a snapshot
# (locals()); assignments made by the code stay in that snapshot, not in the variables.
def reader():
    a = 3
    b = [1, 2]
    return eval("a * len(b)")

print(reader())

def writer():
    x = 1
    exec("x = 99\ny = 5")
    snap = locals()
    print('x is still', x, '; the snapshot has', snap['x'], snap.get('y'))

writer()

def explicit():
    loc = {}
    exec("z = 7\nw = z + 1", globals(), loc)
    return loc

print(sorted(explicit().items()))

def closure_reader():
    outer = 'outer value'
    def inner():
        return eval("outer")  # no reference to outer in inner's own code: a NameError
    try:
        return inner()
    except NameError as e:
        return 'NameError: ' + str(e)

print(closure_reader())

def closure_used():
    outer = 'seen'
    def inner():
        outer  # inner closes over outer, so locals() holds it
        return eval("outer")
    return inner()

print(closure_used())

def sees_globals():
    return eval("GLOBAL_CONST + 1")

GLOBAL_CONST = 41
print(sees_globals())

def defines_global():
    exec("global made_here\nmade_here = 'set by exec in a function'")

defines_global()
print(made_here)

def default_args(n, *rest, key='k', **kw):
    return eval("(n, rest, key, sorted(kw))")

print(default_args(1, 2, 3, key='K', extra=1))

# a lambda's default locals are its own
print((lambda q: eval("q * 2"))(21))
