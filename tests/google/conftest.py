"""Fixtures: a sandbox on 127.0.0.1 and the app's own Google adapter pointed at it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from crmsync_gui.google.auth import GoogleConfig, credentials_from_refresh_token
from crmsync_gui.google.people import PeopleApi
from crmsync_gui.google.retry import RetryPolicy
from crmsync_gui.sandbox import SandboxServer


class RecordedSleep:
    """Sleeps nothing, remembers every wait the retry policy asked for."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(port=0) as server:
        yield server


def config_for(sandbox: SandboxServer) -> GoogleConfig:
    installed = sandbox.client_config()["installed"]
    return GoogleConfig(client_id=installed["client_id"],
                        client_secret=installed["client_secret"],
                        auth_uri=installed["auth_uri"], token_uri=installed["token_uri"],
                        revoke_uri=installed["revoke_uri"], api_endpoint=sandbox.url)


@pytest.fixture
def config(sandbox: SandboxServer) -> GoogleConfig:
    return config_for(sandbox)


@pytest.fixture
def sleeps() -> RecordedSleep:
    return RecordedSleep()


@pytest.fixture
def api(sandbox: SandboxServer, config: GoogleConfig, sleeps: RecordedSleep) -> PeopleApi:
    refresh_token = sandbox.admin.issue_tokens()["refresh_token"]
    credentials = credentials_from_refresh_token(config, refresh_token)
    return PeopleApi(credentials, config.api_endpoint, RetryPolicy(sleep=sleeps))
