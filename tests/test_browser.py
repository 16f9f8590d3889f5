"""The web app in a real browser: Debian's Chromium driven by Playwright against a live
uvicorn server on 127.0.0.1 (a thread of this process), over an archive of the examples.

A reviewer searches, opens an event, chooses a value and sees its words lit up in the text
(and the reverse), corrects a value with a token and still sees the correction after the
archive is ingested again by a newer extractor, and views the dashboard. axe-core (vendored,
injected into each page) must find no serious or critical accessibility violation.

Playwright never downloads a browser here: it is pointed at /usr/bin/chromium, which
`./scripts/setup test` installs with apt. Without it the tests skip on a developer's
machine and fail under CI. With READOUTS_SCREENSHOTS=DIR they also save the screenshots
committed in docs/screenshots/.
"""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path
from typing import Any, Iterator

import pytest

from conftest import EXAMPLES

CHROMIUM = os.environ.get("READOUTS_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
SHOTS = os.environ.get("READOUTS_SCREENSHOTS")
SCRIPT_READOUT = """Foreign Secretary meets French Foreign Minister <script>alert('x')</script>

Press release

Foreign Secretary Eleanor Pryce-Whitmore met French Foreign Minister Jean Dupont in London on 5 March 2024.

They discussed <b>women, peace and security</b> and resolution 1325.
"""


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run: {reason}", pytrace=False)
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LiveServer:
    """uvicorn serving the app on 127.0.0.1 in a daemon thread."""

    def __init__(self, app: Any) -> None:
        import uvicorn
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port,
                                                    log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    from readouts.archive.ingest import IngestOptions, ingest
    from readouts.archive.tokens import create_token
    from readouts.store import open_store
    from readouts.web import WebOptions, create_app

    folder = tmp_path_factory.mktemp("browser")
    corpus = folder / "corpus"
    shutil.copytree(EXAMPLES, corpus)
    (corpus / "script-in-text.txt").write_text(SCRIPT_READOUT, encoding="utf-8")
    url = f"sqlite:///{folder / 'archive.db'}"
    with open_store(url) as store:
        list(ingest(store, [str(corpus)], IngestOptions(jobs=1)))
        token = create_token(store, "reviewer").token
    with LiveServer(create_app(WebOptions(db=url))) as server:
        yield {"url": server.url, "db": url, "token": token, "corpus": corpus}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not os.path.exists(CHROMIUM):
        _unavailable(f"no Chromium at {CHROMIUM} (./scripts/setup test installs it)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed (./scripts/setup test)")
    with sync_playwright() as pw:
        try:
            chromium = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        except Exception as exc:  # noqa: BLE001 - any launch failure means no browser
            _unavailable(f"Chromium would not start: {exc}")
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900},
                                  timezone_id="Europe/Paris")
    page = context.new_page()
    page.set_default_timeout(15_000)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("dialog", lambda dialog: errors.append(f"dialog: {dialog.message}"))
    yield page
    context.close()
    assert not errors, errors


def axe_violations(page: Any) -> list[dict[str, Any]]:
    # Served by the app itself (the page's policy allows only its own scripts).
    page.add_script_tag(url="/static/vendor/axe.min.js")
    result = page.evaluate("async () => (await axe.run(document, {resultTypes: "
                           "['violations']})).violations")
    return [{"id": v["id"], "impact": v["impact"], "help": v["help"],
             "nodes": [n["target"] for n in v["nodes"][:3]]}
            for v in result if v["impact"] in ("serious", "critical")]


def shot(page: Any, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=False)


def test_search_then_event_then_evidence_both_ways(site, page) -> None:
    page.goto(site["url"] + "/")
    page.get_by_label("Search the readouts").fill("minister")
    page.get_by_role("button", name="Search").last.click()
    page.wait_for_url("**/search?q=minister*")
    assert "documents found" in page.locator("#hits-title").inner_text()
    assert page.locator(".hit mark").count() > 0           # highlighted snippets
    assert page.locator(".facets a").count() > 0           # facets as links
    assert axe_violations(page) == []
    shot(page, "search")

    page.locator(".hit h3 a", has_text="Telephone Talk").first.click()
    page.wait_for_url("**/events/**")
    assert axe_violations(page) == []
    times = page.locator("section.times").inner_text()
    assert "UTC+09:00, Asia/Tokyo" in times and "01:30:00 UTC" in times
    date = page.locator("a.field[data-path$='.date']").first
    path = date.get_attribute("data-path")
    date.click()
    lit = page.locator("#readout-text .ev.hl")
    assert lit.count() >= 1
    assert lit.first.is_visible()
    assert path in (lit.first.get_attribute("data-paths") or "").split()
    assert "read from" in page.locator("#evidence-status").inner_text()
    shot(page, "event")

    # the reverse: highlighted words -> the values read from them
    name = page.locator("a.field[data-path$='participants[0].name']").first
    name_path = name.get_attribute("data-path")
    words = page.locator(f"#readout-text .ev[data-paths~='{name_path}']").first
    words.click()
    assert page.locator(f"a.field.active[data-path='{name_path}']").count() == 1


def test_script_in_a_readout_is_shown_as_text(site, page) -> None:
    page.goto(site["url"] + "/search?q=Dupont")
    page.locator(".hit h3 a").first.click()
    page.wait_for_url("**/events/**")
    assert "<script>alert('x')</script>" in page.locator("#readout-text").inner_text()
    assert page.locator("#readout-text script, #readout-text b").count() == 0


def test_correct_a_field_with_a_token_and_it_survives_reingest(site, page) -> None:
    from readouts.archive.ingest import IngestOptions, ingest
    from readouts.store import open_store

    page.goto(site["url"] + "/search?q=Dupont")
    page.locator(".hit h3 a").first.click()
    page.wait_for_url("**/events/**")
    event_url = page.url
    gender_path = page.locator("#c-path option[value$='participants[1].gender']") \
        .get_attribute("value")
    page.select_option("#c-path", gender_path)
    page.fill("#c-value", "male")
    page.fill("#c-reason", "the text calls him Mr. Dupont")
    page.fill("#c-token", "not-a-token")
    page.get_by_role("button", name="Save correction").click()
    assert "not valid" in page.locator("#form-error").inner_text()

    page.select_option("#c-path", gender_path)
    page.fill("#c-value", "male")
    page.fill("#c-reason", "the text calls him Mr. Dupont")
    page.fill("#c-token", site["token"])
    page.get_by_role("button", name="Save correction").click()
    page.wait_for_url("**corrected=*")
    assert page.get_by_role("status").first.inner_text().startswith("Correction")
    field = page.locator(f"[id='f-{gender_path.replace('[', '-').replace(']', '').replace('.', '-')}']")
    assert "male" in field.inner_text()
    assert axe_violations(page) == []
    shot(page, "event-corrected")

    # A newer extractor re-reads every document: the correction stays in force.
    with open_store(site["db"]) as store:
        store.execute("UPDATE documents SET extractor_version = '0.0.1'")
        outcomes = list(ingest(store, [str(site["corpus"])], IngestOptions(jobs=1)))
        assert {o.status for o in outcomes} == {"updated"}
    page.goto(event_url)
    assert "male" in field.inner_text()
    assert "corrected" in page.locator(".field-row.corrected").first.inner_text()
    assert "in force" in page.locator("#corrections table").inner_text()


def test_dashboard_figures_link_to_their_events(site, page) -> None:
    page.goto(site["url"] + "/dashboard")
    assert page.locator("figure.chart svg[aria-labelledby]").count() >= 6
    links = page.locator("figure.chart svg a")
    assert links.count() > 0
    href = links.first.get_attribute("href")
    assert href.startswith(("/events?", "/people/"))
    assert axe_violations(page) == []
    shot(page, "dashboard")
    links.first.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() in ("Events",) or "/people/" in page.url


def test_other_pages_pass_axe(site, page) -> None:
    for path, name in (("/people", None), ("/problems", "problems"), ("/events", None)):
        page.goto(site["url"] + path)
        assert axe_violations(page) == [], path
        if name:
            shot(page, name)
    page.goto(site["url"] + "/people")
    page.locator("tbody a").first.click()
    page.wait_for_url("**/people/**")
    assert page.locator("figure.chart svg circle").count() >= 1
    assert axe_violations(page) == []
    shot(page, "person")
