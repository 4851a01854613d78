"""Device commands for sync, added to `upfront` by the composition root (ui/main.py):
`enroll`, `sync`, `bundle export|receipt`, `conflict list|resolve`, `quarantine list`."""

from __future__ import annotations

import argparse
import dataclasses
import secrets
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app import heap
from app.cli import common as app_cli
from app.cli.progress import terminal_progress
from app.errors import StoreWiped
from app.files import check_out, publish

if TYPE_CHECKING:
    from sync.device import SyncStatus

# The sync machinery (cryptography's HPKE, msgpack, zstd) loads only when a sync command runs,
# so other commands, `upfront wipe` above all, start as fast as before.


def cmd_enroll(args) -> int:
    from sync.client import enroll

    store = app_cli.open_store(args)
    with store:
        info = enroll(store, args.hq, args.token, args.ca_fingerprint, args.name or "")
    print(
        f"enrolled as device {info['device_id']} "
        f"({'HQ analyst' if info['analyst'] else 'team ' + str(info['team'])}, "
        f"{info['entity']}, reading as {info['audience']})",
        file=sys.stderr,
    )
    return 0


def cmd_sync(args) -> int:
    from sync import device as d
    from sync.client import SyncClient

    store = app_cli.open_store(args)
    with store:
        if args.status:
            status = d.status(store)
            app_cli.emit(dataclasses.asdict(status))
            _say_status(status)
            return 0
        client = SyncClient(store)
        heap.settle()
        try:
            with terminal_progress() as progress:
                result = client.sync(progress=progress)
        except StoreWiped as wiped:
            return _wiped(wiped)
        finally:
            client.close()
        status = d.status(store)
    summary = {
        "pushed": result.pushed,
        "pulled": result.pulled,
        "conflicts": result.conflicts,
        "rejected": result.rejected,
        "pending": result.pending,
        "quarantined": status.quarantined,
        "conflicts_to_merge": status.conflicts_to_merge,
        "files_fetched": result.files_fetched,
        "bytes_fetched": result.bytes_fetched,
        "files_to_fetch": result.files_to_fetch,
        "bytes_to_fetch": result.bytes_to_fetch,
        "files_refused": result.files_refused,
        "complete": result.complete,
    }
    if args.json:
        app_cli.emit(summary)
    if status.clock_ahead_ms:
        hours = status.clock_ahead_ms / 3_600_000
        print(
            f"upfront: warning: HQ says this device's clock is {hours:.1f} h ahead; correct "
            "it (HQ treats its time stamps as HQ's own time)",
            file=sys.stderr,
        )
    if status.quarantined:
        print(
            f"upfront: {status.quarantined} change(s) were refused by HQ and wait in "
            "quarantine (`upfront quarantine list`)",
            file=sys.stderr,
        )
    if result.files_refused:
        print(f"upfront: {_refused(result.files_refused)}", file=sys.stderr)
    if result.files_to_fetch:
        print(
            f"upfront: {result.files_to_fetch} attachment(s) are still to come from HQ "
            f"({size(result.bytes_to_fetch)} left); the next sync fetches them",
            file=sys.stderr,
        )
    if not result.complete:
        reason = result.held or f"{result.pending} change(s) still pending"
        print(f"upfront: error: sync incomplete: {reason}", file=sys.stderr)
        return 1
    if not args.json:
        fetched = (
            f"{result.files_fetched} attachment(s) fetched ({result.bytes_fetched} bytes), "
            if result.files_fetched
            else ""
        )
        print(
            f"synced: {result.pushed} sent, {result.pulled} received, {fetched}"
            f"{status.conflicts_to_merge} conflict(s) to merge",
            file=sys.stderr,
        )
    return 0


def size(n: int) -> str:
    """A number of bytes as a person reads it, exact below a KiB: `700 bytes`, `1.2 MiB`."""
    if n < 1024:
        return f"{n} byte{'' if n == 1 else 's'}"
    value = float(n)
    for unit in ("KiB", "MiB", "GiB"):
        value /= 1024
        if value < 1024 or unit == "GiB":
            break
    return f"{value:.1f} {unit}"


def _refused(files: int) -> str:
    return (
        f"{files} attachment(s) could not be fetched: HQ refused to send them (not for this "
        "device's team or audience, or no longer held at HQ); their records are here "
        "without them"
    )


def _say_status(status: SyncStatus) -> None:
    """`sync --status` for a person, on stderr (stdout keeps the JSON): what is still to go,
    what is still to come, and what HQ would not send, in counts (a file's name may be
    one withheld from this device)."""
    if not status.enrolled:
        print("sync status: not enrolled with HQ (`upfront enroll`)", file=sys.stderr)
        return
    lines = [
        f"to send to HQ: {status.pending} change(s), {status.files_pending} attachment(s)",
        (
            f"to fetch from HQ: {status.files_to_fetch} attachment(s), "
            f"{size(status.bytes_to_fetch)} left"
            if status.files_to_fetch
            else "to fetch from HQ: nothing"
        ),
    ]
    if status.files_refused:
        lines.append(f"not fetched: {_refused(status.files_refused)}")
    for line in lines:
        print(f"sync status: {line}", file=sys.stderr)


def cmd_bundle(args) -> int:
    from sync.client import SyncClient

    if args.action == "export":
        check_out(args.out, replace=args.replace)  # before the passphrase and the work
    store = app_cli.open_store(args)
    with store:
        client = SyncClient(store)
        if args.action == "export":
            info = _export_bundle(client, Path(args.out), replace=args.replace)
            print(
                f"bundle of {info['changes']} change(s) written to {args.out} "
                f"({info['bytes']} bytes, sealed to HQ and signed)",
                file=sys.stderr,
            )
        else:
            try:
                info = client.apply_receipt(Path(args.receipt))
            except StoreWiped as wiped:
                return _wiped(wiped)
            print(
                f"receipt applied: {info['answered']} change(s) marked delivered, "
                f"{info['conflicts']} conflict(s), {info['rejected']} rejected",
                file=sys.stderr,
            )
    return 0


def _wiped(wiped: StoreWiped) -> int:
    """HQ's verified order erased the store: say so, with an exit code of its own."""
    print(f"upfront: {wiped}", file=sys.stderr)
    return wiped.exit_code


def _export_bundle(client, out: Path, *, replace: bool) -> dict:
    """The client writes the bundle complete under a name of its own beside `out`; only
    then does it take `out`'s name, which without `replace` fails if the name was taken
    meanwhile (a USB stick's FAT has no hard links: app.files.publish copes)."""
    staged = out.with_name(f".{out.name}.{secrets.token_hex(4)}.staged")
    try:
        info = client.export_bundle(staged)
        publish(staged, out, replace=replace)
    finally:
        staged.unlink(missing_ok=True)
        staged.with_name(staged.name + ".part").unlink(missing_ok=True)
    return info


def cmd_conflict(args) -> int:
    from sync import device as d

    store = app_cli.open_store(args)
    with store:
        if args.action == "list":
            app_cli.emit(d.conflicts(store, open_only=not args.all))
        else:
            from app.incidents import Incidents

            merged = app_cli.read_json(args.value, "value") if args.json_value else args.value
            d.resolve_conflict(store, Incidents(store), args.id, merged)
    return 0


def cmd_quarantine(args) -> int:
    from app import outbox

    store = app_cli.open_store(args)
    with store, store.session() as s:
        app_cli.emit(
            [
                {
                    "seq": e.seq,
                    "record": e.record_id,
                    "op": e.op,
                    "reason": e.reason,
                    "fields": sorted(e.fields or {}),
                }
                for e in outbox.quarantined(s)
            ]
        )
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    q = sub.add_parser("enroll", help="enroll this device with HQ")
    q.add_argument("--hq", required=True, help="HQ's URL, https://host:port")
    q.add_argument("--token", required=True, help="the single-use token HQ gave you")
    q.add_argument("--ca-fingerprint", required=True, help="SHA-256 of HQ's CA certificate")
    q.add_argument("--name", help="a name for this device at HQ (default: host name)")
    q.set_defaults(func=cmd_enroll)
    q = sub.add_parser("sync", help="send pending changes to HQ and receive new ones")
    q.add_argument("--json", action="store_true")
    q.add_argument("--status", action="store_true", help="only show the sync status")
    q.set_defaults(func=cmd_sync)
    q = sub.add_parser("bundle", help="sync by file (USB stick) when there is no link")
    bs = q.add_subparsers(dest="action", required=True)
    t = bs.add_parser("export", help="write pending changes as one sealed, signed file")
    t.add_argument(
        "--out",
        required=True,
        help="the file to write (not replaced if it exists, unless --replace)",
    )
    t.add_argument("--replace", action="store_true", help="replace --out if it exists")
    t = bs.add_parser("receipt", help="mark the changes HQ's receipt confirms as delivered")
    t.add_argument("receipt")
    q.set_defaults(func=cmd_bundle)
    q = sub.add_parser("conflict", help="fields edited in two places at once")
    cs = q.add_subparsers(dest="action", required=True)
    cs.add_parser("list").add_argument("--all", action="store_true")
    t = cs.add_parser("resolve", help="save a merged value for a conflict")
    t.add_argument("id")
    t.add_argument("value", help="the merged value (text, or JSON with --json-value)")
    t.add_argument("--json-value", action="store_true")
    q.set_defaults(func=cmd_conflict)
    q = sub.add_parser("quarantine", help="changes HQ refused, with its reasons")
    q.add_subparsers(dest="action", required=True).add_parser("list")
    q.set_defaults(func=cmd_quarantine)
