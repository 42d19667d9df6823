"""Chinese numerals as reports print them in ranks and counts (第三, 十二个, 二〇二三), read
once for the sheet reader and the text reader alike."""

from __future__ import annotations

ZH_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_UNITS = {"十": 10, "百": 100, "千": 1000}


def zh_int(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十二 → 22, 一百零五 → 105; None for what is not a numeral."""
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in ZH_DIGITS:
            current = ZH_DIGITS[ch]
        elif ch in _UNITS:
            total += (current or 1) * _UNITS[ch]
            current = 0
        else:
            return None
    return total + current
