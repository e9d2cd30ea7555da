# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``busifavor`` tag: one method per operation of ``api/busifavor/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.busifavor_callback import BusifavorCallback
    from ..models.busifavor_callback_set_request import BusifavorCallbackSetRequest
    from ..models.busifavor_coupon_associate_request import BusifavorCouponAssociateRequest
    from ..models.busifavor_coupon_associate_response import BusifavorCouponAssociateResponse
    from ..models.busifavor_coupon_code_delete_response import BusifavorCouponCodeDeleteResponse
    from ..models.busifavor_coupon_code_detail import BusifavorCouponCodeDetail
    from ..models.busifavor_coupon_code_list import BusifavorCouponCodeList
    from ..models.busifavor_coupon_code_upload_request import BusifavorCouponCodeUploadRequest
    from ..models.busifavor_coupon_code_upload_response import BusifavorCouponCodeUploadResponse
    from ..models.busifavor_coupon_deactivate_request import BusifavorCouponDeactivateRequest
    from ..models.busifavor_coupon_deactivate_response import BusifavorCouponDeactivateResponse
    from ..models.busifavor_coupon_disassociate_request import BusifavorCouponDisassociateRequest
    from ..models.busifavor_coupon_disassociate_response import BusifavorCouponDisassociateResponse
    from ..models.busifavor_coupon_return_request import BusifavorCouponReturnRequest
    from ..models.busifavor_coupon_return_response import BusifavorCouponReturnResponse
    from ..models.busifavor_coupon_send_request import BusifavorCouponSendRequest
    from ..models.busifavor_coupon_send_response import BusifavorCouponSendResponse
    from ..models.busifavor_coupon_use_request import BusifavorCouponUseRequest
    from ..models.busifavor_coupon_use_response import BusifavorCouponUseResponse
    from ..models.busifavor_product_coupon_send_request import BusifavorProductCouponSendRequest
    from ..models.busifavor_product_coupon_send_response import BusifavorProductCouponSendResponse
    from ..models.busifavor_stock import BusifavorStock
    from ..models.busifavor_stock_budget import BusifavorStockBudget
    from ..models.busifavor_stock_budget_update_request import BusifavorStockBudgetUpdateRequest
    from ..models.busifavor_stock_create_request import BusifavorStockCreateRequest
    from ..models.busifavor_stock_create_response import BusifavorStockCreateResponse
    from ..models.busifavor_stock_update_request import BusifavorStockUpdateRequest
    from ..models.busifavor_subsidy_pay_receipt import BusifavorSubsidyPayReceipt
    from ..models.busifavor_subsidy_pay_receipt_list import BusifavorSubsidyPayReceiptList
    from ..models.busifavor_subsidy_pay_request import BusifavorSubsidyPayRequest
    from ..models.busifavor_subsidy_return_receipt import BusifavorSubsidyReturnReceipt
    from ..models.busifavor_subsidy_return_request import BusifavorSubsidyReturnRequest
    from ..models.busifavor_user_coupon import BusifavorUserCoupon
    from ..models.busifavor_user_coupon_list import BusifavorUserCouponList
    from ..models.list_busifavor_coupon_codes_status import ListBusifavorCouponCodesStatus
    from ..models.list_busifavor_user_coupons_coupon_state import ListBusifavorUserCouponsCouponState
    from ..types import Response, Unset


class BusifavorResource(SyncResource):
    """``busifavor`` (typed results).

    运营工具∙商家券 — merchant coupons: create, read and change coupon batches and their budget,
    upload, list, read and delete pre-stored codes, send coupons (also goods-linked ones),
    redeem, return, invalidate and link them to orders, list and read a user's coupons, pay and
    return marketing subsidies, and set or read the event-notification address. Paths under
    `/v3/marketing/busifavor/`.
    """

    __slots__ = ()

    def associate_busifavor_coupon(
        self, *, body: BusifavorCouponAssociateRequest | Mapping[str, Any]
    ) -> BusifavorCouponAssociateResponse:
        """关联订单信息

        关联订单信息 — links a valid (not yet redeemed) coupon to a WeChat Pay order of the
        merchant (`out_trade_no`), for later statistics such as lucky draws and commission
        incentives. `stock_id` is needed for batches with merchant codes.

        After an unclear outcome, read the coupon with `query_busifavor_user_coupon`: a linked
        coupon shows `associate_out_trade_no`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465596

        Operation: ``associate_busifavor_coupon`` (POST /v3/marketing/busifavor/coupons/associate); function: ``api.busifavor.associate_busifavor_coupon``.
        """
        from ..api.busifavor import associate_busifavor_coupon as _op

        return self._invoker.call(_op.sync, body=body)

    def create_busifavor_stock(
        self, *, body: BusifavorStockCreateRequest | Mapping[str, Any]
    ) -> BusifavorStockCreateResponse:
        """创建商家券

        创建商家券 — creates a merchant-coupon batch (a fixed-amount, discount or exchange coupon)
        and returns its `stock_id`.

        - `stock_type` picks the rule object: `NORMAL` needs `coupon_use_rule.fixed_normal_coupon`,
          `DISCOUNT` needs `discount_coupon`, `EXCHANGE` needs `exchange_coupon`.
        - `coupon_code_mode`: `WECHATPAY_MODE` (WeChat Pay assigns codes), `MERCHANT_API` (the
          merchant names the code at each send) or `MERCHANT_UPLOAD` (codes are uploaded first
          with `upload_busifavor_coupon_codes`).
        - A coupon may be valid for at most one year. `notify_config.notify_appid` is needed for
          event notifications to carry the user's OpenID.
        - No query looks a batch up by `out_request_no`; the `stock_id` is only in the answer.
          Not documented as idempotent, so an unclear outcome cannot be checked before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534855

        Operation: ``create_busifavor_stock`` (POST /v3/marketing/busifavor/stocks); function: ``api.busifavor.create_busifavor_stock``.
        """
        from ..api.busifavor import create_busifavor_stock as _op

        return self._invoker.call(_op.sync, body=body)

    def create_busifavor_subsidy_pay_receipt(
        self, *, body: BusifavorSubsidyPayRequest | Mapping[str, Any]
    ) -> BusifavorSubsidyPayReceipt:
        """营销补差付款

        营销补差付款 — pays a marketing subsidy for a coupon used on a WeChat Pay order: money
        moves from `payer_merchant` (the batch creator or owner) to `payee_merchant` (the owner
        or a merchant of the same brand chain). Only fixed-amount and discount batches; at most
        the coupon's discount and at most 500 yuan per order.

        The answer is the subsidy receipt; `status` may still be `PAY_RECEIPT_ACCEPTED`. After an
        unclear outcome, list the coupon's receipts with `list_busifavor_subsidy_pay_receipts`
        (same `stock_id`, `coupon_code` and `out_subsidy_no`) before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017147321

        Operation: ``create_busifavor_subsidy_pay_receipt`` (POST /v3/marketing/busifavor/subsidy/pay-receipts); function: ``api.busifavor.create_busifavor_subsidy_pay_receipt``.
        """
        from ..api.busifavor import create_busifavor_subsidy_pay_receipt as _op

        return self._invoker.call(_op.sync, body=body)

    def create_busifavor_subsidy_return_receipt(
        self, *, body: BusifavorSubsidyReturnRequest | Mapping[str, Any]
    ) -> BusifavorSubsidyReturnReceipt:
        """营销补差回退

        营销补差回退 — takes back (part of) a subsidy after the order was refunded (`refund_id`):
        the money goes from the original payee back to the original payer. The total returned
        for one coupon cannot exceed what was paid for it.

        No query finds a return by `out_subsidy_return_no` (the detail query needs the
        `subsidy_return_receipt_id` from the answer). After an unclear outcome, list the
        coupon's subsidy receipts with `list_busifavor_subsidy_pay_receipts`: a returned receipt
        shows `PAY_RECEIPT_PARTIAL_RETURN` or `PAY_RECEIPT_FULL_RETURN`; resend only with the
        same `out_subsidy_return_no`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017147332

        Operation: ``create_busifavor_subsidy_return_receipt`` (POST /v3/marketing/busifavor/subsidy/return-receipts); function: ``api.busifavor.create_busifavor_subsidy_return_receipt``.
        """
        from ..api.busifavor import create_busifavor_subsidy_return_receipt as _op

        return self._invoker.call(_op.sync, body=body)

    def deactivate_busifavor_coupon(
        self, *, body: BusifavorCouponDeactivateRequest | Mapping[str, Any]
    ) -> BusifavorCouponDeactivateResponse:
        """使券失效

        使券失效 — invalidates a usable coupon; it can no longer be redeemed. Each call carries a
        unique `deactivate_request_no`; `deactivate_reason` is optional.

        After an unclear outcome, read the coupon with `query_busifavor_user_coupon`: an
        invalidated coupon shows `coupon_state: DEACTIVATED` and the `deactivate_request_no`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465890

        Operation: ``deactivate_busifavor_coupon`` (POST /v3/marketing/busifavor/coupons/deactivate); function: ``api.busifavor.deactivate_busifavor_coupon``.
        """
        from ..api.busifavor import deactivate_busifavor_coupon as _op

        return self._invoker.call(_op.sync, body=body)

    def delete_busifavor_coupon_code(
        self, stock_id: str, coupon_code: str, *, delete_request_no: str
    ) -> BusifavorCouponCodeDeleteResponse:
        """删除预存code

        删除预存code — removes an uploaded code that has not been dispatched from a
        `MERCHANT_UPLOAD` batch. `delete_request_no` (query) identifies the request. The answer
        carries the batch and the deletion time.

        After an unclear outcome, look the code up with `query_busifavor_coupon_code`.

        Official doc: https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html

        Operation: ``delete_busifavor_coupon_code`` (DELETE /v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code}); function: ``api.busifavor.delete_busifavor_coupon_code``.
        """
        from ..api.busifavor import delete_busifavor_coupon_code as _op

        return self._invoker.call(
            _op.sync, stock_id=stock_id, coupon_code=coupon_code, delete_request_no=delete_request_no
        )

    def disassociate_busifavor_coupon(
        self, *, body: BusifavorCouponDisassociateRequest | Mapping[str, Any]
    ) -> BusifavorCouponDisassociateResponse:
        """取消关联订单信息

        取消关联订单信息 — removes the link between a coupon and the order it was linked to by
        `associate_busifavor_coupon`; an order that was never linked cannot be unlinked.

        After an unclear outcome, read the coupon with `query_busifavor_user_coupon`: once
        unlinked it no longer shows that `associate_out_trade_no`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465673

        Operation: ``disassociate_busifavor_coupon`` (POST /v3/marketing/busifavor/coupons/disassociate); function: ``api.busifavor.disassociate_busifavor_coupon``.
        """
        from ..api.busifavor import disassociate_busifavor_coupon as _op

        return self._invoker.call(_op.sync, body=body)

    def list_busifavor_coupon_codes(
        self,
        stock_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        appid: str | Unset = UNSET,
        status: ListBusifavorCouponCodesStatus | Unset = UNSET,
    ) -> BusifavorCouponCodeList:
        """查询预存code列表

        查询预存code列表 — pages through the codes uploaded to a `MERCHANT_UPLOAD` batch, with
        each code's state (`AVAILABLE` or `DISPATCHED`) and, once dispatched, the user it went
        to. Read-only; safe to repeat. It settles an unclear `upload_busifavor_coupon_codes`.

        Official doc: https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html

        Operation: ``list_busifavor_coupon_codes`` (GET /v3/marketing/busifavor/stocks/{stock_id}/couponcodes); function: ``api.busifavor.list_busifavor_coupon_codes``.
        """
        from ..api.busifavor import list_busifavor_coupon_codes as _op

        return self._invoker.call(_op.sync, stock_id=stock_id, limit=limit, offset=offset, appid=appid, status=status)

    def list_busifavor_subsidy_pay_receipts(
        self, *, stock_id: str, coupon_code: str, out_subsidy_no: str | Unset = UNSET
    ) -> BusifavorSubsidyPayReceiptList:
        """查询营销补差付款单列表

        查询营销补差付款单列表 — lists the subsidy receipts of one coupon (`stock_id` and
        `coupon_code`), optionally only the one with a given `out_subsidy_no`. A receipt's
        `status` also shows whether it was partly or fully returned. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017147338

        Operation: ``list_busifavor_subsidy_pay_receipts`` (GET /v3/marketing/busifavor/subsidy/pay-receipts); function: ``api.busifavor.list_busifavor_subsidy_pay_receipts``.
        """
        from ..api.busifavor import list_busifavor_subsidy_pay_receipts as _op

        return self._invoker.call(_op.sync, stock_id=stock_id, coupon_code=coupon_code, out_subsidy_no=out_subsidy_no)

    def list_busifavor_user_coupons(
        self,
        openid: str,
        *,
        appid: str,
        stock_id: str | Unset = UNSET,
        coupon_state: ListBusifavorUserCouponsCouponState | Unset = UNSET,
        creator_merchant: str | Unset = UNSET,
        belong_merchant: str | Unset = UNSET,
        sender_merchant: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> BusifavorUserCouponList:
        """根据过滤条件查询用户券

        根据过滤条件查询用户券 — pages through the merchant coupons in one user's card wallet,
        filtered by batch, state and the merchant that created, owns or sent the batch. The
        caller must pass the filter that matches its own role: `creator_merchant` when it
        created the batch, `belong_merchant` when it owns it, `sender_merchant` when it sends
        it. Read-only; safe to repeat. It settles unclear `send_busifavor_coupon` and
        `send_busifavor_product_coupon` calls (match `send_request_no`).

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534963

        Operation: ``list_busifavor_user_coupons`` (GET /v3/marketing/busifavor/users/{openid}/coupons); function: ``api.busifavor.list_busifavor_user_coupons``.
        """
        from ..api.busifavor import list_busifavor_user_coupons as _op

        return self._invoker.call(
            _op.sync,
            openid=openid,
            appid=appid,
            stock_id=stock_id,
            coupon_state=coupon_state,
            creator_merchant=creator_merchant,
            belong_merchant=belong_merchant,
            sender_merchant=sender_merchant,
            offset=offset,
            limit=limit,
        )

    def query_busifavor_callback(self, *, mchid: str | Unset = UNSET) -> BusifavorCallback:
        """查询商家券事件通知地址

        查询商家券事件通知地址 — reads the HTTPS address to which WeChat Pay sends merchant-coupon
        events (such as `COUPON.SEND`, a user receiving a coupon). Without `mchid` the caller's own
        merchant ID is used. Read-only; safe to repeat, and the way to confirm an unclear
        `set_busifavor_callback`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465507

        Operation: ``query_busifavor_callback`` (GET /v3/marketing/busifavor/callbacks); function: ``api.busifavor.query_busifavor_callback``.
        """
        from ..api.busifavor import query_busifavor_callback as _op

        return self._invoker.call(_op.sync, mchid=mchid)

    def query_busifavor_coupon_code(
        self, stock_id: str, coupon_code: str, *, appid: str | Unset = UNSET
    ) -> BusifavorCouponCodeDetail:
        """查询预存code详情

        查询预存code详情 — reads one uploaded code of a batch: its state and times, and, once it
        has been dispatched to a user, the user's coupon. Read-only; safe to repeat. It settles an
        unclear `delete_busifavor_coupon_code` (a deleted code is no longer found).

        Official doc: https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html

        Operation: ``query_busifavor_coupon_code`` (GET /v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code}); function: ``api.busifavor.query_busifavor_coupon_code``.
        """
        from ..api.busifavor import query_busifavor_coupon_code as _op

        return self._invoker.call(_op.sync, stock_id=stock_id, coupon_code=coupon_code, appid=appid)

    def query_busifavor_stock(self, stock_id: str) -> BusifavorStock:
        """查询商家券详情

        查询商家券详情 — reads a merchant-coupon batch: its rules, state (`stock_state`), budget
        and how many coupons were sent (`send_count_information`), and for `MERCHANT_UPLOAD`
        batches the count of uploaded codes. Read-only; safe to repeat. It settles unclear
        outcomes of `update_busifavor_stock` and `update_busifavor_stock_budget`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534928

        Operation: ``query_busifavor_stock`` (GET /v3/marketing/busifavor/stocks/{stock_id}); function: ``api.busifavor.query_busifavor_stock``.
        """
        from ..api.busifavor import query_busifavor_stock as _op

        return self._invoker.call(_op.sync, stock_id=stock_id)

    def query_busifavor_subsidy_pay_receipt(self, subsidy_receipt_id: str) -> BusifavorSubsidyPayReceipt:
        """查询营销补差付款单详情

        查询营销补差付款单详情 — reads one subsidy receipt by WeChat Pay's `subsidy_receipt_id`.
        Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017147336

        Operation: ``query_busifavor_subsidy_pay_receipt`` (GET /v3/marketing/busifavor/subsidy/pay-receipts/{subsidy_receipt_id}); function: ``api.busifavor.query_busifavor_subsidy_pay_receipt``.
        """
        from ..api.busifavor import query_busifavor_subsidy_pay_receipt as _op

        return self._invoker.call(_op.sync, subsidy_receipt_id=subsidy_receipt_id)

    def query_busifavor_subsidy_return_receipt(self, subsidy_return_receipt_id: str) -> BusifavorSubsidyReturnReceipt:
        """查询商家券营销补差回退单详情

        查询商家券营销补差回退单详情 — reads one subsidy return receipt by WeChat Pay's
        `subsidy_return_receipt_id`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017147344

        Operation: ``query_busifavor_subsidy_return_receipt`` (GET /v3/marketing/busifavor/subsidy/return-receipts/{subsidy_return_receipt_id}); function: ``api.busifavor.query_busifavor_subsidy_return_receipt``.
        """
        from ..api.busifavor import query_busifavor_subsidy_return_receipt as _op

        return self._invoker.call(_op.sync, subsidy_return_receipt_id=subsidy_return_receipt_id)

    def query_busifavor_user_coupon(self, openid: str, coupon_code: str, appid: str) -> BusifavorUserCoupon:
        """查询用户单张券详情

        查询用户单张券详情 — reads one coupon in a user's card wallet: the batch rules, its state,
        and the request numbers and times of sending, redemption, return and invalidation, and
        the linked order. Read-only; safe to repeat. It settles unclear outcomes of
        `use_busifavor_coupon`, `return_busifavor_coupon`, `deactivate_busifavor_coupon`,
        `associate_busifavor_coupon` and `disassociate_busifavor_coupon`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535011

        Operation: ``query_busifavor_user_coupon`` (GET /v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids/{appid}); function: ``api.busifavor.query_busifavor_user_coupon``.
        """
        from ..api.busifavor import query_busifavor_user_coupon as _op

        return self._invoker.call(_op.sync, openid=openid, coupon_code=coupon_code, appid=appid)

    def return_busifavor_coupon(
        self, *, body: BusifavorCouponReturnRequest | Mapping[str, Any]
    ) -> BusifavorCouponReturnResponse:
        """申请退券

        申请退券 — gives a redeemed coupon back to the user (for example after the order it was
        used on is refunded), so that it can be used again. Each call carries a unique
        `return_request_no`.

        After an unclear outcome, read the coupon with `query_busifavor_user_coupon`: a returned
        coupon shows `return_request_no` and `return_time`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465845

        Operation: ``return_busifavor_coupon`` (POST /v3/marketing/busifavor/coupons/return); function: ``api.busifavor.return_busifavor_coupon``.
        """
        from ..api.busifavor import return_busifavor_coupon as _op

        return self._invoker.call(_op.sync, body=body)

    def send_busifavor_coupon(
        self, *, body: BusifavorCouponSendRequest | Mapping[str, Any]
    ) -> BusifavorCouponSendResponse:
        """向用户发券

        向用户发券 — sends one coupon of a batch to a user (OpenID under `appid`). For a
        `MERCHANT_API` batch the merchant names the code in `coupon_code`; otherwise the code is
        assigned. `out_request_no` must be unique per batch and user.

        The sources disagree on the answer: the official SDKs wrap it in `send_coupon_result`,
        the other sources give `stock_id`, `coupon_code` and `out_request_no` at the top level;
        both shapes are accepted. After an unclear outcome, list the user's coupons of the batch
        with `list_busifavor_user_coupons` and look for `send_request_no` equal to the
        `out_request_no` sent.

        Official doc: https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html

        Operation: ``send_busifavor_coupon`` (POST /v3/marketing/busifavor/coupons/send); function: ``api.busifavor.send_busifavor_coupon``.
        """
        from ..api.busifavor import send_busifavor_coupon as _op

        return self._invoker.call(_op.sync, body=body)

    def send_busifavor_product_coupon(
        self, *, body: BusifavorProductCouponSendRequest | Mapping[str, Any]
    ) -> BusifavorProductCouponSendResponse:
        """向用户发放商品券

        向用户发放商品券 — sends a merchant coupon that is linked to goods information to a user;
        batches without linked goods cannot be sent this way. The code is either named in
        `coupon_code` or assigned by WeChat Pay. `coupon_type: MEMBER` sends it as a member
        coupon, with the member card in `member_card_id`.

        After an unclear outcome, list the user's coupons of the batch with
        `list_busifavor_user_coupons` and look for `send_request_no` equal to the
        `out_request_no` sent.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4015594964

        Operation: ``send_busifavor_product_coupon`` (POST /v3/marketing/busifavor/product-coupons/send); function: ``api.busifavor.send_busifavor_product_coupon``.
        """
        from ..api.busifavor import send_busifavor_product_coupon as _op

        return self._invoker.call(_op.sync, body=body)

    def set_busifavor_callback(self, *, body: BusifavorCallbackSetRequest | Mapping[str, Any]) -> BusifavorCallback:
        """设置商家券事件通知地址

        设置商家券事件通知地址 — registers (or replaces) the HTTPS address for merchant-coupon
        events. Events arrive only when marketing event push is also switched on in the merchant
        platform. Setting the same address again leaves the same state; after an unclear
        outcome, read the address back with `query_busifavor_callback`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465431

        Operation: ``set_busifavor_callback`` (POST /v3/marketing/busifavor/callbacks); function: ``api.busifavor.set_busifavor_callback``.
        """
        from ..api.busifavor import set_busifavor_callback as _op

        return self._invoker.call(_op.sync, body=body)

    def update_busifavor_stock(self, stock_id: str, *, body: BusifavorStockUpdateRequest | Mapping[str, Any]) -> None:
        """修改商家券基本信息

        修改商家券基本信息 — changes the descriptive parts of a batch: entrances, display style,
        redemption method, anti-abuse switches, notification AppID, comment and goods name. Only
        the fields sent are changed; `out_request_no` identifies the change. Some fields are
        documented as not yet changeable (`stock_name`, the logo and merchant name, the
        natural-person limit). Success is `204 No Content`.

        After an unclear outcome, read the batch with `query_busifavor_stock` and compare.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535020

        Operation: ``update_busifavor_stock`` (PATCH /v3/marketing/busifavor/stocks/{stock_id}); function: ``api.busifavor.update_busifavor_stock``.
        """
        from ..api.busifavor import update_busifavor_stock as _op

        self._invoker.call(_op.sync_detailed, stock_id=stock_id, body=body)

    def update_busifavor_stock_budget(
        self, stock_id: str, *, body: BusifavorStockBudgetUpdateRequest | Mapping[str, Any]
    ) -> BusifavorStockBudget:
        """修改批次预算

        修改批次预算 — changes either the batch's maximum number of coupons
        (`target_max_coupons`, with the current value in `current_max_coupons`) or its daily
        maximum (`target_max_coupons_by_day` with `current_max_coupons_by_day`); only one of the
        two per call. The current value acts as a check against concurrent changes.

        After an unclear outcome, read `stock_send_rule` with `query_busifavor_stock`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465739

        Operation: ``update_busifavor_stock_budget`` (PATCH /v3/marketing/busifavor/stocks/{stock_id}/budget); function: ``api.busifavor.update_busifavor_stock_budget``.
        """
        from ..api.busifavor import update_busifavor_stock_budget as _op

        return self._invoker.call(_op.sync, stock_id=stock_id, body=body)

    def upload_busifavor_coupon_codes(
        self, stock_id: str, *, body: BusifavorCouponCodeUploadRequest | Mapping[str, Any]
    ) -> BusifavorCouponCodeUploadResponse:
        """上传预存code

        上传预存code — adds merchant-defined codes to a `MERCHANT_UPLOAD` batch; WeChat Pay later
        hands them out at random as coupons are sent (the merchant cannot choose which). The
        answer splits the codes into newly added, already existing, duplicated in the request,
        and failed (with a reason per code).

        Re-uploading a code that already exists only lists it under `exist_codes`, so a resend
        with the same codes does not duplicate them; `list_busifavor_coupon_codes` shows what is
        stored after an unclear outcome.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012487038

        Operation: ``upload_busifavor_coupon_codes`` (POST /v3/marketing/busifavor/stocks/{stock_id}/couponcodes); function: ``api.busifavor.upload_busifavor_coupon_codes``.
        """
        from ..api.busifavor import upload_busifavor_coupon_codes as _op

        return self._invoker.call(_op.sync, stock_id=stock_id, body=body)

    def use_busifavor_coupon(
        self, *, body: BusifavorCouponUseRequest | Mapping[str, Any]
    ) -> BusifavorCouponUseResponse:
        """核销用户券

        核销用户券 — redeems one coupon in a user's WeChat card wallet once the user meets its
        threshold. `stock_id` is required for `MERCHANT_API` and `MERCHANT_UPLOAD` batches. The
        answer gives the user's OpenID under `appid` and the redemption time.

        Each call carries a unique `use_request_no`. After an unclear outcome, read the coupon
        with `query_busifavor_user_coupon`: a redeemed coupon shows `coupon_state: USED` and
        the `use_request_no`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465292

        Operation: ``use_busifavor_coupon`` (POST /v3/marketing/busifavor/coupons/use); function: ``api.busifavor.use_busifavor_coupon``.
        """
        from ..api.busifavor import use_busifavor_coupon as _op

        return self._invoker.call(_op.sync, body=body)


class AsyncBusifavorResource(AsyncResource):
    """``busifavor`` (async, typed results).

    运营工具∙商家券 — merchant coupons: create, read and change coupon batches and their budget,
    upload, list, read and delete pre-stored codes, send coupons (also goods-linked ones),
    redeem, return, invalidate and link them to orders, list and read a user's coupons, pay and
    return marketing subsidies, and set or read the event-notification address. Paths under
    `/v3/marketing/busifavor/`.
    """

    __slots__ = ()

    async def associate_busifavor_coupon(
        self, *, body: BusifavorCouponAssociateRequest | Mapping[str, Any]
    ) -> BusifavorCouponAssociateResponse:
        """关联订单信息

        关联订单信息 — links a valid (not yet redeemed) coupon to a WeChat Pay order of the
        merchant (`out_trade_no`), for later statistics such as lucky draws and commission
        incentives. `stock_id` is needed for batches with merchant codes.

        After an unclear outcome, read the coupon with `query_busifavor_user_coupon`: a linked
        coupon shows `associate_out_trade_no`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465596

        Operation: ``associate_busifavor_coupon`` (POST /v3/marketing/busifavor/coupons/associate); function: ``api.busifavor.associate_busifavor_coupon``.
        """
        from ..api.busifavor import associate_busifavor_coupon as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def create_busifavor_stock(
        self, *, body: BusifavorStockCreateRequest | Mapping[str, Any]
    ) -> BusifavorStockCreateResponse:
        """创建商家券

        创建商家券 — creates a merchant-coupon batch (a fixed-amount, discount or exchange coupon)
        and returns its `stock_id`.

        - `stock_type` picks the rule object: `NORMAL` needs `coupon_use_rule.fixed_normal_coupon`,
          `DISCOUNT` needs `discount_coupon`, `EXCHANGE` needs `exchange_coupon`.
        - `coupon_code_mode`: `WECHATPAY_MODE` (WeChat Pay assigns codes), `MERCHANT_API` (the
          merchant names the code at each send) or `MERCHANT_UPLOAD` (codes are uploaded first
          with `upload_busifavor_coupon_codes`).
        - A coupon may be valid for at most one year. `notify_config.notify_appid` is needed for
          event notifications to carry the user's OpenID.
        - No query looks a batch up by `out_request_no`; the `stock_id` is only in the answer.
          Not documented as idempotent, so an unclear outcome cannot be checked before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534855

        Operation: ``create_busifavor_stock`` (POST /v3/marketing/busifavor/stocks); function: ``api.busifavor.create_busifavor_stock``.
        """
        from ..api.busifavor import create_busifavor_stock as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def create_busifavor_subsidy_pay_receipt(
        self, *, body: BusifavorSubsidyPayRequest | Mapping[str, Any]
    ) -> BusifavorSubsidyPayReceipt:
        """营销补差付款

        营销补差付款 — pays a marketing subsidy for a coupon used on a WeChat Pay order: money
        moves from `payer_merchant` (the batch creator or owner) to `payee_merchant` (the owner
        or a merchant of the same brand chain). Only fixed-amount and discount batches; at most
        the coupon's discount and at most 500 yuan per order.

        The answer is the subsidy receipt; `status` may still be `PAY_RECEIPT_ACCEPTED`. After an
        unclear outcome, list the coupon's receipts with `list_busifavor_subsidy_pay_receipts`
        (same `stock_id`, `coupon_code` and `out_subsidy_no`) before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017147321

        Operation: ``create_busifavor_subsidy_pay_receipt`` (POST /v3/marketing/busifavor/subsidy/pay-receipts); function: ``api.busifavor.create_busifavor_subsidy_pay_receipt``.
        """
        from ..api.busifavor import create_busifavor_subsidy_pay_receipt as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def create_busifavor_subsidy_return_receipt(
        self, *, body: BusifavorSubsidyReturnRequest | Mapping[str, Any]
    ) -> BusifavorSubsidyReturnReceipt:
        """营销补差回退

        营销补差回退 — takes back (part of) a subsidy after the order was refunded (`refund_id`):
        the money goes from the original payee back to the original payer. The total returned
        for one coupon cannot exceed what was paid for it.

        No query finds a return by `out_subsidy_return_no` (the detail query needs the
        `subsidy_return_receipt_id` from the answer). After an unclear outcome, list the
        coupon's subsidy receipts with `list_busifavor_subsidy_pay_receipts`: a returned receipt
        shows `PAY_RECEIPT_PARTIAL_RETURN` or `PAY_RECEIPT_FULL_RETURN`; resend only with the
        same `out_subsidy_return_no`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017147332

        Operation: ``create_busifavor_subsidy_return_receipt`` (POST /v3/marketing/busifavor/subsidy/return-receipts); function: ``api.busifavor.create_busifavor_subsidy_return_receipt``.
        """
        from ..api.busifavor import create_busifavor_subsidy_return_receipt as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def deactivate_busifavor_coupon(
        self, *, body: BusifavorCouponDeactivateRequest | Mapping[str, Any]
    ) -> BusifavorCouponDeactivateResponse:
        """使券失效

        使券失效 — invalidates a usable coupon; it can no longer be redeemed. Each call carries a
        unique `deactivate_request_no`; `deactivate_reason` is optional.

        After an unclear outcome, read the coupon with `query_busifavor_user_coupon`: an
        invalidated coupon shows `coupon_state: DEACTIVATED` and the `deactivate_request_no`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465890

        Operation: ``deactivate_busifavor_coupon`` (POST /v3/marketing/busifavor/coupons/deactivate); function: ``api.busifavor.deactivate_busifavor_coupon``.
        """
        from ..api.busifavor import deactivate_busifavor_coupon as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def delete_busifavor_coupon_code(
        self, stock_id: str, coupon_code: str, *, delete_request_no: str
    ) -> BusifavorCouponCodeDeleteResponse:
        """删除预存code

        删除预存code — removes an uploaded code that has not been dispatched from a
        `MERCHANT_UPLOAD` batch. `delete_request_no` (query) identifies the request. The answer
        carries the batch and the deletion time.

        After an unclear outcome, look the code up with `query_busifavor_coupon_code`.

        Official doc: https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html

        Operation: ``delete_busifavor_coupon_code`` (DELETE /v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code}); function: ``api.busifavor.delete_busifavor_coupon_code``.
        """
        from ..api.busifavor import delete_busifavor_coupon_code as _op

        return await self._invoker.call(
            _op.asyncio, stock_id=stock_id, coupon_code=coupon_code, delete_request_no=delete_request_no
        )

    async def disassociate_busifavor_coupon(
        self, *, body: BusifavorCouponDisassociateRequest | Mapping[str, Any]
    ) -> BusifavorCouponDisassociateResponse:
        """取消关联订单信息

        取消关联订单信息 — removes the link between a coupon and the order it was linked to by
        `associate_busifavor_coupon`; an order that was never linked cannot be unlinked.

        After an unclear outcome, read the coupon with `query_busifavor_user_coupon`: once
        unlinked it no longer shows that `associate_out_trade_no`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465673

        Operation: ``disassociate_busifavor_coupon`` (POST /v3/marketing/busifavor/coupons/disassociate); function: ``api.busifavor.disassociate_busifavor_coupon``.
        """
        from ..api.busifavor import disassociate_busifavor_coupon as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def list_busifavor_coupon_codes(
        self,
        stock_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        appid: str | Unset = UNSET,
        status: ListBusifavorCouponCodesStatus | Unset = UNSET,
    ) -> BusifavorCouponCodeList:
        """查询预存code列表

        查询预存code列表 — pages through the codes uploaded to a `MERCHANT_UPLOAD` batch, with
        each code's state (`AVAILABLE` or `DISPATCHED`) and, once dispatched, the user it went
        to. Read-only; safe to repeat. It settles an unclear `upload_busifavor_coupon_codes`.

        Official doc: https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html

        Operation: ``list_busifavor_coupon_codes`` (GET /v3/marketing/busifavor/stocks/{stock_id}/couponcodes); function: ``api.busifavor.list_busifavor_coupon_codes``.
        """
        from ..api.busifavor import list_busifavor_coupon_codes as _op

        return await self._invoker.call(
            _op.asyncio, stock_id=stock_id, limit=limit, offset=offset, appid=appid, status=status
        )

    async def list_busifavor_subsidy_pay_receipts(
        self, *, stock_id: str, coupon_code: str, out_subsidy_no: str | Unset = UNSET
    ) -> BusifavorSubsidyPayReceiptList:
        """查询营销补差付款单列表

        查询营销补差付款单列表 — lists the subsidy receipts of one coupon (`stock_id` and
        `coupon_code`), optionally only the one with a given `out_subsidy_no`. A receipt's
        `status` also shows whether it was partly or fully returned. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017147338

        Operation: ``list_busifavor_subsidy_pay_receipts`` (GET /v3/marketing/busifavor/subsidy/pay-receipts); function: ``api.busifavor.list_busifavor_subsidy_pay_receipts``.
        """
        from ..api.busifavor import list_busifavor_subsidy_pay_receipts as _op

        return await self._invoker.call(
            _op.asyncio, stock_id=stock_id, coupon_code=coupon_code, out_subsidy_no=out_subsidy_no
        )

    async def list_busifavor_user_coupons(
        self,
        openid: str,
        *,
        appid: str,
        stock_id: str | Unset = UNSET,
        coupon_state: ListBusifavorUserCouponsCouponState | Unset = UNSET,
        creator_merchant: str | Unset = UNSET,
        belong_merchant: str | Unset = UNSET,
        sender_merchant: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> BusifavorUserCouponList:
        """根据过滤条件查询用户券

        根据过滤条件查询用户券 — pages through the merchant coupons in one user's card wallet,
        filtered by batch, state and the merchant that created, owns or sent the batch. The
        caller must pass the filter that matches its own role: `creator_merchant` when it
        created the batch, `belong_merchant` when it owns it, `sender_merchant` when it sends
        it. Read-only; safe to repeat. It settles unclear `send_busifavor_coupon` and
        `send_busifavor_product_coupon` calls (match `send_request_no`).

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534963

        Operation: ``list_busifavor_user_coupons`` (GET /v3/marketing/busifavor/users/{openid}/coupons); function: ``api.busifavor.list_busifavor_user_coupons``.
        """
        from ..api.busifavor import list_busifavor_user_coupons as _op

        return await self._invoker.call(
            _op.asyncio,
            openid=openid,
            appid=appid,
            stock_id=stock_id,
            coupon_state=coupon_state,
            creator_merchant=creator_merchant,
            belong_merchant=belong_merchant,
            sender_merchant=sender_merchant,
            offset=offset,
            limit=limit,
        )

    async def query_busifavor_callback(self, *, mchid: str | Unset = UNSET) -> BusifavorCallback:
        """查询商家券事件通知地址

        查询商家券事件通知地址 — reads the HTTPS address to which WeChat Pay sends merchant-coupon
        events (such as `COUPON.SEND`, a user receiving a coupon). Without `mchid` the caller's own
        merchant ID is used. Read-only; safe to repeat, and the way to confirm an unclear
        `set_busifavor_callback`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465507

        Operation: ``query_busifavor_callback`` (GET /v3/marketing/busifavor/callbacks); function: ``api.busifavor.query_busifavor_callback``.
        """
        from ..api.busifavor import query_busifavor_callback as _op

        return await self._invoker.call(_op.asyncio, mchid=mchid)

    async def query_busifavor_coupon_code(
        self, stock_id: str, coupon_code: str, *, appid: str | Unset = UNSET
    ) -> BusifavorCouponCodeDetail:
        """查询预存code详情

        查询预存code详情 — reads one uploaded code of a batch: its state and times, and, once it
        has been dispatched to a user, the user's coupon. Read-only; safe to repeat. It settles an
        unclear `delete_busifavor_coupon_code` (a deleted code is no longer found).

        Official doc: https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html

        Operation: ``query_busifavor_coupon_code`` (GET /v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code}); function: ``api.busifavor.query_busifavor_coupon_code``.
        """
        from ..api.busifavor import query_busifavor_coupon_code as _op

        return await self._invoker.call(_op.asyncio, stock_id=stock_id, coupon_code=coupon_code, appid=appid)

    async def query_busifavor_stock(self, stock_id: str) -> BusifavorStock:
        """查询商家券详情

        查询商家券详情 — reads a merchant-coupon batch: its rules, state (`stock_state`), budget
        and how many coupons were sent (`send_count_information`), and for `MERCHANT_UPLOAD`
        batches the count of uploaded codes. Read-only; safe to repeat. It settles unclear
        outcomes of `update_busifavor_stock` and `update_busifavor_stock_budget`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534928

        Operation: ``query_busifavor_stock`` (GET /v3/marketing/busifavor/stocks/{stock_id}); function: ``api.busifavor.query_busifavor_stock``.
        """
        from ..api.busifavor import query_busifavor_stock as _op

        return await self._invoker.call(_op.asyncio, stock_id=stock_id)

    async def query_busifavor_subsidy_pay_receipt(self, subsidy_receipt_id: str) -> BusifavorSubsidyPayReceipt:
        """查询营销补差付款单详情

        查询营销补差付款单详情 — reads one subsidy receipt by WeChat Pay's `subsidy_receipt_id`.
        Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017147336

        Operation: ``query_busifavor_subsidy_pay_receipt`` (GET /v3/marketing/busifavor/subsidy/pay-receipts/{subsidy_receipt_id}); function: ``api.busifavor.query_busifavor_subsidy_pay_receipt``.
        """
        from ..api.busifavor import query_busifavor_subsidy_pay_receipt as _op

        return await self._invoker.call(_op.asyncio, subsidy_receipt_id=subsidy_receipt_id)

    async def query_busifavor_subsidy_return_receipt(
        self, subsidy_return_receipt_id: str
    ) -> BusifavorSubsidyReturnReceipt:
        """查询商家券营销补差回退单详情

        查询商家券营销补差回退单详情 — reads one subsidy return receipt by WeChat Pay's
        `subsidy_return_receipt_id`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017147344

        Operation: ``query_busifavor_subsidy_return_receipt`` (GET /v3/marketing/busifavor/subsidy/return-receipts/{subsidy_return_receipt_id}); function: ``api.busifavor.query_busifavor_subsidy_return_receipt``.
        """
        from ..api.busifavor import query_busifavor_subsidy_return_receipt as _op

        return await self._invoker.call(_op.asyncio, subsidy_return_receipt_id=subsidy_return_receipt_id)

    async def query_busifavor_user_coupon(self, openid: str, coupon_code: str, appid: str) -> BusifavorUserCoupon:
        """查询用户单张券详情

        查询用户单张券详情 — reads one coupon in a user's card wallet: the batch rules, its state,
        and the request numbers and times of sending, redemption, return and invalidation, and
        the linked order. Read-only; safe to repeat. It settles unclear outcomes of
        `use_busifavor_coupon`, `return_busifavor_coupon`, `deactivate_busifavor_coupon`,
        `associate_busifavor_coupon` and `disassociate_busifavor_coupon`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535011

        Operation: ``query_busifavor_user_coupon`` (GET /v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids/{appid}); function: ``api.busifavor.query_busifavor_user_coupon``.
        """
        from ..api.busifavor import query_busifavor_user_coupon as _op

        return await self._invoker.call(_op.asyncio, openid=openid, coupon_code=coupon_code, appid=appid)

    async def return_busifavor_coupon(
        self, *, body: BusifavorCouponReturnRequest | Mapping[str, Any]
    ) -> BusifavorCouponReturnResponse:
        """申请退券

        申请退券 — gives a redeemed coupon back to the user (for example after the order it was
        used on is refunded), so that it can be used again. Each call carries a unique
        `return_request_no`.

        After an unclear outcome, read the coupon with `query_busifavor_user_coupon`: a returned
        coupon shows `return_request_no` and `return_time`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465845

        Operation: ``return_busifavor_coupon`` (POST /v3/marketing/busifavor/coupons/return); function: ``api.busifavor.return_busifavor_coupon``.
        """
        from ..api.busifavor import return_busifavor_coupon as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def send_busifavor_coupon(
        self, *, body: BusifavorCouponSendRequest | Mapping[str, Any]
    ) -> BusifavorCouponSendResponse:
        """向用户发券

        向用户发券 — sends one coupon of a batch to a user (OpenID under `appid`). For a
        `MERCHANT_API` batch the merchant names the code in `coupon_code`; otherwise the code is
        assigned. `out_request_no` must be unique per batch and user.

        The sources disagree on the answer: the official SDKs wrap it in `send_coupon_result`,
        the other sources give `stock_id`, `coupon_code` and `out_request_no` at the top level;
        both shapes are accepted. After an unclear outcome, list the user's coupons of the batch
        with `list_busifavor_user_coupons` and look for `send_request_no` equal to the
        `out_request_no` sent.

        Official doc: https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html

        Operation: ``send_busifavor_coupon`` (POST /v3/marketing/busifavor/coupons/send); function: ``api.busifavor.send_busifavor_coupon``.
        """
        from ..api.busifavor import send_busifavor_coupon as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def send_busifavor_product_coupon(
        self, *, body: BusifavorProductCouponSendRequest | Mapping[str, Any]
    ) -> BusifavorProductCouponSendResponse:
        """向用户发放商品券

        向用户发放商品券 — sends a merchant coupon that is linked to goods information to a user;
        batches without linked goods cannot be sent this way. The code is either named in
        `coupon_code` or assigned by WeChat Pay. `coupon_type: MEMBER` sends it as a member
        coupon, with the member card in `member_card_id`.

        After an unclear outcome, list the user's coupons of the batch with
        `list_busifavor_user_coupons` and look for `send_request_no` equal to the
        `out_request_no` sent.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4015594964

        Operation: ``send_busifavor_product_coupon`` (POST /v3/marketing/busifavor/product-coupons/send); function: ``api.busifavor.send_busifavor_product_coupon``.
        """
        from ..api.busifavor import send_busifavor_product_coupon as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def set_busifavor_callback(
        self, *, body: BusifavorCallbackSetRequest | Mapping[str, Any]
    ) -> BusifavorCallback:
        """设置商家券事件通知地址

        设置商家券事件通知地址 — registers (or replaces) the HTTPS address for merchant-coupon
        events. Events arrive only when marketing event push is also switched on in the merchant
        platform. Setting the same address again leaves the same state; after an unclear
        outcome, read the address back with `query_busifavor_callback`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465431

        Operation: ``set_busifavor_callback`` (POST /v3/marketing/busifavor/callbacks); function: ``api.busifavor.set_busifavor_callback``.
        """
        from ..api.busifavor import set_busifavor_callback as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def update_busifavor_stock(
        self, stock_id: str, *, body: BusifavorStockUpdateRequest | Mapping[str, Any]
    ) -> None:
        """修改商家券基本信息

        修改商家券基本信息 — changes the descriptive parts of a batch: entrances, display style,
        redemption method, anti-abuse switches, notification AppID, comment and goods name. Only
        the fields sent are changed; `out_request_no` identifies the change. Some fields are
        documented as not yet changeable (`stock_name`, the logo and merchant name, the
        natural-person limit). Success is `204 No Content`.

        After an unclear outcome, read the batch with `query_busifavor_stock` and compare.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535020

        Operation: ``update_busifavor_stock`` (PATCH /v3/marketing/busifavor/stocks/{stock_id}); function: ``api.busifavor.update_busifavor_stock``.
        """
        from ..api.busifavor import update_busifavor_stock as _op

        await self._invoker.call(_op.asyncio_detailed, stock_id=stock_id, body=body)

    async def update_busifavor_stock_budget(
        self, stock_id: str, *, body: BusifavorStockBudgetUpdateRequest | Mapping[str, Any]
    ) -> BusifavorStockBudget:
        """修改批次预算

        修改批次预算 — changes either the batch's maximum number of coupons
        (`target_max_coupons`, with the current value in `current_max_coupons`) or its daily
        maximum (`target_max_coupons_by_day` with `current_max_coupons_by_day`); only one of the
        two per call. The current value acts as a check against concurrent changes.

        After an unclear outcome, read `stock_send_rule` with `query_busifavor_stock`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465739

        Operation: ``update_busifavor_stock_budget`` (PATCH /v3/marketing/busifavor/stocks/{stock_id}/budget); function: ``api.busifavor.update_busifavor_stock_budget``.
        """
        from ..api.busifavor import update_busifavor_stock_budget as _op

        return await self._invoker.call(_op.asyncio, stock_id=stock_id, body=body)

    async def upload_busifavor_coupon_codes(
        self, stock_id: str, *, body: BusifavorCouponCodeUploadRequest | Mapping[str, Any]
    ) -> BusifavorCouponCodeUploadResponse:
        """上传预存code

        上传预存code — adds merchant-defined codes to a `MERCHANT_UPLOAD` batch; WeChat Pay later
        hands them out at random as coupons are sent (the merchant cannot choose which). The
        answer splits the codes into newly added, already existing, duplicated in the request,
        and failed (with a reason per code).

        Re-uploading a code that already exists only lists it under `exist_codes`, so a resend
        with the same codes does not duplicate them; `list_busifavor_coupon_codes` shows what is
        stored after an unclear outcome.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012487038

        Operation: ``upload_busifavor_coupon_codes`` (POST /v3/marketing/busifavor/stocks/{stock_id}/couponcodes); function: ``api.busifavor.upload_busifavor_coupon_codes``.
        """
        from ..api.busifavor import upload_busifavor_coupon_codes as _op

        return await self._invoker.call(_op.asyncio, stock_id=stock_id, body=body)

    async def use_busifavor_coupon(
        self, *, body: BusifavorCouponUseRequest | Mapping[str, Any]
    ) -> BusifavorCouponUseResponse:
        """核销用户券

        核销用户券 — redeems one coupon in a user's WeChat card wallet once the user meets its
        threshold. `stock_id` is required for `MERCHANT_API` and `MERCHANT_UPLOAD` batches. The
        answer gives the user's OpenID under `appid` and the redemption time.

        Each call carries a unique `use_request_no`. After an unclear outcome, read the coupon
        with `query_busifavor_user_coupon`: a redeemed coupon shows `coupon_state: USED` and
        the `use_request_no`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465292

        Operation: ``use_busifavor_coupon`` (POST /v3/marketing/busifavor/coupons/use); function: ``api.busifavor.use_busifavor_coupon``.
        """
        from ..api.busifavor import use_busifavor_coupon as _op

        return await self._invoker.call(_op.asyncio, body=body)


class BusifavorResourceWithRawResponse(SyncResource):
    """``busifavor`` (raw responses).

    运营工具∙商家券 — merchant coupons: create, read and change coupon batches and their budget,
    upload, list, read and delete pre-stored codes, send coupons (also goods-linked ones),
    redeem, return, invalidate and link them to orders, list and read a user's coupons, pay and
    return marketing subsidies, and set or read the event-notification address. Paths under
    `/v3/marketing/busifavor/`.
    """

    __slots__ = ()

    def associate_busifavor_coupon(
        self, *, body: BusifavorCouponAssociateRequest | Mapping[str, Any]
    ) -> Response[BusifavorCouponAssociateResponse]:
        """``associate_busifavor_coupon`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        关联订单信息
        """
        from ..api.busifavor import associate_busifavor_coupon as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def create_busifavor_stock(
        self, *, body: BusifavorStockCreateRequest | Mapping[str, Any]
    ) -> Response[BusifavorStockCreateResponse]:
        """``create_busifavor_stock`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建商家券
        """
        from ..api.busifavor import create_busifavor_stock as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def create_busifavor_subsidy_pay_receipt(
        self, *, body: BusifavorSubsidyPayRequest | Mapping[str, Any]
    ) -> Response[BusifavorSubsidyPayReceipt]:
        """``create_busifavor_subsidy_pay_receipt`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        营销补差付款
        """
        from ..api.busifavor import create_busifavor_subsidy_pay_receipt as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def create_busifavor_subsidy_return_receipt(
        self, *, body: BusifavorSubsidyReturnRequest | Mapping[str, Any]
    ) -> Response[BusifavorSubsidyReturnReceipt]:
        """``create_busifavor_subsidy_return_receipt`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        营销补差回退
        """
        from ..api.busifavor import create_busifavor_subsidy_return_receipt as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def deactivate_busifavor_coupon(
        self, *, body: BusifavorCouponDeactivateRequest | Mapping[str, Any]
    ) -> Response[BusifavorCouponDeactivateResponse]:
        """``deactivate_busifavor_coupon`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        使券失效
        """
        from ..api.busifavor import deactivate_busifavor_coupon as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def delete_busifavor_coupon_code(
        self, stock_id: str, coupon_code: str, *, delete_request_no: str
    ) -> Response[BusifavorCouponCodeDeleteResponse]:
        """``delete_busifavor_coupon_code`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        删除预存code
        """
        from ..api.busifavor import delete_busifavor_coupon_code as _op

        return self._invoker.call(
            _op.sync_detailed, stock_id=stock_id, coupon_code=coupon_code, delete_request_no=delete_request_no
        )

    def disassociate_busifavor_coupon(
        self, *, body: BusifavorCouponDisassociateRequest | Mapping[str, Any]
    ) -> Response[BusifavorCouponDisassociateResponse]:
        """``disassociate_busifavor_coupon`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        取消关联订单信息
        """
        from ..api.busifavor import disassociate_busifavor_coupon as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def list_busifavor_coupon_codes(
        self,
        stock_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        appid: str | Unset = UNSET,
        status: ListBusifavorCouponCodesStatus | Unset = UNSET,
    ) -> Response[BusifavorCouponCodeList]:
        """``list_busifavor_coupon_codes`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询预存code列表
        """
        from ..api.busifavor import list_busifavor_coupon_codes as _op

        return self._invoker.call(
            _op.sync_detailed, stock_id=stock_id, limit=limit, offset=offset, appid=appid, status=status
        )

    def list_busifavor_subsidy_pay_receipts(
        self, *, stock_id: str, coupon_code: str, out_subsidy_no: str | Unset = UNSET
    ) -> Response[BusifavorSubsidyPayReceiptList]:
        """``list_busifavor_subsidy_pay_receipts`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询营销补差付款单列表
        """
        from ..api.busifavor import list_busifavor_subsidy_pay_receipts as _op

        return self._invoker.call(
            _op.sync_detailed, stock_id=stock_id, coupon_code=coupon_code, out_subsidy_no=out_subsidy_no
        )

    def list_busifavor_user_coupons(
        self,
        openid: str,
        *,
        appid: str,
        stock_id: str | Unset = UNSET,
        coupon_state: ListBusifavorUserCouponsCouponState | Unset = UNSET,
        creator_merchant: str | Unset = UNSET,
        belong_merchant: str | Unset = UNSET,
        sender_merchant: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> Response[BusifavorUserCouponList]:
        """``list_busifavor_user_coupons`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        根据过滤条件查询用户券
        """
        from ..api.busifavor import list_busifavor_user_coupons as _op

        return self._invoker.call(
            _op.sync_detailed,
            openid=openid,
            appid=appid,
            stock_id=stock_id,
            coupon_state=coupon_state,
            creator_merchant=creator_merchant,
            belong_merchant=belong_merchant,
            sender_merchant=sender_merchant,
            offset=offset,
            limit=limit,
        )

    def query_busifavor_callback(self, *, mchid: str | Unset = UNSET) -> Response[BusifavorCallback]:
        """``query_busifavor_callback`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询商家券事件通知地址
        """
        from ..api.busifavor import query_busifavor_callback as _op

        return self._invoker.call(_op.sync_detailed, mchid=mchid)

    def query_busifavor_coupon_code(
        self, stock_id: str, coupon_code: str, *, appid: str | Unset = UNSET
    ) -> Response[BusifavorCouponCodeDetail]:
        """``query_busifavor_coupon_code`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询预存code详情
        """
        from ..api.busifavor import query_busifavor_coupon_code as _op

        return self._invoker.call(_op.sync_detailed, stock_id=stock_id, coupon_code=coupon_code, appid=appid)

    def query_busifavor_stock(self, stock_id: str) -> Response[BusifavorStock]:
        """``query_busifavor_stock`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询商家券详情
        """
        from ..api.busifavor import query_busifavor_stock as _op

        return self._invoker.call(_op.sync_detailed, stock_id=stock_id)

    def query_busifavor_subsidy_pay_receipt(self, subsidy_receipt_id: str) -> Response[BusifavorSubsidyPayReceipt]:
        """``query_busifavor_subsidy_pay_receipt`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询营销补差付款单详情
        """
        from ..api.busifavor import query_busifavor_subsidy_pay_receipt as _op

        return self._invoker.call(_op.sync_detailed, subsidy_receipt_id=subsidy_receipt_id)

    def query_busifavor_subsidy_return_receipt(
        self, subsidy_return_receipt_id: str
    ) -> Response[BusifavorSubsidyReturnReceipt]:
        """``query_busifavor_subsidy_return_receipt`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询商家券营销补差回退单详情
        """
        from ..api.busifavor import query_busifavor_subsidy_return_receipt as _op

        return self._invoker.call(_op.sync_detailed, subsidy_return_receipt_id=subsidy_return_receipt_id)

    def query_busifavor_user_coupon(self, openid: str, coupon_code: str, appid: str) -> Response[BusifavorUserCoupon]:
        """``query_busifavor_user_coupon`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询用户单张券详情
        """
        from ..api.busifavor import query_busifavor_user_coupon as _op

        return self._invoker.call(_op.sync_detailed, openid=openid, coupon_code=coupon_code, appid=appid)

    def return_busifavor_coupon(
        self, *, body: BusifavorCouponReturnRequest | Mapping[str, Any]
    ) -> Response[BusifavorCouponReturnResponse]:
        """``return_busifavor_coupon`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        申请退券
        """
        from ..api.busifavor import return_busifavor_coupon as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def send_busifavor_coupon(
        self, *, body: BusifavorCouponSendRequest | Mapping[str, Any]
    ) -> Response[BusifavorCouponSendResponse]:
        """``send_busifavor_coupon`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        向用户发券
        """
        from ..api.busifavor import send_busifavor_coupon as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def send_busifavor_product_coupon(
        self, *, body: BusifavorProductCouponSendRequest | Mapping[str, Any]
    ) -> Response[BusifavorProductCouponSendResponse]:
        """``send_busifavor_product_coupon`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        向用户发放商品券
        """
        from ..api.busifavor import send_busifavor_product_coupon as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def set_busifavor_callback(
        self, *, body: BusifavorCallbackSetRequest | Mapping[str, Any]
    ) -> Response[BusifavorCallback]:
        """``set_busifavor_callback`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        设置商家券事件通知地址
        """
        from ..api.busifavor import set_busifavor_callback as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def update_busifavor_stock(
        self, stock_id: str, *, body: BusifavorStockUpdateRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``update_busifavor_stock`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        修改商家券基本信息
        """
        from ..api.busifavor import update_busifavor_stock as _op

        return self._invoker.call(_op.sync_detailed, stock_id=stock_id, body=body)

    def update_busifavor_stock_budget(
        self, stock_id: str, *, body: BusifavorStockBudgetUpdateRequest | Mapping[str, Any]
    ) -> Response[BusifavorStockBudget]:
        """``update_busifavor_stock_budget`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        修改批次预算
        """
        from ..api.busifavor import update_busifavor_stock_budget as _op

        return self._invoker.call(_op.sync_detailed, stock_id=stock_id, body=body)

    def upload_busifavor_coupon_codes(
        self, stock_id: str, *, body: BusifavorCouponCodeUploadRequest | Mapping[str, Any]
    ) -> Response[BusifavorCouponCodeUploadResponse]:
        """``upload_busifavor_coupon_codes`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        上传预存code
        """
        from ..api.busifavor import upload_busifavor_coupon_codes as _op

        return self._invoker.call(_op.sync_detailed, stock_id=stock_id, body=body)

    def use_busifavor_coupon(
        self, *, body: BusifavorCouponUseRequest | Mapping[str, Any]
    ) -> Response[BusifavorCouponUseResponse]:
        """``use_busifavor_coupon`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        核销用户券
        """
        from ..api.busifavor import use_busifavor_coupon as _op

        return self._invoker.call(_op.sync_detailed, body=body)


class AsyncBusifavorResourceWithRawResponse(AsyncResource):
    """``busifavor`` (async, raw responses).

    运营工具∙商家券 — merchant coupons: create, read and change coupon batches and their budget,
    upload, list, read and delete pre-stored codes, send coupons (also goods-linked ones),
    redeem, return, invalidate and link them to orders, list and read a user's coupons, pay and
    return marketing subsidies, and set or read the event-notification address. Paths under
    `/v3/marketing/busifavor/`.
    """

    __slots__ = ()

    async def associate_busifavor_coupon(
        self, *, body: BusifavorCouponAssociateRequest | Mapping[str, Any]
    ) -> Response[BusifavorCouponAssociateResponse]:
        """``associate_busifavor_coupon`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        关联订单信息
        """
        from ..api.busifavor import associate_busifavor_coupon as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def create_busifavor_stock(
        self, *, body: BusifavorStockCreateRequest | Mapping[str, Any]
    ) -> Response[BusifavorStockCreateResponse]:
        """``create_busifavor_stock`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建商家券
        """
        from ..api.busifavor import create_busifavor_stock as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def create_busifavor_subsidy_pay_receipt(
        self, *, body: BusifavorSubsidyPayRequest | Mapping[str, Any]
    ) -> Response[BusifavorSubsidyPayReceipt]:
        """``create_busifavor_subsidy_pay_receipt`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        营销补差付款
        """
        from ..api.busifavor import create_busifavor_subsidy_pay_receipt as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def create_busifavor_subsidy_return_receipt(
        self, *, body: BusifavorSubsidyReturnRequest | Mapping[str, Any]
    ) -> Response[BusifavorSubsidyReturnReceipt]:
        """``create_busifavor_subsidy_return_receipt`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        营销补差回退
        """
        from ..api.busifavor import create_busifavor_subsidy_return_receipt as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def deactivate_busifavor_coupon(
        self, *, body: BusifavorCouponDeactivateRequest | Mapping[str, Any]
    ) -> Response[BusifavorCouponDeactivateResponse]:
        """``deactivate_busifavor_coupon`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        使券失效
        """
        from ..api.busifavor import deactivate_busifavor_coupon as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def delete_busifavor_coupon_code(
        self, stock_id: str, coupon_code: str, *, delete_request_no: str
    ) -> Response[BusifavorCouponCodeDeleteResponse]:
        """``delete_busifavor_coupon_code`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        删除预存code
        """
        from ..api.busifavor import delete_busifavor_coupon_code as _op

        return await self._invoker.call(
            _op.asyncio_detailed, stock_id=stock_id, coupon_code=coupon_code, delete_request_no=delete_request_no
        )

    async def disassociate_busifavor_coupon(
        self, *, body: BusifavorCouponDisassociateRequest | Mapping[str, Any]
    ) -> Response[BusifavorCouponDisassociateResponse]:
        """``disassociate_busifavor_coupon`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        取消关联订单信息
        """
        from ..api.busifavor import disassociate_busifavor_coupon as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def list_busifavor_coupon_codes(
        self,
        stock_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        appid: str | Unset = UNSET,
        status: ListBusifavorCouponCodesStatus | Unset = UNSET,
    ) -> Response[BusifavorCouponCodeList]:
        """``list_busifavor_coupon_codes`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询预存code列表
        """
        from ..api.busifavor import list_busifavor_coupon_codes as _op

        return await self._invoker.call(
            _op.asyncio_detailed, stock_id=stock_id, limit=limit, offset=offset, appid=appid, status=status
        )

    async def list_busifavor_subsidy_pay_receipts(
        self, *, stock_id: str, coupon_code: str, out_subsidy_no: str | Unset = UNSET
    ) -> Response[BusifavorSubsidyPayReceiptList]:
        """``list_busifavor_subsidy_pay_receipts`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询营销补差付款单列表
        """
        from ..api.busifavor import list_busifavor_subsidy_pay_receipts as _op

        return await self._invoker.call(
            _op.asyncio_detailed, stock_id=stock_id, coupon_code=coupon_code, out_subsidy_no=out_subsidy_no
        )

    async def list_busifavor_user_coupons(
        self,
        openid: str,
        *,
        appid: str,
        stock_id: str | Unset = UNSET,
        coupon_state: ListBusifavorUserCouponsCouponState | Unset = UNSET,
        creator_merchant: str | Unset = UNSET,
        belong_merchant: str | Unset = UNSET,
        sender_merchant: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> Response[BusifavorUserCouponList]:
        """``list_busifavor_user_coupons`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        根据过滤条件查询用户券
        """
        from ..api.busifavor import list_busifavor_user_coupons as _op

        return await self._invoker.call(
            _op.asyncio_detailed,
            openid=openid,
            appid=appid,
            stock_id=stock_id,
            coupon_state=coupon_state,
            creator_merchant=creator_merchant,
            belong_merchant=belong_merchant,
            sender_merchant=sender_merchant,
            offset=offset,
            limit=limit,
        )

    async def query_busifavor_callback(self, *, mchid: str | Unset = UNSET) -> Response[BusifavorCallback]:
        """``query_busifavor_callback`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询商家券事件通知地址
        """
        from ..api.busifavor import query_busifavor_callback as _op

        return await self._invoker.call(_op.asyncio_detailed, mchid=mchid)

    async def query_busifavor_coupon_code(
        self, stock_id: str, coupon_code: str, *, appid: str | Unset = UNSET
    ) -> Response[BusifavorCouponCodeDetail]:
        """``query_busifavor_coupon_code`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询预存code详情
        """
        from ..api.busifavor import query_busifavor_coupon_code as _op

        return await self._invoker.call(_op.asyncio_detailed, stock_id=stock_id, coupon_code=coupon_code, appid=appid)

    async def query_busifavor_stock(self, stock_id: str) -> Response[BusifavorStock]:
        """``query_busifavor_stock`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询商家券详情
        """
        from ..api.busifavor import query_busifavor_stock as _op

        return await self._invoker.call(_op.asyncio_detailed, stock_id=stock_id)

    async def query_busifavor_subsidy_pay_receipt(
        self, subsidy_receipt_id: str
    ) -> Response[BusifavorSubsidyPayReceipt]:
        """``query_busifavor_subsidy_pay_receipt`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询营销补差付款单详情
        """
        from ..api.busifavor import query_busifavor_subsidy_pay_receipt as _op

        return await self._invoker.call(_op.asyncio_detailed, subsidy_receipt_id=subsidy_receipt_id)

    async def query_busifavor_subsidy_return_receipt(
        self, subsidy_return_receipt_id: str
    ) -> Response[BusifavorSubsidyReturnReceipt]:
        """``query_busifavor_subsidy_return_receipt`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询商家券营销补差回退单详情
        """
        from ..api.busifavor import query_busifavor_subsidy_return_receipt as _op

        return await self._invoker.call(_op.asyncio_detailed, subsidy_return_receipt_id=subsidy_return_receipt_id)

    async def query_busifavor_user_coupon(
        self, openid: str, coupon_code: str, appid: str
    ) -> Response[BusifavorUserCoupon]:
        """``query_busifavor_user_coupon`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询用户单张券详情
        """
        from ..api.busifavor import query_busifavor_user_coupon as _op

        return await self._invoker.call(_op.asyncio_detailed, openid=openid, coupon_code=coupon_code, appid=appid)

    async def return_busifavor_coupon(
        self, *, body: BusifavorCouponReturnRequest | Mapping[str, Any]
    ) -> Response[BusifavorCouponReturnResponse]:
        """``return_busifavor_coupon`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        申请退券
        """
        from ..api.busifavor import return_busifavor_coupon as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def send_busifavor_coupon(
        self, *, body: BusifavorCouponSendRequest | Mapping[str, Any]
    ) -> Response[BusifavorCouponSendResponse]:
        """``send_busifavor_coupon`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        向用户发券
        """
        from ..api.busifavor import send_busifavor_coupon as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def send_busifavor_product_coupon(
        self, *, body: BusifavorProductCouponSendRequest | Mapping[str, Any]
    ) -> Response[BusifavorProductCouponSendResponse]:
        """``send_busifavor_product_coupon`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        向用户发放商品券
        """
        from ..api.busifavor import send_busifavor_product_coupon as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def set_busifavor_callback(
        self, *, body: BusifavorCallbackSetRequest | Mapping[str, Any]
    ) -> Response[BusifavorCallback]:
        """``set_busifavor_callback`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        设置商家券事件通知地址
        """
        from ..api.busifavor import set_busifavor_callback as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def update_busifavor_stock(
        self, stock_id: str, *, body: BusifavorStockUpdateRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``update_busifavor_stock`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        修改商家券基本信息
        """
        from ..api.busifavor import update_busifavor_stock as _op

        return await self._invoker.call(_op.asyncio_detailed, stock_id=stock_id, body=body)

    async def update_busifavor_stock_budget(
        self, stock_id: str, *, body: BusifavorStockBudgetUpdateRequest | Mapping[str, Any]
    ) -> Response[BusifavorStockBudget]:
        """``update_busifavor_stock_budget`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        修改批次预算
        """
        from ..api.busifavor import update_busifavor_stock_budget as _op

        return await self._invoker.call(_op.asyncio_detailed, stock_id=stock_id, body=body)

    async def upload_busifavor_coupon_codes(
        self, stock_id: str, *, body: BusifavorCouponCodeUploadRequest | Mapping[str, Any]
    ) -> Response[BusifavorCouponCodeUploadResponse]:
        """``upload_busifavor_coupon_codes`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        上传预存code
        """
        from ..api.busifavor import upload_busifavor_coupon_codes as _op

        return await self._invoker.call(_op.asyncio_detailed, stock_id=stock_id, body=body)

    async def use_busifavor_coupon(
        self, *, body: BusifavorCouponUseRequest | Mapping[str, Any]
    ) -> Response[BusifavorCouponUseResponse]:
        """``use_busifavor_coupon`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        核销用户券
        """
        from ..api.busifavor import use_busifavor_coupon as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)
