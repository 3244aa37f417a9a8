"""HTTP routes, one small module per area; each exposes `router`."""
