"""`upfront config|audit|vocab`: the settings, the check of the hash-chained audit log and
the controlled vocabularies: what an office administers rather than records."""

from __future__ import annotations

import argparse
import json

from app import audit
from app.cli.common import Parser, Subcommands, emit, open_store
from app.settings import SETTINGS, Settings
from app.vocab import vocabularies


def cmd_audit(args: argparse.Namespace) -> int:
    with open_store(args) as store, store.session() as session:
        count, problems = audit.verify(session)
    if args.json:
        emit(
            {
                "entries": count,
                "ok": not problems,
                "problems": [{"seq": p.seq, "reason": p.reason} for p in problems],
            }
        )
    else:
        for p in problems:
            print(f"entry {p.seq}: {p.reason}")
        print(
            f"audit log: {count} entries, "
            + ("intact" if not problems else f"{len(problems)} problem(s)")
        )
    return 0 if not problems else 1


def cmd_config(args: argparse.Namespace) -> int:
    settings = Settings()
    if args.config_command == "set":
        try:
            value = json.loads(args.value)
        except json.JSONDecodeError:
            value = args.value  # plain text needs no quotes: `config set language fr`
        settings.set(args.key, value)
    elif args.config_command == "get":
        emit(settings.get(args.key))
        return 0
    for key, value in settings.as_dict().items():
        print(f"{key} = {json.dumps(value)}\t# {SETTINGS[key].description}")
    return 0


def cmd_vocab(args: argparse.Namespace) -> int:
    vocab = vocabularies()
    if args.vocab_command == "kinds":
        emit(vocab.kinds()) if args.json else print("\n".join(vocab.kinds()))
        return 0
    terms = vocab.as_json(args.kind, country=args.country, lang=args.lang)
    if args.json:
        emit(terms)
    else:
        for term in terms:
            print(f"{term['code']}\t{term['label']}")
    return 0


def register(sub: Subcommands) -> None:
    p = sub.add_parser("config", help="settings (language, idle lock, panic shortcut, ...)")
    cs = p.add_subparsers(dest="config_command", required=True, parser_class=Parser)
    cs.add_parser("list")
    cs.add_parser("get").add_argument("key")
    q = cs.add_parser("set")
    q.add_argument("key")
    q.add_argument("value")
    p.set_defaults(func=cmd_config)

    p = sub.add_parser("audit", help="the hash-chained audit log")
    au = p.add_subparsers(dest="audit_command", required=True, parser_class=Parser)
    au.add_parser("verify").add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_audit)

    p = sub.add_parser("vocab", help="controlled vocabularies")
    vs = p.add_subparsers(dest="vocab_command", required=True, parser_class=Parser)
    q = vs.add_parser("list")
    q.add_argument("kind")
    q.add_argument("--country", help="ISO 3166-1 alpha-3 (for admin1)")
    q.add_argument("--lang", default="en", help="label language: en fr es ru ar zh")
    q.add_argument("--json", action="store_true")
    vs.add_parser("kinds").add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_vocab)
