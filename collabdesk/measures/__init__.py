"""The network's shared measurement: a versioned framework of shared forms and measures that
the backbone publishes (signed), and their monthly figures computed on each laptop from its
own records, with the summary's suppression rules. No Qt. See docs/measures.md."""
