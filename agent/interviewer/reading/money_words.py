"""The words and symbols that name a currency, before or after an amount.

``CURRENCIES`` maps what is written ("£", "quid", "KSh", "zł") to an ISO code; a word that
names no single currency ("pesos": Mexican, Chilean, Colombian ...) maps to ``None``.
``currency_of`` chooses between a symbol before the amount and a word after it: the word is
the more specific ("$16,000 pesos" is no dollar amount; "$165k AUD" is Australian).
"""

from __future__ import annotations

from dataclasses import replace

from agent.interviewer.reading import currency_codes
from agent.interviewer.reading.types import Reading

CURRENCIES: dict[str, str | None] = {
    "£": "GBP", "pound": "GBP", "pounds": "GBP", "quid": "GBP", "gbp": "GBP",
    "$": "USD", "dollar": "USD", "dollars": "USD", "bucks": "USD", "usd": "USD",
    "us$": "USD", "€": "EUR", "euro": "EUR", "euros": "EUR", "eur": "EUR",
    "nz$": "NZD", "nzd": "NZD", "a$": "AUD", "au$": "AUD", "aud": "AUD", "c$": "CAD",
    "ca$": "CAD", "cad": "CAD", "hk$": "HKD", "s$": "SGD", "r$": "BRL", "¥": "JPY",
    "yen": "JPY", "jpy": "JPY", "₹": "INR", "rs": "INR", "inr": "INR", "rupees": "INR",
    "r": "ZAR", "rs.": "INR", "zł": "PLN", "zl": "PLN", "pln": "PLN", "chf": "CHF",
    "francs": "CHF", "sek": "SEK",
    "nok": "NOK", "dkk": "DKK", "rand": "ZAR", "zar": "ZAR", "czk": "CZK", "huf": "HUF",
    "aed": "AED", "dirham": "AED", "dirhams": "AED", "uah": "UAH", "hryvnia": "UAH",
    "hryvnias": "UAH", "pesos": None, "peso": None, "mxn": "MXN", "brl": "BRL", "reais": "BRL",
    "cny": "CNY", "yuan": "CNY", "rmb": "CNY", "sgd": "SGD", "hkd": "HKD", "try": "TRY",
    "lira": "TRY", "thb": "THB", "baht": "THB", "krw": "KRW", "won": "KRW",
    "₦": "NGN", "naira": "NGN", "ngn": "NGN", "ksh": "KES", "kes": "KES", "₱": "PHP",
    "php": "PHP", "₩": "KRW", "₺": "TRY", "ghs": "GHS", "cedis": "GHS", "₵": "GHS",
    "rm": "MYR", "myr": "MYR", "ringgit": "MYR",
    # "N1.5m", "N850k": the naira as written where no ₦ is to hand; "K" glued to an amount is
    # the kwacha or the kina, no one currency
    "n": "NGN", "k": None,
}  # fmt: skip

#: A currency written before the amount.
CUR_BEFORE = (
    r"(?:(?:nz|au|us|hk|ca|a|c|s|r)?\$|[£€¥₹₦₱₩₺₵]|\br(?=\s?\d)|\brs\.?(?=\s?\d)|"
    r"\b[nk](?=\d[\d.,]*(?:k|m|bn)?\b)|"
    r"\b(?:usd|eur|gbp|aed|cad|aud|nzd|inr|chf|sek|nok|dkk|pln|zar|jpy|cny|brl|mxn|uah|sgd|hkd|"
    r"ksh|kes|ngn|php|ghs|rm|myr)(?=\s?\d)|" + currency_codes.BEFORE + ")"
)
#: A currency written after the amount.
CUR_AFTER = (
    r"(?:pounds?|quid|dollars?|bucks|euros?|gbp|usd|eur|nzd|aud|cad|yen|jpy|rupees|rs|inr|zł|"
    r"zl|pln|kr|sek|nok|dkk|chf|francs|rand|zar|czk|huf|aed|dirhams?|uah|hryvnias?|pesos?|mxn|"
    r"brl|reais|cny|yuan|rmb|sgd|hkd|lira|baht|thb|naira|ngn|kes|ksh|php|ghs|cedis|ringgit|myr|"
    r"[£$€¥₹₦₱₩₺₵]|" + currency_codes.AFTER + ")"
)


def currency_of(before: str | None, after: str | None) -> str | None:
    """The ISO code of an amount's currency from the symbol before it and the word after it.

    A word after the amount that names a currency of its own ("MXN", "pesos") overrides a
    plain symbol before it; a word that names none leaves the currency unknown.
    """
    word = (after or "").strip()
    symbol = (before or "").strip()
    named = word in CURRENCIES or currency_codes.known(word)
    if word and len(word) > 1 and named and (not symbol or symbol.endswith("$")):
        return CURRENCIES[word] if word in CURRENCIES else currency_codes.code_of(word)
    said = symbol or word
    return CURRENCIES[said] if said in CURRENCIES else currency_codes.code_of(said)


MONEY_FIELDS = frozenset(
    {"activity.annual_revenue", "capacity.cash_buffer", "capacity.monthly_spending"}
)


def one_currency(readings: list[Reading], named: frozenset[str] = frozenset()) -> list[Reading]:
    """ "CHF 30'000 savings, we spend about 5'500": the one currency a message names is the
    currency of its other amounts too. ``named``: the currencies of the message's amounts,
    for when no reading kept one ("14.600 € in all, so for me 7.300": the 7,300 is euros)."""
    codes = {r.currency for r in readings if r.currency} or set(named)
    if len(codes) != 1:
        return readings
    code = codes.pop()
    return [
        replace(r, currency=code)
        if r.field in MONEY_FIELDS and r.currency is None and r.value else r
        for r in readings
    ]  # fmt: skip
