"""``python -m kz_innovation_plugin``: the command line (no QGIS needed)."""

import sys

from .cli import main

sys.exit(main())
