# 'single' mode code raising: the frame is named after the filename given to compile().
exec(compile("40 + 2", "<stdin>", "single"))
exec(compile("len(5)", "<stdin>", "single"))
