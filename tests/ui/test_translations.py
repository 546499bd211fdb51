"""R-UI5: French and English through Qt translations (resources/crmsync_<lang>.ts / .qm).

When a test here fails because of a new or changed UI string, run
``.venv/bin/python packaging/update_translations.py``, translate what it lists in
``resources/crmsync_fr.ts``, and run it again.
"""

from __future__ import annotations

import ast
import importlib.util
import logging
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWizard
from pytestqt.qtbot import QtBot

from crmsync_gui.app.demo import play_demo_browser
from crmsync_gui.app.settings import Language
from crmsync_gui.google import errors as google_errors
from crmsync_gui.ui import app as app_module
from crmsync_gui.ui.errors import GOOGLE_ERROR_TITLES
from crmsync_gui.ui.main_window import MainWindow
from crmsync_gui.ui.wizard import SetupWizard
from crmsync_gui.ui.worker import JobRunner

from .conftest import UiWorld

REPO = Path(__file__).resolve().parents[2]
HOW_TO_FIX = ("run `.venv/bin/python packaging/update_translations.py`, translate the "
              "strings it lists in resources/crmsync_fr.ts, and run it again")
NO_BREAK = "\u00a0\u202f"  # no-break space, narrow no-break space


def _load_tool() -> ModuleType:
    path = REPO / "packaging" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], str]:
    """Every (context, source) of the UI as lupdate sees it now, with where it is used."""
    ts = tmp_path_factory.mktemp("lupdate") / "fresh_fr.ts"
    tool.lupdate(ts, "fr")
    return {(m.context, m.source): m.location for m in tool.read_ts(ts)}


def committed(language: str) -> list:  # list of update_translations.Message
    return tool.read_ts(tool.ts_file(language))


# -- (a) the committed files are current -------------------------------------------------

@pytest.mark.parametrize("language", tool.LANGUAGES)
def test_every_ui_string_is_in_the_committed_ts(
        fresh: dict[tuple[str, str], str], language: str) -> None:
    assert fresh, "lupdate found no string in crmsync_gui/ui"
    known = {(m.context, m.source) for m in committed(language)}
    missing = [f"{where} [{context}] {source!r}"
               for (context, source), where in sorted(fresh.items(), key=lambda kv: kv[1])
               if (context, source) not in known]
    assert not missing, (f"{len(missing)} UI string(s) missing from crmsync_{language}.ts "
                         f"({HOW_TO_FIX}):\n" + "\n".join(missing))


@pytest.mark.parametrize("language", tool.LANGUAGES)
def test_committed_qm_is_compiled_from_the_committed_ts(
        language: str, tmp_path: Path) -> None:
    qm = tool.qm_file(language)
    assert qm.exists(), f"{qm} is missing: {HOW_TO_FIX}"
    rebuilt = tmp_path / qm.name
    tool.lrelease(tool.ts_file(language), rebuilt)
    assert rebuilt.read_bytes() == qm.read_bytes(), (
        f"{qm.name} is not the compiled {tool.ts_file(language).name}: {HOW_TO_FIX}")


def test_ui_strings_are_literals_lupdate_can_see() -> None:
    """``self.tr(text)`` with a variable, or an f-string, never reaches the .ts file."""
    allowed = {("errors.py", "error.title")}  # marked with QT_TRANSLATE_NOOP in errors.py
    hidden = []
    for path in tool.ui_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("tr", "QT_TR_NOOP"):
                texts = node.args[:1]
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
                texts = node.args[:2]
            else:
                continue
            for arg in texts:
                literal = isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                if not literal and (path.name, ast.unparse(arg)) not in allowed:
                    hidden.append(f"{path.relative_to(REPO)}:{node.lineno}: {ast.unparse(node)}")
    assert not hidden, "translated text that is not a string literal:\n" + "\n".join(hidden)


def test_google_error_titles_are_marked_for_translation() -> None:
    titles = {cls.title for cls in vars(google_errors).values()
              if isinstance(cls, type) and issubclass(cls, google_errors.GoogleError)}
    assert titles <= set(GOOGLE_ERROR_TITLES), (
        f"add to GOOGLE_ERROR_TITLES in crmsync_gui/ui/errors.py: "
        f"{sorted(titles - set(GOOGLE_ERROR_TITLES))}")


# -- (b) every French string is translated -----------------------------------------------

def test_french_file_has_no_unfinished_or_empty_translation() -> None:
    raw = tool.ts_file("fr").read_text(encoding="utf-8")
    untranslated = [str(m) for m in committed("fr")
                    if m.unfinished or not all(t.strip() for t in m.translations)]
    assert not untranslated, (f"{len(untranslated)} French string(s) to translate "
                              f"({HOW_TO_FIX}):\n" + "\n".join(untranslated))
    assert 'type="unfinished"' not in raw
    assert 'type="vanished"' not in raw and 'type="obsolete"' not in raw


def test_english_file_is_the_source_text() -> None:
    for message in committed("en"):
        assert not message.unfinished, message
        if len(message.translations) > 1:  # plural forms: English words, one and other
            assert all(t.strip() and ("%n" in t or "%Ln" in t)
                       for t in message.translations), message
            continue
        assert set(message.translations) == {message.source}, message


def test_english_plural_forms_say_one_and_many() -> None:
    # The forms written by hand survive the script (it used to copy the source over).
    forms = {m.source: m.translations for m in committed("en") if len(m.translations) > 1}
    assert forms["%Ln contact(s)"] == ("%Ln contact", "%Ln contacts")


def test_french_typography() -> None:
    """A no-break space before « : ; ! ? » and inside « guillemets »."""
    bad = []
    for message in committed("fr"):
        for text in message.translations:
            # "{m}:{s:02d}" or "12:30" is no punctuation: only a mark ending a word.
            for match in re.finditer(r"(.)([:;!?])(?=\s|$|<)", text):
                if match.group(1) not in NO_BREAK and not match.group(1).isdigit():
                    bad.append(f"{message}: {match.group(0)!r} in {text!r}")
            if re.search(f"«[^{NO_BREAK}]|[^{NO_BREAK}]»", text):
                bad.append(f"{message}: guillemets without no-break spaces in {text!r}")
            if "'" in text and not message.source.count("'"):
                bad.append(f"{message}: typographic apostrophe ’ expected in {text!r}")
    assert not bad, "\n".join(bad)


# -- (d) placeholders ---------------------------------------------------------------------

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d+|%n|</?[a-zA-Z][^>]*>|\\n|\n")


def _shape(text: str) -> tuple[list[str], int, bool, bool]:
    """Placeholders and tags, mnemonics (&, not &&), leading/trailing spaces."""
    mnemonics = len(re.findall(r"(?<!&)&(?!&)", text))
    return (sorted(PLACEHOLDER.findall(text)), mnemonics, text[:1].isspace(),
            text[-1:].isspace())


@pytest.mark.parametrize("language", tool.LANGUAGES)
def test_translations_keep_placeholders_tags_and_mnemonics(language: str) -> None:
    broken = []
    for message in committed(language):
        for text in message.translations:
            if text and _shape(text) != _shape(message.source):  # empty: reported above
                broken.append(f"{message}\n    -> {text!r}")
    assert not broken, "placeholders, tags, & or edge spaces differ:\n" + "\n".join(broken)


def test_french_placeholders_format() -> None:
    """Every French text formats with the names its source uses (no KeyError at run time)."""
    for message in committed("fr"):
        names = set(re.findall(r"\{(\w*)", message.source))
        values = {name: 7 for name in names if name}
        for text in message.translations:
            if names:
                text.format(**values)


# -- (c) the app in French ------------------------------------------------------------------

def qtbase_fr_available() -> bool:
    folder = app_module._qt_translations_folder()
    return bool(folder) and (Path(folder) / "qtbase_fr.qm").exists()


def test_french_setting_loads_our_translation_and_qts(in_language) -> None:
    names = [Path(t.filePath()).name for t in in_language(Language.FRENCH)]
    assert "crmsync_fr.qm" in names
    assert QCoreApplication.translate("MainWindow", "&Sync") == "&Synchroniser"
    if qtbase_fr_available():
        assert "qtbase_fr.qm" in names


def test_english_setting_keeps_english(in_language) -> None:
    in_language(Language.ENGLISH)
    assert QCoreApplication.translate("MainWindow", "&Sync") == "&Sync"
    assert QCoreApplication.translate("QWizard", "Cancel") == "Cancel"


def test_system_setting_follows_the_system_locale(
        in_language, monkeypatch: pytest.MonkeyPatch) -> None:
    class FrenchSystem(QLocale):
        @staticmethod
        def system() -> QLocale:
            return QLocale("fr_FR")

    monkeypatch.setattr(app_module, "QLocale", FrenchSystem)
    names = [Path(t.filePath()).name for t in in_language(Language.SYSTEM)]
    assert "crmsync_fr.qm" in names
    assert QCoreApplication.translate("SetupWizard", "Set up CRM Sync") == "Configurer CRM Sync"


def test_missing_qt_translations_are_a_warning_not_a_failure(
        in_language, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(app_module, "_qt_translations_folder", lambda: "")
    with caplog.at_level(logging.WARNING, logger=app_module.__name__):
        names = [Path(t.filePath()).name for t in in_language(Language.FRENCH)]
    assert names == ["crmsync_fr.qm"]
    assert "no qtbase translation for fr" in caplog.text


def test_wizard_in_french(qtbot: QtBot, in_language, world: UiWorld,
                          runner: JobRunner) -> None:
    in_language(Language.FRENCH)
    wizard = SetupWizard(world.service, runner, play_demo_browser)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.windowTitle() == "Configurer CRM Sync"
    assert wizard.crm_page.title() == "Votre base CRM"
    assert wizard.crm_page.create_radio.text() == "Créer une nouvelle base CRM vide"
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "Afficher le premier aperçu"
    assert wizard.sign_in_page.panel.sign_in_button.text() == "Se connecter avec Google"


def test_qt_own_buttons_in_french(qtbot: QtBot, in_language, world: UiWorld,
                                  runner: JobRunner) -> None:
    if not qtbase_fr_available():
        pytest.skip("this PySide6 has no qtbase_fr.qm: Qt's own buttons stay English "
                    "(install_translations logs a warning)")
    in_language(Language.FRENCH)
    wizard = SetupWizard(world.service, runner, play_demo_browser)
    qtbot.addWidget(wizard)
    assert "Suivant" in wizard.buttonText(QWizard.WizardButton.NextButton)
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Annuler"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"


def test_main_window_in_french(qtbot: QtBot, in_language, signed_in: UiWorld,
                               runner: JobRunner) -> None:
    in_language(Language.FRENCH)
    window = MainWindow(signed_in.service, runner, play_demo_browser)
    qtbot.addWidget(window)
    window.show()
    assert window.sync_action.text() == "&Synchroniser"
    assert window.preview_action.text() == "&Aperçu"
    assert window.settings_action.text() == "&Paramètres…"
    assert window.sync_page.tabs.tabText(0) == "Conflits (0)"
    headers = [window.sync_page.to_google_model.headerData(column, Qt.Orientation.Horizontal)
               for column in range(window.sync_page.to_google_model.columnCount())]
    assert "Champs modifiés" in headers
