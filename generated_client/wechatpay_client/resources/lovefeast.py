# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``lovefeast`` tag: one method per operation of ``api/lovefeast/``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.lovefeast_brand import LovefeastBrand
    from ..models.lovefeast_order import LovefeastOrder
    from ..models.lovefeast_order_list_response import LovefeastOrderListResponse
    from ..types import Response, Unset


class LovefeastResource(SyncResource):
    """``lovefeast`` (typed results).

    爱心餐 — charity-meal programme (a brand's donation and meal totals, a user's donation
    orders). Paths under `/v3/lovefeast/`.
    """

    __slots__ = ()

    def list_lovefeast_user_orders(
        self, openid: str, brand_id: int, *, limit: int, offset: int | Unset = UNSET
    ) -> LovefeastOrderListResponse:
        """查询用户捐赠单列表

        查询用户捐赠单列表 — pages through the donation orders one user (`openid` under the
        merchant's AppID) made for one brand. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472863

        Operation: ``list_lovefeast_user_orders`` (GET /v3/lovefeast/users/{openid}/orders/brand-id/{brand_id}); function: ``api.lovefeast.list_lovefeast_user_orders``.
        """
        from ..api.lovefeast import list_lovefeast_user_orders as _op

        return self._invoker.call(_op.sync, openid=openid, brand_id=brand_id, limit=limit, offset=offset)

    def query_lovefeast_brand(self, brand_id: int) -> LovefeastBrand:
        """查询爱心餐品牌信息

        查询爱心餐品牌信息 — reads the charity-meal totals of a brand: how many donations its users
        made and, for participating brands, how many meals were served to sanitation workers.
        Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472863

        Operation: ``query_lovefeast_brand`` (GET /v3/lovefeast/brands/{brand_id}); function: ``api.lovefeast.query_lovefeast_brand``.
        """
        from ..api.lovefeast import query_lovefeast_brand as _op

        return self._invoker.call(_op.sync, brand_id=brand_id)

    def query_lovefeast_user_order(self, openid: str, out_trade_no: str) -> LovefeastOrder:
        """查询用户捐赠单详情

        查询用户捐赠单详情 — reads one donation order of a user by the merchant order number it
        was paid with. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472863

        Operation: ``query_lovefeast_user_order`` (GET /v3/lovefeast/users/{openid}/orders/out-trade-no/{out_trade_no}); function: ``api.lovefeast.query_lovefeast_user_order``.
        """
        from ..api.lovefeast import query_lovefeast_user_order as _op

        return self._invoker.call(_op.sync, openid=openid, out_trade_no=out_trade_no)


class AsyncLovefeastResource(AsyncResource):
    """``lovefeast`` (async, typed results).

    爱心餐 — charity-meal programme (a brand's donation and meal totals, a user's donation
    orders). Paths under `/v3/lovefeast/`.
    """

    __slots__ = ()

    async def list_lovefeast_user_orders(
        self, openid: str, brand_id: int, *, limit: int, offset: int | Unset = UNSET
    ) -> LovefeastOrderListResponse:
        """查询用户捐赠单列表

        查询用户捐赠单列表 — pages through the donation orders one user (`openid` under the
        merchant's AppID) made for one brand. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472863

        Operation: ``list_lovefeast_user_orders`` (GET /v3/lovefeast/users/{openid}/orders/brand-id/{brand_id}); function: ``api.lovefeast.list_lovefeast_user_orders``.
        """
        from ..api.lovefeast import list_lovefeast_user_orders as _op

        return await self._invoker.call(_op.asyncio, openid=openid, brand_id=brand_id, limit=limit, offset=offset)

    async def query_lovefeast_brand(self, brand_id: int) -> LovefeastBrand:
        """查询爱心餐品牌信息

        查询爱心餐品牌信息 — reads the charity-meal totals of a brand: how many donations its users
        made and, for participating brands, how many meals were served to sanitation workers.
        Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472863

        Operation: ``query_lovefeast_brand`` (GET /v3/lovefeast/brands/{brand_id}); function: ``api.lovefeast.query_lovefeast_brand``.
        """
        from ..api.lovefeast import query_lovefeast_brand as _op

        return await self._invoker.call(_op.asyncio, brand_id=brand_id)

    async def query_lovefeast_user_order(self, openid: str, out_trade_no: str) -> LovefeastOrder:
        """查询用户捐赠单详情

        查询用户捐赠单详情 — reads one donation order of a user by the merchant order number it
        was paid with. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472863

        Operation: ``query_lovefeast_user_order`` (GET /v3/lovefeast/users/{openid}/orders/out-trade-no/{out_trade_no}); function: ``api.lovefeast.query_lovefeast_user_order``.
        """
        from ..api.lovefeast import query_lovefeast_user_order as _op

        return await self._invoker.call(_op.asyncio, openid=openid, out_trade_no=out_trade_no)


class LovefeastResourceWithRawResponse(SyncResource):
    """``lovefeast`` (raw responses).

    爱心餐 — charity-meal programme (a brand's donation and meal totals, a user's donation
    orders). Paths under `/v3/lovefeast/`.
    """

    __slots__ = ()

    def list_lovefeast_user_orders(
        self, openid: str, brand_id: int, *, limit: int, offset: int | Unset = UNSET
    ) -> Response[LovefeastOrderListResponse]:
        """``list_lovefeast_user_orders`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询用户捐赠单列表
        """
        from ..api.lovefeast import list_lovefeast_user_orders as _op

        return self._invoker.call(_op.sync_detailed, openid=openid, brand_id=brand_id, limit=limit, offset=offset)

    def query_lovefeast_brand(self, brand_id: int) -> Response[LovefeastBrand]:
        """``query_lovefeast_brand`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询爱心餐品牌信息
        """
        from ..api.lovefeast import query_lovefeast_brand as _op

        return self._invoker.call(_op.sync_detailed, brand_id=brand_id)

    def query_lovefeast_user_order(self, openid: str, out_trade_no: str) -> Response[LovefeastOrder]:
        """``query_lovefeast_user_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询用户捐赠单详情
        """
        from ..api.lovefeast import query_lovefeast_user_order as _op

        return self._invoker.call(_op.sync_detailed, openid=openid, out_trade_no=out_trade_no)


class AsyncLovefeastResourceWithRawResponse(AsyncResource):
    """``lovefeast`` (async, raw responses).

    爱心餐 — charity-meal programme (a brand's donation and meal totals, a user's donation
    orders). Paths under `/v3/lovefeast/`.
    """

    __slots__ = ()

    async def list_lovefeast_user_orders(
        self, openid: str, brand_id: int, *, limit: int, offset: int | Unset = UNSET
    ) -> Response[LovefeastOrderListResponse]:
        """``list_lovefeast_user_orders`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询用户捐赠单列表
        """
        from ..api.lovefeast import list_lovefeast_user_orders as _op

        return await self._invoker.call(
            _op.asyncio_detailed, openid=openid, brand_id=brand_id, limit=limit, offset=offset
        )

    async def query_lovefeast_brand(self, brand_id: int) -> Response[LovefeastBrand]:
        """``query_lovefeast_brand`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询爱心餐品牌信息
        """
        from ..api.lovefeast import query_lovefeast_brand as _op

        return await self._invoker.call(_op.asyncio_detailed, brand_id=brand_id)

    async def query_lovefeast_user_order(self, openid: str, out_trade_no: str) -> Response[LovefeastOrder]:
        """``query_lovefeast_user_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询用户捐赠单详情
        """
        from ..api.lovefeast import query_lovefeast_user_order as _op

        return await self._invoker.call(_op.asyncio_detailed, openid=openid, out_trade_no=out_trade_no)
