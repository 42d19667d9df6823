"""A report's text made readable as one script and one set of digits: NFKC (full-width digits
and punctuation), traditional characters to simplified, pinyin glosses that some mirrors print
after a character (增长(zhǎng)) removed, a space between a number and its 年/月/unit closed
(2016 年), and paragraphs a page break cut in two joined again."""

from __future__ import annotations

import re
import unicodedata

from gxreport.importers.text.traditional import to_simplified

# A gloss in pinyin with its tone marks, in brackets after a character: 增长(zhǎng).
_PINYIN = re.compile(
    r"(?<=[\u4e00-\u9fff])[(（]\s*[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,8}"
    r"(?:\s[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,8}){0,3}\s*[)）]"
)
_TONED = re.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]")
# One space (a PDF's or a typesetter's) between a digit and what belongs to it: 2016 年, 1 - 5 月;
# not the space before a figure that another follows one space on, nor before a negative
# decimal (a table row as PDF-to-text gives it: 营业收入 6,367.25 8,526.04 -25.32).
_SPACED = re.compile(
    r"(?<=\d) (?=[年月日%亿万元个户家项]|[\-—至](?!\d[\d,]*\.\d))|(?<=[年月\-—至]) (?=\d)"
    r"|(?<=[\u4e00-\u9fff]) (?=\d)(?![\d,.]*%? [+\-]?\d)"
)


# A footnote's mark after a word (地区生产总值(GDP)[2], 第三产业[3]增加值): no part of the text.
_FOOTNOTE = re.compile(r"(?<=[\u4e00-\u9fff)）])\[\d{1,2}\]")


def _gloss(m: re.Match[str]) -> str:
    return "" if _TONED.search(m.group()) else m.group()


def characters(text: str) -> str:
    """One script, one set of digits, no glosses or footnote marks, no space inside a figure's
    words."""
    text = unicodedata.normalize("NFKC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = to_simplified(text)
    if "(" in text:
        text = _PINYIN.sub(_gloss, text)
    if "[" in text:
        text = _FOOTNOTE.sub("", text)
    return _SPACED.sub("", text)


def paragraphs(text: str) -> str:
    """One paragraph a line, with what a page break cut in two joined again."""
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    joined: list[str] = []
    for p in paragraphs:
        p = re.sub(r"^[#>*\s]+", "", p)  # Markdown marks
        # A byline in brackets opens the story that follows it on the same line:
        # 本报讯(记者 张三)昨日，… drops the bracket, not the story.
        p = re.sub(r"[(（][^()（）]*记者\s[^()（）]*[)）]", "", p)
        p = re.sub(r"\s*记者\s.*$", "", p) if re.search(r"记者\s+\S+", p) else p  # a byline
        # A page break cuts a sentence: the first part has no end, the second reads on as
        # prose (a clause, an end); a short unpunctuated line is a headline, not a half.
        broken = joined and not re.search(r"[。！？!?；;：:”\"）)】」|]$", joined[-1])
        reads_on = re.match(r"[\u4e00-\u9fff%]", p) and re.search(r"[，,。；;]", p)
        if broken and reads_on and len(joined[-1]) > 30 and not p.startswith("|"):
            joined[-1] += p
        else:
            joined.append(p)
    return "\n".join(joined)
