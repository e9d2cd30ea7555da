"""Flask (WSGI) adapter: hand the raw request bytes to :class:`NotificationParser`.

Needs ``flask``; it is not a dependency of this SDK::

    from wechatpay_auth.contrib.flask import notification_view

    app.add_url_rule("/wechatpay/notify", view_func=notification_view(parser, on_event), methods=["POST"])

The view reads the body as bytes (never ``request.json``: the signature covers the exact bytes),
calls :meth:`NotificationParser.handle` and turns its :class:`NotificationReply` into a
``Response``. Bodies over ``max_body_size`` bytes get ``413 {"code":"FAIL",...}``; reading stops at
the limit, also for a chunked body without ``Content-Length``. The view is
named ``wechatpay_notification``; pass ``endpoint=`` to ``add_url_rule`` to register two.
"""

from collections.abc import Callable

from flask import Response  # type: ignore[import-not-found,unused-ignore]
from flask import request as current_request  # type: ignore[import-not-found,unused-ignore]

from .._notifications import DEFAULT_MAX_BODY_SIZE, NotificationHandler, NotificationParser, NotificationReply

__all__ = ["handle_request", "notification_view", "read_body", "to_response"]

_READ_CHUNK = 64 * 1024


def to_response(reply: NotificationReply) -> Response:
    """The Flask ``Response`` for a :class:`NotificationReply`."""
    return Response(reply.body, status=reply.status, headers=dict(reply.headers))


def read_body(*, max_body_size: int = DEFAULT_MAX_BODY_SIZE) -> bytes | None:
    """The raw body of the current request, or None if it is larger than ``max_body_size`` bytes.

    A declared ``Content-Length`` over the limit is refused without reading. Otherwise the body is
    read from the request stream in chunks and reading stops as soon as more than
    ``max_body_size`` bytes arrived: a chunked upload without ``Content-Length`` costs at most
    ``max_body_size + 1`` bytes, never the whole body.
    """
    declared = current_request.content_length
    if declared is not None and declared > max_body_size:
        return None
    cached = getattr(current_request, "_cached_data", None)
    if isinstance(cached, bytes):  # something (a before_request hook) already read request.data
        return cached if len(cached) <= max_body_size else None
    stream = current_request.stream
    chunks: list[bytes] = []
    size = 0
    while True:
        # At most one byte over the limit is ever requested: enough to know the body is too large.
        chunk = stream.read(min(_READ_CHUNK, max_body_size + 1 - size))
        if not chunk:
            break
        size += len(chunk)
        if size > max_body_size:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def handle_request(
    parser: NotificationParser,
    handler: NotificationHandler,
    *,
    max_body_size: int = DEFAULT_MAX_BODY_SIZE,
) -> Response:
    """Verify, decrypt and dispatch the current Flask request; return the reply as a ``Response``."""
    body = read_body(max_body_size=max_body_size)
    if body is None:
        return to_response(NotificationReply.failure("body too large", status=413))
    return to_response(parser.handle(current_request.headers, body, handler))


def notification_view(
    parser: NotificationParser,
    handler: NotificationHandler,
    *,
    max_body_size: int = DEFAULT_MAX_BODY_SIZE,
) -> Callable[[], Response]:
    """A Flask view function for WeChat Pay notifications.

    ``handler(event)`` must be synchronous; raising makes the reply a 500 (WeChat Pay retries).
    """

    def wechatpay_notification() -> Response:
        return handle_request(parser, handler, max_body_size=max_body_size)

    return wechatpay_notification
