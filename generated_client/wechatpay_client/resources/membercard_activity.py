# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``membercard_activity`` tag: one method per operation of ``api/membercard_activity/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.list_membercard_activities_activity_status import ListMembercardActivitiesActivityStatus
    from ..models.list_membercard_activities_activity_type import ListMembercardActivitiesActivityType
    from ..models.membercard_activity import MembercardActivity
    from ..models.membercard_activity_create_request import MembercardActivityCreateRequest
    from ..models.membercard_activity_list_response import MembercardActivityListResponse
    from ..models.membercard_activity_terminate_response import MembercardActivityTerminateResponse
    from ..types import Response, Unset


class MembercardActivityResource(SyncResource):
    """``membercard_activity`` (typed results).

    会员卡∙会员有礼 — member-gift activities of a WeChat membership card (create an activity,
    list and read activities, terminate one). Paths under `/v3/marketing/membercard-activity/`.
    """

    __slots__ = ()

    def create_membercard_activity(
        self, *, body: MembercardActivityCreateRequest | Mapping[str, Any]
    ) -> MembercardActivity:
        """创建活动

        创建会员有礼活动 — sets up a gift activity for a WeChat membership card (`card_id`). Four
        kinds exist (`activity_type`): after-payment gifts for new members
        (`NON_MEMBER_AFTERPAY`) or existing members (`MEMBER_AFTERPAY`), shown on the payment
        result page, and before-payment gifts in the card-opening component of a QR code or mini
        program (`NON_MEMBER_MINIPROGRAM`, `MEMBER_MINIPROGRAM`). The gifts are coupon batches
        (`stock_list`) the merchant created beforehand.

        - The activity may start at most a year ahead and last at most 90 days (official page).
        - The after-payment kinds use `pay_activity_setting`, the before-payment kinds
          `miniprogram_activity_setting`.
        - The answer is the new activity with its `activity_id`, status `CREATED` until it starts.
        - Not documented as idempotent. `out_request_no` is the merchant's request number and is
          echoed in every activity read; after a timeout or 5XX, list the card's activities of
          that type (`list_membercard_activities`) and look for the same `out_request_no` before
          creating again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012553030

        Operation: ``create_membercard_activity`` (POST /v3/marketing/membercard-activity/activities); function: ``api.membercard_activity.create_membercard_activity``.
        """
        from ..api.membercard_activity import create_membercard_activity as _op

        return self._invoker.call(_op.sync, body=body)

    def list_membercard_activities(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        activity_type: ListMembercardActivitiesActivityType,
        card_id: str | Unset = UNSET,
        activity_status: ListMembercardActivitiesActivityStatus | Unset = UNSET,
    ) -> MembercardActivityListResponse:
        """查询活动列表

        查询会员有礼活动列表 — pages through the merchant's member-gift activities of one kind
        (`activity_type`, required), optionally narrowed to one membership card and one status.
        Each entry is a full activity, including the `out_request_no` it was created with, so this
        is the lookup that settles an unclear `create_membercard_activity`. Read-only; safe to
        repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012553261

        Operation: ``list_membercard_activities`` (GET /v3/marketing/membercard-activity/activities); function: ``api.membercard_activity.list_membercard_activities``.
        """
        from ..api.membercard_activity import list_membercard_activities as _op

        return self._invoker.call(
            _op.sync,
            limit=limit,
            offset=offset,
            activity_type=activity_type,
            card_id=card_id,
            activity_status=activity_status,
        )

    def query_membercard_activity(self, activity_id: str) -> MembercardActivity:
        """查询活动详情

        查询会员有礼活动详情 — reads one member-gift activity by the `activity_id` that
        `create_membercard_activity` returned: its settings, gifts and current status. It is how an
        unclear `terminate_membercard_activity` is settled (status `TERMINATED`). Read-only; safe
        to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012553365

        Operation: ``query_membercard_activity`` (GET /v3/marketing/membercard-activity/activities/{activity_id}); function: ``api.membercard_activity.query_membercard_activity``.
        """
        from ..api.membercard_activity import query_membercard_activity as _op

        return self._invoker.call(_op.sync, activity_id=activity_id)

    def terminate_membercard_activity(self, activity_id: str) -> MembercardActivityTerminateResponse:
        """终止活动

        终止会员有礼活动 — ends an activity before its end time: it is no longer shown to users
        and its status becomes `TERMINATED`. The request has no body; the answer carries the
        termination time. Ending an activity cannot be undone.

        Not documented as idempotent. After a timeout or 5XX, read the activity with
        `query_membercard_activity`: if its status is already `TERMINATED` the call took effect.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012553381

        Operation: ``terminate_membercard_activity`` (POST /v3/marketing/membercard-activity/activities/{activity_id}/terminate); function: ``api.membercard_activity.terminate_membercard_activity``.
        """
        from ..api.membercard_activity import terminate_membercard_activity as _op

        return self._invoker.call(_op.sync, activity_id=activity_id)


class AsyncMembercardActivityResource(AsyncResource):
    """``membercard_activity`` (async, typed results).

    会员卡∙会员有礼 — member-gift activities of a WeChat membership card (create an activity,
    list and read activities, terminate one). Paths under `/v3/marketing/membercard-activity/`.
    """

    __slots__ = ()

    async def create_membercard_activity(
        self, *, body: MembercardActivityCreateRequest | Mapping[str, Any]
    ) -> MembercardActivity:
        """创建活动

        创建会员有礼活动 — sets up a gift activity for a WeChat membership card (`card_id`). Four
        kinds exist (`activity_type`): after-payment gifts for new members
        (`NON_MEMBER_AFTERPAY`) or existing members (`MEMBER_AFTERPAY`), shown on the payment
        result page, and before-payment gifts in the card-opening component of a QR code or mini
        program (`NON_MEMBER_MINIPROGRAM`, `MEMBER_MINIPROGRAM`). The gifts are coupon batches
        (`stock_list`) the merchant created beforehand.

        - The activity may start at most a year ahead and last at most 90 days (official page).
        - The after-payment kinds use `pay_activity_setting`, the before-payment kinds
          `miniprogram_activity_setting`.
        - The answer is the new activity with its `activity_id`, status `CREATED` until it starts.
        - Not documented as idempotent. `out_request_no` is the merchant's request number and is
          echoed in every activity read; after a timeout or 5XX, list the card's activities of
          that type (`list_membercard_activities`) and look for the same `out_request_no` before
          creating again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012553030

        Operation: ``create_membercard_activity`` (POST /v3/marketing/membercard-activity/activities); function: ``api.membercard_activity.create_membercard_activity``.
        """
        from ..api.membercard_activity import create_membercard_activity as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def list_membercard_activities(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        activity_type: ListMembercardActivitiesActivityType,
        card_id: str | Unset = UNSET,
        activity_status: ListMembercardActivitiesActivityStatus | Unset = UNSET,
    ) -> MembercardActivityListResponse:
        """查询活动列表

        查询会员有礼活动列表 — pages through the merchant's member-gift activities of one kind
        (`activity_type`, required), optionally narrowed to one membership card and one status.
        Each entry is a full activity, including the `out_request_no` it was created with, so this
        is the lookup that settles an unclear `create_membercard_activity`. Read-only; safe to
        repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012553261

        Operation: ``list_membercard_activities`` (GET /v3/marketing/membercard-activity/activities); function: ``api.membercard_activity.list_membercard_activities``.
        """
        from ..api.membercard_activity import list_membercard_activities as _op

        return await self._invoker.call(
            _op.asyncio,
            limit=limit,
            offset=offset,
            activity_type=activity_type,
            card_id=card_id,
            activity_status=activity_status,
        )

    async def query_membercard_activity(self, activity_id: str) -> MembercardActivity:
        """查询活动详情

        查询会员有礼活动详情 — reads one member-gift activity by the `activity_id` that
        `create_membercard_activity` returned: its settings, gifts and current status. It is how an
        unclear `terminate_membercard_activity` is settled (status `TERMINATED`). Read-only; safe
        to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012553365

        Operation: ``query_membercard_activity`` (GET /v3/marketing/membercard-activity/activities/{activity_id}); function: ``api.membercard_activity.query_membercard_activity``.
        """
        from ..api.membercard_activity import query_membercard_activity as _op

        return await self._invoker.call(_op.asyncio, activity_id=activity_id)

    async def terminate_membercard_activity(self, activity_id: str) -> MembercardActivityTerminateResponse:
        """终止活动

        终止会员有礼活动 — ends an activity before its end time: it is no longer shown to users
        and its status becomes `TERMINATED`. The request has no body; the answer carries the
        termination time. Ending an activity cannot be undone.

        Not documented as idempotent. After a timeout or 5XX, read the activity with
        `query_membercard_activity`: if its status is already `TERMINATED` the call took effect.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012553381

        Operation: ``terminate_membercard_activity`` (POST /v3/marketing/membercard-activity/activities/{activity_id}/terminate); function: ``api.membercard_activity.terminate_membercard_activity``.
        """
        from ..api.membercard_activity import terminate_membercard_activity as _op

        return await self._invoker.call(_op.asyncio, activity_id=activity_id)


class MembercardActivityResourceWithRawResponse(SyncResource):
    """``membercard_activity`` (raw responses).

    会员卡∙会员有礼 — member-gift activities of a WeChat membership card (create an activity,
    list and read activities, terminate one). Paths under `/v3/marketing/membercard-activity/`.
    """

    __slots__ = ()

    def create_membercard_activity(
        self, *, body: MembercardActivityCreateRequest | Mapping[str, Any]
    ) -> Response[MembercardActivity]:
        """``create_membercard_activity`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建活动
        """
        from ..api.membercard_activity import create_membercard_activity as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def list_membercard_activities(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        activity_type: ListMembercardActivitiesActivityType,
        card_id: str | Unset = UNSET,
        activity_status: ListMembercardActivitiesActivityStatus | Unset = UNSET,
    ) -> Response[MembercardActivityListResponse]:
        """``list_membercard_activities`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询活动列表
        """
        from ..api.membercard_activity import list_membercard_activities as _op

        return self._invoker.call(
            _op.sync_detailed,
            limit=limit,
            offset=offset,
            activity_type=activity_type,
            card_id=card_id,
            activity_status=activity_status,
        )

    def query_membercard_activity(self, activity_id: str) -> Response[MembercardActivity]:
        """``query_membercard_activity`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询活动详情
        """
        from ..api.membercard_activity import query_membercard_activity as _op

        return self._invoker.call(_op.sync_detailed, activity_id=activity_id)

    def terminate_membercard_activity(self, activity_id: str) -> Response[MembercardActivityTerminateResponse]:
        """``terminate_membercard_activity`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        终止活动
        """
        from ..api.membercard_activity import terminate_membercard_activity as _op

        return self._invoker.call(_op.sync_detailed, activity_id=activity_id)


class AsyncMembercardActivityResourceWithRawResponse(AsyncResource):
    """``membercard_activity`` (async, raw responses).

    会员卡∙会员有礼 — member-gift activities of a WeChat membership card (create an activity,
    list and read activities, terminate one). Paths under `/v3/marketing/membercard-activity/`.
    """

    __slots__ = ()

    async def create_membercard_activity(
        self, *, body: MembercardActivityCreateRequest | Mapping[str, Any]
    ) -> Response[MembercardActivity]:
        """``create_membercard_activity`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建活动
        """
        from ..api.membercard_activity import create_membercard_activity as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def list_membercard_activities(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        activity_type: ListMembercardActivitiesActivityType,
        card_id: str | Unset = UNSET,
        activity_status: ListMembercardActivitiesActivityStatus | Unset = UNSET,
    ) -> Response[MembercardActivityListResponse]:
        """``list_membercard_activities`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询活动列表
        """
        from ..api.membercard_activity import list_membercard_activities as _op

        return await self._invoker.call(
            _op.asyncio_detailed,
            limit=limit,
            offset=offset,
            activity_type=activity_type,
            card_id=card_id,
            activity_status=activity_status,
        )

    async def query_membercard_activity(self, activity_id: str) -> Response[MembercardActivity]:
        """``query_membercard_activity`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询活动详情
        """
        from ..api.membercard_activity import query_membercard_activity as _op

        return await self._invoker.call(_op.asyncio_detailed, activity_id=activity_id)

    async def terminate_membercard_activity(self, activity_id: str) -> Response[MembercardActivityTerminateResponse]:
        """``terminate_membercard_activity`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        终止活动
        """
        from ..api.membercard_activity import terminate_membercard_activity as _op

        return await self._invoker.call(_op.asyncio_detailed, activity_id=activity_id)
