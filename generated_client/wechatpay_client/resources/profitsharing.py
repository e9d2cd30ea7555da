# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``profitsharing`` tag: one method per operation of ``api/profitsharing/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    import datetime

    from ..models.apply_profitsharing_bill_tar_type import ApplyProfitsharingBillTarType
    from ..models.bill_apply_response import BillApplyResponse
    from ..models.profitsharing_order import ProfitsharingOrder
    from ..models.profitsharing_order_create_request import ProfitsharingOrderCreateRequest
    from ..models.profitsharing_receiver_add_request import ProfitsharingReceiverAddRequest
    from ..models.profitsharing_receiver_add_response import ProfitsharingReceiverAddResponse
    from ..models.profitsharing_receiver_delete_request import ProfitsharingReceiverDeleteRequest
    from ..models.profitsharing_receiver_delete_response import ProfitsharingReceiverDeleteResponse
    from ..models.profitsharing_return_order import ProfitsharingReturnOrder
    from ..models.profitsharing_return_order_create_request import ProfitsharingReturnOrderCreateRequest
    from ..models.profitsharing_unfreeze_request import ProfitsharingUnfreezeRequest
    from ..models.profitsharing_unsplit_amount_response import ProfitsharingUnsplitAmountResponse
    from ..types import Response, Unset


class ProfitsharingResource(SyncResource):
    """``profitsharing`` (typed results).

    资金应用∙分账 — profit sharing for direct merchants: split the funds of a paid order
    (ordered with `settle_info.profit_sharing = true`) among receivers, return shared funds,
    unfreeze the rest, manage receivers and apply for the profit-sharing bill. Paths under
    `/v3/profitsharing/`.
    """

    __slots__ = ()

    def add_profitsharing_receiver(
        self, *, body: ProfitsharingReceiverAddRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> ProfitsharingReceiverAddResponse:
        """添加分账接收方

        添加分账接收方 — puts a receiver (another merchant ID, or a user's OpenID under `appid`)
        on the merchant's receiver list; splits can only pay receivers on that list.

        - `name` is sensitive: give the plaintext; the SDK encrypts it and fills
          `Wechatpay-Serial`. A `MERCHANT_ID` receiver needs it (the merchant's registered full
          name, or the account holder's name for a micro or individual merchant); for a person
          it is optional and, when given, must match the real name.
        - `relation_type: CUSTOM` needs `custom_relation` (at most 10 characters).
        - No lookup of the receiver list exists, so an unclear outcome cannot be checked; the
          docs do not say what adding an existing receiver again does.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012528995

        Operation: ``add_profitsharing_receiver`` (POST /v3/profitsharing/receivers/add); function: ``api.profitsharing.add_profitsharing_receiver``.
        """
        from ..api.profitsharing import add_profitsharing_receiver as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)

    def apply_profitsharing_bill(
        self,
        *,
        sub_mchid: str | Unset = UNSET,
        bill_date: datetime.date,
        tar_type: ApplyProfitsharingBillTarType | Unset = UNSET,
    ) -> BillApplyResponse:
        """申请分账账单

        申请分账账单 — returns where to fetch the profit-sharing bill of one day (`bill_date`,
        within the last three months). The answer has the same shape as for the trade and
        fund-flow bills: fetch the file with `download_bill` (the address is short-lived, about
        30 seconds) and compare its digest with `hash_value`, because the file itself is not
        signed. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529628

        Operation: ``apply_profitsharing_bill`` (GET /v3/profitsharing/bills); function: ``api.profitsharing.apply_profitsharing_bill``.
        """
        from ..api.profitsharing import apply_profitsharing_bill as _op

        return self._invoker.call(_op.sync, sub_mchid=sub_mchid, bill_date=bill_date, tar_type=tar_type)

    def create_profitsharing_order(
        self, *, body: ProfitsharingOrderCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> ProfitsharingOrder:
        """请求分账

        请求分账 — moves money from a paid order to one or more receivers. The order must have
        been placed with `settle_info.profit_sharing = true`, and its funds must have settled.
        WeChat Pay accepts the request first and does the transfers later, so the answer may
        still say `state: PROCESSING`; each entry of `receivers` carries its own `result`.

        - Each receiver must be on the merchant's list (`add_profitsharing_receiver`). Up to 50
          receivers per call and up to 50 calls per paid order.
        - `receivers[].name` is sensitive: give the plaintext name; the SDK encrypts it and fills
          `Wechatpay-Serial`.
        - With `unfreeze_unsplit = true`, whatever is left of the order after this call goes back
          to the merchant and no further split is possible.
        - The field docs say a repeated `out_order_no` counts as the same request; the spec still
          treats the call as unsafe to resend blindly. After a timeout or 5xx, look the order up
          with `query_profitsharing_order` (same `out_order_no` and `transaction_id`) and resend
          only with identical parameters.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012524936

        Operation: ``create_profitsharing_order`` (POST /v3/profitsharing/orders); function: ``api.profitsharing.create_profitsharing_order``.
        """
        from ..api.profitsharing import create_profitsharing_order as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)

    def create_profitsharing_return_order(
        self, *, body: ProfitsharingReturnOrderCreateRequest | Mapping[str, Any]
    ) -> ProfitsharingReturnOrder:
        """请求分账回退

        请求分账回退 — takes money that a split sent to a merchant receiver back to the merchant
        that split it, typically so that the original order can then be refunded. Name the split
        by `order_id` or by `out_order_no`: exactly one of them, although the schema marks
        neither as required.

        - A return can only cover what the split gave that receiver; several returns per
          receiver are possible (the older direct-merchant page caps them at 20), within 180
          days of the split. Refund and return are independent calls, in either order.
        - `result` may be `PROCESSING`; follow it with `query_profitsharing_return_order`. A
          return still processing after 5 days ends as `FAILED`.
        - Not documented as idempotent. After a timeout or 5xx, look it up with
          `query_profitsharing_return_order` (same `out_return_no`); if it is still processing,
          keep the same `out_return_no` and resend with the same parameters rather than a new
          number, which could return the money twice.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012525287

        Operation: ``create_profitsharing_return_order`` (POST /v3/profitsharing/return-orders); function: ``api.profitsharing.create_profitsharing_return_order``.
        """
        from ..api.profitsharing import create_profitsharing_return_order as _op

        return self._invoker.call(_op.sync, body=body)

    def delete_profitsharing_receiver(
        self, *, body: ProfitsharingReceiverDeleteRequest | Mapping[str, Any]
    ) -> ProfitsharingReceiverDeleteResponse:
        """删除分账接收方

        删除分账接收方 — takes a receiver off the merchant's receiver list; from then on, splits
        to it are refused.

        No lookup of the receiver list exists, so an unclear outcome cannot be checked; the docs
        do not say what deleting a receiver that is not on the list does.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529590

        Operation: ``delete_profitsharing_receiver`` (POST /v3/profitsharing/receivers/delete); function: ``api.profitsharing.delete_profitsharing_receiver``.
        """
        from ..api.profitsharing import delete_profitsharing_receiver as _op

        return self._invoker.call(_op.sync, body=body)

    def query_profitsharing_order(
        self, out_order_no: str, *, sub_mchid: str | Unset = UNSET, transaction_id: str
    ) -> ProfitsharingOrder:
        """查询分账结果

        查询分账结果 — reads a profit-sharing order, given the merchant's `out_order_no` (path)
        and the paid order's `transaction_id` (query). It serves both splits and unfreezes, so it
        is how an unclear outcome of `create_profitsharing_order` or
        `unfreeze_profitsharing_order` is settled, and how a `PROCESSING` order is followed to
        `FINISHED`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012525210

        Operation: ``query_profitsharing_order`` (GET /v3/profitsharing/orders/{out_order_no}); function: ``api.profitsharing.query_profitsharing_order``.
        """
        from ..api.profitsharing import query_profitsharing_order as _op

        return self._invoker.call(
            _op.sync, out_order_no=out_order_no, sub_mchid=sub_mchid, transaction_id=transaction_id
        )

    def query_profitsharing_return_order(
        self, out_return_no: str, *, sub_mchid: str | Unset = UNSET, out_order_no: str
    ) -> ProfitsharingReturnOrder:
        """查询分账回退结果

        查询分账回退结果 — reads a return order, given the merchant's `out_return_no` (path) and
        the `out_order_no` of the split it belongs to (query). Use it to settle an unclear outcome
        of `create_profitsharing_return_order` and to follow a `PROCESSING` return. Read-only;
        safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012526279

        Operation: ``query_profitsharing_return_order`` (GET /v3/profitsharing/return-orders/{out_return_no}); function: ``api.profitsharing.query_profitsharing_return_order``.
        """
        from ..api.profitsharing import query_profitsharing_return_order as _op

        return self._invoker.call(_op.sync, out_return_no=out_return_no, sub_mchid=sub_mchid, out_order_no=out_order_no)

    def query_profitsharing_unsplit_amount(self, transaction_id: str) -> ProfitsharingUnsplitAmountResponse:
        """查询剩余待分金额

        查询剩余待分金额 — tells how much of a paid order (by `transaction_id`) can still be
        split, in fen. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012457939

        Operation: ``query_profitsharing_unsplit_amount`` (GET /v3/profitsharing/transactions/{transaction_id}/amounts); function: ``api.profitsharing.query_profitsharing_unsplit_amount``.
        """
        from ..api.profitsharing import query_profitsharing_unsplit_amount as _op

        return self._invoker.call(_op.sync, transaction_id=transaction_id)

    def unfreeze_profitsharing_order(
        self, *, body: ProfitsharingUnfreezeRequest | Mapping[str, Any]
    ) -> ProfitsharingOrder:
        """解冻剩余资金

        解冻剩余资金 — ends profit sharing for a paid order: every amount still frozen for
        sharing is released to the merchant itself. Use it for an order that needs no split at
        all, or after the last split. Give it a fresh `out_order_no`; the result is a
        profit-sharing order like the one of a split, finished asynchronously.

        - The field docs say a repeated `out_order_no` counts as the same request; the spec still
          treats the call as unsafe to resend blindly. After a timeout or 5xx, look it up with
          `query_profitsharing_order` (same `out_order_no` and `transaction_id`) first.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012526374

        Operation: ``unfreeze_profitsharing_order`` (POST /v3/profitsharing/orders/unfreeze); function: ``api.profitsharing.unfreeze_profitsharing_order``.
        """
        from ..api.profitsharing import unfreeze_profitsharing_order as _op

        return self._invoker.call(_op.sync, body=body)


class AsyncProfitsharingResource(AsyncResource):
    """``profitsharing`` (async, typed results).

    资金应用∙分账 — profit sharing for direct merchants: split the funds of a paid order
    (ordered with `settle_info.profit_sharing = true`) among receivers, return shared funds,
    unfreeze the rest, manage receivers and apply for the profit-sharing bill. Paths under
    `/v3/profitsharing/`.
    """

    __slots__ = ()

    async def add_profitsharing_receiver(
        self, *, body: ProfitsharingReceiverAddRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> ProfitsharingReceiverAddResponse:
        """添加分账接收方

        添加分账接收方 — puts a receiver (another merchant ID, or a user's OpenID under `appid`)
        on the merchant's receiver list; splits can only pay receivers on that list.

        - `name` is sensitive: give the plaintext; the SDK encrypts it and fills
          `Wechatpay-Serial`. A `MERCHANT_ID` receiver needs it (the merchant's registered full
          name, or the account holder's name for a micro or individual merchant); for a person
          it is optional and, when given, must match the real name.
        - `relation_type: CUSTOM` needs `custom_relation` (at most 10 characters).
        - No lookup of the receiver list exists, so an unclear outcome cannot be checked; the
          docs do not say what adding an existing receiver again does.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012528995

        Operation: ``add_profitsharing_receiver`` (POST /v3/profitsharing/receivers/add); function: ``api.profitsharing.add_profitsharing_receiver``.
        """
        from ..api.profitsharing import add_profitsharing_receiver as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)

    async def apply_profitsharing_bill(
        self,
        *,
        sub_mchid: str | Unset = UNSET,
        bill_date: datetime.date,
        tar_type: ApplyProfitsharingBillTarType | Unset = UNSET,
    ) -> BillApplyResponse:
        """申请分账账单

        申请分账账单 — returns where to fetch the profit-sharing bill of one day (`bill_date`,
        within the last three months). The answer has the same shape as for the trade and
        fund-flow bills: fetch the file with `download_bill` (the address is short-lived, about
        30 seconds) and compare its digest with `hash_value`, because the file itself is not
        signed. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529628

        Operation: ``apply_profitsharing_bill`` (GET /v3/profitsharing/bills); function: ``api.profitsharing.apply_profitsharing_bill``.
        """
        from ..api.profitsharing import apply_profitsharing_bill as _op

        return await self._invoker.call(_op.asyncio, sub_mchid=sub_mchid, bill_date=bill_date, tar_type=tar_type)

    async def create_profitsharing_order(
        self, *, body: ProfitsharingOrderCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> ProfitsharingOrder:
        """请求分账

        请求分账 — moves money from a paid order to one or more receivers. The order must have
        been placed with `settle_info.profit_sharing = true`, and its funds must have settled.
        WeChat Pay accepts the request first and does the transfers later, so the answer may
        still say `state: PROCESSING`; each entry of `receivers` carries its own `result`.

        - Each receiver must be on the merchant's list (`add_profitsharing_receiver`). Up to 50
          receivers per call and up to 50 calls per paid order.
        - `receivers[].name` is sensitive: give the plaintext name; the SDK encrypts it and fills
          `Wechatpay-Serial`.
        - With `unfreeze_unsplit = true`, whatever is left of the order after this call goes back
          to the merchant and no further split is possible.
        - The field docs say a repeated `out_order_no` counts as the same request; the spec still
          treats the call as unsafe to resend blindly. After a timeout or 5xx, look the order up
          with `query_profitsharing_order` (same `out_order_no` and `transaction_id`) and resend
          only with identical parameters.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012524936

        Operation: ``create_profitsharing_order`` (POST /v3/profitsharing/orders); function: ``api.profitsharing.create_profitsharing_order``.
        """
        from ..api.profitsharing import create_profitsharing_order as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)

    async def create_profitsharing_return_order(
        self, *, body: ProfitsharingReturnOrderCreateRequest | Mapping[str, Any]
    ) -> ProfitsharingReturnOrder:
        """请求分账回退

        请求分账回退 — takes money that a split sent to a merchant receiver back to the merchant
        that split it, typically so that the original order can then be refunded. Name the split
        by `order_id` or by `out_order_no`: exactly one of them, although the schema marks
        neither as required.

        - A return can only cover what the split gave that receiver; several returns per
          receiver are possible (the older direct-merchant page caps them at 20), within 180
          days of the split. Refund and return are independent calls, in either order.
        - `result` may be `PROCESSING`; follow it with `query_profitsharing_return_order`. A
          return still processing after 5 days ends as `FAILED`.
        - Not documented as idempotent. After a timeout or 5xx, look it up with
          `query_profitsharing_return_order` (same `out_return_no`); if it is still processing,
          keep the same `out_return_no` and resend with the same parameters rather than a new
          number, which could return the money twice.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012525287

        Operation: ``create_profitsharing_return_order`` (POST /v3/profitsharing/return-orders); function: ``api.profitsharing.create_profitsharing_return_order``.
        """
        from ..api.profitsharing import create_profitsharing_return_order as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def delete_profitsharing_receiver(
        self, *, body: ProfitsharingReceiverDeleteRequest | Mapping[str, Any]
    ) -> ProfitsharingReceiverDeleteResponse:
        """删除分账接收方

        删除分账接收方 — takes a receiver off the merchant's receiver list; from then on, splits
        to it are refused.

        No lookup of the receiver list exists, so an unclear outcome cannot be checked; the docs
        do not say what deleting a receiver that is not on the list does.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529590

        Operation: ``delete_profitsharing_receiver`` (POST /v3/profitsharing/receivers/delete); function: ``api.profitsharing.delete_profitsharing_receiver``.
        """
        from ..api.profitsharing import delete_profitsharing_receiver as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def query_profitsharing_order(
        self, out_order_no: str, *, sub_mchid: str | Unset = UNSET, transaction_id: str
    ) -> ProfitsharingOrder:
        """查询分账结果

        查询分账结果 — reads a profit-sharing order, given the merchant's `out_order_no` (path)
        and the paid order's `transaction_id` (query). It serves both splits and unfreezes, so it
        is how an unclear outcome of `create_profitsharing_order` or
        `unfreeze_profitsharing_order` is settled, and how a `PROCESSING` order is followed to
        `FINISHED`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012525210

        Operation: ``query_profitsharing_order`` (GET /v3/profitsharing/orders/{out_order_no}); function: ``api.profitsharing.query_profitsharing_order``.
        """
        from ..api.profitsharing import query_profitsharing_order as _op

        return await self._invoker.call(
            _op.asyncio, out_order_no=out_order_no, sub_mchid=sub_mchid, transaction_id=transaction_id
        )

    async def query_profitsharing_return_order(
        self, out_return_no: str, *, sub_mchid: str | Unset = UNSET, out_order_no: str
    ) -> ProfitsharingReturnOrder:
        """查询分账回退结果

        查询分账回退结果 — reads a return order, given the merchant's `out_return_no` (path) and
        the `out_order_no` of the split it belongs to (query). Use it to settle an unclear outcome
        of `create_profitsharing_return_order` and to follow a `PROCESSING` return. Read-only;
        safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012526279

        Operation: ``query_profitsharing_return_order`` (GET /v3/profitsharing/return-orders/{out_return_no}); function: ``api.profitsharing.query_profitsharing_return_order``.
        """
        from ..api.profitsharing import query_profitsharing_return_order as _op

        return await self._invoker.call(
            _op.asyncio, out_return_no=out_return_no, sub_mchid=sub_mchid, out_order_no=out_order_no
        )

    async def query_profitsharing_unsplit_amount(self, transaction_id: str) -> ProfitsharingUnsplitAmountResponse:
        """查询剩余待分金额

        查询剩余待分金额 — tells how much of a paid order (by `transaction_id`) can still be
        split, in fen. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012457939

        Operation: ``query_profitsharing_unsplit_amount`` (GET /v3/profitsharing/transactions/{transaction_id}/amounts); function: ``api.profitsharing.query_profitsharing_unsplit_amount``.
        """
        from ..api.profitsharing import query_profitsharing_unsplit_amount as _op

        return await self._invoker.call(_op.asyncio, transaction_id=transaction_id)

    async def unfreeze_profitsharing_order(
        self, *, body: ProfitsharingUnfreezeRequest | Mapping[str, Any]
    ) -> ProfitsharingOrder:
        """解冻剩余资金

        解冻剩余资金 — ends profit sharing for a paid order: every amount still frozen for
        sharing is released to the merchant itself. Use it for an order that needs no split at
        all, or after the last split. Give it a fresh `out_order_no`; the result is a
        profit-sharing order like the one of a split, finished asynchronously.

        - The field docs say a repeated `out_order_no` counts as the same request; the spec still
          treats the call as unsafe to resend blindly. After a timeout or 5xx, look it up with
          `query_profitsharing_order` (same `out_order_no` and `transaction_id`) first.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012526374

        Operation: ``unfreeze_profitsharing_order`` (POST /v3/profitsharing/orders/unfreeze); function: ``api.profitsharing.unfreeze_profitsharing_order``.
        """
        from ..api.profitsharing import unfreeze_profitsharing_order as _op

        return await self._invoker.call(_op.asyncio, body=body)


class ProfitsharingResourceWithRawResponse(SyncResource):
    """``profitsharing`` (raw responses).

    资金应用∙分账 — profit sharing for direct merchants: split the funds of a paid order
    (ordered with `settle_info.profit_sharing = true`) among receivers, return shared funds,
    unfreeze the rest, manage receivers and apply for the profit-sharing bill. Paths under
    `/v3/profitsharing/`.
    """

    __slots__ = ()

    def add_profitsharing_receiver(
        self, *, body: ProfitsharingReceiverAddRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[ProfitsharingReceiverAddResponse]:
        """``add_profitsharing_receiver`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        添加分账接收方
        """
        from ..api.profitsharing import add_profitsharing_receiver as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def apply_profitsharing_bill(
        self,
        *,
        sub_mchid: str | Unset = UNSET,
        bill_date: datetime.date,
        tar_type: ApplyProfitsharingBillTarType | Unset = UNSET,
    ) -> Response[BillApplyResponse]:
        """``apply_profitsharing_bill`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        申请分账账单
        """
        from ..api.profitsharing import apply_profitsharing_bill as _op

        return self._invoker.call(_op.sync_detailed, sub_mchid=sub_mchid, bill_date=bill_date, tar_type=tar_type)

    def create_profitsharing_order(
        self, *, body: ProfitsharingOrderCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[ProfitsharingOrder]:
        """``create_profitsharing_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        请求分账
        """
        from ..api.profitsharing import create_profitsharing_order as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def create_profitsharing_return_order(
        self, *, body: ProfitsharingReturnOrderCreateRequest | Mapping[str, Any]
    ) -> Response[ProfitsharingReturnOrder]:
        """``create_profitsharing_return_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        请求分账回退
        """
        from ..api.profitsharing import create_profitsharing_return_order as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def delete_profitsharing_receiver(
        self, *, body: ProfitsharingReceiverDeleteRequest | Mapping[str, Any]
    ) -> Response[ProfitsharingReceiverDeleteResponse]:
        """``delete_profitsharing_receiver`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        删除分账接收方
        """
        from ..api.profitsharing import delete_profitsharing_receiver as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def query_profitsharing_order(
        self, out_order_no: str, *, sub_mchid: str | Unset = UNSET, transaction_id: str
    ) -> Response[ProfitsharingOrder]:
        """``query_profitsharing_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询分账结果
        """
        from ..api.profitsharing import query_profitsharing_order as _op

        return self._invoker.call(
            _op.sync_detailed, out_order_no=out_order_no, sub_mchid=sub_mchid, transaction_id=transaction_id
        )

    def query_profitsharing_return_order(
        self, out_return_no: str, *, sub_mchid: str | Unset = UNSET, out_order_no: str
    ) -> Response[ProfitsharingReturnOrder]:
        """``query_profitsharing_return_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询分账回退结果
        """
        from ..api.profitsharing import query_profitsharing_return_order as _op

        return self._invoker.call(
            _op.sync_detailed, out_return_no=out_return_no, sub_mchid=sub_mchid, out_order_no=out_order_no
        )

    def query_profitsharing_unsplit_amount(self, transaction_id: str) -> Response[ProfitsharingUnsplitAmountResponse]:
        """``query_profitsharing_unsplit_amount`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询剩余待分金额
        """
        from ..api.profitsharing import query_profitsharing_unsplit_amount as _op

        return self._invoker.call(_op.sync_detailed, transaction_id=transaction_id)

    def unfreeze_profitsharing_order(
        self, *, body: ProfitsharingUnfreezeRequest | Mapping[str, Any]
    ) -> Response[ProfitsharingOrder]:
        """``unfreeze_profitsharing_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        解冻剩余资金
        """
        from ..api.profitsharing import unfreeze_profitsharing_order as _op

        return self._invoker.call(_op.sync_detailed, body=body)


class AsyncProfitsharingResourceWithRawResponse(AsyncResource):
    """``profitsharing`` (async, raw responses).

    资金应用∙分账 — profit sharing for direct merchants: split the funds of a paid order
    (ordered with `settle_info.profit_sharing = true`) among receivers, return shared funds,
    unfreeze the rest, manage receivers and apply for the profit-sharing bill. Paths under
    `/v3/profitsharing/`.
    """

    __slots__ = ()

    async def add_profitsharing_receiver(
        self, *, body: ProfitsharingReceiverAddRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[ProfitsharingReceiverAddResponse]:
        """``add_profitsharing_receiver`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        添加分账接收方
        """
        from ..api.profitsharing import add_profitsharing_receiver as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def apply_profitsharing_bill(
        self,
        *,
        sub_mchid: str | Unset = UNSET,
        bill_date: datetime.date,
        tar_type: ApplyProfitsharingBillTarType | Unset = UNSET,
    ) -> Response[BillApplyResponse]:
        """``apply_profitsharing_bill`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        申请分账账单
        """
        from ..api.profitsharing import apply_profitsharing_bill as _op

        return await self._invoker.call(
            _op.asyncio_detailed, sub_mchid=sub_mchid, bill_date=bill_date, tar_type=tar_type
        )

    async def create_profitsharing_order(
        self, *, body: ProfitsharingOrderCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[ProfitsharingOrder]:
        """``create_profitsharing_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        请求分账
        """
        from ..api.profitsharing import create_profitsharing_order as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def create_profitsharing_return_order(
        self, *, body: ProfitsharingReturnOrderCreateRequest | Mapping[str, Any]
    ) -> Response[ProfitsharingReturnOrder]:
        """``create_profitsharing_return_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        请求分账回退
        """
        from ..api.profitsharing import create_profitsharing_return_order as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def delete_profitsharing_receiver(
        self, *, body: ProfitsharingReceiverDeleteRequest | Mapping[str, Any]
    ) -> Response[ProfitsharingReceiverDeleteResponse]:
        """``delete_profitsharing_receiver`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        删除分账接收方
        """
        from ..api.profitsharing import delete_profitsharing_receiver as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def query_profitsharing_order(
        self, out_order_no: str, *, sub_mchid: str | Unset = UNSET, transaction_id: str
    ) -> Response[ProfitsharingOrder]:
        """``query_profitsharing_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询分账结果
        """
        from ..api.profitsharing import query_profitsharing_order as _op

        return await self._invoker.call(
            _op.asyncio_detailed, out_order_no=out_order_no, sub_mchid=sub_mchid, transaction_id=transaction_id
        )

    async def query_profitsharing_return_order(
        self, out_return_no: str, *, sub_mchid: str | Unset = UNSET, out_order_no: str
    ) -> Response[ProfitsharingReturnOrder]:
        """``query_profitsharing_return_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询分账回退结果
        """
        from ..api.profitsharing import query_profitsharing_return_order as _op

        return await self._invoker.call(
            _op.asyncio_detailed, out_return_no=out_return_no, sub_mchid=sub_mchid, out_order_no=out_order_no
        )

    async def query_profitsharing_unsplit_amount(
        self, transaction_id: str
    ) -> Response[ProfitsharingUnsplitAmountResponse]:
        """``query_profitsharing_unsplit_amount`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询剩余待分金额
        """
        from ..api.profitsharing import query_profitsharing_unsplit_amount as _op

        return await self._invoker.call(_op.asyncio_detailed, transaction_id=transaction_id)

    async def unfreeze_profitsharing_order(
        self, *, body: ProfitsharingUnfreezeRequest | Mapping[str, Any]
    ) -> Response[ProfitsharingOrder]:
        """``unfreeze_profitsharing_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        解冻剩余资金
        """
        from ..api.profitsharing import unfreeze_profitsharing_order as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)
