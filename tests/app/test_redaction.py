"""The audience rules reports and exports share."""

from __future__ import annotations

from types import SimpleNamespace as P

import pytest

from app.redaction import AUDIENCES, Audience


@pytest.mark.parametrize(
    ("audience", "consents"),
    [
        ("internal", {"none", "un", "partners", "public"}),
        ("un", {"un", "partners", "public"}),
        ("partners", {"partners", "public"}),
        ("public", {"public"}),
    ],
)
def test_consent_decides_who_is_named_and_protection_overrides_it(audience, consents):
    a = Audience(audience)
    named = {c for c in ("none", "un", "partners", "public") if a.may_name(False, c)}
    assert named == consents
    assert a.may_name(True, "public") is (audience == "internal")


def test_records_places_and_coordinates_by_audience():
    levels = {a: Audience(a).confidentialities() for a in AUDIENCES}
    assert levels == {
        "internal": ["internal", "un", "partners", "public"],
        "un": ["un", "partners", "public"],
        "partners": ["partners", "public"],
        "public": ["public"],
    }
    un, partners = Audience("un"), Audience("partners")
    assert un.place("Village Q", "Douma", "Rīf Dimashq", "near") == "Village Q, Douma, Rīf Dimashq"
    assert un.place("Village Q", "Douma", "Rīf Dimashq", "region") == "Rīf Dimashq"
    assert partners.place("Village Q", "Douma", "Rīf Dimashq", "exact") == "Rīf Dimashq"
    assert un.coordinates("exact") and not un.coordinates("region")
    assert not partners.coordinates("exact")
    assert Audience("internal").place("Village Q", None, "Rīf Dimashq", "region") == (
        "Village Q, Rīf Dimashq"
    )


def test_withheld_names_are_cut_from_text_whatever_their_case():
    people = [
        P(name="Rami Khoury", protected=True, consent="public"),
        P(name="Amal Haddad", protected=False, consent="public"),
        P(name="Rami", protected=True, consent="none"),
    ]
    withheld = Audience("public").withheld(
        people, [P(name="Source Zaid")], [P(name="Colonel Farouk")]
    )
    text = "RAMI KHOURY met Amal Haddad; Rami told source zaid about colonel farouk."
    assert withheld.scrub(text) == "[…] met Amal Haddad; […] told […] about […]."
    assert not Audience("internal").withheld(people)
    assert Audience("internal").withheld(people).scrub(text) == text
