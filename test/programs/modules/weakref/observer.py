# An event source keeps weak references to its listeners' bound methods: a listener that goes
# away stops being notified without unsubscribing.
import weakref


class Event:
    def __init__(self):
        self._handlers = []

    def subscribe(self, method):
        self._handlers.append(weakref.WeakMethod(method, self._forget))

    def _forget(self, ref):
        self._handlers.remove(ref)
        print("  (a listener went away)")

    def fire(self, value):
        for ref in list(self._handlers):
            handler = ref()
            if handler is not None:
                handler(value)

    def __len__(self):
        return len(self._handlers)


class Listener:
    def __init__(self, name):
        self.name = name

    def on_event(self, value):
        print(" ", self.name, "got", value)


ev = Event()
one, two, three = Listener("one"), Listener("two"), Listener("three")
for l in (one, two, three):
    ev.subscribe(l.on_event)
del l
ev.fire(1)
del two
ev.fire(2)
print("listeners:", len(ev))
del one, three
ev.fire(3)
print("listeners:", len(ev))
