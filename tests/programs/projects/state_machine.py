TRANSITIONS = {
    ("idle", "press"): "running",
    ("running", "press"): "paused",
    ("paused", "press"): "running",
    ("running", "hold"): "idle",
    ("paused", "hold"): "idle",
}
def run(events, state="idle"):
    trace = [state]
    for e in events:
        state = TRANSITIONS.get((state, e), state)
        trace.append(state)
    return trace
print(run(["press", "press", "press", "hold", "hold", "press"]))
