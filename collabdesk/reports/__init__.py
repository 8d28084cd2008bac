"""Monthly summary: indicator definitions, computation, small-count suppression and exports."""
