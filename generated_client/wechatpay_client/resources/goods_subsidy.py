# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``goods_subsidy`` tag: one method per operation of ``api/goods_subsidy/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.goods_subsidy_activity_list_response import GoodsSubsidyActivityListResponse
    from ..models.goods_subsidy_apply_request import GoodsSubsidyApplyRequest
    from ..models.goods_subsidy_apply_response import GoodsSubsidyApplyResponse
    from ..models.goods_subsidy_materials_create_request import GoodsSubsidyMaterialsCreateRequest
    from ..models.goods_subsidy_materials_response import GoodsSubsidyMaterialsResponse
    from ..models.goods_subsidy_qualification_request import GoodsSubsidyQualificationRequest
    from ..models.goods_subsidy_qualification_response import GoodsSubsidyQualificationResponse
    from ..models.goods_subsidy_representative_add_request import GoodsSubsidyRepresentativeAddRequest
    from ..models.goods_subsidy_representative_add_response import GoodsSubsidyRepresentativeAddResponse
    from ..models.goods_subsidy_representative_delete_request import GoodsSubsidyRepresentativeDeleteRequest
    from ..models.goods_subsidy_representative_delete_response import GoodsSubsidyRepresentativeDeleteResponse
    from ..models.goods_subsidy_representative_list_response import GoodsSubsidyRepresentativeListResponse
    from ..models.goods_subsidy_store import GoodsSubsidyStore
    from ..models.goods_subsidy_store_list_response import GoodsSubsidyStoreListResponse
    from ..models.goods_subsidy_stores_add_request import GoodsSubsidyStoresAddRequest
    from ..models.goods_subsidy_stores_add_response import GoodsSubsidyStoresAddResponse
    from ..models.goods_subsidy_stores_delete_request import GoodsSubsidyStoresDeleteRequest
    from ..models.goods_subsidy_stores_delete_response import GoodsSubsidyStoresDeleteResponse
    from ..types import Response


class GoodsSubsidyResource(SyncResource):
    """``goods_subsidy`` (typed results).

    品牌小店营销 — brand small-shop marketing: list brand add-on-purchase (加价购) activities by
    city, enrol stores and lock or unlock a user's qualification; manage a retail small-shop
    activity's business representatives, stores and material codes. Paths under
    `/v3/marketing/goods-subsidy-activity/`.
    """

    __slots__ = ()

    def add_goods_subsidy_representatives(
        self, activity_id: str, *, body: GoodsSubsidyRepresentativeAddRequest | Mapping[str, Any]
    ) -> GoodsSubsidyRepresentativeAddResponse:
        """添加零售小店活动业务代理

        添加零售小店活动业务代理 — adds business representatives (业务代理, identified by
        OpenID) to a retail small-shop activity. Only the merchant that created the activity,
        the brand's main merchant or the brand's operating merchant may call it.

        - `out_request_no` identifies this request and must be unique on the merchant's side
          (letters, digits, `|_*-`).
        - To keep changes in order, set `add_time` to the current time on every call.
        - Representatives that could not be added come back in
          `failed_representative_info_list`.
        - After an unclear outcome, list the activity's representatives with
          `list_goods_subsidy_representatives` before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384327

        Operation: ``add_goods_subsidy_representatives`` (PUT /v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative); function: ``api.goods_subsidy.add_goods_subsidy_representatives``.
        """
        from ..api.goods_subsidy import add_goods_subsidy_representatives as _op

        return self._invoker.call(_op.sync, activity_id=activity_id, body=body)

    def add_goods_subsidy_stores(
        self, brand_id: str, *, body: GoodsSubsidyStoresAddRequest | Mapping[str, Any]
    ) -> GoodsSubsidyStoresAddResponse:
        """添加小店活动门店

        添加小店活动门店 — adds stores (store code and name) to a brand's retail small-shop
        activity. Only the brand's main merchant or the brand's service provider may call it.

        - `out_request_no` must be unique on the merchant's side (letters, digits, `|_*-`);
          `add_time` is the time of the change (RFC 3339).
        - Stores that could not be added come back in `failed_stores`.
        - After an unclear outcome, check with `list_goods_subsidy_stores` (or
          `query_goods_subsidy_store` for one store) before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384359

        Operation: ``add_goods_subsidy_stores`` (POST /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores); function: ``api.goods_subsidy.add_goods_subsidy_stores``.
        """
        from ..api.goods_subsidy import add_goods_subsidy_stores as _op

        return self._invoker.call(_op.sync, brand_id=brand_id, body=body)

    def apply_goods_subsidy_activity(
        self, activity_id: str, *, body: GoodsSubsidyApplyRequest | Mapping[str, Any]
    ) -> GoodsSubsidyApplyResponse:
        """门店报名品牌加价购活动

        门店报名品牌加价购活动 — enrols one or more stores in a brand add-on-purchase activity.
        `caller_merchant_id` is the merchant making the call; each entry of `apply_infos`
        names the store (`store_id`), the merchant that receives the store's subsidy
        (`accounting_merchant_id`) and the store's own merchant ID, plus the goods' original
        price in fen (shown in the add-on-purchase mini-program plug-in).

        The answer splits the entries into `succeed_apply_infos` and `failed_apply_infos`
        (with `return_message`); a call can partly succeed. No lookup of enrolments is
        published, so an unclear outcome cannot be checked: resending enrols again or reports
        the stores as failed.

        Official doc: https://pay.weixin.qq.com/docs/merchant/products/retail-store/introduction.html

        Operation: ``apply_goods_subsidy_activity`` (POST /v3/marketing/goods-subsidy-activity/activity/{activity_id}/apply); function: ``api.goods_subsidy.apply_goods_subsidy_activity``.
        """
        from ..api.goods_subsidy import apply_goods_subsidy_activity as _op

        return self._invoker.call(_op.sync, activity_id=activity_id, body=body)

    def create_goods_subsidy_materials(
        self, brand_id: str, *, body: GoodsSubsidyMaterialsCreateRequest | Mapping[str, Any]
    ) -> GoodsSubsidyMaterialsResponse:
        """生成小店活动物料码

        生成小店活动物料码 — generates `material_num` material codes for a brand's retail
        small-shop activity; each code comes back with its ID and the link to turn into the
        activity's QR code. Only the brand's main merchant or the brand's service provider may
        call it.

        `out_request_no` must be unique on the merchant's side (letters, digits, `|_*-`). No
        lookup of generated codes is published, and a resend with a new `out_request_no`
        creates more codes.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384337

        Operation: ``create_goods_subsidy_materials`` (POST /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/materials); function: ``api.goods_subsidy.create_goods_subsidy_materials``.
        """
        from ..api.goods_subsidy import create_goods_subsidy_materials as _op

        return self._invoker.call(_op.sync, brand_id=brand_id, body=body)

    def delete_goods_subsidy_representatives(
        self, activity_id: str, *, body: GoodsSubsidyRepresentativeDeleteRequest | Mapping[str, Any]
    ) -> GoodsSubsidyRepresentativeDeleteResponse:
        """删除零售小店活动业务代理

        删除零售小店活动业务代理 — removes business representatives (by the OpenIDs used when
        they were added) from a retail small-shop activity. Same callers as
        `add_goods_subsidy_representatives`. Note the method: `DELETE` with a JSON body.

        - `out_request_no` must be unique on the merchant's side; set `delete_time` to the
          current time on every call.
        - Representatives that could not be removed come back in
          `failed_representative_info_list`.
        - After an unclear outcome, check with `list_goods_subsidy_representatives`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384344

        Operation: ``delete_goods_subsidy_representatives`` (DELETE /v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative); function: ``api.goods_subsidy.delete_goods_subsidy_representatives``.
        """
        from ..api.goods_subsidy import delete_goods_subsidy_representatives as _op

        return self._invoker.call(_op.sync, activity_id=activity_id, body=body)

    def delete_goods_subsidy_stores(
        self, brand_id: str, *, body: GoodsSubsidyStoresDeleteRequest | Mapping[str, Any]
    ) -> GoodsSubsidyStoresDeleteResponse:
        """删除小店活动门店

        删除小店活动门店 — removes stores from a brand's retail small-shop activity. Same
        callers as `add_goods_subsidy_stores`. Note the method: `DELETE` with a JSON body.

        - `out_request_no` must be unique on the merchant's side; `delete_time` is the time of
          the change (RFC 3339).
        - Stores that could not be removed come back in `failed_stores`.
        - After an unclear outcome, check with `list_goods_subsidy_stores`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384363

        Operation: ``delete_goods_subsidy_stores`` (DELETE /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores); function: ``api.goods_subsidy.delete_goods_subsidy_stores``.
        """
        from ..api.goods_subsidy import delete_goods_subsidy_stores as _op

        return self._invoker.call(_op.sync, brand_id=brand_id, body=body)

    def list_goods_subsidy_activities_by_area(
        self, *, city_id: str, offset: int, limit: int
    ) -> GoodsSubsidyActivityListResponse:
        """按区域查询品牌加价购活动

        按区域查询品牌加价购活动 — pages through the brand add-on-purchase activities that run in
        one city (`city_id`). Each entry names the activity, its brand and creating merchant,
        the enrolment and running periods, the goods on offer and the subsidy rules (per-item
        subsidy to the store and commission to the service provider, in fen; per-store and
        per-user quotas; the areas covered).

        These add-on-purchase APIs are meant for service providers that WeChat Pay has
        designated for the product, although the sources also list ordinary merchants as
        callers. `offset` counts from 0; `limit` is the page size. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/docs/merchant/products/retail-store/introduction.html

        Operation: ``list_goods_subsidy_activities_by_area`` (GET /v3/marketing/goods-subsidy-activity/activities); function: ``api.goods_subsidy.list_goods_subsidy_activities_by_area``.
        """
        from ..api.goods_subsidy import list_goods_subsidy_activities_by_area as _op

        return self._invoker.call(_op.sync, city_id=city_id, offset=offset, limit=limit)

    def list_goods_subsidy_representatives(
        self, activity_id: str, *, offset: int, limit: int
    ) -> GoodsSubsidyRepresentativeListResponse:
        """查询零售小店活动业务代理

        查询零售小店活动业务代理 — pages through the business representatives (OpenIDs) of a
        retail small-shop activity. Same callers as `add_goods_subsidy_representatives`.
        `offset` is the page number from 0; `limit` the page size (10 by default upstream,
        but both parameters are required).

        This is the lookup that settles an unclear outcome of
        `add_goods_subsidy_representatives` and `delete_goods_subsidy_representatives`.
        Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384347

        Operation: ``list_goods_subsidy_representatives`` (GET /v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representatives); function: ``api.goods_subsidy.list_goods_subsidy_representatives``.
        """
        from ..api.goods_subsidy import list_goods_subsidy_representatives as _op

        return self._invoker.call(_op.sync, activity_id=activity_id, offset=offset, limit=limit)

    def list_goods_subsidy_stores(self, brand_id: str, *, offset: int, limit: int) -> GoodsSubsidyStoreListResponse:
        """查询小店活动门店列表

        查询小店活动门店列表 — pages through the stores of a brand's retail small-shop activity.
        Same callers as `add_goods_subsidy_stores`. `offset` is the page number from 0;
        `limit` the page size (10 by default upstream, but both parameters are required).

        This is the lookup that settles an unclear outcome of `add_goods_subsidy_stores` and
        `delete_goods_subsidy_stores`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384355

        Operation: ``list_goods_subsidy_stores`` (GET /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores); function: ``api.goods_subsidy.list_goods_subsidy_stores``.
        """
        from ..api.goods_subsidy import list_goods_subsidy_stores as _op

        return self._invoker.call(_op.sync, brand_id=brand_id, offset=offset, limit=limit)

    def lock_goods_subsidy_qualification(
        self, *, body: GoodsSubsidyQualificationRequest | Mapping[str, Any]
    ) -> GoodsSubsidyQualificationResponse:
        """锁定品牌加价购活动资格

        锁定品牌加价购活动资格 — reserves a user's add-on-purchase qualifications for one order,
        so they cannot be used twice while the order is being paid. `order_information`
        identifies the order (payer OpenID, merchant order number, order total in fen, store
        and store merchant); `qualification_ids` lists the qualifications to reserve.

        The answer lists `succeed_qualification_ids` and `failed_qualification_ids`. If the
        order is not completed, release the reservation with
        `unlock_goods_subsidy_qualification`. No query of qualification state is published.

        Official doc: https://pay.weixin.qq.com/docs/merchant/products/retail-store/introduction.html

        Operation: ``lock_goods_subsidy_qualification`` (POST /v3/marketing/goods-subsidy-activity/qualification/lock); function: ``api.goods_subsidy.lock_goods_subsidy_qualification``.
        """
        from ..api.goods_subsidy import lock_goods_subsidy_qualification as _op

        return self._invoker.call(_op.sync, body=body)

    def query_goods_subsidy_store(self, brand_id: str, store_code: str) -> GoodsSubsidyStore:
        """查询小店活动门店详情

        查询小店活动门店详情 — reads one store of a brand's retail small-shop activity by its
        store code. Same callers as `add_goods_subsidy_stores`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384379

        Operation: ``query_goods_subsidy_store`` (GET /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores/{store_code}); function: ``api.goods_subsidy.query_goods_subsidy_store``.
        """
        from ..api.goods_subsidy import query_goods_subsidy_store as _op

        return self._invoker.call(_op.sync, brand_id=brand_id, store_code=store_code)

    def unlock_goods_subsidy_qualification(
        self, *, body: GoodsSubsidyQualificationRequest | Mapping[str, Any]
    ) -> GoodsSubsidyQualificationResponse:
        """解锁品牌加价购活动资格

        解锁品牌加价购活动资格 — releases add-on-purchase qualifications that
        `lock_goods_subsidy_qualification` reserved for an order (for example when the order
        is cancelled or unpaid), so the user can use them again. The body has the same shape
        as the lock request: the order and the qualification IDs.

        The answer lists `succeed_qualification_ids` and `failed_qualification_ids`. No query
        of qualification state is published.

        Official doc: https://pay.weixin.qq.com/docs/merchant/products/retail-store/introduction.html

        Operation: ``unlock_goods_subsidy_qualification`` (POST /v3/marketing/goods-subsidy-activity/qualification/unlock); function: ``api.goods_subsidy.unlock_goods_subsidy_qualification``.
        """
        from ..api.goods_subsidy import unlock_goods_subsidy_qualification as _op

        return self._invoker.call(_op.sync, body=body)


class AsyncGoodsSubsidyResource(AsyncResource):
    """``goods_subsidy`` (async, typed results).

    品牌小店营销 — brand small-shop marketing: list brand add-on-purchase (加价购) activities by
    city, enrol stores and lock or unlock a user's qualification; manage a retail small-shop
    activity's business representatives, stores and material codes. Paths under
    `/v3/marketing/goods-subsidy-activity/`.
    """

    __slots__ = ()

    async def add_goods_subsidy_representatives(
        self, activity_id: str, *, body: GoodsSubsidyRepresentativeAddRequest | Mapping[str, Any]
    ) -> GoodsSubsidyRepresentativeAddResponse:
        """添加零售小店活动业务代理

        添加零售小店活动业务代理 — adds business representatives (业务代理, identified by
        OpenID) to a retail small-shop activity. Only the merchant that created the activity,
        the brand's main merchant or the brand's operating merchant may call it.

        - `out_request_no` identifies this request and must be unique on the merchant's side
          (letters, digits, `|_*-`).
        - To keep changes in order, set `add_time` to the current time on every call.
        - Representatives that could not be added come back in
          `failed_representative_info_list`.
        - After an unclear outcome, list the activity's representatives with
          `list_goods_subsidy_representatives` before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384327

        Operation: ``add_goods_subsidy_representatives`` (PUT /v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative); function: ``api.goods_subsidy.add_goods_subsidy_representatives``.
        """
        from ..api.goods_subsidy import add_goods_subsidy_representatives as _op

        return await self._invoker.call(_op.asyncio, activity_id=activity_id, body=body)

    async def add_goods_subsidy_stores(
        self, brand_id: str, *, body: GoodsSubsidyStoresAddRequest | Mapping[str, Any]
    ) -> GoodsSubsidyStoresAddResponse:
        """添加小店活动门店

        添加小店活动门店 — adds stores (store code and name) to a brand's retail small-shop
        activity. Only the brand's main merchant or the brand's service provider may call it.

        - `out_request_no` must be unique on the merchant's side (letters, digits, `|_*-`);
          `add_time` is the time of the change (RFC 3339).
        - Stores that could not be added come back in `failed_stores`.
        - After an unclear outcome, check with `list_goods_subsidy_stores` (or
          `query_goods_subsidy_store` for one store) before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384359

        Operation: ``add_goods_subsidy_stores`` (POST /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores); function: ``api.goods_subsidy.add_goods_subsidy_stores``.
        """
        from ..api.goods_subsidy import add_goods_subsidy_stores as _op

        return await self._invoker.call(_op.asyncio, brand_id=brand_id, body=body)

    async def apply_goods_subsidy_activity(
        self, activity_id: str, *, body: GoodsSubsidyApplyRequest | Mapping[str, Any]
    ) -> GoodsSubsidyApplyResponse:
        """门店报名品牌加价购活动

        门店报名品牌加价购活动 — enrols one or more stores in a brand add-on-purchase activity.
        `caller_merchant_id` is the merchant making the call; each entry of `apply_infos`
        names the store (`store_id`), the merchant that receives the store's subsidy
        (`accounting_merchant_id`) and the store's own merchant ID, plus the goods' original
        price in fen (shown in the add-on-purchase mini-program plug-in).

        The answer splits the entries into `succeed_apply_infos` and `failed_apply_infos`
        (with `return_message`); a call can partly succeed. No lookup of enrolments is
        published, so an unclear outcome cannot be checked: resending enrols again or reports
        the stores as failed.

        Official doc: https://pay.weixin.qq.com/docs/merchant/products/retail-store/introduction.html

        Operation: ``apply_goods_subsidy_activity`` (POST /v3/marketing/goods-subsidy-activity/activity/{activity_id}/apply); function: ``api.goods_subsidy.apply_goods_subsidy_activity``.
        """
        from ..api.goods_subsidy import apply_goods_subsidy_activity as _op

        return await self._invoker.call(_op.asyncio, activity_id=activity_id, body=body)

    async def create_goods_subsidy_materials(
        self, brand_id: str, *, body: GoodsSubsidyMaterialsCreateRequest | Mapping[str, Any]
    ) -> GoodsSubsidyMaterialsResponse:
        """生成小店活动物料码

        生成小店活动物料码 — generates `material_num` material codes for a brand's retail
        small-shop activity; each code comes back with its ID and the link to turn into the
        activity's QR code. Only the brand's main merchant or the brand's service provider may
        call it.

        `out_request_no` must be unique on the merchant's side (letters, digits, `|_*-`). No
        lookup of generated codes is published, and a resend with a new `out_request_no`
        creates more codes.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384337

        Operation: ``create_goods_subsidy_materials`` (POST /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/materials); function: ``api.goods_subsidy.create_goods_subsidy_materials``.
        """
        from ..api.goods_subsidy import create_goods_subsidy_materials as _op

        return await self._invoker.call(_op.asyncio, brand_id=brand_id, body=body)

    async def delete_goods_subsidy_representatives(
        self, activity_id: str, *, body: GoodsSubsidyRepresentativeDeleteRequest | Mapping[str, Any]
    ) -> GoodsSubsidyRepresentativeDeleteResponse:
        """删除零售小店活动业务代理

        删除零售小店活动业务代理 — removes business representatives (by the OpenIDs used when
        they were added) from a retail small-shop activity. Same callers as
        `add_goods_subsidy_representatives`. Note the method: `DELETE` with a JSON body.

        - `out_request_no` must be unique on the merchant's side; set `delete_time` to the
          current time on every call.
        - Representatives that could not be removed come back in
          `failed_representative_info_list`.
        - After an unclear outcome, check with `list_goods_subsidy_representatives`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384344

        Operation: ``delete_goods_subsidy_representatives`` (DELETE /v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative); function: ``api.goods_subsidy.delete_goods_subsidy_representatives``.
        """
        from ..api.goods_subsidy import delete_goods_subsidy_representatives as _op

        return await self._invoker.call(_op.asyncio, activity_id=activity_id, body=body)

    async def delete_goods_subsidy_stores(
        self, brand_id: str, *, body: GoodsSubsidyStoresDeleteRequest | Mapping[str, Any]
    ) -> GoodsSubsidyStoresDeleteResponse:
        """删除小店活动门店

        删除小店活动门店 — removes stores from a brand's retail small-shop activity. Same
        callers as `add_goods_subsidy_stores`. Note the method: `DELETE` with a JSON body.

        - `out_request_no` must be unique on the merchant's side; `delete_time` is the time of
          the change (RFC 3339).
        - Stores that could not be removed come back in `failed_stores`.
        - After an unclear outcome, check with `list_goods_subsidy_stores`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384363

        Operation: ``delete_goods_subsidy_stores`` (DELETE /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores); function: ``api.goods_subsidy.delete_goods_subsidy_stores``.
        """
        from ..api.goods_subsidy import delete_goods_subsidy_stores as _op

        return await self._invoker.call(_op.asyncio, brand_id=brand_id, body=body)

    async def list_goods_subsidy_activities_by_area(
        self, *, city_id: str, offset: int, limit: int
    ) -> GoodsSubsidyActivityListResponse:
        """按区域查询品牌加价购活动

        按区域查询品牌加价购活动 — pages through the brand add-on-purchase activities that run in
        one city (`city_id`). Each entry names the activity, its brand and creating merchant,
        the enrolment and running periods, the goods on offer and the subsidy rules (per-item
        subsidy to the store and commission to the service provider, in fen; per-store and
        per-user quotas; the areas covered).

        These add-on-purchase APIs are meant for service providers that WeChat Pay has
        designated for the product, although the sources also list ordinary merchants as
        callers. `offset` counts from 0; `limit` is the page size. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/docs/merchant/products/retail-store/introduction.html

        Operation: ``list_goods_subsidy_activities_by_area`` (GET /v3/marketing/goods-subsidy-activity/activities); function: ``api.goods_subsidy.list_goods_subsidy_activities_by_area``.
        """
        from ..api.goods_subsidy import list_goods_subsidy_activities_by_area as _op

        return await self._invoker.call(_op.asyncio, city_id=city_id, offset=offset, limit=limit)

    async def list_goods_subsidy_representatives(
        self, activity_id: str, *, offset: int, limit: int
    ) -> GoodsSubsidyRepresentativeListResponse:
        """查询零售小店活动业务代理

        查询零售小店活动业务代理 — pages through the business representatives (OpenIDs) of a
        retail small-shop activity. Same callers as `add_goods_subsidy_representatives`.
        `offset` is the page number from 0; `limit` the page size (10 by default upstream,
        but both parameters are required).

        This is the lookup that settles an unclear outcome of
        `add_goods_subsidy_representatives` and `delete_goods_subsidy_representatives`.
        Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384347

        Operation: ``list_goods_subsidy_representatives`` (GET /v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representatives); function: ``api.goods_subsidy.list_goods_subsidy_representatives``.
        """
        from ..api.goods_subsidy import list_goods_subsidy_representatives as _op

        return await self._invoker.call(_op.asyncio, activity_id=activity_id, offset=offset, limit=limit)

    async def list_goods_subsidy_stores(
        self, brand_id: str, *, offset: int, limit: int
    ) -> GoodsSubsidyStoreListResponse:
        """查询小店活动门店列表

        查询小店活动门店列表 — pages through the stores of a brand's retail small-shop activity.
        Same callers as `add_goods_subsidy_stores`. `offset` is the page number from 0;
        `limit` the page size (10 by default upstream, but both parameters are required).

        This is the lookup that settles an unclear outcome of `add_goods_subsidy_stores` and
        `delete_goods_subsidy_stores`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384355

        Operation: ``list_goods_subsidy_stores`` (GET /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores); function: ``api.goods_subsidy.list_goods_subsidy_stores``.
        """
        from ..api.goods_subsidy import list_goods_subsidy_stores as _op

        return await self._invoker.call(_op.asyncio, brand_id=brand_id, offset=offset, limit=limit)

    async def lock_goods_subsidy_qualification(
        self, *, body: GoodsSubsidyQualificationRequest | Mapping[str, Any]
    ) -> GoodsSubsidyQualificationResponse:
        """锁定品牌加价购活动资格

        锁定品牌加价购活动资格 — reserves a user's add-on-purchase qualifications for one order,
        so they cannot be used twice while the order is being paid. `order_information`
        identifies the order (payer OpenID, merchant order number, order total in fen, store
        and store merchant); `qualification_ids` lists the qualifications to reserve.

        The answer lists `succeed_qualification_ids` and `failed_qualification_ids`. If the
        order is not completed, release the reservation with
        `unlock_goods_subsidy_qualification`. No query of qualification state is published.

        Official doc: https://pay.weixin.qq.com/docs/merchant/products/retail-store/introduction.html

        Operation: ``lock_goods_subsidy_qualification`` (POST /v3/marketing/goods-subsidy-activity/qualification/lock); function: ``api.goods_subsidy.lock_goods_subsidy_qualification``.
        """
        from ..api.goods_subsidy import lock_goods_subsidy_qualification as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def query_goods_subsidy_store(self, brand_id: str, store_code: str) -> GoodsSubsidyStore:
        """查询小店活动门店详情

        查询小店活动门店详情 — reads one store of a brand's retail small-shop activity by its
        store code. Same callers as `add_goods_subsidy_stores`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012384379

        Operation: ``query_goods_subsidy_store`` (GET /v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores/{store_code}); function: ``api.goods_subsidy.query_goods_subsidy_store``.
        """
        from ..api.goods_subsidy import query_goods_subsidy_store as _op

        return await self._invoker.call(_op.asyncio, brand_id=brand_id, store_code=store_code)

    async def unlock_goods_subsidy_qualification(
        self, *, body: GoodsSubsidyQualificationRequest | Mapping[str, Any]
    ) -> GoodsSubsidyQualificationResponse:
        """解锁品牌加价购活动资格

        解锁品牌加价购活动资格 — releases add-on-purchase qualifications that
        `lock_goods_subsidy_qualification` reserved for an order (for example when the order
        is cancelled or unpaid), so the user can use them again. The body has the same shape
        as the lock request: the order and the qualification IDs.

        The answer lists `succeed_qualification_ids` and `failed_qualification_ids`. No query
        of qualification state is published.

        Official doc: https://pay.weixin.qq.com/docs/merchant/products/retail-store/introduction.html

        Operation: ``unlock_goods_subsidy_qualification`` (POST /v3/marketing/goods-subsidy-activity/qualification/unlock); function: ``api.goods_subsidy.unlock_goods_subsidy_qualification``.
        """
        from ..api.goods_subsidy import unlock_goods_subsidy_qualification as _op

        return await self._invoker.call(_op.asyncio, body=body)


class GoodsSubsidyResourceWithRawResponse(SyncResource):
    """``goods_subsidy`` (raw responses).

    品牌小店营销 — brand small-shop marketing: list brand add-on-purchase (加价购) activities by
    city, enrol stores and lock or unlock a user's qualification; manage a retail small-shop
    activity's business representatives, stores and material codes. Paths under
    `/v3/marketing/goods-subsidy-activity/`.
    """

    __slots__ = ()

    def add_goods_subsidy_representatives(
        self, activity_id: str, *, body: GoodsSubsidyRepresentativeAddRequest | Mapping[str, Any]
    ) -> Response[GoodsSubsidyRepresentativeAddResponse]:
        """``add_goods_subsidy_representatives`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        添加零售小店活动业务代理
        """
        from ..api.goods_subsidy import add_goods_subsidy_representatives as _op

        return self._invoker.call(_op.sync_detailed, activity_id=activity_id, body=body)

    def add_goods_subsidy_stores(
        self, brand_id: str, *, body: GoodsSubsidyStoresAddRequest | Mapping[str, Any]
    ) -> Response[GoodsSubsidyStoresAddResponse]:
        """``add_goods_subsidy_stores`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        添加小店活动门店
        """
        from ..api.goods_subsidy import add_goods_subsidy_stores as _op

        return self._invoker.call(_op.sync_detailed, brand_id=brand_id, body=body)

    def apply_goods_subsidy_activity(
        self, activity_id: str, *, body: GoodsSubsidyApplyRequest | Mapping[str, Any]
    ) -> Response[GoodsSubsidyApplyResponse]:
        """``apply_goods_subsidy_activity`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        门店报名品牌加价购活动
        """
        from ..api.goods_subsidy import apply_goods_subsidy_activity as _op

        return self._invoker.call(_op.sync_detailed, activity_id=activity_id, body=body)

    def create_goods_subsidy_materials(
        self, brand_id: str, *, body: GoodsSubsidyMaterialsCreateRequest | Mapping[str, Any]
    ) -> Response[GoodsSubsidyMaterialsResponse]:
        """``create_goods_subsidy_materials`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        生成小店活动物料码
        """
        from ..api.goods_subsidy import create_goods_subsidy_materials as _op

        return self._invoker.call(_op.sync_detailed, brand_id=brand_id, body=body)

    def delete_goods_subsidy_representatives(
        self, activity_id: str, *, body: GoodsSubsidyRepresentativeDeleteRequest | Mapping[str, Any]
    ) -> Response[GoodsSubsidyRepresentativeDeleteResponse]:
        """``delete_goods_subsidy_representatives`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        删除零售小店活动业务代理
        """
        from ..api.goods_subsidy import delete_goods_subsidy_representatives as _op

        return self._invoker.call(_op.sync_detailed, activity_id=activity_id, body=body)

    def delete_goods_subsidy_stores(
        self, brand_id: str, *, body: GoodsSubsidyStoresDeleteRequest | Mapping[str, Any]
    ) -> Response[GoodsSubsidyStoresDeleteResponse]:
        """``delete_goods_subsidy_stores`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        删除小店活动门店
        """
        from ..api.goods_subsidy import delete_goods_subsidy_stores as _op

        return self._invoker.call(_op.sync_detailed, brand_id=brand_id, body=body)

    def list_goods_subsidy_activities_by_area(
        self, *, city_id: str, offset: int, limit: int
    ) -> Response[GoodsSubsidyActivityListResponse]:
        """``list_goods_subsidy_activities_by_area`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        按区域查询品牌加价购活动
        """
        from ..api.goods_subsidy import list_goods_subsidy_activities_by_area as _op

        return self._invoker.call(_op.sync_detailed, city_id=city_id, offset=offset, limit=limit)

    def list_goods_subsidy_representatives(
        self, activity_id: str, *, offset: int, limit: int
    ) -> Response[GoodsSubsidyRepresentativeListResponse]:
        """``list_goods_subsidy_representatives`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询零售小店活动业务代理
        """
        from ..api.goods_subsidy import list_goods_subsidy_representatives as _op

        return self._invoker.call(_op.sync_detailed, activity_id=activity_id, offset=offset, limit=limit)

    def list_goods_subsidy_stores(
        self, brand_id: str, *, offset: int, limit: int
    ) -> Response[GoodsSubsidyStoreListResponse]:
        """``list_goods_subsidy_stores`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询小店活动门店列表
        """
        from ..api.goods_subsidy import list_goods_subsidy_stores as _op

        return self._invoker.call(_op.sync_detailed, brand_id=brand_id, offset=offset, limit=limit)

    def lock_goods_subsidy_qualification(
        self, *, body: GoodsSubsidyQualificationRequest | Mapping[str, Any]
    ) -> Response[GoodsSubsidyQualificationResponse]:
        """``lock_goods_subsidy_qualification`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        锁定品牌加价购活动资格
        """
        from ..api.goods_subsidy import lock_goods_subsidy_qualification as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def query_goods_subsidy_store(self, brand_id: str, store_code: str) -> Response[GoodsSubsidyStore]:
        """``query_goods_subsidy_store`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询小店活动门店详情
        """
        from ..api.goods_subsidy import query_goods_subsidy_store as _op

        return self._invoker.call(_op.sync_detailed, brand_id=brand_id, store_code=store_code)

    def unlock_goods_subsidy_qualification(
        self, *, body: GoodsSubsidyQualificationRequest | Mapping[str, Any]
    ) -> Response[GoodsSubsidyQualificationResponse]:
        """``unlock_goods_subsidy_qualification`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        解锁品牌加价购活动资格
        """
        from ..api.goods_subsidy import unlock_goods_subsidy_qualification as _op

        return self._invoker.call(_op.sync_detailed, body=body)


class AsyncGoodsSubsidyResourceWithRawResponse(AsyncResource):
    """``goods_subsidy`` (async, raw responses).

    品牌小店营销 — brand small-shop marketing: list brand add-on-purchase (加价购) activities by
    city, enrol stores and lock or unlock a user's qualification; manage a retail small-shop
    activity's business representatives, stores and material codes. Paths under
    `/v3/marketing/goods-subsidy-activity/`.
    """

    __slots__ = ()

    async def add_goods_subsidy_representatives(
        self, activity_id: str, *, body: GoodsSubsidyRepresentativeAddRequest | Mapping[str, Any]
    ) -> Response[GoodsSubsidyRepresentativeAddResponse]:
        """``add_goods_subsidy_representatives`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        添加零售小店活动业务代理
        """
        from ..api.goods_subsidy import add_goods_subsidy_representatives as _op

        return await self._invoker.call(_op.asyncio_detailed, activity_id=activity_id, body=body)

    async def add_goods_subsidy_stores(
        self, brand_id: str, *, body: GoodsSubsidyStoresAddRequest | Mapping[str, Any]
    ) -> Response[GoodsSubsidyStoresAddResponse]:
        """``add_goods_subsidy_stores`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        添加小店活动门店
        """
        from ..api.goods_subsidy import add_goods_subsidy_stores as _op

        return await self._invoker.call(_op.asyncio_detailed, brand_id=brand_id, body=body)

    async def apply_goods_subsidy_activity(
        self, activity_id: str, *, body: GoodsSubsidyApplyRequest | Mapping[str, Any]
    ) -> Response[GoodsSubsidyApplyResponse]:
        """``apply_goods_subsidy_activity`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        门店报名品牌加价购活动
        """
        from ..api.goods_subsidy import apply_goods_subsidy_activity as _op

        return await self._invoker.call(_op.asyncio_detailed, activity_id=activity_id, body=body)

    async def create_goods_subsidy_materials(
        self, brand_id: str, *, body: GoodsSubsidyMaterialsCreateRequest | Mapping[str, Any]
    ) -> Response[GoodsSubsidyMaterialsResponse]:
        """``create_goods_subsidy_materials`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        生成小店活动物料码
        """
        from ..api.goods_subsidy import create_goods_subsidy_materials as _op

        return await self._invoker.call(_op.asyncio_detailed, brand_id=brand_id, body=body)

    async def delete_goods_subsidy_representatives(
        self, activity_id: str, *, body: GoodsSubsidyRepresentativeDeleteRequest | Mapping[str, Any]
    ) -> Response[GoodsSubsidyRepresentativeDeleteResponse]:
        """``delete_goods_subsidy_representatives`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        删除零售小店活动业务代理
        """
        from ..api.goods_subsidy import delete_goods_subsidy_representatives as _op

        return await self._invoker.call(_op.asyncio_detailed, activity_id=activity_id, body=body)

    async def delete_goods_subsidy_stores(
        self, brand_id: str, *, body: GoodsSubsidyStoresDeleteRequest | Mapping[str, Any]
    ) -> Response[GoodsSubsidyStoresDeleteResponse]:
        """``delete_goods_subsidy_stores`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        删除小店活动门店
        """
        from ..api.goods_subsidy import delete_goods_subsidy_stores as _op

        return await self._invoker.call(_op.asyncio_detailed, brand_id=brand_id, body=body)

    async def list_goods_subsidy_activities_by_area(
        self, *, city_id: str, offset: int, limit: int
    ) -> Response[GoodsSubsidyActivityListResponse]:
        """``list_goods_subsidy_activities_by_area`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        按区域查询品牌加价购活动
        """
        from ..api.goods_subsidy import list_goods_subsidy_activities_by_area as _op

        return await self._invoker.call(_op.asyncio_detailed, city_id=city_id, offset=offset, limit=limit)

    async def list_goods_subsidy_representatives(
        self, activity_id: str, *, offset: int, limit: int
    ) -> Response[GoodsSubsidyRepresentativeListResponse]:
        """``list_goods_subsidy_representatives`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询零售小店活动业务代理
        """
        from ..api.goods_subsidy import list_goods_subsidy_representatives as _op

        return await self._invoker.call(_op.asyncio_detailed, activity_id=activity_id, offset=offset, limit=limit)

    async def list_goods_subsidy_stores(
        self, brand_id: str, *, offset: int, limit: int
    ) -> Response[GoodsSubsidyStoreListResponse]:
        """``list_goods_subsidy_stores`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询小店活动门店列表
        """
        from ..api.goods_subsidy import list_goods_subsidy_stores as _op

        return await self._invoker.call(_op.asyncio_detailed, brand_id=brand_id, offset=offset, limit=limit)

    async def lock_goods_subsidy_qualification(
        self, *, body: GoodsSubsidyQualificationRequest | Mapping[str, Any]
    ) -> Response[GoodsSubsidyQualificationResponse]:
        """``lock_goods_subsidy_qualification`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        锁定品牌加价购活动资格
        """
        from ..api.goods_subsidy import lock_goods_subsidy_qualification as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def query_goods_subsidy_store(self, brand_id: str, store_code: str) -> Response[GoodsSubsidyStore]:
        """``query_goods_subsidy_store`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询小店活动门店详情
        """
        from ..api.goods_subsidy import query_goods_subsidy_store as _op

        return await self._invoker.call(_op.asyncio_detailed, brand_id=brand_id, store_code=store_code)

    async def unlock_goods_subsidy_qualification(
        self, *, body: GoodsSubsidyQualificationRequest | Mapping[str, Any]
    ) -> Response[GoodsSubsidyQualificationResponse]:
        """``unlock_goods_subsidy_qualification`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        解锁品牌加价购活动资格
        """
        from ..api.goods_subsidy import unlock_goods_subsidy_qualification as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)
