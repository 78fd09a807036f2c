# module: imported by the programs next to it
from .items import Item
class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, name, qty, price):
        it = self.items.get(name)
        if it is None:
            self.items[name] = Item(name, qty, price)
        else:
            it.qty += qty
    def total(self):
        return sum(i.qty * i.price for i in self.items.values())
    def report(self):
        return [f'{i.name}: {i.qty} x {i.price}' for i in sorted(self.items.values(), key=lambda i: i.name)]
