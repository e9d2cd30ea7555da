"""Flask (WSGI) adapter: hand the raw request bytes to :class:`NotificationParser`.

Needs ``flask``; it is not a dependency of this SDK::

    from wechatpay_auth.contrib.flask import notification_view

    app.add_url_rule("/wechatpay/notify", view_func=notification_view(parser, on_event), methods=["POST"])

The view reads the body as bytes (never ``request.json``: the signature covers the exact bytes),
calls :meth:`NotificationParser.handle` and turns its :class:`NotificationReply` into a
``Response``. Bodies over ``max_body_size`` bytes get ``413 {"code":"FAIL",...}``; reading stops at
the limit, also for a chunked body without ``Content-Length``. The view is
named ``wechatpay_notification``; pass ``endpoint=`` to ``add_url_rule`` to register two.

The handler must be a plain function (``def``): a Flask view runs in a worker thread without an
event loop. An ``async def`` handler (or any callable whose call is a coroutine) is refused when
the view is built, with a :class:`~wechatpay_auth.ConfigurationError`; mypy refuses it too (the
handler's type returns ``None``). Before, such a handler answered 500 to every callback and
WeChat Pay retried it for a day. For async handlers use ``wechatpay_auth.contrib.starlette``.
"""

from collections.abc import Callable
from typing import TypeAlias

from flask import Response  # type: ignore[import-not-found,unused-ignore]
from flask import request as current_request  # type: ignore[import-not-found,unused-ignore]

from .._errors import ConfigurationError
from .._notifications import (
    DEFAULT_MAX_BODY_SIZE,
    NotificationEvent,
    NotificationParser,
    NotificationReply,
    is_async_handler,
    read_capped,
)

__all__ = ["SyncNotificationHandler", "handle_request", "notification_view", "read_body", "to_response"]

#: What the Flask adapter calls: ``handler(event)``, synchronous, returning nothing; raise to answer 500.
SyncNotificationHandler: TypeAlias = Callable[[NotificationEvent], None]


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
    return read_capped(stream.read, max_body_size)


def _check_handler(handler: object) -> None:
    if not callable(handler):
        raise ConfigurationError(f"the notification handler must be callable, got {type(handler).__name__}")
    if is_async_handler(handler):
        name = getattr(handler, "__qualname__", type(handler).__name__)
        raise ConfigurationError(
            f"the notification handler {name} is async; the Flask adapter calls handlers synchronously (every "
            "callback would be answered 500). Make it a plain def, or serve it with "
            "wechatpay_auth.contrib.starlette (FastAPI/Starlette), which awaits async handlers"
        )


def handle_request(
    parser: NotificationParser,
    handler: SyncNotificationHandler,
    *,
    max_body_size: int = DEFAULT_MAX_BODY_SIZE,
) -> Response:
    """Verify, decrypt and dispatch the current Flask request; return the reply as a ``Response``.

    ``handler`` must be synchronous (:class:`~wechatpay_auth.ConfigurationError` otherwise, before
    the body is read).
    """
    _check_handler(handler)
    body = read_body(max_body_size=max_body_size)
    if body is None:
        return to_response(NotificationReply.failure("body too large", status=413))
    return to_response(parser.handle(current_request.headers, body, handler))


def notification_view(
    parser: NotificationParser,
    handler: SyncNotificationHandler,
    *,
    max_body_size: int = DEFAULT_MAX_BODY_SIZE,
) -> Callable[[], Response]:
    """A Flask view function for WeChat Pay notifications.

    ``handler(event)`` must be synchronous: an ``async def`` handler raises
    :class:`~wechatpay_auth.ConfigurationError` here, at setup. Raising from the handler makes
    the reply a 500 (WeChat Pay retries).
    """
    _check_handler(handler)

    def wechatpay_notification() -> Response:
        return handle_request(parser, handler, max_body_size=max_body_size)

    return wechatpay_notification
