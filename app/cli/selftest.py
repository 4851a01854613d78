"""`upfront selftest`: checks that this installation works, app's own checks and those the
layers above hand to `main()` (Qt's, sync's)."""

from __future__ import annotations

import argparse
import functools
import json
from collections.abc import Sequence
from typing import Any

from app import selftest
from app.cli.common import Subcommands, data_dir, open_store, versions
from app.store import Store


def cmd_selftest(args: argparse.Namespace, checks: Sequence[selftest.Check]) -> int:
    """One line per check; exit 1 when any failed. `--unlock` opens the store (asking for
    the passphrase) so that the link to HQ is checked too."""
    directory = data_dir(args)
    store = open_store(args) if args.unlock else None
    try:
        lines: list[dict[str, Any]] = []

        def report(result: selftest.Result) -> None:
            if args.json:
                lines.append(
                    {
                        "check": result.name,
                        "status": result.status.lower(),
                        "detail": result.detail,
                        "seconds": round(result.seconds, 3),
                    }
                )
            else:
                print(result.line(), flush=True)

        outcome = selftest.run(
            checks,
            directory,
            store=store,
            locked=store is None and Store.exists(directory),
            report=report,
        )
    finally:
        if store is not None:
            store.close()
    if args.json:
        print(
            json.dumps(
                {"version": versions(), "checks": lines, "passed": not outcome.failed},
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        print(outcome.summary())
    return 1 if outcome.failed else 0


def register(sub: Subcommands, checks: Sequence[selftest.Check]) -> None:
    p = sub.add_parser(
        "selftest",
        help="check that this installation works (store, "
        "cryptography, translations, fonts, reports, the link to HQ)",
    )
    p.add_argument(
        "--unlock",
        action="store_true",
        help="unlock the store first, so that the link to HQ is checked too",
    )
    p.add_argument("--json", action="store_true", help="the results as JSON")
    p.set_defaults(func=functools.partial(cmd_selftest, checks=list(checks)))
