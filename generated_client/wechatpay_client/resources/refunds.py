# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``refunds`` tag: one method per operation of ``api/refunds/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.refund import Refund
    from ..models.refund_apply_abnormal_request import RefundApplyAbnormalRequest
    from ..models.refund_create_request import RefundCreateRequest
    from ..types import Response, Unset


class RefundsResource(SyncResource):
    """``refunds`` (typed results).

    基础支付∙退款 — domestic refunds (create, query, handle an abnormal refund). Paths under
    `/v3/refund/domestic/`.
    """

    __slots__ = ()

    def apply_abnormal_refund(
        self,
        refund_id: str,
        *,
        body: RefundApplyAbnormalRequest | Mapping[str, Any],
        wechatpay_serial: str | Unset = UNSET,
    ) -> Refund:
        """发起异常退款

        发起异常退款 — handle a refund whose status is `ABNORMAL` (e.g. the user's card was
        cancelled or frozen): send it to the user's bank card (`USER_BANK_CARD`) or to the
        merchant's bank account (`MERCHANT_BANK_CARD`).

        - `refund_id` is the WeChat Pay refund number from `create_refund`/`query_refund`.
        - For `USER_BANK_CARD`, `bank_type`, `bank_account` and `real_name` describe the
          receiving card; `bank_account` and `real_name` are sensitive: pass plaintext, the SDK
          encrypts them and sets `Wechatpay-Serial`.
        - Not documented as idempotent. After an unclear outcome, check the refund with
          `query_refund` before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791864

        Operation: ``apply_abnormal_refund`` (POST /v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund); function: ``api.refunds.apply_abnormal_refund``.
        """
        from ..api.refunds import apply_abnormal_refund as _op

        return self._invoker.call(_op.sync, refund_id=refund_id, body=body, wechatpay_serial=wechatpay_serial)

    def create_refund(self, *, body: RefundCreateRequest | Mapping[str, Any]) -> Refund:
        """退款申请

        申请退款API — refund (part of) a paid order, within one year of the payment. The money
        goes back along the original payment path. Identify the order by `transaction_id` or
        `out_trade_no` (exactly one of the two is required; both are optional in the schema
        because OpenAPI unions are avoided here).

        - `out_refund_no` is the merchant's refund number; the docs say repeated requests with
          the same `out_refund_no` refund only once. A partial refund needs a new
          `out_refund_no` each time; the sum of refunds cannot exceed the order amount.
        - The response (status usually `PROCESSING`) only acknowledges the request; the outcome
          is sent to `notify_url` as `REFUND.SUCCESS`, `REFUND.ABNORMAL` or `REFUND.CLOSED`
          (see `RefundNotificationResource`), or can be polled with `query_refund`.
        - **After `429` (RATELIMIT_EXCEEDED) the refund state is unknown** (documented), and the
          same holds after a timeout, a 5XX or an unverifiable response: query with
          `query_refund` first, and only resend with the same `out_refund_no` and the same
          parameters if the refund does not exist.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791862

        Operation: ``create_refund`` (POST /v3/refund/domestic/refunds); function: ``api.refunds.create_refund``.
        """
        from ..api.refunds import create_refund as _op

        return self._invoker.call(_op.sync, body=body)

    def query_refund(self, out_refund_no: str, *, sub_mchid: str | Unset = UNSET) -> Refund:
        """查询单笔退款（按商户退款单号）

        查询单笔退款 — look up one refund by the merchant refund number. A refund is not
        settled at once, so poll at intervals (starting about a minute after `create_refund`,
        then less often): money back to the user's balance (零钱) normally arrives within minutes,
        money back to a bank card can take a few working days.

        This is the lookup that resolves an unclear outcome of `create_refund` and
        `apply_abnormal_refund`. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791863

        Operation: ``query_refund`` (GET /v3/refund/domestic/refunds/{out_refund_no}); function: ``api.refunds.query_refund``.
        """
        from ..api.refunds import query_refund as _op

        return self._invoker.call(_op.sync, out_refund_no=out_refund_no, sub_mchid=sub_mchid)


class AsyncRefundsResource(AsyncResource):
    """``refunds`` (async, typed results).

    基础支付∙退款 — domestic refunds (create, query, handle an abnormal refund). Paths under
    `/v3/refund/domestic/`.
    """

    __slots__ = ()

    async def apply_abnormal_refund(
        self,
        refund_id: str,
        *,
        body: RefundApplyAbnormalRequest | Mapping[str, Any],
        wechatpay_serial: str | Unset = UNSET,
    ) -> Refund:
        """发起异常退款

        发起异常退款 — handle a refund whose status is `ABNORMAL` (e.g. the user's card was
        cancelled or frozen): send it to the user's bank card (`USER_BANK_CARD`) or to the
        merchant's bank account (`MERCHANT_BANK_CARD`).

        - `refund_id` is the WeChat Pay refund number from `create_refund`/`query_refund`.
        - For `USER_BANK_CARD`, `bank_type`, `bank_account` and `real_name` describe the
          receiving card; `bank_account` and `real_name` are sensitive: pass plaintext, the SDK
          encrypts them and sets `Wechatpay-Serial`.
        - Not documented as idempotent. After an unclear outcome, check the refund with
          `query_refund` before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791864

        Operation: ``apply_abnormal_refund`` (POST /v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund); function: ``api.refunds.apply_abnormal_refund``.
        """
        from ..api.refunds import apply_abnormal_refund as _op

        return await self._invoker.call(_op.asyncio, refund_id=refund_id, body=body, wechatpay_serial=wechatpay_serial)

    async def create_refund(self, *, body: RefundCreateRequest | Mapping[str, Any]) -> Refund:
        """退款申请

        申请退款API — refund (part of) a paid order, within one year of the payment. The money
        goes back along the original payment path. Identify the order by `transaction_id` or
        `out_trade_no` (exactly one of the two is required; both are optional in the schema
        because OpenAPI unions are avoided here).

        - `out_refund_no` is the merchant's refund number; the docs say repeated requests with
          the same `out_refund_no` refund only once. A partial refund needs a new
          `out_refund_no` each time; the sum of refunds cannot exceed the order amount.
        - The response (status usually `PROCESSING`) only acknowledges the request; the outcome
          is sent to `notify_url` as `REFUND.SUCCESS`, `REFUND.ABNORMAL` or `REFUND.CLOSED`
          (see `RefundNotificationResource`), or can be polled with `query_refund`.
        - **After `429` (RATELIMIT_EXCEEDED) the refund state is unknown** (documented), and the
          same holds after a timeout, a 5XX or an unverifiable response: query with
          `query_refund` first, and only resend with the same `out_refund_no` and the same
          parameters if the refund does not exist.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791862

        Operation: ``create_refund`` (POST /v3/refund/domestic/refunds); function: ``api.refunds.create_refund``.
        """
        from ..api.refunds import create_refund as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def query_refund(self, out_refund_no: str, *, sub_mchid: str | Unset = UNSET) -> Refund:
        """查询单笔退款（按商户退款单号）

        查询单笔退款 — look up one refund by the merchant refund number. A refund is not
        settled at once, so poll at intervals (starting about a minute after `create_refund`,
        then less often): money back to the user's balance (零钱) normally arrives within minutes,
        money back to a bank card can take a few working days.

        This is the lookup that resolves an unclear outcome of `create_refund` and
        `apply_abnormal_refund`. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791863

        Operation: ``query_refund`` (GET /v3/refund/domestic/refunds/{out_refund_no}); function: ``api.refunds.query_refund``.
        """
        from ..api.refunds import query_refund as _op

        return await self._invoker.call(_op.asyncio, out_refund_no=out_refund_no, sub_mchid=sub_mchid)


class RefundsResourceWithRawResponse(SyncResource):
    """``refunds`` (raw responses).

    基础支付∙退款 — domestic refunds (create, query, handle an abnormal refund). Paths under
    `/v3/refund/domestic/`.
    """

    __slots__ = ()

    def apply_abnormal_refund(
        self,
        refund_id: str,
        *,
        body: RefundApplyAbnormalRequest | Mapping[str, Any],
        wechatpay_serial: str | Unset = UNSET,
    ) -> Response[Refund]:
        """``apply_abnormal_refund`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        发起异常退款
        """
        from ..api.refunds import apply_abnormal_refund as _op

        return self._invoker.call(_op.sync_detailed, refund_id=refund_id, body=body, wechatpay_serial=wechatpay_serial)

    def create_refund(self, *, body: RefundCreateRequest | Mapping[str, Any]) -> Response[Refund]:
        """``create_refund`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        退款申请
        """
        from ..api.refunds import create_refund as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def query_refund(self, out_refund_no: str, *, sub_mchid: str | Unset = UNSET) -> Response[Refund]:
        """``query_refund`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询单笔退款（按商户退款单号）
        """
        from ..api.refunds import query_refund as _op

        return self._invoker.call(_op.sync_detailed, out_refund_no=out_refund_no, sub_mchid=sub_mchid)


class AsyncRefundsResourceWithRawResponse(AsyncResource):
    """``refunds`` (async, raw responses).

    基础支付∙退款 — domestic refunds (create, query, handle an abnormal refund). Paths under
    `/v3/refund/domestic/`.
    """

    __slots__ = ()

    async def apply_abnormal_refund(
        self,
        refund_id: str,
        *,
        body: RefundApplyAbnormalRequest | Mapping[str, Any],
        wechatpay_serial: str | Unset = UNSET,
    ) -> Response[Refund]:
        """``apply_abnormal_refund`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        发起异常退款
        """
        from ..api.refunds import apply_abnormal_refund as _op

        return await self._invoker.call(
            _op.asyncio_detailed, refund_id=refund_id, body=body, wechatpay_serial=wechatpay_serial
        )

    async def create_refund(self, *, body: RefundCreateRequest | Mapping[str, Any]) -> Response[Refund]:
        """``create_refund`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        退款申请
        """
        from ..api.refunds import create_refund as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def query_refund(self, out_refund_no: str, *, sub_mchid: str | Unset = UNSET) -> Response[Refund]:
        """``query_refund`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询单笔退款（按商户退款单号）
        """
        from ..api.refunds import query_refund as _op

        return await self._invoker.call(_op.asyncio_detailed, out_refund_no=out_refund_no, sub_mchid=sub_mchid)
