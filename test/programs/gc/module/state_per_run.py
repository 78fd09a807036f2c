# Collector settings a program changes are its own: this program changes all of them and
# leaves them changed (the next program run by the same VM starts with the defaults).
import gc
gc.disable()
gc.set_threshold(1, 2, 3)
gc.set_debug(gc.DEBUG_SAVEALL)
gc.callbacks.append(lambda phase, info: None)
x = []
x.append(x)
gc.freeze()
print(gc.isenabled(), gc.get_threshold(), gc.get_debug(), len(gc.callbacks))
