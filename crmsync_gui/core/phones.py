"""Phone numbers in one comparable form (E.164), with the region taken from the address.

Two sides rarely format a number alike ("06 12 34 56 78" in the CRM, "+33 6 12 34 56 78"
on the phone); comparing E.164 forms is what keeps a reformatted number from looking like
an edit. Parsing costs ~10-30 µs, so callers normalise once per record, never per compare.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import phonenumbers

DEFAULT_REGION = "FR"

# French overseas departments and collectivities have their own calling codes although
# their addresses say "France": the postcode tells them apart (0692… is Réunion, +262).
_OVERSEAS_BY_POSTCODE = {
    "971": "GP",
    "972": "MQ",
    "973": "GF",
    "974": "RE",
    "975": "PM",
    "976": "YT",
    "977": "BL",
    "978": "MF",
    "986": "WF",
    "987": "PF",
    "988": "NC",
}
_FRENCH_REGIONS = frozenset({"FR", *_OVERSEAS_BY_POSTCODE.values()})

# Country names as French and English users type them. phonenumbers' geocoder could
# derive such a table, but it costs half a second to load and misses shared calling
# codes (États-Unis, Réunion); the countries a French small business meets are few.
_COUNTRY_NAMES = {
    "france": "FR", "france metropolitaine": "FR",
    "belgique": "BE", "belgium": "BE", "belgie": "BE",
    "suisse": "CH", "switzerland": "CH", "schweiz": "CH",
    "luxembourg": "LU", "monaco": "MC", "andorre": "AD", "andorra": "AD",
    "allemagne": "DE", "germany": "DE", "deutschland": "DE",
    "espagne": "ES", "spain": "ES", "espana": "ES",
    "italie": "IT", "italy": "IT", "italia": "IT",
    "portugal": "PT", "pays-bas": "NL", "netherlands": "NL", "nederland": "NL",
    "royaume-uni": "GB", "united kingdom": "GB", "uk": "GB", "angleterre": "GB",
    "england": "GB", "grande-bretagne": "GB", "great britain": "GB",
    "irlande": "IE", "ireland": "IE", "autriche": "AT", "austria": "AT",
    "etats-unis": "US", "etats unis": "US", "united states": "US", "usa": "US",
    "canada": "CA", "quebec": "CA",
    "maroc": "MA", "morocco": "MA", "algerie": "DZ", "algeria": "DZ",
    "tunisie": "TN", "tunisia": "TN", "senegal": "SN",
    "cote d'ivoire": "CI", "ivory coast": "CI", "cameroun": "CM", "cameroon": "CM",
    "guadeloupe": "GP", "martinique": "MQ", "guyane": "GF", "guyane francaise": "GF",
    "french guiana": "GF", "la reunion": "RE", "reunion": "RE", "mayotte": "YT",
    "saint-pierre-et-miquelon": "PM", "nouvelle-caledonie": "NC", "new caledonia": "NC",
    "polynesie francaise": "PF", "french polynesia": "PF",
    "saint-barthelemy": "BL", "saint-martin": "MF", "wallis-et-futuna": "WF",
}


def _fold(text: str) -> str:
    """Lower-case without accents, for matching country names typed by hand."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1024)
def region_for(country: str, postal_code: str = "") -> str:
    """The phonenumbers region (ISO 3166 alpha-2) for an address; France by default."""
    folded = _fold(country)
    if not folded:
        region = DEFAULT_REGION
    elif len(folded) == 2 and folded.upper() in phonenumbers.SUPPORTED_REGIONS:
        region = folded.upper()
    else:
        region = _COUNTRY_NAMES.get(folded, DEFAULT_REGION)
    if region == "FR":
        region = _OVERSEAS_BY_POSTCODE.get(postal_code.strip()[:3], "FR")
    return region


# Bumped when the way numbers are normalised changes: the state re-settles its stored
# baselines once (``rebased``), so the change produces no sync of its own.
# 2: both sides of a linked pair read their phones in one region (``pair_region``).
NORMALIZATION_VERSION = 2


@lru_cache(maxsize=4096)
def pair_region(crm_country: str, crm_postal_code: str, google_country: str,
                google_postal_code: str) -> str:
    """One region for both sides of a pair: the CRM contact's country, else its overseas
    postcode (971…), else the Google contact's address by the same rule, else France.
    Each side read in its own region made "0269 61 23 45" two numbers when only one
    side had the Mayotte address."""
    for country, postal_code in ((crm_country, crm_postal_code),
                                 (google_country, google_postal_code)):
        if country.strip():
            return region_for(country, postal_code)
        if postal_code.strip()[:3] in _OVERSEAS_BY_POSTCODE:
            return region_for("", postal_code)
    return DEFAULT_REGION


_NOT_DIGITS = re.compile(r"[^\d+]")


# Big enough for both sides of a 25,000-contact sync (a few phones each).
@lru_cache(maxsize=1 << 18)
def normalize_phone(raw: str, region: str = DEFAULT_REGION) -> str:
    """E.164 form of ``raw`` read in ``region``; "" for an empty number.

    A number that does not parse as valid keeps its digits (and a leading +), so two
    spellings of the same odd number still compare equal and nothing is thrown away.
    """
    text = raw.strip()
    if not text:
        return ""
    candidates = [region]
    if region in _FRENCH_REGIONS:
        # A mainland address with a Réunion mobile (0692…) is common; try the overseas
        # regions before giving up on validity.
        candidates += sorted(_FRENCH_REGIONS - {region})
    for candidate in candidates:
        try:
            parsed = phonenumbers.parse(text, candidate)
        except phonenumbers.NumberParseException:
            break
        if phonenumbers.is_valid_number(parsed):
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
        if text.startswith("+") or text.startswith("00"):
            break  # an international number does not depend on the region guessed
    return _NOT_DIGITS.sub("", text)


def is_national(raw: str) -> bool:
    """Written the national way ("06 12 34 56 78"), not the international one."""
    text = raw.strip()
    return bool(text) and not text.startswith(("+", "00"))


def national_form(raw: str, region: str) -> str:
    """``raw`` written the national way of ``region`` ("+33 6 12…" → "06 12 34 56 78")
    when it is a valid number of that region; else ``raw`` unchanged (a foreign number
    written nationally would lose its country)."""
    try:
        parsed = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return raw
    if not phonenumbers.is_valid_number(parsed) or \
            phonenumbers.region_code_for_number(parsed) != region:
        return raw
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)


def format_phone_for_display(e164: str) -> str:
    """International format for tables ("+33 6 12 34 56 78"); odd numbers unchanged."""
    if not e164.startswith("+"):
        return e164
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
