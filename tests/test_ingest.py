"""Reading articles: fields, aliases, folders, and one error per bad line."""

from datetime import date

from diplograph.errors import InputError
from diplograph.ingest import FirstSeen, read_articles
from tests.conftest import article_record


def test_ingest_reads_corpus_format(write_jsonl):
    path = write_jsonl([article_record("a1", "Text one.", "2021-05-19")])
    [article] = read_articles([path])
    assert (article.id, article.published, article.text, article.source) == ("a1", date(2021, 5, 19), "Text one.",
                                                                              "Example News")


def test_ingest_accepts_news_please_aliases(write_jsonl):
    path = write_jsonl([{"id": "np1", "maintext": "Body.", "date_publish": "2021-05-19 10:22:00",
                         "source_domain": "example.org", "title": "T", "url": "https://example.org/x"}])
    [article] = read_articles([path])
    assert (article.text, article.published, article.source) == ("Body.", date(2021, 5, 19), "example.org")


def test_ingest_reads_folders_in_name_order(tmp_path, write_jsonl):
    write_jsonl([article_record("b", "B.")], name="2.jsonl")
    write_jsonl([article_record("a", "A.")], name="1.jsonl")
    (tmp_path / "notes.txt").write_text("not an input")
    assert [a.id for a in read_articles([tmp_path])] == ["a", "b"]


def test_ingest_reports_each_bad_line_and_keeps_the_good_ones(write_jsonl):
    path = write_jsonl([
        article_record("good1", "Fine."),
        "{not json",
        {"id": "x", "text": "No date."},
        article_record("bad-date", "Fine.", published="19 May 2021"),
        b"\xff\xfe{}",
        "[1, 2]",
        "",
        article_record("good2", "Fine."),
    ])
    items = list(read_articles([path]))
    assert [a.id for a in items if not isinstance(a, InputError)] == ["good1", "good2"]
    assert [str(e) for e in items if isinstance(e, InputError)] == [
        f"{path}:2: not valid JSON: Expecting property name enclosed in double quotes at column 2",
        f"{path}:3: missing field 'published'",
        f"{path}:4: unparseable date in 'published': '19 May 2021'",
        f"{path}:5: not UTF-8 at byte 0",
        f"{path}:6: not a JSON object",
    ]


def test_ingest_rejects_non_string_text(write_jsonl):
    path = write_jsonl([{"id": "a", "published": "2021-05-19", "text": 42}])
    [error] = read_articles([path])
    assert str(error) == f"{path}:1: field 'text' is not a string"


def test_ingest_duplicate_article_id_is_a_line_error_across_files(write_jsonl):
    first = write_jsonl([article_record("x1", "One."), article_record("x2", "Two.")], "first.jsonl")
    second = write_jsonl([article_record("x1", "One again.")], "second.jsonl")
    items = list(read_articles([first, second]))
    assert [item.id for item in items[:2]] == ["x1", "x2"]
    assert items[0].origin == f"{first}:1"
    assert str(items[2]) == f"{second}:1: duplicate article id 'x1' (first at {first}:1)"


def test_ingest_an_id_with_a_line_break_is_reported_on_one_line(write_jsonl):
    source = write_jsonl([article_record("a\u2028b", "One."), article_record("a\u2028b", "Two.")])
    error = list(read_articles([source]))[1]
    assert str(error).splitlines() == [f"{source}:2: duplicate article id 'a\\u2028b' (first at {source}:1)"]


def test_first_seen_keeps_every_id_as_its_table_grows():
    seen = FirstSeen()
    ids = [f"wire-{number}" for number in range(5000)] + ["a\ud800b", "Ünïcode", "x" * 10_000]
    for line, article_id in enumerate(ids, start=1):
        assert seen.first(article_id, "feed.jsonl", line) == f"feed.jsonl:{line}"
    assert len(seen.table) // 3 >= 2 * len(ids)  # grown from 1,024 slots, still at most half full
    for line, article_id in enumerate(ids, start=1):
        assert seen.first(article_id, "later.jsonl", 1) == f"feed.jsonl:{line}"
    assert seen.first("wire-5000", "later.jsonl", 2) == "later.jsonl:2"
    assert seen.first("wire-5000", "feed.jsonl", 9) == "later.jsonl:2"
