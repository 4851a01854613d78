"""`upfront-hq key ...` and the master key options of `init`: where HQ's master key lives, what
state the keys are in, and their rotation (sync.hq.rekey). Nothing here prints a key."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from app.errors import BadInput
from sync.hq import rekey, roles
from sync.hq.vault import (
    ENV_PASSPHRASE,
    FileMasterKey,
    PassphraseMasterKey,
    Vault,
    ask_passphrase,
    master_path,
)


def add_init_options(q: argparse.ArgumentParser) -> None:
    q.add_argument(
        "--master-key",
        metavar="PATH",
        help="where to keep HQ's master key file (default master.key in HQ's directory); keep "
        "it readable by HQ's account only and back it up apart from the database",
    )
    q.add_argument(
        "--master-passphrase",
        action="store_true",
        help=f"protect the master key with a passphrase asked at every start (or taken from "
        f"${ENV_PASSPHRASE})",
    )


def init_master(directory: Path, args: argparse.Namespace) -> None:
    """Make HQ's master key file at `init` (its place recorded in hq.json)."""
    conf = directory / "hq.json"
    settings = json.loads(conf.read_text()) if conf.exists() else {}
    if args.master_key:
        place = Path(args.master_key).expanduser().absolute()
        if place.name in ("", ".", ".."):
            raise BadInput("master-key", "must name a file")
        if not place.parent.is_dir():
            raise BadInput("master-key", f"its folder {place.parent} does not exist")
        settings["master_key"] = str(place)
        conf.write_text(json.dumps(settings))
    path = master_path(directory)
    if path.exists() or path.is_symlink():
        raise BadInput("master-key", f"{path} already exists; HQ never overwrites a key file")
    if args.master_passphrase:
        PassphraseMasterKey.create(path, ask_passphrase(confirm=True))
    else:
        FileMasterKey.create(path)
    print(
        f"HQ's master key is {path}: back it up now, apart from the database",
        file=sys.stderr,
    )


def open_vault(directory: Path, engine: Engine) -> Vault:
    return rekey.open_vault(engine, directory, ask_passphrase)


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    q = sub.add_parser("key", help="HQ's master key and teams' data keys (encryption at rest)")
    ks = q.add_subparsers(dest="action", required=True, parser_class=parser_class)
    ks.add_parser("status", help="the master key's id and place, each team's key version")
    ks.add_parser(
        "rotate-master",
        help="a new master key: team keys rewrapped, then the file replaced (resumable)",
    )
    t = ks.add_parser(
        "rotate-team",
        help="a new data key for a team, its records sealed again, the old key dropped (resumable)",
    )
    t.add_argument("team", help='a team id, or "*" for HQ-wide records and analysts\' batches')
    t.add_argument("--chunk", type=int, default=rekey.CHUNK, help="rows per transaction")
    q.set_defaults(func=cmd_key)


def cmd_key(args: argparse.Namespace) -> int:
    from sync.hq.cli import hq_dir, open_hq

    directory = hq_dir(args)
    hq = open_hq(args)
    if args.action == "status":
        print(rekey.describe(rekey.status(hq.vault, directory)))
    elif args.action == "rotate-master":
        done = rekey.rotate_master(hq.vault, directory, ask_passphrase, by=roles.actor())
        print(
            f"master key rotated: {done['rewrapped']} team key(s) rewrapped; back up "
            f"{done['master_key']} now (database backups made before need the old key)",
            file=sys.stderr,
        )
        print(done["id"])
    else:
        if args.chunk < 1:
            raise BadInput("chunk", "must be 1 or more")
        if args.team != "*" and args.team not in {t["id"] for t in hq.teams()}:
            raise BadInput("team", f"HQ has no team {args.team!r} (see `upfront-hq team list`)")
        done = rekey.rotate_team(hq.vault, args.team, chunk=args.chunk, by=roles.actor())
        print(
            f"team {done['team']}: data key version {done['version']}, {done['resealed']} "
            "value(s) sealed again",
            file=sys.stderr,
        )
    return 0
