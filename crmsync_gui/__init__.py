"""CRM Sync: two-way sync between a small-business CRM and Google Contacts."""

__version__ = "0.1.0"
