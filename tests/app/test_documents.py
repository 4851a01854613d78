"""Whole records read in bulk are the records one by one."""

from app.incidents import Incidents
from tests.app.conftest import incident_doc


def test_documents_equal_get(store):
    inc = Incidents(store)
    ids = inc.add_many([incident_doc(title=f"t{i}") for i in range(3)])
    assert inc.documents(ids[::-1]) == [inc.get(i) for i in ids[::-1]]
