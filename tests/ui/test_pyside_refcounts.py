"""Guard against the PySide6 build that crashed Python at exit (see pyproject.toml).

PySide6 6.12.0 drops a reference to ``True`` each time Qt calls a Python override
returning a bool (``QWizardPage.isComplete``); after enough calls Python aborts with
"bool_dealloc". The test runs in its own process so a bad build fails here, by name,
instead of killing the whole test run.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QWizard, QWizardPage
app = QApplication([])
class Page(QWizardPage):
    def isComplete(self):
        return True
wizard = QWizard(); page = Page(); wizard.addPage(page); wizard.show(); app.processEvents()
before = sys.getrefcount(True)
for _ in range(200):
    page.completeChanged.emit()
app.processEvents()
print(before - sys.getrefcount(True))
"""


def test_bool_overrides_do_not_leak_references_to_true() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr[-500:]
    assert int(result.stdout.strip()) < 10, "this PySide6 build leaks references to True"
