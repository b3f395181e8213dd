"""Private machinery of `timeline.dates`: vocabulary tables, rules, resolution and the scanner."""
