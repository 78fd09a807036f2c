# module: imported by the programs next to it
class Item:
    __slots__ = ('name', 'qty', 'price')
    def __init__(self, name, qty, price):
        self.name, self.qty, self.price = name, qty, price
