"""`upfront demo`: a sample store of fictitious records, in a folder of its own (app.demo)."""

from __future__ import annotations

import argparse

from app import demo, paths
from app.cli.common import Subcommands


def cmd_demo(args: argparse.Namespace) -> int:
    real = paths.data_dir(None)  # the real store's folder: env, setting or platform default
    directory = paths.data_dir(args.data_dir) if args.data_dir else demo.default_dir(real)
    demo.check_folder(directory, real)
    store, made = demo.open_or_create(directory, seed=args.seed)
    with store:
        counts = demo.describe(store)
    print(
        f"{'Made' if made else 'Found'} a sample store in {directory}: "
        f"{counts['incidents']} incidents, {counts['situations']} situations of concern, "
        f"{counts['assessments']} risk assessments, {counts['strategies']} strategies. "
        "Every record in it is fictitious."
    )
    print(
        f'Open it with: upfront --data-dir "{directory}"  '
        f"(user {demo.SAMPLE_USER!r}, passphrase {demo.SAMPLE_PASSPHRASE!r})"
    )
    print(
        "The passphrase is the same for every sample store and protects nothing: never type "
        "real records into it. A sample store cannot enrol with HQ or exchange bundles; your "
        "real store, if you have one, is untouched."
    )
    return 0


def register(sub: Subcommands) -> None:
    p = sub.add_parser(
        "demo",
        help="make (or find) a sample store of fictitious records to look around in, "
        "in its own folder (default: beside the real data folder)",
    )
    p.add_argument(
        "--seed", type=int, default=demo.DEFAULT_SEED, help="another seed, another sample"
    )
    p.set_defaults(func=cmd_demo)
