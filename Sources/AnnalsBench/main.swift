print("annals-bench: not written yet")
