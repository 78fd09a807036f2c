import geometry.solids.cube
print(geometry.solids.cube.describe(2))
print(geometry.solids.cube.pkg())
print(geometry.origin + geometry.Point(1, 2))
import geometry.solids as gs
print(gs.KINDS, gs.P is geometry.points.Point)
import sys
print(sorted(k for k in sys.modules if k.startswith('geometry')))
print(hasattr(geometry, 'solids'), hasattr(geometry.solids, 'cube'))
print(type(geometry.__path__).__name__, len(geometry.__path__))
print(geometry.__package__, geometry.solids.__package__, geometry.solids.cube.__package__)
