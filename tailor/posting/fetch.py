"""Fetch a posting from an http(s) address with the standard library.

Deliberately small and strict: one GET with a clear User-Agent, a timeout for
every step and for the whole download, a size cap, at most
:data:`MAX_REDIRECTS` redirects and only to http or https, and every failure
turned into one :class:`~tailor.errors.TailorError` that says what to do.
No cookies, no JavaScript: a page that needs either is better saved from the
browser, and the messages say so.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin, urlsplit

from tailor import __version__
from tailor.errors import TailorError

FETCH_TIMEOUT_SECONDS = 20.0
"""How long to wait for a connection, for each read, and for the whole download."""

MAX_REDIRECTS = 5
"""Redirects followed at most (a job board sends one or two; more is a loop or a login wall)."""

USER_AGENT = f"tailor/{__version__} (job posting reader)"

SCHEMES = ("http", "https")

_CHUNK = 64 * 1024
_SAVE_INSTEAD = "Open the page in a browser and save it (Ctrl+S) as .html, or copy the posting's text into a .txt file."


@dataclass(frozen=True)
class Download:
    """What a server sent: the body and what it said about it."""

    url: str
    """The address after redirects."""
    data: bytes
    media_type: str | None
    """``text/html``, ``application/pdf``, …; None when the server did not say."""
    charset: str | None


def fetch(url: str, max_bytes: int) -> Download:
    """GET ``url``, following up to :data:`MAX_REDIRECTS` http(s) redirects, reading at most ``max_bytes``.

    Raises:
        TailorError: a scheme other than http(s), a timeout, a connection or TLS failure, an HTTP error
            status, too many redirects or a redirect elsewhere than http(s), or a body over ``max_bytes``.
    """
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:  # e.g. "http://[not-an-ipv6"
        raise _invalid(url) from None
    if scheme not in SCHEMES:
        raise TailorError(
            f"The posting address {url} does not start with http:// or https://; tailor fetches only web pages. "
            "Save the posting to a file and pass its path instead."
        )
    opener = urllib.request.build_opener(_Redirects)
    request = urllib.request.Request(
        url,
        headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,application/pdf,*/*;q=0.8"},
    )
    deadline = time.monotonic() + FETCH_TIMEOUT_SECONDS
    try:
        with opener.open(request, timeout=FETCH_TIMEOUT_SECONDS) as response:
            headers: Message = response.headers
            declared = headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise _too_large(url, max_bytes)
            data = _read(response, url, max_bytes, deadline)
            return Download(
                url=response.geturl(),
                data=data,
                media_type=headers.get_content_type() if headers.get("Content-Type") else None,
                charset=headers.get_content_charset(),
            )
    except urllib.error.HTTPError as e:
        e.close()
        raise _http_error(url, e.code, e.reason) from None
    except urllib.error.URLError as e:
        raise _connection_error(url, e.reason) from None
    except TimeoutError:
        raise _timeout(url) from None
    except (http.client.HTTPException, OSError) as e:
        raise _connection_error(url, e) from None
    except ValueError:  # urllib's word for an address it cannot parse
        raise _invalid(url) from None


def _read(response: http.client.HTTPResponse, url: str, max_bytes: int, deadline: float) -> bytes:
    """Read the body in chunks, stopping past ``max_bytes`` or the deadline (a server can trickle forever)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise _timeout(url)
        chunk = response.read1(_CHUNK)  # returns as soon as any bytes arrive
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            raise _too_large(url, max_bytes)


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects only to http(s), and at most :data:`MAX_REDIRECTS` of them."""

    # Our own count below is the limit; urllib's (10 hops, 4 repeats) never trigger first.
    max_redirections = 100
    max_repeats = 100

    def http_error_302(self, req, fp, code, msg, headers):  # type: ignore[no-untyped-def]
        location = headers.get("location") or headers.get("uri")
        if location:
            target = urljoin(req.full_url, location)
            if urlsplit(target).scheme.lower() not in SCHEMES:
                fp.close()
                raise TailorError(
                    f"The page {req.full_url} redirects to {target}, which is not an http(s) address; "
                    f"tailor follows redirects only to web pages. {_SAVE_INSTEAD}"
                )
            hops = getattr(req, "tailor_hops", 0) + 1
            if hops > MAX_REDIRECTS:
                fp.close()
                raise TailorError(
                    f"The page {req.full_url} redirected more than {MAX_REDIRECTS} times (a redirect loop, or a "
                    f"login wall). Check the address in a browser. {_SAVE_INSTEAD}"
                )
            req.tailor_hops = hops  # type: ignore[attr-defined]  # carried over by redirect_request below
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None:
            new.tailor_hops = getattr(req, "tailor_hops", 0)
        return new


def _http_error(url: str, code: int, reason: str) -> TailorError:
    if code == 404 or code == 410:
        advice = "Check the address: the posting may have been taken down."
    elif code in (401, 403, 429):
        advice = f"The site refuses automated readers or needs a login. {_SAVE_INSTEAD}"
    elif code >= 500:
        advice = f"The site has a problem; try again later. {_SAVE_INSTEAD}"
    else:
        advice = _SAVE_INSTEAD
    return TailorError(f"Fetching the posting {url} failed: the server answered {code} {reason}. {advice}")


def _connection_error(url: str, reason: object) -> TailorError:
    if isinstance(reason, TimeoutError):
        return _timeout(url)
    if isinstance(reason, ConnectionRefusedError):
        what = "the server refused the connection"
    elif isinstance(reason, socket.gaierror):
        what = "the host name could not be found (check the address and your network)"
    elif isinstance(reason, ssl.SSLError | ssl.CertificateError):
        what = f"the secure connection failed ({reason})"
    else:
        what = f"the connection failed ({reason})"
    return TailorError(f"Fetching the posting {url} failed: {what}. {_SAVE_INSTEAD}")


def _invalid(url: str) -> TailorError:
    return TailorError(
        f"The posting address {url} is not a valid web address. Check it, or copy it again from the browser."
    )


def _timeout(url: str) -> TailorError:
    return TailorError(
        f"Fetching the posting {url} timed out after {FETCH_TIMEOUT_SECONDS:g} seconds. "
        f"Check your network, or: {_SAVE_INSTEAD}"
    )


def _too_large(url: str, max_bytes: int) -> TailorError:
    return TailorError(
        f"The posting at {url} is larger than {max_bytes / 1_000_000:g} MB; a job posting is a few pages of text. "
        "Check that the address is the posting itself, not a download."
    )
