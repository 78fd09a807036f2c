# An invalid generation raises ValueError; left uncaught it ends the program with a traceback.
import gc


def sweep(generations):
    total = 0
    for g in generations:
        junk = []
        junk.append(junk)
        del junk
        total += gc.collect(g)
        print("generation", g, "ok")
    return total


gc.disable()
print(sweep([0, 1, 2]))
sweep([2, 5])
