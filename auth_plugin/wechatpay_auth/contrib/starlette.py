"""Starlette / FastAPI adapter: hand the raw request bytes to :class:`NotificationParser`.

Needs ``starlette`` (FastAPI depends on it); it is not a dependency of this SDK::

    from wechatpay_auth.contrib.starlette import notification_endpoint

    endpoint = notification_endpoint(parser, on_event)       # on_event(event): sync or async
    app.add_api_route("/wechatpay/notify", endpoint, methods=["POST"])    # FastAPI
    Route("/wechatpay/notify", endpoint, methods=["POST"])                # Starlette

The endpoint reads the body as bytes (never ``await request.json()``: the signature covers the
exact bytes), calls :meth:`NotificationParser.ahandle` and turns its :class:`NotificationReply`
into a ``Response``. Bodies over ``max_body_size`` bytes get ``413 {"code":"FAIL",...}``.
"""

from collections.abc import Awaitable, Callable

from starlette.requests import Request  # type: ignore[import-not-found,unused-ignore]
from starlette.responses import Response  # type: ignore[import-not-found,unused-ignore]

from .._notifications import DEFAULT_MAX_BODY_SIZE, NotificationHandler, NotificationParser, NotificationReply

__all__ = ["handle_request", "notification_endpoint", "read_body", "to_response"]


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
    handler: NotificationHandler,
    *,
    max_body_size: int = DEFAULT_MAX_BODY_SIZE,
) -> Response:
    """Verify, decrypt and dispatch one notification request; return the reply as a ``Response``."""
    body = await read_body(request, max_body_size=max_body_size)
    if body is None:
        return to_response(NotificationReply.failure("body too large", status=413))
    reply = await parser.ahandle(request.headers, body, handler)
    return to_response(reply)


def notification_endpoint(
    parser: NotificationParser,
    handler: NotificationHandler,
    *,
    max_body_size: int = DEFAULT_MAX_BODY_SIZE,
) -> Callable[[Request], Awaitable[Response]]:
    """A Starlette/FastAPI endpoint ``async (request) -> Response`` for WeChat Pay notifications.

    ``handler(event)`` may be sync or async; raising makes the reply a 500 (WeChat Pay retries).
    """

    async def wechatpay_notification(request: Request) -> Response:
        return await handle_request(request, parser, handler, max_body_size=max_body_size)

    return wechatpay_notification
