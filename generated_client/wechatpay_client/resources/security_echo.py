# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``security_echo`` tag: one method per operation of ``api/security_echo/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.security_echo_request import SecurityEchoRequest
    from ..models.security_echo_response import SecurityEchoResponse
    from ..types import Response, Unset


class SecurityEchoResource(SyncResource):
    """``security_echo`` (typed results).

    商户签名验签／加解密测试 — a test call for request signing, answer verification and field
    encryption, with an optional test notification (`SECURITY_ECHO.SUCCESS`). Path
    `/v3/security/echo`.
    """

    __slots__ = ()

    def send_security_echo(
        self, *, body: SecurityEchoRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> SecurityEchoResponse:
        """商户签名验签／加解密测试

        商户签名验签／加解密测试 — a test call with no business effect: WeChat Pay checks the
        request's signature, sends `echo_message` back unchanged and, when
        `encrypted_echo_message` is given, decrypts it and returns it encrypted with the
        merchant's key. Use it to check the merchant key, the WeChat Pay public key or platform
        certificate, and the encryption set-up before going live. One call must use one kind of
        WeChat Pay key for both the signature check and the encryption (public key or platform
        certificate, not a mix).

        - `encrypted_echo_message` is sensitive: pass plaintext; the SDK encrypts it and sets
          `Wechatpay-Serial`. In the answer it is decrypted by the SDK, so it should equal what
          was sent.
        - With `notify_url`, WeChat Pay also sends a `SECURITY_ECHO.SUCCESS` notification there
          (see `SecurityEchoNotificationResource`), a test of callback handling.
        - No state is created, so resending is harmless (at most one more notification).

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014551946

        Operation: ``send_security_echo`` (POST /v3/security/echo); function: ``api.security_echo.send_security_echo``.
        """
        from ..api.security_echo import send_security_echo as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)


class AsyncSecurityEchoResource(AsyncResource):
    """``security_echo`` (async, typed results).

    商户签名验签／加解密测试 — a test call for request signing, answer verification and field
    encryption, with an optional test notification (`SECURITY_ECHO.SUCCESS`). Path
    `/v3/security/echo`.
    """

    __slots__ = ()

    async def send_security_echo(
        self, *, body: SecurityEchoRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> SecurityEchoResponse:
        """商户签名验签／加解密测试

        商户签名验签／加解密测试 — a test call with no business effect: WeChat Pay checks the
        request's signature, sends `echo_message` back unchanged and, when
        `encrypted_echo_message` is given, decrypts it and returns it encrypted with the
        merchant's key. Use it to check the merchant key, the WeChat Pay public key or platform
        certificate, and the encryption set-up before going live. One call must use one kind of
        WeChat Pay key for both the signature check and the encryption (public key or platform
        certificate, not a mix).

        - `encrypted_echo_message` is sensitive: pass plaintext; the SDK encrypts it and sets
          `Wechatpay-Serial`. In the answer it is decrypted by the SDK, so it should equal what
          was sent.
        - With `notify_url`, WeChat Pay also sends a `SECURITY_ECHO.SUCCESS` notification there
          (see `SecurityEchoNotificationResource`), a test of callback handling.
        - No state is created, so resending is harmless (at most one more notification).

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014551946

        Operation: ``send_security_echo`` (POST /v3/security/echo); function: ``api.security_echo.send_security_echo``.
        """
        from ..api.security_echo import send_security_echo as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)


class SecurityEchoResourceWithRawResponse(SyncResource):
    """``security_echo`` (raw responses).

    商户签名验签／加解密测试 — a test call for request signing, answer verification and field
    encryption, with an optional test notification (`SECURITY_ECHO.SUCCESS`). Path
    `/v3/security/echo`.
    """

    __slots__ = ()

    def send_security_echo(
        self, *, body: SecurityEchoRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[SecurityEchoResponse]:
        """``send_security_echo`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户签名验签／加解密测试
        """
        from ..api.security_echo import send_security_echo as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)


class AsyncSecurityEchoResourceWithRawResponse(AsyncResource):
    """``security_echo`` (async, raw responses).

    商户签名验签／加解密测试 — a test call for request signing, answer verification and field
    encryption, with an optional test notification (`SECURITY_ECHO.SUCCESS`). Path
    `/v3/security/echo`.
    """

    __slots__ = ()

    async def send_security_echo(
        self, *, body: SecurityEchoRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[SecurityEchoResponse]:
        """``send_security_echo`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户签名验签／加解密测试
        """
        from ..api.security_echo import send_security_echo as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)
