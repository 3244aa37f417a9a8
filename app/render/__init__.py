"""What a page says, with no web machinery: the UI's phrases and labels (i18n), date labels,
the UI of one language, and an event's timeline row. app.db builds and stores the rows at
ingest (app.db.cards), app.web serves them; both import this package, it imports neither."""
