"""Thai search finds the same entries on an office server (pg_trgm) as on the SQLite file (FTS5 trigram), on the
same data: the demo office on both, the same queries, the same hits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from meetingdesk.services.search import search
from meetingdesk.storage.database import Database, open_database
from tests.pgcluster import Cluster

QUERIES = [
    "ประชุม",  # everywhere
    "นิเทศ",  # inside longer words
    "อ่านออกเขียนได้",
    "โรงเรียน ขนาดเล็ก",  # every word must match
    "ดี",  # two characters: the short-word path
    "ปี",
    "ผล ดี",  # a short and a long word together
    "ก",  # one character
    "ติดตาม มติ",
    "O-NET",  # Latin letters: case folded on both
    "o-net",
    "100%",  # LIKE's own characters are text
    "a_b",
    '"',
    "ไม่มีคำนี้เลยแน่นอน",
]


@pytest.fixture(scope="module")
def both(
    demo_file: Path, pg_cluster: Cluster, pg_demo_template: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Database, Database]]:
    copy = tmp_path_factory.mktemp("search") / "demo.sqlite3"
    copy.write_bytes(demo_file.read_bytes())
    name = pg_cluster.create_database(template=pg_demo_template)
    on_file, on_server = open_database(copy), open_database(pg_cluster.url(name))
    yield on_file, on_server
    on_file.close()
    on_server.close()
    pg_cluster.drop_database(name)


@pytest.mark.parametrize("query", QUERIES)
def test_the_same_query_finds_the_same_entries(both: tuple[Database, Database], query: str) -> None:
    on_file, on_server = both
    file_hits = search(on_file, query, limit=100_000)
    server_hits = search(on_server, query, limit=100_000)
    assert {(h.kind, h.id, h.count) for h in server_hits} == {(h.kind, h.id, h.count) for h in file_hits}
    by_key = {(h.kind, h.id): h for h in file_hits}
    for hit in server_hits:  # what a user sees of each hit: the same title, place and snippet
        mine = by_key[hit.kind, hit.id]
        assert (hit.title, hit.snippet, hit.meeting_id, hit.item_id) == (
            mine.title,
            mine.snippet,
            mine.meeting_id,
            mine.item_id,
        )


def test_the_queries_find_something(both: tuple[Database, Database]) -> None:
    """The comparison above is worth something only if most queries have hits on the demo office."""
    on_file, _ = both
    found = [q for q in QUERIES if search(on_file, q, limit=5)]
    assert {"ประชุม", "นิเทศ", "ดี", "ผล ดี", "ก", "ติดตาม มติ"} <= set(found)


def test_a_long_word_is_answered_by_the_trigram_index(both: tuple[Database, Database]) -> None:
    _, on_server = both
    with on_server.engine.connect() as conn:
        conn.execute(text("SET enable_seqscan = off"))  # the demo office is small enough to be read whole
        plan = "\n".join(
            conn.execute(
                text("EXPLAIN SELECT id FROM search_index WHERE lower(body) LIKE :p OR lower(title) LIKE :p"),
                {"p": "%นิเทศ%"},
            ).scalars()
        )
    assert "search_index_trgm" in plan
