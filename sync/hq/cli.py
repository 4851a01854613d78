"""`upfront-hq`: set up and run HQ, manage teams, enrollment tokens and devices, import USB
bundles.

Exit codes as in `upfront`: 0 ok, 2 bad input, 1 anything else. Secrets (tokens) are printed
alone on stdout so a script can take them; everything else said goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import platformdirs

import app
from app.errors import BadInput
from sync import pki
from sync import protocol as p
from sync.hq import server
from sync.hq.service import HQ, HQError, HQKeys, make_engine, migrate

ENV_DIR = server.ENV_DIR


def hq_dir(args: argparse.Namespace) -> Path:
    if args.dir:
        return Path(args.dir)
    if os.environ.get(ENV_DIR):
        return Path(os.environ[ENV_DIR])
    return Path(platformdirs.user_data_dir("upfront-hq", appauthor=False))


def _db(directory: Path, args: argparse.Namespace) -> str:
    if getattr(args, "db", None):
        return args.db
    conf = directory / "hq.json"
    if conf.exists():
        return json.loads(conf.read_text())["db"]
    return server.db_url(directory, None)


def open_hq(args: argparse.Namespace) -> HQ:
    directory = hq_dir(args)
    if not (directory / "ca.pem").exists():
        raise HQError(f"no HQ set up in {directory}; run `upfront-hq init` first")
    hq = HQ(make_engine(_db(directory, args)), HQKeys.load(directory))
    migrate(hq.engine)
    return hq


def cmd_init(args) -> int:
    directory = hq_dir(args)
    if (directory / "ca.pem").exists():
        raise HQError(f"HQ is already set up in {directory}; nothing was changed")
    names = args.name or ["localhost", "127.0.0.1"]
    keys = HQKeys.create()
    keys.save(directory)
    cert = pki.make_server_cert(keys.ca, names)
    (directory / "server.pem").write_bytes(pki.cert_pem(cert.cert))
    fd = os.open(directory / "server.key", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pki.key_pem(cert.key))
    url = args.db or server.db_url(directory, None)
    (directory / "hq.json").write_text(json.dumps({"db": url}))
    migrate(make_engine(url))
    print(f"HQ set up in {directory} for {', '.join(names)}. Give devices this CA "
          "fingerprint with their enrollment token:", file=sys.stderr)
    print(pki.fingerprint(keys.ca.cert))
    return 0


def cmd_serve(args) -> int:
    directory = hq_dir(args).resolve()
    if not (directory / "ca.pem").exists():
        raise HQError(f"no HQ set up in {directory}; run `upfront-hq init` first")
    print(f"upfront-hq serving https://{args.host}:{args.port} (TLS, client certificates)",
          file=sys.stderr)
    server.serve(directory, args.host, args.port, _db(directory, args), args.workers)
    return 0


def cmd_team(args) -> int:
    hq = open_hq(args)
    if args.action == "add":
        team = hq.add_team(args.country, args.name)
        print(team["id"])
    else:
        print(json.dumps(hq.teams(), indent=2))
    return 0


def cmd_token(args) -> int:
    print(open_hq(args).create_token(args.team, hours=args.hours))
    return 0


def cmd_analyst(args) -> int:
    print(open_hq(args).create_token(None, analyst=True, hours=args.hours))
    return 0


def cmd_device(args) -> int:
    hq = open_hq(args)
    if args.action == "revoke":
        hq.revoke(args.id)
        print(f"device {args.id} revoked: it can no longer sync", file=sys.stderr)
    else:
        print(json.dumps(hq.devices(), indent=2))
    return 0


def cmd_bundle(args) -> int:
    hq = open_hq(args)
    data = Path(args.file).read_bytes()
    receipt = hq.import_bundle(data)
    out = Path(args.receipt or f"{args.file}.receipt")
    out.write_bytes(receipt)
    answer = p.open_receipt(receipt, hq.keys.signing_public)
    rejected = sum(1 for r in answer["res"] if r[1] == p.REJECTED)
    conflicts = sum(1 for r in answer["res"] if r[1] == p.CONFLICT)
    print(f"bundle applied{' (already imported: nothing changed)' if answer['dup'] else ''}; "
          f"{conflicts} conflict(s), {rejected} rejected. Receipt written to {out}; carry it "
          "back and run `upfront bundle receipt` on the device.", file=sys.stderr)
    return 0


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # bad usage is bad input: exit 2 with the reason
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="upfront-hq", description="Upfront HQ server")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument("--dir", help=f"HQ's directory (keys, config; default ${ENV_DIR} or "
                        "the platform's data directory)")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    q = sub.add_parser("init", help="create HQ's CA, TLS certificate and ingest key")
    q.add_argument("--name", action="append", help="host name or IP address devices use to "
                   "reach HQ (repeatable; default localhost and 127.0.0.1)")
    q.add_argument("--db", help="database URL (default: SQLite in the HQ directory; "
                   "postgresql://user@host/db for PostgreSQL)")
    q.set_defaults(func=cmd_init)
    q = sub.add_parser("serve", help="serve the sync API over TLS")
    q.add_argument("--host", default="127.0.0.1")
    q.add_argument("--port", type=int, default=8443)
    q.add_argument("--db", help="database URL (default: the one given to init)")
    q.add_argument("--workers", type=int, default=1, help="server processes")
    q.set_defaults(func=cmd_serve)
    q = sub.add_parser("team", help="country teams")
    ts = q.add_subparsers(dest="action", required=True, parser_class=_Parser)
    t = ts.add_parser("add")
    t.add_argument("country", help="ISO 3166-1 alpha-3 code, e.g. SYR")
    t.add_argument("--name")
    ts.add_parser("list")
    q.set_defaults(func=cmd_team)
    q = sub.add_parser("token", help="enrollment tokens")
    ts = q.add_subparsers(dest="action", required=True, parser_class=_Parser)
    t = ts.add_parser("create", help="a single-use, expiring token, printed alone")
    t.add_argument("--team", required=True)
    t.add_argument("--hours", type=float, default=72)
    q.set_defaults(func=cmd_token)
    q = sub.add_parser("analyst", help="HQ analysts' devices (they see every team)")
    ts = q.add_subparsers(dest="action", required=True, parser_class=_Parser)
    t = ts.add_parser("add", help="a single-use token for an analyst's device")
    t.add_argument("--hours", type=float, default=72)
    q.set_defaults(func=cmd_analyst)
    q = sub.add_parser("device", help="enrolled devices")
    ts = q.add_subparsers(dest="action", required=True, parser_class=_Parser)
    ts.add_parser("list")
    ts.add_parser("revoke").add_argument("id")
    q.set_defaults(func=cmd_device)
    q = sub.add_parser("bundle", help="USB bundles from devices")
    ts = q.add_subparsers(dest="action", required=True, parser_class=_Parser)
    t = ts.add_parser("import", help="apply a bundle and write a signed receipt")
    t.add_argument("file")
    t.add_argument("--receipt", help="where to write the receipt (default FILE.receipt)")
    q.set_defaults(func=cmd_bundle)
    for name in ("team", "token", "analyst", "device", "bundle"):
        sub.choices[name].add_argument("--db", help="database URL (default: the one given "
                                       "to init)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        print(f"upfront-hq {app.__version__}")
        return 0
    if args.command is None:
        parser.print_help()
        return 0
    try:
        code = int(args.func(args))
        sys.stdout.flush()  # a reader that went away shows here, not at the exit
        return code
    except BrokenPipeError:  # `upfront-hq device list | head`: not an error; as app.cli
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return 128 + 13  # what a shell reports for a command ended by SIGPIPE
    except BadInput as err:
        print(f"upfront-hq: error: {err}", file=sys.stderr)
        return 2
    except (HQError, p.ProtocolError, OSError) as err:
        print(f"upfront-hq: error: {err}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
