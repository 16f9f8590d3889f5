"""Reading documents: paths, directories and stdin in; decoded text (and page metadata) out.

Bytes become text here and nowhere else. The order of guesses: a byte-order mark (UTF-8,
UTF-16, UTF-32); known binary signatures (PDF, ZIP, images, ...); UTF-16 without a BOM (told by
its NUL bytes); UTF-8; for HTML, the charset the page declares; last, Windows-1252, which
decodes any byte and is noted as a problem since it is a guess. HTML pages (by extension or
by their first tag) go through trafilatura, imported only when a page is met, so spans refer
to the page's main text. Plain text is not otherwise changed (no newline rewriting), so spans
are offsets into the file's own characters.

Size cap: a file over MAX_BYTES (5 MiB) is refused with `too_large` before it is read. A
readout is a few kilobytes, and even as a full HTML page rarely 1 MB; a bigger file is a dump
or an archive, and a record built from its first megabytes would be a guess. The cap also
bounds what one document can cost in memory and time.

The library entry points `extract_path` and `iter_records` never raise for a bad document:
they return a Record whose `error` says what was wrong.
"""
from __future__ import annotations

import codecs
import functools
import logging
import os
import re
import stat
import sys
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from .errors import InputError, ReadoutsError
from .model import Document, ErrorInfo, Problem, Record

log = logging.getLogger("readouts")

MAX_BYTES = 5 * 1024 * 1024
DOCUMENT_SUFFIXES = (".txt", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
STDIN = "-"

# Signatures of formats that are never a readout's text; checked before any decoding.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file"), (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX/ODT)"),
    (b"\x89PNG\r\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"), (b"\x7fELF", "an executable"), (b"7z\xbc\xaf", "a 7z archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file"),
    (b"\xfd7zXZ\x00", "an xz archive"), (b"Rar!\x1a\x07", "a RAR archive"),
)
# UTF-32 marks first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control characters that text does not carry (tab, newlines and form feed are fine),
# C1 controls and the replacement character: many of them means the bytes were not text.
_JUNK = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
_MAX_JUNK_SHARE = 0.01
_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL)
_ANY_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*[\s>/]")
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What an HTML page says about itself outside its main text (none of it has a span)."""
    title: str | None = None
    publisher: str | None = None   # the site name, e.g. og:site_name
    published: str | None = None   # YYYY-MM-DD from the page's date metadata
    url: str | None = None         # canonical URL when the page gives one


@dataclass(frozen=True, slots=True)
class Loaded:
    """One document read and decoded: the text the extractor sees and every span indexes."""
    source: str
    text: str
    encoding: str
    html: bool = False
    meta: PageMeta | None = None
    problems: tuple[Problem, ...] = ()


# --- paths -------------------------------------------------------------------------------

def expand(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str]:
    """Each path as given; a directory becomes its documents, recursively, in sorted order.

    A missing path is passed through (reading it gives `not_found`), and so is a directory
    with no documents in it (`no_documents`), so that every argument leaves a trace.
    """
    for path in paths:
        given = os.fspath(path)
        if given != STDIN and os.path.isdir(given):
            found = False
            for doc in _walk(given):
                found = True
                yield doc
            if not found:
                yield given
        else:
            yield given


def _walk(directory: str) -> Iterator[str]:
    """Documents under a directory, depth first, names sorted; hidden entries skipped.

    Only the listings of the directories on the current path are held, so memory grows
    with the depth of the tree, not with the number of documents.
    Symbolic links to directories are not followed (they can make cycles).
    """
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError as exc:
        log.warning("cannot list %s: %s", directory, exc.strerror or exc)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(directory, entry.name)
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(path)
            elif entry.name.lower().endswith(DOCUMENT_SUFFIXES) and entry.is_file():
                yield path
        except OSError:
            yield path  # reading it will report what is wrong


# --- bytes -------------------------------------------------------------------------------

def read_bytes(source: str, limit: int = MAX_BYTES) -> bytes:
    """The raw bytes of a path or of stdin (`-`), refusing more than `limit` bytes."""
    if source == STDIN:
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            raise InputError("unreadable", "no standard input to read")
        data: bytes = stream.read(limit + 1)
    else:
        try:
            info = os.stat(source)
            if stat.S_ISDIR(info.st_mode):
                raise InputError("no_documents",
                                 f"directory holds no {', '.join(DOCUMENT_SUFFIXES)} files")
            # Regular files are refused by size before reading; pipes and devices by reading.
            if stat.S_ISREG(info.st_mode) and info.st_size > limit:
                raise _too_large(info.st_size, limit)
            with open(source, "rb") as handle:
                data = handle.read(limit + 1)
        except (FileNotFoundError, NotADirectoryError):
            raise InputError("not_found", "no such file") from None
        except PermissionError:
            raise InputError("unreadable", "permission denied") from None
        except OSError as exc:
            raise InputError("unreadable", exc.strerror or str(exc)) from None
    if len(data) > limit:
        raise _too_large(None, limit)
    return data


def _too_large(size: int | None, limit: int) -> InputError:
    size_note = f"{size:,} bytes, " if size is not None else ""
    return InputError("too_large", f"{size_note}over the {limit:,}-byte limit for one document")


# --- decoding ----------------------------------------------------------------------------

def decode(data: bytes) -> tuple[str, str, tuple[Problem, ...]]:
    """(text, encoding, problems) for a document's bytes, or InputError (`empty`, `binary`,
    `encoding`)."""
    if not data:
        raise InputError("empty", "the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom):], encoding, "encoding")
            return _checked(text), encoding, ()
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError("binary", f"not text: looks like {what}")
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise InputError("binary", "not text: it holds NUL bytes")
        note = Problem("encoding_guessed", f"no byte-order mark; read as {utf16.upper()} "
                                           "from the pattern of NUL bytes")
        return _checked(_strict(data, utf16, "binary")), utf16, (note,)
    try:
        return _checked(data.decode("utf-8")), "utf-8", ()
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)  # only a page has a <meta charset>
    if declared is not None:
        return _checked(data.decode(declared, errors="replace")), declared, ()
    note = Problem("encoding_guessed", "not valid UTF-8; read as Windows-1252 (cp1252), "
                                       "which may misread some characters")
    return _checked(data.decode("cp1252", errors="replace")), "cp1252", (note,)


def _strict(data: bytes, encoding: str, code: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(code, f"not valid {encoding.upper()} at byte {exc.start}") from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of mostly Latin script has a NUL in every other byte, on one side only."""
    sample = data[:8192]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even = sample[0::2].count(0) / pairs
    odd = sample[1::2].count(0) / pairs
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(data[:4096])
    if match is None:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def _checked(text: str) -> str:
    """The text, unless it is blank or mostly control characters (binary read as text)."""
    if not text.strip():
        raise InputError("empty", "the document holds only white space")
    junk = len(_JUNK.findall(text, 0, 1 << 20))
    if junk > _MAX_JUNK_SHARE * min(len(text), 1 << 20):
        raise InputError("binary", f"not text: {junk:,} control characters")
    return text


# --- HTML --------------------------------------------------------------------------------

def looks_like_html(source: str, text: str) -> bool:
    """A page by its first tag, or by its name if it holds any tag at all."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    return source.lower().endswith(HTML_SUFFIXES) and _ANY_TAG.search(head) is not None


def html_main_text(page: str) -> tuple[str, PageMeta]:
    """The main text of a page (navigation, scripts, footers dropped) and its metadata."""
    import datetime

    import trafilatura  # only pages pay for it (about 0.2 s of start-up)

    settings: dict[str, Any] = dict(
        with_metadata=True, include_comments=False, include_tables=True, include_images=False,
        include_links=False, deduplicate=False,
        # Dates only from what the page states, not guessed from its text or URL.
        date_extraction_params={"original_date": True, "extensive_search": False,
                                "max_date": datetime.date.today().isoformat()})
    # Precision first: on a short page, trafilatura's default fallbacks let menus back in.
    doc: Any = trafilatura.bare_extraction(page, favor_precision=True, **settings)
    if not (getattr(doc, "text", None) or "").strip():
        doc = trafilatura.bare_extraction(page, **settings)
    main = (getattr(doc, "text", None) or "").strip()
    if main:
        # trafilatura's precise pass may drop a list inside the article (a delegation, numbered
        # points) that its recall pass keeps: the precise pass says where the article runs
        recall: Any = trafilatura.bare_extraction(page, favor_recall=True, **{**settings, "with_metadata": False})
        main = _filled_in(main, (getattr(recall, "text", None) or "").strip())
    text = _blocks_as_paragraphs(main)
    if not text:
        raise InputError("empty", "the HTML page has no main text")
    meta = PageMeta(title=_clean(doc.title), publisher=_clean(doc.sitename),
                    published=_clean(doc.date), url=_clean(doc.url))
    # A summary the template keeps outside the article body ("Vladislav X and President Y held talks
    # in Volgograd."), given again as the page's description: put it back above the body, as the lead
    # paragraph it is on the page.
    summary = _clean(getattr(doc, "description", None))
    if summary and len(summary) >= 40 and summary.endswith(".") and _squashed(summary) not in _squashed(text) \
            and _squashed(summary) in _visible_text(page):
        text = f"{summary}\n\n{text}"
    # ... and a lead the template marks as such ("article-ingress", "standfirst") that the main-text
    # pass left out, as it may a block styled apart from the body
    lead = _marked_lead(page)
    if lead and _squashed(lead) not in _squashed(text):
        text = f"{lead}\n\n{text}"
    elif lead and (placed := re.search(r"\s+".join(map(re.escape, lead.split())), text)) is not None \
            and _body_paragraph_before(text[:placed.start()]):
        # ... or that it moved below the body it heads: back to the top
        text = f"{lead}\n\n{text[:placed.start()].rstrip()}\n\n{text[placed.end():].lstrip()}".rstrip() + "\n"
    # A date the page prints under a label ("Published on 27 October 2025") in a block the main-text pass
    # dropped: put the line back on top, where a date line stands. It wins over the metadata, which is
    # often a UTC stamp a day off the date the reader sees ("2025-11-04T01:05:00Z" for "Nov. 3, 2025")
    if meta.published is None or not _head_lines_with(text, _DATE_TEXT.search):
        labelled = _LABELLED_DATE.search(_visible_text(page))
        stamp = labelled.group() if labelled is not None else _date_element(page)
        date_words = labelled.group("date") if labelled is not None else stamp
        # (a body that names the day in its lead is no date line: "... in Victoria on Monday, Nov. 3, 2025.")
        if stamp and not _head_lines_with(text, lambda line: date_words in line):
            text = f"{stamp}\n\n{text}"
    # Keep the title in the text (pages usually repeat it in an <h1>; if not, put it first)
    # so the extractor reads it, with a span, as it does a plain-text readout's first line.
    if meta.title and meta.title not in text[:len(meta.title) + 600]:
        text = f"{meta.title}\n\n{text}"
    return text, meta


def _head_lines_with(text: str, test: Any) -> bool:
    """The head of one of the text's first lines, where a date line or a dateline ("Suva, Tuesday 12 May
    2026 – The Speaker ...") stands, passes `test`; a date further into a lead sentence is no date line."""
    return any(test(line[:80]) for line in text.lstrip().split("\n", 4)[:4])


def _filled_in(precise: str, recall: str) -> str:
    """The recall pass's lines from the precise pass's first line to its last, when the precise
    lines all appear among them in order (what lies between is the article's own); else the
    precise text."""
    kept = [line.strip() for line in precise.split("\n") if line.strip()]
    fuller = [line.strip() for line in recall.split("\n") if line.strip()]
    if not kept or len(fuller) <= len(kept):
        return precise
    try:
        first = fuller.index(kept[0])
    except ValueError:
        return precise
    pos = first
    for line in kept[1:]:
        try:
            pos = fuller.index(line, pos + 1)
        except ValueError:
            return precise
    return "\n".join(fuller[first:pos + 1])


_LIST_ITEM = re.compile(r"[-•*]\s|\d+[.)]\s")


def _blocks_as_paragraphs(text: str) -> str:
    """The page's blocks (one a line in the extractor's output) as paragraphs, a blank line
    between them as in a plain-text readout; the items of a list stay on lines of their own."""
    lines = [_single_cell(line) for line in text.split("\n")]
    out: list[str] = []
    for k, line in enumerate(lines):
        if k and not (_LIST_ITEM.match(line) and _introduces_items(lines[k - 1])) \
                and not (line.startswith("|") and lines[k - 1].startswith("|")):     # a table's rows
            out.append("")
        out.append(line)
    return "\n".join(out)


_CELL_BAR = re.compile(r"(?<!\\)\|")


def _single_cell(line: str) -> str:
    """A table row with one cell that holds anything ("| On August 17, the Ambassador held talks ... |"):
    a layout table's block of text, not data; its words alone. Other lines as they are."""
    stripped = line.strip()
    if not (stripped.startswith("|") and stripped.endswith("|")):
        return line
    cells = [c.strip() for c in _CELL_BAR.split(stripped)[1:-1]]
    filled = [c for c in cells if c]
    return filled[0].replace("\\|", "|") if len(filled) == 1 else line


def _introduces_items(line: str) -> bool:
    """A list item, or what heads a list: "The delegation included:", "Nepal"."""
    line = line.strip()
    return bool(_LIST_ITEM.match(line)) or line.endswith(":") or (len(line) <= 60 and not line.endswith((".", "!", "?")))


# the classes templates give an article's lead paragraph (not "teaser" or "summary", which lists of
# other articles use too)
_LEAD_CLASS = re.compile(r"(?:^|[\s_-])(?:ingress|lead|lede|standfirst|intro|introduction|preamble|chapeau|manchet)(?:$|[\s_-])|"
                         # a whole class or a BEM element: "article__summary", not Drupal's "text-with-summary" body
                         r"(?:^|\s|__)(?:summary|excerpt|abstract)(?:$|\s)",
                         re.I)
_LEAD_WORD = re.compile(r"\bclass=[\"'][^\"']*(?:ingress|lead|lede|standfirst|intro|preamble|chapeau|manchet|summary|excerpt|"
                        r"abstract)", re.I)
_NOT_ARTICLE = {"li", "nav", "aside", "footer", "header", "a", "figcaption"}


@functools.lru_cache(maxsize=1)
def _page_tree(page: str) -> Any:
    """The page parsed once for the lead and the date element that trafilatura's text leaves out."""
    import lxml.html

    try:
        return lxml.html.fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return None


def _body_paragraph_before(text: str) -> bool:
    """Some paragraph of a body (a sentence of a dozen words) stands in `text`."""
    return any(len(block.split()) >= 12 and block.rstrip().endswith((".", "!", "?", "”", '"'))
               for block in text.split("\n\n"))


def _marked_lead(page: str) -> str | None:
    """The text of the first paragraph whose class marks it as the article's lead, when it reads as
    a sentence (40 characters or more, ending with a full stop) outside any list, menu or aside."""
    if not _LEAD_WORD.search(page):
        return None
    tree = _page_tree(page)
    if tree is None:
        return None
    for element in tree.iter("p", "div"):
        if not _LEAD_CLASS.search(element.get("class") or ""):
            continue
        ancestors = {parent.tag for parent in element.iterancestors()}
        # an article's own <header> holds its lead; the page's header is its masthead
        if ancestors & _NOT_ARTICLE - ({"header"} if "article" in ancestors else set()):
            continue
        if element.tag == "div" and element.find(".//div") is not None:
            continue        # a container, not a paragraph
        words = _squashed(element.text_content())
        if len(words) >= 40 and words.endswith("."):
            return words
    return None


_LABELLED_DATE = re.compile(
    r"\b(?:Published(?:\s+on)?|Date\s+of\s+publication|Publication\s+date|Date\s+published|Posted\s+on|Release\s+date)"
    r"\s*:?\s+(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}|"
    r"\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2})\b")
_DATE_CLASS = re.compile(r"(?:^|[\s_-])(?:date|pubdate|published|post-?date|entry-?date|article-?date|news-?date|"
                         r"publish-?date|date-?published|timestamp)(?:$|[\s_-])", re.I)
_MODIFIED = re.compile(r"modified|updated|revised", re.I)
# a template's clock of today ("date-now", DNN's "CURRENTDATE"), not the article's date
_TODAY_CLASS = re.compile(r"now|current|today", re.I)
# where other articles are listed with their dates
_LISTING_CLASS = re.compile(r"card|related|teaser|sidebar|latest|more-news|recent|listing|views-row|td[_-]module|td[_-]block|"
                            r"post-list|news-list|grid-item", re.I)
_DATE_TEXT = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|"
                        r"\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}")


def _date_element(page: str) -> str | None:
    """The text of the first element the template marks as the page's date (<span class="date">
    above the headline, <time>), outside lists, asides and cards of other articles: a date alone."""
    if "date" not in page and "<time" not in page:
        return None
    tree = _page_tree(page)
    if tree is None:
        return None
    for element in tree.iter("span", "p", "div", "li", "time"):
        if element.tag != "time" and not _DATE_CLASS.search(element.get("class") or ""):
            continue
        if _TODAY_CLASS.search(element.get("class") or "") or _TODAY_CLASS.search(element.get("id") or ""):
            continue
        if any(_MODIFIED.search(value) for value in element.attrib.values()) or _MODIFIED.search(_label_before(element)):
            continue        # <time property="dateModified">, "Date modified: 2026-01-13": not when it was published
        ancestors = list(element.iterancestors())
        # an item of a list of other articles (it links to one), not the post's own details list
        if any(a.tag in {"nav", "aside", "footer", "a"} or (a.tag == "li" and a.find(".//a") is not None)
               or _LISTING_CLASS.search(a.get("class") or "") for a in ancestors):
            continue
        words = _squashed(element.text_content())
        if len(words) <= 40 and (found := _DATE_TEXT.search(words)) is not None:
            return found.group()
    return None


def _label_before(element: Any) -> str:
    """The words just before an element, where a label stands: its previous sibling's (and that
    sibling's tail), or, for a first child, its parent's own text or the parent's previous sibling
    ("<dt>Date modified:</dt><dd><time>...")."""
    for node in (element, element.getparent()):
        if node is None:
            break
        before = node.getprevious()
        if before is not None:
            return _squashed(before.text_content() + (before.tail or ""))[-40:]
        parent = node.getparent()
        if parent is not None and (parent.text or "").strip():
            return _squashed(parent.text)[-40:]
    return ""


_TAG = re.compile(r"<[^>]*>")
_HIDDEN = re.compile(r"<(script|style|head)\b.*?</\1\s*>", re.S | re.I)


def _visible_text(page: str) -> str:
    """The page's words outside its tags, head, scripts and styles, white space squashed."""
    import html
    return _squashed(html.unescape(_TAG.sub(" ", _HIDDEN.sub(" ", page))))


def _squashed(text: str) -> str:
    return " ".join(text.split())


def _clean(value: object) -> str | None:
    """Metadata with its white space collapsed; None for nothing or only blanks."""
    if not value:
        return None
    return " ".join(str(value).split()) or None


# --- documents and records ---------------------------------------------------------------

def load(data: bytes, source: str) -> Loaded:
    """Decode a document's bytes, and reduce an HTML page to its main text."""
    text, encoding, problems = decode(data)
    if not looks_like_html(source, text):
        return Loaded(source, text, encoding, problems=problems)
    main, meta = html_main_text(text)
    return Loaded(source, main, encoding, html=True, meta=meta, problems=problems)


def read_source(source: str | os.PathLike[str], limit: int = MAX_BYTES) -> Loaded:
    """Read and decode one document (`-` is stdin). Raises InputError for a bad one."""
    given = os.fspath(source)
    return load(read_bytes(given, limit), given)


def extract_loaded(loaded: Loaded) -> Record:
    """Run the extractor over a loaded document; reading problems come first in the record."""
    from .extract.pipeline import extract_text

    record = extract_text(loaded.text, source=loaded.source, meta=loaded.meta)
    if loaded.problems:
        record.problems[:0] = loaded.problems
    return record


def error_record(source: str | None, code: str, message: str) -> Record:
    return Record(document=Document(source=source), error=ErrorInfo(code, message))


def extract_path(path: str | os.PathLike[str], limit: int = MAX_BYTES) -> Record:
    """One record for one document; a bad document gives a record with `error`, never raises."""
    source = os.fspath(path)
    try:
        return extract_loaded(read_source(source, limit))
    except ReadoutsError as exc:
        return error_record(source, exc.code, str(exc))
    except Exception as exc:  # a bug met on one document costs that document, not the batch
        log.debug("internal error on %s", source, exc_info=True)
        return error_record(source, "internal", f"{type(exc).__name__}: {exc}")


def iter_records(paths: Iterable[str | os.PathLike[str]],
                 limit: int = MAX_BYTES) -> Iterator[Record]:
    """Records for paths (files, directories, `-`), in order, one document at a time."""
    for source in expand(paths):
        yield extract_path(source, limit)
