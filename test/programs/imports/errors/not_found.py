import sys
for stmt in ['import no_such_module', 'import plain_mod.sub', 'from plain_mod import B',
             'import flat.nothing', 'from flat import nothing', 'from . import x',
             'from .plain_mod import A', 'import broken_body']:
    try:
        exec_ = None
        if stmt == 'import no_such_module':
            import no_such_module
        elif stmt == 'import plain_mod.sub':
            import plain_mod.sub
        elif stmt == 'from plain_mod import B':
            from plain_mod import B
        elif stmt == 'import flat.nothing':
            import flat.nothing
        elif stmt == 'from flat import nothing':
            from flat import nothing
        elif stmt == 'from . import x':
            from . import x
        elif stmt == 'from .plain_mod import A':
            from .plain_mod import A
        else:
            import broken_body
    except ImportError as e:
        print(stmt, '->', type(e).__name__, e.args[0].split(' (')[0], e.name)
    except RuntimeError as e:
        print(stmt, '->', 'RuntimeError', e, 'broken_body' in sys.modules)
try:
    import broken_body
except RuntimeError as e:
    print('again:', e)
print(isinstance(ModuleNotFoundError(), ImportError))
e = ImportError('msg', name='n', path='p')
print(e.args, e.name, e.path, str(e))
try:
    ImportError('x', bad=1)
except TypeError as t:
    print(t)
