"""Event log: hybrid logical clocks, immutable events and the one projection that applies them."""
