# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``paygift`` tag: one method per operation of ``api/paygift/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.list_paygift_activities_activity_status import ListPaygiftActivitiesActivityStatus
    from ..models.list_paygift_activities_award_type import ListPaygiftActivitiesAwardType
    from ..models.paygift_activity import PaygiftActivity
    from ..models.paygift_activity_create_request import PaygiftActivityCreateRequest
    from ..models.paygift_activity_create_response import PaygiftActivityCreateResponse
    from ..models.paygift_activity_goods_list_response import PaygiftActivityGoodsListResponse
    from ..models.paygift_activity_list_response import PaygiftActivityListResponse
    from ..models.paygift_activity_merchant_add_request import PaygiftActivityMerchantAddRequest
    from ..models.paygift_activity_merchant_add_response import PaygiftActivityMerchantAddResponse
    from ..models.paygift_activity_merchant_delete_request import PaygiftActivityMerchantDeleteRequest
    from ..models.paygift_activity_merchant_delete_response import PaygiftActivityMerchantDeleteResponse
    from ..models.paygift_activity_merchant_list_response import PaygiftActivityMerchantListResponse
    from ..models.paygift_activity_terminate_response import PaygiftActivityTerminateResponse
    from ..types import Response, Unset


class PaygiftResource(SyncResource):
    """``paygift`` (typed results).

    运营工具∙支付有礼 — pay-and-get-a-gift activities (create a store-wide spend-threshold
    activity; list and read activities, their goods and issuing merchants; add or remove
    issuing merchants; end an activity). Paths under `/v3/marketing/paygiftactivity/`.
    """

    __slots__ = ()

    def add_paygift_activity_merchants(
        self, activity_id: str, *, body: PaygiftActivityMerchantAddRequest | Mapping[str, Any]
    ) -> PaygiftActivityMerchantAddResponse:
        """新增活动发券商户号

        新增活动发券商户号 — adds issuing merchant IDs to an existing activity. Merchant IDs
        that fail WeChat Pay's checks are not added; they come back in
        `invalid_merchant_id_list` with the reason, and the others are added.

        `add_request_no` is the merchant's unique number for this change. Not documented as
        idempotent: after an unclear outcome, check the merchants with
        `list_paygift_activity_merchants` before sending again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012466671

        Operation: ``add_paygift_activity_merchants`` (POST /v3/marketing/paygiftactivity/activities/{activity_id}/merchants/add); function: ``api.paygift.add_paygift_activity_merchants``.
        """
        from ..api.paygift import add_paygift_activity_merchants as _op

        return self._invoker.call(_op.sync, activity_id=activity_id, body=body)

    def create_paygift_unique_threshold_activity(
        self, *, body: PaygiftActivityCreateRequest | Mapping[str, Any]
    ) -> PaygiftActivityCreateResponse:
        """创建全场满额送活动

        创建全场满额送活动 — sets up a 支付有礼 activity of the store-wide spend-threshold kind:
        a user whose payment reaches `award_send_rule.transaction_amount_minimum` (fen) gets the
        activity's coupons (one coupon, or a package of 3 to 5). The prizes are 商家券 batches
        (`award_type: BUSIFAVOR`), issued by the merchant IDs of `merchant_id_list`
        (`MANUAL_INPUT_MERCHANT`; 商家券 only supports manual input).

        - `activity_base_info.out_request_no` is the merchant's unique number for this
          creation; an activity may run for at most 90 days and be scheduled up to a year
          ahead.
        - With `delivery_purpose: JUMP_MINI_APP`, `mini_programs_appid` and
          `mini_programs_path` are needed; with `delivery_user_category:
          DELIVERY_MEMBER_PERSON`, `merchant_member_appid` is needed.
        - The answer is the new `activity_id`. Creation is not documented as idempotent: after
          an unclear outcome, look for the activity with `list_paygift_activities` (each entry
          carries its `activity_base_info.out_request_no`) before creating it again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012487898

        Operation: ``create_paygift_unique_threshold_activity`` (POST /v3/marketing/paygiftactivity/unique-threshold-activity); function: ``api.paygift.create_paygift_unique_threshold_activity``.
        """
        from ..api.paygift import create_paygift_unique_threshold_activity as _op

        return self._invoker.call(_op.sync, body=body)

    def delete_paygift_activity_merchants(
        self, activity_id: str, *, body: PaygiftActivityMerchantDeleteRequest | Mapping[str, Any]
    ) -> PaygiftActivityMerchantDeleteResponse:
        """删除活动发券商户号

        删除活动发券商户号 — removes issuing merchant IDs (1 to 500 per call) from an activity.
        `delete_request_no` is the merchant's unique number for this change. Not documented as
        idempotent: after an unclear outcome, check the remaining merchants with
        `list_paygift_activity_merchants`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012466787

        Operation: ``delete_paygift_activity_merchants`` (POST /v3/marketing/paygiftactivity/activities/{activity_id}/merchants/delete); function: ``api.paygift.delete_paygift_activity_merchants``.
        """
        from ..api.paygift import delete_paygift_activity_merchants as _op

        return self._invoker.call(_op.sync, activity_id=activity_id, body=body)

    def list_paygift_activities(
        self,
        *,
        offset: int,
        limit: int,
        activity_name: str | Unset = UNSET,
        activity_status: ListPaygiftActivitiesActivityStatus | Unset = UNSET,
        award_type: ListPaygiftActivitiesAwardType | Unset = UNSET,
    ) -> PaygiftActivityListResponse:
        """获取支付有礼活动列表

        获取支付有礼活动列表 — pages through the 支付有礼 activities the merchant has created,
        optionally filtered by name (fuzzy match), status and prize type. `offset` and `limit`
        (1 to 100) are required. Each entry repeats the activity's settings, including
        `activity_base_info.out_request_no`, so this list is how an unclear outcome of
        `create_paygift_unique_threshold_activity` is settled. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489126

        Operation: ``list_paygift_activities`` (GET /v3/marketing/paygiftactivity/activities); function: ``api.paygift.list_paygift_activities``.
        """
        from ..api.paygift import list_paygift_activities as _op

        return self._invoker.call(
            _op.sync,
            offset=offset,
            limit=limit,
            activity_name=activity_name,
            activity_status=activity_status,
            award_type=award_type,
        )

    def list_paygift_activity_goods(
        self, activity_id: str, *, offset: int | Unset = UNSET, limit: int | Unset = UNSET
    ) -> PaygiftActivityGoodsListResponse:
        """查询活动指定商品列表

        查询活动指定商品列表 — pages through the goods (SKUs, `goods_id`) an activity is
        restricted to. Page with `offset` and `limit`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012466448

        Operation: ``list_paygift_activity_goods`` (GET /v3/marketing/paygiftactivity/activities/{activity_id}/goods); function: ``api.paygift.list_paygift_activity_goods``.
        """
        from ..api.paygift import list_paygift_activity_goods as _op

        return self._invoker.call(_op.sync, activity_id=activity_id, offset=offset, limit=limit)

    def list_paygift_activity_merchants(
        self, activity_id: str, *, offset: int | Unset = UNSET, limit: int | Unset = UNSET
    ) -> PaygiftActivityMerchantListResponse:
        """查询活动发券商户号

        查询活动发券商户号 — pages through the merchant IDs that issue an activity's coupons
        (发券商户号). Page with `offset` and `limit`. This is the read that shows the effect of
        `add_paygift_activity_merchants` and `delete_paygift_activity_merchants`. Read-only;
        safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012466149

        Operation: ``list_paygift_activity_merchants`` (GET /v3/marketing/paygiftactivity/activities/{activity_id}/merchants); function: ``api.paygift.list_paygift_activity_merchants``.
        """
        from ..api.paygift import list_paygift_activity_merchants as _op

        return self._invoker.call(_op.sync, activity_id=activity_id, offset=offset, limit=limit)

    def query_paygift_activity(self, activity_id: str) -> PaygiftActivity:
        """查询活动详情接口

        查询活动详情接口 — reads one 支付有礼 activity: its settings as created, its type and
        status, who created it and who owns it, and when it was paused, resumed, created and
        last updated. `activity_status: TERMINATE_ACT_STATUS` confirms
        `terminate_paygift_activity`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012487971

        Operation: ``query_paygift_activity`` (GET /v3/marketing/paygiftactivity/activities/{activity_id}); function: ``api.paygift.query_paygift_activity``.
        """
        from ..api.paygift import query_paygift_activity as _op

        return self._invoker.call(_op.sync, activity_id=activity_id)

    def terminate_paygift_activity(self, activity_id: str) -> PaygiftActivityTerminateResponse:
        """终止活动

        终止活动 — stops a 支付有礼 activity; users no longer receive its prizes. The request
        has no body; the answer says when the stop took effect. An ended activity reads
        `activity_status: TERMINATE_ACT_STATUS` in `query_paygift_activity`, which settles an
        unclear outcome.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012466523

        Operation: ``terminate_paygift_activity`` (POST /v3/marketing/paygiftactivity/activities/{activity_id}/terminate); function: ``api.paygift.terminate_paygift_activity``.
        """
        from ..api.paygift import terminate_paygift_activity as _op

        return self._invoker.call(_op.sync, activity_id=activity_id)


class AsyncPaygiftResource(AsyncResource):
    """``paygift`` (async, typed results).

    运营工具∙支付有礼 — pay-and-get-a-gift activities (create a store-wide spend-threshold
    activity; list and read activities, their goods and issuing merchants; add or remove
    issuing merchants; end an activity). Paths under `/v3/marketing/paygiftactivity/`.
    """

    __slots__ = ()

    async def add_paygift_activity_merchants(
        self, activity_id: str, *, body: PaygiftActivityMerchantAddRequest | Mapping[str, Any]
    ) -> PaygiftActivityMerchantAddResponse:
        """新增活动发券商户号

        新增活动发券商户号 — adds issuing merchant IDs to an existing activity. Merchant IDs
        that fail WeChat Pay's checks are not added; they come back in
        `invalid_merchant_id_list` with the reason, and the others are added.

        `add_request_no` is the merchant's unique number for this change. Not documented as
        idempotent: after an unclear outcome, check the merchants with
        `list_paygift_activity_merchants` before sending again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012466671

        Operation: ``add_paygift_activity_merchants`` (POST /v3/marketing/paygiftactivity/activities/{activity_id}/merchants/add); function: ``api.paygift.add_paygift_activity_merchants``.
        """
        from ..api.paygift import add_paygift_activity_merchants as _op

        return await self._invoker.call(_op.asyncio, activity_id=activity_id, body=body)

    async def create_paygift_unique_threshold_activity(
        self, *, body: PaygiftActivityCreateRequest | Mapping[str, Any]
    ) -> PaygiftActivityCreateResponse:
        """创建全场满额送活动

        创建全场满额送活动 — sets up a 支付有礼 activity of the store-wide spend-threshold kind:
        a user whose payment reaches `award_send_rule.transaction_amount_minimum` (fen) gets the
        activity's coupons (one coupon, or a package of 3 to 5). The prizes are 商家券 batches
        (`award_type: BUSIFAVOR`), issued by the merchant IDs of `merchant_id_list`
        (`MANUAL_INPUT_MERCHANT`; 商家券 only supports manual input).

        - `activity_base_info.out_request_no` is the merchant's unique number for this
          creation; an activity may run for at most 90 days and be scheduled up to a year
          ahead.
        - With `delivery_purpose: JUMP_MINI_APP`, `mini_programs_appid` and
          `mini_programs_path` are needed; with `delivery_user_category:
          DELIVERY_MEMBER_PERSON`, `merchant_member_appid` is needed.
        - The answer is the new `activity_id`. Creation is not documented as idempotent: after
          an unclear outcome, look for the activity with `list_paygift_activities` (each entry
          carries its `activity_base_info.out_request_no`) before creating it again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012487898

        Operation: ``create_paygift_unique_threshold_activity`` (POST /v3/marketing/paygiftactivity/unique-threshold-activity); function: ``api.paygift.create_paygift_unique_threshold_activity``.
        """
        from ..api.paygift import create_paygift_unique_threshold_activity as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def delete_paygift_activity_merchants(
        self, activity_id: str, *, body: PaygiftActivityMerchantDeleteRequest | Mapping[str, Any]
    ) -> PaygiftActivityMerchantDeleteResponse:
        """删除活动发券商户号

        删除活动发券商户号 — removes issuing merchant IDs (1 to 500 per call) from an activity.
        `delete_request_no` is the merchant's unique number for this change. Not documented as
        idempotent: after an unclear outcome, check the remaining merchants with
        `list_paygift_activity_merchants`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012466787

        Operation: ``delete_paygift_activity_merchants`` (POST /v3/marketing/paygiftactivity/activities/{activity_id}/merchants/delete); function: ``api.paygift.delete_paygift_activity_merchants``.
        """
        from ..api.paygift import delete_paygift_activity_merchants as _op

        return await self._invoker.call(_op.asyncio, activity_id=activity_id, body=body)

    async def list_paygift_activities(
        self,
        *,
        offset: int,
        limit: int,
        activity_name: str | Unset = UNSET,
        activity_status: ListPaygiftActivitiesActivityStatus | Unset = UNSET,
        award_type: ListPaygiftActivitiesAwardType | Unset = UNSET,
    ) -> PaygiftActivityListResponse:
        """获取支付有礼活动列表

        获取支付有礼活动列表 — pages through the 支付有礼 activities the merchant has created,
        optionally filtered by name (fuzzy match), status and prize type. `offset` and `limit`
        (1 to 100) are required. Each entry repeats the activity's settings, including
        `activity_base_info.out_request_no`, so this list is how an unclear outcome of
        `create_paygift_unique_threshold_activity` is settled. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489126

        Operation: ``list_paygift_activities`` (GET /v3/marketing/paygiftactivity/activities); function: ``api.paygift.list_paygift_activities``.
        """
        from ..api.paygift import list_paygift_activities as _op

        return await self._invoker.call(
            _op.asyncio,
            offset=offset,
            limit=limit,
            activity_name=activity_name,
            activity_status=activity_status,
            award_type=award_type,
        )

    async def list_paygift_activity_goods(
        self, activity_id: str, *, offset: int | Unset = UNSET, limit: int | Unset = UNSET
    ) -> PaygiftActivityGoodsListResponse:
        """查询活动指定商品列表

        查询活动指定商品列表 — pages through the goods (SKUs, `goods_id`) an activity is
        restricted to. Page with `offset` and `limit`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012466448

        Operation: ``list_paygift_activity_goods`` (GET /v3/marketing/paygiftactivity/activities/{activity_id}/goods); function: ``api.paygift.list_paygift_activity_goods``.
        """
        from ..api.paygift import list_paygift_activity_goods as _op

        return await self._invoker.call(_op.asyncio, activity_id=activity_id, offset=offset, limit=limit)

    async def list_paygift_activity_merchants(
        self, activity_id: str, *, offset: int | Unset = UNSET, limit: int | Unset = UNSET
    ) -> PaygiftActivityMerchantListResponse:
        """查询活动发券商户号

        查询活动发券商户号 — pages through the merchant IDs that issue an activity's coupons
        (发券商户号). Page with `offset` and `limit`. This is the read that shows the effect of
        `add_paygift_activity_merchants` and `delete_paygift_activity_merchants`. Read-only;
        safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012466149

        Operation: ``list_paygift_activity_merchants`` (GET /v3/marketing/paygiftactivity/activities/{activity_id}/merchants); function: ``api.paygift.list_paygift_activity_merchants``.
        """
        from ..api.paygift import list_paygift_activity_merchants as _op

        return await self._invoker.call(_op.asyncio, activity_id=activity_id, offset=offset, limit=limit)

    async def query_paygift_activity(self, activity_id: str) -> PaygiftActivity:
        """查询活动详情接口

        查询活动详情接口 — reads one 支付有礼 activity: its settings as created, its type and
        status, who created it and who owns it, and when it was paused, resumed, created and
        last updated. `activity_status: TERMINATE_ACT_STATUS` confirms
        `terminate_paygift_activity`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012487971

        Operation: ``query_paygift_activity`` (GET /v3/marketing/paygiftactivity/activities/{activity_id}); function: ``api.paygift.query_paygift_activity``.
        """
        from ..api.paygift import query_paygift_activity as _op

        return await self._invoker.call(_op.asyncio, activity_id=activity_id)

    async def terminate_paygift_activity(self, activity_id: str) -> PaygiftActivityTerminateResponse:
        """终止活动

        终止活动 — stops a 支付有礼 activity; users no longer receive its prizes. The request
        has no body; the answer says when the stop took effect. An ended activity reads
        `activity_status: TERMINATE_ACT_STATUS` in `query_paygift_activity`, which settles an
        unclear outcome.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012466523

        Operation: ``terminate_paygift_activity`` (POST /v3/marketing/paygiftactivity/activities/{activity_id}/terminate); function: ``api.paygift.terminate_paygift_activity``.
        """
        from ..api.paygift import terminate_paygift_activity as _op

        return await self._invoker.call(_op.asyncio, activity_id=activity_id)


class PaygiftResourceWithRawResponse(SyncResource):
    """``paygift`` (raw responses).

    运营工具∙支付有礼 — pay-and-get-a-gift activities (create a store-wide spend-threshold
    activity; list and read activities, their goods and issuing merchants; add or remove
    issuing merchants; end an activity). Paths under `/v3/marketing/paygiftactivity/`.
    """

    __slots__ = ()

    def add_paygift_activity_merchants(
        self, activity_id: str, *, body: PaygiftActivityMerchantAddRequest | Mapping[str, Any]
    ) -> Response[PaygiftActivityMerchantAddResponse]:
        """``add_paygift_activity_merchants`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        新增活动发券商户号
        """
        from ..api.paygift import add_paygift_activity_merchants as _op

        return self._invoker.call(_op.sync_detailed, activity_id=activity_id, body=body)

    def create_paygift_unique_threshold_activity(
        self, *, body: PaygiftActivityCreateRequest | Mapping[str, Any]
    ) -> Response[PaygiftActivityCreateResponse]:
        """``create_paygift_unique_threshold_activity`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建全场满额送活动
        """
        from ..api.paygift import create_paygift_unique_threshold_activity as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def delete_paygift_activity_merchants(
        self, activity_id: str, *, body: PaygiftActivityMerchantDeleteRequest | Mapping[str, Any]
    ) -> Response[PaygiftActivityMerchantDeleteResponse]:
        """``delete_paygift_activity_merchants`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        删除活动发券商户号
        """
        from ..api.paygift import delete_paygift_activity_merchants as _op

        return self._invoker.call(_op.sync_detailed, activity_id=activity_id, body=body)

    def list_paygift_activities(
        self,
        *,
        offset: int,
        limit: int,
        activity_name: str | Unset = UNSET,
        activity_status: ListPaygiftActivitiesActivityStatus | Unset = UNSET,
        award_type: ListPaygiftActivitiesAwardType | Unset = UNSET,
    ) -> Response[PaygiftActivityListResponse]:
        """``list_paygift_activities`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        获取支付有礼活动列表
        """
        from ..api.paygift import list_paygift_activities as _op

        return self._invoker.call(
            _op.sync_detailed,
            offset=offset,
            limit=limit,
            activity_name=activity_name,
            activity_status=activity_status,
            award_type=award_type,
        )

    def list_paygift_activity_goods(
        self, activity_id: str, *, offset: int | Unset = UNSET, limit: int | Unset = UNSET
    ) -> Response[PaygiftActivityGoodsListResponse]:
        """``list_paygift_activity_goods`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询活动指定商品列表
        """
        from ..api.paygift import list_paygift_activity_goods as _op

        return self._invoker.call(_op.sync_detailed, activity_id=activity_id, offset=offset, limit=limit)

    def list_paygift_activity_merchants(
        self, activity_id: str, *, offset: int | Unset = UNSET, limit: int | Unset = UNSET
    ) -> Response[PaygiftActivityMerchantListResponse]:
        """``list_paygift_activity_merchants`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询活动发券商户号
        """
        from ..api.paygift import list_paygift_activity_merchants as _op

        return self._invoker.call(_op.sync_detailed, activity_id=activity_id, offset=offset, limit=limit)

    def query_paygift_activity(self, activity_id: str) -> Response[PaygiftActivity]:
        """``query_paygift_activity`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询活动详情接口
        """
        from ..api.paygift import query_paygift_activity as _op

        return self._invoker.call(_op.sync_detailed, activity_id=activity_id)

    def terminate_paygift_activity(self, activity_id: str) -> Response[PaygiftActivityTerminateResponse]:
        """``terminate_paygift_activity`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        终止活动
        """
        from ..api.paygift import terminate_paygift_activity as _op

        return self._invoker.call(_op.sync_detailed, activity_id=activity_id)


class AsyncPaygiftResourceWithRawResponse(AsyncResource):
    """``paygift`` (async, raw responses).

    运营工具∙支付有礼 — pay-and-get-a-gift activities (create a store-wide spend-threshold
    activity; list and read activities, their goods and issuing merchants; add or remove
    issuing merchants; end an activity). Paths under `/v3/marketing/paygiftactivity/`.
    """

    __slots__ = ()

    async def add_paygift_activity_merchants(
        self, activity_id: str, *, body: PaygiftActivityMerchantAddRequest | Mapping[str, Any]
    ) -> Response[PaygiftActivityMerchantAddResponse]:
        """``add_paygift_activity_merchants`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        新增活动发券商户号
        """
        from ..api.paygift import add_paygift_activity_merchants as _op

        return await self._invoker.call(_op.asyncio_detailed, activity_id=activity_id, body=body)

    async def create_paygift_unique_threshold_activity(
        self, *, body: PaygiftActivityCreateRequest | Mapping[str, Any]
    ) -> Response[PaygiftActivityCreateResponse]:
        """``create_paygift_unique_threshold_activity`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建全场满额送活动
        """
        from ..api.paygift import create_paygift_unique_threshold_activity as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def delete_paygift_activity_merchants(
        self, activity_id: str, *, body: PaygiftActivityMerchantDeleteRequest | Mapping[str, Any]
    ) -> Response[PaygiftActivityMerchantDeleteResponse]:
        """``delete_paygift_activity_merchants`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        删除活动发券商户号
        """
        from ..api.paygift import delete_paygift_activity_merchants as _op

        return await self._invoker.call(_op.asyncio_detailed, activity_id=activity_id, body=body)

    async def list_paygift_activities(
        self,
        *,
        offset: int,
        limit: int,
        activity_name: str | Unset = UNSET,
        activity_status: ListPaygiftActivitiesActivityStatus | Unset = UNSET,
        award_type: ListPaygiftActivitiesAwardType | Unset = UNSET,
    ) -> Response[PaygiftActivityListResponse]:
        """``list_paygift_activities`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        获取支付有礼活动列表
        """
        from ..api.paygift import list_paygift_activities as _op

        return await self._invoker.call(
            _op.asyncio_detailed,
            offset=offset,
            limit=limit,
            activity_name=activity_name,
            activity_status=activity_status,
            award_type=award_type,
        )

    async def list_paygift_activity_goods(
        self, activity_id: str, *, offset: int | Unset = UNSET, limit: int | Unset = UNSET
    ) -> Response[PaygiftActivityGoodsListResponse]:
        """``list_paygift_activity_goods`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询活动指定商品列表
        """
        from ..api.paygift import list_paygift_activity_goods as _op

        return await self._invoker.call(_op.asyncio_detailed, activity_id=activity_id, offset=offset, limit=limit)

    async def list_paygift_activity_merchants(
        self, activity_id: str, *, offset: int | Unset = UNSET, limit: int | Unset = UNSET
    ) -> Response[PaygiftActivityMerchantListResponse]:
        """``list_paygift_activity_merchants`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询活动发券商户号
        """
        from ..api.paygift import list_paygift_activity_merchants as _op

        return await self._invoker.call(_op.asyncio_detailed, activity_id=activity_id, offset=offset, limit=limit)

    async def query_paygift_activity(self, activity_id: str) -> Response[PaygiftActivity]:
        """``query_paygift_activity`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询活动详情接口
        """
        from ..api.paygift import query_paygift_activity as _op

        return await self._invoker.call(_op.asyncio_detailed, activity_id=activity_id)

    async def terminate_paygift_activity(self, activity_id: str) -> Response[PaygiftActivityTerminateResponse]:
        """``terminate_paygift_activity`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        终止活动
        """
        from ..api.paygift import terminate_paygift_activity as _op

        return await self._invoker.call(_op.asyncio_detailed, activity_id=activity_id)
