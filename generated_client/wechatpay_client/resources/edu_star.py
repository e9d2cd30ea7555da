# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``edu_star`` tag: one method per operation of ``api/edu_star/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.edu_star_order import EduStarOrder
    from ..models.edu_star_order_create_request import EduStarOrderCreateRequest
    from ..models.edu_star_order_list_response import EduStarOrderListResponse
    from ..models.edu_star_user import EduStarUser
    from ..types import Response, Unset


class EduStarResource(SyncResource):
    """``edu_star`` (typed results).

    学生卡身份权益 — 集星光 student identity benefits (look a user's student status up by OpenID
    or QQ account, record and list benefit redemptions). Paths under `/v3/edu-star/`.
    """

    __slots__ = ()

    def create_edu_star_order(self, *, body: EduStarOrderCreateRequest | Mapping[str, Any]) -> EduStarOrder:
        """创建核销订单

        创建核销订单 — records that a user used a student benefit (`right_id`) with the partner
        merchant, so that the 集星光 mini program shows the benefit as used. Identify the user by
        `wechat_openid` (under `appid`) or by `qq`.

        - Call it once the user's top-up or purchase is complete, and make sure a definite answer
          arrives: the docs ask partners to retry failed calls after a pause, otherwise the user
          sees a wrong benefit status in the mini program.
        - Not documented as idempotent. After a timeout or 5XX, list the user's redemption orders
          (`list_edu_star_orders`) and look for this `right_id` and `create_time` before sending
          again.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png

        Operation: ``create_edu_star_order`` (POST /v3/edu-star/orders); function: ``api.edu_star.create_edu_star_order``.
        """
        from ..api.edu_star import create_edu_star_order as _op

        return self._invoker.call(_op.sync, body=body)

    def list_edu_star_orders(
        self,
        *,
        appid: str,
        wechat_openid: str | Unset = UNSET,
        qq: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> EduStarOrderListResponse:
        """通过QQ账号查询核销订单列表

        查询核销订单列表 — pages through the redemption orders of one user, identified by
        `wechat_openid` (under `appid`) or by `qq` (the official name says "by QQ account", but
        both identifiers are accepted). It is the lookup that settles an unclear
        `create_edu_star_order`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png

        Operation: ``list_edu_star_orders`` (GET /v3/edu-star/orders); function: ``api.edu_star.list_edu_star_orders``.
        """
        from ..api.edu_star import list_edu_star_orders as _op

        return self._invoker.call(_op.sync, appid=appid, wechat_openid=wechat_openid, qq=qq, offset=offset, limit=limit)

    def query_edu_star_user_by_openid(self, wechat_openid: str, *, appid: str) -> EduStarUser:
        """通过微信用户标识查询用户信息

        通过微信用户标识查询用户信息 — reads the 集星光 profile of a user by OpenID (under
        `appid`); `education_star_student` tells whether the user is a verified student, so the
        partner can decide whether to grant a student benefit. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png

        Operation: ``query_edu_star_user_by_openid`` (GET /v3/edu-star/users/openid/{wechat_openid}); function: ``api.edu_star.query_edu_star_user_by_openid``.
        """
        from ..api.edu_star import query_edu_star_user_by_openid as _op

        return self._invoker.call(_op.sync, wechat_openid=wechat_openid, appid=appid)

    def query_edu_star_user_by_qq(self, qq: str, *, appid: str) -> EduStarUser:
        """通过QQ账号查询用户信息

        通过QQ账号查询用户信息 — reads the 集星光 profile of a user by QQ account;
        `education_star_student` tells whether the user is a verified student. Read-only; safe to
        repeat.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png

        Operation: ``query_edu_star_user_by_qq`` (GET /v3/edu-star/users/qq/{qq}); function: ``api.edu_star.query_edu_star_user_by_qq``.
        """
        from ..api.edu_star import query_edu_star_user_by_qq as _op

        return self._invoker.call(_op.sync, qq=qq, appid=appid)


class AsyncEduStarResource(AsyncResource):
    """``edu_star`` (async, typed results).

    学生卡身份权益 — 集星光 student identity benefits (look a user's student status up by OpenID
    or QQ account, record and list benefit redemptions). Paths under `/v3/edu-star/`.
    """

    __slots__ = ()

    async def create_edu_star_order(self, *, body: EduStarOrderCreateRequest | Mapping[str, Any]) -> EduStarOrder:
        """创建核销订单

        创建核销订单 — records that a user used a student benefit (`right_id`) with the partner
        merchant, so that the 集星光 mini program shows the benefit as used. Identify the user by
        `wechat_openid` (under `appid`) or by `qq`.

        - Call it once the user's top-up or purchase is complete, and make sure a definite answer
          arrives: the docs ask partners to retry failed calls after a pause, otherwise the user
          sees a wrong benefit status in the mini program.
        - Not documented as idempotent. After a timeout or 5XX, list the user's redemption orders
          (`list_edu_star_orders`) and look for this `right_id` and `create_time` before sending
          again.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png

        Operation: ``create_edu_star_order`` (POST /v3/edu-star/orders); function: ``api.edu_star.create_edu_star_order``.
        """
        from ..api.edu_star import create_edu_star_order as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def list_edu_star_orders(
        self,
        *,
        appid: str,
        wechat_openid: str | Unset = UNSET,
        qq: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> EduStarOrderListResponse:
        """通过QQ账号查询核销订单列表

        查询核销订单列表 — pages through the redemption orders of one user, identified by
        `wechat_openid` (under `appid`) or by `qq` (the official name says "by QQ account", but
        both identifiers are accepted). It is the lookup that settles an unclear
        `create_edu_star_order`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png

        Operation: ``list_edu_star_orders`` (GET /v3/edu-star/orders); function: ``api.edu_star.list_edu_star_orders``.
        """
        from ..api.edu_star import list_edu_star_orders as _op

        return await self._invoker.call(
            _op.asyncio, appid=appid, wechat_openid=wechat_openid, qq=qq, offset=offset, limit=limit
        )

    async def query_edu_star_user_by_openid(self, wechat_openid: str, *, appid: str) -> EduStarUser:
        """通过微信用户标识查询用户信息

        通过微信用户标识查询用户信息 — reads the 集星光 profile of a user by OpenID (under
        `appid`); `education_star_student` tells whether the user is a verified student, so the
        partner can decide whether to grant a student benefit. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png

        Operation: ``query_edu_star_user_by_openid`` (GET /v3/edu-star/users/openid/{wechat_openid}); function: ``api.edu_star.query_edu_star_user_by_openid``.
        """
        from ..api.edu_star import query_edu_star_user_by_openid as _op

        return await self._invoker.call(_op.asyncio, wechat_openid=wechat_openid, appid=appid)

    async def query_edu_star_user_by_qq(self, qq: str, *, appid: str) -> EduStarUser:
        """通过QQ账号查询用户信息

        通过QQ账号查询用户信息 — reads the 集星光 profile of a user by QQ account;
        `education_star_student` tells whether the user is a verified student. Read-only; safe to
        repeat.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png

        Operation: ``query_edu_star_user_by_qq`` (GET /v3/edu-star/users/qq/{qq}); function: ``api.edu_star.query_edu_star_user_by_qq``.
        """
        from ..api.edu_star import query_edu_star_user_by_qq as _op

        return await self._invoker.call(_op.asyncio, qq=qq, appid=appid)


class EduStarResourceWithRawResponse(SyncResource):
    """``edu_star`` (raw responses).

    学生卡身份权益 — 集星光 student identity benefits (look a user's student status up by OpenID
    or QQ account, record and list benefit redemptions). Paths under `/v3/edu-star/`.
    """

    __slots__ = ()

    def create_edu_star_order(self, *, body: EduStarOrderCreateRequest | Mapping[str, Any]) -> Response[EduStarOrder]:
        """``create_edu_star_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建核销订单
        """
        from ..api.edu_star import create_edu_star_order as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def list_edu_star_orders(
        self,
        *,
        appid: str,
        wechat_openid: str | Unset = UNSET,
        qq: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> Response[EduStarOrderListResponse]:
        """``list_edu_star_orders`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        通过QQ账号查询核销订单列表
        """
        from ..api.edu_star import list_edu_star_orders as _op

        return self._invoker.call(
            _op.sync_detailed, appid=appid, wechat_openid=wechat_openid, qq=qq, offset=offset, limit=limit
        )

    def query_edu_star_user_by_openid(self, wechat_openid: str, *, appid: str) -> Response[EduStarUser]:
        """``query_edu_star_user_by_openid`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        通过微信用户标识查询用户信息
        """
        from ..api.edu_star import query_edu_star_user_by_openid as _op

        return self._invoker.call(_op.sync_detailed, wechat_openid=wechat_openid, appid=appid)

    def query_edu_star_user_by_qq(self, qq: str, *, appid: str) -> Response[EduStarUser]:
        """``query_edu_star_user_by_qq`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        通过QQ账号查询用户信息
        """
        from ..api.edu_star import query_edu_star_user_by_qq as _op

        return self._invoker.call(_op.sync_detailed, qq=qq, appid=appid)


class AsyncEduStarResourceWithRawResponse(AsyncResource):
    """``edu_star`` (async, raw responses).

    学生卡身份权益 — 集星光 student identity benefits (look a user's student status up by OpenID
    or QQ account, record and list benefit redemptions). Paths under `/v3/edu-star/`.
    """

    __slots__ = ()

    async def create_edu_star_order(
        self, *, body: EduStarOrderCreateRequest | Mapping[str, Any]
    ) -> Response[EduStarOrder]:
        """``create_edu_star_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建核销订单
        """
        from ..api.edu_star import create_edu_star_order as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def list_edu_star_orders(
        self,
        *,
        appid: str,
        wechat_openid: str | Unset = UNSET,
        qq: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> Response[EduStarOrderListResponse]:
        """``list_edu_star_orders`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        通过QQ账号查询核销订单列表
        """
        from ..api.edu_star import list_edu_star_orders as _op

        return await self._invoker.call(
            _op.asyncio_detailed, appid=appid, wechat_openid=wechat_openid, qq=qq, offset=offset, limit=limit
        )

    async def query_edu_star_user_by_openid(self, wechat_openid: str, *, appid: str) -> Response[EduStarUser]:
        """``query_edu_star_user_by_openid`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        通过微信用户标识查询用户信息
        """
        from ..api.edu_star import query_edu_star_user_by_openid as _op

        return await self._invoker.call(_op.asyncio_detailed, wechat_openid=wechat_openid, appid=appid)

    async def query_edu_star_user_by_qq(self, qq: str, *, appid: str) -> Response[EduStarUser]:
        """``query_edu_star_user_by_qq`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        通过QQ账号查询用户信息
        """
        from ..api.edu_star import query_edu_star_user_by_qq as _op

        return await self._invoker.call(_op.asyncio_detailed, qq=qq, appid=appid)
