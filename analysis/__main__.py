"""``python -m analysis``: the command line (see ``analysis.cli``)."""

from analysis.cli import main

raise SystemExit(main())
