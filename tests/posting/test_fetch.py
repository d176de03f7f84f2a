"""Postings at http(s) addresses, fetched from a web server on 127.0.0.1: redirects, charsets,
timeouts, size caps and refused schemes."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tailor import __version__
from tailor.errors import TailorError
from tailor.posting import Posting, read_posting, structure
from tailor.posting import fetch as fetch_module
from tailor.posting import read as read_module
from tailor.posting.details import Detail
from tests.posting.formats.samples import BOARD_PAGE, BOARD_TEXT, PDF_LINES, PDF_TEXT, make_pdf

Handler = Callable[[BaseHTTPRequestHandler], None]


@dataclass
class Site:
    """A web server on 127.0.0.1 serving ``pages`` (path → handler), recording each request's User-Agent."""

    base: str = ""
    pages: dict[str, Handler] = field(default_factory=dict)
    user_agents: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path


def respond(
    body: bytes = b"", status: int = 200, content_type: str | None = "text/html", *, length: bool = True, **headers: str
) -> Handler:
    def handle(request: BaseHTTPRequestHandler) -> None:
        request.send_response(status)
        if content_type:
            request.send_header("Content-Type", content_type)
        for name, value in headers.items():
            request.send_header(name, value)
        if length:
            request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body)

    return handle


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    for proxy in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(proxy, raising=False)
    served = Site()

    class Request(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            served.user_agents.append(self.headers.get("User-Agent", ""))
            handler = served.pages.get(self.path, respond(b"Not found", status=404, content_type="text/plain"))
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
                handler(self)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Request)
    served.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield served
    server.shutdown()
    server.server_close()


def test_url_to_a_job_page_is_fetched_and_extracted(site: Site) -> None:
    site.pages["/jobs/senior-data-engineer"] = respond(BOARD_PAGE.encode("utf-8"), content_type="text/html")
    posting = read_posting(site.url("/jobs/senior-data-engineer"))
    assert posting.text == BOARD_TEXT
    assert (posting.title, posting.company, posting.stem) == (
        "Senior Data Engineer",
        "Acme Analytics",
        "senior-data-engineer",
    )
    # The address it was read from is the posting's own, when its page states none.
    assert structure.of(posting).details.url == Detail(site.url("/jobs/senior-data-engineer"), "address")
    assert site.user_agents == [f"tailor/{__version__} (job posting reader)"]


def test_url_to_a_pdf_is_read_as_pdf_by_its_content_type(site: Site) -> None:
    site.pages["/download?id=7"] = respond(make_pdf(PDF_LINES), content_type="application/pdf")
    assert read_posting(site.url("/download?id=7")).text == PDF_TEXT


def test_url_charset_from_the_http_header_is_honoured(site: Site) -> None:
    page = "<html><body><p>Ingénieur à Genève – “C++”</p></body></html>".encode("cp1252")
    site.pages["/job"] = respond(page, content_type="text/html; charset=windows-1252")
    assert read_posting(site.url("/job")).text == "Ingénieur à Genève – “C++”"


def test_url_redirects_are_followed_up_to_five(site: Site) -> None:
    for hop in range(5):
        site.pages[f"/r{hop}"] = respond(status=302, Location=f"/r{hop + 1}")
    site.pages["/r5"] = respond(b"<p>Arrived</p>")
    assert read_posting(site.url("/r0")).text == "Arrived"
    with pytest.raises(TailorError, match="redirected more than 5 times"):
        site.pages["/r6"] = respond(status=301, Location="/r0")
        read_posting(site.url("/r6"))


def test_url_redirect_loop_is_an_error(site: Site) -> None:
    site.pages["/a"] = respond(status=302, Location="/b")
    site.pages["/b"] = respond(status=302, Location="/a")
    with pytest.raises(TailorError, match=r"redirected more than 5 times.*redirect loop"):
        read_posting(site.url("/a"))


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://127.0.0.1/job.txt", "javascript:alert(1)"])
def test_url_redirect_to_another_scheme_is_refused(site: Site, target: str) -> None:
    site.pages["/go"] = respond(status=302, Location=target)
    with pytest.raises(TailorError, match="not an http\\(s\\) address"):
        read_posting(site.url("/go"))


def test_url_http_error_status_is_an_error(site: Site) -> None:
    with pytest.raises(TailorError, match=r"answered 404 Not Found.*taken down"):
        read_posting(site.url("/no-such-job"))
    site.pages["/private"] = respond(status=403)
    with pytest.raises(TailorError, match=r"answered 403.*login"):
        read_posting(site.url("/private"))


def test_url_that_does_not_answer_in_time_is_an_error(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(request: BaseHTTPRequestHandler) -> None:
        time.sleep(2)
        respond(b"<p>too late</p>")(request)

    site.pages["/slow"] = slow
    monkeypatch.setattr(fetch_module, "FETCH_TIMEOUT_SECONDS", 0.3)
    started = time.monotonic()
    with pytest.raises(TailorError, match=r"timed out after 0\.3 seconds"):
        read_posting(site.url("/slow"))
    assert time.monotonic() - started < 1.5


@pytest.mark.parametrize("length", [True, False], ids=["content-length", "no-content-length"])
def test_url_response_over_the_cap_is_refused(site: Site, monkeypatch: pytest.MonkeyPatch, length: bool) -> None:
    monkeypatch.setattr(read_module, "MAX_POSTING_BYTES", 1000)
    site.pages["/huge"] = respond(b"<p>" + b"x" * 100_000 + b"</p>", length=length)
    with pytest.raises(TailorError, match=r"larger than 0\.001 MB"):
        read_posting(site.url("/huge"))


def test_url_with_nobody_listening_is_an_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(TailorError, match="refused the connection"):
        read_posting(f"http://127.0.0.1:{port}/job")


@pytest.mark.parametrize("address", ["ftp://example.com/job.txt", "file:///etc/passwd"])
def test_address_with_another_scheme_is_refused(address: str) -> None:
    with pytest.raises(TailorError, match="does not start with http:// or https://"):
        read_posting(address)


@pytest.mark.parametrize("address", ["http://[not-an-ipv6/job", "http://", "https://exa mple.com:99999/job"])
def test_malformed_address_is_an_error(address: str) -> None:
    with pytest.raises(TailorError, match=address.replace("[", r"\[")):
        read_posting(address)


def test_url_stem_is_its_last_path_part_or_host() -> None:
    assert Posting("https://jobs.example.com/en/jobs/4711-data-engineer.html", "x").stem == "4711-data-engineer"
    assert Posting("https://jobs.example.com/", "x").stem == "jobs.example.com"
