"""The plan's currency: which ISO 4217 codes are accepted, and how an amount is written.

A plan without a currency shows plain figures ("45,000"), as it always has; with one, every
amount carries its symbol ("£45,000") or, for codes without a common symbol, its code
("45,000 CHF").
"""

from __future__ import annotations

import math

#: Active ISO 4217 codes for money people earn and spend (funds and metals left out).
_CODES = """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN
    BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD
    FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY
    KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP
    MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR
    RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT
    TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW
    ZWL
"""
ISO_CODES = frozenset(_CODES.split())
#: Codes written with a symbol in front of the figure; every other code follows the figure.
SYMBOLS: dict[str, str] = {
    "GBP": "£",
    "USD": "$",
    "EUR": "€",
    "JPY": "¥",
    "INR": "₹",
    "AUD": "A$",
    "CAD": "C$",
    "NZD": "NZ$",
    "ILS": "₪",
    "KRW": "₩",
    "NGN": "₦",
    "PHP": "₱",
}


def currency_problem(code: str) -> str | None:
    """Why ``code`` is not a currency the plan accepts, or None when it is one."""
    if code.strip().upper() in ISO_CODES:
        return None
    return (
        f"{code!r} is not an ISO 4217 currency code; give three letters such as GBP, EUR, USD "
        "or CHF"
    )


def amount(value: float | None, currency: str | None = None) -> str:
    """An amount with thousands separators and the plan's currency, or 'unknown'."""
    if value is None:
        return "unknown"
    return _with_currency(f"{value:,.0f}", value, currency)


def short_amount(value: float, currency: str | None = None) -> str:
    """A chart axis label: 950, 4.2k, 36k, with the currency's symbol when it has one (an
    axis has no room for a code after each figure; the chart names the code instead)."""
    if abs(value) >= 10_000:
        text = f"{value / 1000:,.0f}k"
    elif abs(value) >= 1000:
        text = f"{value / 1000:,.1f}".removesuffix(".0") + "k"
    else:
        text = f"{value:,.0f}"
    symbol = SYMBOLS.get(currency or "")
    return _signed(symbol, text, value) if symbol else text


def axis_ticks(top: float, intervals: int = 4) -> list[float]:
    """Round axis values from 0 past ``top`` (1, 2, 2.5 or 5 times a power of ten apart), at
    most ``intervals`` + 1 of them, so a chart reads 0, 2k, 4k, 6k rather than 0, 1.8k, 3.5k."""
    top = max(top, 1.0)
    power = max(10 ** math.floor(math.log10(top / intervals)), 1)
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power * intervals >= top)
    count = math.ceil(top / step - 1e-9)
    return [step * i for i in range(count + 1)]


def _with_currency(text: str, value: float, currency: str | None) -> str:
    if not currency:
        return text
    symbol = SYMBOLS.get(currency)
    return _signed(symbol, text, value) if symbol else f"{text} {currency}"


def _signed(symbol: str, text: str, value: float) -> str:
    return f"-{symbol}{text.lstrip('-')}" if value < 0 else f"{symbol}{text}"


def unit_note(currency: str | None) -> str:
    """How a chart names its unit: ' (GBP)' with a currency, '' without."""
    return f" ({currency})" if currency else ""
