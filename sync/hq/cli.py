"""`upfront-hq`: the HQ server's command line. The server itself comes with the sync issue;
until then this entry point reports its version and says so plainly."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import app


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="upfront-hq", description="Upfront HQ server")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    args, rest = parser.parse_known_args(argv)
    if args.version:
        print(f"upfront-hq {app.__version__}")
        return 0
    print("upfront-hq: the HQ server is not built yet (see the sync issue); only --version "
          "works in this release", file=sys.stderr)
    return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
