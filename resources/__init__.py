"""Data files shipped with the app (icons, translations, samples).

Installed as the ``crmsync_gui.resources`` package; read with ``importlib.resources``.
"""
