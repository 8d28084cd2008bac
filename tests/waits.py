"""The one bound on how long any test waits for something that should happen.

A wait that reaches it is a failure, never a pass: it only has to be long enough for a slow,
busy CI machine, since a correct run returns as soon as the awaited thing happens.
"""

WAIT_MS = 20_000
