"""``python -m crmsync_gui.sandbox``: run the sandbox as its own process.

Prints the base URL on one line (so a parent process can read it), then serves
until SIGTERM/SIGINT (or, with ``--stop-on-stdin-eof``, until its stdin is closed: how
``SandboxProcess`` stops it on every system), saving its data (with ``--data``) before
exiting.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType

from .oauth import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET
from .server import LOOPBACK, SandboxServer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crmsync_gui.sandbox",
                                     description="Local Google People API + OAuth stand-in.")
    parser.add_argument("--port", type=int, default=0, help="0 = any free port")
    parser.add_argument("--host", default=LOOPBACK, help="only 127.0.0.1 is accepted")
    parser.add_argument("--data", metavar="DIR", help="persist the sandbox state here")
    parser.add_argument("--auto-approve", action="store_true",
                        help="skip the consent page (redirect with a code at once)")
    parser.add_argument("--real-time-clock", action="store_true",
                        help="virtual clock also follows wall time (demo)")
    parser.add_argument("--stop-on-stdin-eof", action="store_true",
                        help="also stop when stdin is closed (the parent process ended)")
    parser.add_argument("--client-id", default=DEFAULT_CLIENT_ID)
    parser.add_argument("--client-secret", default=DEFAULT_CLIENT_SECRET)
    args = parser.parse_args(argv)
    if args.host != LOOPBACK:
        parser.error(f"the sandbox only listens on {LOOPBACK}")
    server = SandboxServer(args.port, args.data, host=args.host,
                           auto_approve=args.auto_approve, client_id=args.client_id,
                           client_secret=args.client_secret,
                           follow_real_time=args.real_time_clock)
    stop = threading.Event()

    def _on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, _on_signal)
    signal.signal(signal.SIGINT, _on_signal)
    if args.stop_on_stdin_eof and sys.stdin is not None:
        threading.Thread(target=_stop_at_eof, args=(stop,), daemon=True,
                         name="sandbox-stdin").start()
    server.start()
    print(server.url, flush=True)
    try:
        while not stop.wait(0.5):
            pass
    finally:
        server.stop()
    return 0


def _stop_at_eof(stop: threading.Event) -> None:
    try:
        while sys.stdin.buffer.read(4096):
            pass
    except (OSError, ValueError):
        pass
    stop.set()


if __name__ == "__main__":
    sys.exit(main())
