"""Entry point of `python -m geo.build_areas`: runs the command line."""

from geo.build_areas.cli import main

raise SystemExit(main())
