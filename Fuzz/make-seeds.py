#!/usr/bin/env python3
"""Builds the fuzzer's seed corpus (Fuzz/Seeds) from the bundled samples, the test
fixtures and every multi-line string literal in the tests that looks like a map.

Each seed is named by the SHA-1 of its bytes, as libFuzzer names corpus files, so
running this again adds nothing twice. Run from the repository root or from Fuzz/.
"""
import hashlib
import pathlib
import re
import textwrap

root = pathlib.Path(__file__).resolve().parent.parent
seeds = root / "Fuzz" / "Seeds"
seeds.mkdir(exist_ok=True)

found: list[bytes] = []
for path in sorted(root.glob("Samples/*.stakes")) + sorted(root.glob("Tests/**/*.stakes")):
    found.append(path.read_bytes())

literal = re.compile(r'"""\n(.*?)\n([ \t]*)"""', re.S)
words = re.compile(r"\b(stakeholder|domain|influences|->|conflicts-with|thresholds)\b|->")
for path in sorted(root.glob("Tests/**/*.swift")):
    for match in literal.finditer(path.read_text(encoding="utf-8")):
        body, indent = match.group(1), match.group(2)
        if "\\(" in body or not words.search(body):
            continue  # interpolated text is not a map as written
        lines = [line[len(indent):] if line.startswith(indent) else line.lstrip() for line in body.split("\n")]
        found.append(("\n".join(lines) + "\n").encode("utf-8"))

added = 0
for data in found:
    name = seeds / hashlib.sha1(data).hexdigest()
    if not name.exists():
        name.write_bytes(data)
        added += 1
print(f"seeds: {added} added, {len(list(seeds.iterdir()))} in {seeds.relative_to(root)}")
