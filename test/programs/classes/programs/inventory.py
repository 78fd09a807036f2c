# An inventory system built on descriptors: validated fields (Positive, NonEmpty) using
# __set_name__, a Product class using them plus a computed property, a Warehouse with
# __getitem__/__contains__/__len__/__iter__, restock/ship operations raising custom errors,
# and a report sorted with a key method.
class Field:
    def __set_name__(self, owner, name):
        self.name = name
        self.slot = '_' + name

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.slot)

    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.slot, value)

    def validate(self, value):
        pass


class Positive(Field):
    def __init__(self, allow_zero=False):
        self.allow_zero = allow_zero

    def validate(self, value):
        if not isinstance(value, int):
            raise TypeError(self.name + ' must be an int, not ' + type(value).__name__)
        if value < 0 or (value == 0 and not self.allow_zero):
            raise ValueError(self.name + ' must be positive, got ' + str(value))


class NonEmpty(Field):
    def validate(self, value):
        if not isinstance(value, str) or not value.strip():
            raise ValueError(self.name + ' must be a non-empty string')


class StockError(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__('cannot ship ' + str(wanted) + ' of ' + sku + ', only ' + str(have))
        self.sku = sku


class Product:
    sku = NonEmpty()
    name = NonEmpty()
    price = Positive()
    qty = Positive(allow_zero=True)

    def __init__(self, sku, name, price, qty=0):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty

    @property
    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return 'Product(' + self.sku + ', ' + repr(self.name) + ', ' + str(self.price) + 'c x' + str(self.qty) + ')'


class Warehouse:
    def __init__(self):
        self.products = {}
        self.journal = []

    def add(self, product):
        if product.sku in self:
            raise KeyError('duplicate sku ' + product.sku)
        self.products[product.sku] = product

    def __getitem__(self, sku):
        return self.products[sku]

    def __contains__(self, sku):
        return sku in self.products

    def __len__(self):
        return len(self.products)

    def __iter__(self):
        return iter(sorted(self.products.values(), key=lambda p: p.sku))

    def restock(self, sku, n):
        self[sku].qty += n
        self.journal.append('+' + str(n) + ' ' + sku)

    def ship(self, sku, n):
        p = self[sku]
        if n > p.qty:
            raise StockError(sku, n, p.qty)
        p.qty -= n
        self.journal.append('-' + str(n) + ' ' + sku)

    def total_value(self):
        return sum([p.value for p in self])


wh = Warehouse()
for args in [('B-200', 'bolt', 15, 100), ('N-100', 'nut', 5, 250), ('W-300', 'washer', 2)]:
    wh.add(Product(*args))
bad_inputs = [('', 'nothing', 1), ('X-1', 'x', -5), ('X-2', 'y', 3, -1), ('X-3', 'z', 2.5), ('X-4', '   ', 1)]
for args in bad_inputs:
    try:
        wh.add(Product(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    wh.add(Product('N-100', 'nut again', 1))
except KeyError as e:
    print('KeyError:', e)
print(len(wh), 'N-100' in wh, 'Z-9' in wh, wh['B-200'])
operations = [('ship', 'B-200', 30), ('restock', 'W-300', 500), ('ship', 'N-100', 300),
              ('ship', 'W-300', 120), ('ship', 'Q-1', 1), ('restock', 'B-200', 5), ('ship', 'B-200', 75)]
for op, sku, n in operations:
    try:
        getattr(wh, op)(sku, n)
    except StockError as e:
        print('StockError:', e, '| sku', e.sku)
    except KeyError as e:
        print('KeyError:', e)
for p in wh:
    print(p.sku.ljust(6), p.name.ljust(7), str(p.qty).rjust(4), str(p.value).rjust(6))
print('journal', wh.journal)
print('total value', wh.total_value(), 'cents')
try:
    wh['B-200'].qty -= 1000
except ValueError as e:
    print('ValueError:', e)
print(wh['B-200'].qty, type(Product.__dict__['qty']).__name__, Product.price.name, Product.qty.allow_zero)
