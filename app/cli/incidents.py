"""`upfront incident add|edit|clear-summary|show|history|list`: recording and reading
incidents from scripts."""

from __future__ import annotations

import argparse

from app import places
from app.attachments import Attachments
from app.cli.common import Parser, Subcommands, date_arg, emit, open_store, read_json
from app.incident_queries import IncidentQuery
from app.incidents import Incidents


def cmd_incident(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        incidents = Incidents(store)
        command = args.incident_command
        if command == "add":
            print(incidents.add(read_json(args.file)))
        elif command == "edit":
            doc = incidents.edit(args.id, read_json(args.file))
            print(f"{doc['id']} revision {doc['revision']}")
        elif command == "clear-summary":
            doc = incidents.clear_summary(args.id)
            summary = doc["public_summary"]
            alone = " by its author alone (single-user office)" if summary["single_user"] else ""
            print(
                f"{doc['id']} revision {doc['revision']}: summary for partners and the "
                f"public cleared by {summary['cleared_by']}{alone}"
            )
        elif command == "show":
            doc = incidents.view(args.id)
            doc["attachments"] = Attachments(store).list(args.id)
            emit(doc)
        elif command == "history":
            emit(incidents.history(args.id))
        elif command == "unresolved":
            rows = incidents.list(IncidentQuery(unresolved=True, sort="country", limit=None))
            if args.json:
                emit(rows)
            else:
                for r in rows:
                    where = " / ".join(x for x in (r["admin1"], r["admin2"]) if x)
                    flag = "  (marked not in the gazetteer)" if r["not_in_gazetteer"] else ""
                    print(f"{r['id']}  {r['country']}  {where}{flag}")
                print(f"{len(rows)} incidents with a place the gazetteer does not know")
        elif command == "list":
            country = places.country(args.country, "--country") if args.country else None
            query = IncidentQuery(
                date_from=args.date_from,
                date_to=args.date_to,
                country=country,
                admin1=places.region(country, args.admin1, "--admin1") if args.admin1 else None,
                violation=args.violation,
                verification=args.verification,
                confidentiality=args.confidentiality,
                status=args.status,
                text=args.text,
                sort=args.sort,
                descending=not args.ascending,
                limit=args.limit,
                offset=args.offset,
            )
            rows = incidents.list(query)
            if args.json:
                emit(rows)
            else:
                for r in rows:
                    print(
                        f"{r['id']}  {r['occurred_from']:<10}  {r['country']}  "
                        f"{','.join(r['violations']):<24}  {r['title']}"
                    )
    return 0


def register(sub: Subcommands) -> None:
    p = sub.add_parser("incident", help="record and read incidents")
    inc = p.add_subparsers(dest="incident_command", required=True, parser_class=Parser)
    q = inc.add_parser("add")
    q.add_argument("--file", required=True, help="incident JSON, - for stdin")
    q = inc.add_parser("edit")
    q.add_argument("id")
    q.add_argument("--file", required=True, help="fields to change, - for stdin")
    q = inc.add_parser(
        "clear-summary",
        help="clear the summary for partners and the public "
        "for release (by a user other than its author)",
    )
    q.add_argument("id")
    for name in ("show", "history"):
        q = inc.add_parser(name)
        q.add_argument("id")
        q.add_argument("--json", action="store_true", help="(JSON is the only format)")
    q = inc.add_parser(
        "unresolved",
        help="list the incidents whose admin 1 or admin 2 the gazetteer does not know "
        "(kept as typed), to resolve them",
    )
    q.add_argument("--json", action="store_true")
    q = inc.add_parser("list")
    q.add_argument("--json", action="store_true")
    q.add_argument("--from", dest="date_from", type=date_arg)
    q.add_argument("--to", dest="date_to", type=date_arg)
    q.add_argument("--country", help="ISO 3166-1 code or name (Syria, SYR, SY, Syrie...)")
    q.add_argument("--admin1", help="P-code, ISO 3166-2 code or name, in any spelling")
    for name in ("violation", "verification", "confidentiality", "status"):
        q.add_argument(f"--{name}")
    q.add_argument("--text", help="full-text search in title, narrative and place names")
    q.add_argument("--sort", default="occurred_from")
    q.add_argument("--ascending", action="store_true")
    q.add_argument("--limit", type=int)
    q.add_argument("--offset", type=int, default=0)
    p.set_defaults(func=cmd_incident)
