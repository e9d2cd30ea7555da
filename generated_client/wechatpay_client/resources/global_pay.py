# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``global_pay`` tag: one method per operation of ``api/global_pay/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.global_pay_h5_response import GlobalPayH5Response
    from ..models.global_pay_h5_transaction_create_request import GlobalPayH5TransactionCreateRequest
    from ..models.global_pay_mchid_request import GlobalPayMchidRequest
    from ..models.global_pay_micropay_request import GlobalPayMicropayRequest
    from ..models.global_pay_micropay_response import GlobalPayMicropayResponse
    from ..models.global_pay_native_response import GlobalPayNativeResponse
    from ..models.global_pay_prepay_response import GlobalPayPrepayResponse
    from ..models.global_pay_transaction import GlobalPayTransaction
    from ..models.global_pay_transaction_create_request import GlobalPayTransactionCreateRequest
    from ..types import Response


class GlobalPayResource(SyncResource):
    """``global_pay`` (typed results).

    跨境∙支付 — cross-border payments for direct merchants (直连模式): JSAPI/mini-program, App,
    H5 and Native orders, code payment (付款码) and its reverse, order query and close. Amounts
    are integers in the minor unit of the order currency. Served from
    `https://apihk.mch.weixin.qq.com`. Paths under `/v3/global/transactions/` and
    `/v3/global/micropay/transactions/`.
    """

    __slots__ = ()

    def close_global_transaction_by_id(
        self, transaction_id: str, *, body: GlobalPayMchidRequest | Mapping[str, Any]
    ) -> None:
        """关闭订单(微信支付订单号)

        关闭订单 (by WeChat Pay order number) — close an unpaid cross-border order so that it
        can no longer be paid: before placing a new order after a failed payment, or when the
        merchant stops waiting for the user. A paid order cannot be closed (refund it instead).
        Answers `204` with no body. Closing twice is harmless in effect, but the call is not
        documented as idempotent: after an unclear outcome read the order with
        `query_global_transaction_by_id` (`trade_state` `CLOSED`).

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013014140

        Operation: ``close_global_transaction_by_id`` (POST /v3/global/transactions/id/{transaction_id}/close); function: ``api.global_pay.close_global_transaction_by_id``.
        """
        from ..api.global_pay import close_global_transaction_by_id as _op

        self._invoker.call(_op.sync_detailed, transaction_id=transaction_id, body=body)

    def close_global_transaction_by_out_trade_no(
        self, out_trade_no: str, *, body: GlobalPayMchidRequest | Mapping[str, Any]
    ) -> None:
        """关闭订单(商户订单号)

        关闭订单 (by merchant order number) — close an unpaid cross-border order by
        `out_trade_no`, e.g. before ordering again under a new number or when the payment
        window has passed. A paid order cannot be closed. Answers `204` with no body. After an
        unclear outcome read the order with `query_global_transaction_by_out_trade_no`
        (`trade_state` `CLOSED`).

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013014140

        Operation: ``close_global_transaction_by_out_trade_no`` (POST /v3/global/transactions/out-trade-no/{out_trade_no}/close); function: ``api.global_pay.close_global_transaction_by_out_trade_no``.
        """
        from ..api.global_pay import close_global_transaction_by_out_trade_no as _op

        self._invoker.call(_op.sync_detailed, out_trade_no=out_trade_no, body=body)

    def create_global_app_transaction(
        self, *, body: GlobalPayTransactionCreateRequest | Mapping[str, Any]
    ) -> GlobalPayPrepayResponse:
        """APP支付下单

        APP支付下单 — cross-border order for payment inside the merchant's mobile app (`appid`
        is the app's AppID from the WeChat open platform, `trade_type` `APP`). Returns
        `prepay_id`, which the app hands to the WeChat OpenSDK together with a pay-sign made by
        the merchant.

        - Amounts are integers in the minor unit of `amount.currency`, not necessarily fen.
        - The outcome arrives at `notify_url` as `TRANSACTION.SUCCESS`
          (`GlobalTransactionNotificationResource`).
        - Not documented as idempotent: after an unclear outcome, check with
          `query_global_transaction_by_out_trade_no` before resending with the same
          `out_trade_no`.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013014223

        Operation: ``create_global_app_transaction`` (POST /v3/global/transactions/app); function: ``api.global_pay.create_global_app_transaction``.
        """
        from ..api.global_pay import create_global_app_transaction as _op

        return self._invoker.call(_op.sync, body=body)

    def create_global_h5_transaction(
        self, *, body: GlobalPayH5TransactionCreateRequest | Mapping[str, Any]
    ) -> GlobalPayH5Response:
        """H5支付下单

        H5支付下单 — cross-border order for payment from a mobile browser outside WeChat
        (`trade_type` `MWEB`). Returns `mweb_url`: send the user's browser there to open
        WeChat and pay. Unlike the other order types, `scene_info` with the user's IP
        (`payer_client_ip`) and the store (`store_info`) is required.

        - Amounts are integers in the minor unit of `amount.currency`, not necessarily fen.
        - The outcome arrives at `notify_url` as `TRANSACTION.SUCCESS`
          (`GlobalTransactionNotificationResource`); a user returning to the page is no proof
          of payment.
        - Not documented as idempotent: after an unclear outcome, check with
          `query_global_transaction_by_out_trade_no` before resending.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013014399

        Operation: ``create_global_h5_transaction`` (POST /v3/global/transactions/mweb); function: ``api.global_pay.create_global_h5_transaction``.
        """
        from ..api.global_pay import create_global_h5_transaction as _op

        return self._invoker.call(_op.sync, body=body)

    def create_global_jsapi_transaction(
        self, *, body: GlobalPayTransactionCreateRequest | Mapping[str, Any]
    ) -> GlobalPayPrepayResponse:
        """JSAPI支付下单

        JSAPI支付下单 — cross-border order for payment inside WeChat: an official-account page
        (JSAPI) or a mini program (the same call; `appid` is then the mini program's AppID).
        Send `trade_type` `JSAPI` and the payer's `openid` under `appid`. Returns `prepay_id`,
        which the page or mini program uses, with a pay-sign made by the merchant, to open the
        payment sheet.

        - Amounts are integers in the minor unit of `amount.currency` (e.g. cents for `HKD`,
          whole yen for `JPY`), not necessarily fen.
        - `merchant_category_code` (MCC) is required for cross-border orders.
        - When the user pays, `notify_url` receives `TRANSACTION.SUCCESS` (decrypted resource:
          `GlobalTransactionNotificationResource`).
        - Not documented as idempotent. After a timeout, 5XX or unverifiable answer, look the
          order up with `query_global_transaction_by_out_trade_no`; resend only with the same
          `out_trade_no` and parameters if it does not exist, or close it first.
        - Served only from the cross-border origin (operation `servers`).

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013014150

        Operation: ``create_global_jsapi_transaction`` (POST /v3/global/transactions/jsapi); function: ``api.global_pay.create_global_jsapi_transaction``.
        """
        from ..api.global_pay import create_global_jsapi_transaction as _op

        return self._invoker.call(_op.sync, body=body)

    def create_global_micropay_transaction(
        self, *, body: GlobalPayMicropayRequest | Mapping[str, Any]
    ) -> GlobalPayMicropayResponse:
        """提交付款码支付

        提交付款码支付 — charge a user at the counter by scanning the payment code shown in
        their WeChat (`payer.auth_code`, `trade_type` `MICROPAY`). The answer carries the
        order; `trade_state` may be `USERPAYING` while the user confirms (e.g. enters a
        password), in which case poll `query_global_transaction_by_out_trade_no` until a final
        state, and reverse the order if it does not succeed in time.

        - Amounts are integers in the minor unit of `amount.currency`, not necessarily fen.
        - A new payment code needs a new `out_trade_no`.
        - Not documented as idempotent. After a timeout, 5XX or unverifiable answer, query the
          order first; if its state stays unknown, reverse it with
          `reverse_global_micropay_transaction_by_out_trade_no`.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013010527

        Operation: ``create_global_micropay_transaction`` (POST /v3/global/micropay/transactions/pay); function: ``api.global_pay.create_global_micropay_transaction``.
        """
        from ..api.global_pay import create_global_micropay_transaction as _op

        return self._invoker.call(_op.sync, body=body)

    def create_global_native_transaction(
        self, *, body: GlobalPayTransactionCreateRequest | Mapping[str, Any]
    ) -> GlobalPayNativeResponse:
        """Native支付下单

        Native支付下单 — cross-border QR-code order (`trade_type` `NATIVE`). Returns
        `code_url`; render it as a QR code for the user to scan with WeChat.

        - Amounts are integers in the minor unit of `amount.currency`, not necessarily fen.
        - The outcome arrives at `notify_url` as `TRANSACTION.SUCCESS`
          (`GlobalTransactionNotificationResource`).
        - Not documented as idempotent: after an unclear outcome, check with
          `query_global_transaction_by_out_trade_no` before resending.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013953

        Operation: ``create_global_native_transaction`` (POST /v3/global/transactions/native); function: ``api.global_pay.create_global_native_transaction``.
        """
        from ..api.global_pay import create_global_native_transaction as _op

        return self._invoker.call(_op.sync, body=body)

    def query_global_transaction_by_id(self, transaction_id: str, *, mchid: str) -> GlobalPayTransaction:
        """查询订单(微信支付订单号)

        查询订单 (by WeChat Pay order number) — read a cross-border order of any type (JSAPI,
        App, H5, Native or code payment) by its WeChat Pay number, to learn its `trade_state`
        when no notification arrived or before acting on it. Amounts are integers in the minor
        unit of their currency; `exchange_rate` gives the rate used when the user paid in
        another currency. Read-only; safe to repeat. Resolves unclear outcomes of
        `close_global_transaction_by_id` and `reverse_global_micropay_transaction_by_id`.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013913

        Operation: ``query_global_transaction_by_id`` (GET /v3/global/transactions/id/{transaction_id}); function: ``api.global_pay.query_global_transaction_by_id``.
        """
        from ..api.global_pay import query_global_transaction_by_id as _op

        return self._invoker.call(_op.sync, transaction_id=transaction_id, mchid=mchid)

    def query_global_transaction_by_out_trade_no(self, out_trade_no: str, *, mchid: str) -> GlobalPayTransaction:
        """查询订单(商户订单号)

        查询订单 (by merchant order number) — read a cross-border order of any type by the
        merchant's `out_trade_no`. This is the lookup that settles an unclear outcome of the
        order calls, of code payment (follow `USERPAYING` until a final state), of
        `close_global_transaction_by_out_trade_no` and of
        `reverse_global_micropay_transaction_by_out_trade_no`. Amounts are integers in the minor
        unit of their currency. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013913

        Operation: ``query_global_transaction_by_out_trade_no`` (GET /v3/global/transactions/out-trade-no/{out_trade_no}); function: ``api.global_pay.query_global_transaction_by_out_trade_no``.
        """
        from ..api.global_pay import query_global_transaction_by_out_trade_no as _op

        return self._invoker.call(_op.sync, out_trade_no=out_trade_no, mchid=mchid)

    def reverse_global_micropay_transaction_by_id(
        self, transaction_id: str, *, body: GlobalPayMchidRequest | Mapping[str, Any]
    ) -> None:
        """撤销订单(微信支付订单号)

        撤销订单 (by WeChat Pay order number) — cancel a code-payment order whose outcome is
        failed or unknown (e.g. the charge call timed out): an unpaid order is closed, a paid
        one is refunded to the user in full. Answers `204` with no body. After an unclear
        outcome read the order with `query_global_transaction_by_id` (`trade_state`
        `REVOKED`) before trying again.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013926

        Operation: ``reverse_global_micropay_transaction_by_id`` (POST /v3/global/micropay/transactions/id/{transaction_id}/reverse); function: ``api.global_pay.reverse_global_micropay_transaction_by_id``.
        """
        from ..api.global_pay import reverse_global_micropay_transaction_by_id as _op

        self._invoker.call(_op.sync_detailed, transaction_id=transaction_id, body=body)

    def reverse_global_micropay_transaction_by_out_trade_no(
        self, out_trade_no: str, *, body: GlobalPayMchidRequest | Mapping[str, Any]
    ) -> None:
        """撤销订单(商户订单号)

        撤销订单 (by merchant order number) — cancel a code-payment order by `out_trade_no`
        when the charge failed or its outcome is unknown: unpaid orders are closed, paid ones
        refunded in full. Answers `204` with no body. After an unclear outcome read the order
        with `query_global_transaction_by_out_trade_no` (`trade_state` `REVOKED`) before
        trying again.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013926

        Operation: ``reverse_global_micropay_transaction_by_out_trade_no`` (POST /v3/global/micropay/transactions/out-trade-no/{out_trade_no}/reverse); function: ``api.global_pay.reverse_global_micropay_transaction_by_out_trade_no``.
        """
        from ..api.global_pay import reverse_global_micropay_transaction_by_out_trade_no as _op

        self._invoker.call(_op.sync_detailed, out_trade_no=out_trade_no, body=body)


class AsyncGlobalPayResource(AsyncResource):
    """``global_pay`` (async, typed results).

    跨境∙支付 — cross-border payments for direct merchants (直连模式): JSAPI/mini-program, App,
    H5 and Native orders, code payment (付款码) and its reverse, order query and close. Amounts
    are integers in the minor unit of the order currency. Served from
    `https://apihk.mch.weixin.qq.com`. Paths under `/v3/global/transactions/` and
    `/v3/global/micropay/transactions/`.
    """

    __slots__ = ()

    async def close_global_transaction_by_id(
        self, transaction_id: str, *, body: GlobalPayMchidRequest | Mapping[str, Any]
    ) -> None:
        """关闭订单(微信支付订单号)

        关闭订单 (by WeChat Pay order number) — close an unpaid cross-border order so that it
        can no longer be paid: before placing a new order after a failed payment, or when the
        merchant stops waiting for the user. A paid order cannot be closed (refund it instead).
        Answers `204` with no body. Closing twice is harmless in effect, but the call is not
        documented as idempotent: after an unclear outcome read the order with
        `query_global_transaction_by_id` (`trade_state` `CLOSED`).

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013014140

        Operation: ``close_global_transaction_by_id`` (POST /v3/global/transactions/id/{transaction_id}/close); function: ``api.global_pay.close_global_transaction_by_id``.
        """
        from ..api.global_pay import close_global_transaction_by_id as _op

        await self._invoker.call(_op.asyncio_detailed, transaction_id=transaction_id, body=body)

    async def close_global_transaction_by_out_trade_no(
        self, out_trade_no: str, *, body: GlobalPayMchidRequest | Mapping[str, Any]
    ) -> None:
        """关闭订单(商户订单号)

        关闭订单 (by merchant order number) — close an unpaid cross-border order by
        `out_trade_no`, e.g. before ordering again under a new number or when the payment
        window has passed. A paid order cannot be closed. Answers `204` with no body. After an
        unclear outcome read the order with `query_global_transaction_by_out_trade_no`
        (`trade_state` `CLOSED`).

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013014140

        Operation: ``close_global_transaction_by_out_trade_no`` (POST /v3/global/transactions/out-trade-no/{out_trade_no}/close); function: ``api.global_pay.close_global_transaction_by_out_trade_no``.
        """
        from ..api.global_pay import close_global_transaction_by_out_trade_no as _op

        await self._invoker.call(_op.asyncio_detailed, out_trade_no=out_trade_no, body=body)

    async def create_global_app_transaction(
        self, *, body: GlobalPayTransactionCreateRequest | Mapping[str, Any]
    ) -> GlobalPayPrepayResponse:
        """APP支付下单

        APP支付下单 — cross-border order for payment inside the merchant's mobile app (`appid`
        is the app's AppID from the WeChat open platform, `trade_type` `APP`). Returns
        `prepay_id`, which the app hands to the WeChat OpenSDK together with a pay-sign made by
        the merchant.

        - Amounts are integers in the minor unit of `amount.currency`, not necessarily fen.
        - The outcome arrives at `notify_url` as `TRANSACTION.SUCCESS`
          (`GlobalTransactionNotificationResource`).
        - Not documented as idempotent: after an unclear outcome, check with
          `query_global_transaction_by_out_trade_no` before resending with the same
          `out_trade_no`.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013014223

        Operation: ``create_global_app_transaction`` (POST /v3/global/transactions/app); function: ``api.global_pay.create_global_app_transaction``.
        """
        from ..api.global_pay import create_global_app_transaction as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def create_global_h5_transaction(
        self, *, body: GlobalPayH5TransactionCreateRequest | Mapping[str, Any]
    ) -> GlobalPayH5Response:
        """H5支付下单

        H5支付下单 — cross-border order for payment from a mobile browser outside WeChat
        (`trade_type` `MWEB`). Returns `mweb_url`: send the user's browser there to open
        WeChat and pay. Unlike the other order types, `scene_info` with the user's IP
        (`payer_client_ip`) and the store (`store_info`) is required.

        - Amounts are integers in the minor unit of `amount.currency`, not necessarily fen.
        - The outcome arrives at `notify_url` as `TRANSACTION.SUCCESS`
          (`GlobalTransactionNotificationResource`); a user returning to the page is no proof
          of payment.
        - Not documented as idempotent: after an unclear outcome, check with
          `query_global_transaction_by_out_trade_no` before resending.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013014399

        Operation: ``create_global_h5_transaction`` (POST /v3/global/transactions/mweb); function: ``api.global_pay.create_global_h5_transaction``.
        """
        from ..api.global_pay import create_global_h5_transaction as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def create_global_jsapi_transaction(
        self, *, body: GlobalPayTransactionCreateRequest | Mapping[str, Any]
    ) -> GlobalPayPrepayResponse:
        """JSAPI支付下单

        JSAPI支付下单 — cross-border order for payment inside WeChat: an official-account page
        (JSAPI) or a mini program (the same call; `appid` is then the mini program's AppID).
        Send `trade_type` `JSAPI` and the payer's `openid` under `appid`. Returns `prepay_id`,
        which the page or mini program uses, with a pay-sign made by the merchant, to open the
        payment sheet.

        - Amounts are integers in the minor unit of `amount.currency` (e.g. cents for `HKD`,
          whole yen for `JPY`), not necessarily fen.
        - `merchant_category_code` (MCC) is required for cross-border orders.
        - When the user pays, `notify_url` receives `TRANSACTION.SUCCESS` (decrypted resource:
          `GlobalTransactionNotificationResource`).
        - Not documented as idempotent. After a timeout, 5XX or unverifiable answer, look the
          order up with `query_global_transaction_by_out_trade_no`; resend only with the same
          `out_trade_no` and parameters if it does not exist, or close it first.
        - Served only from the cross-border origin (operation `servers`).

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013014150

        Operation: ``create_global_jsapi_transaction`` (POST /v3/global/transactions/jsapi); function: ``api.global_pay.create_global_jsapi_transaction``.
        """
        from ..api.global_pay import create_global_jsapi_transaction as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def create_global_micropay_transaction(
        self, *, body: GlobalPayMicropayRequest | Mapping[str, Any]
    ) -> GlobalPayMicropayResponse:
        """提交付款码支付

        提交付款码支付 — charge a user at the counter by scanning the payment code shown in
        their WeChat (`payer.auth_code`, `trade_type` `MICROPAY`). The answer carries the
        order; `trade_state` may be `USERPAYING` while the user confirms (e.g. enters a
        password), in which case poll `query_global_transaction_by_out_trade_no` until a final
        state, and reverse the order if it does not succeed in time.

        - Amounts are integers in the minor unit of `amount.currency`, not necessarily fen.
        - A new payment code needs a new `out_trade_no`.
        - Not documented as idempotent. After a timeout, 5XX or unverifiable answer, query the
          order first; if its state stays unknown, reverse it with
          `reverse_global_micropay_transaction_by_out_trade_no`.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013010527

        Operation: ``create_global_micropay_transaction`` (POST /v3/global/micropay/transactions/pay); function: ``api.global_pay.create_global_micropay_transaction``.
        """
        from ..api.global_pay import create_global_micropay_transaction as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def create_global_native_transaction(
        self, *, body: GlobalPayTransactionCreateRequest | Mapping[str, Any]
    ) -> GlobalPayNativeResponse:
        """Native支付下单

        Native支付下单 — cross-border QR-code order (`trade_type` `NATIVE`). Returns
        `code_url`; render it as a QR code for the user to scan with WeChat.

        - Amounts are integers in the minor unit of `amount.currency`, not necessarily fen.
        - The outcome arrives at `notify_url` as `TRANSACTION.SUCCESS`
          (`GlobalTransactionNotificationResource`).
        - Not documented as idempotent: after an unclear outcome, check with
          `query_global_transaction_by_out_trade_no` before resending.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013953

        Operation: ``create_global_native_transaction`` (POST /v3/global/transactions/native); function: ``api.global_pay.create_global_native_transaction``.
        """
        from ..api.global_pay import create_global_native_transaction as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def query_global_transaction_by_id(self, transaction_id: str, *, mchid: str) -> GlobalPayTransaction:
        """查询订单(微信支付订单号)

        查询订单 (by WeChat Pay order number) — read a cross-border order of any type (JSAPI,
        App, H5, Native or code payment) by its WeChat Pay number, to learn its `trade_state`
        when no notification arrived or before acting on it. Amounts are integers in the minor
        unit of their currency; `exchange_rate` gives the rate used when the user paid in
        another currency. Read-only; safe to repeat. Resolves unclear outcomes of
        `close_global_transaction_by_id` and `reverse_global_micropay_transaction_by_id`.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013913

        Operation: ``query_global_transaction_by_id`` (GET /v3/global/transactions/id/{transaction_id}); function: ``api.global_pay.query_global_transaction_by_id``.
        """
        from ..api.global_pay import query_global_transaction_by_id as _op

        return await self._invoker.call(_op.asyncio, transaction_id=transaction_id, mchid=mchid)

    async def query_global_transaction_by_out_trade_no(self, out_trade_no: str, *, mchid: str) -> GlobalPayTransaction:
        """查询订单(商户订单号)

        查询订单 (by merchant order number) — read a cross-border order of any type by the
        merchant's `out_trade_no`. This is the lookup that settles an unclear outcome of the
        order calls, of code payment (follow `USERPAYING` until a final state), of
        `close_global_transaction_by_out_trade_no` and of
        `reverse_global_micropay_transaction_by_out_trade_no`. Amounts are integers in the minor
        unit of their currency. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013913

        Operation: ``query_global_transaction_by_out_trade_no`` (GET /v3/global/transactions/out-trade-no/{out_trade_no}); function: ``api.global_pay.query_global_transaction_by_out_trade_no``.
        """
        from ..api.global_pay import query_global_transaction_by_out_trade_no as _op

        return await self._invoker.call(_op.asyncio, out_trade_no=out_trade_no, mchid=mchid)

    async def reverse_global_micropay_transaction_by_id(
        self, transaction_id: str, *, body: GlobalPayMchidRequest | Mapping[str, Any]
    ) -> None:
        """撤销订单(微信支付订单号)

        撤销订单 (by WeChat Pay order number) — cancel a code-payment order whose outcome is
        failed or unknown (e.g. the charge call timed out): an unpaid order is closed, a paid
        one is refunded to the user in full. Answers `204` with no body. After an unclear
        outcome read the order with `query_global_transaction_by_id` (`trade_state`
        `REVOKED`) before trying again.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013926

        Operation: ``reverse_global_micropay_transaction_by_id`` (POST /v3/global/micropay/transactions/id/{transaction_id}/reverse); function: ``api.global_pay.reverse_global_micropay_transaction_by_id``.
        """
        from ..api.global_pay import reverse_global_micropay_transaction_by_id as _op

        await self._invoker.call(_op.asyncio_detailed, transaction_id=transaction_id, body=body)

    async def reverse_global_micropay_transaction_by_out_trade_no(
        self, out_trade_no: str, *, body: GlobalPayMchidRequest | Mapping[str, Any]
    ) -> None:
        """撤销订单(商户订单号)

        撤销订单 (by merchant order number) — cancel a code-payment order by `out_trade_no`
        when the charge failed or its outcome is unknown: unpaid orders are closed, paid ones
        refunded in full. Answers `204` with no body. After an unclear outcome read the order
        with `query_global_transaction_by_out_trade_no` (`trade_state` `REVOKED`) before
        trying again.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013926

        Operation: ``reverse_global_micropay_transaction_by_out_trade_no`` (POST /v3/global/micropay/transactions/out-trade-no/{out_trade_no}/reverse); function: ``api.global_pay.reverse_global_micropay_transaction_by_out_trade_no``.
        """
        from ..api.global_pay import reverse_global_micropay_transaction_by_out_trade_no as _op

        await self._invoker.call(_op.asyncio_detailed, out_trade_no=out_trade_no, body=body)


class GlobalPayResourceWithRawResponse(SyncResource):
    """``global_pay`` (raw responses).

    跨境∙支付 — cross-border payments for direct merchants (直连模式): JSAPI/mini-program, App,
    H5 and Native orders, code payment (付款码) and its reverse, order query and close. Amounts
    are integers in the minor unit of the order currency. Served from
    `https://apihk.mch.weixin.qq.com`. Paths under `/v3/global/transactions/` and
    `/v3/global/micropay/transactions/`.
    """

    __slots__ = ()

    def close_global_transaction_by_id(
        self, transaction_id: str, *, body: GlobalPayMchidRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``close_global_transaction_by_id`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        关闭订单(微信支付订单号)
        """
        from ..api.global_pay import close_global_transaction_by_id as _op

        return self._invoker.call(_op.sync_detailed, transaction_id=transaction_id, body=body)

    def close_global_transaction_by_out_trade_no(
        self, out_trade_no: str, *, body: GlobalPayMchidRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``close_global_transaction_by_out_trade_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        关闭订单(商户订单号)
        """
        from ..api.global_pay import close_global_transaction_by_out_trade_no as _op

        return self._invoker.call(_op.sync_detailed, out_trade_no=out_trade_no, body=body)

    def create_global_app_transaction(
        self, *, body: GlobalPayTransactionCreateRequest | Mapping[str, Any]
    ) -> Response[GlobalPayPrepayResponse]:
        """``create_global_app_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        APP支付下单
        """
        from ..api.global_pay import create_global_app_transaction as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def create_global_h5_transaction(
        self, *, body: GlobalPayH5TransactionCreateRequest | Mapping[str, Any]
    ) -> Response[GlobalPayH5Response]:
        """``create_global_h5_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        H5支付下单
        """
        from ..api.global_pay import create_global_h5_transaction as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def create_global_jsapi_transaction(
        self, *, body: GlobalPayTransactionCreateRequest | Mapping[str, Any]
    ) -> Response[GlobalPayPrepayResponse]:
        """``create_global_jsapi_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        JSAPI支付下单
        """
        from ..api.global_pay import create_global_jsapi_transaction as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def create_global_micropay_transaction(
        self, *, body: GlobalPayMicropayRequest | Mapping[str, Any]
    ) -> Response[GlobalPayMicropayResponse]:
        """``create_global_micropay_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        提交付款码支付
        """
        from ..api.global_pay import create_global_micropay_transaction as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def create_global_native_transaction(
        self, *, body: GlobalPayTransactionCreateRequest | Mapping[str, Any]
    ) -> Response[GlobalPayNativeResponse]:
        """``create_global_native_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        Native支付下单
        """
        from ..api.global_pay import create_global_native_transaction as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def query_global_transaction_by_id(self, transaction_id: str, *, mchid: str) -> Response[GlobalPayTransaction]:
        """``query_global_transaction_by_id`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询订单(微信支付订单号)
        """
        from ..api.global_pay import query_global_transaction_by_id as _op

        return self._invoker.call(_op.sync_detailed, transaction_id=transaction_id, mchid=mchid)

    def query_global_transaction_by_out_trade_no(
        self, out_trade_no: str, *, mchid: str
    ) -> Response[GlobalPayTransaction]:
        """``query_global_transaction_by_out_trade_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询订单(商户订单号)
        """
        from ..api.global_pay import query_global_transaction_by_out_trade_no as _op

        return self._invoker.call(_op.sync_detailed, out_trade_no=out_trade_no, mchid=mchid)

    def reverse_global_micropay_transaction_by_id(
        self, transaction_id: str, *, body: GlobalPayMchidRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``reverse_global_micropay_transaction_by_id`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        撤销订单(微信支付订单号)
        """
        from ..api.global_pay import reverse_global_micropay_transaction_by_id as _op

        return self._invoker.call(_op.sync_detailed, transaction_id=transaction_id, body=body)

    def reverse_global_micropay_transaction_by_out_trade_no(
        self, out_trade_no: str, *, body: GlobalPayMchidRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``reverse_global_micropay_transaction_by_out_trade_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        撤销订单(商户订单号)
        """
        from ..api.global_pay import reverse_global_micropay_transaction_by_out_trade_no as _op

        return self._invoker.call(_op.sync_detailed, out_trade_no=out_trade_no, body=body)


class AsyncGlobalPayResourceWithRawResponse(AsyncResource):
    """``global_pay`` (async, raw responses).

    跨境∙支付 — cross-border payments for direct merchants (直连模式): JSAPI/mini-program, App,
    H5 and Native orders, code payment (付款码) and its reverse, order query and close. Amounts
    are integers in the minor unit of the order currency. Served from
    `https://apihk.mch.weixin.qq.com`. Paths under `/v3/global/transactions/` and
    `/v3/global/micropay/transactions/`.
    """

    __slots__ = ()

    async def close_global_transaction_by_id(
        self, transaction_id: str, *, body: GlobalPayMchidRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``close_global_transaction_by_id`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        关闭订单(微信支付订单号)
        """
        from ..api.global_pay import close_global_transaction_by_id as _op

        return await self._invoker.call(_op.asyncio_detailed, transaction_id=transaction_id, body=body)

    async def close_global_transaction_by_out_trade_no(
        self, out_trade_no: str, *, body: GlobalPayMchidRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``close_global_transaction_by_out_trade_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        关闭订单(商户订单号)
        """
        from ..api.global_pay import close_global_transaction_by_out_trade_no as _op

        return await self._invoker.call(_op.asyncio_detailed, out_trade_no=out_trade_no, body=body)

    async def create_global_app_transaction(
        self, *, body: GlobalPayTransactionCreateRequest | Mapping[str, Any]
    ) -> Response[GlobalPayPrepayResponse]:
        """``create_global_app_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        APP支付下单
        """
        from ..api.global_pay import create_global_app_transaction as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def create_global_h5_transaction(
        self, *, body: GlobalPayH5TransactionCreateRequest | Mapping[str, Any]
    ) -> Response[GlobalPayH5Response]:
        """``create_global_h5_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        H5支付下单
        """
        from ..api.global_pay import create_global_h5_transaction as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def create_global_jsapi_transaction(
        self, *, body: GlobalPayTransactionCreateRequest | Mapping[str, Any]
    ) -> Response[GlobalPayPrepayResponse]:
        """``create_global_jsapi_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        JSAPI支付下单
        """
        from ..api.global_pay import create_global_jsapi_transaction as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def create_global_micropay_transaction(
        self, *, body: GlobalPayMicropayRequest | Mapping[str, Any]
    ) -> Response[GlobalPayMicropayResponse]:
        """``create_global_micropay_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        提交付款码支付
        """
        from ..api.global_pay import create_global_micropay_transaction as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def create_global_native_transaction(
        self, *, body: GlobalPayTransactionCreateRequest | Mapping[str, Any]
    ) -> Response[GlobalPayNativeResponse]:
        """``create_global_native_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        Native支付下单
        """
        from ..api.global_pay import create_global_native_transaction as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def query_global_transaction_by_id(
        self, transaction_id: str, *, mchid: str
    ) -> Response[GlobalPayTransaction]:
        """``query_global_transaction_by_id`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询订单(微信支付订单号)
        """
        from ..api.global_pay import query_global_transaction_by_id as _op

        return await self._invoker.call(_op.asyncio_detailed, transaction_id=transaction_id, mchid=mchid)

    async def query_global_transaction_by_out_trade_no(
        self, out_trade_no: str, *, mchid: str
    ) -> Response[GlobalPayTransaction]:
        """``query_global_transaction_by_out_trade_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询订单(商户订单号)
        """
        from ..api.global_pay import query_global_transaction_by_out_trade_no as _op

        return await self._invoker.call(_op.asyncio_detailed, out_trade_no=out_trade_no, mchid=mchid)

    async def reverse_global_micropay_transaction_by_id(
        self, transaction_id: str, *, body: GlobalPayMchidRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``reverse_global_micropay_transaction_by_id`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        撤销订单(微信支付订单号)
        """
        from ..api.global_pay import reverse_global_micropay_transaction_by_id as _op

        return await self._invoker.call(_op.asyncio_detailed, transaction_id=transaction_id, body=body)

    async def reverse_global_micropay_transaction_by_out_trade_no(
        self, out_trade_no: str, *, body: GlobalPayMchidRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``reverse_global_micropay_transaction_by_out_trade_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        撤销订单(商户订单号)
        """
        from ..api.global_pay import reverse_global_micropay_transaction_by_out_trade_no as _op

        return await self._invoker.call(_op.asyncio_detailed, out_trade_no=out_trade_no, body=body)
