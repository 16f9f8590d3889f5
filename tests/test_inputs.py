"""Reading documents: paths, encodings, bad input, HTML, and the never-raising record API."""
from __future__ import annotations

import codecs
import io
import os
import sys
from pathlib import Path

import pytest

import readouts
from readouts import inputs
from readouts.errors import InputError, NotAReadout
from readouts.inputs import PageMeta, decode, expand, extract_path, iter_records, read_source
from readouts.model import Document, Record

from conftest import EXAMPLES, PIPELINE

TEXT = "The Minister met her counterpart in Lisbon today. Both sides welcomed progress."


def code_of(data: bytes) -> str:
    with pytest.raises(InputError) as caught:
        decode(data)
    return caught.value.code


# --- decoding ----------------------------------------------------------------------------

@pytest.mark.parametrize("encoding, bom", [
    ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-32-le", codecs.BOM_UTF32_LE),
    ("utf-32-be", codecs.BOM_UTF32_BE),
])
def test_a_byte_order_mark_settles_the_encoding(encoding: str, bom: bytes) -> None:
    text, used, problems = decode(bom + "Caf\u00e9 \u2014 \u6771\u4eac".encode(encoding))
    assert (text, used, problems) == ("Caf\u00e9 \u2014 \u6771\u4eac", encoding, ())


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_mark_is_told_by_its_nul_bytes(encoding: str) -> None:
    text, used, problems = decode(TEXT.encode(encoding))
    assert text == TEXT and used == encoding
    assert [p.code for p in problems] == ["encoding_guessed"]


def test_utf8_is_read_as_it_is_with_no_problem() -> None:
    data = "Ms. TAKEMURA \u2013 \u201cWPS\u201d\r\nline two".encode()
    assert decode(data) == (data.decode(), "utf-8", ())  # \r\n kept: spans index the file


def test_windows_1252_is_the_last_guess_and_says_so() -> None:
    text, used, problems = decode("M. Lef\u00e8vre \u2013 \u20ac5".encode("cp1252"))
    assert text == "M. Lef\u00e8vre \u2013 \u20ac5" and used == "cp1252"
    assert [p.code for p in problems] == ["encoding_guessed"]
    assert "1252" in problems[0].message


def test_a_page_declared_charset_is_used_before_guessing() -> None:
    page = '<html><head><meta charset="iso-8859-15"></head><body>\u20ac</body></html>'
    text, used, problems = decode(page.encode("iso-8859-15"))
    assert "\u20ac" in text and used == "iso8859-15" and problems == ()


@pytest.mark.parametrize("data, code", [
    (b"", "empty"),
    (b" \n\t\r\n ", "empty"),
    (codecs.BOM_UTF8 + b"\n\n", "empty"),
    (b"%PDF-1.5\n%\xb5\xb5", "binary"),
    (b"PK\x03\x04\x14\x00\x06\x00", "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"\x1f\x8b\x08\x00\x00\x00", "binary"),
    (b"text\x00with a NUL\x00\x00\x01\x02 in the middle of it", "binary"),
    (bytes(range(1, 32)) * 20 + b"some words", "binary"),
    (codecs.BOM_UTF16_LE + b"\x00\xd8a\x00", "encoding"),  # a lone surrogate
])
def test_bad_bytes_raise_an_input_error_with_a_code(data: bytes, code: str) -> None:
    assert code_of(data) == code


def test_random_bytes_are_binary() -> None:
    data = bytes((i * 7919 + 13) % 256 for i in range(4000))
    assert code_of(data) == "binary"


def test_a_few_stray_control_characters_are_tolerated() -> None:
    text, _, _ = decode(("word " * 400 + "\x07\x1b").encode())
    assert text.endswith("\x07\x1b")


# --- reading paths -----------------------------------------------------------------------

def test_read_source_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "readout.txt"
    path.write_text(TEXT, encoding="utf-8")
    loaded = read_source(path)
    assert (loaded.source, loaded.text, loaded.html, loaded.meta) == (str(path), TEXT, False, None)


@pytest.mark.parametrize("make, code", [
    (lambda d: d / "missing.txt", "not_found"),
    (lambda d: d / "missing" / "below.txt", "not_found"),
    (lambda d: d, "no_documents"),
])
def test_unreadable_paths(tmp_path: Path, make, code: str) -> None:
    with pytest.raises(InputError) as caught:
        read_source(make(tmp_path))
    assert caught.value.code == code


def test_a_file_over_the_limit_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("x" * 100)
    with pytest.raises(InputError) as caught:
        read_source(path, limit=99)
    assert caught.value.code == "too_large" and "100 bytes" in str(caught.value)
    assert read_source(path, limit=100).text == "x" * 100


def test_a_file_that_cannot_be_opened_is_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # chmod 0 does not stop root (CI runs as root), so the refusal comes from open() itself
    import builtins
    path = tmp_path / "locked.txt"
    path.write_text(TEXT)
    real_open = builtins.open

    def refusing_open(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)
    with pytest.raises(InputError) as caught:
        read_source(path)
    assert caught.value.code == "unreadable" and "permission" in str(caught.value)


def test_dash_reads_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("utf-16"))))
    loaded = read_source("-")
    assert (loaded.source, loaded.text) == ("-", TEXT)


def test_standard_input_over_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"y" * 50)))
    with pytest.raises(InputError) as caught:
        read_source("-", limit=49)
    assert caught.value.code == "too_large"


def test_no_standard_input_at_all(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    with pytest.raises(InputError) as caught:
        read_source("-")
    assert caught.value.code == "unreadable"


def test_directories_expand_recursively_in_name_order(tmp_path: Path) -> None:
    for name in ["b.txt", "a/z.htm", "a/c.TXT", "a.txt", "c/d/e.html", "notes.md", ".hidden.txt",
                 ".git/x.txt", "c/readme"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    (tmp_path / "empty").mkdir()
    found = [os.path.relpath(p, tmp_path) for p in expand([str(tmp_path)])]
    assert found == ["a/c.TXT", "a/z.htm", "a.txt", "b.txt", "c/d/e.html"]


def test_expand_keeps_paths_as_given_and_in_order(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "one.txt").write_text("x")
    (tmp_path / "empty").mkdir()
    given = ["zeta.md", "-", str(tmp_path / "d") + os.sep, str(tmp_path / "empty"), "missing.txt"]
    assert list(expand(given)) == ["zeta.md", "-", str(tmp_path / "d" / "one.txt"),
                                   str(tmp_path / "empty"), "missing.txt"]


# --- HTML --------------------------------------------------------------------------------

def test_html_main_text_drops_navigation_scripts_and_footers() -> None:
    loaded = read_source(EXAMPLES / "jp-kenya-foreign-ministers-meeting.html")
    assert loaded.html
    assert "commencing at 3:00 p.m. for approximately 50 minutes" in loaded.text
    assert "Ms. TAKEMURA Aiko" in loaded.text
    for chrome in ("siteTracker", "tracking pixel", "Menu", "Search this site", "Copyright",
                   "Related Links", "display: flex"):
        assert chrome not in loaded.text
    assert loaded.meta == PageMeta(
        title="Japan-Kenya Foreign Ministers' Meeting",
        publisher="Ministry of Foreign Affairs of Japan", published="2023-11-08",
        url="https://www.example.org/region/africa/kenya/page_000123.html")


def test_a_page_is_known_by_its_first_tag_whatever_its_name(tmp_path: Path) -> None:
    path = tmp_path / "saved-page.txt"
    path.write_text("<!DOCTYPE html><html><head><title>Foreign Ministers' Talk</title></head>"
                    "<body><nav><a href='/'>Home menu</a></nav><div class='content'><p>"
                    + TEXT + "</p><p>They agreed to meet again in the autumn.</p></div></body>"
                    "</html>")
    loaded = read_source(path)
    assert loaded.html and TEXT in loaded.text and "Home menu" not in loaded.text
    # The title was not in the page's body: it is put first, so it can be read with a span.
    assert loaded.text.startswith("Foreign Ministers' Talk\n\n")


def test_an_htm_file_with_no_tags_is_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "plain.htm"
    path.write_text(TEXT)
    loaded = read_source(path)
    assert not loaded.html and loaded.text == TEXT


def test_a_page_with_no_main_text_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><head><script>var a = 1;</script></head><body></body></html>")
    with pytest.raises(InputError) as caught:
        read_source(path)
    assert caught.value.code == "empty"


# --- records that never raise ------------------------------------------------------------

def test_extract_path_turns_every_bad_input_into_an_error_record(bad_files) -> None:
    records = {name: extract_path(path) for name, path in bad_files.items()}
    assert {n: r.error.code if r.error else None for n, r in records.items()} == {
        "empty": "empty", "binary": "binary", "huge": "too_large",
        "utf16": None, "cp1252": None, "good": None}
    for name, record in records.items():
        assert record.document.source == str(bad_files[name])
    assert [p.code for p in records["cp1252"].problems][:1] == ["encoding_guessed"]
    assert "Lef\u00e8vre \u2013" in records["cp1252"].text


def test_iter_records_goes_on_after_bad_documents(tmp_path: Path, bad_files) -> None:
    paths = [str(bad_files["empty"]), str(tmp_path / "nope.txt"), str(bad_files["good"])]
    records = list(iter_records(paths))
    assert [r.document.source for r in records] == paths
    assert [r.error.code if r.error else None for r in records] == ["empty", "not_found", None]


def test_an_extractor_bug_costs_one_document(monkeypatch: pytest.MonkeyPatch,
                                             bad_files) -> None:
    def broken(text: str, source: str | None = None, **_: object) -> Record:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(PIPELINE, "extract_text", broken)
    record = extract_path(bad_files["good"])
    assert record.error is not None and record.error.code == "internal"
    assert "ZeroDivisionError" in record.error.message


def test_a_readouts_error_keeps_its_code(monkeypatch: pytest.MonkeyPatch, bad_files) -> None:
    def refuse(text: str, source: str | None = None, **_: object) -> Record:
        raise NotAReadout("a recipe, not a readout")

    monkeypatch.setattr(PIPELINE, "extract_text", refuse)
    record = extract_path(bad_files["good"])
    assert record.error is not None
    assert (record.error.code, record.error.message) == ("not_a_readout",
                                                         "a recipe, not a readout")


def test_page_metadata_reaches_the_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, object] = {}

    def with_meta(text: str, source: str | None = None, meta: PageMeta | None = None,
                  **_: object) -> Record:
        seen["meta"] = meta
        return Record(document=Document(source=source), text=text)

    monkeypatch.setattr(PIPELINE, "extract_text", with_meta)
    extract_path(EXAMPLES / "jp-kenya-foreign-ministers-meeting.html")
    assert isinstance(seen["meta"], PageMeta) and seen["meta"].publisher


def test_the_library_api_is_exported() -> None:
    assert readouts.extract_path is inputs.extract_path
    assert readouts.iter_records is inputs.iter_records


def test_what_the_precise_pass_dropped_inside_the_article_is_filled_in_from_the_recall_pass() -> None:
    precise = "Lead paragraph.\nThe delegation included:\nThe visit ends tomorrow."
    recall = ("Home > News\nMenu\nLead paragraph.\nThe delegation included:\n- Mr. A, Ambassador;\n- Ms. B, Director.\n"
              "The visit ends tomorrow.\nRelated news\n© 2025 Ministry")
    assert inputs._filled_in(precise, recall) == ("Lead paragraph.\nThe delegation included:\n- Mr. A, Ambassador;\n"
                                                  "- Ms. B, Director.\nThe visit ends tomorrow.")
    # the recall pass lacks a precise line, or has it out of order: the precise text stands
    assert inputs._filled_in(precise, recall.replace("Lead paragraph.", "Other.")) == precise
    assert inputs._filled_in(precise, "The visit ends tomorrow.\nLead paragraph.\nThe delegation included:\nx") == precise


def test_a_pages_blocks_become_paragraphs_and_its_lists_stay_with_their_heading() -> None:
    text = "Title\nLead paragraph.\nThe delegation included:\n- Mr. A;\n- Ms. B.\nNepal\n- Mr. C\nClosing line."
    assert inputs._blocks_as_paragraphs(text) == ("Title\n\nLead paragraph.\n\nThe delegation included:\n- Mr. A;\n"
                                                  "- Ms. B.\n\nNepal\n- Mr. C\n\nClosing line.")


def test_a_page_in_a_div_soup_keeps_its_delegation_lists_and_its_metadata_date_dates_today() -> None:
    record = extract_path(str(Path(__file__).parent / "fixtures" / "pages" / "list-in-a-div-soup.html"))
    event = record.events[0]
    assert event.date is not None and event.date.value == "2025-10-09"
    names = {p.name.value: p for p in event.participants}
    assert {"Kwesi Adjei-Boateng", "Efua Sarpong", "Tomas Vallery", "Ivo Marten"} <= set(names)
    assert names["Efua Sarpong"].role.value == "attendee"
    assert "Latest News" not in record.text and "Call Centre" not in record.text


def test_a_lead_the_template_keeps_outside_the_article_body_is_put_back() -> None:
    record = extract_path(str(Path(__file__).parent / "fixtures" / "pages" / "lead-outside-the-article-body.html"))
    assert record.text.index("held talks in Samara") < record.text.index("The talks, which began")
    names = {p.name.value: p.role.value for p in record.events[0].participants}
    assert names.get("Ivan Petrovsky") == "principal" and names.get("Nurlan Abenko") == "counterpart"


def test_a_meta_description_that_the_page_does_not_show_is_left_out() -> None:
    page = (Path(__file__).parent / "fixtures" / "pages" / "lead-outside-the-article-body.html").read_text()
    page = page.replace('<p class="read__lead" itemprop="description">Ivan Petrovsky and President of Kazakhstan Nurlan '
                        'Abenko held talks in Samara.</p>', "")
    text, _ = inputs.html_main_text(page)
    assert "held talks in Samara" not in text


def test_a_lead_marked_in_the_articles_header_and_a_labelled_publication_date_are_put_back() -> None:
    record = extract_path(str(Path(__file__).parent / "fixtures" / "pages" / "ingress-and-labelled-date.html"))
    # the ingress, not the related list's "lead", heads the body; the date under "Published on" dates "today"
    assert record.text.index("met Chile") < record.text.index("The meeting began")
    assert "Argentina" not in record.text
    assert record.document.published is not None and record.document.published.value == "2025-03-12"
    event = record.events[0]
    assert event.date is not None and event.date.value == "2025-03-12"
    names = {p.name.value: p.role.value for p in event.participants}
    assert names.get("Ingeborg Fjellheim") == "principal" and names.get("Rodrigo Ancapi Soto") == "counterpart"


def test_a_layout_tables_one_cell_rows_become_paragraphs_and_data_rows_stay() -> None:
    text = "| Home \\| News |\n| 2015/08/18 |\n| On August 17, the Ambassador held talks. |\n| Name | Title |"
    assert inputs._blocks_as_paragraphs(text) == ("Home | News\n\n2015/08/18\n\nOn August 17, the Ambassador held talks."
                                                  "\n\n| Name | Title |")


def test_a_date_element_above_the_headline_dates_a_page_but_a_cards_date_does_not() -> None:
    page = ("<html><body><div class='header'><span class='date'>February 11, 2026</span><h1>Forum opens</h1></div>"
            "<article><p>Jaffna – The second Northern Forum on Women and Reconciliation opened on Tuesday at 9.30 a.m. "
            "at the Public Library. The Governor, Mr. Suresh Kandiah, addressed the forum, which UNDP organised.</p>"
            "</article><aside><div class='card'><a href='/x'>Other news</a> <span class='date'>December 3, 2025</span>"
            "</div></aside></body></html>")
    assert inputs._date_element(page) == "February 11, 2026"
    assert inputs._date_element(page.replace("<span class='date'>February 11, 2026</span>", "")) is None
    text, meta = inputs.html_main_text(page)
    assert meta.published == "2026-02-11" or text.startswith("February 11, 2026")


def test_a_lead_in_a_manchet_and_an_updated_line_under_the_article() -> None:
    record = extract_path(str(Path(__file__).parent / "fixtures" / "pages" / "manchet-and-updated-footer.html"))
    # the Danish template's "manchet" is the lead; the "Updated:" line below the body is not the date line
    assert record.text.index("met the Faroese") < record.text.index("The meeting began")
    assert record.document.published is not None and record.document.published.value == "2026-03-30"
    event = record.events[0]
    assert event.date is not None and event.date.value == "2026-03-30"
    assert event.location.city is not None and event.location.city.value == "Tórshavn"


_PAGE = """<!DOCTYPE html><html><head><title>Minister meets Mexico's undersecretary</title>
<meta property="article:published_time" content="2025-11-04T01:05:00Z"></head><body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<div class="date-now"><span class="DateToken">Friday, November 7, 2025</span></div></header>
<main><article><div class="date">{stamp}</div><h1>Minister meets Mexico's undersecretary</h1>
<p>VICTORIA &ndash; Priya Dhal, Minister of State for Trade, met with Luz Ortiz, Mexico's Undersecretary for
Foreign Trade, at the parliament buildings in Victoria on Monday, Nov. 3, 2025. The two discussed trade in forest
products, seafood and clean technology, and a trade mission planned for February.</p>
<p>The meeting lasted 45 minutes and began at 2 p.m. Both sides agreed to meet again in Mexico City next year.</p>
<dl><dt>Date modified:</dt><dd><time property="dateModified">2025-11-05</time></dd></dl>
</article></main><footer>Contact | Privacy</footer></body></html>"""


def test_the_date_a_page_prints_wins_over_its_utc_metadata() -> None:
    text, _ = inputs.html_main_text(_PAGE.format(stamp="Nov. 3, 2025"))
    record = readouts.extract(text)
    assert record.document.published is not None and record.document.published.value == "2025-11-03"


def test_a_template_s_clock_of_today_and_a_modified_date_are_not_the_page_s_date() -> None:
    assert inputs._date_element(_PAGE.format(stamp="")) is None
    assert inputs._date_element(_PAGE.format(stamp="3 November 2025")) == "3 November 2025"


def test_a_post_s_own_date_in_its_details_list_before_a_grid_of_other_posts() -> None:
    page = ("<html><body><main><article><h1>Deputy Minister receives German Ambassador</h1>"
            "<ul class='post-info'><li><span class='post-info__item--type-date'><time>March 30, 2026</time></span></li></ul>"
            "<p>The Deputy Minister on Monday received the newly accredited Ambassador of Germany.</p></article>"
            "<div class='posts'><article class='elementor-post elementor-grid-item'><h3><a href='/x'>Farewell call</a></h3>"
            "<span class='elementor-post-date'>March 26, 2026</span></article></div></main></body></html>")
    assert inputs._date_element(page) == "March 30, 2026"


def test_a_published_date_beside_an_update_stamp_is_still_the_page_s() -> None:
    page = ("<html><body><main><article><h1>Minister meets delegation</h1><div class='meta'><span class='date'>"
            "3 November 2025</span> | Updated: 4 November 2025</div><p>The Minister met a delegation today.</p>"
            "<dl><dt>Date modified:</dt><dd><time>2025-11-05</time></dd></dl></article></main></body></html>")
    assert inputs._date_element(page) == "3 November 2025"
    assert inputs._date_element(page.replace("<span class='date'>3 November 2025</span> | Updated: 4 November 2025",
                                             "")) is None
