"""Short articles we wrote for the web tests (no real reporting), and the ledger built from them.

Between them they give one estimate series (killed, KP) from several claimants over
months, with ranges and open bounds, a relayed claim, hedged claims, a cumulative
figure that falls (a contradiction), and an article whose text and title carry
markup that must show as text.
"""

from __future__ import annotations

from pathlib import Path

from claimledger.records import Document

SCRIPT_DOC = "border-markup"

ARTICLES = [
    Document(
        id="harbour-2024-11", date="2024-11-20", outlet="Harbour Times",
        url="https://harbour.example.org/2024/11/20/kursk-losses",
        title="Seoul puts North Korean deaths at about 200",
        text=(
            "Seoul puts North Korean deaths at about 200\n\n"
            "South Korea's National Intelligence Service said on Wednesday that about 200 "
            "North Korean soldiers had been killed in the fighting, Yonhap reported.\n\n"
            "Ukraine's military intelligence agency claimed that more than 500 North Korean "
            "soldiers had been killed since they reached the front."
        ),
    ),
    Document(
        id="ridge-2024-12", date="2024-12-15", outlet="Ridge Courier",
        url="https://ridge.example.net/news/2024-12-15-briefing",
        title="Lawmakers briefed on North Korean losses",
        text=(
            "Lawmakers briefed on North Korean losses\n\n"
            "The NIS told lawmakers on Sunday that between 300 and 400 North Korean soldiers "
            "had been killed since October.\n\n"
            "A Ukrainian commander said up to 1,000 North Korean soldiers may have been "
            "wounded."
        ),
    ),
    Document(
        id="valley-2025-01", date="2025-01-20", outlet="Valley Post",
        url="https://valley.example.com/2025/01/20/hur-figure",
        title="Kyiv raises its count",
        text=(
            "Kyiv raises its count\n\n"
            "Ukraine's military intelligence agency claimed on Monday that at least 1,200 "
            "North Korean soldiers had been killed."
        ),
    ),
    Document(
        id="valley-2025-02", date="2025-02-10", outlet="Valley Post",
        url="https://valley.example.com/2025/02/10/hur-lower",
        title="Kyiv gives a lower count",
        text=(
            "Kyiv gives a lower count\n\n"
            "Ukraine's military intelligence agency said on Monday that 900 North Korean "
            "soldiers had been killed."
        ),
    ),
    Document(
        id=SCRIPT_DOC, date="2025-02-01", outlet="Test <b>Outlet</b>",
        url="javascript:alert('url')",
        title="<script>alert('title')</script> Border report",
        text=(
            "Border report <script>alert('xss')</script>\n\n"
            "Officials said that 40 North Korean soldiers were killed near the border. "
            "<img src=x onerror=\"alert('img')\"> <b onmouseover=alert(3)>bold</b>\n\n"
            "A spokesman claimed that 12 North Korean soldiers were captured."
        ),
    ),
]


def build_ledger(path: Path) -> Path:
    """A SQLite ledger at ``path`` with ``ARTICLES`` ingested (extraction runs)."""
    from claimledger.ledger import Ledger

    with Ledger(str(path)) as ledger:
        report = ledger.ingest_documents(ARTICLES)
        assert not report.failures, report.failures
    return path
