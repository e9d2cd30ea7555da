# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``global_refunds`` tag: one method per operation of ``api/global_refunds/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.global_refund import GlobalRefund
    from ..models.global_refund_create_request import GlobalRefundCreateRequest
    from ..models.global_refund_list import GlobalRefundList
    from ..types import Response, Unset


class GlobalRefundsResource(SyncResource):
    """``global_refunds`` (typed results).

    跨境∙退款 — cross-border refunds for direct merchants: apply for a refund, query one refund
    or all refunds of an order. Served from `https://apihk.mch.weixin.qq.com`. Paths under
    `/v3/global/refunds`.
    """

    __slots__ = ()

    def create_global_refund(self, *, body: GlobalRefundCreateRequest | Mapping[str, Any]) -> GlobalRefund:
        """申请退款

        申请退款 — refund all or part of a paid cross-border order (any payment type) to the
        user, within one year of the payment. Name the order by `transaction_id` or
        `out_trade_no` (exactly one is needed; both are optional in the schema).

        - Amounts are integers in the minor unit of `amount.currency`, which must be the
          order's price currency; the user gets the money back in the currency they paid in, at
          the rate shown in the answer's `exchange_rate`.
        - Up to 50 partial refunds per order, each with its own `out_refund_no`; their sum
          cannot exceed the order total; refunds of the same order must be at least a minute
          apart. A repeated request with the same `out_refund_no` refunds only once, and a
          failed refund is retried with the same `out_refund_no`.
        - The answer only says the refund was accepted; the result comes to `notify_url` as
          `REFUND.SUCCESS`, `REFUND.ABNORMAL` or `REFUND.CLOSED`
          (`GlobalRefundNotificationResource`) or from `query_global_refund_by_out_refund_no`.
        - After a timeout, 5XX or unverifiable answer, query the refund first and resend only
          with the same `out_refund_no` and parameters.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4012354681

        Operation: ``create_global_refund`` (POST /v3/global/refunds); function: ``api.global_refunds.create_global_refund``.
        """
        from ..api.global_refunds import create_global_refund as _op

        return self._invoker.call(_op.sync, body=body)

    def list_global_refunds(
        self,
        *,
        transaction_id: str | Unset = UNSET,
        out_trade_no: str | Unset = UNSET,
        mchid: str,
        offset: int,
        count: int,
    ) -> GlobalRefundList:
        """查询所有退款

        查询所有退款 — list the refunds of one cross-border order, named by `transaction_id`
        or `out_trade_no` (exactly one is needed), a page at a time (`offset`, `count`). The
        answer carries the order's amounts and one entry per refund with its status. Refunds
        take time: to the user's balance usually within 20 minutes, to a bank card a few
        working days. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4012354686

        Operation: ``list_global_refunds`` (GET /v3/global/refunds); function: ``api.global_refunds.list_global_refunds``.
        """
        from ..api.global_refunds import list_global_refunds as _op

        return self._invoker.call(
            _op.sync, transaction_id=transaction_id, out_trade_no=out_trade_no, mchid=mchid, offset=offset, count=count
        )

    def query_global_refund_by_id(self, refund_id: str, *, mchid: str) -> GlobalRefund:
        """查询单笔退款(微信支付退款订单号)

        查询单笔退款 (by WeChat Pay refund number) — read one cross-border refund by the `id`
        WeChat Pay gave it, to follow a `PROCESSING` refund to `SUCCESS`, `REFUNDCLOSE` or
        `ABNORMAL`. Amounts are integers in the minor unit of their currency. Read-only; safe
        to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4012354684

        Operation: ``query_global_refund_by_id`` (GET /v3/global/refunds/id/{refund_id}); function: ``api.global_refunds.query_global_refund_by_id``.
        """
        from ..api.global_refunds import query_global_refund_by_id as _op

        return self._invoker.call(_op.sync, refund_id=refund_id, mchid=mchid)

    def query_global_refund_by_out_refund_no(self, out_refund_no: str, *, mchid: str) -> GlobalRefund:
        """查询单笔退款(商户退款订单号)

        查询单笔退款 (by merchant refund number) — read one cross-border refund by the
        merchant's `out_refund_no`. This is the lookup that resolves an unclear outcome of
        `create_global_refund` and follows a refund to its final status. Amounts are integers
        in the minor unit of their currency. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4012354684

        Operation: ``query_global_refund_by_out_refund_no`` (GET /v3/global/refunds/out-refund-no/{out_refund_no}); function: ``api.global_refunds.query_global_refund_by_out_refund_no``.
        """
        from ..api.global_refunds import query_global_refund_by_out_refund_no as _op

        return self._invoker.call(_op.sync, out_refund_no=out_refund_no, mchid=mchid)


class AsyncGlobalRefundsResource(AsyncResource):
    """``global_refunds`` (async, typed results).

    跨境∙退款 — cross-border refunds for direct merchants: apply for a refund, query one refund
    or all refunds of an order. Served from `https://apihk.mch.weixin.qq.com`. Paths under
    `/v3/global/refunds`.
    """

    __slots__ = ()

    async def create_global_refund(self, *, body: GlobalRefundCreateRequest | Mapping[str, Any]) -> GlobalRefund:
        """申请退款

        申请退款 — refund all or part of a paid cross-border order (any payment type) to the
        user, within one year of the payment. Name the order by `transaction_id` or
        `out_trade_no` (exactly one is needed; both are optional in the schema).

        - Amounts are integers in the minor unit of `amount.currency`, which must be the
          order's price currency; the user gets the money back in the currency they paid in, at
          the rate shown in the answer's `exchange_rate`.
        - Up to 50 partial refunds per order, each with its own `out_refund_no`; their sum
          cannot exceed the order total; refunds of the same order must be at least a minute
          apart. A repeated request with the same `out_refund_no` refunds only once, and a
          failed refund is retried with the same `out_refund_no`.
        - The answer only says the refund was accepted; the result comes to `notify_url` as
          `REFUND.SUCCESS`, `REFUND.ABNORMAL` or `REFUND.CLOSED`
          (`GlobalRefundNotificationResource`) or from `query_global_refund_by_out_refund_no`.
        - After a timeout, 5XX or unverifiable answer, query the refund first and resend only
          with the same `out_refund_no` and parameters.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4012354681

        Operation: ``create_global_refund`` (POST /v3/global/refunds); function: ``api.global_refunds.create_global_refund``.
        """
        from ..api.global_refunds import create_global_refund as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def list_global_refunds(
        self,
        *,
        transaction_id: str | Unset = UNSET,
        out_trade_no: str | Unset = UNSET,
        mchid: str,
        offset: int,
        count: int,
    ) -> GlobalRefundList:
        """查询所有退款

        查询所有退款 — list the refunds of one cross-border order, named by `transaction_id`
        or `out_trade_no` (exactly one is needed), a page at a time (`offset`, `count`). The
        answer carries the order's amounts and one entry per refund with its status. Refunds
        take time: to the user's balance usually within 20 minutes, to a bank card a few
        working days. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4012354686

        Operation: ``list_global_refunds`` (GET /v3/global/refunds); function: ``api.global_refunds.list_global_refunds``.
        """
        from ..api.global_refunds import list_global_refunds as _op

        return await self._invoker.call(
            _op.asyncio,
            transaction_id=transaction_id,
            out_trade_no=out_trade_no,
            mchid=mchid,
            offset=offset,
            count=count,
        )

    async def query_global_refund_by_id(self, refund_id: str, *, mchid: str) -> GlobalRefund:
        """查询单笔退款(微信支付退款订单号)

        查询单笔退款 (by WeChat Pay refund number) — read one cross-border refund by the `id`
        WeChat Pay gave it, to follow a `PROCESSING` refund to `SUCCESS`, `REFUNDCLOSE` or
        `ABNORMAL`. Amounts are integers in the minor unit of their currency. Read-only; safe
        to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4012354684

        Operation: ``query_global_refund_by_id`` (GET /v3/global/refunds/id/{refund_id}); function: ``api.global_refunds.query_global_refund_by_id``.
        """
        from ..api.global_refunds import query_global_refund_by_id as _op

        return await self._invoker.call(_op.asyncio, refund_id=refund_id, mchid=mchid)

    async def query_global_refund_by_out_refund_no(self, out_refund_no: str, *, mchid: str) -> GlobalRefund:
        """查询单笔退款(商户退款订单号)

        查询单笔退款 (by merchant refund number) — read one cross-border refund by the
        merchant's `out_refund_no`. This is the lookup that resolves an unclear outcome of
        `create_global_refund` and follows a refund to its final status. Amounts are integers
        in the minor unit of their currency. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4012354684

        Operation: ``query_global_refund_by_out_refund_no`` (GET /v3/global/refunds/out-refund-no/{out_refund_no}); function: ``api.global_refunds.query_global_refund_by_out_refund_no``.
        """
        from ..api.global_refunds import query_global_refund_by_out_refund_no as _op

        return await self._invoker.call(_op.asyncio, out_refund_no=out_refund_no, mchid=mchid)


class GlobalRefundsResourceWithRawResponse(SyncResource):
    """``global_refunds`` (raw responses).

    跨境∙退款 — cross-border refunds for direct merchants: apply for a refund, query one refund
    or all refunds of an order. Served from `https://apihk.mch.weixin.qq.com`. Paths under
    `/v3/global/refunds`.
    """

    __slots__ = ()

    def create_global_refund(self, *, body: GlobalRefundCreateRequest | Mapping[str, Any]) -> Response[GlobalRefund]:
        """``create_global_refund`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        申请退款
        """
        from ..api.global_refunds import create_global_refund as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def list_global_refunds(
        self,
        *,
        transaction_id: str | Unset = UNSET,
        out_trade_no: str | Unset = UNSET,
        mchid: str,
        offset: int,
        count: int,
    ) -> Response[GlobalRefundList]:
        """``list_global_refunds`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询所有退款
        """
        from ..api.global_refunds import list_global_refunds as _op

        return self._invoker.call(
            _op.sync_detailed,
            transaction_id=transaction_id,
            out_trade_no=out_trade_no,
            mchid=mchid,
            offset=offset,
            count=count,
        )

    def query_global_refund_by_id(self, refund_id: str, *, mchid: str) -> Response[GlobalRefund]:
        """``query_global_refund_by_id`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询单笔退款(微信支付退款订单号)
        """
        from ..api.global_refunds import query_global_refund_by_id as _op

        return self._invoker.call(_op.sync_detailed, refund_id=refund_id, mchid=mchid)

    def query_global_refund_by_out_refund_no(self, out_refund_no: str, *, mchid: str) -> Response[GlobalRefund]:
        """``query_global_refund_by_out_refund_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询单笔退款(商户退款订单号)
        """
        from ..api.global_refunds import query_global_refund_by_out_refund_no as _op

        return self._invoker.call(_op.sync_detailed, out_refund_no=out_refund_no, mchid=mchid)


class AsyncGlobalRefundsResourceWithRawResponse(AsyncResource):
    """``global_refunds`` (async, raw responses).

    跨境∙退款 — cross-border refunds for direct merchants: apply for a refund, query one refund
    or all refunds of an order. Served from `https://apihk.mch.weixin.qq.com`. Paths under
    `/v3/global/refunds`.
    """

    __slots__ = ()

    async def create_global_refund(
        self, *, body: GlobalRefundCreateRequest | Mapping[str, Any]
    ) -> Response[GlobalRefund]:
        """``create_global_refund`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        申请退款
        """
        from ..api.global_refunds import create_global_refund as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def list_global_refunds(
        self,
        *,
        transaction_id: str | Unset = UNSET,
        out_trade_no: str | Unset = UNSET,
        mchid: str,
        offset: int,
        count: int,
    ) -> Response[GlobalRefundList]:
        """``list_global_refunds`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询所有退款
        """
        from ..api.global_refunds import list_global_refunds as _op

        return await self._invoker.call(
            _op.asyncio_detailed,
            transaction_id=transaction_id,
            out_trade_no=out_trade_no,
            mchid=mchid,
            offset=offset,
            count=count,
        )

    async def query_global_refund_by_id(self, refund_id: str, *, mchid: str) -> Response[GlobalRefund]:
        """``query_global_refund_by_id`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询单笔退款(微信支付退款订单号)
        """
        from ..api.global_refunds import query_global_refund_by_id as _op

        return await self._invoker.call(_op.asyncio_detailed, refund_id=refund_id, mchid=mchid)

    async def query_global_refund_by_out_refund_no(self, out_refund_no: str, *, mchid: str) -> Response[GlobalRefund]:
        """``query_global_refund_by_out_refund_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询单笔退款(商户退款订单号)
        """
        from ..api.global_refunds import query_global_refund_by_out_refund_no as _op

        return await self._invoker.call(_op.asyncio_detailed, out_refund_no=out_refund_no, mchid=mchid)
