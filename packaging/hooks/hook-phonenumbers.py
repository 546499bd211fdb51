"""Replaces pyinstaller-hooks-contrib's hook, which collects every phonenumbers module:
the app only parses, validates and formats, so the region metadata (loaded by name at run
time) is needed, the geocoder, carrier and time-zone data (~20 MB) are not."""

from PyInstaller.utils.hooks import collect_submodules

UNUSED = ("phonenumbers.geocoder", "phonenumbers.geodata", "phonenumbers.carrier",
          "phonenumbers.carrierdata", "phonenumbers.timezone", "phonenumbers.tzdata")

hiddenimports = collect_submodules(
    "phonenumbers", filter=lambda name: not name.startswith(UNUSED))
