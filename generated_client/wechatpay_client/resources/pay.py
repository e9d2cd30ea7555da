# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``pay`` tag: one method per operation of ``api/pay/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.pay_app_request import PayAppRequest
    from ..models.pay_close_request import PayCloseRequest
    from ..models.pay_codepay_request import PayCodepayRequest
    from ..models.pay_codepay_response import PayCodepayResponse
    from ..models.pay_h5_request import PayH5Request
    from ..models.pay_h5_response import PayH5Response
    from ..models.pay_jsapi_request import PayJsapiRequest
    from ..models.pay_native_request import PayNativeRequest
    from ..models.pay_native_response import PayNativeResponse
    from ..models.pay_prepay_response import PayPrepayResponse
    from ..models.pay_reverse_request import PayReverseRequest
    from ..models.pay_reverse_response import PayReverseResponse
    from ..models.transaction import Transaction
    from ..types import Response, Unset


class PayResource(SyncResource):
    """``pay`` (typed results).

    基础支付 — basic payments for direct merchants (直连商户): place JSAPI (official account
    and mini-program), App, H5 and Native orders, code payment (付款码), query, close and
    reverse orders. Paths under `/v3/pay/transactions/`.
    """

    __slots__ = ()

    def close_transaction(self, out_trade_no: str, *, body: PayCloseRequest | Mapping[str, Any]) -> None:
        """关闭订单

        关闭订单API — close an unpaid order, e.g. before placing a new order with a new
        `out_trade_no` after a failed payment, or when the merchant gives up waiting. Success is
        `204 No Content` (still signed).

        - Not documented as idempotent; closing an order that is already closed or paid is
          rejected. After an unclear outcome, check `trade_state` (`CLOSED`) with
          `query_transaction_by_out_trade_no`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791860

        Operation: ``close_transaction`` (POST /v3/pay/transactions/out-trade-no/{out_trade_no}/close); function: ``api.pay.close_transaction``.
        """
        from ..api.pay import close_transaction as _op

        self._invoker.call(_op.sync_detailed, out_trade_no=out_trade_no, body=body)

    def create_app_transaction(
        self, *, body: PayAppRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> PayPrepayResponse:
        """APP下单

        APP下单API — create a prepaid order for payment inside the merchant's mobile app
        (`appid` is the app's AppID from the open platform). Returns `prepay_id`, valid for 2 hours;
        the app then launches payment through the WeChat OpenSDK with a pay-sign computed by the
        merchant.

        - `out_trade_no` must be unique per merchant; `notify_url` receives `TRANSACTION.SUCCESS`
          (decrypted resource: `Transaction`) once the user pays.
        - `payer.identity` (实名支付, needs a separate permission) carries sensitive fields: pass
          plaintext, the SDK encrypts them and sets `Wechatpay-Serial`.
        - `time_expire` must carry a UTC offset (RFC 3339, e.g. `2018-06-08T10:34:56+08:00`).
        - Not documented as idempotent. After an unclear outcome (timeout, 5XX, unverifiable
          response), query the order with `query_transaction_by_out_trade_no` before placing it
          again; an order that exists but is unpaid can be closed with `close_transaction`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013070347

        Operation: ``create_app_transaction`` (POST /v3/pay/transactions/app); function: ``api.pay.create_app_transaction``.
        """
        from ..api.pay import create_app_transaction as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)

    def create_codepay_transaction(self, *, body: PayCodepayRequest | Mapping[str, Any]) -> PayCodepayResponse:
        """付款码支付

        付款码支付 — charge the user's payment code (付款码), read by the merchant's scanner
        (`payer.auth_code`). The response carries the order state directly:

        - `SUCCESS`: paid.
        - `USERPAYING` (用户支付中, e.g. the user must enter a password) or an unclear outcome
          (timeout, 5XX, `SYSTEM_ERROR`): poll `query_transaction_by_out_trade_no` with the same
          `out_trade_no` until a final state; if it cannot be determined, reverse the order with
          `reverse_transaction`. Do not place a new order for the same purchase.
        - Not documented as idempotent on `out_trade_no`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012382150

        Operation: ``create_codepay_transaction`` (POST /v3/pay/transactions/codepay); function: ``api.pay.create_codepay_transaction``.
        """
        from ..api.pay import create_codepay_transaction as _op

        return self._invoker.call(_op.sync, body=body)

    def create_h5_transaction(
        self, *, body: PayH5Request | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> PayH5Response:
        """H5下单

        H5下单API — create an order for payment from a mobile browser outside WeChat. Returns
        `h5_url` (valid for 5 minutes); the page redirects the user there, which opens the WeChat
        client to pay. `scene_info` with `payer_client_ip` and `h5_info` is required.

        - `out_trade_no` must be unique per merchant; `notify_url` receives `TRANSACTION.SUCCESS`
          (decrypted resource: `Transaction`) once the user pays.
        - `payer.identity` (实名支付, needs a separate permission) carries sensitive fields: pass
          plaintext, the SDK encrypts them and sets `Wechatpay-Serial`.
        - `time_expire` must carry a UTC offset (RFC 3339, e.g. `2018-06-08T10:34:56+08:00`).
        - Not documented as idempotent. After an unclear outcome (timeout, 5XX, unverifiable
          response), query the order with `query_transaction_by_out_trade_no` before placing it
          again; an order that exists but is unpaid can be closed with `close_transaction`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791834

        Operation: ``create_h5_transaction`` (POST /v3/pay/transactions/h5); function: ``api.pay.create_h5_transaction``.
        """
        from ..api.pay import create_h5_transaction as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)

    def create_jsapi_transaction(
        self, *, body: PayJsapiRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> PayPrepayResponse:
        """JSAPI下单

        JSAPI下单API — create a prepaid order for JSAPI payment: inside WeChat, in an official
        account (公众号) web page **or in a mini program (小程序)**, which use the same API (`appid`
        is then the mini program's AppID). Returns `prepay_id`, valid for 2 hours; the client then
        calls `WeixinJSBridge.getBrandWCPayRequest` / `wx.requestPayment` with a pay-sign computed
        by the merchant.

        - `out_trade_no` must be unique per merchant; `notify_url` receives `TRANSACTION.SUCCESS`
          (decrypted resource: `Transaction`) once the user pays.
        - `payer.identity` (实名支付, needs a separate permission) carries sensitive fields: pass
          plaintext, the SDK encrypts them and sets `Wechatpay-Serial`.
        - `time_expire` must carry a UTC offset (RFC 3339, e.g. `2018-06-08T10:34:56+08:00`).
        - Not documented as idempotent. After an unclear outcome (timeout, 5XX, unverifiable
          response), query the order with `query_transaction_by_out_trade_no` before placing it
          again; an order that exists but is unpaid can be closed with `close_transaction`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791856

        Operation: ``create_jsapi_transaction`` (POST /v3/pay/transactions/jsapi); function: ``api.pay.create_jsapi_transaction``.
        """
        from ..api.pay import create_jsapi_transaction as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)

    def create_native_transaction(
        self, *, body: PayNativeRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> PayNativeResponse:
        """Native下单

        Native下单API — create an order for QR-code payment (扫码支付): the merchant renders
        `code_url` (valid for 2 hours) as a QR code, which the user scans with WeChat.

        - `out_trade_no` must be unique per merchant; `notify_url` receives `TRANSACTION.SUCCESS`
          (decrypted resource: `Transaction`) once the user pays.
        - `payer.identity` (实名支付, needs a separate permission) carries sensitive fields: pass
          plaintext, the SDK encrypts them and sets `Wechatpay-Serial`.
        - `time_expire` must carry a UTC offset (RFC 3339, e.g. `2018-06-08T10:34:56+08:00`).
        - Not documented as idempotent. After an unclear outcome (timeout, 5XX, unverifiable
          response), query the order with `query_transaction_by_out_trade_no` before placing it
          again; an order that exists but is unpaid can be closed with `close_transaction`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791877

        Operation: ``create_native_transaction`` (POST /v3/pay/transactions/native); function: ``api.pay.create_native_transaction``.
        """
        from ..api.pay import create_native_transaction as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)

    def query_transaction_by_id(self, transaction_id: str, *, mchid: str) -> Transaction:
        """微信支付订单号查询订单

        微信支付订单号查询订单 — query an order by the WeChat Pay order number. The response has
        the same shape as the decrypted `TRANSACTION.SUCCESS` resource (`Transaction`). Safe to
        repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791858

        Operation: ``query_transaction_by_id`` (GET /v3/pay/transactions/id/{transaction_id}); function: ``api.pay.query_transaction_by_id``.
        """
        from ..api.pay import query_transaction_by_id as _op

        return self._invoker.call(_op.sync, transaction_id=transaction_id, mchid=mchid)

    def query_transaction_by_out_trade_no(self, out_trade_no: str, *, mchid: str) -> Transaction:
        """商户订单号查询订单

        商户订单号查询订单 — query an order by the merchant order number. This is the lookup that
        resolves an unclear outcome of the order, close and reverse operations, and of the papay
        deductions (`apply_papay_transaction`, `apply_harmony_papay_transaction`, whose orders it
        returns with `trade_type` `PAP`). An order that was never created answers `404`
        (`ORDER_NOT_EXIST`). Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791859

        Operation: ``query_transaction_by_out_trade_no`` (GET /v3/pay/transactions/out-trade-no/{out_trade_no}); function: ``api.pay.query_transaction_by_out_trade_no``.
        """
        from ..api.pay import query_transaction_by_out_trade_no as _op

        return self._invoker.call(_op.sync, out_trade_no=out_trade_no, mchid=mchid)

    def reverse_transaction(
        self, out_trade_no: str, *, body: PayReverseRequest | Mapping[str, Any]
    ) -> PayReverseResponse:
        """撤销订单

        撤销 — reverse a code-payment order whose outcome failed or timed out: an unpaid order
        is closed, a paid one is refunded to the user. For `create_codepay_transaction` orders only.

        - Not documented as idempotent. After an unclear outcome, check the order with
          `query_transaction_by_out_trade_no` (`REVOKED`, `CLOSED` or `REFUND`) before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012382161

        Operation: ``reverse_transaction`` (POST /v3/pay/transactions/out-trade-no/{out_trade_no}/reverse); function: ``api.pay.reverse_transaction``.
        """
        from ..api.pay import reverse_transaction as _op

        return self._invoker.call(_op.sync, out_trade_no=out_trade_no, body=body)


class AsyncPayResource(AsyncResource):
    """``pay`` (async, typed results).

    基础支付 — basic payments for direct merchants (直连商户): place JSAPI (official account
    and mini-program), App, H5 and Native orders, code payment (付款码), query, close and
    reverse orders. Paths under `/v3/pay/transactions/`.
    """

    __slots__ = ()

    async def close_transaction(self, out_trade_no: str, *, body: PayCloseRequest | Mapping[str, Any]) -> None:
        """关闭订单

        关闭订单API — close an unpaid order, e.g. before placing a new order with a new
        `out_trade_no` after a failed payment, or when the merchant gives up waiting. Success is
        `204 No Content` (still signed).

        - Not documented as idempotent; closing an order that is already closed or paid is
          rejected. After an unclear outcome, check `trade_state` (`CLOSED`) with
          `query_transaction_by_out_trade_no`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791860

        Operation: ``close_transaction`` (POST /v3/pay/transactions/out-trade-no/{out_trade_no}/close); function: ``api.pay.close_transaction``.
        """
        from ..api.pay import close_transaction as _op

        await self._invoker.call(_op.asyncio_detailed, out_trade_no=out_trade_no, body=body)

    async def create_app_transaction(
        self, *, body: PayAppRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> PayPrepayResponse:
        """APP下单

        APP下单API — create a prepaid order for payment inside the merchant's mobile app
        (`appid` is the app's AppID from the open platform). Returns `prepay_id`, valid for 2 hours;
        the app then launches payment through the WeChat OpenSDK with a pay-sign computed by the
        merchant.

        - `out_trade_no` must be unique per merchant; `notify_url` receives `TRANSACTION.SUCCESS`
          (decrypted resource: `Transaction`) once the user pays.
        - `payer.identity` (实名支付, needs a separate permission) carries sensitive fields: pass
          plaintext, the SDK encrypts them and sets `Wechatpay-Serial`.
        - `time_expire` must carry a UTC offset (RFC 3339, e.g. `2018-06-08T10:34:56+08:00`).
        - Not documented as idempotent. After an unclear outcome (timeout, 5XX, unverifiable
          response), query the order with `query_transaction_by_out_trade_no` before placing it
          again; an order that exists but is unpaid can be closed with `close_transaction`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013070347

        Operation: ``create_app_transaction`` (POST /v3/pay/transactions/app); function: ``api.pay.create_app_transaction``.
        """
        from ..api.pay import create_app_transaction as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)

    async def create_codepay_transaction(self, *, body: PayCodepayRequest | Mapping[str, Any]) -> PayCodepayResponse:
        """付款码支付

        付款码支付 — charge the user's payment code (付款码), read by the merchant's scanner
        (`payer.auth_code`). The response carries the order state directly:

        - `SUCCESS`: paid.
        - `USERPAYING` (用户支付中, e.g. the user must enter a password) or an unclear outcome
          (timeout, 5XX, `SYSTEM_ERROR`): poll `query_transaction_by_out_trade_no` with the same
          `out_trade_no` until a final state; if it cannot be determined, reverse the order with
          `reverse_transaction`. Do not place a new order for the same purchase.
        - Not documented as idempotent on `out_trade_no`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012382150

        Operation: ``create_codepay_transaction`` (POST /v3/pay/transactions/codepay); function: ``api.pay.create_codepay_transaction``.
        """
        from ..api.pay import create_codepay_transaction as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def create_h5_transaction(
        self, *, body: PayH5Request | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> PayH5Response:
        """H5下单

        H5下单API — create an order for payment from a mobile browser outside WeChat. Returns
        `h5_url` (valid for 5 minutes); the page redirects the user there, which opens the WeChat
        client to pay. `scene_info` with `payer_client_ip` and `h5_info` is required.

        - `out_trade_no` must be unique per merchant; `notify_url` receives `TRANSACTION.SUCCESS`
          (decrypted resource: `Transaction`) once the user pays.
        - `payer.identity` (实名支付, needs a separate permission) carries sensitive fields: pass
          plaintext, the SDK encrypts them and sets `Wechatpay-Serial`.
        - `time_expire` must carry a UTC offset (RFC 3339, e.g. `2018-06-08T10:34:56+08:00`).
        - Not documented as idempotent. After an unclear outcome (timeout, 5XX, unverifiable
          response), query the order with `query_transaction_by_out_trade_no` before placing it
          again; an order that exists but is unpaid can be closed with `close_transaction`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791834

        Operation: ``create_h5_transaction`` (POST /v3/pay/transactions/h5); function: ``api.pay.create_h5_transaction``.
        """
        from ..api.pay import create_h5_transaction as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)

    async def create_jsapi_transaction(
        self, *, body: PayJsapiRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> PayPrepayResponse:
        """JSAPI下单

        JSAPI下单API — create a prepaid order for JSAPI payment: inside WeChat, in an official
        account (公众号) web page **or in a mini program (小程序)**, which use the same API (`appid`
        is then the mini program's AppID). Returns `prepay_id`, valid for 2 hours; the client then
        calls `WeixinJSBridge.getBrandWCPayRequest` / `wx.requestPayment` with a pay-sign computed
        by the merchant.

        - `out_trade_no` must be unique per merchant; `notify_url` receives `TRANSACTION.SUCCESS`
          (decrypted resource: `Transaction`) once the user pays.
        - `payer.identity` (实名支付, needs a separate permission) carries sensitive fields: pass
          plaintext, the SDK encrypts them and sets `Wechatpay-Serial`.
        - `time_expire` must carry a UTC offset (RFC 3339, e.g. `2018-06-08T10:34:56+08:00`).
        - Not documented as idempotent. After an unclear outcome (timeout, 5XX, unverifiable
          response), query the order with `query_transaction_by_out_trade_no` before placing it
          again; an order that exists but is unpaid can be closed with `close_transaction`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791856

        Operation: ``create_jsapi_transaction`` (POST /v3/pay/transactions/jsapi); function: ``api.pay.create_jsapi_transaction``.
        """
        from ..api.pay import create_jsapi_transaction as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)

    async def create_native_transaction(
        self, *, body: PayNativeRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> PayNativeResponse:
        """Native下单

        Native下单API — create an order for QR-code payment (扫码支付): the merchant renders
        `code_url` (valid for 2 hours) as a QR code, which the user scans with WeChat.

        - `out_trade_no` must be unique per merchant; `notify_url` receives `TRANSACTION.SUCCESS`
          (decrypted resource: `Transaction`) once the user pays.
        - `payer.identity` (实名支付, needs a separate permission) carries sensitive fields: pass
          plaintext, the SDK encrypts them and sets `Wechatpay-Serial`.
        - `time_expire` must carry a UTC offset (RFC 3339, e.g. `2018-06-08T10:34:56+08:00`).
        - Not documented as idempotent. After an unclear outcome (timeout, 5XX, unverifiable
          response), query the order with `query_transaction_by_out_trade_no` before placing it
          again; an order that exists but is unpaid can be closed with `close_transaction`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791877

        Operation: ``create_native_transaction`` (POST /v3/pay/transactions/native); function: ``api.pay.create_native_transaction``.
        """
        from ..api.pay import create_native_transaction as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)

    async def query_transaction_by_id(self, transaction_id: str, *, mchid: str) -> Transaction:
        """微信支付订单号查询订单

        微信支付订单号查询订单 — query an order by the WeChat Pay order number. The response has
        the same shape as the decrypted `TRANSACTION.SUCCESS` resource (`Transaction`). Safe to
        repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791858

        Operation: ``query_transaction_by_id`` (GET /v3/pay/transactions/id/{transaction_id}); function: ``api.pay.query_transaction_by_id``.
        """
        from ..api.pay import query_transaction_by_id as _op

        return await self._invoker.call(_op.asyncio, transaction_id=transaction_id, mchid=mchid)

    async def query_transaction_by_out_trade_no(self, out_trade_no: str, *, mchid: str) -> Transaction:
        """商户订单号查询订单

        商户订单号查询订单 — query an order by the merchant order number. This is the lookup that
        resolves an unclear outcome of the order, close and reverse operations, and of the papay
        deductions (`apply_papay_transaction`, `apply_harmony_papay_transaction`, whose orders it
        returns with `trade_type` `PAP`). An order that was never created answers `404`
        (`ORDER_NOT_EXIST`). Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791859

        Operation: ``query_transaction_by_out_trade_no`` (GET /v3/pay/transactions/out-trade-no/{out_trade_no}); function: ``api.pay.query_transaction_by_out_trade_no``.
        """
        from ..api.pay import query_transaction_by_out_trade_no as _op

        return await self._invoker.call(_op.asyncio, out_trade_no=out_trade_no, mchid=mchid)

    async def reverse_transaction(
        self, out_trade_no: str, *, body: PayReverseRequest | Mapping[str, Any]
    ) -> PayReverseResponse:
        """撤销订单

        撤销 — reverse a code-payment order whose outcome failed or timed out: an unpaid order
        is closed, a paid one is refunded to the user. For `create_codepay_transaction` orders only.

        - Not documented as idempotent. After an unclear outcome, check the order with
          `query_transaction_by_out_trade_no` (`REVOKED`, `CLOSED` or `REFUND`) before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012382161

        Operation: ``reverse_transaction`` (POST /v3/pay/transactions/out-trade-no/{out_trade_no}/reverse); function: ``api.pay.reverse_transaction``.
        """
        from ..api.pay import reverse_transaction as _op

        return await self._invoker.call(_op.asyncio, out_trade_no=out_trade_no, body=body)


class PayResourceWithRawResponse(SyncResource):
    """``pay`` (raw responses).

    基础支付 — basic payments for direct merchants (直连商户): place JSAPI (official account
    and mini-program), App, H5 and Native orders, code payment (付款码), query, close and
    reverse orders. Paths under `/v3/pay/transactions/`.
    """

    __slots__ = ()

    def close_transaction(self, out_trade_no: str, *, body: PayCloseRequest | Mapping[str, Any]) -> Response[None]:
        """``close_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        关闭订单
        """
        from ..api.pay import close_transaction as _op

        return self._invoker.call(_op.sync_detailed, out_trade_no=out_trade_no, body=body)

    def create_app_transaction(
        self, *, body: PayAppRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[PayPrepayResponse]:
        """``create_app_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        APP下单
        """
        from ..api.pay import create_app_transaction as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def create_codepay_transaction(
        self, *, body: PayCodepayRequest | Mapping[str, Any]
    ) -> Response[PayCodepayResponse]:
        """``create_codepay_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        付款码支付
        """
        from ..api.pay import create_codepay_transaction as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def create_h5_transaction(
        self, *, body: PayH5Request | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[PayH5Response]:
        """``create_h5_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        H5下单
        """
        from ..api.pay import create_h5_transaction as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def create_jsapi_transaction(
        self, *, body: PayJsapiRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[PayPrepayResponse]:
        """``create_jsapi_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        JSAPI下单
        """
        from ..api.pay import create_jsapi_transaction as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def create_native_transaction(
        self, *, body: PayNativeRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[PayNativeResponse]:
        """``create_native_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        Native下单
        """
        from ..api.pay import create_native_transaction as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def query_transaction_by_id(self, transaction_id: str, *, mchid: str) -> Response[Transaction]:
        """``query_transaction_by_id`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        微信支付订单号查询订单
        """
        from ..api.pay import query_transaction_by_id as _op

        return self._invoker.call(_op.sync_detailed, transaction_id=transaction_id, mchid=mchid)

    def query_transaction_by_out_trade_no(self, out_trade_no: str, *, mchid: str) -> Response[Transaction]:
        """``query_transaction_by_out_trade_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户订单号查询订单
        """
        from ..api.pay import query_transaction_by_out_trade_no as _op

        return self._invoker.call(_op.sync_detailed, out_trade_no=out_trade_no, mchid=mchid)

    def reverse_transaction(
        self, out_trade_no: str, *, body: PayReverseRequest | Mapping[str, Any]
    ) -> Response[PayReverseResponse]:
        """``reverse_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        撤销订单
        """
        from ..api.pay import reverse_transaction as _op

        return self._invoker.call(_op.sync_detailed, out_trade_no=out_trade_no, body=body)


class AsyncPayResourceWithRawResponse(AsyncResource):
    """``pay`` (async, raw responses).

    基础支付 — basic payments for direct merchants (直连商户): place JSAPI (official account
    and mini-program), App, H5 and Native orders, code payment (付款码), query, close and
    reverse orders. Paths under `/v3/pay/transactions/`.
    """

    __slots__ = ()

    async def close_transaction(
        self, out_trade_no: str, *, body: PayCloseRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``close_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        关闭订单
        """
        from ..api.pay import close_transaction as _op

        return await self._invoker.call(_op.asyncio_detailed, out_trade_no=out_trade_no, body=body)

    async def create_app_transaction(
        self, *, body: PayAppRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[PayPrepayResponse]:
        """``create_app_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        APP下单
        """
        from ..api.pay import create_app_transaction as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def create_codepay_transaction(
        self, *, body: PayCodepayRequest | Mapping[str, Any]
    ) -> Response[PayCodepayResponse]:
        """``create_codepay_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        付款码支付
        """
        from ..api.pay import create_codepay_transaction as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def create_h5_transaction(
        self, *, body: PayH5Request | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[PayH5Response]:
        """``create_h5_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        H5下单
        """
        from ..api.pay import create_h5_transaction as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def create_jsapi_transaction(
        self, *, body: PayJsapiRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[PayPrepayResponse]:
        """``create_jsapi_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        JSAPI下单
        """
        from ..api.pay import create_jsapi_transaction as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def create_native_transaction(
        self, *, body: PayNativeRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[PayNativeResponse]:
        """``create_native_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        Native下单
        """
        from ..api.pay import create_native_transaction as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def query_transaction_by_id(self, transaction_id: str, *, mchid: str) -> Response[Transaction]:
        """``query_transaction_by_id`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        微信支付订单号查询订单
        """
        from ..api.pay import query_transaction_by_id as _op

        return await self._invoker.call(_op.asyncio_detailed, transaction_id=transaction_id, mchid=mchid)

    async def query_transaction_by_out_trade_no(self, out_trade_no: str, *, mchid: str) -> Response[Transaction]:
        """``query_transaction_by_out_trade_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户订单号查询订单
        """
        from ..api.pay import query_transaction_by_out_trade_no as _op

        return await self._invoker.call(_op.asyncio_detailed, out_trade_no=out_trade_no, mchid=mchid)

    async def reverse_transaction(
        self, out_trade_no: str, *, body: PayReverseRequest | Mapping[str, Any]
    ) -> Response[PayReverseResponse]:
        """``reverse_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        撤销订单
        """
        from ..api.pay import reverse_transaction as _op

        return await self._invoker.call(_op.asyncio_detailed, out_trade_no=out_trade_no, body=body)
