"""The web process: FastAPI app factory, routes, schemas, templates glue.

Depends on the database layer only; never imports the ingest package or any NLP model
(a test checks).
"""
