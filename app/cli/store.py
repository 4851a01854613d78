"""`upfront init|passwd|recover|wipe|remember|forget|rekey|user`: the encrypted store itself,
who may open it and with which key."""

from __future__ import annotations

import argparse
import getpass

from app import audit, paths
from app import remember as remembering
from app.cli.common import (
    ENV_NEW_PASSPHRASE,
    ENV_PASSPHRASE,
    ENV_RECOVERY_KEY,
    Parser,
    Subcommands,
    ask_secret,
    data_dir,
    emit,
    guarded,
    open_store,
)
from app.cli.progress import terminal_progress
from app.errors import BadInput, UpfrontError
from app.store import Store
from app.wipe import wipe


def cmd_init(args: argparse.Namespace) -> int:
    directory = data_dir(args)
    user = args.user or getpass.getuser()
    passphrase = ask_secret(ENV_PASSPHRASE, f"New passphrase for {user}: ", confirm=True)
    store, recovery = Store.create(directory, user, passphrase)
    store.close()
    print(f"Created an encrypted store in {directory} for {user}.")
    print(
        "Recovery key (shown once: print it or write it down, and keep it apart from this "
        "computer):"
    )
    print(recovery)
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    directory = data_dir(args)
    store, old = guarded(
        directory,
        lambda: ask_secret(ENV_PASSPHRASE, "Current passphrase: "),
        lambda secret: Store.open(directory, secret, args.user),
    )
    try:
        new = ask_secret(ENV_NEW_PASSPHRASE, "New passphrase: ", confirm=True)
        store.change_passphrase(old, new)
    finally:
        store.close()
    print(f"Passphrase changed for {store.user}.")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    directory = data_dir(args)
    if not args.user:
        raise BadInput("--user", "name the user whose passphrase to reset")
    store, key = guarded(
        directory,
        lambda: ask_secret(ENV_RECOVERY_KEY, "Recovery key: "),
        lambda secret: Store.open_with_recovery(directory, secret),
    )
    store.close()
    new = ask_secret(ENV_NEW_PASSPHRASE, f"New passphrase for {args.user}: ", confirm=True)
    Store.load_keys(directory).reset_with_recovery(key, args.user, new)
    print(f"Passphrase set for {args.user} with the recovery key.")
    return 0


def cmd_user(args: argparse.Namespace) -> int:
    directory = data_dir(args)
    if args.user_command == "list":
        emit(Store.users(directory)) if args.json else print("\n".join(Store.users(directory)))
        return 0
    with open_store(args) as store:
        if args.user_command == "add":
            new = ask_secret(ENV_NEW_PASSPHRASE, f"Passphrase for {args.name}: ", confirm=True)
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
    return ask_secret(ENV_RECOVERY_KEY, "Recovery key (needed once, to convert its slot): ")


def cmd_rekey(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        recovery_key = _recovery_if_needed(store)
        with terminal_progress() as progress:
            store.rekey(recovery_key=recovery_key, progress=progress)
        with store.transaction() as session:
            audit.append(session, store.user, "store.rekey", "store", store.store_id)
    print(
        "Database key replaced; every user's passphrase and the recovery key open the store "
        "as before. Copies of keys.json taken before no longer open it."
    )
    return 0


def cmd_remember(args: argparse.Namespace) -> int:
    directory = data_dir(args)
    if not remembering.available():
        raise UpfrontError(
            "this system offers no OS keyring, so Upfront cannot remember you "
            "here; keep using your passphrase"
        )
    store, _secret = guarded(
        directory,
        lambda: ask_secret(ENV_PASSPHRASE, "Passphrase: "),
        lambda secret: Store.open_and_remember(directory, secret, args.user),
    )
    store.close()
    print(f"{store.user} is remembered on this device (OS keyring).")
    return 0


def cmd_forget(args: argparse.Namespace) -> int:
    keys = Store.load_keys(data_dir(args))
    for slot in keys.slots:
        if args.user is None or slot.label.casefold() == args.user.casefold():
            remembering.forget(keys.store_id, slot.id)
    print("Forgotten on this device.")
    return 0


def cmd_wipe(args: argparse.Namespace) -> int:
    if not args.yes:
        raise BadInput("--yes", "wipe destroys every record in this store for good; add --yes")
    removed = wipe(paths.data_dir(args.data_dir))  # unchecked: an emergency wipe never waits
    print(f"Wiped: {len(removed)} file(s) destroyed." if removed else "Nothing to wipe.")
    return 0


def register(sub: Subcommands) -> None:
    sub.add_parser("init", help="create the encrypted store").set_defaults(func=cmd_init)
    sub.add_parser("passwd", help="change your passphrase").set_defaults(func=cmd_passwd)
    sub.add_parser("recover", help="set a forgotten passphrase with the recovery key").set_defaults(
        func=cmd_recover
    )
    p = sub.add_parser("wipe", help="emergency wipe: destroy keys and database")
    p.add_argument("--yes", action="store_true", help="confirm")
    p.set_defaults(func=cmd_wipe)
    sub.add_parser("remember", help="remember your key on this device (OS keyring)").set_defaults(
        func=cmd_remember
    )
    sub.add_parser("forget", help="forget remembered keys on this device").set_defaults(
        func=cmd_forget
    )
    sub.add_parser(
        "rekey", help="replace the database key (old key file copies stop opening the store)"
    ).set_defaults(func=cmd_rekey)

    p = sub.add_parser("user", help="staff with their own key slot on this device")
    us = p.add_subparsers(dest="user_command", required=True, parser_class=Parser)
    q = us.add_parser("list")
    q.add_argument("--json", action="store_true")
    for name in ("add", "remove"):
        us.add_parser(name).add_argument("name")
    p.set_defaults(func=cmd_user, json=False)
