"""Refresh the UI translations (R-UI5) in one command, from the repository root:

    .venv/bin/python packaging/update_translations.py           # update .ts, rebuild .qm
    .venv/bin/python packaging/update_translations.py --check   # change nothing; exit 1 if
                                                                # a string is not translated

1. ``pyside6-lupdate`` reads every ``crmsync_gui/ui/**/*.py`` (``self.tr("…")``,
   ``QCoreApplication.translate("Context", "…")``, ``QT_TRANSLATE_NOOP("Context", "…")``;
   the strings must be literals, or lupdate cannot see them) and merges them into
   ``resources/crmsync_fr.ts`` and ``resources/crmsync_en.ts``: new strings are added as
   unfinished, strings gone from the code are dropped, existing translations are kept.
2. English is the source language: ``crmsync_en.ts`` gets every translation = source text.
3. It lists the French strings still to translate (``type="unfinished"``) with their file
   and line. Translate them in ``resources/crmsync_fr.ts`` (by hand, or with
   ``.venv/bin/pyside6-linguist resources/crmsync_fr.ts``: vouvoiement, a no-break space
   before « : ; ! ? », keep the ``{placeholders}``), remove ``type="unfinished"``, and
   run this script again.
4. ``pyside6-lrelease -nounfinished`` compiles each .ts into the .qm the app loads
   (``crmsync_gui/ui/app.py`` ``install_translations``). Commit the .ts and the .qm files.

``tests/ui/test_translations.py`` fails while a UI string is missing from the French file,
untranslated, or the committed .qm differs from its .ts.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RESOURCES = REPO / "resources"
UI_PACKAGE = REPO / "crmsync_gui" / "ui"
SOURCE_LANGUAGE = "en"
LANGUAGES = ("fr", "en")  # each has resources/crmsync_<lang>.ts and .qm


def ts_file(language: str, folder: Path = RESOURCES) -> Path:
    return folder / f"crmsync_{language}.ts"


def qm_file(language: str, folder: Path = RESOURCES) -> Path:
    return folder / f"crmsync_{language}.qm"


def ui_sources() -> list[Path]:
    """Every Python file of the UI package (new modules are picked up by themselves)."""
    return sorted(path for path in UI_PACKAGE.rglob("*.py") if "__pycache__" not in path.parts)


def tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` of the running Python's PySide6."""
    script = f"pyside6-{name}"
    beside = Path(sys.executable).parent / (script + (".exe" if sys.platform == "win32" else ""))
    if beside.exists():
        return str(beside)
    found = shutil.which(script)
    if found:
        return found
    import PySide6  # the binaries ship inside the wheel too

    for candidate in (Path(PySide6.__file__).parent / name,
                      Path(PySide6.__file__).parent / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    raise FileNotFoundError(f"{script} not found: install PySide6-Essentials in this Python")


def _run(command: list[str]) -> None:
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}):\n"
                           f"{done.stdout}{done.stderr}")


def lupdate(ts: Path, language: str, sources: list[Path] | None = None) -> None:
    """Merge the strings of ``sources`` (default: the whole UI) into ``ts``."""
    files = [str(path.relative_to(REPO)) for path in (sources or ui_sources())]
    _run([tool("lupdate"), "-silent", "-no-obsolete", "-locations", "relative",
          "-source-language", SOURCE_LANGUAGE, "-target-language", language,
          *files, "-ts", str(ts)])


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts``; unfinished (unreviewed) translations are left out of the .qm."""
    _run([tool("lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)])


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]  # one, or the numerus forms
    unfinished: bool
    location: str  # "file:line" of its first use, for reports

    def __str__(self) -> str:
        return f"{self.location} [{self.context}] {self.source!r}"


def read_ts(ts: Path) -> list[Message]:
    messages = []
    # "relative" locations: a file is named when it changes, and a line is relative to
    # the previous message of that same file.
    last_file, lines = "", dict[str, int]()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            where = ""
            for location in message.iter("location"):
                last_file = location.get("filename") or last_file
                raw = location.get("line", "0")
                line = lines.get(last_file, 0) + int(raw) if raw[:1] in "+-" else int(raw)
                lines[last_file] = line
                where = where or f"{Path(last_file).name}:{line}"
            translation = message.find("translation")
            assert translation is not None, f"{ts}: a message without <translation>"
            forms = [form.text or "" for form in translation.iter("numerusform")]
            messages.append(Message(
                context=name, source=message.findtext("source", ""),
                translations=tuple(forms) if forms else (translation.text or "",),
                unfinished=translation.get("type") in ("unfinished", "vanished", "obsolete"),
                location=where))
    return messages


def fill_with_source(ts: Path) -> None:
    """The source language's file: every translation is its source text, finished. A
    plural message keeps the English forms written by hand ("%n contact" / "%n
    contacts"); only its empty forms get the source text."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        source = message.findtext("source", "")
        forms = list(translation.iter("numerusform"))
        if forms:
            for form in forms:
                if not form.text:
                    form.text = source
        else:
            translation.text = source
    with ts.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)


def update(folder: Path = RESOURCES) -> dict[str, list[Message]]:
    """lupdate + lrelease for every language; returns the untranslated messages."""
    todo = {}
    for language in LANGUAGES:
        ts = ts_file(language, folder)
        lupdate(ts, language)
        if language == SOURCE_LANGUAGE:
            fill_with_source(ts)
            lupdate(ts, language)  # back to lupdate's own layout: stable diffs
        todo[language] = [m for m in read_ts(ts) if m.unfinished or not all(m.translations)
                          or _not_plural(m)]
        lrelease(ts, qm_file(language, folder))
    return todo


def _not_plural(message: Message) -> bool:
    """A plural message whose forms still say "(s)": the source text copied, not the
    forms a reader expects ("1 change", "2 changes"; "1 modification enregistrée")."""
    return len(message.translations) > 1 and any("(s)" in form or "(es)" in form
                                                 for form in message.translations)


def check() -> dict[str, list[Message]]:
    """What ``update`` would leave untranslated, on copies: the tree is not touched."""
    with tempfile.TemporaryDirectory() as temp:
        for language in LANGUAGES:
            if ts_file(language).exists():
                shutil.copy(ts_file(language), ts_file(language, Path(temp)))
        return update(Path(temp))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only report untranslated strings; exit 1 if there are any")
    args = parser.parse_args(argv)
    todo = check() if args.check else update()
    for language in LANGUAGES:
        if not args.check:
            print(f"{ts_file(language).relative_to(REPO)}: "
                  f"{len(read_ts(ts_file(language)))} strings, "
                  f"{qm_file(language).relative_to(REPO)} rebuilt")
        for message in todo[language]:
            print(f"  to translate ({language}): {message}")
    missing = sum(len(messages) for messages in todo.values())
    if missing:
        print(f"{missing} string(s) to translate in resources/crmsync_<lang>.ts, "
              "then run this script again.")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
