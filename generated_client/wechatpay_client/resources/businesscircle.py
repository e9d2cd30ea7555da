# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``businesscircle`` tag: one method per operation of ``api/businesscircle/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.businesscircle_parking_sync_request import BusinesscircleParkingSyncRequest
    from ..models.businesscircle_points_sync_request import BusinesscirclePointsSyncRequest
    from ..models.businesscircle_user_authorization import BusinesscircleUserAuthorization
    from ..types import Response, Unset


class BusinesscircleResource(SyncResource):
    """``businesscircle`` (typed results).

    经营工具∙智慧商圈 — smart business circle (sync members' points and parking state, look up
    the points authorisation and pending points; callbacks `MALL_AUTH.ACTIVATE_CARD`,
    `MALL_TRANSACTION.SUCCESS`, `MALL_REFUND.SUCCESS`). Paths under `/v3/businesscircle/`.
    """

    __slots__ = ()

    def query_businesscircle_points_commit_status(
        self, openid: str, *, sub_mchid: str | Unset = UNSET, brandid: int, appid: str
    ) -> None:
        """商圈会员待积分状态查询

        商圈会员待积分状态查询 — checks whether a member who authorised the points service has
        payments in the mall today that still wait for a points claim, so the mall mini program
        can lead the member to the points plug-in to submit them. `brandid` is the caller's
        brand and `appid` must be bound to it. Note the underscore in `commit_status`.

        OA and IM document the success answer as `204` without a body; the spec follows them
        (the official page's answer section was not available). Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534994

        Operation: ``query_businesscircle_points_commit_status`` (GET /v3/businesscircle/users/{openid}/points/commit_status); function: ``api.businesscircle.query_businesscircle_points_commit_status``.
        """
        from ..api.businesscircle import query_businesscircle_points_commit_status as _op

        self._invoker.call(_op.sync_detailed, openid=openid, sub_mchid=sub_mchid, brandid=brandid, appid=appid)

    def query_businesscircle_user_authorization(
        self, openid: str, *, sub_mchid: str | Unset = UNSET, appid: str
    ) -> BusinesscircleUserAuthorization:
        """商圈会员积分服务授权查询

        商圈会员积分服务授权查询 — tells whether a customer (OpenID under the mall mini program's
        `appid`) has authorised the mall's pay-to-earn-points service, and when it was granted or
        withdrawn. Grants arrive as `MALL_AUTH.ACTIVATE_CARD` notifications (see
        `BusinesscircleAuthorizationNotificationResource`); this lookup gives the current state.
        The merchant must have the product enabled. Documented rate: 150 QPS. Read-only; safe to
        repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534848

        Operation: ``query_businesscircle_user_authorization`` (GET /v3/businesscircle/user-authorizations/{openid}); function: ``api.businesscircle.query_businesscircle_user_authorization``.
        """
        from ..api.businesscircle import query_businesscircle_user_authorization as _op

        return self._invoker.call(_op.sync, openid=openid, sub_mchid=sub_mchid, appid=appid)

    def sync_businesscircle_parking_state(self, *, body: BusinesscircleParkingSyncRequest | Mapping[str, Any]) -> None:
        """商圈会员停车状态同步

        商圈会员停车状态同步 — tells WeChat Pay that a member's car entered (`IN`) or left (`OUT`)
        the mall's car park, with the time. WeChat Pay uses presence on site to award member
        points automatically for payments in the mall's shops. The caller must be the brand's
        main merchant (`brandid`), and `appid` must be bound to that brand. Success has no body
        (`204`).

        No API reads a parking state back. The call reports the latest state; after a timeout or
        5XX, send the same state and time again rather than a different one.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535502

        Operation: ``sync_businesscircle_parking_state`` (POST /v3/businesscircle/parkings); function: ``api.businesscircle.sync_businesscircle_parking_state``.
        """
        from ..api.businesscircle import sync_businesscircle_parking_state as _op

        self._invoker.call(_op.sync_detailed, body=body)

    def sync_businesscircle_points(self, *, body: BusinesscirclePointsSyncRequest | Mapping[str, Any]) -> None:
        """商圈会员积分同步

        商圈会员积分同步 — answers a `MALL_TRANSACTION.SUCCESS` payment notification (see
        `BusinesscircleTransactionNotificationResource`): tells WeChat Pay whether the member
        earned points for that payment (`transaction_id`), how many, and optionally the new
        balance, or why no points were given. Only payments synced this way are watched for
        refunds, which then arrive as `MALL_REFUND.SUCCESS`. Success has no body (`204`).

        No API reads the synced points back. After a timeout or 5XX, send the same data for the
        same `transaction_id` again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534698

        Operation: ``sync_businesscircle_points`` (POST /v3/businesscircle/points/notify); function: ``api.businesscircle.sync_businesscircle_points``.
        """
        from ..api.businesscircle import sync_businesscircle_points as _op

        self._invoker.call(_op.sync_detailed, body=body)


class AsyncBusinesscircleResource(AsyncResource):
    """``businesscircle`` (async, typed results).

    经营工具∙智慧商圈 — smart business circle (sync members' points and parking state, look up
    the points authorisation and pending points; callbacks `MALL_AUTH.ACTIVATE_CARD`,
    `MALL_TRANSACTION.SUCCESS`, `MALL_REFUND.SUCCESS`). Paths under `/v3/businesscircle/`.
    """

    __slots__ = ()

    async def query_businesscircle_points_commit_status(
        self, openid: str, *, sub_mchid: str | Unset = UNSET, brandid: int, appid: str
    ) -> None:
        """商圈会员待积分状态查询

        商圈会员待积分状态查询 — checks whether a member who authorised the points service has
        payments in the mall today that still wait for a points claim, so the mall mini program
        can lead the member to the points plug-in to submit them. `brandid` is the caller's
        brand and `appid` must be bound to it. Note the underscore in `commit_status`.

        OA and IM document the success answer as `204` without a body; the spec follows them
        (the official page's answer section was not available). Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534994

        Operation: ``query_businesscircle_points_commit_status`` (GET /v3/businesscircle/users/{openid}/points/commit_status); function: ``api.businesscircle.query_businesscircle_points_commit_status``.
        """
        from ..api.businesscircle import query_businesscircle_points_commit_status as _op

        await self._invoker.call(_op.asyncio_detailed, openid=openid, sub_mchid=sub_mchid, brandid=brandid, appid=appid)

    async def query_businesscircle_user_authorization(
        self, openid: str, *, sub_mchid: str | Unset = UNSET, appid: str
    ) -> BusinesscircleUserAuthorization:
        """商圈会员积分服务授权查询

        商圈会员积分服务授权查询 — tells whether a customer (OpenID under the mall mini program's
        `appid`) has authorised the mall's pay-to-earn-points service, and when it was granted or
        withdrawn. Grants arrive as `MALL_AUTH.ACTIVATE_CARD` notifications (see
        `BusinesscircleAuthorizationNotificationResource`); this lookup gives the current state.
        The merchant must have the product enabled. Documented rate: 150 QPS. Read-only; safe to
        repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534848

        Operation: ``query_businesscircle_user_authorization`` (GET /v3/businesscircle/user-authorizations/{openid}); function: ``api.businesscircle.query_businesscircle_user_authorization``.
        """
        from ..api.businesscircle import query_businesscircle_user_authorization as _op

        return await self._invoker.call(_op.asyncio, openid=openid, sub_mchid=sub_mchid, appid=appid)

    async def sync_businesscircle_parking_state(
        self, *, body: BusinesscircleParkingSyncRequest | Mapping[str, Any]
    ) -> None:
        """商圈会员停车状态同步

        商圈会员停车状态同步 — tells WeChat Pay that a member's car entered (`IN`) or left (`OUT`)
        the mall's car park, with the time. WeChat Pay uses presence on site to award member
        points automatically for payments in the mall's shops. The caller must be the brand's
        main merchant (`brandid`), and `appid` must be bound to that brand. Success has no body
        (`204`).

        No API reads a parking state back. The call reports the latest state; after a timeout or
        5XX, send the same state and time again rather than a different one.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535502

        Operation: ``sync_businesscircle_parking_state`` (POST /v3/businesscircle/parkings); function: ``api.businesscircle.sync_businesscircle_parking_state``.
        """
        from ..api.businesscircle import sync_businesscircle_parking_state as _op

        await self._invoker.call(_op.asyncio_detailed, body=body)

    async def sync_businesscircle_points(self, *, body: BusinesscirclePointsSyncRequest | Mapping[str, Any]) -> None:
        """商圈会员积分同步

        商圈会员积分同步 — answers a `MALL_TRANSACTION.SUCCESS` payment notification (see
        `BusinesscircleTransactionNotificationResource`): tells WeChat Pay whether the member
        earned points for that payment (`transaction_id`), how many, and optionally the new
        balance, or why no points were given. Only payments synced this way are watched for
        refunds, which then arrive as `MALL_REFUND.SUCCESS`. Success has no body (`204`).

        No API reads the synced points back. After a timeout or 5XX, send the same data for the
        same `transaction_id` again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534698

        Operation: ``sync_businesscircle_points`` (POST /v3/businesscircle/points/notify); function: ``api.businesscircle.sync_businesscircle_points``.
        """
        from ..api.businesscircle import sync_businesscircle_points as _op

        await self._invoker.call(_op.asyncio_detailed, body=body)


class BusinesscircleResourceWithRawResponse(SyncResource):
    """``businesscircle`` (raw responses).

    经营工具∙智慧商圈 — smart business circle (sync members' points and parking state, look up
    the points authorisation and pending points; callbacks `MALL_AUTH.ACTIVATE_CARD`,
    `MALL_TRANSACTION.SUCCESS`, `MALL_REFUND.SUCCESS`). Paths under `/v3/businesscircle/`.
    """

    __slots__ = ()

    def query_businesscircle_points_commit_status(
        self, openid: str, *, sub_mchid: str | Unset = UNSET, brandid: int, appid: str
    ) -> Response[None]:
        """``query_businesscircle_points_commit_status`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商圈会员待积分状态查询
        """
        from ..api.businesscircle import query_businesscircle_points_commit_status as _op

        return self._invoker.call(_op.sync_detailed, openid=openid, sub_mchid=sub_mchid, brandid=brandid, appid=appid)

    def query_businesscircle_user_authorization(
        self, openid: str, *, sub_mchid: str | Unset = UNSET, appid: str
    ) -> Response[BusinesscircleUserAuthorization]:
        """``query_businesscircle_user_authorization`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商圈会员积分服务授权查询
        """
        from ..api.businesscircle import query_businesscircle_user_authorization as _op

        return self._invoker.call(_op.sync_detailed, openid=openid, sub_mchid=sub_mchid, appid=appid)

    def sync_businesscircle_parking_state(
        self, *, body: BusinesscircleParkingSyncRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``sync_businesscircle_parking_state`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商圈会员停车状态同步
        """
        from ..api.businesscircle import sync_businesscircle_parking_state as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def sync_businesscircle_points(
        self, *, body: BusinesscirclePointsSyncRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``sync_businesscircle_points`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商圈会员积分同步
        """
        from ..api.businesscircle import sync_businesscircle_points as _op

        return self._invoker.call(_op.sync_detailed, body=body)


class AsyncBusinesscircleResourceWithRawResponse(AsyncResource):
    """``businesscircle`` (async, raw responses).

    经营工具∙智慧商圈 — smart business circle (sync members' points and parking state, look up
    the points authorisation and pending points; callbacks `MALL_AUTH.ACTIVATE_CARD`,
    `MALL_TRANSACTION.SUCCESS`, `MALL_REFUND.SUCCESS`). Paths under `/v3/businesscircle/`.
    """

    __slots__ = ()

    async def query_businesscircle_points_commit_status(
        self, openid: str, *, sub_mchid: str | Unset = UNSET, brandid: int, appid: str
    ) -> Response[None]:
        """``query_businesscircle_points_commit_status`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商圈会员待积分状态查询
        """
        from ..api.businesscircle import query_businesscircle_points_commit_status as _op

        return await self._invoker.call(
            _op.asyncio_detailed, openid=openid, sub_mchid=sub_mchid, brandid=brandid, appid=appid
        )

    async def query_businesscircle_user_authorization(
        self, openid: str, *, sub_mchid: str | Unset = UNSET, appid: str
    ) -> Response[BusinesscircleUserAuthorization]:
        """``query_businesscircle_user_authorization`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商圈会员积分服务授权查询
        """
        from ..api.businesscircle import query_businesscircle_user_authorization as _op

        return await self._invoker.call(_op.asyncio_detailed, openid=openid, sub_mchid=sub_mchid, appid=appid)

    async def sync_businesscircle_parking_state(
        self, *, body: BusinesscircleParkingSyncRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``sync_businesscircle_parking_state`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商圈会员停车状态同步
        """
        from ..api.businesscircle import sync_businesscircle_parking_state as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def sync_businesscircle_points(
        self, *, body: BusinesscirclePointsSyncRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``sync_businesscircle_points`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商圈会员积分同步
        """
        from ..api.businesscircle import sync_businesscircle_points as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)
