"""`upfront-hq`: set up and run HQ, manage teams, enrollment tokens and devices (each in a role:
the teams it reads, the audience it reads as, its UN entity), answer who received what
(`access`) and every role change (`roles`), import USB bundles.

Exit codes as in `upfront`: 0 ok, 2 bad input, 1 anything else. Secrets (tokens) are printed
alone on stdout so a script can take them; everything else said goes to stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import logging
import math
import os
import secrets
import stat
import sys
import time
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path

import platformdirs

import app
from app import logs
from app.errors import BadInput
from app.files import link_new
from sync import pki
from sync import protocol as p
from sync.hq import cli_keys, roles, server
from sync.hq.database import HQError, make_engine, migrate
from sync.hq.enrollment import entity_name
from sync.hq.keys import HQKeys
from sync.hq.service import HQ

ENV_DIR = server.ENV_DIR
RECEIPTS = "receipts"  # in HQ's directory: every receipt HQ signs is kept there
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
log = logging.getLogger(__name__)
_EXISTS = "already exists (a file or a link); HQ never overwrites one: give a new name"


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
    engine = make_engine(_db(directory, args))
    migrate(engine)
    return HQ(engine, HQKeys.load(directory), cli_keys.open_vault(directory, engine))


@contextlib.contextmanager
def opened(args: argparse.Namespace) -> Iterator[HQ]:
    """HQ for one command, its database connections closed when the command ends."""
    hq = open_hq(args)
    try:
        yield hq
    finally:
        hq.engine.dispose()


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
    cli_keys.init_master(directory, args)
    engine = make_engine(url)
    migrate(engine)
    cli_keys.open_vault(directory, engine)
    print(
        f"HQ set up in {directory} for {', '.join(names)}. Give devices this CA "
        "fingerprint with their enrollment token:",
        file=sys.stderr,
    )
    print(pki.fingerprint(keys.ca.cert))
    return 0


def cmd_serve(args) -> int:
    directory = hq_dir(args).resolve()
    if not (directory / "ca.pem").exists():
        raise HQError(f"no HQ set up in {directory}; run `upfront-hq init` first")
    print(
        f"upfront-hq serving https://{args.host}:{args.port} (TLS, client certificates)",
        file=sys.stderr,
    )
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


def cmd_token(args: argparse.Namespace) -> int:
    with opened(args) as hq:
        token = hq.create_token(args.team, hours=args.hours, entity=args.entity, by=roles.actor())
    print(token)
    return 0


def cmd_analyst(args: argparse.Namespace) -> int:
    teams = None if args.teams is None else args.teams.split(",")
    with opened(args) as hq:
        token = hq.create_token(
            None,
            analyst=True,
            hours=args.hours,
            scope=teams,
            audience=args.audience,
            entity=args.entity,
            by=roles.actor(),
        )
    print(
        f"a token for an analyst of {entity_name(args.entity)} reading as {args.audience}, over "
        f"{'every team' if teams is None else 'the teams ' + args.teams}; it works once, "
        f"within {args.hours:g} hours:",
        file=sys.stderr,
    )
    print(token)  # the last line, alone: a script takes it from there
    return 0


def cmd_device(args: argparse.Namespace) -> int:
    if args.action == "list":
        with opened(args) as hq:
            print(json.dumps(hq.devices(), indent=2))
    else:
        with opened(args) as hq:
            order = hq.revoke(args.id, wipe=args.wipe, by=roles.actor())
        if order is None:
            print(
                f"device {args.id} revoked: HQ refuses it from now on; at its next contact it is "
                "told so and can no longer sync. What it holds stays on it: add --wipe to order "
                "it erased.",
                file=sys.stderr,
            )
        else:
            print(
                f"device {args.id} revoked and ordered to wipe: at its next contact HQ sends it "
                "this signed order and it crypto-erases its store. `upfront-hq roles --device "
                f"{args.id}` shows when the order was delivered. The order:",
                file=sys.stderr,
            )
            print(order)
    return 0


def _an_id(field: str, text: str) -> str:
    try:
        return str(uuid.UUID(text.strip()))
    except ValueError:
        raise BadInput(field, "is not an id HQ gives (a UUID)") from None


def cmd_access(args: argparse.Namespace) -> int:
    """Who could read a record, or what a device received (JSON)."""
    record = None if args.record is None else _an_id("record", args.record)
    device = None if args.device is None else _an_id("device", args.device)
    with opened(args) as hq:
        answer = hq.access_of_record(record) if record else hq.access_of_device(str(device))
    if answer is None and record:
        raise BadInput("record", "HQ holds no record of this id and sent none to any device")
    if answer is None:
        raise BadInput("device", "no device of this id was ever enrolled at HQ")
    print(json.dumps(answer, indent=2))
    return 0


def cmd_roles(args: argparse.Namespace) -> int:
    """The log of role changes (tokens made, devices enrolled, revoked, wipes ordered)."""
    device = None if args.device is None else _an_id("device", args.device)
    with opened(args) as hq:
        events = hq.role_events(device)
        unknown = device is not None and not events and hq.access_of_device(device) is None
    if unknown:
        raise BadInput("device", "no device of this id was ever enrolled at HQ")
    print(json.dumps(events, indent=2))
    return 0


def _hours(text: str) -> float:
    try:
        hours = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of hours") from None
    if not math.isfinite(hours) or hours <= 0:
        raise argparse.ArgumentTypeError("must be a number of hours above 0")
    return hours


def cmd_bundle(args) -> int:
    # the --receipt path is checked before anything is applied; a bundle is read whole only
    # once it is known to be a regular file no larger than any bundle
    target = _receipt_target(args.receipt) if args.receipt else None
    try:
        data = read_bundle(args.file)
        hq = open_hq(args)
        try:
            receipt = hq.import_bundle(data)
        except p.ProtocolError as err:
            if err.status == 400:
                raise BadInput("bundle", err.message) from None
            raise
        answer: p.Receipt | p.WipeOrder = (
            p.open_wipe(receipt, hq.keys.signing_public)
            if p.is_wipe_order(receipt)
            else p.open_receipt(receipt, hq.keys.signing_public)
        )
        written = [_keep_receipt(hq_dir(args), answer, receipt)]
        if target is not None:
            write_new(target[0], target[1], receipt)
            written.append(Path(args.receipt))
    finally:
        if target is not None:
            os.close(target[0])
    if isinstance(answer, p.WipeOrder):
        print(
            f"bundle NOT applied: device {answer.device} was revoked and ordered to erase its "
            f"store. HQ's signed wipe order was written to "
            f"{' and '.join(str(w) for w in written)} in place of a receipt; carry it back: "
            "`upfront bundle receipt` on the device erases it.",
            file=sys.stderr,
        )
        for path in written:
            print(path)
        return 0
    rejected = sum(1 for r in answer.results if r.code == p.REJECTED)
    conflicts = sum(1 for r in answer.results if r.code == p.CONFLICT)
    print(
        f"bundle applied{' (already imported: nothing changed)' if answer.duplicate else ''}; "
        f"{conflicts} conflict(s), {rejected} rejected. Receipt written to "
        f"{' and '.join(str(w) for w in written)}; carry it back and run `upfront bundle "
        "receipt` on the device.",
        file=sys.stderr,
    )
    for path in written:
        print(path)
    return 0


def read_bundle(path: str) -> bytes:
    """A bundle file, treated as hostile (it came on a USB stick): never through a symbolic
    link, only a regular file, and never more than `p.MAX_BUNDLE` bytes read."""
    try:
        if stat.S_ISLNK(os.lstat(path).st_mode):  # O_NOFOLLOW says so too, where it exists
            raise BadInput("bundle", "is a symbolic link; give the bundle file itself")
        fd = os.open(
            path,
            os.O_RDONLY
            | _NOFOLLOW
            | getattr(os, "O_NONBLOCK", 0)
            | getattr(os, "O_NOCTTY", 0)
            | getattr(os, "O_BINARY", 0),
        )
    except FileNotFoundError:
        raise BadInput("bundle", "no such file") from None
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise BadInput("bundle", "is a symbolic link; give the bundle file itself") from None
        raise BadInput("bundle", f"cannot be read ({err.strerror})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise BadInput("bundle", "is not a regular file")
        if info.st_size > p.MAX_BUNDLE:
            raise BadInput("bundle", f"is larger than a bundle can be ({p.MAX_BUNDLE} bytes)")
        chunks, size = [], 0
        while chunk := os.read(fd, 1 << 20):
            size += len(chunk)
            if size > p.MAX_BUNDLE:  # it grew while being read
                raise BadInput("bundle", f"is larger than a bundle can be ({p.MAX_BUNDLE} bytes)")
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as err:
        raise BadInput("bundle", f"cannot be read ({err.strerror})") from None
    finally:
        os.close(fd)


def open_folder(path: Path, field: str) -> int:
    """A directory, opened one component at a time without following any symbolic link
    (a folder on a USB stick can be a planted link to anywhere). Returns its descriptor."""
    fd = os.open("/" if path.is_absolute() else ".", os.O_RDONLY | _DIRECTORY)
    try:
        for part in path.parts[1:] if path.is_absolute() else path.parts:
            try:
                inner = os.open(part, os.O_RDONLY | _DIRECTORY | _NOFOLLOW, dir_fd=fd)
            except FileNotFoundError:
                raise BadInput(field, f"the folder {part!r} on its path does not exist") from None
            except OSError as err:
                if err.errno in (errno.ELOOP, errno.ENOTDIR):
                    raise BadInput(
                        field,
                        f"{part!r} on its path is a symbolic link or not a "
                        "folder; give the real path",
                    ) from None
                raise BadInput(field, f"its folder cannot be opened ({err.strerror})") from None
            os.close(fd)
            fd = inner
    except BaseException:
        os.close(fd)
        raise
    return fd


def _receipt_target(path_text: str) -> tuple[int, str]:
    """(folder descriptor, name) for --receipt, refused now if anything is at that name."""
    path = Path(path_text)
    if path.name in ("", ".", ".."):
        raise BadInput("receipt", "must name a file")
    folder = open_folder(path.parent, "receipt")
    try:
        os.stat(path.name, dir_fd=folder, follow_symlinks=False)
    except FileNotFoundError:
        return folder, path.name
    except OSError as err:
        os.close(folder)
        raise BadInput("receipt", f"cannot be checked ({err.strerror})") from None
    os.close(folder)
    raise BadInput("receipt", _EXISTS)


def write_new(folder: int, name: str, data: bytes) -> None:
    """`data` as a new file `name` in the open `folder`, whole or not at all: written and
    synced under a temporary name created exclusively (O_EXCL, O_NOFOLLOW), then hard-linked
    to its name, which fails if anything at all (a file, a link) is there. Nothing is
    followed, replaced or left half-written."""
    tmp = f".{name[:100]}.{secrets.token_hex(8)}.part"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600, dir_fd=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        link_new(tmp, name, field="receipt", exists=_EXISTS, dir_fd=folder)
    finally:
        try:
            os.unlink(tmp, dir_fd=folder)
        except FileNotFoundError:
            pass
    os.fsync(folder)


def _keep_receipt(directory: Path, answer: p.Receipt | p.WipeOrder, receipt: bytes) -> Path:
    """HQ's own copy, in its receipts folder, named by device, changes (or "wipe", for a
    wipe order sent back in place of a receipt) and time."""
    base = directory.resolve()
    folder_fd = os.open(base, os.O_RDONLY | _DIRECTORY)
    try:
        try:
            os.mkdir(RECEIPTS, 0o700, dir_fd=folder_fd)
        except FileExistsError:
            pass
        receipts = os.open(RECEIPTS, os.O_RDONLY | _DIRECTORY | _NOFOLLOW, dir_fd=folder_fd)
    except OSError as err:
        raise HQError(
            f"HQ's receipts folder {base / RECEIPTS} cannot be opened "
            f"({err.strerror}); it must be a folder, not a link"
        ) from None
    finally:
        os.close(folder_fd)
    try:
        device = str(uuid.UUID(answer.device))  # HQ's own id for an enrolled device
        what = (
            "wipe"
            if isinstance(answer, p.WipeOrder)
            else f"{answer.seq_from:09d}-{answer.seq_to:09d}"
        )
        stem = f"{device}_{what}_{time.strftime('%Y%m%dT%H%M%SZ', time.gmtime())}"
        for n in range(1, 1000):
            name = f"{stem}{'' if n == 1 else f'-{n}'}.receipt"
            try:
                write_new(receipts, name, receipt)
                return base / RECEIPTS / name
            except BadInput:
                continue  # the same bundle imported again within the second
        raise HQError("HQ's receipts folder holds too many receipts of this name")
    finally:
        os.close(receipts)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # bad usage is bad input: exit 2 with the reason
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="upfront-hq", description="Upfront HQ server")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--dir",
        help=f"HQ's directory (keys, config; default ${ENV_DIR} or the platform's data directory)",
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    q = sub.add_parser("init", help="create HQ's CA, TLS certificate and ingest key")
    q.add_argument(
        "--name",
        action="append",
        help="host name or IP address devices use to "
        "reach HQ (repeatable; default localhost and 127.0.0.1)",
    )
    q.add_argument(
        "--db",
        help="database URL (default: SQLite in the HQ directory; "
        "postgresql://user@host/db for PostgreSQL)",
    )
    cli_keys.add_init_options(q)
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
    t = ts.add_parser(
        "create", help="a single-use, expiring token for a team's device, printed alone"
    )
    t.add_argument("--team", required=True)
    t.add_argument("--hours", type=_hours, default=72)
    t.add_argument("--entity", default="OHCHR", help="the UN entity of the device (OHCHR)")
    q.set_defaults(func=cmd_token)
    q = sub.add_parser("analyst", help="analysts' devices: the teams they read, and as whom")
    ts = q.add_subparsers(dest="action", required=True, parser_class=_Parser)
    t = ts.add_parser(
        "add", help="a single-use token for an analyst's device, printed as the last line"
    )
    t.add_argument(
        "--teams",
        help="the teams it may read, separated by commas (default: every team, "
        "for an internal analyst only)",
    )
    t.add_argument(
        "--audience",
        default="internal",
        help="internal (OHCHR's country team and HQ's joint team: records as they are) or "
        "un (another UN entity: redacted views); no other (default internal)",
    )
    t.add_argument(
        "--entity", default="OHCHR", help="the UN entity it belongs to, e.g. OCHA (OHCHR)"
    )
    t.add_argument("--hours", type=_hours, default=72)
    q.set_defaults(func=cmd_analyst)
    q = sub.add_parser("device", help="enrolled devices")
    ts = q.add_subparsers(dest="action", required=True, parser_class=_Parser)
    ts.add_parser("list", help="each device with its team, scope, audience and entity")
    t = ts.add_parser("revoke", help="refuse a device from now on")
    t.add_argument("id")
    t.add_argument(
        "--wipe",
        action="store_true",
        help="also order it to crypto-erase its store at its next contact",
    )
    q.set_defaults(func=cmd_device)
    q = sub.add_parser("access", help="who could read a record, or what a device received (JSON)")
    which = q.add_mutually_exclusive_group(required=True)
    which.add_argument("--record", help="a record's id: each device that received it")
    which.add_argument("--device", help="a device's id: each record it received")
    q.set_defaults(func=cmd_access)
    q = sub.add_parser(
        "roles", help="the log of role changes: tokens, enrolments, revocations, wipes (JSON)"
    )
    q.add_argument("--device", help="only this device's")
    q.set_defaults(func=cmd_roles)
    q = sub.add_parser("bundle", help="USB bundles from devices")
    ts = q.add_subparsers(dest="action", required=True, parser_class=_Parser)
    t = ts.add_parser("import", help="apply a bundle and write a signed receipt")
    t.add_argument("file")
    t.add_argument(
        "--receipt",
        help="also write the receipt here (a new file: never "
        "through a link, never over anything); it is always kept in HQ's "
        f"{RECEIPTS}/ folder",
    )
    q.set_defaults(func=cmd_bundle)
    cli_keys.add_parsers(sub, _Parser)
    for name in ("team", "token", "analyst", "device", "access", "roles", "bundle", "key"):
        sub.choices[name].add_argument("--db", help="database URL (default: the one given to init)")
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
    logs.configure(hq_dir(args), name=server.LOG_FILENAME)
    try:
        name = logs.command_name(parser, args)
        code, why = _run(args)
        log.info("command %s: exit %d%s", name, code, f" ({why})" if why else "")
        return code
    finally:
        logs.stop()


def _run(args: argparse.Namespace) -> tuple[int, str]:
    """Run the command; its exit code and what the log may say of a failure (its type)."""
    try:
        code = int(args.func(args))
        sys.stdout.flush()  # a reader that went away shows here, not at the exit
        return code, ""
    except BrokenPipeError:  # `upfront-hq device list | head`: not an error; as app.cli
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return 128 + 13, "reader went away"  # what a shell reports for a command ended by SIGPIPE
    except BadInput as err:
        print(f"upfront-hq: error: {err}", file=sys.stderr)
        return 2, "BadInput"
    except (HQError, p.ProtocolError, OSError) as err:
        print(f"upfront-hq: error: {err}", file=sys.stderr)
        return 1, type(err).__name__


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
