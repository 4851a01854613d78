"""`python -m app.cli`: the command line without the desktop window or the layers above app."""

import sys

from app.cli import main

sys.exit(main())
