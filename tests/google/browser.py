"""A stand-in web browser for tests: ``python browser.py URL`` approves the consent page
and lands on the app's loopback redirect, as a person clicking "Allow" would."""

from __future__ import annotations

import sys
import urllib.request

from crmsync_gui.sandbox import follow_consent

if __name__ == "__main__":
    location = follow_consent(sys.argv[1], approve=True)
    with urllib.request.urlopen(location, timeout=10):
        pass
