"""The README's promises that code can check (#20): the Linux packages it tells a user to
install are exactly those CI installs, so "the README's first command failed there"
cannot come back unnoticed."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def listed_packages() -> list[str]:
    text = (ROOT / "packaging" / "linux-qt-packages.txt").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines()
            if line.strip() and not line.startswith("#")]


def test_the_readme_lists_exactly_the_qt_packages_ci_installs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    [command] = re.findall(r"^sudo apt-get install (.+)$", readme, re.MULTILINE)
    assert command.split() == listed_packages()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "packaging/linux-qt-packages.txt" in ci  # CI installs from the same list
    assert "libxcb-cursor0" in listed_packages()  # the one Qt 6.5+ says it needs


def test_the_readme_starts_with_the_demo_and_the_test_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.+?)\n```", readme, re.DOTALL)
    assert "--demo" in blocks[0] and "pip install -e ." in blocks[0]
    assert "pytest" in blocks[1] and ".[test]" in blocks[1]
