# simplefilter() actions: 'ignore' drops, 'always' shows every time, 'once' shows a text once
# whatever the line, 'module' once per module, 'default' once per line, 'error' raises the
# warning; filters are tried front to back, and a change of the filters forgets what the
# registry remembered.
import warnings


def burst(tag):
    for line in range(2):
        warnings.warn(f'{tag} message')
    warnings.warn(f'{tag} message')


for action in ('ignore', 'always', 'once', 'module', 'default'):
    warnings.simplefilter(action)
    print('--', action)
    burst(action)

warnings.simplefilter('error')
try:
    burst('error')
except UserWarning as e:
    print('raised', type(e).__name__, e)

warnings.simplefilter('ignore', DeprecationWarning)
warnings.simplefilter('always', UserWarning, append=True)
print([f[0] + ':' + f[2].__name__ for f in warnings.filters[:4]])
warnings.warn('a deprecation', DeprecationWarning)
try:
    warnings.warn('a user warning')
except UserWarning as e:
    print('still an error:', e)
warnings.resetwarnings()
print(warnings.filters)
warnings.warn('after reset: default action')
warnings.warn('after reset: default action')
warnings.defaultaction = 'ignore'
warnings.warn('ignored by defaultaction')
warnings.defaultaction = 'default'
warnings.filters.append(('bogus', None, Warning, None, 0))
try:
    warnings.warn('unknown action')
except RuntimeError as e:
    print('RuntimeError:', e)
