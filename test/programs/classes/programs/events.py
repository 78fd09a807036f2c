# An event system with observers: an EventBus mapping event names to subscriber lists,
# subscribers as bound methods, callable objects and plain functions, priorities, one-shot
# subscriptions, unsubscribing during dispatch, event objects with a stop-propagation flag,
# and error isolation (a failing handler is logged, others still run).
class Event:
    def __init__(self, name, **data):
        self.name = name
        self.data = data
        self.stopped = False
        self.handled_by = []

    def stop(self):
        self.stopped = True

    def __repr__(self):
        return 'Event(' + self.name + ', ' + repr(sorted(self.data.items())) + ')'


class Subscription:
    def __init__(self, bus, name, handler, priority, once):
        self.bus = bus
        self.name = name
        self.handler = handler
        self.priority = priority
        self.once = once

    def cancel(self):
        self.bus.subs[self.name].remove(self)


class EventBus:
    def __init__(self):
        self.subs = {}
        self.errors = []

    def on(self, name, handler, priority=0, once=False):
        sub = Subscription(self, name, handler, priority, once)
        lst = self.subs.setdefault(name, [])
        lst.append(sub)
        lst.sort(key=lambda s: -s.priority)
        return sub

    def emit(self, name, **data):
        event = Event(name, **data)
        for sub in list(self.subs.get(name, [])):
            if sub.once:
                sub.cancel()
            try:
                sub.handler(event)
            except Exception as e:
                self.errors.append(name + ': ' + type(e).__name__ + ': ' + str(e))
            if event.stopped:
                break
        return event


class Logger:
    def __init__(self):
        self.lines = []

    def __call__(self, event):
        self.lines.append('log ' + repr(event))
        event.handled_by.append('Logger')


class Shop:
    def __init__(self, bus):
        self.stock = {'apple': 6, 'pear': 1}
        self.revenue = 0
        bus.on('order', self.check_stock, priority=10)
        bus.on('order', self.fulfil)
        self.welcome = bus.on('open', self.greet, once=True)

    def check_stock(self, event):
        event.handled_by.append('check_stock')
        item = event.data['item']
        if self.stock.get(item, 0) < event.data['qty']:
            event.data['rejected'] = True
            event.stop()

    def fulfil(self, event):
        event.handled_by.append('fulfil')
        self.stock[event.data['item']] -= event.data['qty']
        self.revenue += event.data['qty'] * event.data.get('price', 1)

    def greet(self, event):
        event.handled_by.append('greet')
        print('  welcome, the shop is open')


def audit(event):
    event.handled_by.append('audit')
    if event.data.get('qty', 0) > 2:
        raise ValueError('suspicious quantity ' + str(event.data['qty']))


bus = EventBus()
log = Logger()
bus.on('order', log, priority=5)
bus.on('order', audit, priority=1)
shop = Shop(bus)
for name in ['open', 'open']:
    print(name, bus.emit(name).handled_by)
orders = [('apple', 3, 5), ('pear', 2, 9), ('apple', 1, 5), ('pear', 1, 9), ('kiwi', 1, 1), ('apple', 1, 5)]
for item, qty, price in orders:
    ev = bus.emit('order', item=item, qty=qty, price=price)
    print(item, qty, '->', ev.handled_by, 'rejected' if ev.data.get('rejected') else 'ok')
print('stock', shop.stock, 'revenue', shop.revenue)
print('errors', bus.errors)
for line in log.lines:
    print(line)
print([(s.priority, type(s.handler).__name__) for s in bus.subs['order']])
print(len(bus.subs['open']), bus.emit('nobody-listens').handled_by)


class OneTimeCanceller:
    def __init__(self, bus):
        self.sub = bus.on('tick', self)
        self.calls = 0

    def __call__(self, event):
        self.calls += 1
        event.handled_by.append('canceller')
        self.sub.cancel()


c = OneTimeCanceller(bus)
bus.on('tick', lambda e: e.handled_by.append('lambda'))
print(bus.emit('tick').handled_by, bus.emit('tick').handled_by, c.calls)
