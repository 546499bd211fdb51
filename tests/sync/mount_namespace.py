"""Commands in a mount namespace of the test's own (``unshare -m``), where a test may
mount a read-only view of a profile or a small tmpfs without touching the machine's
mounts. Root makes one directly; anyone else needs a user namespace too."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest


def mount_namespace() -> list[str]:
    return ["unshare", "-m"] if os.geteuid() == 0 else ["unshare", "-rm"]


def require_mounts(script: str, env: dict[str, str]) -> None:
    """Skip (fail on CI) unless ``sh -c script sh true`` works in a mount namespace: the
    script's mounts, then ``"$@"``."""
    why_not = None
    if shutil.which("unshare") is None:
        why_not = "unshare is needed (apt-get install util-linux)"
    else:
        probe = subprocess.run([*mount_namespace(), "sh", "-c", script, "sh", "true"],
                               env={**os.environ, **env}, capture_output=True, text=True,
                               check=False)
        if probe.returncode != 0:
            why_not = f"cannot mount in a namespace of our own here: {probe.stderr.strip()}"
    if why_not:
        if os.environ.get("CI") == "true":
            pytest.fail(why_not)
        pytest.skip(why_not)
