"""`python -m app` is the `letopis` command."""

from app.cli import main

raise SystemExit(main())
