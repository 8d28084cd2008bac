"""The partner hub: an HTTP mailbox for sealed envelopes, plus its admin CLI."""
