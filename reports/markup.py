"""User text made safe for reportlab Paragraph markup (RELIABILITY finding 6, scenario S23)."""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

# C0/C1 control characters other than tab and newline: reportlab's parser rejects some of them,
# and none belongs in a printed document.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def text(s: str | None) -> str:
    """Escape user text for a Paragraph: every `<`, `>`, `&` literal, newlines as <br/>.

    Paragraph interprets markup: unescaped `Иванов <b` breaks the build, `<img src=…>` opens a
    local file and `<font color="[[…]]">` was CVE-2023-33733. Every user-entered string (and
    every pack string, for good measure) goes through here; only this module's callers' own
    literal tags are markup.
    """
    if not s:
        return ""
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    s = _CONTROL.sub("", s)
    escaped = escape(s, {'"': "&quot;", "'": "&#39;"})
    return escaped.replace("\n", "<br/>")
