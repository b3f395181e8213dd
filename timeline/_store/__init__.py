"""Internals of the SQL event store behind `timeline.store.Timeline`.

`orm` maps the tables, `engine` opens databases and checks the schema version, `merge` decides
when two reports are one real-world event, `writer` ingests extractions in batched transactions
and `queries` builds the read-side SQL and turns rows back into domain objects.
"""
