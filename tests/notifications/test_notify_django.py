"""The Django adapter through Django's own request handlers: the test ``Client`` runs the WSGI
handler (sync view), ``AsyncClient`` the ASGI handler (async view), both with CSRF checks enforced
and the CSRF middleware installed, with minimal settings configured here."""

from __future__ import annotations

import asyncio
import inspect
import io
import json
from typing import Any

import django
import pytest
from django.conf import settings

if not settings.configured:
    settings.configure(
        DEBUG=False,
        SECRET_KEY="wechatpay-tests-only",
        ALLOWED_HOSTS=["testserver"],
        ROOT_URLCONF=__name__,
        MIDDLEWARE=["django.middleware.common.CommonMiddleware", "django.middleware.csrf.CsrfViewMiddleware"],
        INSTALLED_APPS=[],
        DATABASES={},
        USE_TZ=True,
    )
    django.setup()

from django.core.handlers.asgi import ASGIRequest
from django.core.handlers.wsgi import WSGIRequest
from django.test import AsyncClient, Client, override_settings
from django.urls import clear_url_caches, path
from notify_kit import APIV3_KEY, KEYS, FakeClock, notification
from wechatpay_auth import InMemoryNotificationStore, NotificationEvent, NotificationParser
from wechatpay_auth.contrib.django import notification_view, read_body

urlpatterns: list[Any] = []
LIMIT = 4096


def route(view: Any) -> None:
    urlpatterns[:] = [path("wechatpay/notify", view)]
    clear_url_caches()


@pytest.fixture(autouse=True)
def _settings() -> Any:
    """These settings whoever configured Django first (another test module may have)."""
    with override_settings(
        ROOT_URLCONF=__name__,
        ALLOWED_HOSTS=["testserver"],
        MIDDLEWARE=["django.middleware.common.CommonMiddleware", "django.middleware.csrf.CsrfViewMiddleware"],
    ):
        yield
    clear_url_caches()


@pytest.fixture
def parser() -> NotificationParser:
    return NotificationParser(
        apiv3_key=APIV3_KEY,
        wechatpay_public_key_id=KEYS.public_key_id,
        wechatpay_public_key=KEYS.public_key_pem,
        store=InMemoryNotificationStore(),
        clock=FakeClock(),
    )


def post_kwargs(note: Any) -> dict[str, Any]:
    headers = {k: v for k, v in note.headers.items() if k.lower() != "content-type"}
    return {"data": note.body, "content_type": "application/json", "headers": headers}


def test_sync_view_through_the_wsgi_handler(parser: NotificationParser) -> None:
    calls: list[str] = []

    def on_event(event: NotificationEvent) -> None:
        if event.envelope.get("event_type") == "TRANSACTION.FAIL":
            raise RuntimeError("database unavailable")
        calls.append(event.id)

    view = notification_view(parser, on_event, max_body_size=LIMIT)
    assert not inspect.iscoroutinefunction(view) and getattr(view, "csrf_exempt", False) is True
    route(view)
    client = Client(enforce_csrf_checks=True)
    note = notification("INSURANCE_ENTRUST.SIGN", notification_id="EV-DJANGO-1")

    response = client.post("/wechatpay/notify", **post_kwargs(note))
    assert response.status_code == 200 and json.loads(response.content) == {"code": "SUCCESS"}
    assert response["Content-Type"] == "application/json"
    assert calls == ["EV-DJANGO-1"]
    again = client.post("/wechatpay/notify", **post_kwargs(note))  # delivered twice
    assert again.status_code == 200 and calls == ["EV-DJANGO-1"]

    forged = notification(signer="other", serial=KEYS.public_key_id)
    assert client.post("/wechatpay/notify", **post_kwargs(forged)).status_code == 401
    failing = notification("TRANSACTION.FAIL", notification_id="EV-DJANGO-FAIL")
    response = client.post("/wechatpay/notify", **post_kwargs(failing))
    assert response.status_code == 500 and json.loads(response.content)["message"] == "internal error"
    assert not parser.store.is_processed("EV-DJANGO-FAIL")  # type: ignore[union-attr]

    got = client.get("/wechatpay/notify")
    assert got.status_code == 405 and got["Allow"] == "POST"
    big = notification(body=b"{" * (LIMIT + 1))
    response = client.post("/wechatpay/notify", **post_kwargs(big))
    assert response.status_code == 413 and json.loads(response.content)["message"] == "body too large"
    at_limit = notification(body=b"{" * LIMIT)  # within the limit: read, then refused as not JSON
    assert client.post("/wechatpay/notify", **post_kwargs(at_limit)).status_code == 400


async def test_async_view_through_the_asgi_handler(parser: NotificationParser) -> None:
    calls: list[str] = []

    async def on_event(event: NotificationEvent) -> None:
        await asyncio.sleep(0)
        calls.append(event.id)

    view = notification_view(parser, on_event, max_body_size=LIMIT)
    assert inspect.iscoroutinefunction(view) and getattr(view, "csrf_exempt", False) is True
    route(view)
    client = AsyncClient(enforce_csrf_checks=True)
    note = notification("TRANSACTION.SUCCESS", notification_id="EV-DJANGO-ASYNC")
    response = await client.post("/wechatpay/notify", **post_kwargs(note))
    assert response.status_code == 200 and json.loads(response.content) == {"code": "SUCCESS"}
    assert (await client.post("/wechatpay/notify", **post_kwargs(note))).status_code == 200
    assert calls == ["EV-DJANGO-ASYNC"]
    assert (await client.get("/wechatpay/notify")).status_code == 405
    big = notification(body=b"{" * (LIMIT + 1))
    assert (await client.post("/wechatpay/notify", **post_kwargs(big))).status_code == 413
    forged = notification(timestamp=1)
    assert (await client.post("/wechatpay/notify", **post_kwargs(forged))).status_code == 401


def test_a_store_failure_is_a_503_through_django(parser: NotificationParser) -> None:
    class DownStore(InMemoryNotificationStore):
        def claim(self, notification_id: str) -> bool:
            raise ConnectionError("down")

    down = NotificationParser(
        apiv3_key=APIV3_KEY,
        wechatpay_public_key_id=KEYS.public_key_id,
        wechatpay_public_key=KEYS.public_key_pem,
        store=DownStore(),
        clock=FakeClock(),
    )
    calls: list[str] = []
    route(notification_view(down, lambda event: calls.append(event.id)))
    response = Client().post("/wechatpay/notify", **post_kwargs(notification()))
    assert response.status_code == 503
    assert json.loads(response.content) == {"code": "FAIL", "message": "notification store unavailable"}
    assert calls == []


class CountingStream(io.BytesIO):
    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.taken = 0

    def read(self, size: int | None = -1) -> bytes:
        chunk = super().read(size)
        self.taken += len(chunk)
        return chunk


def test_a_declared_length_over_the_limit_is_refused_unread() -> None:
    stream = CountingStream(b"x" * (LIMIT * 4))
    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": "/wechatpay/notify",
        "CONTENT_LENGTH": str(LIMIT * 4),
        "wsgi.input": stream,
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "wsgi.url_scheme": "http",
    }
    assert read_body(WSGIRequest(environ), max_body_size=LIMIT) is None
    assert stream.taken == 0


def test_a_body_without_a_length_is_read_one_byte_past_the_limit_at_most() -> None:
    # Under ASGI a chunked request has no Content-Length; Django hands the view the spooled body.
    stream = CountingStream(b"x" * (LIMIT * 50))
    scope = {"type": "http", "method": "POST", "path": "/wechatpay/notify", "headers": [], "query_string": b""}
    assert read_body(ASGIRequest(scope, stream), max_body_size=LIMIT) is None
    assert stream.taken == LIMIT + 1
    small = CountingStream(b"y" * 100)
    assert read_body(ASGIRequest(scope, small), max_body_size=LIMIT) == b"y" * 100
