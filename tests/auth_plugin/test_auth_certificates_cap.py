"""The platform-certificate download reads at most ``CERTIFICATES_MAX_BYTES`` of its answer.

The listing is a few kilobytes per certificate; a peer that sends more (with or without a
``Content-Length``) gets a :class:`ResponseTooLargeError` after at most that many bytes, and the
downloader keeps no certificate from it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from auth_testkit import FakeWeChatPay
from wechatpay_auth import ResponseTooLargeError, WeChatPayError
from wechatpay_auth._keys import CERTIFICATES_MAX_BYTES

CHUNK = 64 * 1024


class Endless(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A chunked body without ``Content-Length`` that counts what the client pulled."""

    def __init__(self) -> None:
        self.pulled = 0

    def __iter__(self) -> Iterator[bytes]:
        while True:
            self.pulled += CHUNK
            yield b" " * CHUNK

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while True:
            self.pulled += CHUNK
            yield b" " * CHUNK


async def _download(send, auth) -> None:  # type: ignore[no-untyped-def]
    if send.mode == "sync":
        auth.certificate_manager.download()
    else:
        await auth.async_certificate_manager.download()


async def test_a_declared_length_above_the_cap_is_refused_unread(send, make_auth, fake: FakeWeChatPay) -> None:
    body = b" " * (CERTIFICATES_MAX_BYTES + 1)
    answer = lambda request: httpx.Response(200, content=body)
    auth = make_auth("certificate", transport=httpx.MockTransport(answer), async_transport=httpx.MockTransport(answer))
    with pytest.raises(ResponseTooLargeError) as caught:
        await _download(send, auth)
    assert isinstance(caught.value, WeChatPayError)
    assert caught.value.limit == CERTIFICATES_MAX_BYTES
    assert caught.value.declared == CERTIFICATES_MAX_BYTES + 1
    assert "/v3/certificates" in str(caught.value)
    assert auth.certificate_manager.store.has_valid(fake.clock()) is False


async def test_a_chunked_answer_stops_at_the_cap(send, make_auth, fake: FakeWeChatPay) -> None:
    stream = Endless()
    answer = lambda request: httpx.Response(200, stream=stream)
    auth = make_auth("certificate", transport=httpx.MockTransport(answer), async_transport=httpx.MockTransport(answer))
    with pytest.raises(ResponseTooLargeError) as caught:
        await _download(send, auth)
    assert caught.value.declared is None
    assert CERTIFICATES_MAX_BYTES < stream.pulled <= CERTIFICATES_MAX_BYTES + CHUNK
