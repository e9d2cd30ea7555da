# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``global_profitsharing`` tag: one method per operation of ``api/global_profitsharing/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    import datetime

    from ..models.global_profitsharing_bill_url_response import GlobalProfitsharingBillUrlResponse
    from ..models.global_profitsharing_file_upload_request import GlobalProfitsharingFileUploadRequest
    from ..models.global_profitsharing_file_upload_response import GlobalProfitsharingFileUploadResponse
    from ..models.global_profitsharing_mark_request import GlobalProfitsharingMarkRequest
    from ..models.global_profitsharing_order import GlobalProfitsharingOrder
    from ..models.global_profitsharing_order_create_request import GlobalProfitsharingOrderCreateRequest
    from ..models.global_profitsharing_receiver import GlobalProfitsharingReceiver
    from ..models.global_profitsharing_receiver_add_request import GlobalProfitsharingReceiverAddRequest
    from ..models.global_profitsharing_receiver_add_response import GlobalProfitsharingReceiverAddResponse
    from ..models.global_profitsharing_receiver_delete_request import GlobalProfitsharingReceiverDeleteRequest
    from ..models.global_profitsharing_refundable_amount_response import GlobalProfitsharingRefundableAmountResponse
    from ..models.global_profitsharing_refundable_balance_response import GlobalProfitsharingRefundableBalanceResponse
    from ..models.global_profitsharing_unfreeze_request import GlobalProfitsharingUnfreezeRequest
    from ..models.global_profitsharing_unsplit_amount_response import GlobalProfitsharingUnsplitAmountResponse
    from ..models.query_global_profitsharing_receiver_type import QueryGlobalProfitsharingReceiverType
    from ..types import Response, Unset


class GlobalProfitsharingResource(SyncResource):
    """``global_profitsharing`` (typed results).

    跨境∙分账 — cross-border profit sharing: mark an order for sharing, split and unfreeze its
    funds, add, query and delete receivers (with the file upload their review needs), and get
    the profit-sharing and refund bill addresses and refundable amounts. Served from
    `https://apihk.mch.weixin.qq.com`. Paths under `/v3/global/profit-sharing/` and
    `/v3/global/merchant-storage/file/upload`.
    """

    __slots__ = ()

    def add_global_profitsharing_receiver(
        self, *, body: GlobalProfitsharingReceiverAddRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> GlobalProfitsharingReceiverAddResponse:
        """添加分账接收方

        添加分账接收方 — asks WeChat Pay to put a receiver (a merchant ID or a user's OpenID) on
        the merchant's cross-border receiver list. Unlike the domestic API, the relation is
        reviewed: upload the application letter and the partnership proof first
        (`upload_global_profitsharing_file`) and pass their file IDs. Splits to the receiver are
        only accepted once `query_global_profitsharing_receiver` reports `state: EFFECTIVE`.

        - `name` is sensitive: give the plaintext (the merchant's full registered name for a
          `MERCHANT_ID` receiver, where it is required); the SDK encrypts it and fills
          `Wechatpay-Serial`. In the answer `name` comes back encrypted with the merchant key and
          the SDK decrypts it.
        - `relation_type: CUSTOM` goes with `custom_relation`.
        - Not documented as idempotent. After a timeout or 5XX, look the receiver up with
          `query_global_profitsharing_receiver` before adding it again.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024908

        Operation: ``add_global_profitsharing_receiver`` (POST /v3/global/profit-sharing/receivers); function: ``api.global_profitsharing.add_global_profitsharing_receiver``.
        """
        from ..api.global_profitsharing import add_global_profitsharing_receiver as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)

    def create_global_profitsharing_order(
        self, *, body: GlobalProfitsharingOrderCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> GlobalProfitsharingOrder:
        """请求分账

        请求分账 — splits the settled funds of a paid cross-border order among receivers. The
        order must have been marked for sharing (`mark_global_profitsharing_transaction`) and its
        funds frozen; every receiver must have been added and approved
        (`add_global_profitsharing_receiver`, state `EFFECTIVE`).

        - At most 50 requests per order and 50 receivers per request (official page). Amounts
          are integers in the smallest unit of `receivers[].currency` (only `CNY` now, so fen).
        - The request is accepted first and carried out later: the answer may say
          `state: PROCESSING`; each entry of `receivers` has its own `result`. Follow it with
          `query_global_profitsharing_order`.
        - `receivers[].name` is sensitive: give the plaintext, the SDK encrypts it and fills
          `Wechatpay-Serial`.
        - `unfreeze_unsplit = true` releases whatever remains of the order to the merchant after
          this split; no further split is then possible.
        - The field docs say a repeated `out_order_no` counts as the same request; the spec still
          treats the call as unsafe to resend blindly. After a timeout or 5XX, look it up with
          `query_global_profitsharing_order` (same `out_order_no` and `transaction_id`) and resend
          only with identical parameters.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024892

        Operation: ``create_global_profitsharing_order`` (POST /v3/global/profit-sharing/orders); function: ``api.global_profitsharing.create_global_profitsharing_order``.
        """
        from ..api.global_profitsharing import create_global_profitsharing_order as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)

    def delete_global_profitsharing_receiver(
        self, *, body: GlobalProfitsharingReceiverDeleteRequest | Mapping[str, Any]
    ) -> None:
        """删除分账接收方

        删除分账接收方 — takes a receiver off the merchant's cross-border receiver list; splits
        to it are refused from then on. Note the method: `DELETE` with a JSON body naming the
        receiver. Answers `204` with no body.

        Not documented as idempotent, and the docs do not say what the receiver query returns
        for a deleted receiver, so an unclear outcome cannot be confirmed.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013027316

        Operation: ``delete_global_profitsharing_receiver`` (DELETE /v3/global/profit-sharing/receivers); function: ``api.global_profitsharing.delete_global_profitsharing_receiver``.
        """
        from ..api.global_profitsharing import delete_global_profitsharing_receiver as _op

        self._invoker.call(_op.sync_detailed, body=body)

    def get_global_profitsharing_bill_url(
        self, *, sub_mchid: str | Unset = UNSET, bill_date: datetime.date
    ) -> GlobalProfitsharingBillUrlResponse:
        """获取分账账单文件下载地址

        获取分账账单文件下载地址 — returns the address of the daily cross-border profit-sharing
        bill of `bill_date` (amounts and times of the splits, for reconciling). Only the address
        is returned; fetching the file is a separate request that this spec does not model.
        Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025018

        Operation: ``get_global_profitsharing_bill_url`` (GET /v3/global/profit-sharing/bill-download-url); function: ``api.global_profitsharing.get_global_profitsharing_bill_url``.
        """
        from ..api.global_profitsharing import get_global_profitsharing_bill_url as _op

        return self._invoker.call(_op.sync, sub_mchid=sub_mchid, bill_date=bill_date)

    def get_global_profitsharing_refund_bill_url(
        self, *, sub_mchid: str | Unset = UNSET, bill_date: datetime.date
    ) -> GlobalProfitsharingBillUrlResponse:
        """获取分账退款账单下载链接

        获取分账退款账单下载链接 — returns the address of the daily bill of refunds on shared
        orders for `bill_date`. Only the address is returned; fetching the file is a separate
        request that this spec does not model. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025022

        Operation: ``get_global_profitsharing_refund_bill_url`` (GET /v3/global/profit-sharing/refunds/bill-download-url); function: ``api.global_profitsharing.get_global_profitsharing_refund_bill_url``.
        """
        from ..api.global_profitsharing import get_global_profitsharing_refund_bill_url as _op

        return self._invoker.call(_op.sync, sub_mchid=sub_mchid, bill_date=bill_date)

    def mark_global_profitsharing_transaction(
        self, *, body: GlobalProfitsharingMarkRequest | Mapping[str, Any]
    ) -> None:
        """分账标记

        分账标记 — tells WeChat Pay, before the order is placed, that a cross-border order
        (`out_trade_no`, in `currency`) will be shared later. Once paid, the order's funds stay
        frozen on the merchant account until a split (`create_global_profitsharing_order`) or an
        unfreeze (`unfreeze_global_profitsharing_order`) releases them.

        - Call it before placing the order; `out_trade_no` and `currency` must be the ones the
          order will use, otherwise the mark has no effect. Only `CNY`-priced orders can be
          shared at present.
        - The freeze starts after payment; a few minutes after payment,
          `query_global_profitsharing_unsplit_amount` tells whether the funds are available for
          sharing (it answers with an error when they are not).
        - Answers `204` with no body. Not documented as idempotent; nothing reads a mark back
          before payment.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4012354804

        Operation: ``mark_global_profitsharing_transaction`` (POST /v3/global/profit-sharing/transactions/mark); function: ``api.global_profitsharing.mark_global_profitsharing_transaction``.
        """
        from ..api.global_profitsharing import mark_global_profitsharing_transaction as _op

        self._invoker.call(_op.sync_detailed, body=body)

    def query_global_profitsharing_order(
        self, out_order_no: str, *, sub_mchid: str | Unset = UNSET, transaction_id: str
    ) -> GlobalProfitsharingOrder:
        """查询分账结果

        查询分账结果 — reads a cross-border profit-sharing order by the merchant's
        `out_order_no` (path) and the paid order's `transaction_id` (query). It covers splits and
        unfreezes alike, so it settles an unclear outcome of `create_global_profitsharing_order`
        and `unfreeze_global_profitsharing_order` and follows a `PROCESSING` order to
        `FINISHED`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024900

        Operation: ``query_global_profitsharing_order`` (GET /v3/global/profit-sharing/orders/{out_order_no}); function: ``api.global_profitsharing.query_global_profitsharing_order``.
        """
        from ..api.global_profitsharing import query_global_profitsharing_order as _op

        return self._invoker.call(
            _op.sync, out_order_no=out_order_no, sub_mchid=sub_mchid, transaction_id=transaction_id
        )

    def query_global_profitsharing_receiver(
        self,
        account: str,
        *,
        sub_mchid: str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        appid: str | Unset = UNSET,
        sub_appid: str | Unset = UNSET,
        type_: QueryGlobalProfitsharingReceiverType,
    ) -> GlobalProfitsharingReceiver:
        """查询分账接收方添加结果

        查询分账接收方添加结果 — reads the review result of an added receiver (`account` in the
        path, `type` in the query). Splits to the receiver are accepted only when `state` is
        `EFFECTIVE`; `fail_reason` explains a refusal. This is also how an unclear outcome of
        `add_global_profitsharing_receiver` is settled. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024912

        Operation: ``query_global_profitsharing_receiver`` (GET /v3/global/profit-sharing/receivers/{account}); function: ``api.global_profitsharing.query_global_profitsharing_receiver``.
        """
        from ..api.global_profitsharing import query_global_profitsharing_receiver as _op

        return self._invoker.call(
            _op.sync,
            account=account,
            sub_mchid=sub_mchid,
            transaction_id=transaction_id,
            appid=appid,
            sub_appid=sub_appid,
            type_=type_,
        )

    def query_global_profitsharing_refundable_amount(
        self, transaction_id: str, *, sub_mchid: str | Unset = UNSET
    ) -> GlobalProfitsharingRefundableAmountResponse:
        """查询订单剩余可退款金额

        查询订单剩余可退款金额 — for a shared order (by `transaction_id`) after one or more
        splits: how much can still be refunded from the unsplit part (`refundable_amount`) and
        how much can be refunded using advanced funds (`funds_refundable_amount`), as integers in
        the smallest unit of `currency`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024982

        Operation: ``query_global_profitsharing_refundable_amount`` (GET /v3/global/profit-sharing/transactions/{transaction_id}/refundable-amounts); function: ``api.global_profitsharing.query_global_profitsharing_refundable_amount``.
        """
        from ..api.global_profitsharing import query_global_profitsharing_refundable_amount as _op

        return self._invoker.call(_op.sync, transaction_id=transaction_id, sub_mchid=sub_mchid)

    def query_global_profitsharing_refundable_balance(self) -> GlobalProfitsharingRefundableBalanceResponse:
        """查询可供垫付退款实时余额

        查询可供垫付退款实时余额 — the current balance that can be advanced to refund the part of
        a shared order that was already released abroad (`balance`, an integer in the smallest
        unit of `currency`, with the funding merchant `sponsor_mchid`). Takes no parameters.
        Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024984

        Operation: ``query_global_profitsharing_refundable_balance`` (GET /v3/global/profit-sharing/refunds/refundable-balance); function: ``api.global_profitsharing.query_global_profitsharing_refundable_balance``.
        """
        from ..api.global_profitsharing import query_global_profitsharing_refundable_balance as _op

        return self._invoker.call(_op.sync)

    def query_global_profitsharing_unsplit_amount(
        self, transaction_id: str, *, sub_mchid: str | Unset = UNSET
    ) -> GlobalProfitsharingUnsplitAmountResponse:
        """查询剩余待分金额

        查询剩余待分金额 — how much of a paid cross-border order (by `transaction_id`) can still
        be split, as an integer in the smallest unit of `currency`. It answers with an error
        while the order's funds are not (yet) frozen for sharing, which is how a merchant checks
        that a mark took effect. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024904

        Operation: ``query_global_profitsharing_unsplit_amount`` (GET /v3/global/profit-sharing/transactions/{transaction_id}/amounts); function: ``api.global_profitsharing.query_global_profitsharing_unsplit_amount``.
        """
        from ..api.global_profitsharing import query_global_profitsharing_unsplit_amount as _op

        return self._invoker.call(_op.sync, transaction_id=transaction_id, sub_mchid=sub_mchid)

    def unfreeze_global_profitsharing_order(
        self, *, body: GlobalProfitsharingUnfreezeRequest | Mapping[str, Any]
    ) -> GlobalProfitsharingOrder:
        """解冻剩余资金

        解冻剩余资金 — releases everything still frozen on a marked order to the funding merchant
        (the account the order originally settles to): for an order that needs no split, or after
        the last split. Give it a new `out_order_no`; the result is a profit-sharing order like a
        split's, completed asynchronously.

        - Released funds go into the normal net settlement of the merchant's contract.
        - Not documented as idempotent beyond the `out_order_no` rule of splits. After a timeout
          or 5XX, look it up with `query_global_profitsharing_order` (same `out_order_no` and
          `transaction_id`) before resending.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024897

        Operation: ``unfreeze_global_profitsharing_order`` (POST /v3/global/profit-sharing/orders/unfreeze); function: ``api.global_profitsharing.unfreeze_global_profitsharing_order``.
        """
        from ..api.global_profitsharing import unfreeze_global_profitsharing_order as _op

        return self._invoker.call(_op.sync, body=body)

    def upload_global_profitsharing_file(
        self, *, body: GlobalProfitsharingFileUploadRequest
    ) -> GlobalProfitsharingFileUploadResponse:
        """上传文件

        上传文件 — uploads a document (PDF, JPG, BMP or PNG, at most 5 MB) that a cross-border
        API asks for, such as the receiver application letter and partnership proof of
        `add_global_profitsharing_receiver`, and returns its `file_id`.

        Body: `multipart/form-data` with two parts, in this order: `meta` (JSON,
        `Content-Type: application/json`) and `file` (the bytes). `meta.filename` must end in
        `.pdf`, `.jpg`, `.bmp` or `.png`; `meta.digest` is the hex SHA-256 of the file bytes.
        The sources disagree on that key's name (see `GlobalProfitsharingFileUploadMeta`).

        **Signing rule:** as for the domestic uploads, the signature covers the `meta` JSON text
        only, which must be sent byte-identical as the `meta` part.

        Not documented as idempotent; a resend creates no business state (at worst another
        `file_id`), but no query exists to confirm an unclear upload.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024913

        Operation: ``upload_global_profitsharing_file`` (POST /v3/global/merchant-storage/file/upload); function: ``api.global_profitsharing.upload_global_profitsharing_file``.
        """
        from ..api.global_profitsharing import upload_global_profitsharing_file as _op

        return self._invoker.call(_op.sync, body=body)


class AsyncGlobalProfitsharingResource(AsyncResource):
    """``global_profitsharing`` (async, typed results).

    跨境∙分账 — cross-border profit sharing: mark an order for sharing, split and unfreeze its
    funds, add, query and delete receivers (with the file upload their review needs), and get
    the profit-sharing and refund bill addresses and refundable amounts. Served from
    `https://apihk.mch.weixin.qq.com`. Paths under `/v3/global/profit-sharing/` and
    `/v3/global/merchant-storage/file/upload`.
    """

    __slots__ = ()

    async def add_global_profitsharing_receiver(
        self, *, body: GlobalProfitsharingReceiverAddRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> GlobalProfitsharingReceiverAddResponse:
        """添加分账接收方

        添加分账接收方 — asks WeChat Pay to put a receiver (a merchant ID or a user's OpenID) on
        the merchant's cross-border receiver list. Unlike the domestic API, the relation is
        reviewed: upload the application letter and the partnership proof first
        (`upload_global_profitsharing_file`) and pass their file IDs. Splits to the receiver are
        only accepted once `query_global_profitsharing_receiver` reports `state: EFFECTIVE`.

        - `name` is sensitive: give the plaintext (the merchant's full registered name for a
          `MERCHANT_ID` receiver, where it is required); the SDK encrypts it and fills
          `Wechatpay-Serial`. In the answer `name` comes back encrypted with the merchant key and
          the SDK decrypts it.
        - `relation_type: CUSTOM` goes with `custom_relation`.
        - Not documented as idempotent. After a timeout or 5XX, look the receiver up with
          `query_global_profitsharing_receiver` before adding it again.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024908

        Operation: ``add_global_profitsharing_receiver`` (POST /v3/global/profit-sharing/receivers); function: ``api.global_profitsharing.add_global_profitsharing_receiver``.
        """
        from ..api.global_profitsharing import add_global_profitsharing_receiver as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)

    async def create_global_profitsharing_order(
        self, *, body: GlobalProfitsharingOrderCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> GlobalProfitsharingOrder:
        """请求分账

        请求分账 — splits the settled funds of a paid cross-border order among receivers. The
        order must have been marked for sharing (`mark_global_profitsharing_transaction`) and its
        funds frozen; every receiver must have been added and approved
        (`add_global_profitsharing_receiver`, state `EFFECTIVE`).

        - At most 50 requests per order and 50 receivers per request (official page). Amounts
          are integers in the smallest unit of `receivers[].currency` (only `CNY` now, so fen).
        - The request is accepted first and carried out later: the answer may say
          `state: PROCESSING`; each entry of `receivers` has its own `result`. Follow it with
          `query_global_profitsharing_order`.
        - `receivers[].name` is sensitive: give the plaintext, the SDK encrypts it and fills
          `Wechatpay-Serial`.
        - `unfreeze_unsplit = true` releases whatever remains of the order to the merchant after
          this split; no further split is then possible.
        - The field docs say a repeated `out_order_no` counts as the same request; the spec still
          treats the call as unsafe to resend blindly. After a timeout or 5XX, look it up with
          `query_global_profitsharing_order` (same `out_order_no` and `transaction_id`) and resend
          only with identical parameters.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024892

        Operation: ``create_global_profitsharing_order`` (POST /v3/global/profit-sharing/orders); function: ``api.global_profitsharing.create_global_profitsharing_order``.
        """
        from ..api.global_profitsharing import create_global_profitsharing_order as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)

    async def delete_global_profitsharing_receiver(
        self, *, body: GlobalProfitsharingReceiverDeleteRequest | Mapping[str, Any]
    ) -> None:
        """删除分账接收方

        删除分账接收方 — takes a receiver off the merchant's cross-border receiver list; splits
        to it are refused from then on. Note the method: `DELETE` with a JSON body naming the
        receiver. Answers `204` with no body.

        Not documented as idempotent, and the docs do not say what the receiver query returns
        for a deleted receiver, so an unclear outcome cannot be confirmed.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013027316

        Operation: ``delete_global_profitsharing_receiver`` (DELETE /v3/global/profit-sharing/receivers); function: ``api.global_profitsharing.delete_global_profitsharing_receiver``.
        """
        from ..api.global_profitsharing import delete_global_profitsharing_receiver as _op

        await self._invoker.call(_op.asyncio_detailed, body=body)

    async def get_global_profitsharing_bill_url(
        self, *, sub_mchid: str | Unset = UNSET, bill_date: datetime.date
    ) -> GlobalProfitsharingBillUrlResponse:
        """获取分账账单文件下载地址

        获取分账账单文件下载地址 — returns the address of the daily cross-border profit-sharing
        bill of `bill_date` (amounts and times of the splits, for reconciling). Only the address
        is returned; fetching the file is a separate request that this spec does not model.
        Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025018

        Operation: ``get_global_profitsharing_bill_url`` (GET /v3/global/profit-sharing/bill-download-url); function: ``api.global_profitsharing.get_global_profitsharing_bill_url``.
        """
        from ..api.global_profitsharing import get_global_profitsharing_bill_url as _op

        return await self._invoker.call(_op.asyncio, sub_mchid=sub_mchid, bill_date=bill_date)

    async def get_global_profitsharing_refund_bill_url(
        self, *, sub_mchid: str | Unset = UNSET, bill_date: datetime.date
    ) -> GlobalProfitsharingBillUrlResponse:
        """获取分账退款账单下载链接

        获取分账退款账单下载链接 — returns the address of the daily bill of refunds on shared
        orders for `bill_date`. Only the address is returned; fetching the file is a separate
        request that this spec does not model. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025022

        Operation: ``get_global_profitsharing_refund_bill_url`` (GET /v3/global/profit-sharing/refunds/bill-download-url); function: ``api.global_profitsharing.get_global_profitsharing_refund_bill_url``.
        """
        from ..api.global_profitsharing import get_global_profitsharing_refund_bill_url as _op

        return await self._invoker.call(_op.asyncio, sub_mchid=sub_mchid, bill_date=bill_date)

    async def mark_global_profitsharing_transaction(
        self, *, body: GlobalProfitsharingMarkRequest | Mapping[str, Any]
    ) -> None:
        """分账标记

        分账标记 — tells WeChat Pay, before the order is placed, that a cross-border order
        (`out_trade_no`, in `currency`) will be shared later. Once paid, the order's funds stay
        frozen on the merchant account until a split (`create_global_profitsharing_order`) or an
        unfreeze (`unfreeze_global_profitsharing_order`) releases them.

        - Call it before placing the order; `out_trade_no` and `currency` must be the ones the
          order will use, otherwise the mark has no effect. Only `CNY`-priced orders can be
          shared at present.
        - The freeze starts after payment; a few minutes after payment,
          `query_global_profitsharing_unsplit_amount` tells whether the funds are available for
          sharing (it answers with an error when they are not).
        - Answers `204` with no body. Not documented as idempotent; nothing reads a mark back
          before payment.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4012354804

        Operation: ``mark_global_profitsharing_transaction`` (POST /v3/global/profit-sharing/transactions/mark); function: ``api.global_profitsharing.mark_global_profitsharing_transaction``.
        """
        from ..api.global_profitsharing import mark_global_profitsharing_transaction as _op

        await self._invoker.call(_op.asyncio_detailed, body=body)

    async def query_global_profitsharing_order(
        self, out_order_no: str, *, sub_mchid: str | Unset = UNSET, transaction_id: str
    ) -> GlobalProfitsharingOrder:
        """查询分账结果

        查询分账结果 — reads a cross-border profit-sharing order by the merchant's
        `out_order_no` (path) and the paid order's `transaction_id` (query). It covers splits and
        unfreezes alike, so it settles an unclear outcome of `create_global_profitsharing_order`
        and `unfreeze_global_profitsharing_order` and follows a `PROCESSING` order to
        `FINISHED`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024900

        Operation: ``query_global_profitsharing_order`` (GET /v3/global/profit-sharing/orders/{out_order_no}); function: ``api.global_profitsharing.query_global_profitsharing_order``.
        """
        from ..api.global_profitsharing import query_global_profitsharing_order as _op

        return await self._invoker.call(
            _op.asyncio, out_order_no=out_order_no, sub_mchid=sub_mchid, transaction_id=transaction_id
        )

    async def query_global_profitsharing_receiver(
        self,
        account: str,
        *,
        sub_mchid: str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        appid: str | Unset = UNSET,
        sub_appid: str | Unset = UNSET,
        type_: QueryGlobalProfitsharingReceiverType,
    ) -> GlobalProfitsharingReceiver:
        """查询分账接收方添加结果

        查询分账接收方添加结果 — reads the review result of an added receiver (`account` in the
        path, `type` in the query). Splits to the receiver are accepted only when `state` is
        `EFFECTIVE`; `fail_reason` explains a refusal. This is also how an unclear outcome of
        `add_global_profitsharing_receiver` is settled. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024912

        Operation: ``query_global_profitsharing_receiver`` (GET /v3/global/profit-sharing/receivers/{account}); function: ``api.global_profitsharing.query_global_profitsharing_receiver``.
        """
        from ..api.global_profitsharing import query_global_profitsharing_receiver as _op

        return await self._invoker.call(
            _op.asyncio,
            account=account,
            sub_mchid=sub_mchid,
            transaction_id=transaction_id,
            appid=appid,
            sub_appid=sub_appid,
            type_=type_,
        )

    async def query_global_profitsharing_refundable_amount(
        self, transaction_id: str, *, sub_mchid: str | Unset = UNSET
    ) -> GlobalProfitsharingRefundableAmountResponse:
        """查询订单剩余可退款金额

        查询订单剩余可退款金额 — for a shared order (by `transaction_id`) after one or more
        splits: how much can still be refunded from the unsplit part (`refundable_amount`) and
        how much can be refunded using advanced funds (`funds_refundable_amount`), as integers in
        the smallest unit of `currency`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024982

        Operation: ``query_global_profitsharing_refundable_amount`` (GET /v3/global/profit-sharing/transactions/{transaction_id}/refundable-amounts); function: ``api.global_profitsharing.query_global_profitsharing_refundable_amount``.
        """
        from ..api.global_profitsharing import query_global_profitsharing_refundable_amount as _op

        return await self._invoker.call(_op.asyncio, transaction_id=transaction_id, sub_mchid=sub_mchid)

    async def query_global_profitsharing_refundable_balance(self) -> GlobalProfitsharingRefundableBalanceResponse:
        """查询可供垫付退款实时余额

        查询可供垫付退款实时余额 — the current balance that can be advanced to refund the part of
        a shared order that was already released abroad (`balance`, an integer in the smallest
        unit of `currency`, with the funding merchant `sponsor_mchid`). Takes no parameters.
        Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024984

        Operation: ``query_global_profitsharing_refundable_balance`` (GET /v3/global/profit-sharing/refunds/refundable-balance); function: ``api.global_profitsharing.query_global_profitsharing_refundable_balance``.
        """
        from ..api.global_profitsharing import query_global_profitsharing_refundable_balance as _op

        return await self._invoker.call(_op.asyncio)

    async def query_global_profitsharing_unsplit_amount(
        self, transaction_id: str, *, sub_mchid: str | Unset = UNSET
    ) -> GlobalProfitsharingUnsplitAmountResponse:
        """查询剩余待分金额

        查询剩余待分金额 — how much of a paid cross-border order (by `transaction_id`) can still
        be split, as an integer in the smallest unit of `currency`. It answers with an error
        while the order's funds are not (yet) frozen for sharing, which is how a merchant checks
        that a mark took effect. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024904

        Operation: ``query_global_profitsharing_unsplit_amount`` (GET /v3/global/profit-sharing/transactions/{transaction_id}/amounts); function: ``api.global_profitsharing.query_global_profitsharing_unsplit_amount``.
        """
        from ..api.global_profitsharing import query_global_profitsharing_unsplit_amount as _op

        return await self._invoker.call(_op.asyncio, transaction_id=transaction_id, sub_mchid=sub_mchid)

    async def unfreeze_global_profitsharing_order(
        self, *, body: GlobalProfitsharingUnfreezeRequest | Mapping[str, Any]
    ) -> GlobalProfitsharingOrder:
        """解冻剩余资金

        解冻剩余资金 — releases everything still frozen on a marked order to the funding merchant
        (the account the order originally settles to): for an order that needs no split, or after
        the last split. Give it a new `out_order_no`; the result is a profit-sharing order like a
        split's, completed asynchronously.

        - Released funds go into the normal net settlement of the merchant's contract.
        - Not documented as idempotent beyond the `out_order_no` rule of splits. After a timeout
          or 5XX, look it up with `query_global_profitsharing_order` (same `out_order_no` and
          `transaction_id`) before resending.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024897

        Operation: ``unfreeze_global_profitsharing_order`` (POST /v3/global/profit-sharing/orders/unfreeze); function: ``api.global_profitsharing.unfreeze_global_profitsharing_order``.
        """
        from ..api.global_profitsharing import unfreeze_global_profitsharing_order as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def upload_global_profitsharing_file(
        self, *, body: GlobalProfitsharingFileUploadRequest
    ) -> GlobalProfitsharingFileUploadResponse:
        """上传文件

        上传文件 — uploads a document (PDF, JPG, BMP or PNG, at most 5 MB) that a cross-border
        API asks for, such as the receiver application letter and partnership proof of
        `add_global_profitsharing_receiver`, and returns its `file_id`.

        Body: `multipart/form-data` with two parts, in this order: `meta` (JSON,
        `Content-Type: application/json`) and `file` (the bytes). `meta.filename` must end in
        `.pdf`, `.jpg`, `.bmp` or `.png`; `meta.digest` is the hex SHA-256 of the file bytes.
        The sources disagree on that key's name (see `GlobalProfitsharingFileUploadMeta`).

        **Signing rule:** as for the domestic uploads, the signature covers the `meta` JSON text
        only, which must be sent byte-identical as the `meta` part.

        Not documented as idempotent; a resend creates no business state (at worst another
        `file_id`), but no query exists to confirm an unclear upload.

        Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013024913

        Operation: ``upload_global_profitsharing_file`` (POST /v3/global/merchant-storage/file/upload); function: ``api.global_profitsharing.upload_global_profitsharing_file``.
        """
        from ..api.global_profitsharing import upload_global_profitsharing_file as _op

        return await self._invoker.call(_op.asyncio, body=body)


class GlobalProfitsharingResourceWithRawResponse(SyncResource):
    """``global_profitsharing`` (raw responses).

    跨境∙分账 — cross-border profit sharing: mark an order for sharing, split and unfreeze its
    funds, add, query and delete receivers (with the file upload their review needs), and get
    the profit-sharing and refund bill addresses and refundable amounts. Served from
    `https://apihk.mch.weixin.qq.com`. Paths under `/v3/global/profit-sharing/` and
    `/v3/global/merchant-storage/file/upload`.
    """

    __slots__ = ()

    def add_global_profitsharing_receiver(
        self, *, body: GlobalProfitsharingReceiverAddRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[GlobalProfitsharingReceiverAddResponse]:
        """``add_global_profitsharing_receiver`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        添加分账接收方
        """
        from ..api.global_profitsharing import add_global_profitsharing_receiver as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def create_global_profitsharing_order(
        self, *, body: GlobalProfitsharingOrderCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[GlobalProfitsharingOrder]:
        """``create_global_profitsharing_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        请求分账
        """
        from ..api.global_profitsharing import create_global_profitsharing_order as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def delete_global_profitsharing_receiver(
        self, *, body: GlobalProfitsharingReceiverDeleteRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``delete_global_profitsharing_receiver`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        删除分账接收方
        """
        from ..api.global_profitsharing import delete_global_profitsharing_receiver as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def get_global_profitsharing_bill_url(
        self, *, sub_mchid: str | Unset = UNSET, bill_date: datetime.date
    ) -> Response[GlobalProfitsharingBillUrlResponse]:
        """``get_global_profitsharing_bill_url`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        获取分账账单文件下载地址
        """
        from ..api.global_profitsharing import get_global_profitsharing_bill_url as _op

        return self._invoker.call(_op.sync_detailed, sub_mchid=sub_mchid, bill_date=bill_date)

    def get_global_profitsharing_refund_bill_url(
        self, *, sub_mchid: str | Unset = UNSET, bill_date: datetime.date
    ) -> Response[GlobalProfitsharingBillUrlResponse]:
        """``get_global_profitsharing_refund_bill_url`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        获取分账退款账单下载链接
        """
        from ..api.global_profitsharing import get_global_profitsharing_refund_bill_url as _op

        return self._invoker.call(_op.sync_detailed, sub_mchid=sub_mchid, bill_date=bill_date)

    def mark_global_profitsharing_transaction(
        self, *, body: GlobalProfitsharingMarkRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``mark_global_profitsharing_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        分账标记
        """
        from ..api.global_profitsharing import mark_global_profitsharing_transaction as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def query_global_profitsharing_order(
        self, out_order_no: str, *, sub_mchid: str | Unset = UNSET, transaction_id: str
    ) -> Response[GlobalProfitsharingOrder]:
        """``query_global_profitsharing_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询分账结果
        """
        from ..api.global_profitsharing import query_global_profitsharing_order as _op

        return self._invoker.call(
            _op.sync_detailed, out_order_no=out_order_no, sub_mchid=sub_mchid, transaction_id=transaction_id
        )

    def query_global_profitsharing_receiver(
        self,
        account: str,
        *,
        sub_mchid: str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        appid: str | Unset = UNSET,
        sub_appid: str | Unset = UNSET,
        type_: QueryGlobalProfitsharingReceiverType,
    ) -> Response[GlobalProfitsharingReceiver]:
        """``query_global_profitsharing_receiver`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询分账接收方添加结果
        """
        from ..api.global_profitsharing import query_global_profitsharing_receiver as _op

        return self._invoker.call(
            _op.sync_detailed,
            account=account,
            sub_mchid=sub_mchid,
            transaction_id=transaction_id,
            appid=appid,
            sub_appid=sub_appid,
            type_=type_,
        )

    def query_global_profitsharing_refundable_amount(
        self, transaction_id: str, *, sub_mchid: str | Unset = UNSET
    ) -> Response[GlobalProfitsharingRefundableAmountResponse]:
        """``query_global_profitsharing_refundable_amount`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询订单剩余可退款金额
        """
        from ..api.global_profitsharing import query_global_profitsharing_refundable_amount as _op

        return self._invoker.call(_op.sync_detailed, transaction_id=transaction_id, sub_mchid=sub_mchid)

    def query_global_profitsharing_refundable_balance(self) -> Response[GlobalProfitsharingRefundableBalanceResponse]:
        """``query_global_profitsharing_refundable_balance`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询可供垫付退款实时余额
        """
        from ..api.global_profitsharing import query_global_profitsharing_refundable_balance as _op

        return self._invoker.call(_op.sync_detailed)

    def query_global_profitsharing_unsplit_amount(
        self, transaction_id: str, *, sub_mchid: str | Unset = UNSET
    ) -> Response[GlobalProfitsharingUnsplitAmountResponse]:
        """``query_global_profitsharing_unsplit_amount`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询剩余待分金额
        """
        from ..api.global_profitsharing import query_global_profitsharing_unsplit_amount as _op

        return self._invoker.call(_op.sync_detailed, transaction_id=transaction_id, sub_mchid=sub_mchid)

    def unfreeze_global_profitsharing_order(
        self, *, body: GlobalProfitsharingUnfreezeRequest | Mapping[str, Any]
    ) -> Response[GlobalProfitsharingOrder]:
        """``unfreeze_global_profitsharing_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        解冻剩余资金
        """
        from ..api.global_profitsharing import unfreeze_global_profitsharing_order as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def upload_global_profitsharing_file(
        self, *, body: GlobalProfitsharingFileUploadRequest
    ) -> Response[GlobalProfitsharingFileUploadResponse]:
        """``upload_global_profitsharing_file`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        上传文件
        """
        from ..api.global_profitsharing import upload_global_profitsharing_file as _op

        return self._invoker.call(_op.sync_detailed, body=body)


class AsyncGlobalProfitsharingResourceWithRawResponse(AsyncResource):
    """``global_profitsharing`` (async, raw responses).

    跨境∙分账 — cross-border profit sharing: mark an order for sharing, split and unfreeze its
    funds, add, query and delete receivers (with the file upload their review needs), and get
    the profit-sharing and refund bill addresses and refundable amounts. Served from
    `https://apihk.mch.weixin.qq.com`. Paths under `/v3/global/profit-sharing/` and
    `/v3/global/merchant-storage/file/upload`.
    """

    __slots__ = ()

    async def add_global_profitsharing_receiver(
        self, *, body: GlobalProfitsharingReceiverAddRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[GlobalProfitsharingReceiverAddResponse]:
        """``add_global_profitsharing_receiver`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        添加分账接收方
        """
        from ..api.global_profitsharing import add_global_profitsharing_receiver as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def create_global_profitsharing_order(
        self, *, body: GlobalProfitsharingOrderCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[GlobalProfitsharingOrder]:
        """``create_global_profitsharing_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        请求分账
        """
        from ..api.global_profitsharing import create_global_profitsharing_order as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def delete_global_profitsharing_receiver(
        self, *, body: GlobalProfitsharingReceiverDeleteRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``delete_global_profitsharing_receiver`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        删除分账接收方
        """
        from ..api.global_profitsharing import delete_global_profitsharing_receiver as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def get_global_profitsharing_bill_url(
        self, *, sub_mchid: str | Unset = UNSET, bill_date: datetime.date
    ) -> Response[GlobalProfitsharingBillUrlResponse]:
        """``get_global_profitsharing_bill_url`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        获取分账账单文件下载地址
        """
        from ..api.global_profitsharing import get_global_profitsharing_bill_url as _op

        return await self._invoker.call(_op.asyncio_detailed, sub_mchid=sub_mchid, bill_date=bill_date)

    async def get_global_profitsharing_refund_bill_url(
        self, *, sub_mchid: str | Unset = UNSET, bill_date: datetime.date
    ) -> Response[GlobalProfitsharingBillUrlResponse]:
        """``get_global_profitsharing_refund_bill_url`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        获取分账退款账单下载链接
        """
        from ..api.global_profitsharing import get_global_profitsharing_refund_bill_url as _op

        return await self._invoker.call(_op.asyncio_detailed, sub_mchid=sub_mchid, bill_date=bill_date)

    async def mark_global_profitsharing_transaction(
        self, *, body: GlobalProfitsharingMarkRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``mark_global_profitsharing_transaction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        分账标记
        """
        from ..api.global_profitsharing import mark_global_profitsharing_transaction as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def query_global_profitsharing_order(
        self, out_order_no: str, *, sub_mchid: str | Unset = UNSET, transaction_id: str
    ) -> Response[GlobalProfitsharingOrder]:
        """``query_global_profitsharing_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询分账结果
        """
        from ..api.global_profitsharing import query_global_profitsharing_order as _op

        return await self._invoker.call(
            _op.asyncio_detailed, out_order_no=out_order_no, sub_mchid=sub_mchid, transaction_id=transaction_id
        )

    async def query_global_profitsharing_receiver(
        self,
        account: str,
        *,
        sub_mchid: str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        appid: str | Unset = UNSET,
        sub_appid: str | Unset = UNSET,
        type_: QueryGlobalProfitsharingReceiverType,
    ) -> Response[GlobalProfitsharingReceiver]:
        """``query_global_profitsharing_receiver`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询分账接收方添加结果
        """
        from ..api.global_profitsharing import query_global_profitsharing_receiver as _op

        return await self._invoker.call(
            _op.asyncio_detailed,
            account=account,
            sub_mchid=sub_mchid,
            transaction_id=transaction_id,
            appid=appid,
            sub_appid=sub_appid,
            type_=type_,
        )

    async def query_global_profitsharing_refundable_amount(
        self, transaction_id: str, *, sub_mchid: str | Unset = UNSET
    ) -> Response[GlobalProfitsharingRefundableAmountResponse]:
        """``query_global_profitsharing_refundable_amount`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询订单剩余可退款金额
        """
        from ..api.global_profitsharing import query_global_profitsharing_refundable_amount as _op

        return await self._invoker.call(_op.asyncio_detailed, transaction_id=transaction_id, sub_mchid=sub_mchid)

    async def query_global_profitsharing_refundable_balance(
        self,
    ) -> Response[GlobalProfitsharingRefundableBalanceResponse]:
        """``query_global_profitsharing_refundable_balance`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询可供垫付退款实时余额
        """
        from ..api.global_profitsharing import query_global_profitsharing_refundable_balance as _op

        return await self._invoker.call(_op.asyncio_detailed)

    async def query_global_profitsharing_unsplit_amount(
        self, transaction_id: str, *, sub_mchid: str | Unset = UNSET
    ) -> Response[GlobalProfitsharingUnsplitAmountResponse]:
        """``query_global_profitsharing_unsplit_amount`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询剩余待分金额
        """
        from ..api.global_profitsharing import query_global_profitsharing_unsplit_amount as _op

        return await self._invoker.call(_op.asyncio_detailed, transaction_id=transaction_id, sub_mchid=sub_mchid)

    async def unfreeze_global_profitsharing_order(
        self, *, body: GlobalProfitsharingUnfreezeRequest | Mapping[str, Any]
    ) -> Response[GlobalProfitsharingOrder]:
        """``unfreeze_global_profitsharing_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        解冻剩余资金
        """
        from ..api.global_profitsharing import unfreeze_global_profitsharing_order as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def upload_global_profitsharing_file(
        self, *, body: GlobalProfitsharingFileUploadRequest
    ) -> Response[GlobalProfitsharingFileUploadResponse]:
        """``upload_global_profitsharing_file`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        上传文件
        """
        from ..api.global_profitsharing import upload_global_profitsharing_file as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)
