"""app.heap.settle: run in a child interpreter, so this test process keeps its defaults."""

from __future__ import annotations

import json
import subprocess
import sys

from app.heap import YOUNG

CHILD = r"""
import gc, json, weakref
from app import heap

class Node:
    pass

before = gc.get_threshold()
first, second = heap.settle(), heap.settle()
frozen = gc.get_freeze_count()
a, b = Node(), Node()
a.other, b.other = b, a  # a cycle made after settling is still garbage the collector finds
ref = weakref.ref(a)
del a, b
gc.collect()
print(json.dumps({
    "first": first, "second": second, "frozen": frozen, "before": before,
    "after": gc.get_threshold(), "cycle_collected": ref() is None,
}))
"""


def test_settle_freezes_start_up_once_and_still_collects_cycles():
    out = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, check=True, timeout=60
    )
    got = json.loads(out.stdout)
    assert got["first"] is True and got["second"] is False
    assert got["frozen"] > 1000  # the modules' objects are out of the collector's sight
    assert got["after"][0] == YOUNG and got["after"][1:] == got["before"][1:]
    assert got["cycle_collected"]
