"""PyInstaller's entry script for `upfront-hq` (the console script sync.hq.cli:main)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # `upfront-hq serve --workers N` starts worker processes (uvicorn's Multiprocess, spawn):
    # frozen, each child is this program again, which freeze_support() turns into the worker
    multiprocessing.freeze_support()
    from sync.hq.cli import main

    sys.exit(main())
