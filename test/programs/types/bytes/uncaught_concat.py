# An uncaught TypeError from mixing bytes and str.
header = b'HTTP/1.1 200 OK\r\n'
print(header.strip())
body = 'hello'
response = header + body
print(response)
