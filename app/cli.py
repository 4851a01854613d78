"""The scriptable command line: `upfront SUBCOMMAND`. Later issues and users' scripts rely on it.

Exit codes: 0 ok, 2 bad input (the message names the field and the reason), 3 locked or wrong
passphrase, 1 anything else. One transaction per command. Messages never carry record content,
and unexpected errors print only their type, never a traceback with values in it.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import app
from app import audit, paths, selftest
from app import remember as remembering
from app.attachments import Attachments
from app.attempts import UnlockAttempts
from app.errors import AccessDenied, BadInput, UpfrontError
from app.files import check_readable
from app.incidents import IncidentQuery, Incidents
from app.settings import SETTINGS, Settings
from app.store import Store, head_revision, wipe
from app.vocab import vocabularies

ENV_PASSPHRASE = "UPFRONT_PASSPHRASE"
ENV_NEW_PASSPHRASE = "UPFRONT_NEW_PASSPHRASE"
ENV_RECOVERY_KEY = "UPFRONT_RECOVERY_KEY"
ENV_DEBUG = "UPFRONT_DEBUG"

Register = Callable[[argparse._SubParsersAction], None]


# ---- helpers --------------------------------------------------------------------------------
def _emit(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _ask(env: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise AccessDenied(f"no passphrase: set {env} or run the command in a terminal")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat: ") != first:
        raise BadInput("passphrase", "the two entries differ")
    return first


def _data_dir(args: argparse.Namespace) -> Path:
    """The data directory, its key file checked first: a folder, a pipe (reading it would
    hang), a symbolic link loop or an unreadable file in its place is bad input naming it."""
    directory = paths.data_dir(args.data_dir)
    check_readable(paths.keyfile_path(directory))
    return directory


def _guarded(directory: Path, ask: Callable[[], str],
             unlock: Callable[[str], Store]) -> tuple[Store, str]:
    """Try a passphrase or recovery key as the window does: not before the delay that
    earlier failures earned has passed (refused without asking or trying: exit 3 with the
    seconds left), each failure counted, success clearing the count (app.attempts).
    Returns the store and the secret that opened it."""
    attempts = UnlockAttempts(directory)
    wait = attempts.seconds_to_wait()
    if wait:
        raise AccessDenied(f"too many wrong attempts; try again in {wait} s (nothing was "
                           "tried)")
    secret = ask()
    try:
        store = unlock(secret)
    except AccessDenied:
        with contextlib.suppress(OSError):
            attempts.record_failure()
        raise
    with contextlib.suppress(OSError):
        attempts.clear()
    return store, secret


def open_store(args: argparse.Namespace) -> Store:
    directory = _data_dir(args)
    if os.environ.get(ENV_PASSPHRASE) is None and args.user:
        try:
            return Store.open_remembered(directory, args.user)
        except AccessDenied:
            pass
    return _guarded(directory, lambda: _ask(ENV_PASSPHRASE, "Passphrase: "),
                    lambda secret: Store.open(directory, secret, args.user))[0]


MAX_JSON_DEPTH = 64  # incidents and situations nest 4 deep; anything far deeper is not ours


def _depth_ok(value: Any, limit: int) -> bool:
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > limit:
                return False
            stack.extend((child, depth + 1)
                         for child in (item.values() if isinstance(item, dict) else item))
    return True


def _read_json(spec: str, field: str = "--file") -> Any:
    try:
        raw = sys.stdin.read() if spec == "-" else Path(spec).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise BadInput(field, f"cannot read {spec}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise BadInput(field, f"{spec} is not UTF-8 text") from None
    too_deep = f"nests lists and objects more than {MAX_JSON_DEPTH} deep"
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise BadInput(field, f"is not valid JSON (line {exc.lineno}, column {exc.colno}: "
                       f"{exc.msg})") from None
    except RecursionError:
        raise BadInput(field, too_deep) from None
    except ValueError:  # an integer of more digits than Python converts
        raise BadInput(field, "is not valid JSON: a number has too many digits") from None
    if not _depth_ok(value, MAX_JSON_DEPTH):
        raise BadInput(field, too_deep)
    return value


def _date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def versions() -> dict[str, str]:
    import sqlcipher3  # the wheel bundles SQLCipher; ask it, not the file system

    conn = sqlcipher3.connect(":memory:")
    try:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        conn.close()
    return {"upfront": app.__version__, "schema": head_revision(), "sqlcipher": cipher}


# ---- store and users ------------------------------------------------------------------------
def cmd_init(args) -> int:
    directory = _data_dir(args)
    user = args.user or getpass.getuser()
    passphrase = _ask(ENV_PASSPHRASE, f"New passphrase for {user}: ", confirm=True)
    store, recovery = Store.create(directory, user, passphrase)
    store.close()
    print(f"Created an encrypted store in {directory} for {user}.")
    print("Recovery key (shown once: print it or write it down, and keep it apart from this "
          "computer):")
    print(recovery)
    return 0


def cmd_passwd(args) -> int:
    directory = _data_dir(args)
    store, old = _guarded(directory, lambda: _ask(ENV_PASSPHRASE, "Current passphrase: "),
                          lambda secret: Store.open(directory, secret, args.user))
    try:
        new = _ask(ENV_NEW_PASSPHRASE, "New passphrase: ", confirm=True)
        store.change_passphrase(old, new)
    finally:
        store.close()
    print(f"Passphrase changed for {store.user}.")
    return 0


def cmd_recover(args) -> int:
    directory = _data_dir(args)
    if not args.user:
        raise BadInput("--user", "name the user whose passphrase to reset")
    store, key = _guarded(directory, lambda: _ask(ENV_RECOVERY_KEY, "Recovery key: "),
                          lambda secret: Store.open_with_recovery(directory, secret))
    store.close()
    new = _ask(ENV_NEW_PASSPHRASE, f"New passphrase for {args.user}: ", confirm=True)
    Store.load_keys(directory).reset_with_recovery(key, args.user, new)
    print(f"Passphrase set for {args.user} with the recovery key.")
    return 0


def cmd_user(args) -> int:
    directory = _data_dir(args)
    if args.user_command == "list":
        _emit(Store.users(directory)) if args.json else print("\n".join(Store.users(directory)))
        return 0
    with open_store(args) as store:
        if args.user_command == "add":
            new = _ask(ENV_NEW_PASSPHRASE, f"Passphrase for {args.name}: ", confirm=True)
            store.add_user(args.name, new)
        else:  # the slot goes and the database key is rotated, in one step
            store.remove_user(args.name, recovery_key=_recovery_if_needed(store))
        with store.transaction() as session:
            audit.append(session, store.user, f"user.{args.user_command}", "user", args.name)
    print(f"User {args.name}: {'added' if args.user_command == 'add' else 'removed'}.")
    return 0


def _recovery_if_needed(store: Store) -> str | None:
    """The recovery key, asked for only while the recovery slot predates key rotation."""
    if not any(s.legacy and s.kind == "recovery" for s in store.keys.slots):
        return None
    return _ask(ENV_RECOVERY_KEY, "Recovery key (needed once, to convert its slot): ")


def cmd_rekey(args) -> int:
    with open_store(args) as store:
        store.rekey(recovery_key=_recovery_if_needed(store))
        with store.transaction() as session:
            audit.append(session, store.user, "store.rekey", "store", store.store_id)
    print("Database key replaced; every user's passphrase and the recovery key open the store "
          "as before. Copies of keys.json taken before no longer open it.")
    return 0


def cmd_remember(args) -> int:
    directory = _data_dir(args)
    if not remembering.available():
        raise UpfrontError("this system offers no OS keyring, so Upfront cannot remember you "
                           "here; keep using your passphrase")
    store, _secret = _guarded(directory, lambda: _ask(ENV_PASSPHRASE, "Passphrase: "),
                              lambda secret: Store.open_and_remember(directory, secret,
                                                                     args.user))
    store.close()
    print(f"{store.user} is remembered on this device (OS keyring).")
    return 0


def cmd_forget(args) -> int:
    keys = Store.load_keys(_data_dir(args))
    for slot in keys.slots:
        if args.user is None or slot.label.casefold() == args.user.casefold():
            remembering.forget(keys.store_id, slot.id)
    print("Forgotten on this device.")
    return 0


def cmd_wipe(args) -> int:
    if not args.yes:
        raise BadInput("--yes", "wipe destroys every record in this store for good; add --yes")
    removed = wipe(paths.data_dir(args.data_dir))  # unchecked: an emergency wipe never waits
    print(f"Wiped: {len(removed)} file(s) destroyed." if removed else "Nothing to wipe.")
    return 0


def cmd_audit(args) -> int:
    with open_store(args) as store, store.session() as session:
        count, problems = audit.verify(session)
    if args.json:
        _emit({"entries": count, "ok": not problems,
               "problems": [{"seq": p.seq, "reason": p.reason} for p in problems]})
    else:
        for p in problems:
            print(f"entry {p.seq}: {p.reason}")
        print(f"audit log: {count} entries, " + ("intact" if not problems else
                                                 f"{len(problems)} problem(s)"))
    return 0 if not problems else 1


def cmd_config(args) -> int:
    settings = Settings()
    if args.config_command == "set":
        try:
            value = json.loads(args.value)
        except json.JSONDecodeError:
            value = args.value  # plain text needs no quotes: `config set language fr`
        settings.set(args.key, value)
    elif args.config_command == "get":
        _emit(settings.get(args.key))
        return 0
    for key, value in settings.as_dict().items():
        print(f"{key} = {json.dumps(value)}\t# {SETTINGS[key].description}")
    return 0


# ---- vocabularies ---------------------------------------------------------------------------
def cmd_vocab(args) -> int:
    vocab = vocabularies()
    if args.vocab_command == "kinds":
        _emit(vocab.kinds()) if args.json else print("\n".join(vocab.kinds()))
        return 0
    terms = vocab.as_json(args.kind, country=args.country, lang=args.lang)
    if args.json:
        _emit(terms)
    else:
        for term in terms:
            print(f"{term['code']}\t{term['label']}")
    return 0


# ---- incidents ------------------------------------------------------------------------------
def cmd_incident(args) -> int:
    with open_store(args) as store:
        incidents = Incidents(store)
        command = args.incident_command
        if command == "add":
            print(incidents.add(_read_json(args.file)))
        elif command == "edit":
            doc = incidents.edit(args.id, _read_json(args.file))
            print(f"{doc['id']} revision {doc['revision']}")
        elif command == "clear-summary":
            doc = incidents.clear_summary(args.id)
            summary = doc["public_summary"]
            alone = " by its author alone (single-user office)" if summary["single_user"] else ""
            print(f"{doc['id']} revision {doc['revision']}: summary for partners and the "
                  f"public cleared by {summary['cleared_by']}{alone}")
        elif command == "show":
            doc = incidents.view(args.id)
            doc["attachments"] = Attachments(store).list(args.id)
            _emit(doc)
        elif command == "history":
            _emit(incidents.history(args.id))
        elif command == "list":
            query = IncidentQuery(
                date_from=args.date_from, date_to=args.date_to, country=args.country,
                admin1=args.admin1, violation=args.violation, verification=args.verification,
                confidentiality=args.confidentiality, status=args.status, text=args.text,
                sort=args.sort,
                descending=not args.ascending, limit=args.limit, offset=args.offset)
            rows = incidents.list(query)
            if args.json:
                _emit(rows)
            else:
                for r in rows:
                    print(f"{r['id']}  {r['occurred_from']:<10}  {r['country']}  "
                          f"{','.join(r['violations']):<24}  {r['title']}")
    return 0


def cmd_attachment(args) -> int:
    with open_store(args) as store:
        attachments = Attachments(store)
        command = args.attachment_command
        if command == "add":
            _emit(attachments.add_file(args.incident, Path(args.file),
                                       captured_by=args.captured_by))
        elif command == "list":
            _emit(attachments.list(args.incident))
        elif command == "export":
            try:
                exported = attachments.export(args.id, Path(args.out), original=args.original)
            except BadInput as err:
                if err.field != f"attachment {args.id}":
                    raise
                # It could not be cleaned (its kind, damage, a media type that lies).
                raise BadInput(err.field, f"{err.reason} (add --original to write the "
                               "original with its metadata)") from None
            if args.original:
                print("upfront: warning: the original was written with its metadata (it may "
                      "hold the GPS position, the time and the device); the chain of custody "
                      "records it as such", file=sys.stderr)
            _emit(exported)
        elif command == "custody":
            _emit(attachments.custody(args.id))
    return 0


# ---- parser ---------------------------------------------------------------------------------
class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # bad usage is bad input: exit 2 with the reason
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser(extensions: Sequence[Register] = ()) -> argparse.ArgumentParser:
    parser = _Parser(prog="upfront", description="Upfront: document violations, offline first. "
                     "With no command, opens the desktop window.")
    parser.add_argument("--version", action="store_true", help="print versions and exit")
    _add_common(parser)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    sub.add_parser("init", help="create the encrypted store").set_defaults(func=cmd_init)
    sub.add_parser("passwd", help="change your passphrase").set_defaults(func=cmd_passwd)
    sub.add_parser("recover", help="set a forgotten passphrase with the recovery key"
                   ).set_defaults(func=cmd_recover)
    p = sub.add_parser("wipe", help="emergency wipe: destroy keys and database")
    p.add_argument("--yes", action="store_true", help="confirm")
    p.set_defaults(func=cmd_wipe)
    sub.add_parser("remember", help="remember your key on this device (OS keyring)"
                   ).set_defaults(func=cmd_remember)
    sub.add_parser("forget", help="forget remembered keys on this device"
                   ).set_defaults(func=cmd_forget)
    sub.add_parser("rekey", help="replace the database key (old key file copies stop opening "
                   "the store)").set_defaults(func=cmd_rekey)

    p = sub.add_parser("user", help="staff with their own key slot on this device")
    us = p.add_subparsers(dest="user_command", required=True, parser_class=_Parser)
    q = us.add_parser("list")
    q.add_argument("--json", action="store_true")
    for name in ("add", "remove"):
        us.add_parser(name).add_argument("name")
    p.set_defaults(func=cmd_user, json=False)

    p = sub.add_parser("config", help="settings (language, idle lock, panic shortcut, ...)")
    cs = p.add_subparsers(dest="config_command", required=True, parser_class=_Parser)
    cs.add_parser("list")
    cs.add_parser("get").add_argument("key")
    q = cs.add_parser("set")
    q.add_argument("key")
    q.add_argument("value")
    p.set_defaults(func=cmd_config)

    p = sub.add_parser("audit", help="the hash-chained audit log")
    au = p.add_subparsers(dest="audit_command", required=True, parser_class=_Parser)
    au.add_parser("verify").add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_audit)

    p = sub.add_parser("vocab", help="controlled vocabularies")
    vs = p.add_subparsers(dest="vocab_command", required=True, parser_class=_Parser)
    q = vs.add_parser("list")
    q.add_argument("kind")
    q.add_argument("--country", help="ISO 3166-1 alpha-3 (for admin1)")
    q.add_argument("--lang", default="en", help="label language: en fr es ru ar zh")
    q.add_argument("--json", action="store_true")
    vs.add_parser("kinds").add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_vocab)

    p = sub.add_parser("incident", help="record and read incidents")
    inc = p.add_subparsers(dest="incident_command", required=True, parser_class=_Parser)
    q = inc.add_parser("add")
    q.add_argument("--file", required=True, help="incident JSON, - for stdin")
    q = inc.add_parser("edit")
    q.add_argument("id")
    q.add_argument("--file", required=True, help="fields to change, - for stdin")
    q = inc.add_parser("clear-summary", help="clear the summary for partners and the public "
                       "for release (by a user other than its author)")
    q.add_argument("id")
    for name in ("show", "history"):
        q = inc.add_parser(name)
        q.add_argument("id")
        q.add_argument("--json", action="store_true", help="(JSON is the only format)")
    q = inc.add_parser("list")
    q.add_argument("--json", action="store_true")
    q.add_argument("--from", dest="date_from", type=_date_arg)
    q.add_argument("--to", dest="date_to", type=_date_arg)
    for name in ("country", "admin1", "violation", "verification", "confidentiality", "status"):
        q.add_argument(f"--{name}")
    q.add_argument("--text", help="full-text search in title, narrative and place names")
    q.add_argument("--sort", default="occurred_from")
    q.add_argument("--ascending", action="store_true")
    q.add_argument("--limit", type=int)
    q.add_argument("--offset", type=int, default=0)
    p.set_defaults(func=cmd_incident)

    p = sub.add_parser("attachment", help="encrypted attachments and their chain of custody")
    at = p.add_subparsers(dest="attachment_command", required=True, parser_class=_Parser)
    q = at.add_parser("add")
    q.add_argument("incident")
    q.add_argument("file")
    q.add_argument("--captured-by")
    at.add_parser("list").add_argument("incident")
    q = at.add_parser("export", help="write a copy without metadata (EXIF, GPS, XMP, PDF "
                      "document information) to a new file")
    q.add_argument("id")
    q.add_argument("--out", required=True)
    q.add_argument("--original", action="store_true",
                   help="write the original as taken in, with its metadata (an evidence "
                   "handover, or a kind of file that cannot be cleaned)")
    at.add_parser("custody").add_argument("id")
    p.set_defaults(func=cmd_attachment)

    from app.cli_export import register as export_commands
    from app.cli_import import register as import_commands
    from app.cli_situations import register as situation_commands

    for register in (situation_commands, export_commands, import_commands, *extensions):
        register(sub)
    _add_common_to_leaves(parser)
    return parser


def _add_common(parser: argparse.ArgumentParser, default: Any = None) -> None:
    parser.add_argument("--data-dir", default=default, help="data directory (default: "
                        f"${paths.ENV_DATA_DIR} or the platform's user data directory)")
    parser.add_argument("--user", default=default,
                        help="which user's key slot to unlock (default: try each)")


def _add_common_to_leaves(parser: argparse.ArgumentParser) -> None:
    """Global options work before or after the command: `upfront incident list --user amina`."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        _add_common(parser, default=argparse.SUPPRESS)
    for action in subs:
        for child in set(action.choices.values()):
            _add_common_to_leaves(child)


def cmd_selftest(args: argparse.Namespace, checks: Sequence[selftest.Check]) -> int:
    """One line per check; exit 1 when any failed. `--unlock` opens the store (asking for
    the passphrase) so that the link to HQ is checked too."""
    directory = _data_dir(args)
    store = open_store(args) if args.unlock else None
    try:
        lines: list[dict] = []

        def report(result: selftest.Result) -> None:
            if args.json:
                lines.append({"check": result.name, "status": result.status.lower(),
                              "detail": result.detail, "seconds": round(result.seconds, 3)})
            else:
                print(result.line(), flush=True)

        outcome = selftest.run(checks, directory, store=store,
                               locked=store is None and Store.exists(directory), report=report)
    finally:
        if store is not None:
            store.close()
    if args.json:
        print(json.dumps({"version": versions(), "checks": lines,
                          "passed": not outcome.failed}, ensure_ascii=False, indent=2))
    else:
        print(outcome.summary())
    return 1 if outcome.failed else 0


def _register_selftest(sub: argparse._SubParsersAction,
                       checks: Sequence[selftest.Check]) -> None:
    p = sub.add_parser("selftest", help="check that this installation works (store, "
                       "cryptography, translations, fonts, reports, the link to HQ)")
    p.add_argument("--unlock", action="store_true",
                   help="unlock the store first, so that the link to HQ is checked too")
    p.add_argument("--json", action="store_true", help="the results as JSON")
    p.set_defaults(func=functools.partial(cmd_selftest, checks=list(checks)))


EXIT_BROKEN_PIPE = 128 + 13  # what a shell reports for a command ended by SIGPIPE


def _reader_went_away() -> int:
    """`upfront … | head`: the reader closed the pipe, which is not an error. Like other
    Unix tools, stop quietly and exit 141 (128 + SIGPIPE): whatever the command changed
    was committed before its output was written. What is still buffered goes nowhere, so
    that Python's flush at exit has nothing to complain about."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    return EXIT_BROKEN_PIPE


def main(
    argv: Sequence[str] | None = None,
    *,
    gui: Callable[[Path], int] | None = None,
    extensions: Sequence[Register] = (),
    checks: Sequence[selftest.Check] = (),
) -> int:
    """`checks`: the self-test's checks from the layers above this one (added to app's)."""
    os.umask(0o077)  # files Upfront creates (database, WAL, exports) are the user's alone
    all_checks = [*selftest.CHECKS, *checks]
    parser = build_parser([*extensions, functools.partial(_register_selftest,
                                                          checks=all_checks)])
    args = parser.parse_args(argv)
    if args.version:
        info = versions()
        print(f"upfront {info['upfront']} (schema {info['schema']}, SQLCipher {info['sqlcipher']})")
        return 0
    try:
        if args.command is None:
            if gui is None:
                parser.print_help()
                return 0
            return gui(_data_dir(args))
        code = int(args.func(args))
        sys.stdout.flush()  # a reader that went away shows here, not at the exit
        return code
    except BrokenPipeError:
        return _reader_went_away()
    except UpfrontError as err:
        print(f"upfront: error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("upfront: interrupted; nothing was half-written", file=sys.stderr)
        return 130
    except Exception as err:  # noqa: BLE001 - last line of defence: never leak values
        if os.environ.get(ENV_DEBUG):
            raise
        print(f"upfront: internal error ({type(err).__name__}); the command was rolled back. "
              f"Set {ENV_DEBUG}=1 to see details (they may include record data).",
              file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
