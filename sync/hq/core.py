"""What every room of HQ works on: the database engine, HQ's keys, the vault that seals record
content at rest, the schema it takes and the record validator. The rooms (enrollment, exchange,
ingest, merge, files, pull) take an `HQCore`; the facade `sync.hq.service.HQ` is one, with a
method for each piece of work, so no room needs the facade that calls it.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.schema.incident import Validator
from app.schema.revision import schema_number
from app.vocab import vocabularies
from sync.hq.keys import HQKeys
from sync.hq.vault import Vault


class HQCore:
    def __init__(self, engine: Engine, keys: HQKeys, vault: Vault) -> None:
        self.engine = engine
        self.keys = keys
        self.vault = vault  # seals record content at rest (sync.hq.vault)
        self.schema = schema_number()
        self.validator = Validator(vocabularies(), today=date.max, places_as_given=True)

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)
