# Uncaught exception with raise ... from: "direct cause" separator.
def load(config, key):
    try:
        return config[key]
    except KeyError as e:
        raise RuntimeError('missing setting ' + repr(key)) from e


cfg = {'port': 80}
print(load(cfg, 'port'))
load(cfg, 'host')
