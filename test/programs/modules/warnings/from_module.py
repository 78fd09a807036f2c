# Warnings issued in an imported module: a DeprecationWarning attributed to that module is
# ignored, one attributed to __main__ by stacklevel=2 is shown at the caller's line (also from
# an __init__ run by a class call); other categories show the module's own file and line; each
# module keeps its own __warningregistry__.
import warnings
import legacy_lib

print(legacy_lib.old())
print(legacy_lib.old_blame_caller())
print(legacy_lib.user_warning(), legacy_lib.user_warning())
legacy_lib.Legacy()
for i in range(2):
    legacy_lib.Legacy()
print(sorted(str(k[0]) for k in legacy_lib.__warningregistry__ if k != 'version'))
print(sorted(str(k[0]) for k in __warningregistry__ if k != 'version'))
