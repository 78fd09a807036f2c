# compile()'s three modes and what exec() and eval() do with each kind of code.
ex = compile("v = 6 * 7\nv", "<string>", "exec")
ev = compile("6 * 7", "<string>", "eval")
sg = compile("6 * 7", "<string>", "single")

g = {}
print(exec(ex, g), g['v'])
print(eval(ex, {}))          # an exec-mode code's value is None
print(eval(ev), exec(ev))    # eval mode: eval gives the value, exec drops it
print(exec(sg))              # single mode displays the value, then returns None

# the same code object runs many times, in different namespaces
counter = compile("n = n + 1 if 'n' in dir() else 1", "<string>", "exec")
ns1, ns2 = {}, {}
for _ in range(5):
    exec(counter, ns1)
for _ in range(3):
    exec(counter, ns2)
print(ns1['n'], ns2['n'])

square = compile("x * x", "<string>", "eval")
print([eval(square, {'x': i}) for i in range(8)])
total = 0
for i in range(1000):
    total += eval(square, {'x': i})
print(total)

# exec in a loop with the same source compiles it once; distinct sources each compile
acc = {}
for i in range(200):
    exec("k = k + 1 if 'k' in globals() else 0", acc)
for i in range(50):
    exec(f"v{i} = {i} * 2", acc)
print(acc['k'], acc['v49'], len([k for k in acc if k.startswith('v')]))

# compile with dont_inherit and explicit flags
c = compile("x: int = 1", "<string>", "exec", 0, True)
d = {}
exec(c, d)
print(d['__annotations__'])
c = compile("x: list[int] = []", "<string>", "exec", 0x1000000)  # annotations future
d = {}
exec(c, d)
print(d['__annotations__'])
