from geometry import Point, origin
from geometry.solids import cube
from geometry.solids.cube import describe
print(Point(3, 4), origin, describe(1))
from geometry import solids
print(solids.KINDS)
from store import inventory
inv = inventory.Inventory()
for name, q, p in [('apple', 3, 2), ('pear', 1, 5), ('apple', 2, 2)]:
    inv.add(name, q, p)
print(inv.total(), inv.report())
from store.inventory import Inventory as Inv
print(Inv is inventory.Inventory)
import store
print(sorted(n for n in vars(store) if not n.startswith('__')))
