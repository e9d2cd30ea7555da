"""Issue 14: the framework adapters and the kind of handler they get.

* Flask calls handlers in a worker thread without an event loop: an ``async def`` handler used to
  answer 500 to every callback (WeChat Pay retries for a day) with only a DEBUG traceback saying
  why. It is now refused when the view is built.
* Starlette awaits async handlers; a plain ``def`` handler used to run ON the event loop (a
  blocking handler stalled the worker). It now runs in the thread pool.
"""

from __future__ import annotations

import asyncio
import functools
import threading

import httpx
import pytest
from notify_kit import APIV3_KEY, KEYS, FakeClock, notification
from wechatpay_auth import ConfigurationError, NotificationEvent, NotificationParser


def _parser() -> NotificationParser:
    return NotificationParser(
        apiv3_key=APIV3_KEY,
        wechatpay_public_key_id=KEYS.public_key_id,
        wechatpay_public_key=KEYS.public_key_pem,
        clock=FakeClock(),
    )


async def _async_handler(event: NotificationEvent) -> None:
    return None


class _AsyncCallable:
    async def __call__(self, event: NotificationEvent) -> None:
        return None


@pytest.mark.parametrize(
    "handler",
    [_async_handler, functools.partial(_async_handler), _AsyncCallable()],
    ids=["async-def", "partial", "async-call"],
)
def test_flask_refuses_an_async_handler_at_setup(handler: object) -> None:
    pytest.importorskip("flask")
    from wechatpay_auth.contrib.flask import notification_view

    with pytest.raises(ConfigurationError, match=r"is async; the Flask adapter calls handlers synchronously"):
        notification_view(_parser(), handler)  # type: ignore[arg-type]


def test_flask_handle_request_refuses_an_async_handler_before_reading() -> None:
    pytest.importorskip("flask")
    from flask import Flask
    from wechatpay_auth.contrib.flask import handle_request

    app = Flask("flask_async_refused")
    note = notification("TRANSACTION.SUCCESS")
    with (
        app.test_request_context("/notify", method="POST", data=note.body, headers=note.headers),
        pytest.raises(ConfigurationError, match="contrib.starlette"),
    ):
        handle_request(_parser(), _async_handler)  # type: ignore[arg-type]


def test_flask_sync_handler_still_answers_200() -> None:
    pytest.importorskip("flask")
    from flask import Flask
    from wechatpay_auth.contrib.flask import notification_view

    seen: list[str] = []
    app = Flask("flask_sync_ok")
    app.add_url_rule("/notify", view_func=notification_view(_parser(), lambda e: seen.append(e.id)), methods=["POST"])
    note = notification("TRANSACTION.SUCCESS")
    response = app.test_client().post("/notify", data=note.body, headers=note.headers)
    assert response.status_code == 200 and seen == [note.envelope["id"]]


def test_flask_refuses_a_non_callable() -> None:
    pytest.importorskip("flask")
    from wechatpay_auth.contrib.flask import notification_view

    with pytest.raises(ConfigurationError, match="must be callable"):
        notification_view(_parser(), "on_event")  # type: ignore[arg-type]


async def _post(endpoint: object) -> httpx.Response:
    from starlette.applications import Starlette
    from starlette.routing import Route

    app = Starlette(routes=[Route("/notify", endpoint, methods=["POST"])])  # type: ignore[arg-type]
    note = notification("TRANSACTION.SUCCESS")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://notify.test") as client:
        return await client.post("/notify", content=note.body, headers=note.headers)


async def test_starlette_runs_a_sync_handler_off_the_event_loop() -> None:
    pytest.importorskip("starlette")
    from wechatpay_auth.contrib.starlette import notification_endpoint

    loop_thread = threading.get_ident()
    where: list[tuple[int, bool]] = []

    def blocking_handler(event: NotificationEvent) -> None:
        try:
            asyncio.get_running_loop()
            on_loop = True
        except RuntimeError:
            on_loop = False
        where.append((threading.get_ident(), on_loop))

    response = await _post(notification_endpoint(_parser(), blocking_handler))
    assert response.status_code == 200
    ((thread, on_loop),) = where
    assert thread != loop_thread and not on_loop


async def test_starlette_awaits_an_async_handler_on_the_loop() -> None:
    pytest.importorskip("starlette")
    from wechatpay_auth.contrib.starlette import notification_endpoint

    loop_thread = threading.get_ident()
    where: list[int] = []

    async def handler(event: NotificationEvent) -> None:
        await asyncio.sleep(0)
        where.append(threading.get_ident())

    for endpoint in (notification_endpoint(_parser(), handler), notification_endpoint(_parser(), _AsyncCallable())):
        assert (await _post(endpoint)).status_code == 200
    assert where == [loop_thread]


async def test_starlette_sync_handler_failure_is_a_500() -> None:
    pytest.importorskip("starlette")
    from wechatpay_auth.contrib.starlette import notification_endpoint

    def failing(event: NotificationEvent) -> None:
        raise RuntimeError("db down")

    response = await _post(notification_endpoint(_parser(), failing))
    assert response.status_code == 500 and response.json() == {"code": "FAIL", "message": "internal error"}


@pytest.mark.parametrize(
    "handler",
    [_async_handler, functools.partial(_async_handler), _AsyncCallable()],
    ids=["async-def", "partial", "async-call"],
)
def test_parser_handle_refuses_an_async_handler_and_claims_nothing(handler: object) -> None:
    """``parser.handle()`` (no framework, or a custom adapter) with an async handler answered 500 to
    every delivery ("handler raised TypeError"), so WeChat Pay retried for a day. It is now a
    ConfigurationError naming ahandle(), raised before anything is parsed, claimed or marked."""
    from wechatpay_auth import InMemoryNotificationStore

    store = InMemoryNotificationStore()
    parser = NotificationParser(
        apiv3_key=APIV3_KEY,
        wechatpay_public_key_id=KEYS.public_key_id,
        wechatpay_public_key=KEYS.public_key_pem,
        clock=FakeClock(),
        store=store,
    )
    note = notification("TRANSACTION.SUCCESS")
    with pytest.raises(ConfigurationError, match=r"is async: handle\(\) calls it synchronously; use ahandle\(\)"):
        parser.handle(note.headers, note.body, handler)  # type: ignore[arg-type]
    assert len(store) == 0  # nothing claimed, nothing marked
    # the same notification through ahandle() runs the handler and is marked
    reply = asyncio.run(parser.ahandle(note.headers, note.body, handler))  # type: ignore[arg-type]
    assert reply.status == 200 and store.is_processed(note.envelope["id"])
