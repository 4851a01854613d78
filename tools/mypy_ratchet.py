"""mypy with a per-module ratchet (as Anki tightens `.mypy.ini` module by module).

Every module of app/, ui/ and sync/ is checked under `strict` (pyproject.toml, [tool.mypy]).
The modules that must be clean now (STRICT: all of app, and the wire format) may have no error.
Every other module may have at most as many errors as tools/mypy-baseline.txt records for it;
a module not listed there may have none. The baseline may only shrink: `--update` lowers the
counts of modules that improved and drops those that are clean, and never raises one.

    python tools/mypy_ratchet.py            # make lint: fails on a new error
    python tools/mypy_ratchet.py --update   # after fixing errors: record the smaller baseline
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "tools" / "mypy-baseline.txt"
STRICT = ("app", "sync.protocol")  # these modules (and their children) have no baseline
ERROR = re.compile(r"^(?P<path>[^:\s]+\.py):\d+(?::\d+)?: error: ")


def module_of(path: str) -> str:
    parts = Path(path).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def is_strict(module: str) -> bool:
    return any(module == s or module.startswith(s + ".") for s in STRICT)


def run_mypy() -> tuple[Counter[str], str]:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary", "--no-pretty"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode not in (0, 1):  # 2: mypy itself failed (bad config, crash)
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(2)
    counts: Counter[str] = Counter()
    for line in done.stdout.splitlines():
        match = ERROR.match(line)
        if match:
            counts[module_of(match["path"])] += 1
    return counts, done.stdout


def read_baseline() -> dict[str, int]:
    baseline: dict[str, int] = {}
    if not BASELINE.exists():
        return baseline
    for n, line in enumerate(BASELINE.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        count, _, module = line.partition(" ")
        if not count.isdigit() or not module.strip():
            raise SystemExit(f"{BASELINE.name}:{n}: expected '<count> <module>', got {line!r}")
        baseline[module.strip()] = int(count)
    return baseline


def write_baseline(baseline: dict[str, int]) -> None:
    lines = ["# mypy errors each module may still have (tools/mypy_ratchet.py); may only shrink"]
    lines += [f"{count} {module}" for module, count in sorted(baseline.items()) if count]
    BASELINE.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--update",
        action="store_true",
        help="record the modules that improved (counts only go down)",
    )
    args = parser.parse_args(argv)
    counts, output = run_mypy()
    baseline = read_baseline()
    problems: list[str] = []
    for module in sorted(baseline):
        if is_strict(module):
            problems.append(f"{module}: is held to strict typing and may not be in the baseline")
    for module, count in sorted(counts.items()):
        allowed = 0 if is_strict(module) else baseline.get(module, 0)
        if count > allowed:
            problems.append(f"{module}: {count} mypy errors, {allowed} allowed")
    improved = {m: counts.get(m, 0) for m, c in baseline.items() if counts.get(m, 0) < c}
    if problems:
        over = {m for m, c in counts.items() if c > (0 if is_strict(m) else baseline.get(m, 0))}
        for line in output.splitlines():
            match = ERROR.match(line)
            if match and module_of(match["path"]) in over:
                print(line)
        sys.stdout.write("\n".join(["mypy ratchet:", *problems]) + "\n")
        return 1
    if improved:
        if args.update:
            baseline.update(improved)
            write_baseline(baseline)
            print(f"mypy ratchet: baseline lowered for {len(improved)} module(s)")
        else:
            print(
                "mypy ratchet: fewer errors than the baseline in "
                + ", ".join(sorted(improved))
                + "; run `python tools/mypy_ratchet.py --update`"
            )
    total = sum(counts.values())
    print(f"mypy ratchet: {total} error(s) left in the baseline's modules, none new")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
