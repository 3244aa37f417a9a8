"""The web process: FastAPI app factory, routes, schemas, templates glue.

Depends on app.db only; never imports app.ingest or any NLP model (a test checks).
"""
