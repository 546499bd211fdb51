"""PyInstaller entry of the bundle's window program ``crmsync-gui`` (no console)."""

import sys

from crmsync_gui.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
