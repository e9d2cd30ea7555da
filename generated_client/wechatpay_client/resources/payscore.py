# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``payscore`` tag: one method per operation of ``api/payscore/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    import datetime

    from ..models.apply_payscore_merchant_bill_encryption_algorithm import ApplyPayscoreMerchantBillEncryptionAlgorithm
    from ..models.apply_payscore_merchant_bill_tar_type import ApplyPayscoreMerchantBillTarType
    from ..models.payscore_merchant_bill import PayscoreMerchantBill
    from ..models.payscore_service_order import PayscoreServiceOrder
    from ..models.payscore_service_order_cancel_request import PayscoreServiceOrderCancelRequest
    from ..models.payscore_service_order_collect_request import PayscoreServiceOrderCollectRequest
    from ..models.payscore_service_order_complete_request import PayscoreServiceOrderCompleteRequest
    from ..models.payscore_service_order_create_request import PayscoreServiceOrderCreateRequest
    from ..models.payscore_service_order_create_response import PayscoreServiceOrderCreateResponse
    from ..models.payscore_service_order_message_request import PayscoreServiceOrderMessageRequest
    from ..models.payscore_service_order_modify_request import PayscoreServiceOrderModifyRequest
    from ..models.payscore_service_order_ref import PayscoreServiceOrderRef
    from ..models.payscore_service_order_sync_request import PayscoreServiceOrderSyncRequest
    from ..types import Response, Unset


class PayscoreResource(SyncResource):
    """``payscore`` (typed results).

    支付分 — WeChat Pay Score service orders for direct merchants (普通商户): create, query,
    cancel, modify, complete, collect and sync a service order, send the pending-fee and
    pre-deduction messages to the user, and apply for the Pay Score bill. Paths under
    `/v3/payscore/serviceorder` and `/v3/payscore/merchant-bill`.
    """

    __slots__ = ()

    def apply_payscore_merchant_bill(
        self,
        *,
        bill_date: datetime.date,
        tar_type: ApplyPayscoreMerchantBillTarType | Unset = UNSET,
        encryption_algorithm: ApplyPayscoreMerchantBillEncryptionAlgorithm,
        service_id: str,
    ) -> PayscoreMerchantBill:
        """商户申请获取对账单

        商户申请获取对账单 — returns, for one Pay Score service and one day (within the last
        three months), the download links of the bill file, split into one or more parts.

        - Each part is encrypted with AEAD_AES_256_GCM: `encrypt_key` is the part's key, which
          WeChat Pay encrypts with the merchant certificate's public key; the SDK decrypts it
          after verifying the answer, so the model holds the key. Decrypt the downloaded part
          with that key and `nonce`, then gunzip it when `tar_type=GZIP`, and compare the result
          with `hash_value` (`hash_type`, SHA1).
        - The links expire quickly; read-only and safe to repeat for fresh links.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013394586

        Operation: ``apply_payscore_merchant_bill`` (GET /v3/payscore/merchant-bill); function: ``api.payscore.apply_payscore_merchant_bill``.
        """
        from ..api.payscore import apply_payscore_merchant_bill as _op

        return self._invoker.call(
            _op.sync,
            bill_date=bill_date,
            tar_type=tar_type,
            encryption_algorithm=encryption_algorithm,
            service_id=service_id,
        )

    def cancel_payscore_service_order(
        self, out_order_no: str, *, body: PayscoreServiceOrderCancelRequest | Mapping[str, Any]
    ) -> PayscoreServiceOrderRef:
        """取消支付分订单

        取消支付分订单 — cancels a service order that cannot go on to payment (for example the
        service was not used). Only an order in `CREATED` or `DOING` can be cancelled; it then
        ends as `REVOKED`.

        - `appid` and `service_id` must be the ones the order was created with.
        - Not documented as idempotent. After a timeout or 5xx, check the state with
          `query_payscore_service_order` before resending; a cancelled order is final.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012587905

        Operation: ``cancel_payscore_service_order`` (POST /v3/payscore/serviceorder/{out_order_no}/cancel); function: ``api.payscore.cancel_payscore_service_order``.
        """
        from ..api.payscore import cancel_payscore_service_order as _op

        return self._invoker.call(_op.sync, out_order_no=out_order_no, body=body)

    def collect_payscore_service_order(
        self, out_order_no: str, *, body: PayscoreServiceOrderCollectRequest | Mapping[str, Any]
    ) -> PayscoreServiceOrderRef:
        """商户发起催收扣款

        商户发起催收扣款 — asks WeChat Pay to try again to collect a completed order that is
        still unpaid (collection state `USER_PAYING`, 待支付). The answer only acknowledges the
        request; the outcome arrives as `PAYSCORE.USER_PAID` or shows in
        `query_payscore_service_order` (`collection.state` `USER_PAID`).

        - Not documented as idempotent. After a timeout or 5xx, read `collection` with
          `query_payscore_service_order` before sending another request.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013394596

        Operation: ``collect_payscore_service_order`` (POST /v3/payscore/serviceorder/{out_order_no}/pay); function: ``api.payscore.collect_payscore_service_order``.
        """
        from ..api.payscore import collect_payscore_service_order as _op

        return self._invoker.call(_op.sync, out_order_no=out_order_no, body=body)

    def complete_payscore_service_order(
        self, out_order_no: str, *, body: PayscoreServiceOrderCompleteRequest | Mapping[str, Any]
    ) -> PayscoreServiceOrder:
        """完结支付分订单

        完结支付分订单 — ends the service and states what the user owes. The order must be
        `DOING` with `state_description` `USER_CONFIRM` (the user confirmed it). WeChat Pay then
        collects `total_amount` from the user; the order moves to `DONE` when paid and
        `PAYSCORE.USER_PAID` is sent to the order's `notify_url`.

        - `total_amount` must equal the sum of `post_payments` amounts minus the sum of
          `post_discounts` amounts.
        - `profit_sharing: true` marks the resulting payment for profit sharing; `goods_tag`
          carries a promotion tag.
        - Not documented as idempotent. After a timeout or 5xx, check `state`,
          `state_description` (`MCH_COMPLETE` once completed) and `collection` with
          `query_payscore_service_order` before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012587955

        Operation: ``complete_payscore_service_order`` (POST /v3/payscore/serviceorder/{out_order_no}/complete); function: ``api.payscore.complete_payscore_service_order``.
        """
        from ..api.payscore import complete_payscore_service_order as _op

        return self._invoker.call(_op.sync, out_order_no=out_order_no, body=body)

    def create_payscore_service_order(
        self, *, body: PayscoreServiceOrderCreateRequest | Mapping[str, Any]
    ) -> PayscoreServiceOrderCreateResponse:
        """创建支付分订单

        创建支付分订单 — opens a Pay Score service order when a user asks for a service
        (charging, renting, a hotel stay, ...). On success the order is in state `CREATED` and
        the answer carries `package`, which the merchant front end passes to the Pay Score mini
        program so that the user confirms the order (valid for one hour).

        - `service_id` is issued by WeChat Pay once the Pay Score product is approved; `appid`
          must be bound to the merchant, and the same `appid` must be used to complete or cancel
          the order later.
        - `risk_fund` states the deposit / pre-payment / estimated cost the user is spared;
          `post_payments` (at most 100) and `post_discounts` (at most 30) are shown to the user,
          with industry-specific fixed names.
        - When the user confirms, WeChat Pay sends `PAYSCORE.USER_CONFIRM` to `notify_url`
          (see `PayscoreServiceOrderNotificationResource`); after payment it sends
          `PAYSCORE.USER_PAID`.
        - The page says that a repeated call with identical parameters succeeds again; the spec
          still treats the call as unsafe. After a timeout or 5xx, look the order up with
          `query_payscore_service_order` (`out_order_no`, `service_id`, `appid`) and resend only
          with the same parameters.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012587900

        Operation: ``create_payscore_service_order`` (POST /v3/payscore/serviceorder); function: ``api.payscore.create_payscore_service_order``.
        """
        from ..api.payscore import create_payscore_service_order as _op

        return self._invoker.call(_op.sync, body=body)

    def modify_payscore_service_order(
        self, out_order_no: str, *, body: PayscoreServiceOrderModifyRequest | Mapping[str, Any]
    ) -> PayscoreServiceOrder:
        """修改订单金额

        修改订单金额 — corrects the amount of a completed order whose total does not match the
        real cost. Possible only while the order is completed but not yet paid (collection state
        `USER_PAYING`, 待支付); the new `total_amount` must equal the sum of `post_payments`
        minus the sum of `post_discounts`, and a `reason` is required.

        - Not documented as idempotent. After a timeout or 5xx, read the order with
          `query_payscore_service_order` (`total_amount`, `collection`) before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012587957

        Operation: ``modify_payscore_service_order`` (POST /v3/payscore/serviceorder/{out_order_no}/modify); function: ``api.payscore.modify_payscore_service_order``.
        """
        from ..api.payscore import modify_payscore_service_order as _op

        return self._invoker.call(_op.sync, out_order_no=out_order_no, body=body)

    def query_payscore_service_order(
        self, *, out_order_no: str | Unset = UNSET, query_id: str | Unset = UNSET, service_id: str, appid: str
    ) -> PayscoreServiceOrder:
        """查询支付分订单

        查询支付分订单 — reads one Pay Score service order: its state (`CREATED`, `DOING`,
        `DONE`, `REVOKED`, `EXPIRED`), the items, the risk fund and, once completed, the
        collection (`collection.state` `USER_PAYING` or `USER_PAID`, payments and promotions).

        - Name the order by `out_order_no` or by `query_id` (the ID the Pay Score mini program
          hands back to the merchant front end after the confirmation page): exactly one of the
          two. Both are optional in the schema because OpenAPI unions are avoided here.
          `service_id` and `appid` are required.
        - This is the lookup that settles an unclear outcome of every write operation of the
          family (create, cancel, modify, complete, collect, sync), and the fallback when the
          `PAYSCORE.USER_CONFIRM` / `PAYSCORE.USER_PAID` notifications do not arrive.
          Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012587902

        Operation: ``query_payscore_service_order`` (GET /v3/payscore/serviceorder); function: ``api.payscore.query_payscore_service_order``.
        """
        from ..api.payscore import query_payscore_service_order as _op

        return self._invoker.call(
            _op.sync, out_order_no=out_order_no, query_id=query_id, service_id=service_id, appid=appid
        )

    def send_payscore_pending_message(
        self, out_order_no: str, *, body: PayscoreServiceOrderMessageRequest | Mapping[str, Any]
    ) -> None:
        """下发服务费用待处理消息

        下发服务费用待处理消息 — sends the user a WeChat Pay message that a fee of the service
        order is pending, with the items, discounts, `total_amount` and the expected deduction
        time `prepaid_time`. Only one such message may be sent per service order.

        - No content in the answer (`204`).
        - No query shows whether the message went out; see `x-wechatpay-no-reconcile`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013394606

        Operation: ``send_payscore_pending_message`` (POST /v3/payscore/serviceorder/{out_order_no}/send-pendingmessage); function: ``api.payscore.send_payscore_pending_message``.
        """
        from ..api.payscore import send_payscore_pending_message as _op

        self._invoker.call(_op.sync_detailed, out_order_no=out_order_no, body=body)

    def send_payscore_prepaid_message(
        self, out_order_no: str, *, body: PayscoreServiceOrderMessageRequest | Mapping[str, Any]
    ) -> None:
        """下发服务预扣费消息

        下发服务预扣费消息 — sends the user a WeChat Pay message announcing the coming deduction
        for the service order (items, discounts, `total_amount`, expected time `prepaid_time`).
        Only one such message may be sent per service order.

        - No content in the answer (`204`).
        - No query shows whether the message went out; see `x-wechatpay-no-reconcile`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013394615

        Operation: ``send_payscore_prepaid_message`` (POST /v3/payscore/serviceorder/{out_order_no}/send-prepaidmessage); function: ``api.payscore.send_payscore_prepaid_message``.
        """
        from ..api.payscore import send_payscore_prepaid_message as _op

        self._invoker.call(_op.sync_detailed, out_order_no=out_order_no, body=body)

    def sync_payscore_service_order(
        self, out_order_no: str, *, body: PayscoreServiceOrderSyncRequest | Mapping[str, Any]
    ) -> PayscoreServiceOrder:
        """同步服务订单信息

        同步服务订单信息 — tells WeChat Pay about something that happened outside it, so that
        the order state matches reality. The one documented scene, `type: Order_Paid`, reports
        that the merchant collected the money through its own channel (`detail.paid_time`); the
        order must be in the merchant-completed state (`state_description` `MCH_COMPLETE`).

        - Not documented as idempotent. After a timeout or 5xx, check the order with
          `query_payscore_service_order` before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012587962

        Operation: ``sync_payscore_service_order`` (POST /v3/payscore/serviceorder/{out_order_no}/sync); function: ``api.payscore.sync_payscore_service_order``.
        """
        from ..api.payscore import sync_payscore_service_order as _op

        return self._invoker.call(_op.sync, out_order_no=out_order_no, body=body)


class AsyncPayscoreResource(AsyncResource):
    """``payscore`` (async, typed results).

    支付分 — WeChat Pay Score service orders for direct merchants (普通商户): create, query,
    cancel, modify, complete, collect and sync a service order, send the pending-fee and
    pre-deduction messages to the user, and apply for the Pay Score bill. Paths under
    `/v3/payscore/serviceorder` and `/v3/payscore/merchant-bill`.
    """

    __slots__ = ()

    async def apply_payscore_merchant_bill(
        self,
        *,
        bill_date: datetime.date,
        tar_type: ApplyPayscoreMerchantBillTarType | Unset = UNSET,
        encryption_algorithm: ApplyPayscoreMerchantBillEncryptionAlgorithm,
        service_id: str,
    ) -> PayscoreMerchantBill:
        """商户申请获取对账单

        商户申请获取对账单 — returns, for one Pay Score service and one day (within the last
        three months), the download links of the bill file, split into one or more parts.

        - Each part is encrypted with AEAD_AES_256_GCM: `encrypt_key` is the part's key, which
          WeChat Pay encrypts with the merchant certificate's public key; the SDK decrypts it
          after verifying the answer, so the model holds the key. Decrypt the downloaded part
          with that key and `nonce`, then gunzip it when `tar_type=GZIP`, and compare the result
          with `hash_value` (`hash_type`, SHA1).
        - The links expire quickly; read-only and safe to repeat for fresh links.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013394586

        Operation: ``apply_payscore_merchant_bill`` (GET /v3/payscore/merchant-bill); function: ``api.payscore.apply_payscore_merchant_bill``.
        """
        from ..api.payscore import apply_payscore_merchant_bill as _op

        return await self._invoker.call(
            _op.asyncio,
            bill_date=bill_date,
            tar_type=tar_type,
            encryption_algorithm=encryption_algorithm,
            service_id=service_id,
        )

    async def cancel_payscore_service_order(
        self, out_order_no: str, *, body: PayscoreServiceOrderCancelRequest | Mapping[str, Any]
    ) -> PayscoreServiceOrderRef:
        """取消支付分订单

        取消支付分订单 — cancels a service order that cannot go on to payment (for example the
        service was not used). Only an order in `CREATED` or `DOING` can be cancelled; it then
        ends as `REVOKED`.

        - `appid` and `service_id` must be the ones the order was created with.
        - Not documented as idempotent. After a timeout or 5xx, check the state with
          `query_payscore_service_order` before resending; a cancelled order is final.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012587905

        Operation: ``cancel_payscore_service_order`` (POST /v3/payscore/serviceorder/{out_order_no}/cancel); function: ``api.payscore.cancel_payscore_service_order``.
        """
        from ..api.payscore import cancel_payscore_service_order as _op

        return await self._invoker.call(_op.asyncio, out_order_no=out_order_no, body=body)

    async def collect_payscore_service_order(
        self, out_order_no: str, *, body: PayscoreServiceOrderCollectRequest | Mapping[str, Any]
    ) -> PayscoreServiceOrderRef:
        """商户发起催收扣款

        商户发起催收扣款 — asks WeChat Pay to try again to collect a completed order that is
        still unpaid (collection state `USER_PAYING`, 待支付). The answer only acknowledges the
        request; the outcome arrives as `PAYSCORE.USER_PAID` or shows in
        `query_payscore_service_order` (`collection.state` `USER_PAID`).

        - Not documented as idempotent. After a timeout or 5xx, read `collection` with
          `query_payscore_service_order` before sending another request.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013394596

        Operation: ``collect_payscore_service_order`` (POST /v3/payscore/serviceorder/{out_order_no}/pay); function: ``api.payscore.collect_payscore_service_order``.
        """
        from ..api.payscore import collect_payscore_service_order as _op

        return await self._invoker.call(_op.asyncio, out_order_no=out_order_no, body=body)

    async def complete_payscore_service_order(
        self, out_order_no: str, *, body: PayscoreServiceOrderCompleteRequest | Mapping[str, Any]
    ) -> PayscoreServiceOrder:
        """完结支付分订单

        完结支付分订单 — ends the service and states what the user owes. The order must be
        `DOING` with `state_description` `USER_CONFIRM` (the user confirmed it). WeChat Pay then
        collects `total_amount` from the user; the order moves to `DONE` when paid and
        `PAYSCORE.USER_PAID` is sent to the order's `notify_url`.

        - `total_amount` must equal the sum of `post_payments` amounts minus the sum of
          `post_discounts` amounts.
        - `profit_sharing: true` marks the resulting payment for profit sharing; `goods_tag`
          carries a promotion tag.
        - Not documented as idempotent. After a timeout or 5xx, check `state`,
          `state_description` (`MCH_COMPLETE` once completed) and `collection` with
          `query_payscore_service_order` before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012587955

        Operation: ``complete_payscore_service_order`` (POST /v3/payscore/serviceorder/{out_order_no}/complete); function: ``api.payscore.complete_payscore_service_order``.
        """
        from ..api.payscore import complete_payscore_service_order as _op

        return await self._invoker.call(_op.asyncio, out_order_no=out_order_no, body=body)

    async def create_payscore_service_order(
        self, *, body: PayscoreServiceOrderCreateRequest | Mapping[str, Any]
    ) -> PayscoreServiceOrderCreateResponse:
        """创建支付分订单

        创建支付分订单 — opens a Pay Score service order when a user asks for a service
        (charging, renting, a hotel stay, ...). On success the order is in state `CREATED` and
        the answer carries `package`, which the merchant front end passes to the Pay Score mini
        program so that the user confirms the order (valid for one hour).

        - `service_id` is issued by WeChat Pay once the Pay Score product is approved; `appid`
          must be bound to the merchant, and the same `appid` must be used to complete or cancel
          the order later.
        - `risk_fund` states the deposit / pre-payment / estimated cost the user is spared;
          `post_payments` (at most 100) and `post_discounts` (at most 30) are shown to the user,
          with industry-specific fixed names.
        - When the user confirms, WeChat Pay sends `PAYSCORE.USER_CONFIRM` to `notify_url`
          (see `PayscoreServiceOrderNotificationResource`); after payment it sends
          `PAYSCORE.USER_PAID`.
        - The page says that a repeated call with identical parameters succeeds again; the spec
          still treats the call as unsafe. After a timeout or 5xx, look the order up with
          `query_payscore_service_order` (`out_order_no`, `service_id`, `appid`) and resend only
          with the same parameters.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012587900

        Operation: ``create_payscore_service_order`` (POST /v3/payscore/serviceorder); function: ``api.payscore.create_payscore_service_order``.
        """
        from ..api.payscore import create_payscore_service_order as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def modify_payscore_service_order(
        self, out_order_no: str, *, body: PayscoreServiceOrderModifyRequest | Mapping[str, Any]
    ) -> PayscoreServiceOrder:
        """修改订单金额

        修改订单金额 — corrects the amount of a completed order whose total does not match the
        real cost. Possible only while the order is completed but not yet paid (collection state
        `USER_PAYING`, 待支付); the new `total_amount` must equal the sum of `post_payments`
        minus the sum of `post_discounts`, and a `reason` is required.

        - Not documented as idempotent. After a timeout or 5xx, read the order with
          `query_payscore_service_order` (`total_amount`, `collection`) before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012587957

        Operation: ``modify_payscore_service_order`` (POST /v3/payscore/serviceorder/{out_order_no}/modify); function: ``api.payscore.modify_payscore_service_order``.
        """
        from ..api.payscore import modify_payscore_service_order as _op

        return await self._invoker.call(_op.asyncio, out_order_no=out_order_no, body=body)

    async def query_payscore_service_order(
        self, *, out_order_no: str | Unset = UNSET, query_id: str | Unset = UNSET, service_id: str, appid: str
    ) -> PayscoreServiceOrder:
        """查询支付分订单

        查询支付分订单 — reads one Pay Score service order: its state (`CREATED`, `DOING`,
        `DONE`, `REVOKED`, `EXPIRED`), the items, the risk fund and, once completed, the
        collection (`collection.state` `USER_PAYING` or `USER_PAID`, payments and promotions).

        - Name the order by `out_order_no` or by `query_id` (the ID the Pay Score mini program
          hands back to the merchant front end after the confirmation page): exactly one of the
          two. Both are optional in the schema because OpenAPI unions are avoided here.
          `service_id` and `appid` are required.
        - This is the lookup that settles an unclear outcome of every write operation of the
          family (create, cancel, modify, complete, collect, sync), and the fallback when the
          `PAYSCORE.USER_CONFIRM` / `PAYSCORE.USER_PAID` notifications do not arrive.
          Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012587902

        Operation: ``query_payscore_service_order`` (GET /v3/payscore/serviceorder); function: ``api.payscore.query_payscore_service_order``.
        """
        from ..api.payscore import query_payscore_service_order as _op

        return await self._invoker.call(
            _op.asyncio, out_order_no=out_order_no, query_id=query_id, service_id=service_id, appid=appid
        )

    async def send_payscore_pending_message(
        self, out_order_no: str, *, body: PayscoreServiceOrderMessageRequest | Mapping[str, Any]
    ) -> None:
        """下发服务费用待处理消息

        下发服务费用待处理消息 — sends the user a WeChat Pay message that a fee of the service
        order is pending, with the items, discounts, `total_amount` and the expected deduction
        time `prepaid_time`. Only one such message may be sent per service order.

        - No content in the answer (`204`).
        - No query shows whether the message went out; see `x-wechatpay-no-reconcile`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013394606

        Operation: ``send_payscore_pending_message`` (POST /v3/payscore/serviceorder/{out_order_no}/send-pendingmessage); function: ``api.payscore.send_payscore_pending_message``.
        """
        from ..api.payscore import send_payscore_pending_message as _op

        await self._invoker.call(_op.asyncio_detailed, out_order_no=out_order_no, body=body)

    async def send_payscore_prepaid_message(
        self, out_order_no: str, *, body: PayscoreServiceOrderMessageRequest | Mapping[str, Any]
    ) -> None:
        """下发服务预扣费消息

        下发服务预扣费消息 — sends the user a WeChat Pay message announcing the coming deduction
        for the service order (items, discounts, `total_amount`, expected time `prepaid_time`).
        Only one such message may be sent per service order.

        - No content in the answer (`204`).
        - No query shows whether the message went out; see `x-wechatpay-no-reconcile`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013394615

        Operation: ``send_payscore_prepaid_message`` (POST /v3/payscore/serviceorder/{out_order_no}/send-prepaidmessage); function: ``api.payscore.send_payscore_prepaid_message``.
        """
        from ..api.payscore import send_payscore_prepaid_message as _op

        await self._invoker.call(_op.asyncio_detailed, out_order_no=out_order_no, body=body)

    async def sync_payscore_service_order(
        self, out_order_no: str, *, body: PayscoreServiceOrderSyncRequest | Mapping[str, Any]
    ) -> PayscoreServiceOrder:
        """同步服务订单信息

        同步服务订单信息 — tells WeChat Pay about something that happened outside it, so that
        the order state matches reality. The one documented scene, `type: Order_Paid`, reports
        that the merchant collected the money through its own channel (`detail.paid_time`); the
        order must be in the merchant-completed state (`state_description` `MCH_COMPLETE`).

        - Not documented as idempotent. After a timeout or 5xx, check the order with
          `query_payscore_service_order` before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012587962

        Operation: ``sync_payscore_service_order`` (POST /v3/payscore/serviceorder/{out_order_no}/sync); function: ``api.payscore.sync_payscore_service_order``.
        """
        from ..api.payscore import sync_payscore_service_order as _op

        return await self._invoker.call(_op.asyncio, out_order_no=out_order_no, body=body)


class PayscoreResourceWithRawResponse(SyncResource):
    """``payscore`` (raw responses).

    支付分 — WeChat Pay Score service orders for direct merchants (普通商户): create, query,
    cancel, modify, complete, collect and sync a service order, send the pending-fee and
    pre-deduction messages to the user, and apply for the Pay Score bill. Paths under
    `/v3/payscore/serviceorder` and `/v3/payscore/merchant-bill`.
    """

    __slots__ = ()

    def apply_payscore_merchant_bill(
        self,
        *,
        bill_date: datetime.date,
        tar_type: ApplyPayscoreMerchantBillTarType | Unset = UNSET,
        encryption_algorithm: ApplyPayscoreMerchantBillEncryptionAlgorithm,
        service_id: str,
    ) -> Response[PayscoreMerchantBill]:
        """``apply_payscore_merchant_bill`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户申请获取对账单
        """
        from ..api.payscore import apply_payscore_merchant_bill as _op

        return self._invoker.call(
            _op.sync_detailed,
            bill_date=bill_date,
            tar_type=tar_type,
            encryption_algorithm=encryption_algorithm,
            service_id=service_id,
        )

    def cancel_payscore_service_order(
        self, out_order_no: str, *, body: PayscoreServiceOrderCancelRequest | Mapping[str, Any]
    ) -> Response[PayscoreServiceOrderRef]:
        """``cancel_payscore_service_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        取消支付分订单
        """
        from ..api.payscore import cancel_payscore_service_order as _op

        return self._invoker.call(_op.sync_detailed, out_order_no=out_order_no, body=body)

    def collect_payscore_service_order(
        self, out_order_no: str, *, body: PayscoreServiceOrderCollectRequest | Mapping[str, Any]
    ) -> Response[PayscoreServiceOrderRef]:
        """``collect_payscore_service_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户发起催收扣款
        """
        from ..api.payscore import collect_payscore_service_order as _op

        return self._invoker.call(_op.sync_detailed, out_order_no=out_order_no, body=body)

    def complete_payscore_service_order(
        self, out_order_no: str, *, body: PayscoreServiceOrderCompleteRequest | Mapping[str, Any]
    ) -> Response[PayscoreServiceOrder]:
        """``complete_payscore_service_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        完结支付分订单
        """
        from ..api.payscore import complete_payscore_service_order as _op

        return self._invoker.call(_op.sync_detailed, out_order_no=out_order_no, body=body)

    def create_payscore_service_order(
        self, *, body: PayscoreServiceOrderCreateRequest | Mapping[str, Any]
    ) -> Response[PayscoreServiceOrderCreateResponse]:
        """``create_payscore_service_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建支付分订单
        """
        from ..api.payscore import create_payscore_service_order as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def modify_payscore_service_order(
        self, out_order_no: str, *, body: PayscoreServiceOrderModifyRequest | Mapping[str, Any]
    ) -> Response[PayscoreServiceOrder]:
        """``modify_payscore_service_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        修改订单金额
        """
        from ..api.payscore import modify_payscore_service_order as _op

        return self._invoker.call(_op.sync_detailed, out_order_no=out_order_no, body=body)

    def query_payscore_service_order(
        self, *, out_order_no: str | Unset = UNSET, query_id: str | Unset = UNSET, service_id: str, appid: str
    ) -> Response[PayscoreServiceOrder]:
        """``query_payscore_service_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询支付分订单
        """
        from ..api.payscore import query_payscore_service_order as _op

        return self._invoker.call(
            _op.sync_detailed, out_order_no=out_order_no, query_id=query_id, service_id=service_id, appid=appid
        )

    def send_payscore_pending_message(
        self, out_order_no: str, *, body: PayscoreServiceOrderMessageRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``send_payscore_pending_message`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        下发服务费用待处理消息
        """
        from ..api.payscore import send_payscore_pending_message as _op

        return self._invoker.call(_op.sync_detailed, out_order_no=out_order_no, body=body)

    def send_payscore_prepaid_message(
        self, out_order_no: str, *, body: PayscoreServiceOrderMessageRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``send_payscore_prepaid_message`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        下发服务预扣费消息
        """
        from ..api.payscore import send_payscore_prepaid_message as _op

        return self._invoker.call(_op.sync_detailed, out_order_no=out_order_no, body=body)

    def sync_payscore_service_order(
        self, out_order_no: str, *, body: PayscoreServiceOrderSyncRequest | Mapping[str, Any]
    ) -> Response[PayscoreServiceOrder]:
        """``sync_payscore_service_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        同步服务订单信息
        """
        from ..api.payscore import sync_payscore_service_order as _op

        return self._invoker.call(_op.sync_detailed, out_order_no=out_order_no, body=body)


class AsyncPayscoreResourceWithRawResponse(AsyncResource):
    """``payscore`` (async, raw responses).

    支付分 — WeChat Pay Score service orders for direct merchants (普通商户): create, query,
    cancel, modify, complete, collect and sync a service order, send the pending-fee and
    pre-deduction messages to the user, and apply for the Pay Score bill. Paths under
    `/v3/payscore/serviceorder` and `/v3/payscore/merchant-bill`.
    """

    __slots__ = ()

    async def apply_payscore_merchant_bill(
        self,
        *,
        bill_date: datetime.date,
        tar_type: ApplyPayscoreMerchantBillTarType | Unset = UNSET,
        encryption_algorithm: ApplyPayscoreMerchantBillEncryptionAlgorithm,
        service_id: str,
    ) -> Response[PayscoreMerchantBill]:
        """``apply_payscore_merchant_bill`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户申请获取对账单
        """
        from ..api.payscore import apply_payscore_merchant_bill as _op

        return await self._invoker.call(
            _op.asyncio_detailed,
            bill_date=bill_date,
            tar_type=tar_type,
            encryption_algorithm=encryption_algorithm,
            service_id=service_id,
        )

    async def cancel_payscore_service_order(
        self, out_order_no: str, *, body: PayscoreServiceOrderCancelRequest | Mapping[str, Any]
    ) -> Response[PayscoreServiceOrderRef]:
        """``cancel_payscore_service_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        取消支付分订单
        """
        from ..api.payscore import cancel_payscore_service_order as _op

        return await self._invoker.call(_op.asyncio_detailed, out_order_no=out_order_no, body=body)

    async def collect_payscore_service_order(
        self, out_order_no: str, *, body: PayscoreServiceOrderCollectRequest | Mapping[str, Any]
    ) -> Response[PayscoreServiceOrderRef]:
        """``collect_payscore_service_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户发起催收扣款
        """
        from ..api.payscore import collect_payscore_service_order as _op

        return await self._invoker.call(_op.asyncio_detailed, out_order_no=out_order_no, body=body)

    async def complete_payscore_service_order(
        self, out_order_no: str, *, body: PayscoreServiceOrderCompleteRequest | Mapping[str, Any]
    ) -> Response[PayscoreServiceOrder]:
        """``complete_payscore_service_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        完结支付分订单
        """
        from ..api.payscore import complete_payscore_service_order as _op

        return await self._invoker.call(_op.asyncio_detailed, out_order_no=out_order_no, body=body)

    async def create_payscore_service_order(
        self, *, body: PayscoreServiceOrderCreateRequest | Mapping[str, Any]
    ) -> Response[PayscoreServiceOrderCreateResponse]:
        """``create_payscore_service_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建支付分订单
        """
        from ..api.payscore import create_payscore_service_order as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def modify_payscore_service_order(
        self, out_order_no: str, *, body: PayscoreServiceOrderModifyRequest | Mapping[str, Any]
    ) -> Response[PayscoreServiceOrder]:
        """``modify_payscore_service_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        修改订单金额
        """
        from ..api.payscore import modify_payscore_service_order as _op

        return await self._invoker.call(_op.asyncio_detailed, out_order_no=out_order_no, body=body)

    async def query_payscore_service_order(
        self, *, out_order_no: str | Unset = UNSET, query_id: str | Unset = UNSET, service_id: str, appid: str
    ) -> Response[PayscoreServiceOrder]:
        """``query_payscore_service_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询支付分订单
        """
        from ..api.payscore import query_payscore_service_order as _op

        return await self._invoker.call(
            _op.asyncio_detailed, out_order_no=out_order_no, query_id=query_id, service_id=service_id, appid=appid
        )

    async def send_payscore_pending_message(
        self, out_order_no: str, *, body: PayscoreServiceOrderMessageRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``send_payscore_pending_message`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        下发服务费用待处理消息
        """
        from ..api.payscore import send_payscore_pending_message as _op

        return await self._invoker.call(_op.asyncio_detailed, out_order_no=out_order_no, body=body)

    async def send_payscore_prepaid_message(
        self, out_order_no: str, *, body: PayscoreServiceOrderMessageRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``send_payscore_prepaid_message`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        下发服务预扣费消息
        """
        from ..api.payscore import send_payscore_prepaid_message as _op

        return await self._invoker.call(_op.asyncio_detailed, out_order_no=out_order_no, body=body)

    async def sync_payscore_service_order(
        self, out_order_no: str, *, body: PayscoreServiceOrderSyncRequest | Mapping[str, Any]
    ) -> Response[PayscoreServiceOrder]:
        """``sync_payscore_service_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        同步服务订单信息
        """
        from ..api.payscore import sync_payscore_service_order as _op

        return await self._invoker.call(_op.asyncio_detailed, out_order_no=out_order_no, body=body)
