"""Shared test set-up: nothing here may touch the user's real profile or keyring."""

from __future__ import annotations

import compileall
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before any test imports keyring or Qt: the real keyring is never touched (tests
# that need one choose their own backend), and Qt widgets run without a screen.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SAMPLE_CSV = REPO / "resources" / "sample_contacts.csv"


def pytest_configure(config: pytest.Config) -> None:
    # The CLI tests start `crmsync` hundreds of times. Where PYTHONDONTWRITEBYTECODE is
    # set (this machine, CI), every start compiled the app's modules from source again
    # (0.17 s of each 1 s start): compiled once here, they are read from __pycache__.
    compileall.compile_dir(REPO / "crmsync_gui", quiet=1)


@pytest.fixture(autouse=True)
def _isolated_profile(tmp_path_factory: pytest.TempPathFactory,
                      monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own profile and config folders, and no CRM override from
    the environment."""
    home = tmp_path_factory.mktemp("profile")
    monkeypatch.setenv("CRMSYNC_HOME", str(home))
    monkeypatch.delenv("CRMSYNC_CRM_DB", raising=False)
    # Start at login is read from (and written to) ~/.config/autostart: not the user's.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
    return home


@pytest.fixture
def sample_csv() -> Path:
    return SAMPLE_CSV


@pytest.fixture
def sandbox_process() -> Iterator[str]:
    """The sandbox in its own process (its URL): a killed client cannot take it down,
    and its HTTP threads do not share the test's GIL."""
    from crmsync_gui.sandbox.process import sandbox_process as start

    with start() as process:
        yield process.url
