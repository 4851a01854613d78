"""What an output for an audience leaves out, and why: one count that reports (`app.reports`)
and exports (`app.exchange.export`) both print, so that "0 incidents" never stands alone.

The incidents of a period and scope are split by the rules of `app.redaction`
(`Audience.record_rules`, the conditions of `Audience.record_filter`), each counted under the
first reason that applies, in this fixed order:

1. `draft`: still a draft (outside internal outputs, drafts go nowhere);
2. `confidentiality`: marked more confidential than the audience (an `internal` record in a
   `un` report; `internal` or `un` in a partners one);
3. `not_facts`: found false or rejected (left out of every report; internal exports keep them);

and what is left is `included`. So `included + draft + confidentiality + not_facts == total`.

`no_summary` counts, among the *included*, the incidents whose account goes out without a text:
outside the UN an incident is told only by a summary a second user cleared for partners and the
public, so one with none is counted in the figures but printed without its account. It is
counted only where an output prints accounts (reports for partners and the public); exports for
them are counts only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, case, func, literal, select
from sqlalchemy.orm import Session

from app.models import Incident
from app.redaction import Audience

REASONS = ("draft", "confidentiality", "not_facts")
CHUNK = 500


@dataclass(frozen=True)
class LeftOut:
    """The incidents of an output's period and scope: how many it includes, and how many it
    leaves out by reason (see the module's text)."""

    total: int = 0
    included: int = 0
    draft: int = 0
    confidentiality: int = 0
    not_facts: int = 0
    no_summary: int = 0  # of the included: counted, told without an account

    @property
    def left_out(self) -> int:
        return self.draft + self.confidentiality + self.not_facts

    @property
    def nothing(self) -> bool:
        """Nothing left out at all: every incident in, each with its account."""
        return self.left_out == 0 and self.no_summary == 0

    def as_dict(self) -> dict[str, int]:
        return {
            "total": self.total,
            "included": self.included,
            "left_out": self.left_out,
            "draft": self.draft,
            "confidentiality": self.confidentiality,
            "not_facts": self.not_facts,
            "no_summary": self.no_summary,
        }

    def line(self, audience: str) -> str:
        """One line for a command's output (English, like the rest of the CLI's lines)."""
        if self.nothing:
            return f"left out: nothing ({self.included} of {self.total} incident(s) included)"
        out = (
            f"left out: {self.draft} draft(s), {self.confidentiality} too confidential for "
            f"{audience}, {self.not_facts} rejected or found false"
        )
        if self.no_summary:
            out += f", {self.no_summary} without a cleared summary (counted, account not printed)"
        return out + f" ({self.included} of {self.total} incident(s) included)"


def left_out(
    session: Session,
    audience: Audience,
    *,
    ids: list[str] | None = None,
    country: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    keep_not_facts: bool = False,
    summaries: bool = False,
) -> LeftOut:
    """Count the incidents of a scope (`ids`, a situation's; or a `country`; or the whole
    store) and period (an incident counts when its dates overlap it, as reports and exports
    select) by what `audience`'s record filter does with them. `keep_not_facts` as
    `Audience.record_filter` takes it; `summaries`: count the included without a cleared
    summary (outside the UN only)."""
    rules = audience.record_rules(keep_not_facts=keep_not_facts)
    if summaries and not audience.within_un:
        cleared = and_(
            func.coalesce(Incident.public_summary, "") != "",
            func.coalesce(Incident.public_summary_cleared_by, "") != "",
        )
        told: Any = case((cleared, "included"), else_="no_summary")
    else:
        told = literal("included")
    reason = case(*[(~cond, name) for name, cond in rules], else_=told)
    where = []
    if country is not None:
        where.append(Incident.country == country)
    if date_to is not None:
        where.append(Incident.occurred_from <= date_to)
    if date_from is not None:
        where.append(func.coalesce(Incident.occurred_to, Incident.occurred_from) >= date_from)
    counts: dict[str, int] = dict.fromkeys((*REASONS, "included", "no_summary"), 0)
    chunks: list[list[str] | None] = (
        [None] if ids is None else [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]
    )
    for chunk in chunks:
        conds = list(where)
        if chunk is not None:
            conds.append(Incident.id.in_(chunk))
        q = select(reason.label("reason"), func.count()).where(*conds).group_by(reason)
        for name, n in session.execute(q):
            counts[name] += n
    included = counts["included"] + counts["no_summary"]
    return LeftOut(
        total=included + sum(counts[r] for r in REASONS),
        included=included,
        draft=counts["draft"],
        confidentiality=counts["confidentiality"],
        not_facts=counts["not_facts"],
        no_summary=counts["no_summary"],
    )
