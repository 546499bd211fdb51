"""``python -m crmsync_gui`` and the ``crmsync-gui`` launcher: the desktop app."""

from __future__ import annotations

import sys


def main() -> int:
    # The window arrives with the desktop-app issue; until then the launcher says so
    # plainly instead of failing with an import error.
    try:
        from crmsync_gui.ui.app import run  # type: ignore[import-not-found]
    except ImportError:
        print("The CRM Sync window is not built yet; use the `crmsync` command.",
              file=sys.stderr)
        return 1
    return int(run(sys.argv[1:]))


if __name__ == "__main__":
    sys.exit(main())
