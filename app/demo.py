"""The sample store (`upfront demo`, and the first-run dialog's "Look around with sample data"):
a store of its own, in a folder of its own, filled with realistic and plainly fictitious
incidents, situations of concern, risk assessments and a strategy, so that a newcomer sees every
page at work.

Everything is made through the services a person's work goes through (app.incidents,
app.situations), so the sample is valid by the application's own rules. The content is the same
for the same seed and day (`sample_content`); only ids and timestamps differ between stores.

A sample store is marked in its store_meta (`SAMPLE_KEY`), set before any content goes in. It
refuses to enrol with HQ or to exchange bundles (`refuse_if_sample`, called by sync), and it is
never made in a folder that holds a real store.

Its passphrase is fixed and printed (`SAMPLE_PASSPHRASE`): the store holds nothing but the
fictitious sample, and the first-run dialog must reopen it without asking. For the same reason
its key derivation is cheap: a passphrase everyone knows gains nothing from a slow one. A
person who types real records into it is warned by the window's banner, and those records can
never leave it for HQ.
"""

from __future__ import annotations

import contextlib
import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app import audit, keyfile
from app.errors import BadInput, UpfrontError, WrongPassphrase
from app.incidents import Incidents
from app.models import StoreMeta
from app.situations import Situations
from app.store import Store
from app.wipe import wipe

SAMPLE_KEY = "sample_store"  # store_meta: present (value "1") in a sample store only
SAMPLE_PASSPHRASE = "sample data only"
# a fictitious officer: staff are unnamed to other audiences, and every distinctive word of a
# withheld name is left out of their texts, so the user's name shares no word with the texts
# (it was "Sample Officer", which cut the "[SAMPLE]" mark out of every UN output)
SAMPLE_USER = "Mira Lindqvist"
OLD_SAMPLE_USERS = ("Sample Officer",)  # sample stores made before: still opened as samples
SAMPLE_KDF = keyfile.KdfParams(iterations=1, lanes=1, memory_cost=8 * 1024)
SAMPLE_FOLDER_SUFFIX = "-sample"
MARK = "[SAMPLE]"  # in every title and narrative, in every language
DEFAULT_SEED = 17


class SampleStoreRefused(UpfrontError):
    """What a sample store may not do (enrol with HQ, exchange bundles), or a folder a sample
    store may not be made in. Bad input: exit 2."""

    exit_code = 2


# ---- the flag -------------------------------------------------------------------------------
def is_sample(store: Store) -> bool:
    with store.session() as session:
        return session.scalar(select(StoreMeta.value).where(StoreMeta.key == SAMPLE_KEY)) == "1"


def refuse_if_sample(store: Store, what: str) -> None:
    """Raise SampleStoreRefused when `store` is a sample store; `what` is the refused act
    ("enrol with HQ", "export a sync bundle"…)."""
    if is_sample(store):
        raise SampleStoreRefused(
            f"this is a sample store of fictitious records; it cannot {what}. "
            "Create a real store to enrol",
            hint="`upfront init` creates one",
        )


def _mark(store: Store) -> None:
    with store.transaction() as session:
        session.merge(StoreMeta(key=SAMPLE_KEY, value="1"))
        audit.append(session, store.user, "store.sample", "store", store.store_id)


# ---- where it lives ---------------------------------------------------------------------------
def default_dir(real_dir: Path) -> Path:
    """The sample store's folder: beside the real data folder, never inside it."""
    return real_dir.with_name(real_dir.name + SAMPLE_FOLDER_SUFFIX)


def open_existing(directory: Path) -> Store:
    """The sample store already in `directory`; SampleStoreRefused when the folder holds a
    real store (one the sample passphrase does not open, or that lacks the mark)."""
    real = SampleStoreRefused(
        f"{directory} holds a real store, not a sample one; a sample store is never made "
        "there. Choose another folder with --data-dir"
    )
    try:
        users = Store.users(directory)
    except UpfrontError:
        raise real from None
    if len(users) != 1 or users[0] not in (SAMPLE_USER, *OLD_SAMPLE_USERS):
        raise real
    try:
        store = Store.open(directory, SAMPLE_PASSPHRASE, users[0])
    except WrongPassphrase:
        raise real from None
    if not is_sample(store):
        store.close()
        raise real
    return store


def open_or_create(
    directory: Path, *, seed: int = DEFAULT_SEED, today: date | None = None
) -> tuple[Store, bool]:
    """The sample store in `directory`, made and filled if the folder holds none. Returns it
    and whether it was made now."""
    if Store.exists(directory):
        return open_existing(directory), False
    return create(directory, seed=seed, today=today), True


def create(directory: Path, *, seed: int = DEFAULT_SEED, today: date | None = None) -> Store:
    """A new sample store in `directory` (which must hold no store), marked, then filled.
    If filling fails, the half-made store is wiped: nothing else was ever in it."""
    if Store.exists(directory):
        raise SampleStoreRefused(f"{directory} already holds a store")
    store, _recovery = Store.create(directory, SAMPLE_USER, SAMPLE_PASSPHRASE, kdf=SAMPLE_KDF)
    try:
        _mark(store)
        fill(store, sample_content(seed, today or datetime.now(UTC).date()))
    except BaseException:
        with contextlib.suppress(Exception):
            store.close()
        wipe(directory)
        raise
    return store


# ---- the content ----------------------------------------------------------------------------
@dataclass
class SampleSituation:
    doc: dict[str, Any]
    assessments: list[dict[str, Any]] = field(default_factory=list)
    strategy: dict[str, Any] | None = None
    evidence_country: str = ""
    coordination: dict[str, Any] | None = None  # `_coordination`: review, engagements, guidance


@dataclass
class SampleContent:
    incidents: list[dict[str, Any]]
    situations: list[SampleSituation]
    today: date | None = None


@dataclass(frozen=True)
class Region:
    pcode: str
    lat: float
    lon: float


COUNTRIES: dict[str, tuple[tuple[str, ...], tuple[Region, ...]]] = {
    # country: the languages its officers write in, and admin 1 units (OCHA P-codes)
    "SYR": (
        ("en", "ar"),
        (
            Region("SY02", 36.2, 37.15),  # Aleppo
            Region("SY07", 35.9, 36.6),  # Idleb
            Region("SY03", 33.5, 36.5),  # Rural Damascus
            Region("SY12", 32.7, 36.1),  # Dar'a
        ),
    ),
    "COD": (
        ("fr", "en"),
        (
            Region("CD61", -0.8, 29.2),  # Nord-Kivu
            Region("CD54", 1.6, 29.8),  # Ituri
            Region("CD62", -3.0, 28.3),  # Sud-Kivu
        ),
    ),
    "MMR": (
        ("en", "zh"),
        (
            Region("MMR012", 19.8, 93.9),  # Rakhine
            Region("MMR005", 23.0, 95.2),  # Sagaing
            Region("MMR001", 25.9, 97.4),  # Kachin
        ),
    ),
    "UKR": (
        ("ru", "en"),
        (
            Region("UA14", 48.0, 37.8),  # Donetska
            Region("UA63", 49.6, 36.5),  # Kharkivska
            Region("UA65", 46.6, 33.4),  # Khersonska
        ),
    ),
}
# how many incidents each country gets
SHARE = {"SYR": 34, "COD": 26, "MMR": 22, "UKR": 14}
# the rise no situation covers: Khersonska, shelling and attacks on hospitals, these many
# incidents in the last four weeks on top of its share (about one a month before)
SURGE = ("UKR", COUNTRIES["UKR"][1][2])
SURGE_COUNT = 12
SURGE_SCENARIOS = ["shelling", "hospital"]

NOTE = {
    "en": "Fictitious record made for training; no real person, place or event.",
    "fr": "Fiche fictive créée pour la formation ; aucune personne, aucun lieu ni événement réel.",
    "ar": "سجل وهمي أُعدّ للتدريب؛ لا يتعلق بأي شخص أو مكان أو حدث حقيقي.",
    "zh": "培训用虚构记录；不涉及任何真实人物、地点或事件。",
    "ru": "Вымышленная запись для обучения; реальных людей, мест и событий нет.",
}

# scenario: violations, perpetrators, and per language (title, narrative); {place}, {person},
# {witness} and {n} are filled in
SCENARIOS: dict[str, dict[str, Any]] = {
    "shelling": {
        "violations": ["killing", "attack_on_civilian_objects"],
        "perpetrators": ["state_armed_forces", "unidentified_armed_group"],
        "text": {
            "en": (
                "Shelling of the market in {place}",
                "{witness} saw shells land on the market in {place} at midday. {person} and "
                "{n} others were killed; stalls and a water point were destroyed.",
            ),
            "fr": (
                "Bombardement du marché de {place}",
                "{witness} a vu des obus tomber sur le marché de {place} vers midi. {person} et "
                "{n} autres personnes ont été tuées ; des étals et un point d'eau ont été "
                "détruits.",
            ),
            "ar": (
                "قصف السوق في {place}",
                "رأى {witness} قذائف تسقط على سوق {place} عند الظهر. قُتل {person} و{n} آخرون، "
                "ودُمّرت بسطات ونقطة مياه.",
            ),
            "zh": (
                "{place}市场遭炮击",
                "{witness}看到中午时分炮弹落在{place}市场。{person}和另外{n}人遇难，摊位和一处供水点被毁。",
            ),
            "ru": (
                "Обстрел рынка в {place}",
                "{witness} видел(а), как в полдень снаряды упали на рынок в {place}. Погибли "
                "{person} и ещё {n} человек; разрушены прилавки и водоразборный пункт.",
            ),
        },
    },
    "detention": {
        "violations": ["arbitrary_detention", "ill_treatment"],
        "perpetrators": ["intelligence_services", "police"],
        "text": {
            "en": (
                "Arbitrary detention of {n} men at a checkpoint near {place}",
                "{person} was taken from a bus at a checkpoint near {place} with {n} other "
                "men and held for eleven days without charge. {witness} reports beatings.",
            ),
            "fr": (
                "Détention arbitraire de {n} hommes à un barrage près de {place}",
                "{person} a été sorti d'un bus à un barrage près de {place} avec {n} autres "
                "hommes et détenu onze jours sans inculpation. {witness} signale des coups.",
            ),
            "ar": (
                "احتجاز تعسفي لـ{n} رجال عند حاجز قرب {place}",
                "أُنزل {person} من حافلة عند حاجز قرب {place} مع {n} رجال آخرين واحتُجز أحد عشر "
                "يوماً دون تهمة. يفيد {witness} بتعرضهم للضرب.",
            ),
            "zh": (
                "{place}附近检查站任意拘留{n}名男子",
                "{person}与另外{n}名男子在{place}附近的检查站被带下公交车，未经指控被关押十一天。{witness}报告有殴打行为。",
            ),
            "ru": (
                "Произвольное задержание {n} мужчин на блокпосту у {place}",
                "{person} и ещё {n} мужчин сняли с автобуса на блокпосту у {place} и "
                "одиннадцать дней держали без обвинения. {witness} сообщает об избиениях.",
            ),
        },
    },
    "displacement": {
        "violations": ["forced_displacement", "destruction_of_property"],
        "perpetrators": ["non_state_armed_group"],
        "text": {
            "en": (
                "Forced displacement from {place}",
                "Armed men ordered the families of {place} to leave within a day and burned "
                "homes. {witness} counted {n} households on the road; {person} lost a house.",
            ),
            "fr": (
                "Déplacement forcé depuis {place}",
                "Des hommes armés ont ordonné aux familles de {place} de partir sous un jour et "
                "ont brûlé des maisons. {witness} a compté {n} ménages sur la route ; {person} "
                "a perdu sa maison.",
            ),
            "ar": (
                "تهجير قسري من {place}",
                "أمر مسلحون عائلات {place} بالمغادرة خلال يوم وأحرقوا منازل. أحصى {witness} {n} "
                "أسرة على الطريق؛ وفقد {person} منزله.",
            ),
            "zh": (
                "{place}居民被强迫迁离",
                "武装人员命令{place}的家庭一天内离开并焚烧房屋。{witness}在路上数到{n}户人家；{person}失去了住所。",
            ),
            "ru": (
                "Принудительное перемещение из {place}",
                "Вооружённые люди приказали семьям {place} уйти за сутки и сожгли дома. "
                "{witness} насчитал(а) на дороге {n} семей; {person} лишился(ась) дома.",
            ),
        },
    },
    "school": {
        "violations": ["attack_on_schools", "maiming_injury"],
        "perpetrators": ["unidentified_armed_group"],
        "text": {
            "en": (
                "Attack on the primary school in {place}",
                "The primary school in {place} was hit during lessons. {n} children were "
                "injured, among them {person}; {witness} treated the wounded.",
            ),
            "fr": (
                "Attaque contre l'école primaire de {place}",
                "L'école primaire de {place} a été touchée pendant les cours. {n} enfants ont "
                "été blessés, dont {person} ; {witness} a soigné les blessés.",
            ),
            "ar": (
                "هجوم على المدرسة الابتدائية في {place}",
                "أصيبت المدرسة الابتدائية في {place} أثناء الدروس. جُرح {n} أطفال بينهم {person}؛ "
                "وعالج {witness} الجرحى.",
            ),
            "zh": (
                "{place}小学遭袭",
                "{place}小学在上课时被击中。{n}名儿童受伤，其中包括{person}；{witness}救治了伤者。",
            ),
            "ru": (
                "Нападение на начальную школу в {place}",
                "Начальную школу в {place} обстреляли во время уроков. Ранены {n} детей, среди "
                "них {person}; {witness} оказывал(а) помощь раненым.",
            ),
        },
    },
    "abduction": {
        "violations": ["abduction", "enforced_disappearance"],
        "perpetrators": ["non_state_armed_group", "criminal_group"],
        "text": {
            "en": (
                "Abduction of villagers near {place}",
                "{person} and {n} others were taken from their fields near {place}. Their "
                "families have had no news since; {witness} saw the vehicle.",
            ),
            "fr": (
                "Enlèvement de villageois près de {place}",
                "{person} et {n} autres personnes ont été enlevés dans leurs champs près de "
                "{place}. Les familles sont sans nouvelles ; {witness} a vu le véhicule.",
            ),
            "ar": (
                "اختطاف قرويين قرب {place}",
                "اختُطف {person} و{n} آخرون من حقولهم قرب {place}. لا أخبار لدى عائلاتهم منذ ذلك "
                "الحين؛ ورأى {witness} المركبة.",
            ),
            "zh": (
                "{place}附近村民遭绑架",
                "{person}和另外{n}人在{place}附近的田里被带走，家人至今没有消息；{witness}看到了那辆车。",
            ),
            "ru": (
                "Похищение жителей у {place}",
                "{person} и ещё {n} человек были уведены с полей у {place}. Семьи с тех пор "
                "ничего о них не знают; {witness} видел(а) машину.",
            ),
        },
    },
    "assembly": {
        "violations": ["restriction_of_assembly", "arbitrary_detention"],
        "perpetrators": ["police", "local_authorities"],
        "text": {
            "en": (
                "Peaceful gathering dispersed in {place}",
                "Police dispersed a peaceful gathering about water prices in {place} and "
                "arrested {n} people, {person} among them. {witness} filmed the arrests.",
            ),
            "fr": (
                "Rassemblement pacifique dispersé à {place}",
                "La police a dispersé un rassemblement pacifique sur le prix de l'eau à {place} "
                "et arrêté {n} personnes, dont {person}. {witness} a filmé les arrestations.",
            ),
            "ar": (
                "تفريق تجمع سلمي في {place}",
                "فرّقت الشرطة تجمعاً سلمياً بشأن أسعار المياه في {place} واعتقلت {n} أشخاص بينهم "
                "{person}. وصوّر {witness} الاعتقالات.",
            ),
            "zh": (
                "{place}和平集会被驱散",
                "警方驱散了{place}一场关于水价的和平集会，逮捕了{n}人，其中包括{person}。{witness}拍下了逮捕过程。",
            ),
            "ru": (
                "Разгон мирного собрания в {place}",
                "Полиция разогнала мирное собрание против цен на воду в {place} и задержала "
                "{n} человек, в том числе {person}. {witness} снял(а) задержания на видео.",
            ),
        },
    },
    "hospital": {
        "violations": ["attack_on_hospitals", "killing"],
        "perpetrators": ["state_armed_forces", "unidentified_armed_group"],
        "text": {
            "en": (
                "Strike on the health centre in {place}",
                "An air strike hit the health centre in {place} at night. {n} patients and "
                "staff were killed, among them {person}; {witness} is a nurse there.",
            ),
            "fr": (
                "Frappe contre le centre de santé de {place}",
                "Une frappe aérienne a touché de nuit le centre de santé de {place}. {n} "
                "patients et soignants ont été tués, dont {person} ; {witness} y est infirmier.",
            ),
            "ar": (
                "غارة على المركز الصحي في {place}",
                "أصابت غارة جوية المركز الصحي في {place} ليلاً. قُتل {n} من المرضى والعاملين بينهم "
                "{person}؛ و{witness} ممرض هناك.",
            ),
            "zh": (
                "{place}卫生中心遭空袭",
                "一次夜间空袭击中{place}卫生中心，{n}名病人和医护人员遇难，其中包括{person}；{witness}是那里的护士。",
            ),
            "ru": (
                "Удар по медпункту в {place}",
                "Ночной авиаудар пришёлся по медпункту в {place}. Погибли {n} пациентов и "
                "сотрудников, среди них {person}; {witness} работает там медсестрой.",
            ),
        },
    },
    "journalist": {
        "violations": ["attack_on_journalists", "ill_treatment"],
        "perpetrators": ["unknown", "pro_government_militia"],
        "text": {
            "en": (
                "Local journalist assaulted in {place}",
                "{person}, who reports for a community radio in {place}, was beaten by {n} men "
                "after a broadcast about the checkpoints. {witness} took {person} to hospital.",
            ),
            "fr": (
                "Journaliste local agressé à {place}",
                "{person}, qui travaille pour une radio communautaire de {place}, a été battu "
                "par {n} hommes après une émission sur les barrages. {witness} l'a conduit à "
                "l'hôpital.",
            ),
            "ar": (
                "الاعتداء على صحفي محلي في {place}",
                "تعرّض {person}، مراسل إذاعة مجتمعية في {place}، للضرب على يد {n} رجال بعد بثّ "
                "عن الحواجز. ونقله {witness} إلى المستشفى.",
            ),
            "zh": (
                "{place}当地记者遭殴打",
                "为{place}社区电台报道的{person}在播出有关检查站的节目后遭{n}名男子殴打。{witness}把{person}送往医院。",
            ),
            "ru": (
                "Нападение на местного журналиста в {place}",
                "{person}, корреспондент общинного радио в {place}, был(а) избит(а) {n} "
                "мужчинами после передачи о блокпостах. {witness} отвёз(ла) {person} в больницу.",
            ),
        },
    },
}
# which scenarios each country's incidents are drawn from, most common first
COUNTRY_SCENARIOS = {
    "SYR": ["shelling", "hospital", "detention", "displacement", "school", "journalist"],
    "COD": ["abduction", "displacement", "school", "shelling", "assembly"],
    "MMR": ["displacement", "detention", "shelling", "assembly", "journalist"],
    "UKR": ["shelling", "hospital", "detention", "abduction"],
}
PLACE = {
    "en": "Sample Village {k}",
    "fr": "Village-exemple {k}",
    "ar": "قرية نموذجية {k}",
    "zh": "示例村{k}",
    "ru": "Село-образец {k}",
}
WITNESS = {
    "en": "Sample Witness {k}",
    "fr": "Témoin fictif {k}",
    "ar": "شاهد نموذجي {k}",
    "zh": "示例证人{k}",
    "ru": "Свидетель-образец {k}",
}
STATUSES = (("draft", 22), ("submitted", 43), ("reviewed", 35))
CONFIDENTIALITY = (("internal", 35), ("un", 40), ("partners", 17), ("public", 8))
VERIFIED = ("reasonable_suspicion", "reasonable_grounds", "balance_of_probabilities")
UNVERIFIED = ("unverified", "pending")
CREDIBILITY = ("confirmed", "probably_true", "possibly_true", "cannot_be_judged")
SOURCES = (
    ("individual", "victim"),
    ("individual", "direct_witness"),
    ("community_leader", "indirect_witness"),
    ("ngo", "third_party"),
    ("media", "media"),
    ("un_entity", "third_party"),
    ("medical_record", "documentary"),
)
RELIABILITY = ("highly_reliable", "likely_reliable", "likely_reliable", "unsure")


def _pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([w[0] for w in weighted], weights=[w[1] for w in weighted])[0]


def _counts(rng: random.Random, total: int, children: bool) -> list[dict[str, Any]]:
    """Victims by sex and age, adding up to at most `total` (some stay unknown)."""
    groups = [("female", "adult"), ("male", "adult")]
    if children:
        groups += [("female", "child"), ("male", "child")]
    left = total - rng.randint(0, max(0, total // 4))  # some victims' sex or age unknown
    out = []
    for i, (sex, age) in enumerate(groups):
        n = left if i == len(groups) - 1 else rng.randint(0, left)
        left -= n
        if n:
            out.append({"sex": sex, "age_group": age, "count": n})
    return out


def _incident(
    rng: random.Random,
    number: int,
    country: str,
    today: date,
    recent: bool,
    *,
    surge: Region | None = None,
) -> dict[str, Any]:
    """One incident; with `surge`, one of the rise seeded there (`SURGE`): in the last four
    weeks, of its scenarios, reviewed and verified at reasonable grounds or above."""
    languages, regions = COUNTRIES[country]
    lang = rng.choice(languages)
    region = surge or rng.choice(regions[:2] if recent else regions)
    scenario_name = rng.choice(SURGE_SCENARIOS if surge else COUNTRY_SCENARIOS[country])
    scenario = SCENARIOS[scenario_name]
    status = "reviewed" if surge else _pick(rng, STATUSES)
    days_ago = (
        rng.randint(1, 26) if surge else rng.randint(1, 30) if recent else rng.randint(1, 180)
    )
    occurred = today - timedelta(days=days_ago)
    reported = min(today, occurred + timedelta(days=rng.randint(0, 6)))
    n = rng.randint(2, 9)
    person = f"Example Person {number}"
    words = {
        "place": PLACE[lang].format(k=rng.randint(1, 40)),
        "person": person,
        "witness": WITNESS[lang].format(k=number),
        "n": n,
    }
    title, story = scenario["text"][lang]
    children = scenario_name in {"school", "shelling", "hospital", "displacement"}
    violations: list[dict[str, Any]] = []
    if status != "draft" or rng.random() < 0.6:  # some drafts have no violation yet
        first, *rest = scenario["violations"]
        violations.append(
            {
                "type": first,
                "date": occurred.isoformat(),
                "victims_count": n + 1,
                "counts": _counts(rng, n + 1, children),
            }
        )
        violations += [{"type": t} for t in rest if rng.random() < 0.7]
    perpetrators = []
    if violations:
        category = rng.choice(scenario["perpetrators"])
        perpetrators.append(
            {
                "category": category,
                "name": f"Example Unit {rng.randint(1, 12)}" if category != "unknown" else None,
                "involvement": [
                    {"violation": i, "degree": "carried_out" if i == 0 else "unknown"}
                    for i in range(len(violations))
                ],
            }
        )
    sources = []
    for k in range(rng.randint(1, 3)):
        kind, connection = rng.choice(SOURCES)
        sources.append(
            {
                "type": kind,
                "connection": connection,
                "reliability": rng.choice(RELIABILITY),
                "name": f"Example Source {number}-{k + 1}" if kind == "individual" else None,
                "protected": kind == "individual",
                "consent": rng.choice(("un", "un", "partners", "none")),
                "information_date": reported.isoformat(),
                "language": lang,
            }
        )
    victims: list[dict[str, Any]] = [
        {
            "name": person,
            "sex": rng.choice(("female", "male")),
            "age_group": "child" if scenario_name == "school" else "adult",
            "protected": True,
            "consent": rng.choice(("un", "none", "partners")),
        }
    ]
    if rng.random() < 0.3:
        victims.append({"kind": "group", "name": f"Example Family {number}", "group_size": n})
    if status == "reviewed":
        verification = {
            "status": rng.choice(VERIFIED[1:] if surge else VERIFIED),
            "credibility": rng.choice(CREDIBILITY[:2]),
            "reviewer": "Example Reviewer",
            "date": min(today, reported + timedelta(days=rng.randint(1, 10))).isoformat(),
        }
    elif status == "submitted":
        verification = {"status": rng.choice(UNVERIFIED), "credibility": rng.choice(CREDIBILITY)}
    else:
        verification = {"status": "unverified"}
    confidentiality = _pick(rng, CONFIDENTIALITY)
    doc: dict[str, Any] = {
        "title": f"{MARK} {title.format(**words)}",
        "occurred_from": occurred.isoformat(),
        "date_reported": reported.isoformat(),
        "location": {
            "country": country,
            "admin1": region.pcode,
            "place": words["place"],
            "lat": round(region.lat + rng.uniform(-0.3, 0.3), 3),
            "lon": round(region.lon + rng.uniform(-0.3, 0.3), 3),
            "precision": rng.choice(("near", "region")),
        },
        "narrative": f"{MARK} {NOTE[lang]}\n\n{story.format(**words)}",
        "confidentiality": confidentiality,
        "status": status,
        "violations": violations,
        "victims": victims,
        "perpetrators": perpetrators,
        "sources": sources,
        "verification": verification,
    }
    if confidentiality == "public" and status == "reviewed":
        doc["public_summary"] = f"{MARK} {title.format(**words)} ({occurred:%B %Y})."
    return doc


FACTOR_CODES = (
    "rf01_armed_conflict",
    "rf02_record_of_violations",
    "rf03_weak_state_structures",
    "rf04_motives_or_incentives",
    "rf05_capacity_to_commit",
    "rf06_absence_of_mitigating_factors",
    "rf07_enabling_circumstances",
    "rf08_triggering_factors",
    "rf09_intergroup_tensions",
    "rf10_intent_to_destroy_group",
    "rf11_widespread_or_systematic_attack",
    "rf12_plan_or_policy_to_attack",
    "rf13_threats_to_ihl_protected",
    "rf14_threats_to_humanitarian_or_peacekeeping",
)
LEVELS = ("not_present", "low", "moderate", "high", "severe")


def _assessments(rng: random.Random, today: date, start: int, drift: int) -> list[dict[str, Any]]:
    """Three assessments of all 14 factors, about two months apart; `start` is the usual level
    (an index of LEVELS) and `drift` how it tends to move (-1 better, 0, +1 worse)."""
    levels = [min(4, max(0, start + rng.randint(-1, 1))) for _ in FACTOR_CODES]
    out = []
    for step, days_ago in enumerate((150, 90, 20)):
        if step:
            levels = [min(4, max(0, x + rng.choice((drift, drift, 0, 0, -drift)))) for x in levels]
        out.append(
            {
                "assessed_on": (today - timedelta(days=days_ago)).isoformat(),
                "summary": f"{MARK} Quarterly review by the sample country team.",
                "factors": [
                    {
                        "factor": code,
                        "level": LEVELS[level],
                        "rationale": f"{MARK} Based on the sample incidents of the period.",
                    }
                    for code, level in zip(FACTOR_CODES, levels, strict=True)
                ],
            }
        )
    return out


STRATEGY_TEXT = {
    "en": {
        "objectives": (
            "Protect civilians from attacks in the areas of concern",
            "Keep humanitarian access open",
            "Prepare accountability for the gravest violations",
        ),
        "note": "Strategy of the sample Syria team; every name in it is fictitious.",
        "actions": (
            "Démarche to the sample governor on the shelling of markets",
            "Monthly protection monitoring missions",
            "Negotiate access for aid convoys",
            "Regional consultation with neighbouring states on returns",
            "Brief the Security Council on the risk assessment",
            "Preserve evidence of attacks on schools and hospitals",
            "Livelihood support for displaced households",
        ),
        "owners": ("Sample Resident Coordinator", "Sample Human Rights Officer"),
    },
    "fr": {
        "objectives": (
            "Prévenir les enlèvements et protéger les déplacés",
            "Rétablir l'accès humanitaire aux zones touchées",
            "Préparer l'établissement des responsabilités",
        ),
        "note": "Stratégie de l'équipe fictive en RDC ; tous les noms sont inventés.",
        "actions": (
            "Démarche auprès du gouverneur fictif sur les enlèvements",
            "Missions mensuelles de suivi de la protection",
            "Négocier l'accès des convois d'aide",
            "Concertation régionale avec les États voisins sur les retours",
            "Informer le Conseil de sécurité de l'évaluation des risques",
            "Conserver les preuves des attaques contre les écoles",
            "Appui aux moyens de subsistance des ménages déplacés",
        ),
        "owners": ("Coordonnateur résident fictif", "Chargée des droits de l'homme fictive"),
    },
}


def _strategy(today: date, lang: str) -> dict[str, Any]:
    """A strategy of seven actions at country, regional and global level: some done, one
    blocked, two overdue (due before `today` and not done)."""
    text = STRATEGY_TEXT[lang]
    titles = [f"{MARK} {t}" for t in text["actions"]]

    def due(days: int) -> str:
        return (today + timedelta(days=days)).isoformat()

    return {
        "objectives": [f"{MARK} {o}" for o in text["objectives"]],
        "note": f"{MARK} {text['note']}",
        "actions": [
            {
                "title": titles[0],
                "objective": 0,
                "pillar": "political",
                "level": "country",
                "lead": "rco",
                "partners": ["ohchr"],
                "owner": text["owners"][0],
                "due": due(-21),
                "status": "under_way",  # overdue
                "indicators": ["Meeting held", "Follow-up letter sent"],
                "risk_factors": ["rf01_armed_conflict", "rf13_threats_to_ihl_protected"],
            },
            {
                "title": titles[1],
                "objective": 0,
                "pillar": "human_rights",
                "level": "country",
                "lead": "ohchr",
                "partners": ["unhcr", "unicef"],
                "owner": text["owners"][1],
                "due": due(45),
                "status": "under_way",
                "indicators": ["Missions carried out per month"],
            },
            {
                "title": titles[2],
                "objective": 1,
                "pillar": "humanitarian",
                "level": "country",
                "lead": "ocha",
                "partners": ["wfp"],
                "due": due(-5),
                "status": "blocked",
            },
            {
                "title": titles[3],
                "objective": 1,
                "pillar": "political",
                "level": "regional",
                "lead": "dppa",
                "partners": ["unhcr", "iom"],
                "due": due(-40),
                "status": "planned",  # overdue
            },
            {
                "title": titles[4],
                "objective": 2,
                "pillar": "political",
                "level": "global",
                "lead": "osapg",
                "partners": ["dppa", "ohchr"],
                "due": due(-60),
                "status": "done",
            },
            {
                "title": titles[5],
                "objective": 2,
                "pillar": "human_rights",
                "level": "global",
                "lead": "ohchr",
                "due": due(90),
                "status": "planned",
                "risk_factors": ["rf11_widespread_or_systematic_attack"],
            },
            {
                "title": titles[6],
                "pillar": "development",
                "level": "regional",
                "lead": "undp",
                "due": due(120),
                "status": "planned",
            },
        ],
    }


def sample_content(seed: int, today: date) -> SampleContent:
    """The sample's documents, the same for the same seed and day."""
    rng = random.Random(seed)  # noqa: S311 - sample content, not a secret
    incidents = []
    number = 0
    for country, count in SHARE.items():
        for i in range(count):
            number += 1
            # the first two regions of Syria and Congo see a surge in the last month, so the
            # situations' trend charts and deterioration flags have something to show
            recent = country in {"SYR", "COD"} and i % 3 == 0
            incidents.append(_incident(rng, number, country, today, recent))
    # one region that no situation covers sees a verified rise in the last four weeks, so the
    # horizon scan (app.scan, the Horizon page) flags a place no one has declared yet; drawn
    # from a generator of its own, so the rest of the sample stays as it was
    surge_rng = random.Random(seed + 1)  # noqa: S311 - sample content, not a secret
    for _ in range(SURGE_COUNT):
        number += 1
        incidents.append(_incident(surge_rng, number, SURGE[0], today, True, surge=SURGE[1]))
    start = (today - timedelta(days=180)).isoformat()
    situations = [
        SampleSituation(
            {
                "name": f"{MARK} North-west Syria: shelling and displacement",
                "country": "SYR",
                "regions": ["SY02", "SY07"],
                "description": f"{MARK} Attacks on markets and health centres, and families "
                "forced from their villages. Fictitious, for training.",
                "status": "crisis",
                "owner": SAMPLE_USER,
                "date_from": start,
                "violations": ["killing", "attack_on_civilian_objects", "attack_on_hospitals"],
            },
            _assessments(rng, today, 3, +1),
            _strategy(today, "en"),
            "SYR",
            _coordination(today),
        ),
        SampleSituation(
            {
                "name": f"{MARK} Est de la RDC : enlèvements et déplacements",
                "country": "COD",
                "regions": ["CD61", "CD54"],
                "description": f"{MARK} Enlèvements, déplacements forcés et attaques contre des "
                "écoles. Situation fictive, pour la formation.",
                "status": "concern",
                "owner": SAMPLE_USER,
                "date_from": start,
                "violations": ["abduction", "forced_displacement", "attack_on_schools"],
            },
            _assessments(rng, today, 2, +1),
            _strategy(today, "fr"),
            "COD",
        ),
        SampleSituation(
            {
                "name": f"{MARK} Rakhine: detention and displacement",
                "country": "MMR",
                "regions": ["MMR012"],
                "description": f"{MARK} Arrests at checkpoints and villages emptied. "
                "Fictitious, for training.",
                "status": "monitoring",
                "owner": SAMPLE_USER,
                "date_from": start,
            },
            _assessments(rng, today, 2, -1),
            None,
            "MMR",
        ),
    ]
    return SampleContent(incidents, situations, today)


def _coordination(today: date) -> dict[str, Any]:
    """A situation's coordination for the sample: last quarter's decisions (done, late,
    dropped), one of this quarter that became a strategy action, an engagement log that
    climbs from the country team to the Security Council, a task force with its coordinator,
    and guidance to the RC in two versions, the first acknowledged."""
    this = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    last_day = this - timedelta(days=1)
    last = date(last_day.year, 3 * ((last_day.month - 1) // 3) + 1, 1)

    def q(day: date) -> str:
        return f"{day.year}Q{(day.month - 1) // 3 + 1}"

    def ago(days: int) -> str:
        return (today - timedelta(days=days)).isoformat()

    decided = (last + timedelta(days=20)).isoformat()
    decisions = [
        (
            {
                "quarter": q(last),
                "decided_on": decided,
                "text": f"{MARK} Raise the attacks on health centres with the governor",
                "entity": "rco",
                "person": "Example Resident Coordinator",
                "due": (last + timedelta(days=45)).isoformat(),
                "status": "done",
            },
            None,
        ),
        (
            {
                "quarter": q(last),
                "decided_on": decided,
                "text": f"{MARK} Share the verified casualty figures with OCHA each month",
                "entity": "ohchr",
                "due": (last + timedelta(days=60)).isoformat(),
            },
            None,
        ),
        (
            {
                "quarter": q(last),
                "decided_on": decided,
                "text": f"{MARK} Joint visit to the displaced families' camps",
                "entity": "unhcr",
                "status": "dropped",
                "status_note": "Access refused twice; replaced by remote monitoring",
            },
            None,
        ),
        (
            {
                "quarter": q(this),
                "decided_on": min(today, this + timedelta(days=10)).isoformat(),
                "text": f"{MARK} Brief Member States on the risk assessment",
                "entity": "dppa",
                "due": (today + timedelta(days=30)).isoformat(),
            },
            {"pillar": "political", "level": "global"},
        ),
    ]
    base = {"un_by": "Example Head of Office", "confidentiality": "un"}
    engagements = [
        {
            **base,
            "date": ago(120),
            "type": "demarche",
            "channel": "country_team",
            "with_whom": "Example Governor",
            "asked": f"{MARK} Stop the shelling of markets; protect health centres",
            "answered": "Promised an inquiry",
            "follow_up_due": ago(90),
        },
        {
            **base,
            "date": ago(70),
            "type": "meeting",
            "channel": "regional",
            "un_by": "Example Regional Envoy",
            "with_whom": "Example regional organization",
            "asked": f"{MARK} Press for humanitarian access",
        },
        {
            **base,
            "date": ago(25),
            "type": "briefing",
            "channel": "member_states",
            "un_by": "Deputy Secretary-General",
            "with_whom": "Member States",
            "asked": f"{MARK} Support the call for access and accountability",
            "follow_up_due": (today + timedelta(days=14)).isoformat(),
        },
        {
            **base,
            "date": ago(5),
            "type": "briefing",
            "channel": "security_council",
            "un_by": "Example Assistant Secretary-General",
            "with_whom": "Security Council (horizon scanning)",
            "asked": f"{MARK} Note the risk of atrocity crimes",
            "confidentiality": "internal",
        },
    ]
    return {
        "decisions": decisions,
        "engagements": engagements,
        "taskforce": {
            "name": f"{MARK} North-west Syria task force",
            "members": ["dppa", "ohchr", "ocha", "unicef", "unhcr", "rco"],
            "coordinator": {
                "name": "Example Situation Response Coordinator",
                "entity": "dppa",
                "appointed_on": ago(60),
            },
            "established_on": ago(90),
        },
        "guidance": [
            {
                "title": f"{MARK} Consolidated guidance to the RC/HC",
                "body": f"{MARK} Keep raising the attacks on health centres; report monthly.",
                "issued_on": ago(80),
                "issued_by": "Example task force",
            },
            {
                "title": f"{MARK} Consolidated guidance to the RC/HC",
                "body": f"{MARK} Escalate to the Minister; prepare a public statement.",
                "issued_on": ago(15),
                "issued_by": "Example task force",
            },
        ],
        "acknowledged_on": ago(75),
    }


def _fill_coordination(situations: Situations, situation_id: str, c: dict[str, Any]) -> None:
    for doc, action in c["decisions"]:
        situations.add_decision(situation_id, doc, action=action)
    for doc in c["engagements"]:
        situations.add_engagement(situation_id, doc)
    situations.set_taskforce(situation_id, c["taskforce"])
    first = situations.issue_guidance(situation_id, c["guidance"][0])
    situations.acknowledge(
        first["id"],
        {
            "acknowledged_by": "Example Resident Coordinator",
            "acknowledged_on": c["acknowledged_on"],
        },
    )
    for doc in c["guidance"][1:]:
        situations.issue_guidance(situation_id, doc)


def fill(store: Store, content: SampleContent) -> None:
    """Put `content` in `store` through the services."""
    ids = Incidents(store).add_many(content.incidents)
    by_country: dict[str, list[str]] = {}
    for incident_id, doc in zip(ids, content.incidents, strict=True):
        if doc["violations"]:
            by_country.setdefault(doc["location"]["country"], []).append(incident_id)
    situations = Situations(store, today=content.today)
    for sample in content.situations:
        situation_id = situations.add(sample.doc)
        evidence = by_country.get(sample.evidence_country, [])[:3]
        for assessment in sample.assessments:
            if evidence:  # the latest incidents back the first factor
                first = {**assessment["factors"][0], "evidence": evidence}
                assessment = {**assessment, "factors": [first, *assessment["factors"][1:]]}
            situations.assess(situation_id, assessment)
        if sample.strategy is not None:
            strategy = sample.strategy
            if evidence:
                actions = [{**strategy["actions"][0], "incidents": evidence[:2]}]
                strategy = {**strategy, "actions": actions + strategy["actions"][1:]}
            situations.save_strategy(situation_id, strategy)
        if sample.coordination is not None:
            _fill_coordination(situations, situation_id, sample.coordination)


def describe(store: Store) -> dict[str, int]:
    """How much the sample holds, by kind (for the command's message and tests)."""
    situations = Situations(store)
    listed = situations.list()
    return {
        "incidents": Incidents(store).count(),
        "situations": len(listed),
        "assessments": sum(len(situations.assessments(s["id"])) for s in listed),
        "strategies": sum(situations.strategy(s["id"]) is not None for s in listed),
        "decisions": len(situations.decisions()),
        "engagements": sum(len(situations.engagements(s["id"])) for s in listed),
    }


def check_folder(directory: Path, real_dir: Path) -> None:
    """Refuse the real data folder itself as the sample's home, store or not."""
    with contextlib.suppress(OSError):
        if directory.resolve() == real_dir.resolve():
            raise BadInput(
                "--data-dir",
                f"{directory} is the folder of your real store; the sample store goes in a "
                "folder of its own (leave out --data-dir to use the default)",
            )
