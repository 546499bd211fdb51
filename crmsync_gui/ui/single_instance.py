"""One CRM Sync per user session (R-UI4): a second launch raises the first window.

The first instance listens on a local socket named after the user and the profile; a
second one connects, says "show", and exits. A stale socket left by a crash is removed.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_SHOW = b"show\n"
_CONNECT_TIMEOUT_MS = 500


def server_name(profile_home: Path) -> str:
    digest = hashlib.sha256(f"{getpass.getuser()}\n{profile_home}".encode()).hexdigest()
    return f"crm-sync-{digest[:16]}"


class SingleInstance(QObject):
    """``claim()`` is True for the first instance; later ones call it, get False, and quit.

    ``show_requested`` fires in the first instance when another launch asked for it.
    """

    show_requested = Signal()

    def __init__(self, profile_home: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(profile_home)
        self._server: QLocalServer | None = None

    def _ask_running_instance(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(_CONNECT_TIMEOUT_MS):
            return False
        socket.write(_SHOW)
        socket.flush()
        socket.waitForBytesWritten(_CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return True

    def claim(self) -> bool:
        if self._ask_running_instance():
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # Nobody answered, so the name is a leftover of a crashed instance.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                return True  # no guard possible here; running twice beats not running
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            # A bound method, not a lambda holding the socket: a Python closure kept
            # alive by a C++ connection crashed PySide at interpreter exit.
            socket.readyRead.connect(self._on_message)

    def _on_message(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QLocalSocket):
            return
        if bytes(socket.readAll().data()).startswith(_SHOW.strip()):
            self.show_requested.emit()
        socket.disconnectFromServer()
        socket.deleteLater()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
