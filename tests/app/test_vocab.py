"""Vocabularies: the shipped files are complete and consistent, and lookups behave."""

from __future__ import annotations

import json
import re
from collections import defaultdict

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import BadInput
from app.vocab import Term, VocabularyError, _parse, normalize, vocabularies

V = vocabularies()
JSON_KINDS = [k for k in V.kinds() if k not in ("country", "admin1")]

# Other code depends on exactly these codes.
EXPECTED_CODES = {
    "violation": (
        "killing attempted_killing maiming_injury torture ill_treatment arbitrary_detention "
        "enforced_disappearance abduction hostage_taking sexual_violence gender_based_violence "
        "attack_on_civilians attack_on_civilian_objects indiscriminate_attack forced_displacement "
        "child_recruitment_use attack_on_schools attack_on_hospitals "
        "military_use_of_schools_hospitals denial_of_humanitarian_access "
        "attack_on_humanitarian_personnel restriction_of_expression restriction_of_assembly "
        "restriction_of_association attack_on_human_rights_defenders attack_on_journalists "
        "unfair_trial extrajudicial_execution destruction_of_property pillage starvation_as_method "
        "prohibited_weapons slavery_forced_labour trafficking persecution discrimination "
        "incitement_to_hatred other"
    ),
    "perpetrator": (
        "state_armed_forces police intelligence_services prison_authorities "
        "pro_government_militia non_state_armed_group unidentified_armed_group "
        "international_forces peacekeepers private_security local_authorities criminal_group "
        "civilian_individual unknown"
    ),
    "involvement": (
        "carried_out ordered planned instigated aided_abetted failed_to_prevent failed_to_punish "
        "attempted unknown"
    ),
    "source-type": (
        "individual community_leader ngo un_entity government media social_media medical_record "
        "official_document open_source other"
    ),
    "source-connection": (
        "victim direct_witness indirect_witness third_party documentary media other"
    ),
    "reliability": (
        "highly_reliable likely_reliable unsure likely_unreliable highly_unreliable unknown"
    ),
    "credibility": "confirmed probably_true possibly_true doubtful improbable cannot_be_judged",
    "verification": (
        "unverified pending reasonable_suspicion reasonable_grounds balance_of_probabilities "
        "clear_and_convincing beyond_reasonable_doubt falsely_attributed rejected"
    ),
    "confidentiality": "public partners un internal",
    "consent": "none un partners public",
    "sex": "female male other unknown",
    "age-group": "child adult older_person unknown",
    "date-precision": "day month year approximate",
    "location-precision": "exact near region",
    "status": "draft submitted reviewed",
    "victim-kind": "individual group community organisation",
    "risk-factor": (
        "rf01_armed_conflict rf02_record_of_violations rf03_weak_state_structures "
        "rf04_motives_or_incentives rf05_capacity_to_commit rf06_absence_of_mitigating_factors "
        "rf07_enabling_circumstances rf08_triggering_factors rf09_intergroup_tensions "
        "rf10_intent_to_destroy_group rf11_widespread_or_systematic_attack "
        "rf12_plan_or_policy_to_attack rf13_threats_to_ihl_protected "
        "rf14_threats_to_humanitarian_or_peacekeeping"
    ),
    "risk-level": "not_present low moderate high severe",
    "risk-trend": "first_assessment improving stable worsening",
    "situation-status": "monitoring concern crisis",
    "un-entity": (
        "ohchr dppa dpo ocha undp unicef unhcr wfp unfpa un_women rco osapg who iom unodc "
        "unesco fao ilo undss srsg_caac srsg_svc unops unep unhabitat un_peace_operation"
    ),
    "strategy-pillar": "political human_rights humanitarian development",
    "strategy-level": "country regional global",
    "decision-status": "open done blocked dropped",
    "engagement-type": "demarche meeting briefing statement letter",
    "engagement-channel": (
        "country_team regional headquarters member_states human_rights_council security_council"
    ),
    "action-status": "planned under_way done blocked",
}


def test_kinds_are_the_files_plus_country_and_admin1():
    assert V.kinds() == sorted([*EXPECTED_CODES, "country", "admin1"])


@pytest.mark.parametrize("kind", sorted(EXPECTED_CODES))
def test_codes_are_exactly_the_agreed_ones(kind):
    assert [t.code for t in V.terms(kind)] == EXPECTED_CODES[kind].split()


@pytest.mark.parametrize("kind", ["country", "admin1", *JSON_KINDS])
def test_every_kind_loads(kind):
    terms = V.terms(kind, country="SYR")
    assert terms and all(isinstance(t, Term) for t in terms)
    codes = [t.code for t in terms]
    assert len(codes) == len(set(codes))
    assert isinstance(V.version(kind), int) and V.version(kind) >= 1
    listed = V.as_json(kind, country="SYR", lang="fr")
    assert [d["code"] for d in listed] == codes
    assert all(d["label"] == t.label("fr") for d, t in zip(listed, terms, strict=True))


@pytest.mark.parametrize("kind", JSON_KINDS)
def test_json_terms_have_all_six_labels_and_snake_case_codes(kind):
    for t in V.terms(kind):
        assert re.fullmatch(r"[a-z][a-z0-9_]*", t.code)
        assert set(t.labels) == set(V.LANGS), t.code
        assert all(label.strip() == label and label for label in t.labels.values()), t.code


@pytest.mark.parametrize("kind", ["country", *JSON_KINDS])
def test_labels_are_unambiguous_across_languages(kind):
    """One normalized label never names two terms, so match() on any label is well defined."""
    owners = defaultdict(set)
    for t in V.terms(kind):
        for lang in V.LANGS:
            owners[normalize(t.label(lang))].add(t.code)
    assert {text: codes for text, codes in owners.items() if len(codes) > 1} == {}


def test_six_grave_violations_against_children():
    grave = {t.code for t in V.terms("violation") if t.attrs["caac_grave_violation"]}
    assert grave == {
        "killing", "maiming_injury", "child_recruitment_use", "sexual_violence",
        "attack_on_schools", "attack_on_hospitals", "abduction", "denial_of_humanitarian_access",
    }  # fmt: skip
    assert {t.attrs["law"] for t in V.terms("violation")} == {"ihrl", "ihl", "both"}


def test_ranks_order_the_ladders():
    ladder = sorted((t for t in V.terms("verification") if t.rank), key=lambda t: t.rank or 0)
    assert [t.code for t in ladder] == [
        "reasonable_suspicion", "reasonable_grounds", "balance_of_probabilities",
        "clear_and_convincing", "beyond_reasonable_doubt",
    ]  # fmt: skip
    assert [t.rank for t in ladder] == [1, 2, 3, 4, 5]
    assert V.rank("verification", "unverified") == 0
    assert V.rank("reliability", "highly_reliable") > V.rank("reliability", "highly_unreliable")
    assert V.rank("reliability", "unknown") is None
    assert V.rank("confidentiality", "internal") == 3 and V.rank("consent", "none") == 0
    assert [V.rank("location-precision", c) for c in ("exact", "near", "region")] == [1, 2, 3]
    with pytest.raises(BadInput):
        V.rank("verification", "certain")


def test_age_groups_cover_ages_without_gaps():
    child, adult, older = (V.term("age-group", c) for c in ("child", "adult", "older_person"))
    assert (child.attrs["min_age"], child.attrs["max_age"]) == (0, 17)
    assert adult.attrs["min_age"] == child.attrs["max_age"] + 1
    assert older.attrs["min_age"] == adult.attrs["max_age"] + 1 == 60
    assert older.attrs["max_age"] is None


def test_check_returns_code_or_raises_naming_the_field():
    assert V.check("violation", "torture", "acts[0].type") == "torture"
    with pytest.raises(BadInput) as err:
        V.check("violation", "Torture", "acts[0].type")
    assert err.value.field == "acts[0].type"
    # the command to list the codes is a hint for the command line only, never in the
    # message a window shows
    assert "upfront" not in str(err.value)
    assert "upfront vocab list violation" in (err.value.hint or "")
    with pytest.raises(BadInput, match="must be a text code") as err:
        V.check("sex", 1, "victim.sex")
    assert err.value.field == "victim.sex"
    with pytest.raises(BadInput, match="unknown vocabulary 'colour'") as err:
        V.check("colour", "red", "x")
    assert err.value.field == "kind"


def test_has_and_term():
    assert V.has("perpetrator", "police") and not V.has("perpetrator", "army")
    assert not V.has("perpetrator", None)
    assert V.term("sex", "female").label("ar") == "أنثى"
    assert V.term("sex", "nope") is None


def test_match_ignores_case_accents_and_whitespace():
    assert V.match("violation", "  ENFORCED   disappearance ") == "enforced_disappearance"
    assert V.match("violation", "disparition forcee") == "enforced_disappearance"
    assert V.match("violation", "Détention Arbitraire") == "arbitrary_detention"
    assert V.match("violation", "tortura") == "torture"
    assert V.match("violation", "pillage") == "pillage"
    assert V.match("perpetrator", "non_state_armed_group") == "non_state_armed_group"
    assert V.match("status", "مقدم") == "submitted"  # Arabic shadda is a combining mark
    assert V.match("violation", "genocide") is None
    assert V.match("violation", "") is None


def test_label_falls_back_to_english_then_code():
    term = Term("x", {"en": "Ex", "fr": "Ix"})
    assert term.label("fr_FR") == "Ix" and term.label("fr-CA") == "Ix"
    assert term.label("ru") == "Ex"
    assert Term("y", {}).label("fr") == "y"
    assert hash(term) == hash(Term("x", {"en": "other"}))
    with pytest.raises(TypeError):
        term.labels["en"] = "changed"  # type: ignore[index]


def test_country_labels_in_six_languages():
    syria = V.term("country", "SYR")
    assert syria.attrs["alpha_2"] == "SY"
    assert syria.label("en") == "Syrian Arab Republic"
    assert "Syri" in syria.label("fr")
    assert syria.label("ar") == "الجمهوريّة العربيّة السّوريّة"
    assert syria.label("zh") == "阿拉伯叙利亚共和国"
    assert V.match("country", "syrian arab republic") == "SYR"
    assert V.match("country", "Syria") == "SYR"  # pycountry's common name, as an alias
    assert V.match("country", "الجمهورية العربية السورية") == "SYR"  # without shadda
    assert V.check("country", "SYR", "place.country") == "SYR"
    with pytest.raises(BadInput):
        V.check("country", "SY", "place.country")


def test_admin1_of_syria():
    terms = V.terms("admin1", country="SYR")
    assert len(terms) == 14 and all(t.code.startswith("SY-") for t in terms)
    assert V.term("admin1", "SY-RD", country="SYR").label() == "Rīf Dimashq"
    assert V.match("admin1", "rif dimashq", country="SYR") == "SY-RD"
    assert V.match("admin1", "Damas", country="syr") == "SY-DI"  # French catalogue
    assert V.term("admin1", "SY-RD", country="SYR").label("ar") == "Rīf Dimashq"  # no ar catalogue
    assert V.check("admin1", "SY-RD", "place.admin1", country="SYR") == "SY-RD"


def test_admin1_rejects_other_countries_and_needs_a_country():
    with pytest.raises(BadInput, match="country SYR") as err:
        V.check("admin1", "TR-34", "place.admin1", country="SYR")
    assert err.value.field == "place.admin1"
    assert "--country SYR" in (err.value.hint or "")  # the command, for the CLI only
    assert V.check("admin1", "TR-34", "place.admin1", country="TUR") == "TR-34"
    for country in (None, "", "XXX"):
        with pytest.raises(BadInput) as err:
            V.terms("admin1", country=country)
        assert err.value.field == "country"


def test_admin1_is_first_level_only_and_homonyms_do_not_match():
    fra = {t.code for t in V.terms("admin1", country="FRA")}
    assert "FR-IDF" in fra and "FR-75C" not in fra  # the region, not the Paris département
    assert V.match("admin1", "Toshkent", country="UZB") is None  # city and region share a name
    assert V.match("admin1", "UZ-TO", country="UZB") == "UZ-TO"


def _doc(*terms, kind="sex", version=1):
    return json.dumps({"kind": kind, "version": version, "terms": list(terms)})


A = {"code": "a", "labels": {"en": "A"}}
LANGS6 = ("en", "fr", "es", "ru", "ar", "zh")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("{", "not valid JSON"),
        (_doc(A, kind="other"), '"kind" must be'),
        (_doc(A, version=0), '"version"'),
        (_doc(), '"terms"'),
        (_doc({**A, "code": "Bad"}), "lower_snake_case"),
        (_doc(A, A), "duplicate code 'a'"),
        (_doc({**A, "labels": {"fr": "A"}}), "no English label"),
        (_doc({**A, "labels": {"en": "A", "de": "A"}}), "bad labels"),
        (_doc({**A, "labels": {"en": ""}}), "bad labels"),
        (_doc({**A, "rank": "1"}), "rank"),
        (_doc({**A, "description": "Only English"}), '"description"'),
        (_doc({**A, "description": {}}), '"description"'),
        (_doc({**A, "description": dict.fromkeys(LANGS6, "x") | {"de": "x"}}), '"description"'),
        (_doc({**A, "description": dict.fromkeys(LANGS6[:5], "x")}), '"description"'),
        (_doc({**A, "description": dict.fromkeys(LANGS6, "x") | {"zh": " "}}), '"description"'),
        (_doc({**A, "description": dict.fromkeys(LANGS6, "x") | {"ar": 3}}), '"description"'),
    ],
)
def test_broken_file_names_the_file(text, reason):
    with pytest.raises(VocabularyError, match=re.escape(reason)) as err:
        _parse("sex.json", text)
    assert "sex.json" in str(err.value)


def test_description_is_optional_and_read_in_each_language():
    described = {**A, "description": {lang: f"means {lang}" for lang in LANGS6}}
    plain, term = _parse("sex.json", _doc({**A, "code": "b"}, described)).terms
    assert plain.description("fr") == "" and not plain.descriptions
    assert term.description("ar") == "means ar" and term.description("zh_CN") == "means zh"
    assert term.description("de") == "means en"  # a language without one: English
    assert "description" not in term.attrs


# Terms whose label alone does not say what they mean: the window explains each.
DESCRIBED = (
    "verification credibility reliability confidentiality status source-connection source-type "
    "location-precision date-precision involvement consent risk-level risk-trend "
    "situation-status action-status strategy-level strategy-pillar risk-factor violation "
    "perpetrator victim-kind"
).split()


@pytest.mark.parametrize("kind", DESCRIBED)
def test_every_term_of_these_vocabularies_is_described_in_six_languages(kind):
    for term in V.terms(kind):
        assert sorted(term.descriptions) == sorted(LANGS6), (kind, term.code)
        texts = [term.description(lang) for lang in LANGS6]
        assert all(t.strip() for t in texts)
        assert len(set(texts)) == 6, (kind, term.code)  # translated, not English copied
        assert term.description("en") != term.label("en")


def test_vocab_list_json_carries_the_descriptions():
    rows = {r["code"]: r for r in V.as_json("verification")}
    assert rows["reasonable_grounds"]["description"]["fr"].startswith("Un ensemble")
    assert "description" not in {r["code"]: r for r in V.as_json("sex")}["female"]


def test_parse_keeps_extra_attributes():
    vocab = _parse("sex.json", _doc({**A, "rank": 1, "law": "ihl"}, version=2))
    assert vocab.version == 2 and vocab.terms == (Term("a", {"en": "A"}, 1, {"law": "ihl"}),)


LABELLED = [(k, t.code, lang) for k in JSON_KINDS for t in V.terms(k) for lang in V.LANGS]
COUNTRIES = [("country", t.code, lang) for t in V.terms("country") for lang in V.LANGS]


@given(
    st.sampled_from(LABELLED + COUNTRIES),
    st.sampled_from([str.lower, str.upper, str.title, str]),
    st.text(" \t\n\u00a0", max_size=3),
    st.text(" \t", max_size=3),
)
def test_match_finds_every_label_in_every_language(entry, recase, before, after):
    kind, code, lang = entry
    label = V.term(kind, code).label(lang)
    assert V.match(kind, before + recase(label) + after) == code
