# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``favor`` tag: one method per operation of ``api/favor/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    import datetime

    from ..models.favor_bank_multi_activity_coupon import FavorBankMultiActivityCoupon
    from ..models.favor_bank_multi_activity_enroll_request import FavorBankMultiActivityEnrollRequest
    from ..models.favor_bank_multi_activity_enroll_response import FavorBankMultiActivityEnrollResponse
    from ..models.favor_callback import FavorCallback
    from ..models.favor_callback_set_request import FavorCallbackSetRequest
    from ..models.favor_callback_set_response import FavorCallbackSetResponse
    from ..models.favor_coupon import FavorCoupon
    from ..models.favor_coupon_list import FavorCouponList
    from ..models.favor_coupon_send_request import FavorCouponSendRequest
    from ..models.favor_coupon_send_response import FavorCouponSendResponse
    from ..models.favor_stock import FavorStock
    from ..models.favor_stock_create_request import FavorStockCreateRequest
    from ..models.favor_stock_create_response import FavorStockCreateResponse
    from ..models.favor_stock_flow_file import FavorStockFlowFile
    from ..models.favor_stock_goods_modify_request import FavorStockGoodsModifyRequest
    from ..models.favor_stock_goods_modify_response import FavorStockGoodsModifyResponse
    from ..models.favor_stock_item_list import FavorStockItemList
    from ..models.favor_stock_list import FavorStockList
    from ..models.favor_stock_merchant_list import FavorStockMerchantList
    from ..models.favor_stock_pause_response import FavorStockPauseResponse
    from ..models.favor_stock_refund_flow_by_day_response import FavorStockRefundFlowByDayResponse
    from ..models.favor_stock_restart_response import FavorStockRestartResponse
    from ..models.favor_stock_start_response import FavorStockStartResponse
    from ..models.favor_stock_state_change_request import FavorStockStateChangeRequest
    from ..models.favor_stock_use_flow_by_day_response import FavorStockUseFlowByDayResponse
    from ..models.list_favor_stocks_status import ListFavorStocksStatus
    from ..models.list_favor_user_coupons_business_type import ListFavorUserCouponsBusinessType
    from ..models.list_favor_user_coupons_status import ListFavorUserCouponsStatus
    from ..types import Response, Unset


class FavorResource(SyncResource):
    """``favor`` (typed results).

    运营工具∙代金券 — WeChat Pay cash coupons: create, activate, pause and restart a coupon
    batch, read batches with their merchants and goods, change a batch's goods codes, send
    coupons and read a user's coupons, the batch use/refund detail files, the marketing
    notification address, and the bank multi-use instant-discount (多笔立减) enrolment. Paths
    under `/v3/marketing/favor/` and `/v3/marketing/bank-favor/`.
    """

    __slots__ = ()

    def create_favor_stock(self, *, body: FavorStockCreateRequest | Mapping[str, Any]) -> FavorStockCreateResponse:
        """创建代金券批次

        创建代金券批次 — creates a cash-coupon batch (stock) and returns its `stock_id`. A batch
        is either pre-funded (`no_cash: false`, 预充值: the budget is taken from the creator's
        balance when the batch is activated) or not funded (`no_cash: true`, 免充值: the discount
        is taken out of what the paying merchant receives).

        - A new batch is not usable yet: activate it with `start_favor_stock`, then send coupons
          with `send_favor_coupon` (or the other marketing channels).
        - The page allows at most 90 days between `available_begin_time` and
          `available_end_time`, a start not earlier than now and not more than 365 days ahead;
          `stock_use_rule.max_amount` is expected to be the face value times `max_coupons`.
        - `stock_type` `NORMAL` needs `coupon_use_rule.fixed_normal_coupon`. Image fields of
          `pattern_info` take URLs returned by `upload_marketing_image`.
        - `out_request_no` is the merchant's own unique number for this request. No lookup by
          that number exists: after a timeout or 5XX, list the creator's batches with
          `list_favor_stocks` (creation-time window, same `stock_name`) before creating again,
          and resend only with the same `out_request_no`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534633

        Operation: ``create_favor_stock`` (POST /v3/marketing/favor/coupon-stocks); function: ``api.favor.create_favor_stock``.
        """
        from ..api.favor import create_favor_stock as _op

        return self._invoker.call(_op.sync, body=body)

    def enroll_favor_bank_multi_activity(
        self, openid: str, *, body: FavorBankMultiActivityEnrollRequest | Mapping[str, Any]
    ) -> FavorBankMultiActivityEnrollResponse:
        """给指定用户报名多笔立减活动

        给指定用户报名多笔立减活动 — enrols a user in a multi-use instant-discount activity
        (多笔立减, created beforehand on the merchant platform) and returns the `coupon_id` that
        carries the user's uses. Read it with `query_favor_bank_multi_activity_coupon`. Direct
        merchants only.

        `out_request_no` (发券凭证) is the merchant's number for this enrolment. No lookup by it
        exists and the coupon lookup needs the `coupon_id` of the lost answer, so an unclear
        outcome cannot be settled by a query; resend with the same `out_request_no`, never a
        new one.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014569793

        Operation: ``enroll_favor_bank_multi_activity`` (POST /v3/marketing/bank-favor/users/{openid}/bank-multi-activity); function: ``api.favor.enroll_favor_bank_multi_activity``.
        """
        from ..api.favor import enroll_favor_bank_multi_activity as _op

        return self._invoker.call(_op.sync, openid=openid, body=body)

    def list_favor_stock_items(
        self, stock_id: str, *, stock_creator_mchid: str, offset: int, limit: int
    ) -> FavorStockItemList:
        """查询代金券可用单品

        查询代金券可用单品 — pages through the goods codes a single-item batch applies to, e.g.
        to decide whether to show a coupon next to a product. At most 100 per page; `offset` up
        to 500. It also settles an unclear outcome of `modify_favor_stock_goods`. Read-only;
        safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012463442

        Operation: ``list_favor_stock_items`` (GET /v3/marketing/favor/stocks/{stock_id}/items); function: ``api.favor.list_favor_stock_items``.
        """
        from ..api.favor import list_favor_stock_items as _op

        return self._invoker.call(
            _op.sync, stock_id=stock_id, stock_creator_mchid=stock_creator_mchid, offset=offset, limit=limit
        )

    def list_favor_stock_merchants(
        self, stock_id: str, *, offset: int, limit: int, stock_creator_mchid: str
    ) -> FavorStockMerchantList:
        """查询代金券可用商户

        查询代金券可用商户 — pages through the merchant IDs where a batch's coupons can be used,
        e.g. to decide whether to show a coupon in a given shop. At most 50 per page; `offset`
        up to 1000. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012463358

        Operation: ``list_favor_stock_merchants`` (GET /v3/marketing/favor/stocks/{stock_id}/merchants); function: ``api.favor.list_favor_stock_merchants``.
        """
        from ..api.favor import list_favor_stock_merchants as _op

        return self._invoker.call(
            _op.sync, stock_id=stock_id, offset=offset, limit=limit, stock_creator_mchid=stock_creator_mchid
        )

    def list_favor_stocks(
        self,
        *,
        offset: int,
        limit: int,
        stock_creator_mchid: str,
        create_start_time: datetime.datetime | Unset = UNSET,
        create_end_time: datetime.datetime | Unset = UNSET,
        status: ListFavorStocksStatus | Unset = UNSET,
    ) -> FavorStockList:
        """条件查询批次列表

        条件查询批次列表 — pages through the batches a merchant created, optionally narrowed to a
        creation-time window and a batch status, with each batch's settings and how many
        coupons were sent. Pages are numbered from 0 (`offset`) and hold at most 10 batches.

        This is the lookup for an unclear outcome of `create_favor_stock` (no query by
        `out_request_no` exists). Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012460489

        Operation: ``list_favor_stocks`` (GET /v3/marketing/favor/stocks); function: ``api.favor.list_favor_stocks``.
        """
        from ..api.favor import list_favor_stocks as _op

        return self._invoker.call(
            _op.sync,
            offset=offset,
            limit=limit,
            stock_creator_mchid=stock_creator_mchid,
            create_start_time=create_start_time,
            create_end_time=create_end_time,
            status=status,
        )

    def list_favor_user_coupons(
        self,
        openid: str,
        *,
        appid: str,
        stock_id: str | Unset = UNSET,
        status: ListFavorUserCouponsStatus | Unset = UNSET,
        creator_mchid: str | Unset = UNSET,
        sender_mchid: str | Unset = UNSET,
        available_mchid: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        business_type: ListFavorUserCouponsBusinessType | Unset = UNSET,
    ) -> FavorCouponList:
        """根据商户号查用户的券

        根据商户号查用户的券 — pages through a user's coupons (and 消费金, with `business_type`
        `MULTIUSE`) filtered by the merchant that created the batch (`creator_mchid`), that sent
        it (`sender_mchid`) or where it can be used (`available_mchid`): give one of the three.
        With `available_mchid`, `stock_id`, `status`, `offset` and `limit` are ignored. Useful
        for a "my coupons" or checkout page. Coupons usable at every merchant (全平台通用券, e.g.
        摇摇乐红包) are not returned.

        This is the lookup for an unclear outcome of `send_favor_coupon`. Read-only; safe to
        repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534690

        Operation: ``list_favor_user_coupons`` (GET /v3/marketing/favor/users/{openid}/coupons); function: ``api.favor.list_favor_user_coupons``.
        """
        from ..api.favor import list_favor_user_coupons as _op

        return self._invoker.call(
            _op.sync,
            openid=openid,
            appid=appid,
            stock_id=stock_id,
            status=status,
            creator_mchid=creator_mchid,
            sender_mchid=sender_mchid,
            available_mchid=available_mchid,
            offset=offset,
            limit=limit,
            business_type=business_type,
        )

    def modify_favor_stock_goods(
        self, stock_id: str, *, body: FavorStockGoodsModifyRequest | Mapping[str, Any]
    ) -> FavorStockGoodsModifyResponse:
        """修改可用单品编码

        修改可用单品编码 — adds goods codes to, and removes goods codes from, a single-item
        batch. The batch must keep at least one goods code after the change. Direct merchants
        only.

        Not documented as idempotent (adding a code twice or removing an absent one may be
        refused). After an unclear outcome read the codes with `list_favor_stock_items` and
        resend only the part that is missing.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017164667

        Operation: ``modify_favor_stock_goods`` (POST /v3/marketing/favor/stocks/{stock_id}/modify-goods-id); function: ``api.favor.modify_favor_stock_goods``.
        """
        from ..api.favor import modify_favor_stock_goods as _op

        return self._invoker.call(_op.sync, stock_id=stock_id, body=body)

    def pause_favor_stock(
        self, stock_id: str, *, body: FavorStockStateChangeRequest | Mapping[str, Any]
    ) -> FavorStockPauseResponse:
        """暂停代金券批次

        暂停代金券批次 — stops a running batch from being sent: while paused, no channel can give
        its coupons to users. Coupons already sent are not affected. Resume with
        `restart_favor_stock`.

        Not documented as idempotent. After an unclear outcome read the batch with
        `query_favor_stock`: `status` `paused` means the pause took effect.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012460305

        Operation: ``pause_favor_stock`` (POST /v3/marketing/favor/stocks/{stock_id}/pause); function: ``api.favor.pause_favor_stock``.
        """
        from ..api.favor import pause_favor_stock as _op

        return self._invoker.call(_op.sync, stock_id=stock_id, body=body)

    def query_favor_bank_multi_activity_coupon(
        self, openid: str, coupon_id: str, *, appid: str
    ) -> FavorBankMultiActivityCoupon:
        """查询绑定多笔立减活动的代金券详情

        查询绑定多笔立减活动的代金券详情 — reads a coupon bound to a multi-use instant-discount
        activity: its state, validity, how many uses it allows, has left and has used, and the
        amounts already used. Direct merchants only. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014569864

        Operation: ``query_favor_bank_multi_activity_coupon`` (GET /v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id}); function: ``api.favor.query_favor_bank_multi_activity_coupon``.
        """
        from ..api.favor import query_favor_bank_multi_activity_coupon as _op

        return self._invoker.call(_op.sync, openid=openid, coupon_id=coupon_id, appid=appid)

    def query_favor_callback(self, *, mchid: str) -> FavorCallback:
        """查询代金券消息通知地址

        查询代金券消息通知地址 — reads the URL currently set to receive the merchant's marketing
        event notifications; it settles an unclear outcome of `set_favor_callback`. Read-only;
        safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012464070

        Operation: ``query_favor_callback`` (GET /v3/marketing/favor/callbacks); function: ``api.favor.query_favor_callback``.
        """
        from ..api.favor import query_favor_callback as _op

        return self._invoker.call(_op.sync, mchid=mchid)

    def query_favor_coupon(self, openid: str, coupon_id: str, *, appid: str) -> FavorCoupon:
        """查询代金券详情

        查询代金券详情 — reads one coupon of a user: its batch, face value and threshold, validity
        and status, and, once used, where and with which order it was used (including the goods
        of single-item coupons). Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012486942

        Operation: ``query_favor_coupon`` (GET /v3/marketing/favor/users/{openid}/coupons/{coupon_id}); function: ``api.favor.query_favor_coupon``.
        """
        from ..api.favor import query_favor_coupon as _op

        return self._invoker.call(_op.sync, openid=openid, coupon_id=coupon_id, appid=appid)

    def query_favor_stock(self, stock_id: str, *, stock_creator_mchid: str) -> FavorStock:
        """查询批次详情

        查询批次详情 — reads one batch: its settings, status and how many coupons were sent. Its
        `status` settles an unclear outcome of `start_favor_stock`, `pause_favor_stock` and
        `restart_favor_stock`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012460564

        Operation: ``query_favor_stock`` (GET /v3/marketing/favor/stocks/{stock_id}); function: ``api.favor.query_favor_stock``.
        """
        from ..api.favor import query_favor_stock as _op

        return self._invoker.call(_op.sync, stock_id=stock_id, stock_creator_mchid=stock_creator_mchid)

    def query_favor_stock_refund_flow(self, stock_id: str) -> FavorStockFlowFile:
        """下载批次退款明细

        下载批次退款明细 — asks for the refund detail file of a batch (refunds of orders that
        used its coupons: order numbers, goods, bank serial numbers), for reconciliation. The
        answer is a signed JSON body with a download `url` valid for about 30 seconds and the
        file's `hash_value` (`hash_type` SHA1); fetch the file from `url` (that download is not a
        WeChat Pay API call and its answer is not signed) and compare its SHA-1 with
        `hash_value`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012463523

        Operation: ``query_favor_stock_refund_flow`` (GET /v3/marketing/favor/stocks/{stock_id}/refund-flow); function: ``api.favor.query_favor_stock_refund_flow``.
        """
        from ..api.favor import query_favor_stock_refund_flow as _op

        return self._invoker.call(_op.sync, stock_id=stock_id)

    def query_favor_stock_refund_flow_by_day(
        self, stock_id: str, *, bill_date: datetime.date
    ) -> FavorStockRefundFlowByDayResponse:
        """获取批次退款明细下载链接

        获取批次退款明细下载链接 — asks for the refund detail file of a batch for one day
        (`bill_date`). The answer is a signed JSON body with the download `url`, the file digest
        `stock_refundflow_hash` and the number of records `stock_refundflow_count` (a string on
        the wire). The file itself is fetched from `url`; that answer carries no WeChat Pay
        signature, so it is checked against the digest instead. The detail file now also has the
        combined-payment (合单) columns, and its device-number column is Base64. Read-only; safe
        to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012463523

        Operation: ``query_favor_stock_refund_flow_by_day`` (GET /v3/marketing/favor/stocks/{stock_id}/refund-flow-by-day); function: ``api.favor.query_favor_stock_refund_flow_by_day``.
        """
        from ..api.favor import query_favor_stock_refund_flow_by_day as _op

        return self._invoker.call(_op.sync, stock_id=stock_id, bill_date=bill_date)

    def query_favor_stock_use_flow(self, stock_id: str) -> FavorStockFlowFile:
        """下载批次核销明细

        下载批次核销明细 — asks for the use (核销) detail file of a batch (orders that used its
        coupons: order numbers, goods, bank serial numbers), for reconciliation and analysis.
        The answer is a signed JSON body with a download `url` valid for about 30 seconds and
        the file's `hash_value` (`hash_type` SHA1); fetch the file from `url` (not a signed
        WeChat Pay answer) and compare its SHA-1 with `hash_value`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012463585

        Operation: ``query_favor_stock_use_flow`` (GET /v3/marketing/favor/stocks/{stock_id}/use-flow); function: ``api.favor.query_favor_stock_use_flow``.
        """
        from ..api.favor import query_favor_stock_use_flow as _op

        return self._invoker.call(_op.sync, stock_id=stock_id)

    def query_favor_stock_use_flow_by_day(
        self, stock_id: str, *, bill_date: datetime.date
    ) -> FavorStockUseFlowByDayResponse:
        """获取批次核销明细下载链接

        获取批次核销明细下载链接 — asks for the use (核销) detail file of a batch for one day
        (`bill_date`). The answer is a signed JSON body with the download `url`, the file digest
        `stock_useflow_hash` and the number of records `stock_useflow_count` (a string on the
        wire). The file itself is fetched from `url`; that answer carries no WeChat Pay
        signature, so it is checked against the digest instead. The detail file now also has the
        combined-payment (合单) columns, and its device-number column is Base64. Read-only; safe
        to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012463585

        Operation: ``query_favor_stock_use_flow_by_day`` (GET /v3/marketing/favor/stocks/{stock_id}/use-flow-by-day); function: ``api.favor.query_favor_stock_use_flow_by_day``.
        """
        from ..api.favor import query_favor_stock_use_flow_by_day as _op

        return self._invoker.call(_op.sync, stock_id=stock_id, bill_date=bill_date)

    def restart_favor_stock(
        self, stock_id: str, *, body: FavorStockStateChangeRequest | Mapping[str, Any]
    ) -> FavorStockRestartResponse:
        """重启代金券批次

        重启代金券批次 — lets a batch paused with `pause_favor_stock` be sent again.

        Not documented as idempotent. After an unclear outcome read the batch with
        `query_favor_stock`: `status` back to `running` means the restart took effect.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012460411

        Operation: ``restart_favor_stock`` (POST /v3/marketing/favor/stocks/{stock_id}/restart); function: ``api.favor.restart_favor_stock``.
        """
        from ..api.favor import restart_favor_stock as _op

        return self._invoker.call(_op.sync, stock_id=stock_id, body=body)

    def send_favor_coupon(
        self, openid: str, *, body: FavorCouponSendRequest | Mapping[str, Any]
    ) -> FavorCouponSendResponse:
        """发放指定批次的代金券

        发放指定批次的代金券 — gives one coupon of an activated batch to a user (`openid` under
        `appid`), from a mini program, H5 page, app or the merchant's own back end, and returns
        its `coupon_id`. The batch must be a cash-coupon batch (全场券 or 单品券), running and
        within its sending limits; `appid` must belong to the user's `openid` and be bound to the
        calling merchant.

        - `coupon_value` and `coupon_minimum` are only for batches that let the sender choose the
          face value and threshold; leave them out otherwise.
        - Using the coupon later triggers `COUPON.USE` to the marketing callback address set with
          `set_favor_callback` (see `FavorCouponNotificationResource`).
        - `out_request_no` is the merchant's unique number for this send. No lookup by that number
          exists: after a timeout or 5XX, list the user's coupons of the batch with
          `list_favor_user_coupons` (`stock_id`) before sending again, and resend only with the
          same `out_request_no`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012463767

        Operation: ``send_favor_coupon`` (POST /v3/marketing/favor/users/{openid}/coupons); function: ``api.favor.send_favor_coupon``.
        """
        from ..api.favor import send_favor_coupon as _op

        return self._invoker.call(_op.sync, openid=openid, body=body)

    def set_favor_callback(self, *, body: FavorCallbackSetRequest | Mapping[str, Any]) -> FavorCallbackSetResponse:
        """设置代金券消息通知地址

        设置代金券消息通知地址 — sets the URL that receives the merchant's marketing event
        notifications (use, send, refund events of coupons; `COUPON.USE` is modelled as
        `FavorCouponNotificationResource`), or stops them with `switch: false`. One address per
        merchant; a new call replaces it.

        Not documented as idempotent, although setting the same address twice leaves the same
        state. After an unclear outcome read the address with `query_favor_callback`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012464198

        Operation: ``set_favor_callback`` (POST /v3/marketing/favor/callbacks); function: ``api.favor.set_favor_callback``.
        """
        from ..api.favor import set_favor_callback as _op

        return self._invoker.call(_op.sync, body=body)

    def start_favor_stock(
        self, stock_id: str, *, body: FavorStockStateChangeRequest | Mapping[str, Any]
    ) -> FavorStockStartResponse:
        """激活代金券批次

        激活代金券批次 — activates a batch created by `create_favor_stock` so that its coupons
        can be sent. For a pre-funded batch (`no_cash: false`) this locks the batch budget in the
        creator's account balance, so the balance must cover it.

        Not documented as idempotent. After an unclear outcome read the batch with
        `query_favor_stock`: `status` `running` means the activation took effect.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012460137

        Operation: ``start_favor_stock`` (POST /v3/marketing/favor/stocks/{stock_id}/start); function: ``api.favor.start_favor_stock``.
        """
        from ..api.favor import start_favor_stock as _op

        return self._invoker.call(_op.sync, stock_id=stock_id, body=body)


class AsyncFavorResource(AsyncResource):
    """``favor`` (async, typed results).

    运营工具∙代金券 — WeChat Pay cash coupons: create, activate, pause and restart a coupon
    batch, read batches with their merchants and goods, change a batch's goods codes, send
    coupons and read a user's coupons, the batch use/refund detail files, the marketing
    notification address, and the bank multi-use instant-discount (多笔立减) enrolment. Paths
    under `/v3/marketing/favor/` and `/v3/marketing/bank-favor/`.
    """

    __slots__ = ()

    async def create_favor_stock(
        self, *, body: FavorStockCreateRequest | Mapping[str, Any]
    ) -> FavorStockCreateResponse:
        """创建代金券批次

        创建代金券批次 — creates a cash-coupon batch (stock) and returns its `stock_id`. A batch
        is either pre-funded (`no_cash: false`, 预充值: the budget is taken from the creator's
        balance when the batch is activated) or not funded (`no_cash: true`, 免充值: the discount
        is taken out of what the paying merchant receives).

        - A new batch is not usable yet: activate it with `start_favor_stock`, then send coupons
          with `send_favor_coupon` (or the other marketing channels).
        - The page allows at most 90 days between `available_begin_time` and
          `available_end_time`, a start not earlier than now and not more than 365 days ahead;
          `stock_use_rule.max_amount` is expected to be the face value times `max_coupons`.
        - `stock_type` `NORMAL` needs `coupon_use_rule.fixed_normal_coupon`. Image fields of
          `pattern_info` take URLs returned by `upload_marketing_image`.
        - `out_request_no` is the merchant's own unique number for this request. No lookup by
          that number exists: after a timeout or 5XX, list the creator's batches with
          `list_favor_stocks` (creation-time window, same `stock_name`) before creating again,
          and resend only with the same `out_request_no`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534633

        Operation: ``create_favor_stock`` (POST /v3/marketing/favor/coupon-stocks); function: ``api.favor.create_favor_stock``.
        """
        from ..api.favor import create_favor_stock as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def enroll_favor_bank_multi_activity(
        self, openid: str, *, body: FavorBankMultiActivityEnrollRequest | Mapping[str, Any]
    ) -> FavorBankMultiActivityEnrollResponse:
        """给指定用户报名多笔立减活动

        给指定用户报名多笔立减活动 — enrols a user in a multi-use instant-discount activity
        (多笔立减, created beforehand on the merchant platform) and returns the `coupon_id` that
        carries the user's uses. Read it with `query_favor_bank_multi_activity_coupon`. Direct
        merchants only.

        `out_request_no` (发券凭证) is the merchant's number for this enrolment. No lookup by it
        exists and the coupon lookup needs the `coupon_id` of the lost answer, so an unclear
        outcome cannot be settled by a query; resend with the same `out_request_no`, never a
        new one.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014569793

        Operation: ``enroll_favor_bank_multi_activity`` (POST /v3/marketing/bank-favor/users/{openid}/bank-multi-activity); function: ``api.favor.enroll_favor_bank_multi_activity``.
        """
        from ..api.favor import enroll_favor_bank_multi_activity as _op

        return await self._invoker.call(_op.asyncio, openid=openid, body=body)

    async def list_favor_stock_items(
        self, stock_id: str, *, stock_creator_mchid: str, offset: int, limit: int
    ) -> FavorStockItemList:
        """查询代金券可用单品

        查询代金券可用单品 — pages through the goods codes a single-item batch applies to, e.g.
        to decide whether to show a coupon next to a product. At most 100 per page; `offset` up
        to 500. It also settles an unclear outcome of `modify_favor_stock_goods`. Read-only;
        safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012463442

        Operation: ``list_favor_stock_items`` (GET /v3/marketing/favor/stocks/{stock_id}/items); function: ``api.favor.list_favor_stock_items``.
        """
        from ..api.favor import list_favor_stock_items as _op

        return await self._invoker.call(
            _op.asyncio, stock_id=stock_id, stock_creator_mchid=stock_creator_mchid, offset=offset, limit=limit
        )

    async def list_favor_stock_merchants(
        self, stock_id: str, *, offset: int, limit: int, stock_creator_mchid: str
    ) -> FavorStockMerchantList:
        """查询代金券可用商户

        查询代金券可用商户 — pages through the merchant IDs where a batch's coupons can be used,
        e.g. to decide whether to show a coupon in a given shop. At most 50 per page; `offset`
        up to 1000. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012463358

        Operation: ``list_favor_stock_merchants`` (GET /v3/marketing/favor/stocks/{stock_id}/merchants); function: ``api.favor.list_favor_stock_merchants``.
        """
        from ..api.favor import list_favor_stock_merchants as _op

        return await self._invoker.call(
            _op.asyncio, stock_id=stock_id, offset=offset, limit=limit, stock_creator_mchid=stock_creator_mchid
        )

    async def list_favor_stocks(
        self,
        *,
        offset: int,
        limit: int,
        stock_creator_mchid: str,
        create_start_time: datetime.datetime | Unset = UNSET,
        create_end_time: datetime.datetime | Unset = UNSET,
        status: ListFavorStocksStatus | Unset = UNSET,
    ) -> FavorStockList:
        """条件查询批次列表

        条件查询批次列表 — pages through the batches a merchant created, optionally narrowed to a
        creation-time window and a batch status, with each batch's settings and how many
        coupons were sent. Pages are numbered from 0 (`offset`) and hold at most 10 batches.

        This is the lookup for an unclear outcome of `create_favor_stock` (no query by
        `out_request_no` exists). Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012460489

        Operation: ``list_favor_stocks`` (GET /v3/marketing/favor/stocks); function: ``api.favor.list_favor_stocks``.
        """
        from ..api.favor import list_favor_stocks as _op

        return await self._invoker.call(
            _op.asyncio,
            offset=offset,
            limit=limit,
            stock_creator_mchid=stock_creator_mchid,
            create_start_time=create_start_time,
            create_end_time=create_end_time,
            status=status,
        )

    async def list_favor_user_coupons(
        self,
        openid: str,
        *,
        appid: str,
        stock_id: str | Unset = UNSET,
        status: ListFavorUserCouponsStatus | Unset = UNSET,
        creator_mchid: str | Unset = UNSET,
        sender_mchid: str | Unset = UNSET,
        available_mchid: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        business_type: ListFavorUserCouponsBusinessType | Unset = UNSET,
    ) -> FavorCouponList:
        """根据商户号查用户的券

        根据商户号查用户的券 — pages through a user's coupons (and 消费金, with `business_type`
        `MULTIUSE`) filtered by the merchant that created the batch (`creator_mchid`), that sent
        it (`sender_mchid`) or where it can be used (`available_mchid`): give one of the three.
        With `available_mchid`, `stock_id`, `status`, `offset` and `limit` are ignored. Useful
        for a "my coupons" or checkout page. Coupons usable at every merchant (全平台通用券, e.g.
        摇摇乐红包) are not returned.

        This is the lookup for an unclear outcome of `send_favor_coupon`. Read-only; safe to
        repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534690

        Operation: ``list_favor_user_coupons`` (GET /v3/marketing/favor/users/{openid}/coupons); function: ``api.favor.list_favor_user_coupons``.
        """
        from ..api.favor import list_favor_user_coupons as _op

        return await self._invoker.call(
            _op.asyncio,
            openid=openid,
            appid=appid,
            stock_id=stock_id,
            status=status,
            creator_mchid=creator_mchid,
            sender_mchid=sender_mchid,
            available_mchid=available_mchid,
            offset=offset,
            limit=limit,
            business_type=business_type,
        )

    async def modify_favor_stock_goods(
        self, stock_id: str, *, body: FavorStockGoodsModifyRequest | Mapping[str, Any]
    ) -> FavorStockGoodsModifyResponse:
        """修改可用单品编码

        修改可用单品编码 — adds goods codes to, and removes goods codes from, a single-item
        batch. The batch must keep at least one goods code after the change. Direct merchants
        only.

        Not documented as idempotent (adding a code twice or removing an absent one may be
        refused). After an unclear outcome read the codes with `list_favor_stock_items` and
        resend only the part that is missing.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017164667

        Operation: ``modify_favor_stock_goods`` (POST /v3/marketing/favor/stocks/{stock_id}/modify-goods-id); function: ``api.favor.modify_favor_stock_goods``.
        """
        from ..api.favor import modify_favor_stock_goods as _op

        return await self._invoker.call(_op.asyncio, stock_id=stock_id, body=body)

    async def pause_favor_stock(
        self, stock_id: str, *, body: FavorStockStateChangeRequest | Mapping[str, Any]
    ) -> FavorStockPauseResponse:
        """暂停代金券批次

        暂停代金券批次 — stops a running batch from being sent: while paused, no channel can give
        its coupons to users. Coupons already sent are not affected. Resume with
        `restart_favor_stock`.

        Not documented as idempotent. After an unclear outcome read the batch with
        `query_favor_stock`: `status` `paused` means the pause took effect.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012460305

        Operation: ``pause_favor_stock`` (POST /v3/marketing/favor/stocks/{stock_id}/pause); function: ``api.favor.pause_favor_stock``.
        """
        from ..api.favor import pause_favor_stock as _op

        return await self._invoker.call(_op.asyncio, stock_id=stock_id, body=body)

    async def query_favor_bank_multi_activity_coupon(
        self, openid: str, coupon_id: str, *, appid: str
    ) -> FavorBankMultiActivityCoupon:
        """查询绑定多笔立减活动的代金券详情

        查询绑定多笔立减活动的代金券详情 — reads a coupon bound to a multi-use instant-discount
        activity: its state, validity, how many uses it allows, has left and has used, and the
        amounts already used. Direct merchants only. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014569864

        Operation: ``query_favor_bank_multi_activity_coupon`` (GET /v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id}); function: ``api.favor.query_favor_bank_multi_activity_coupon``.
        """
        from ..api.favor import query_favor_bank_multi_activity_coupon as _op

        return await self._invoker.call(_op.asyncio, openid=openid, coupon_id=coupon_id, appid=appid)

    async def query_favor_callback(self, *, mchid: str) -> FavorCallback:
        """查询代金券消息通知地址

        查询代金券消息通知地址 — reads the URL currently set to receive the merchant's marketing
        event notifications; it settles an unclear outcome of `set_favor_callback`. Read-only;
        safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012464070

        Operation: ``query_favor_callback`` (GET /v3/marketing/favor/callbacks); function: ``api.favor.query_favor_callback``.
        """
        from ..api.favor import query_favor_callback as _op

        return await self._invoker.call(_op.asyncio, mchid=mchid)

    async def query_favor_coupon(self, openid: str, coupon_id: str, *, appid: str) -> FavorCoupon:
        """查询代金券详情

        查询代金券详情 — reads one coupon of a user: its batch, face value and threshold, validity
        and status, and, once used, where and with which order it was used (including the goods
        of single-item coupons). Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012486942

        Operation: ``query_favor_coupon`` (GET /v3/marketing/favor/users/{openid}/coupons/{coupon_id}); function: ``api.favor.query_favor_coupon``.
        """
        from ..api.favor import query_favor_coupon as _op

        return await self._invoker.call(_op.asyncio, openid=openid, coupon_id=coupon_id, appid=appid)

    async def query_favor_stock(self, stock_id: str, *, stock_creator_mchid: str) -> FavorStock:
        """查询批次详情

        查询批次详情 — reads one batch: its settings, status and how many coupons were sent. Its
        `status` settles an unclear outcome of `start_favor_stock`, `pause_favor_stock` and
        `restart_favor_stock`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012460564

        Operation: ``query_favor_stock`` (GET /v3/marketing/favor/stocks/{stock_id}); function: ``api.favor.query_favor_stock``.
        """
        from ..api.favor import query_favor_stock as _op

        return await self._invoker.call(_op.asyncio, stock_id=stock_id, stock_creator_mchid=stock_creator_mchid)

    async def query_favor_stock_refund_flow(self, stock_id: str) -> FavorStockFlowFile:
        """下载批次退款明细

        下载批次退款明细 — asks for the refund detail file of a batch (refunds of orders that
        used its coupons: order numbers, goods, bank serial numbers), for reconciliation. The
        answer is a signed JSON body with a download `url` valid for about 30 seconds and the
        file's `hash_value` (`hash_type` SHA1); fetch the file from `url` (that download is not a
        WeChat Pay API call and its answer is not signed) and compare its SHA-1 with
        `hash_value`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012463523

        Operation: ``query_favor_stock_refund_flow`` (GET /v3/marketing/favor/stocks/{stock_id}/refund-flow); function: ``api.favor.query_favor_stock_refund_flow``.
        """
        from ..api.favor import query_favor_stock_refund_flow as _op

        return await self._invoker.call(_op.asyncio, stock_id=stock_id)

    async def query_favor_stock_refund_flow_by_day(
        self, stock_id: str, *, bill_date: datetime.date
    ) -> FavorStockRefundFlowByDayResponse:
        """获取批次退款明细下载链接

        获取批次退款明细下载链接 — asks for the refund detail file of a batch for one day
        (`bill_date`). The answer is a signed JSON body with the download `url`, the file digest
        `stock_refundflow_hash` and the number of records `stock_refundflow_count` (a string on
        the wire). The file itself is fetched from `url`; that answer carries no WeChat Pay
        signature, so it is checked against the digest instead. The detail file now also has the
        combined-payment (合单) columns, and its device-number column is Base64. Read-only; safe
        to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012463523

        Operation: ``query_favor_stock_refund_flow_by_day`` (GET /v3/marketing/favor/stocks/{stock_id}/refund-flow-by-day); function: ``api.favor.query_favor_stock_refund_flow_by_day``.
        """
        from ..api.favor import query_favor_stock_refund_flow_by_day as _op

        return await self._invoker.call(_op.asyncio, stock_id=stock_id, bill_date=bill_date)

    async def query_favor_stock_use_flow(self, stock_id: str) -> FavorStockFlowFile:
        """下载批次核销明细

        下载批次核销明细 — asks for the use (核销) detail file of a batch (orders that used its
        coupons: order numbers, goods, bank serial numbers), for reconciliation and analysis.
        The answer is a signed JSON body with a download `url` valid for about 30 seconds and
        the file's `hash_value` (`hash_type` SHA1); fetch the file from `url` (not a signed
        WeChat Pay answer) and compare its SHA-1 with `hash_value`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012463585

        Operation: ``query_favor_stock_use_flow`` (GET /v3/marketing/favor/stocks/{stock_id}/use-flow); function: ``api.favor.query_favor_stock_use_flow``.
        """
        from ..api.favor import query_favor_stock_use_flow as _op

        return await self._invoker.call(_op.asyncio, stock_id=stock_id)

    async def query_favor_stock_use_flow_by_day(
        self, stock_id: str, *, bill_date: datetime.date
    ) -> FavorStockUseFlowByDayResponse:
        """获取批次核销明细下载链接

        获取批次核销明细下载链接 — asks for the use (核销) detail file of a batch for one day
        (`bill_date`). The answer is a signed JSON body with the download `url`, the file digest
        `stock_useflow_hash` and the number of records `stock_useflow_count` (a string on the
        wire). The file itself is fetched from `url`; that answer carries no WeChat Pay
        signature, so it is checked against the digest instead. The detail file now also has the
        combined-payment (合单) columns, and its device-number column is Base64. Read-only; safe
        to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012463585

        Operation: ``query_favor_stock_use_flow_by_day`` (GET /v3/marketing/favor/stocks/{stock_id}/use-flow-by-day); function: ``api.favor.query_favor_stock_use_flow_by_day``.
        """
        from ..api.favor import query_favor_stock_use_flow_by_day as _op

        return await self._invoker.call(_op.asyncio, stock_id=stock_id, bill_date=bill_date)

    async def restart_favor_stock(
        self, stock_id: str, *, body: FavorStockStateChangeRequest | Mapping[str, Any]
    ) -> FavorStockRestartResponse:
        """重启代金券批次

        重启代金券批次 — lets a batch paused with `pause_favor_stock` be sent again.

        Not documented as idempotent. After an unclear outcome read the batch with
        `query_favor_stock`: `status` back to `running` means the restart took effect.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012460411

        Operation: ``restart_favor_stock`` (POST /v3/marketing/favor/stocks/{stock_id}/restart); function: ``api.favor.restart_favor_stock``.
        """
        from ..api.favor import restart_favor_stock as _op

        return await self._invoker.call(_op.asyncio, stock_id=stock_id, body=body)

    async def send_favor_coupon(
        self, openid: str, *, body: FavorCouponSendRequest | Mapping[str, Any]
    ) -> FavorCouponSendResponse:
        """发放指定批次的代金券

        发放指定批次的代金券 — gives one coupon of an activated batch to a user (`openid` under
        `appid`), from a mini program, H5 page, app or the merchant's own back end, and returns
        its `coupon_id`. The batch must be a cash-coupon batch (全场券 or 单品券), running and
        within its sending limits; `appid` must belong to the user's `openid` and be bound to the
        calling merchant.

        - `coupon_value` and `coupon_minimum` are only for batches that let the sender choose the
          face value and threshold; leave them out otherwise.
        - Using the coupon later triggers `COUPON.USE` to the marketing callback address set with
          `set_favor_callback` (see `FavorCouponNotificationResource`).
        - `out_request_no` is the merchant's unique number for this send. No lookup by that number
          exists: after a timeout or 5XX, list the user's coupons of the batch with
          `list_favor_user_coupons` (`stock_id`) before sending again, and resend only with the
          same `out_request_no`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012463767

        Operation: ``send_favor_coupon`` (POST /v3/marketing/favor/users/{openid}/coupons); function: ``api.favor.send_favor_coupon``.
        """
        from ..api.favor import send_favor_coupon as _op

        return await self._invoker.call(_op.asyncio, openid=openid, body=body)

    async def set_favor_callback(
        self, *, body: FavorCallbackSetRequest | Mapping[str, Any]
    ) -> FavorCallbackSetResponse:
        """设置代金券消息通知地址

        设置代金券消息通知地址 — sets the URL that receives the merchant's marketing event
        notifications (use, send, refund events of coupons; `COUPON.USE` is modelled as
        `FavorCouponNotificationResource`), or stops them with `switch: false`. One address per
        merchant; a new call replaces it.

        Not documented as idempotent, although setting the same address twice leaves the same
        state. After an unclear outcome read the address with `query_favor_callback`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012464198

        Operation: ``set_favor_callback`` (POST /v3/marketing/favor/callbacks); function: ``api.favor.set_favor_callback``.
        """
        from ..api.favor import set_favor_callback as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def start_favor_stock(
        self, stock_id: str, *, body: FavorStockStateChangeRequest | Mapping[str, Any]
    ) -> FavorStockStartResponse:
        """激活代金券批次

        激活代金券批次 — activates a batch created by `create_favor_stock` so that its coupons
        can be sent. For a pre-funded batch (`no_cash: false`) this locks the batch budget in the
        creator's account balance, so the balance must cover it.

        Not documented as idempotent. After an unclear outcome read the batch with
        `query_favor_stock`: `status` `running` means the activation took effect.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012460137

        Operation: ``start_favor_stock`` (POST /v3/marketing/favor/stocks/{stock_id}/start); function: ``api.favor.start_favor_stock``.
        """
        from ..api.favor import start_favor_stock as _op

        return await self._invoker.call(_op.asyncio, stock_id=stock_id, body=body)


class FavorResourceWithRawResponse(SyncResource):
    """``favor`` (raw responses).

    运营工具∙代金券 — WeChat Pay cash coupons: create, activate, pause and restart a coupon
    batch, read batches with their merchants and goods, change a batch's goods codes, send
    coupons and read a user's coupons, the batch use/refund detail files, the marketing
    notification address, and the bank multi-use instant-discount (多笔立减) enrolment. Paths
    under `/v3/marketing/favor/` and `/v3/marketing/bank-favor/`.
    """

    __slots__ = ()

    def create_favor_stock(
        self, *, body: FavorStockCreateRequest | Mapping[str, Any]
    ) -> Response[FavorStockCreateResponse]:
        """``create_favor_stock`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建代金券批次
        """
        from ..api.favor import create_favor_stock as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def enroll_favor_bank_multi_activity(
        self, openid: str, *, body: FavorBankMultiActivityEnrollRequest | Mapping[str, Any]
    ) -> Response[FavorBankMultiActivityEnrollResponse]:
        """``enroll_favor_bank_multi_activity`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        给指定用户报名多笔立减活动
        """
        from ..api.favor import enroll_favor_bank_multi_activity as _op

        return self._invoker.call(_op.sync_detailed, openid=openid, body=body)

    def list_favor_stock_items(
        self, stock_id: str, *, stock_creator_mchid: str, offset: int, limit: int
    ) -> Response[FavorStockItemList]:
        """``list_favor_stock_items`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询代金券可用单品
        """
        from ..api.favor import list_favor_stock_items as _op

        return self._invoker.call(
            _op.sync_detailed, stock_id=stock_id, stock_creator_mchid=stock_creator_mchid, offset=offset, limit=limit
        )

    def list_favor_stock_merchants(
        self, stock_id: str, *, offset: int, limit: int, stock_creator_mchid: str
    ) -> Response[FavorStockMerchantList]:
        """``list_favor_stock_merchants`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询代金券可用商户
        """
        from ..api.favor import list_favor_stock_merchants as _op

        return self._invoker.call(
            _op.sync_detailed, stock_id=stock_id, offset=offset, limit=limit, stock_creator_mchid=stock_creator_mchid
        )

    def list_favor_stocks(
        self,
        *,
        offset: int,
        limit: int,
        stock_creator_mchid: str,
        create_start_time: datetime.datetime | Unset = UNSET,
        create_end_time: datetime.datetime | Unset = UNSET,
        status: ListFavorStocksStatus | Unset = UNSET,
    ) -> Response[FavorStockList]:
        """``list_favor_stocks`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        条件查询批次列表
        """
        from ..api.favor import list_favor_stocks as _op

        return self._invoker.call(
            _op.sync_detailed,
            offset=offset,
            limit=limit,
            stock_creator_mchid=stock_creator_mchid,
            create_start_time=create_start_time,
            create_end_time=create_end_time,
            status=status,
        )

    def list_favor_user_coupons(
        self,
        openid: str,
        *,
        appid: str,
        stock_id: str | Unset = UNSET,
        status: ListFavorUserCouponsStatus | Unset = UNSET,
        creator_mchid: str | Unset = UNSET,
        sender_mchid: str | Unset = UNSET,
        available_mchid: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        business_type: ListFavorUserCouponsBusinessType | Unset = UNSET,
    ) -> Response[FavorCouponList]:
        """``list_favor_user_coupons`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        根据商户号查用户的券
        """
        from ..api.favor import list_favor_user_coupons as _op

        return self._invoker.call(
            _op.sync_detailed,
            openid=openid,
            appid=appid,
            stock_id=stock_id,
            status=status,
            creator_mchid=creator_mchid,
            sender_mchid=sender_mchid,
            available_mchid=available_mchid,
            offset=offset,
            limit=limit,
            business_type=business_type,
        )

    def modify_favor_stock_goods(
        self, stock_id: str, *, body: FavorStockGoodsModifyRequest | Mapping[str, Any]
    ) -> Response[FavorStockGoodsModifyResponse]:
        """``modify_favor_stock_goods`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        修改可用单品编码
        """
        from ..api.favor import modify_favor_stock_goods as _op

        return self._invoker.call(_op.sync_detailed, stock_id=stock_id, body=body)

    def pause_favor_stock(
        self, stock_id: str, *, body: FavorStockStateChangeRequest | Mapping[str, Any]
    ) -> Response[FavorStockPauseResponse]:
        """``pause_favor_stock`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        暂停代金券批次
        """
        from ..api.favor import pause_favor_stock as _op

        return self._invoker.call(_op.sync_detailed, stock_id=stock_id, body=body)

    def query_favor_bank_multi_activity_coupon(
        self, openid: str, coupon_id: str, *, appid: str
    ) -> Response[FavorBankMultiActivityCoupon]:
        """``query_favor_bank_multi_activity_coupon`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询绑定多笔立减活动的代金券详情
        """
        from ..api.favor import query_favor_bank_multi_activity_coupon as _op

        return self._invoker.call(_op.sync_detailed, openid=openid, coupon_id=coupon_id, appid=appid)

    def query_favor_callback(self, *, mchid: str) -> Response[FavorCallback]:
        """``query_favor_callback`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询代金券消息通知地址
        """
        from ..api.favor import query_favor_callback as _op

        return self._invoker.call(_op.sync_detailed, mchid=mchid)

    def query_favor_coupon(self, openid: str, coupon_id: str, *, appid: str) -> Response[FavorCoupon]:
        """``query_favor_coupon`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询代金券详情
        """
        from ..api.favor import query_favor_coupon as _op

        return self._invoker.call(_op.sync_detailed, openid=openid, coupon_id=coupon_id, appid=appid)

    def query_favor_stock(self, stock_id: str, *, stock_creator_mchid: str) -> Response[FavorStock]:
        """``query_favor_stock`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询批次详情
        """
        from ..api.favor import query_favor_stock as _op

        return self._invoker.call(_op.sync_detailed, stock_id=stock_id, stock_creator_mchid=stock_creator_mchid)

    def query_favor_stock_refund_flow(self, stock_id: str) -> Response[FavorStockFlowFile]:
        """``query_favor_stock_refund_flow`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        下载批次退款明细
        """
        from ..api.favor import query_favor_stock_refund_flow as _op

        return self._invoker.call(_op.sync_detailed, stock_id=stock_id)

    def query_favor_stock_refund_flow_by_day(
        self, stock_id: str, *, bill_date: datetime.date
    ) -> Response[FavorStockRefundFlowByDayResponse]:
        """``query_favor_stock_refund_flow_by_day`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        获取批次退款明细下载链接
        """
        from ..api.favor import query_favor_stock_refund_flow_by_day as _op

        return self._invoker.call(_op.sync_detailed, stock_id=stock_id, bill_date=bill_date)

    def query_favor_stock_use_flow(self, stock_id: str) -> Response[FavorStockFlowFile]:
        """``query_favor_stock_use_flow`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        下载批次核销明细
        """
        from ..api.favor import query_favor_stock_use_flow as _op

        return self._invoker.call(_op.sync_detailed, stock_id=stock_id)

    def query_favor_stock_use_flow_by_day(
        self, stock_id: str, *, bill_date: datetime.date
    ) -> Response[FavorStockUseFlowByDayResponse]:
        """``query_favor_stock_use_flow_by_day`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        获取批次核销明细下载链接
        """
        from ..api.favor import query_favor_stock_use_flow_by_day as _op

        return self._invoker.call(_op.sync_detailed, stock_id=stock_id, bill_date=bill_date)

    def restart_favor_stock(
        self, stock_id: str, *, body: FavorStockStateChangeRequest | Mapping[str, Any]
    ) -> Response[FavorStockRestartResponse]:
        """``restart_favor_stock`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        重启代金券批次
        """
        from ..api.favor import restart_favor_stock as _op

        return self._invoker.call(_op.sync_detailed, stock_id=stock_id, body=body)

    def send_favor_coupon(
        self, openid: str, *, body: FavorCouponSendRequest | Mapping[str, Any]
    ) -> Response[FavorCouponSendResponse]:
        """``send_favor_coupon`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        发放指定批次的代金券
        """
        from ..api.favor import send_favor_coupon as _op

        return self._invoker.call(_op.sync_detailed, openid=openid, body=body)

    def set_favor_callback(
        self, *, body: FavorCallbackSetRequest | Mapping[str, Any]
    ) -> Response[FavorCallbackSetResponse]:
        """``set_favor_callback`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        设置代金券消息通知地址
        """
        from ..api.favor import set_favor_callback as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def start_favor_stock(
        self, stock_id: str, *, body: FavorStockStateChangeRequest | Mapping[str, Any]
    ) -> Response[FavorStockStartResponse]:
        """``start_favor_stock`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        激活代金券批次
        """
        from ..api.favor import start_favor_stock as _op

        return self._invoker.call(_op.sync_detailed, stock_id=stock_id, body=body)


class AsyncFavorResourceWithRawResponse(AsyncResource):
    """``favor`` (async, raw responses).

    运营工具∙代金券 — WeChat Pay cash coupons: create, activate, pause and restart a coupon
    batch, read batches with their merchants and goods, change a batch's goods codes, send
    coupons and read a user's coupons, the batch use/refund detail files, the marketing
    notification address, and the bank multi-use instant-discount (多笔立减) enrolment. Paths
    under `/v3/marketing/favor/` and `/v3/marketing/bank-favor/`.
    """

    __slots__ = ()

    async def create_favor_stock(
        self, *, body: FavorStockCreateRequest | Mapping[str, Any]
    ) -> Response[FavorStockCreateResponse]:
        """``create_favor_stock`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建代金券批次
        """
        from ..api.favor import create_favor_stock as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def enroll_favor_bank_multi_activity(
        self, openid: str, *, body: FavorBankMultiActivityEnrollRequest | Mapping[str, Any]
    ) -> Response[FavorBankMultiActivityEnrollResponse]:
        """``enroll_favor_bank_multi_activity`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        给指定用户报名多笔立减活动
        """
        from ..api.favor import enroll_favor_bank_multi_activity as _op

        return await self._invoker.call(_op.asyncio_detailed, openid=openid, body=body)

    async def list_favor_stock_items(
        self, stock_id: str, *, stock_creator_mchid: str, offset: int, limit: int
    ) -> Response[FavorStockItemList]:
        """``list_favor_stock_items`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询代金券可用单品
        """
        from ..api.favor import list_favor_stock_items as _op

        return await self._invoker.call(
            _op.asyncio_detailed, stock_id=stock_id, stock_creator_mchid=stock_creator_mchid, offset=offset, limit=limit
        )

    async def list_favor_stock_merchants(
        self, stock_id: str, *, offset: int, limit: int, stock_creator_mchid: str
    ) -> Response[FavorStockMerchantList]:
        """``list_favor_stock_merchants`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询代金券可用商户
        """
        from ..api.favor import list_favor_stock_merchants as _op

        return await self._invoker.call(
            _op.asyncio_detailed, stock_id=stock_id, offset=offset, limit=limit, stock_creator_mchid=stock_creator_mchid
        )

    async def list_favor_stocks(
        self,
        *,
        offset: int,
        limit: int,
        stock_creator_mchid: str,
        create_start_time: datetime.datetime | Unset = UNSET,
        create_end_time: datetime.datetime | Unset = UNSET,
        status: ListFavorStocksStatus | Unset = UNSET,
    ) -> Response[FavorStockList]:
        """``list_favor_stocks`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        条件查询批次列表
        """
        from ..api.favor import list_favor_stocks as _op

        return await self._invoker.call(
            _op.asyncio_detailed,
            offset=offset,
            limit=limit,
            stock_creator_mchid=stock_creator_mchid,
            create_start_time=create_start_time,
            create_end_time=create_end_time,
            status=status,
        )

    async def list_favor_user_coupons(
        self,
        openid: str,
        *,
        appid: str,
        stock_id: str | Unset = UNSET,
        status: ListFavorUserCouponsStatus | Unset = UNSET,
        creator_mchid: str | Unset = UNSET,
        sender_mchid: str | Unset = UNSET,
        available_mchid: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        business_type: ListFavorUserCouponsBusinessType | Unset = UNSET,
    ) -> Response[FavorCouponList]:
        """``list_favor_user_coupons`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        根据商户号查用户的券
        """
        from ..api.favor import list_favor_user_coupons as _op

        return await self._invoker.call(
            _op.asyncio_detailed,
            openid=openid,
            appid=appid,
            stock_id=stock_id,
            status=status,
            creator_mchid=creator_mchid,
            sender_mchid=sender_mchid,
            available_mchid=available_mchid,
            offset=offset,
            limit=limit,
            business_type=business_type,
        )

    async def modify_favor_stock_goods(
        self, stock_id: str, *, body: FavorStockGoodsModifyRequest | Mapping[str, Any]
    ) -> Response[FavorStockGoodsModifyResponse]:
        """``modify_favor_stock_goods`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        修改可用单品编码
        """
        from ..api.favor import modify_favor_stock_goods as _op

        return await self._invoker.call(_op.asyncio_detailed, stock_id=stock_id, body=body)

    async def pause_favor_stock(
        self, stock_id: str, *, body: FavorStockStateChangeRequest | Mapping[str, Any]
    ) -> Response[FavorStockPauseResponse]:
        """``pause_favor_stock`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        暂停代金券批次
        """
        from ..api.favor import pause_favor_stock as _op

        return await self._invoker.call(_op.asyncio_detailed, stock_id=stock_id, body=body)

    async def query_favor_bank_multi_activity_coupon(
        self, openid: str, coupon_id: str, *, appid: str
    ) -> Response[FavorBankMultiActivityCoupon]:
        """``query_favor_bank_multi_activity_coupon`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询绑定多笔立减活动的代金券详情
        """
        from ..api.favor import query_favor_bank_multi_activity_coupon as _op

        return await self._invoker.call(_op.asyncio_detailed, openid=openid, coupon_id=coupon_id, appid=appid)

    async def query_favor_callback(self, *, mchid: str) -> Response[FavorCallback]:
        """``query_favor_callback`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询代金券消息通知地址
        """
        from ..api.favor import query_favor_callback as _op

        return await self._invoker.call(_op.asyncio_detailed, mchid=mchid)

    async def query_favor_coupon(self, openid: str, coupon_id: str, *, appid: str) -> Response[FavorCoupon]:
        """``query_favor_coupon`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询代金券详情
        """
        from ..api.favor import query_favor_coupon as _op

        return await self._invoker.call(_op.asyncio_detailed, openid=openid, coupon_id=coupon_id, appid=appid)

    async def query_favor_stock(self, stock_id: str, *, stock_creator_mchid: str) -> Response[FavorStock]:
        """``query_favor_stock`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询批次详情
        """
        from ..api.favor import query_favor_stock as _op

        return await self._invoker.call(
            _op.asyncio_detailed, stock_id=stock_id, stock_creator_mchid=stock_creator_mchid
        )

    async def query_favor_stock_refund_flow(self, stock_id: str) -> Response[FavorStockFlowFile]:
        """``query_favor_stock_refund_flow`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        下载批次退款明细
        """
        from ..api.favor import query_favor_stock_refund_flow as _op

        return await self._invoker.call(_op.asyncio_detailed, stock_id=stock_id)

    async def query_favor_stock_refund_flow_by_day(
        self, stock_id: str, *, bill_date: datetime.date
    ) -> Response[FavorStockRefundFlowByDayResponse]:
        """``query_favor_stock_refund_flow_by_day`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        获取批次退款明细下载链接
        """
        from ..api.favor import query_favor_stock_refund_flow_by_day as _op

        return await self._invoker.call(_op.asyncio_detailed, stock_id=stock_id, bill_date=bill_date)

    async def query_favor_stock_use_flow(self, stock_id: str) -> Response[FavorStockFlowFile]:
        """``query_favor_stock_use_flow`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        下载批次核销明细
        """
        from ..api.favor import query_favor_stock_use_flow as _op

        return await self._invoker.call(_op.asyncio_detailed, stock_id=stock_id)

    async def query_favor_stock_use_flow_by_day(
        self, stock_id: str, *, bill_date: datetime.date
    ) -> Response[FavorStockUseFlowByDayResponse]:
        """``query_favor_stock_use_flow_by_day`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        获取批次核销明细下载链接
        """
        from ..api.favor import query_favor_stock_use_flow_by_day as _op

        return await self._invoker.call(_op.asyncio_detailed, stock_id=stock_id, bill_date=bill_date)

    async def restart_favor_stock(
        self, stock_id: str, *, body: FavorStockStateChangeRequest | Mapping[str, Any]
    ) -> Response[FavorStockRestartResponse]:
        """``restart_favor_stock`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        重启代金券批次
        """
        from ..api.favor import restart_favor_stock as _op

        return await self._invoker.call(_op.asyncio_detailed, stock_id=stock_id, body=body)

    async def send_favor_coupon(
        self, openid: str, *, body: FavorCouponSendRequest | Mapping[str, Any]
    ) -> Response[FavorCouponSendResponse]:
        """``send_favor_coupon`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        发放指定批次的代金券
        """
        from ..api.favor import send_favor_coupon as _op

        return await self._invoker.call(_op.asyncio_detailed, openid=openid, body=body)

    async def set_favor_callback(
        self, *, body: FavorCallbackSetRequest | Mapping[str, Any]
    ) -> Response[FavorCallbackSetResponse]:
        """``set_favor_callback`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        设置代金券消息通知地址
        """
        from ..api.favor import set_favor_callback as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def start_favor_stock(
        self, stock_id: str, *, body: FavorStockStateChangeRequest | Mapping[str, Any]
    ) -> Response[FavorStockStartResponse]:
        """``start_favor_stock`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        激活代金券批次
        """
        from ..api.favor import start_favor_stock as _op

        return await self._invoker.call(_op.asyncio_detailed, stock_id=stock_id, body=body)
