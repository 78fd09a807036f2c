# An undecodable byte in bytes source: CPython's "(unicode error)" SyntaxError.
exec(b"print('valid bytes')")
exec(b"\xff")
