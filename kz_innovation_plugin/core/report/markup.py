"""HTML building blocks: escaped text, tables, figures and notes.

Every text goes through :func:`html.escape`; image addresses are relative and already
percent-encoded by the caller.
"""

from __future__ import annotations

import html
from collections.abc import Iterable


def escape(value: object) -> str:
    """Text of ``value`` escaped for HTML ("" for missing values)."""
    return "" if value is None else html.escape(str(value))


def table(headers: list[str], rows: Iterable[list[str]], numeric: Iterable[int] = (),
          css: str = "") -> str:
    """An HTML table from plain-text cells; ``numeric`` column positions are right-aligned."""
    numeric = set(numeric)
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(
            f'<td class="num">{escape(c)}</td>' if i in numeric else f"<td>{escape(c)}</td>"
            for i, c in enumerate(row)
        ) + "</tr>\n"
        for row in rows
    )
    attribute = f' class="{css}"' if css else ""
    return f"<table{attribute}><thead><tr>{head}</tr></thead>\n<tbody>{body}</tbody></table>"


def figure(src: str, caption: str) -> str:
    """An image with its caption; ``src`` is an already percent-encoded relative address."""
    return (f'<figure><img src="{escape(src)}" alt="{escape(caption)}">'
            f"<figcaption>{escape(caption)}</figcaption></figure>")


def note(text: str) -> str:
    """A short italic remark."""
    return f'<p class="note">{escape(text)}</p>'
