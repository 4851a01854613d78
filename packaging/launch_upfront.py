"""PyInstaller's entry script for `upfront` (the console script ui.main:main)."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen child process must not start the program again
    from ui.main import main

    sys.exit(main())
