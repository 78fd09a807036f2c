# An uncaught AttributeError for a misspelled instance attribute: CPython 3.11 adds a
# "Did you mean" suggestion from the instance's attributes.
class Inventory:
    def __init__(self):
        self.quantity = 0
        self.items = []

    def add(self, name, n):
        self.items.append(name)
        self.quantity += n
        return self.quantity


inv = Inventory()
print(inv.add('bolt', 4))
print(inv.add('nut', 6))
print(inv.items, inv.quantity)
print(inv.quantiy)
