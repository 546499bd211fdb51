"""The page the browser shows once Google sent it back to CRM Sync (google/auth.py).

The real google-auth-oauthlib flow against the sandbox on 127.0.0.1: a stand-in browser
approves (or denies), lands on the app's loopback address and reads the page there.
"""

from __future__ import annotations

import threading
import urllib.request
from pathlib import Path

import pytest

from crmsync_gui.app.google_account import AccountFile, GoogleSession
from crmsync_gui.google.auth import SIGN_IN_PAGE_TEXT, GoogleConfig
from crmsync_gui.google.errors import SignInCancelled
from crmsync_gui.google.tokens import MemoryTokenStore
from crmsync_gui.sandbox import follow_consent


class ReadingBrowser:
    """A "browser" that approves or denies, then keeps the text of the app's page."""

    def __init__(self, approve: bool = True) -> None:
        self.approve = approve
        self.pages: list[str] = []
        self.done = threading.Event()

    def __call__(self, url: str) -> bool:
        def visit() -> None:
            location = follow_consent(url, approve=self.approve)
            with urllib.request.urlopen(location, timeout=10) as page:
                self.pages.append(page.read().decode("utf-8"))
            self.done.set()
        threading.Thread(target=visit, daemon=True).start()
        return True

    def page(self) -> str:
        # The flow goes on (token exchange) while the browser reads: wait for it.
        assert self.done.wait(10)
        [page] = self.pages
        return page


def session(config: GoogleConfig, tmp_path: Path) -> GoogleSession:
    return GoogleSession(config, MemoryTokenStore(), AccountFile(tmp_path / "account.json"))


def test_the_page_says_what_the_caller_passes(config: GoogleConfig, tmp_path: Path) -> None:
    browser = ReadingBrowser()
    text = "CRM Sync a reçu la réponse de Google. Vous pouvez fermer cette fenêtre."
    flow = session(config, tmp_path).start_sign_in(open_url=browser, timeout=20,
                                                   success_message=text)
    assert flow.run().refresh_token
    assert browser.page() == text


def test_the_cli_page_is_english_and_true_whatever_google_answered(
        config: GoogleConfig, tmp_path: Path) -> None:
    browser = ReadingBrowser(approve=False)
    # The same page shows for a denial: it says neither "signed in" nor "refused".
    with pytest.raises(SignInCancelled):
        session(config, tmp_path).sign_in(open_url=browser, timeout=20)
    assert browser.page() == SIGN_IN_PAGE_TEXT
    assert "signed in" not in SIGN_IN_PAGE_TEXT
