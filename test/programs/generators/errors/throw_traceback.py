# An exception thrown in and not handled shows the generator's frame at its yield.
def worker():
    print("working")
    yield "step 1"
    yield "step 2"

w = worker()
print(next(w))
w.throw(ValueError("cancelled"))
