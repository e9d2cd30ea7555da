# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``combine_pay`` tag: one method per operation of ``api/combine_pay/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.combine_app_request import CombineAppRequest
    from ..models.combine_close_request import CombineCloseRequest
    from ..models.combine_h5_request import CombineH5Request
    from ..models.combine_h5_response import CombineH5Response
    from ..models.combine_jsapi_request import CombineJsapiRequest
    from ..models.combine_native_request import CombineNativeRequest
    from ..models.combine_native_response import CombineNativeResponse
    from ..models.combine_prepay_response import CombinePrepayResponse
    from ..models.combine_transaction import CombineTransaction
    from ..types import Response, Unset


class CombinePayResource(SyncResource):
    """``combine_pay`` (typed results).

    基础支付∙合单 — combined payments for direct merchants: one payment (one password entry)
    for up to 50 sub-orders, placed as JSAPI/mini-program, App, H5 or Native orders; query and
    close the combined order. Paths under `/v3/combine-transactions/`.
    """

    __slots__ = ()

    def close_combine_transaction(
        self, combine_out_trade_no: str, *, body: CombineCloseRequest | Mapping[str, Any]
    ) -> None:
        """合单关闭订单API

        关闭合单订单 — close an unpaid combined order so it can no longer be paid. A combined order
        is closed only through this operation (not the single-order close), and always as a
        whole: the request must list every sub-order (`mchid` and `out_trade_no`) exactly as it
        was placed.

        - Not documented as idempotent. After an unclear outcome, check the sub-orders'
          `trade_state` (`CLOSED`) with `query_combine_transaction` before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012577452

        Operation: ``close_combine_transaction`` (POST /v3/combine-transactions/out-trade-no/{combine_out_trade_no}/close); function: ``api.combine_pay.close_combine_transaction``.
        """
        from ..api.combine_pay import close_combine_transaction as _op

        self._invoker.call(_op.sync_detailed, combine_out_trade_no=combine_out_trade_no, body=body)

    def create_combine_app_transaction(
        self, *, body: CombineAppRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> CombinePrepayResponse:
        """合单下单-APP支付API

        合单APP下单 — create one prepaid combined order (up to 50 sub-orders) that the user pays
        once from the merchant's mobile app through the WeChat OpenSDK. Returns `prepay_id`.

        - Each sub-order's `mchid` must be bound to `combine_appid` (the app's AppID).
        - `combine_payer_info.identity` (实名支付) is sensitive: pass plaintext, the SDK encrypts
          it and sets `Wechatpay-Serial`.
        - `contract_info` (optional) asks for an entrusted-deduction contract to be signed during
          the payment; the response's `contract_result` tells whether that pre-sign was accepted.
        - `notify_url` receives `TRANSACTION.SUCCESS` for the combined order (decrypted
          resource: `CombineTransactionNotificationResource`).
        - Not documented as idempotent. After an unclear outcome, look the order up with
          `query_combine_transaction` before placing it again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012556944

        Operation: ``create_combine_app_transaction`` (POST /v3/combine-transactions/app); function: ``api.combine_pay.create_combine_app_transaction``.
        """
        from ..api.combine_pay import create_combine_app_transaction as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)

    def create_combine_h5_transaction(
        self, *, body: CombineH5Request | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> CombineH5Response:
        """合单下单-H5支付API

        合单H5下单 — create one combined order (up to 50 sub-orders) paid from a mobile browser
        outside WeChat. Returns `h5_url`; the page sends the user there, which opens WeChat to
        pay. `scene_info` with `payer_client_ip`, `device_id` and `h5_info` is required.

        - `combine_payer_info.identity` (实名支付) is sensitive: pass plaintext, the SDK encrypts
          it and sets `Wechatpay-Serial`.
        - `notify_url` receives `TRANSACTION.SUCCESS` for the combined order (decrypted
          resource: `CombineTransactionNotificationResource`).
        - Not documented as idempotent. After an unclear outcome, look the order up with
          `query_combine_transaction` before placing it again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012556961

        Operation: ``create_combine_h5_transaction`` (POST /v3/combine-transactions/h5); function: ``api.combine_pay.create_combine_h5_transaction``.
        """
        from ..api.combine_pay import create_combine_h5_transaction as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)

    def create_combine_jsapi_transaction(
        self, *, body: CombineJsapiRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> CombinePrepayResponse:
        """合单下单-JSAPI支付API

        合单JSAPI下单 — create one prepaid combined order that bundles up to 50 sub-orders, so the
        user confirms a single payment (one password entry) inside WeChat (official account page or
        mini program). Returns `prepay_id`; the page then starts payment with a pay-sign computed
        by the merchant, exactly as for a single JSAPI order.

        - Each sub-order's `mchid` must be bound to `combine_appid`; `combine_out_trade_no` is
          unique per merchant and every sub-order `out_trade_no` is unique too.
        - `combine_payer_info.openid` identifies the payer under `combine_appid`; its `identity`
          block (实名支付, needs a separate permission) is sensitive: pass plaintext, the SDK
          encrypts it and sets `Wechatpay-Serial`.
        - `notify_url` receives `TRANSACTION.SUCCESS` for the combined order (decrypted
          resource: `CombineTransactionNotificationResource`).
        - Not documented as idempotent. After an unclear outcome (timeout, 5XX, unverifiable
          response), look the order up with `query_combine_transaction` before placing it again;
          an unpaid combined order is closed only with `close_combine_transaction`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012556926

        Operation: ``create_combine_jsapi_transaction`` (POST /v3/combine-transactions/jsapi); function: ``api.combine_pay.create_combine_jsapi_transaction``.
        """
        from ..api.combine_pay import create_combine_jsapi_transaction as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)

    def create_combine_native_transaction(
        self, *, body: CombineNativeRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> CombineNativeResponse:
        """合单下单-Native支付API

        合单Native下单 — create one combined order (up to 50 sub-orders) paid by scanning a QR
        code: the merchant renders the returned `code_url` as a QR code for the user to scan.

        - `combine_payer_info.identity` (实名支付) is sensitive: pass plaintext, the SDK encrypts
          it and sets `Wechatpay-Serial`.
        - `notify_url` receives `TRANSACTION.SUCCESS` for the combined order (decrypted
          resource: `CombineTransactionNotificationResource`).
        - Not documented as idempotent. After an unclear outcome, look the order up with
          `query_combine_transaction` before placing it again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012556982

        Operation: ``create_combine_native_transaction`` (POST /v3/combine-transactions/native); function: ``api.combine_pay.create_combine_native_transaction``.
        """
        from ..api.combine_pay import create_combine_native_transaction as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)

    def query_combine_transaction(self, combine_out_trade_no: str) -> CombineTransaction:
        """合单查询订单API

        查询合单订单 — look up a combined order by `combine_out_trade_no`: the combined order's
        identifiers, the payer, and each sub-order's state (`trade_state`), amounts and
        promotions. Sub-orders are listed in `sub_orders`; a combined order has no single state of
        its own.

        This is the lookup that resolves an unclear outcome of the four combined-order operations
        and of `close_combine_transaction`, and the fallback when no `TRANSACTION.SUCCESS`
        notification arrives. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012557006

        Operation: ``query_combine_transaction`` (GET /v3/combine-transactions/out-trade-no/{combine_out_trade_no}); function: ``api.combine_pay.query_combine_transaction``.
        """
        from ..api.combine_pay import query_combine_transaction as _op

        return self._invoker.call(_op.sync, combine_out_trade_no=combine_out_trade_no)


class AsyncCombinePayResource(AsyncResource):
    """``combine_pay`` (async, typed results).

    基础支付∙合单 — combined payments for direct merchants: one payment (one password entry)
    for up to 50 sub-orders, placed as JSAPI/mini-program, App, H5 or Native orders; query and
    close the combined order. Paths under `/v3/combine-transactions/`.
    """

    __slots__ = ()

    async def close_combine_transaction(
        self, combine_out_trade_no: str, *, body: CombineCloseRequest | Mapping[str, Any]
    ) -> None:
        """合单关闭订单API

        关闭合单订单 — close an unpaid combined order so it can no longer be paid. A combined order
        is closed only through this operation (not the single-order close), and always as a
        whole: the request must list every sub-order (`mchid` and `out_trade_no`) exactly as it
        was placed.

        - Not documented as idempotent. After an unclear outcome, check the sub-orders'
          `trade_state` (`CLOSED`) with `query_combine_transaction` before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012577452

        Operation: ``close_combine_transaction`` (POST /v3/combine-transactions/out-trade-no/{combine_out_trade_no}/close); function: ``api.combine_pay.close_combine_transaction``.
        """
        from ..api.combine_pay import close_combine_transaction as _op

        await self._invoker.call(_op.asyncio_detailed, combine_out_trade_no=combine_out_trade_no, body=body)

    async def create_combine_app_transaction(
        self, *, body: CombineAppRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> CombinePrepayResponse:
        """合单下单-APP支付API

        合单APP下单 — create one prepaid combined order (up to 50 sub-orders) that the user pays
        once from the merchant's mobile app through the WeChat OpenSDK. Returns `prepay_id`.

        - Each sub-order's `mchid` must be bound to `combine_appid` (the app's AppID).
        - `combine_payer_info.identity` (实名支付) is sensitive: pass plaintext, the SDK encrypts
          it and sets `Wechatpay-Serial`.
        - `contract_info` (optional) asks for an entrusted-deduction contract to be signed during
          the payment; the response's `contract_result` tells whether that pre-sign was accepted.
        - `notify_url` receives `TRANSACTION.SUCCESS` for the combined order (decrypted
          resource: `CombineTransactionNotificationResource`).
        - Not documented as idempotent. After an unclear outcome, look the order up with
          `query_combine_transaction` before placing it again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012556944

        Operation: ``create_combine_app_transaction`` (POST /v3/combine-transactions/app); function: ``api.combine_pay.create_combine_app_transaction``.
        """
        from ..api.combine_pay import create_combine_app_transaction as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)

    async def create_combine_h5_transaction(
        self, *, body: CombineH5Request | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> CombineH5Response:
        """合单下单-H5支付API

        合单H5下单 — create one combined order (up to 50 sub-orders) paid from a mobile browser
        outside WeChat. Returns `h5_url`; the page sends the user there, which opens WeChat to
        pay. `scene_info` with `payer_client_ip`, `device_id` and `h5_info` is required.

        - `combine_payer_info.identity` (实名支付) is sensitive: pass plaintext, the SDK encrypts
          it and sets `Wechatpay-Serial`.
        - `notify_url` receives `TRANSACTION.SUCCESS` for the combined order (decrypted
          resource: `CombineTransactionNotificationResource`).
        - Not documented as idempotent. After an unclear outcome, look the order up with
          `query_combine_transaction` before placing it again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012556961

        Operation: ``create_combine_h5_transaction`` (POST /v3/combine-transactions/h5); function: ``api.combine_pay.create_combine_h5_transaction``.
        """
        from ..api.combine_pay import create_combine_h5_transaction as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)

    async def create_combine_jsapi_transaction(
        self, *, body: CombineJsapiRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> CombinePrepayResponse:
        """合单下单-JSAPI支付API

        合单JSAPI下单 — create one prepaid combined order that bundles up to 50 sub-orders, so the
        user confirms a single payment (one password entry) inside WeChat (official account page or
        mini program). Returns `prepay_id`; the page then starts payment with a pay-sign computed
        by the merchant, exactly as for a single JSAPI order.

        - Each sub-order's `mchid` must be bound to `combine_appid`; `combine_out_trade_no` is
          unique per merchant and every sub-order `out_trade_no` is unique too.
        - `combine_payer_info.openid` identifies the payer under `combine_appid`; its `identity`
          block (实名支付, needs a separate permission) is sensitive: pass plaintext, the SDK
          encrypts it and sets `Wechatpay-Serial`.
        - `notify_url` receives `TRANSACTION.SUCCESS` for the combined order (decrypted
          resource: `CombineTransactionNotificationResource`).
        - Not documented as idempotent. After an unclear outcome (timeout, 5XX, unverifiable
          response), look the order up with `query_combine_transaction` before placing it again;
          an unpaid combined order is closed only with `close_combine_transaction`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012556926

        Operation: ``create_combine_jsapi_transaction`` (POST /v3/combine-transactions/jsapi); function: ``api.combine_pay.create_combine_jsapi_transaction``.
        """
        from ..api.combine_pay import create_combine_jsapi_transaction as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)

    async def create_combine_native_transaction(
        self, *, body: CombineNativeRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> CombineNativeResponse:
        """合单下单-Native支付API

        合单Native下单 — create one combined order (up to 50 sub-orders) paid by scanning a QR
        code: the merchant renders the returned `code_url` as a QR code for the user to scan.

        - `combine_payer_info.identity` (实名支付) is sensitive: pass plaintext, the SDK encrypts
          it and sets `Wechatpay-Serial`.
        - `notify_url` receives `TRANSACTION.SUCCESS` for the combined order (decrypted
          resource: `CombineTransactionNotificationResource`).
        - Not documented as idempotent. After an unclear outcome, look the order up with
          `query_combine_transaction` before placing it again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012556982

        Operation: ``create_combine_native_transaction`` (POST /v3/combine-transactions/native); function: ``api.combine_pay.create_combine_native_transaction``.
        """
        from ..api.combine_pay import create_combine_native_transaction as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)

    async def query_combine_transaction(self, combine_out_trade_no: str) -> CombineTransaction:
        """合单查询订单API

        查询合单订单 — look up a combined order by `combine_out_trade_no`: the combined order's
        identifiers, the payer, and each sub-order's state (`trade_state`), amounts and
        promotions. Sub-orders are listed in `sub_orders`; a combined order has no single state of
        its own.

        This is the lookup that resolves an unclear outcome of the four combined-order operations
        and of `close_combine_transaction`, and the fallback when no `TRANSACTION.SUCCESS`
        notification arrives. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012557006

        Operation: ``query_combine_transaction`` (GET /v3/combine-transactions/out-trade-no/{combine_out_trade_no}); function: ``api.combine_pay.query_combine_transaction``.
        """
        from ..api.combine_pay import query_combine_transaction as _op

        return await self._invoker.call(_op.asyncio, combine_out_trade_no=combine_out_trade_no)


class CombinePayResourceWithRawResponse(SyncResource):
    """``combine_pay`` (raw responses).

    基础支付∙合单 — combined payments for direct merchants: one payment (one password entry)
    for up to 50 sub-orders, placed as JSAPI/mini-program, App, H5 or Native orders; query and
    close the combined order. Paths under `/v3/combine-transactions/`.
    """

    __slots__ = ()

    def close_combine_transaction(
        self, combine_out_trade_no: str, *, body: CombineCloseRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``close_combine_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        合单关闭订单API
        """
        from ..api.combine_pay import close_combine_transaction as _op

        return self._invoker.call(_op.sync_detailed, combine_out_trade_no=combine_out_trade_no, body=body)

    def create_combine_app_transaction(
        self, *, body: CombineAppRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[CombinePrepayResponse]:
        """``create_combine_app_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        合单下单-APP支付API
        """
        from ..api.combine_pay import create_combine_app_transaction as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def create_combine_h5_transaction(
        self, *, body: CombineH5Request | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[CombineH5Response]:
        """``create_combine_h5_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        合单下单-H5支付API
        """
        from ..api.combine_pay import create_combine_h5_transaction as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def create_combine_jsapi_transaction(
        self, *, body: CombineJsapiRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[CombinePrepayResponse]:
        """``create_combine_jsapi_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        合单下单-JSAPI支付API
        """
        from ..api.combine_pay import create_combine_jsapi_transaction as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def create_combine_native_transaction(
        self, *, body: CombineNativeRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[CombineNativeResponse]:
        """``create_combine_native_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        合单下单-Native支付API
        """
        from ..api.combine_pay import create_combine_native_transaction as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def query_combine_transaction(self, combine_out_trade_no: str) -> Response[CombineTransaction]:
        """``query_combine_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        合单查询订单API
        """
        from ..api.combine_pay import query_combine_transaction as _op

        return self._invoker.call(_op.sync_detailed, combine_out_trade_no=combine_out_trade_no)


class AsyncCombinePayResourceWithRawResponse(AsyncResource):
    """``combine_pay`` (async, raw responses).

    基础支付∙合单 — combined payments for direct merchants: one payment (one password entry)
    for up to 50 sub-orders, placed as JSAPI/mini-program, App, H5 or Native orders; query and
    close the combined order. Paths under `/v3/combine-transactions/`.
    """

    __slots__ = ()

    async def close_combine_transaction(
        self, combine_out_trade_no: str, *, body: CombineCloseRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``close_combine_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        合单关闭订单API
        """
        from ..api.combine_pay import close_combine_transaction as _op

        return await self._invoker.call(_op.asyncio_detailed, combine_out_trade_no=combine_out_trade_no, body=body)

    async def create_combine_app_transaction(
        self, *, body: CombineAppRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[CombinePrepayResponse]:
        """``create_combine_app_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        合单下单-APP支付API
        """
        from ..api.combine_pay import create_combine_app_transaction as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def create_combine_h5_transaction(
        self, *, body: CombineH5Request | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[CombineH5Response]:
        """``create_combine_h5_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        合单下单-H5支付API
        """
        from ..api.combine_pay import create_combine_h5_transaction as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def create_combine_jsapi_transaction(
        self, *, body: CombineJsapiRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[CombinePrepayResponse]:
        """``create_combine_jsapi_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        合单下单-JSAPI支付API
        """
        from ..api.combine_pay import create_combine_jsapi_transaction as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def create_combine_native_transaction(
        self, *, body: CombineNativeRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[CombineNativeResponse]:
        """``create_combine_native_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        合单下单-Native支付API
        """
        from ..api.combine_pay import create_combine_native_transaction as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def query_combine_transaction(self, combine_out_trade_no: str) -> Response[CombineTransaction]:
        """``query_combine_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        合单查询订单API
        """
        from ..api.combine_pay import query_combine_transaction as _op

        return await self._invoker.call(_op.asyncio_detailed, combine_out_trade_no=combine_out_trade_no)
