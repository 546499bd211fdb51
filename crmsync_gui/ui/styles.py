"""Looks shared by several places of the window."""

# A note the user must see (no keyring, a lost sign-in, rows from an earlier preview):
# a pale yellow band, readable in light and dark themes alike.
WARNING_STYLE = "background: #fff4ce; color: #3b2f00; padding: 6px; border-radius: 3px;"
