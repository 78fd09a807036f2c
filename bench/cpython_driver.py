"""CPython side of `npm run bench` (bench/cpython.ts runs it as a subprocess).

Usage: python3 cpython_driver.py PROGRAM.py RUNS

Compiles PROGRAM once, then execs the code object RUNS times, each time in fresh
globals (a new __main__-like dict) with sys.stdout redirected to a StringIO, and
times only the exec with time.perf_counter(). Interpreter start-up, reading and
compiling are excluded. gc.collect() runs between runs, outside the timing.
Prints one JSON object on the real stdout:
  {"compile_ms": float, "times_ms": [run1, run2, ...], "stdout": first run's
   output, "same_output": every run printed the same, "version": sys.version}
An exception in the program is reported as {"error": "Type: message"}.
"""
import builtins
import gc
import io
import json
import os
import sys
import time


def main():
    path = sys.argv[1]
    runs = int(sys.argv[2])
    with open(path, encoding="utf-8") as f:
        source = f.read()
    name = os.path.basename(path)
    t0 = time.perf_counter()
    code = compile(source, name, "exec")
    compile_ms = (time.perf_counter() - t0) * 1000.0
    times = []
    outputs = []
    real_stdout = sys.stdout
    for _ in range(runs):
        g = {"__name__": "__main__", "__builtins__": builtins, "__file__": name}
        buf = io.StringIO()
        gc.collect()
        sys.stdout = buf
        try:
            t0 = time.perf_counter()
            exec(code, g)
            t1 = time.perf_counter()
        except BaseException as e:  # report and stop: the harness shows it
            sys.stdout = real_stdout
            print(json.dumps({"error": type(e).__name__ + ": " + str(e)}))
            return
        finally:
            sys.stdout = real_stdout
        times.append((t1 - t0) * 1000.0)
        outputs.append(buf.getvalue())
        del g
    print(json.dumps({
        "compile_ms": compile_ms,
        "times_ms": times,
        "stdout": outputs[0],
        "same_output": all(o == outputs[0] for o in outputs),
        "version": sys.version.split()[0],
    }))


main()
