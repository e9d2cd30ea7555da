"""Django adapter: hand the raw request bytes to :class:`NotificationParser` (sync and async views).

Needs ``django`` (extra ``django``); it is not a dependency of this SDK::

    from django.urls import path
    from wechatpay_auth.contrib.django import notification_view

    urlpatterns = [path("wechatpay/notify", notification_view(parser, on_event))]

``notification_view(parser, handler)`` returns a plain (WSGI) view calling
:meth:`NotificationParser.handle` when ``handler`` is a plain function, and an ``async`` view
calling :meth:`NotificationParser.ahandle` when it is ``async def`` (served by Django's ASGI
handler; the store's async methods are used when it has them). The view is CSRF-exempt (WeChat
Pay sends no CSRF token; the signature is what authenticates the request), answers 405 to
anything but POST, and reads the body from the request stream in chunks: a declared
``Content-Length`` over ``max_body_size`` is refused unread, otherwise reading stops one byte past
the limit; either way the reply is ``413 {"code":"FAIL","message":"body too large"}``, as in the
Flask and Starlette adapters. (Under ASGI, Django itself spools the whole request body to a
temporary file before any view runs: cap request sizes at the server or proxy as well.)
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed  # type: ignore[import-not-found,import-untyped,unused-ignore]

from .._notifications import (
    DEFAULT_MAX_BODY_SIZE,
    NotificationHandler,
    NotificationParser,
    NotificationReply,
    is_async_handler,
    read_capped,
)

__all__ = ["notification_view", "read_body", "to_response"]


def to_response(reply: NotificationReply) -> HttpResponse:
    """The Django ``HttpResponse`` for a :class:`NotificationReply`."""
    response = HttpResponse(reply.body, status=reply.status)
    if "Content-Type" not in reply.headers:
        del response["Content-Type"]  # a 204 or other empty reply: no default text/html
    for name, value in reply.headers.items():
        response[name] = value
    return response


def read_body(request: HttpRequest, *, max_body_size: int = DEFAULT_MAX_BODY_SIZE) -> bytes | None:
    """The raw body of ``request``, or None if it is larger than ``max_body_size`` bytes.

    A declared ``Content-Length`` over the limit is refused without reading; otherwise the body is
    read in chunks and reading stops as soon as more than ``max_body_size`` bytes arrived.
    """
    declared = request.META.get("CONTENT_LENGTH")
    if isinstance(declared, str) and declared.strip().isdigit() and int(declared) > max_body_size:
        return None
    return read_capped(request.read, max_body_size)


def _body_or_refusal(request: HttpRequest, max_body_size: int) -> bytes | HttpResponse:
    """The raw body, or the reply that refuses the request (405 for anything but POST, 413 too large)."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    body = read_body(request, max_body_size=max_body_size)  # spooled by Django already: no I/O wait
    if body is None:
        return to_response(NotificationReply.failure("body too large", status=413))
    return body


def notification_view(
    parser: NotificationParser,
    handler: NotificationHandler,
    *,
    max_body_size: int = DEFAULT_MAX_BODY_SIZE,
) -> Callable[[HttpRequest], HttpResponse] | Callable[[HttpRequest], Awaitable[HttpResponse]]:
    """A Django view for WeChat Pay notifications: async if ``handler`` is ``async def``, else sync.

    ``handler(event)`` raising makes the reply a 500 (WeChat Pay retries); a store failure a 503.
    """
    view: Callable[[HttpRequest], HttpResponse] | Callable[[HttpRequest], Awaitable[HttpResponse]]
    if is_async_handler(handler):

        async def wechatpay_notification_async(request: HttpRequest) -> HttpResponse:
            body = _body_or_refusal(request, max_body_size)
            if not isinstance(body, bytes):
                return body
            return to_response(await parser.ahandle(request.headers, body, handler))

        view = wechatpay_notification_async
    else:

        def wechatpay_notification(request: HttpRequest) -> HttpResponse:
            body = _body_or_refusal(request, max_body_size)
            if not isinstance(body, bytes):
                return body
            return to_response(parser.handle(request.headers, body, handler))

        view = wechatpay_notification
    # What django.views.decorators.csrf.csrf_exempt sets; set directly so that the view stays a
    # coroutine function on every Django version (the decorator wraps async views only since 5.0).
    view.csrf_exempt = True  # type: ignore[union-attr]
    return view
