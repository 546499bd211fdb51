"""Re-take the window's two pages (R-UI7): ``main-window-contacts.png`` and
``main-window-sync-page.png`` in English, ``main-window-contacts-fr.png`` and
``main-window-fr.png`` in French.

Needs an X display (``Xvfb :99 -screen 0 1400x900x24 &``) and ImageMagick's ``import``.
Usage: ``DISPLAY=:99 .venv/bin/python docs/screenshots/take_contacts_screenshots.py``
(each language runs in a process of its own: one QApplication each).

The demo is synced once; then a contact is changed on the phone, one in the CRM and one
is added, so that the statuses and the Sync page have something to show.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from take_screenshots import STEP_MS, run_demo, shot  # this folder's sibling

import crmsync_gui.ui.app as gui
from crmsync_gui.app.profile import Profile
from crmsync_gui.app.service import SyncService
from crmsync_gui.app.settings import Language
from crmsync_gui.crm.model import CrmWrite, WriteKind
from crmsync_gui.crm.sqlite_db import SqliteCrm
from crmsync_gui.sandbox import SandboxAdmin
from crmsync_gui.ui.settings_dialog import SettingsDialog

NAMES = {"en": ("main-window-contacts", "main-window-sync-page", "contact-editor",
                "main-window-companies", "settings-scope"),
         "fr": ("main-window-contacts-fr", "main-window-fr", "contact-editor-fr",
                "main-window-companies-fr", "settings-scope-fr")}


def script_for(language: str) -> Callable[[gui.AppController], None]:
    contacts_name, sync_name, editor_name, companies_name, settings_name = NAMES[language]
    in_sync_name = "main-window-in-sync" + ("-fr" if language == "fr" else "")

    def script(controller: gui.AppController) -> None:
        window = controller.window
        assert window is not None, "the demo must be set up already"
        later = QTimer.singleShot
        steps = [lambda: window.sync()]
        window.preview_shown.connect(lambda: steps and steps.pop()())

        def synced() -> None:
            window.show_sync_page()  # nothing pending: said in words (#21)
            later(600, lambda: (shot(window, in_sync_name), later(300, edited)))

        def edited() -> None:
            service = window.service
            assert service.demo is not None
            admin = SandboxAdmin(service.demo.url)
            person = next(p for p in admin.dump()["contacts"]
                          if "Martin" in str(p.get("names")))
            phones = [dict(p, value="06 98 76 54 32") if p.get("type") == "mobile" else p
                      for p in person.get("phoneNumbers", [])]  # the mobile changes…
            salon = admin.create_group("Salon 2026")["resourceName"]  # … and a label
            admin.patch_contact(person["resourceName"].split("/")[-1], {
                "etag": person["etag"], "phoneNumbers": phones,
                "memberships": [*person.get("memberships", []), {
                    "contactGroupMembership": {"contactGroupResourceName": salon}}]})
            with SqliteCrm(service.crm_path) as crm:
                crm.apply([CrmWrite(WriteKind.CREATE, contact={
                    "first_name": "Agathe", "last_name": "Lemoine",
                    "personal_email": "agathe.lemoine@exemple.fr",
                    "personal_mobile": "06 55 44 33 22", "home_city": "Annecy",
                    "tags": "salons"})])
            window.preview_shown.connect(lambda: later(STEP_MS, contacts))
            window.preview()

        def contacts() -> None:
            window.preview_shown.disconnect()
            window.show_contacts_page()
            page = window.contacts_page
            row = next(i for i in range(page.model.rowCount())
                       if "Martin" in page.model.row_at(i).name)
            page.view.selectRow(row)
            later(500, lambda: (shot(window, contacts_name), later(300, editor)))

        def editor() -> None:
            page = window.contacts_page
            page.edit_current()
            later(STEP_MS, second_company)

        def second_company() -> None:
            editor = window.contacts_page.editor
            assert editor is not None
            editor.company_links.add("Atelier Roux")  # a second company, not saved
            editor.company_links.select(0)
            later(300, lambda: (shot(editor, editor_name), editor.reject(),
                                later(300, companies)))

        def companies() -> None:
            window.pages.setCurrentWidget(window.companies_page)  # read when first shown
            later(STEP_MS, lambda: (window.companies_page.view.selectRow(0),
                                    later(400, lambda: (shot(window, companies_name),
                                                        later(300, sync_page)))))

        def sync_page() -> None:
            window.show_sync_page()
            window.sync_page.to_crm_view.selectRow(0)
            later(500, lambda: (shot(window, sync_name), later(300, settings)))

        def settings() -> None:
            window.open_settings()
            dialog = window.findChild(SettingsDialog)
            assert dialog is not None
            dialog.only_tag.setCurrentText("VIP")  # one tag's contacts only (#22)
            later(500, lambda: (shot(dialog, settings_name), dialog.reject(),
                                later(300, QApplication.quit)))

        window.sync_done.connect(lambda _result: later(STEP_MS, synced))

    return script


def main(argv: list[str]) -> int:
    if not argv:  # each language in its own process
        for language in NAMES:
            subprocess.run([sys.executable, __file__, language], check=True)
        return 0
    language = argv[0]
    home = Path(tempfile.gettempdir()) / f"contacts-shot-{language}"
    shutil.rmtree(home, ignore_errors=True)
    # Signed in to the demo first, so the app opens on its window, not the wizard.
    with SyncService.open(Profile.locate(home), demo=True) as service:
        service.settings.language = Language(language)
        service.save_settings()
    return run_demo(script_for(language), home)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
