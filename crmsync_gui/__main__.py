"""``python -m crmsync_gui`` and the ``crmsync-gui`` launcher: the desktop app."""

from __future__ import annotations

import sys


def main() -> int:
    from crmsync_gui.ui.app import run  # Qt loads only here, not for `import crmsync_gui`

    return int(run(sys.argv[1:]))


if __name__ == "__main__":
    sys.exit(main())
