"""Fixtures: an in-process sandbox on a free port and a real People API client."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from crmsync_gui.sandbox import SandboxServer, obtain_tokens
from crmsync_gui.sandbox.testing import build_people


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(port=0) as sb:
        yield sb


@pytest.fixture
def tokens(sandbox: SandboxServer) -> dict[str, Any]:
    """Tokens from the sandbox's own token endpoint (code flow with PKCE over HTTP)."""
    return obtain_tokens(sandbox.url)


@pytest.fixture
def people(sandbox: SandboxServer, tokens: dict[str, Any]) -> Any:
    return build_people(sandbox.url, tokens["access_token"])
