"""The desktop window (PySide6): a thin layer over ``crmsync_gui.app.service.SyncService``.

Nothing here opens SQLite or speaks HTTP: every blocking call goes through the service,
in the one worker thread of ``worker.JobRunner``.
"""
