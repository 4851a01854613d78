"""`upfront selftest`: can this installation do its work? One line per check, for a field
officer with no IT staff: the encrypted store, the cryptography, the resources it ships and
(from the layers that own them) translations, fonts, report rendering, and the link to HQ.

A check is a name and a function that returns what it found (a short line) or raises:
`Skipped` when it does not apply here, anything else when it failed. Checks work on scratch
data only, in a temporary folder made for the run and removed after it; none reads, prints
or changes the officer's records. The composition root (ui/main.py) adds the checks of the
desktop and sync layers; `app` knows none of them.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import UpfrontError

# a record no real store holds: the store check looks for it in the files it wrote
MARKER = "Upfront self-test record 7f3c"


class Skipped(Exception):  # a check's outcome, not an error
    """The check does not apply here (and says why)."""


@dataclass
class Context:
    """What checks may use: the data folder (looked at, never written), an unlocked store
    when the person has one open (the desktop, or `selftest --unlock`), and a scratch
    folder of the run's own."""

    data_dir: Path
    scratch: Path
    store: object | None = None  # app.store.Store; typed loosely to keep this module light
    locked: bool = False  # a store exists here but was not unlocked for the run


@dataclass(frozen=True)
class Check:
    """`main_thread`: the check draws or loads fonts through Qt, so the desktop runs it on
    the GUI thread (the others go to the store worker)."""

    name: str
    run: Callable[[Context], str]
    main_thread: bool = False


@dataclass(frozen=True)
class Result:
    name: str
    status: str  # "ok", "FAIL" or "skip"
    detail: str
    seconds: float = 0.0

    def line(self) -> str:
        return f"{self.status:<4}  {self.name}: {self.detail}"


@dataclass
class Outcome:
    results: list[Result] = field(default_factory=list)

    @property
    def failed(self) -> list[Result]:
        return [r for r in self.results if r.status == "FAIL"]

    def summary(self) -> str:
        passed = sum(r.status == "ok" for r in self.results)
        skipped = sum(r.status == "skip" for r in self.results)
        text = f"selftest: {passed} of {len(self.results)} checks passed"
        if self.failed:
            text += f", {len(self.failed)} failed"
        if skipped:
            text += f", {skipped} skipped"
        return text


def _reason(err: BaseException) -> str:
    """What went wrong, in one line. Checks touch scratch data only, so a message holds no
    record; it is still cut short, and the type is named when the message is empty."""
    if isinstance(err, UpfrontError | AssertionError) and str(err):
        text = str(err)
    else:
        text = f"{type(err).__name__}: {err}" if str(err) else type(err).__name__
    text = " ".join(text.split())
    return text if len(text) <= 300 else text[:299] + "…"


class Runner:
    """One run: a scratch folder for its checks, removed when the run ends (`with`)."""

    def __init__(
        self, data_dir: Path, *, store: object | None = None, locked: bool = False
    ) -> None:
        self._scratch = tempfile.TemporaryDirectory(
            prefix="upfront-selftest-", ignore_cleanup_errors=True
        )
        self.context = Context(Path(data_dir), Path(self._scratch.name), store, locked)

    def __enter__(self) -> Runner:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._scratch.cleanup()

    def run(self, check: Check) -> Result:
        """One check on its own: one that fails does not stop the others."""
        start = time.perf_counter()
        try:
            with quiet_logs():
                status, detail = "ok", check.run(self.context)
        except Skipped as skip:
            status, detail = "skip", str(skip)
        except Exception as err:  # a failed check is a result, not a crash
            status, detail = "FAIL", _reason(err)
        return Result(check.name, status, detail, time.perf_counter() - start)


def run(
    checks: Sequence[Check],
    data_dir: Path,
    *,
    store: object | None = None,
    locked: bool = False,
    report: Callable[[Result], None] | None = None,
) -> Outcome:
    """Every check in order, `report` told of each result as it comes."""
    outcome = Outcome()
    with Runner(data_dir, store=store, locked=locked) as runner:
        for check in checks:
            result = runner.run(check)
            outcome.results.append(result)
            if report is not None:
                report(result)
    return outcome


# ---- the checks of this layer ---------------------------------------------------------------
def check_crypto(_ctx: Context) -> str:
    """Each primitive against a published test vector: a broken or mismatched OpenSSL build
    fails here, not on the officer's first record."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric import ed25519, x25519
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    h = bytes.fromhex
    assert hashlib.sha256(b"abc").hexdigest() == (
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    ), "SHA-256 is wrong"
    # RFC 9106, 5.3
    tag = Argon2id(
        salt=b"\x02" * 16,
        length=32,
        iterations=3,
        lanes=4,
        memory_cost=32,
        ad=b"\x04" * 12,
        secret=b"\x03" * 8,
    ).derive(b"\x01" * 32)
    assert tag == h("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"), (
        "Argon2id does not match RFC 9106"
    )
    # NIST GCM test case 14 (AES-256, zero key, IV and block), and a forged tag refused
    gcm = AESGCM(bytes(32))
    sealed = gcm.encrypt(bytes(12), bytes(16), None)
    assert sealed == h("cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919"), (
        "AES-256-GCM does not match NIST's test case"
    )
    try:
        gcm.decrypt(bytes(12), sealed[:-1] + bytes([sealed[-1] ^ 1]), None)
    except InvalidTag:
        pass
    else:
        raise AssertionError("AES-256-GCM accepted a forged tag")
    # RFC 8032, 7.1 test 1
    signer = ed25519.Ed25519PrivateKey.from_private_bytes(
        h("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
    )
    assert signer.sign(b"") == h(
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e3"
        "9701cf9b46bd25bf5f0595bbe24655141438e7a100b"
    ), "Ed25519 does not match RFC 8032"
    # RFC 7748, 6.1
    alice = x25519.X25519PrivateKey.from_private_bytes(
        h("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")
    )
    bob = x25519.X25519PublicKey.from_public_bytes(
        h("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f")
    )
    assert alice.exchange(bob) == h(
        "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742"
    ), "X25519 does not match RFC 7748"
    from cryptography.hazmat.backends.openssl import backend

    return (
        f"SHA-256, Argon2id, AES-256-GCM, Ed25519 and X25519 match their published test "
        f"vectors ({backend.openssl_version_text()})"
    )


def check_store(ctx: Context) -> str:
    """A scratch store made as `upfront init` makes one (real Argon2id cost), a record
    written, the store locked and unlocked again, the record read back; a wrong passphrase
    refused; and the record's text in none of the files on disk."""
    from app.errors import WrongPassphrase
    from app.incidents import Incidents
    from app.store import Store

    folder = ctx.scratch / "store"
    passphrase = os.urandom(12).hex()
    store, _recovery = Store.create(folder, "selftest", passphrase)
    try:
        record = Incidents(store).add(
            {
                "title": MARKER,
                "occurred_from": "2026-01-01",
                "location": {"country": "CHE"},
                "narrative": f"{MARKER}: written and read back by the self-test.",
            }
        )
        cipher = store.cipher_version()
    finally:
        store.close()
    try:
        Store.open(folder, passphrase + "x").close()
    except WrongPassphrase:
        pass
    else:
        raise AssertionError("a wrong passphrase opened the scratch store")
    with Store.open(folder, passphrase) as store:
        back = Incidents(store).get(record)
        schema = store.schema_revision()
    assert back["title"] == MARKER, "the record read back is not the one written"
    needle = MARKER.encode()
    for path in folder.iterdir():
        if path.is_file() and needle in path.read_bytes():
            raise AssertionError(f"the record's text is readable in {path.name}")
    return (
        f"an encrypted store was made, locked, unlocked and read back (SQLCipher "
        f"{cipher}, schema {schema}); a wrong passphrase was refused"
    )


def check_resources(ctx: Context) -> str:
    """What the program ships as data: vocabularies, the risk framework, report template,
    starter import mapping, map boundaries, the gazetteer; and libhxl reading a small HXL
    table of made-up figures (it is imported lazily, so a build that left it or its data out
    would otherwise show only at a person's first import). A partial copy or a broken
    installer shows here."""
    from app import boundaries
    from app.exchange import load_mapping
    from app.gazetteer import gazetteer
    from app.humanitarian import check_file
    from app.places import country
    from app.reports import load_template
    from app.vocab import vocabularies

    vocab = vocabularies()
    kinds = vocab.kinds()
    for kind in ("violation", "country", "risk-factor"):
        assert kind in kinds and vocab.terms(kind), f"the {kind} vocabulary is missing"
    factors = len(vocab.terms("risk-factor"))
    assert factors == 14, f"{factors} risk factors instead of the Framework's 14"
    assert vocab.terms("violation")[0].label("ar") != vocab.terms("violation")[0].label("en"), (
        "the vocabularies' translations are missing"
    )
    load_template()
    load_mapping("kobo")
    syria = boundaries.country_shape("SYR")
    assert syria is not None and boundaries.admin1_shapes("SYR"), "the map boundaries are missing"
    places = gazetteer()
    aleppo = places.unit("SY02")
    assert aleppo is not None and aleppo.iso == "SY-HL", "the gazetteer or its crosswalk is missing"
    assert places.find("SYR", "Deraa"), "the gazetteer's aliases are missing"
    assert country("Syrie", "country") == "SYR", "the country names are missing"
    sample = ctx.scratch / "selftest-hxl.csv"
    sample.write_text(
        "Date,P-code,IDPs\n#date,#adm1+code,#affected+idps\n2026-01-05,SY02,100\n",
        encoding="utf-8",
    )
    figures = check_file(sample)[1]
    assert [(f["place"], f["measure"], f["value"]) for f in figures] == [
        ("SY02", "#affected+idps", 100.0)
    ], "libhxl does not read HXL"
    return (
        f"{len(kinds)} vocabularies in six languages, the 14 risk factors, the report "
        f"template, the KoboToolbox mapping, the map boundaries, the gazetteer of "
        f"{len(places.units):,} P-codes and libhxl"
    )


def check_data_folder(ctx: Context) -> str:
    """Where the records live: present or not yet, and readable by this user alone."""
    from app.paths import db_path, keyfile_path
    from app.store import Store

    folder = ctx.data_dir
    if not Store.exists(folder):
        if folder.exists() and not os.access(folder, os.W_OK):
            raise AssertionError(f"{folder} cannot be written by this user")
        return f"no store yet in {folder}"
    loose = []
    if sys.platform != "win32":  # Windows keeps per-user folders private by their ACLs
        for path in (keyfile_path(folder), db_path(folder)):
            if path.exists() and path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
                loose.append(path.name)
    if loose:
        raise AssertionError(
            f"{', '.join(loose)} can be read by other users of this "
            f"computer; run: chmod 600 {folder}/*"
        )
    users = Store.users(folder)
    return f"a store in {folder}, readable by this user alone, with {len(users)} key slot(s)"


CHECKS: list[Check] = [
    Check("crypto", check_crypto),
    Check("store", check_store),
    Check("resources", check_resources),
    Check("data folder", check_data_folder),
]


@contextlib.contextmanager
def quiet_logs() -> Iterator[None]:
    """Alembic announces each migration of the scratch store; the run prints only its lines."""
    import logging

    previous = logging.root.manager.disable
    logging.disable(logging.INFO)
    try:
        yield
    finally:
        logging.disable(previous)
