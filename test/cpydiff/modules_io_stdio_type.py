"""
categories: Modules,io,sys
description: sys.stdin, sys.stdout and sys.stderr are not instances of io.TextIOWrapper (their type only prints as _io.TextIOWrapper), have no buffer attribute, and isinstance(sys.stdout, io.TextIOBase) is False
cause: the standard streams are a small type of their own in modules/sys.ts, which writes into the core's output buffers (vm/io.ts); the file layers of modules/io*.ts came later
workaround: use print(), sys.stdout.write() and input(); wrap data in io.StringIO for code that wants a stream object
"""
import io
import sys
print(type(sys.stdout) is io.TextIOWrapper, isinstance(sys.stdout, io.TextIOBase))
