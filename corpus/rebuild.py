"""Rebuild the local cache of the corpus's page texts.

The cache (``corpus/cache/<id>.txt``, git-ignored) is the text the annotations were made on;
each annotation's ``sha256`` names that text. For every ``corpus/extract/*.toml`` whose cached
text is missing or differs from its ``sha256``, this fetches the annotation's ``url``, reduces
the HTML to text (scripts and styles dropped, block elements become line breaks), decodes it by
the page's charset and writes it to the cache. A page fetched anew may differ from the stored
copy the annotation was made on (the site changed it, or the stored copy was an excerpt or a
mirror): the sha says so, and the line printed for that document says "fetched but differs".

Run from anywhere: ``python corpus/rebuild.py``. It prints one line per document and a count,
and always exits 0.
"""

from __future__ import annotations

import hashlib
import re
import sys
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: the project's own TOML reader, the same API
    import tomli as tomllib

HERE = Path(__file__).resolve().parent
EXTRACT = HERE / "extract"
CACHE = HERE / "cache"
TIMEOUT = 20
USER_AGENT = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/124.0 Safari/537.36"
)
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
SKIP_TAGS = frozenset({"script", "style", "noscript", "template"})
CHARSET_RE = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)


class _TextExtractor(HTMLParser):
    """Collects a page's visible text; block elements end a line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP_TAGS:
            self._skip_depth += 1
        elif tag in BLOCK_TAGS:
            self._parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in BLOCK_TAGS:
            self._parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self._parts.append(data)

    def text(self) -> str:
        lines = (line.strip() for line in "".join(self._parts).splitlines())
        return "\n".join(line for line in lines if line)


def html_to_text(html: str) -> str:
    """The visible text of an HTML page, one block element a line."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return parser.text()


def decode(body: bytes, header_charset: str | None) -> str:
    """Decode a page by its declared charset, else UTF-8, else GB18030."""
    candidates: list[str] = []
    if header_charset:
        candidates.append(header_charset)
    match = CHARSET_RE.search(body[:4096])
    if match:
        candidates.append(match.group(1).decode("ascii", "replace"))
    candidates += ["utf-8", "gb18030"]
    for name in candidates:
        codec = name.lower()
        if codec in {"gb2312", "gbk", "x-gbk"}:
            codec = "gb18030"
        try:
            return body.decode(codec)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("gb18030", errors="replace")


def fetch(url: str) -> str:
    """The text of the page at url (raises OSError or ValueError when unreachable)."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
        body: bytes = response.read()
        charset = response.headers.get_content_charset()
    return html_to_text(decode(body, charset))


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rebuild_one(annotation: Path) -> tuple[str, str]:
    """(status, line) for one annotation; status is ok, fetched, differs or unreachable."""
    doc_id = annotation.stem
    try:
        with annotation.open("rb") as handle:
            document = tomllib.load(handle).get("document", {})
    except (OSError, tomllib.TOMLDecodeError) as exc:
        return "unreachable", f"{doc_id}: annotation unreadable ({exc})"
    url = str(document.get("url", ""))
    expected = str(document.get("sha256", ""))
    cached = CACHE / f"{doc_id}.txt"
    if cached.exists() and sha256_of(cached) == expected:
        return "ok", f"{doc_id}: ok"
    if not url:
        return "unreachable", f"{doc_id}: unreachable (no url in the annotation)"
    try:
        text = fetch(url)
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        return "unreachable", f"{doc_id}: unreachable ({reason}) {url}"
    CACHE.mkdir(parents=True, exist_ok=True)
    cached.write_text(text, encoding="utf-8")
    got = sha256_of(cached)
    if got == expected:
        return "fetched", f"{doc_id}: fetched"
    return (
        "differs",
        f"{doc_id}: fetched but differs from the annotated text (sha {got[:12]}, "
        f"annotated {expected[:12]})",
    )


def main() -> int:
    counts: dict[str, int] = {"ok": 0, "fetched": 0, "differs": 0, "unreachable": 0}
    for annotation in sorted(EXTRACT.glob("*.toml")):
        status, line = rebuild_one(annotation)
        counts[status] += 1
        print(line, flush=True)
    total = sum(counts.values())
    print(
        f"{total} documents: {counts['ok']} ok, {counts['fetched']} fetched, "
        f"{counts['differs']} fetched but different, {counts['unreachable']} unreachable"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
