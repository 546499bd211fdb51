"""The user guides the app shows (installed as the ``crmsync_gui.guides`` package)."""
