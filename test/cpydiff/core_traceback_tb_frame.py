"""
categories: Core
description: traceback objects have no tb_frame (and no tb_lasti): a traceback names its frame's code and line only
cause: pyrite's tracebacks record code and position, not frame objects (vm/exc.ts); frame objects exist for live frames (sys._getframe, gi_frame) and those that keep one (object/frameobject.ts)
workaround: use tb_lineno, or sys._getframe() inside the function to keep its frame
"""
try:
    1 / 0
except ZeroDivisionError as e:
    print(e.__traceback__.tb_frame.f_code.co_name)
