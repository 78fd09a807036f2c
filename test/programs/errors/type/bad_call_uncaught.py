# Uncaught TypeError from a call with a missing keyword-only argument.
def connect(host, port=80, *, timeout):
    return host, port, timeout


print(connect('a', timeout=3))
connect('b', 8080)
