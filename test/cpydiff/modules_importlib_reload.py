"""
categories: Modules,importlib
description: importlib.reload() raises NotImplementedError; importlib.util, machinery and resources are missing
cause: the core runs a module's code only when it is first imported
workaround: restructure the program so that it does not need to re-run a module
"""
import importlib
import heapq

importlib.reload(heapq)
