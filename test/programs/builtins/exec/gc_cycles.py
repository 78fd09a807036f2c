# Namespaces made for exec() form cycles with the functions defined in them (a function holds
# its globals, the globals hold the function); the collector frees them, and code objects made
# by compile() go away with their last reference.
import gc
gc.disable()
gc.collect()

class Tracked:
    alive = 0
    def __init__(self):
        Tracked.alive += 1
    def __del__(self):
        Tracked.alive -= 1

for i in range(20):
    ns = {'Tracked': Tracked}
    exec("t = Tracked()\ndef f():\n    return t\nfs = [f]", ns)
    del ns
print('alive before collect:', Tracked.alive)
found = gc.collect()
print('alive after collect:', Tracked.alive, found > 0)

# classes defined by exec'd code are collected with their namespace
for i in range(5):
    ns = {}
    exec("class K:\n    pass\nk = K()\nk.self_ref = k", ns)
    del ns
gc.collect()
print('collected classes')

# code objects: compile many, keep a few
kept = [compile(f"v = {i}", "<string>", "exec") for i in range(100)][::25]
print(len(kept), [eval(compile(f"{i} * 2", "<string>", "eval")) for i in range(3)])
results = []
for c in kept:
    d = {}
    exec(c, d)
    results.append(d['v'])
print(results)

# a closure created by exec'd code keeps its cell alive after the namespace is gone
ns = {}
exec("def make():\n    secret = ['kept']\n    return lambda: secret\nget = make()", ns)
get = ns['get']
del ns
gc.collect()
print(get())
