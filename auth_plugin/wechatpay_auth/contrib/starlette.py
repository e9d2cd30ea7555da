"""Starlette / FastAPI adapter: hand the raw request bytes to :class:`NotificationParser`.

Needs ``starlette`` (FastAPI depends on it); it is not a dependency of this SDK::

    from wechatpay_auth.contrib.starlette import notification_endpoint

    endpoint = notification_endpoint(parser, on_event)       # on_event(event): sync or async
    app.add_api_route("/wechatpay/notify", endpoint, methods=["POST"])    # FastAPI
    Route("/wechatpay/notify", endpoint, methods=["POST"])                # Starlette

The endpoint reads the body as bytes (never ``await request.json()``: the signature covers the
exact bytes), calls :meth:`NotificationParser.ahandle` and turns its :class:`NotificationReply`
into a ``Response``. Bodies over ``max_body_size`` bytes get ``413 {"code":"FAIL",...}``.

Handlers: an ``async def`` handler is awaited on the event loop; a plain ``def`` handler runs in
Starlette's thread pool (``run_in_threadpool``, as Starlette does for sync endpoints), so a
blocking handler (a database call) does not stall every other request of the worker.
"""

import inspect
from collections.abc import Awaitable, Callable
from typing import TypeAlias

from starlette.concurrency import run_in_threadpool  # type: ignore[import-not-found,unused-ignore]
from starlette.requests import Request  # type: ignore[import-not-found,unused-ignore]
from starlette.responses import Response  # type: ignore[import-not-found,unused-ignore]

from .._errors import ConfigurationError
from .._notifications import (
    DEFAULT_MAX_BODY_SIZE,
    NotificationEvent,
    NotificationParser,
    NotificationReply,
    is_async_handler,
)

__all__ = ["AnyNotificationHandler", "handle_request", "notification_endpoint", "read_body", "to_response"]

#: ``handler(event)``: ``async def`` (awaited) or ``def`` (run in the thread pool); raise to answer 500.
AnyNotificationHandler: TypeAlias = Callable[[NotificationEvent], Awaitable[None] | None]


def _off_the_loop(handler: AnyNotificationHandler) -> Callable[[NotificationEvent], Awaitable[None]]:
    """``handler`` as a coroutine function: awaited if async, else run in the thread pool."""
    if not callable(handler):
        raise ConfigurationError(f"the notification handler must be callable, got {type(handler).__name__}")
    if is_async_handler(handler):
        return handler  # type: ignore[return-value]  # checked just above: calling it gives an awaitable

    async def in_thread(event: NotificationEvent) -> None:
        result = await run_in_threadpool(handler, event)
        if inspect.isawaitable(result):  # a plain function that returns an awaitable
            await result

    return in_thread


def to_response(reply: NotificationReply) -> Response:
    """The Starlette ``Response`` for a :class:`NotificationReply`."""
    return Response(content=reply.body, status_code=reply.status, headers=dict(reply.headers))


async def read_body(request: Request, *, max_body_size: int = DEFAULT_MAX_BODY_SIZE) -> bytes | None:
    """The raw body, or None if it is larger than ``max_body_size`` bytes (checked while streaming)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > max_body_size:
        return None
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_body_size:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


async def handle_request(
    request: Request,
    parser: NotificationParser,
    handler: AnyNotificationHandler,
    *,
    max_body_size: int = DEFAULT_MAX_BODY_SIZE,
) -> Response:
    """Verify, decrypt and dispatch one notification request; return the reply as a ``Response``.

    A plain ``def`` handler runs in the thread pool, an ``async def`` one on the loop.
    """
    run = _off_the_loop(handler)
    body = await read_body(request, max_body_size=max_body_size)
    if body is None:
        return to_response(NotificationReply.failure("body too large", status=413))
    reply = await parser.ahandle(request.headers, body, run)
    return to_response(reply)


def notification_endpoint(
    parser: NotificationParser,
    handler: AnyNotificationHandler,
    *,
    max_body_size: int = DEFAULT_MAX_BODY_SIZE,
) -> Callable[[Request], Awaitable[Response]]:
    """A Starlette/FastAPI endpoint ``async (request) -> Response`` for WeChat Pay notifications.

    ``handler(event)`` may be ``async def`` (awaited) or ``def`` (run in the thread pool, never on
    the event loop); raising makes the reply a 500 (WeChat Pay retries).
    """
    run = _off_the_loop(handler)

    async def wechatpay_notification(request: Request) -> Response:
        return await handle_request(request, parser, run, max_body_size=max_body_size)

    return wechatpay_notification
