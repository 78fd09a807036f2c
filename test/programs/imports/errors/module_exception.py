import errmod
try:
    errmod.fail(3)
except errmod.AppError as e:
    print(type(e).__name__, type(e).__module__, e)
errmod.fail(5)
