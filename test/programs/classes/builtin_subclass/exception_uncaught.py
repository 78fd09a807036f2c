# An uncaught custom exception: the traceback's last line uses the exception's qualified class
# name (without __main__) and its __str__, and the frames show the call chain with markers.
class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, item, wanted, available):
        super().__init__(item, wanted, available)
        self.item = item
        self.wanted = wanted
        self.available = available

    def __str__(self):
        return (self.item + ': wanted ' + str(self.wanted) +
                ', only ' + str(self.available) + ' left')


class Store:
    def __init__(self):
        self.stock = {'apple': 5, 'pear': 2}

    def take(self, item, n):
        have = self.stock.get(item, 0)
        if n > have:
            raise OutOfStock(item, n, have)
        self.stock[item] = have - n
        return n


store = Store()
print('took', store.take('apple', 3))
try:
    store.take('pear', 3)
except InventoryError as e:
    print('caught:', e, e.args)
print('took', store.take('pear', 2))
store.take('apple', 10)
