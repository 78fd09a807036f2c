# The __future__ module: the feature records, their compiler flags for compile(), and the
# future statement, which imports it at run time.
from __future__ import annotations, generator_stop
import __future__

print(__future__.all_feature_names)
print(__future__.__all__[:3])
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease(), feature.getMandatoryRelease(), hex(feature.compiler_flag))
print(__future__.CO_FUTURE_ANNOTATIONS == __future__.annotations.compiler_flag)
print(sorted(k for k in dir(__future__) if k.startswith('CO_')))

def f(x: SomeUndefinedType) -> 'quoted':
    return x
print(f.__annotations__)

# the flags are what compile() takes
code = compile("def g(a: int): pass", "<string>", "exec", __future__.annotations.compiler_flag, True)
ns = {}
exec(code, ns)
print(ns['g'].__annotations__)
