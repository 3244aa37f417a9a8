"""The database layer: models, engine and the queries both ingest and web share."""
