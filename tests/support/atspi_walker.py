"""Print one application's accessibility tree, as a screen reader sees it, as JSON.

Runs under the system's own Python, which has pyatspi (the project's environment has no
GObject bindings): ``/usr/bin/python3 atspi_walker.py PID``. It finds the application with
that process id on the AT-SPI bus of the current D-Bus session and prints its tree on one
line: for every object its role, name, description, the states a check needs, and its
children. Children of objects that are not on screen are left out (nobody can reach them
until they are shown), and so are the cells and items inside tables and lists: their
container is the focusable control, and reading every cell would cost a round trip each.
"""

import json
import sys
import time

import pyatspi

STATES = {
    "focusable": pyatspi.STATE_FOCUSABLE,
    "showing": pyatspi.STATE_SHOWING,
    "visible": pyatspi.STATE_VISIBLE,
    "enabled": pyatspi.STATE_ENABLED,
}
LEAF_ROLES = {"table", "tree table", "tree", "list", "list box"}


def node(accessible, top):
    states = accessible.getState()
    found = {
        "role": accessible.getRoleName(),
        "name": accessible.name or "",
        "description": accessible.description or "",
        "states": sorted(key for key, state in STATES.items() if states.contains(state)),
        "children": [],
    }
    if found["role"] in LEAF_ROLES or not (top or "showing" in found["states"]):
        return found
    for index in range(accessible.childCount):
        child = accessible.getChildAtIndex(index)
        if child is not None:
            found["children"].append(node(child, False))
    return found


def main(pid):
    # An application registers with the bus asynchronously as it starts: give it time.
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.get_process_id() == pid:
                print(json.dumps(node(app, True)))
                return 0
        # A real wait, on purpose: this is a plain process with no event loop to wait on a
        # signal with (the GLib one would need the bus to announce registrations, which
        # at-spi does not promise), so it polls the registry every 50 ms until the deadline.
        time.sleep(0.05)  # a poll interval, not a guess at how long something takes
    print(f"no application with process id {pid} on the accessibility bus", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1])))
