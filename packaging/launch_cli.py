"""PyInstaller entry of the bundle's console program ``crmsync``.

A frozen app has no Python to run ``-m crmsync_gui.sandbox`` with, so this program also
runs the demo's Google stand-in when its first argument is ``--run-sandbox`` (hidden: it
is how crmsync_gui/sandbox/process.py starts the sandbox from the frozen window).
"""

import sys

from crmsync_gui.sandbox.process import RUN_SANDBOX

if __name__ == "__main__":
    if sys.argv[1:2] == [RUN_SANDBOX]:
        from crmsync_gui.sandbox.__main__ import main as sandbox_main

        sys.exit(sandbox_main(sys.argv[2:]))
    from crmsync_gui.cli.main import main

    sys.exit(main())
