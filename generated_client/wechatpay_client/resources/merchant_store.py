# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``merchant_store`` tag: one method per operation of ``api/merchant_store/``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.merchant_store import MerchantStore
    from ..types import Response, Unset


class MerchantStoreResource(SyncResource):
    """``merchant_store`` (typed results).

    经营工具∙连锁品牌∙门店 — brand stores (read a store registered with WeChat Pay). Path
    `/v3/merchant-store/stores/{store_id}`.
    """

    __slots__ = ()

    def query_merchant_store(self, store_id: int, *, sub_mchid: str | Unset = UNSET) -> MerchantStore:
        """查询品牌门店

        查询品牌门店 — reads one brand store by the store ID WeChat Pay assigned to it: basic data
        (reference number, brand, name, branch), address and coordinates, phone and opening hours,
        the merchant ID that receives its payments, and its review status (with the reason when
        the address check failed). Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014085769

        Operation: ``query_merchant_store`` (GET /v3/merchant-store/stores/{store_id}); function: ``api.merchant_store.query_merchant_store``.
        """
        from ..api.merchant_store import query_merchant_store as _op

        return self._invoker.call(_op.sync, store_id=store_id, sub_mchid=sub_mchid)


class AsyncMerchantStoreResource(AsyncResource):
    """``merchant_store`` (async, typed results).

    经营工具∙连锁品牌∙门店 — brand stores (read a store registered with WeChat Pay). Path
    `/v3/merchant-store/stores/{store_id}`.
    """

    __slots__ = ()

    async def query_merchant_store(self, store_id: int, *, sub_mchid: str | Unset = UNSET) -> MerchantStore:
        """查询品牌门店

        查询品牌门店 — reads one brand store by the store ID WeChat Pay assigned to it: basic data
        (reference number, brand, name, branch), address and coordinates, phone and opening hours,
        the merchant ID that receives its payments, and its review status (with the reason when
        the address check failed). Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014085769

        Operation: ``query_merchant_store`` (GET /v3/merchant-store/stores/{store_id}); function: ``api.merchant_store.query_merchant_store``.
        """
        from ..api.merchant_store import query_merchant_store as _op

        return await self._invoker.call(_op.asyncio, store_id=store_id, sub_mchid=sub_mchid)


class MerchantStoreResourceWithRawResponse(SyncResource):
    """``merchant_store`` (raw responses).

    经营工具∙连锁品牌∙门店 — brand stores (read a store registered with WeChat Pay). Path
    `/v3/merchant-store/stores/{store_id}`.
    """

    __slots__ = ()

    def query_merchant_store(self, store_id: int, *, sub_mchid: str | Unset = UNSET) -> Response[MerchantStore]:
        """``query_merchant_store`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询品牌门店
        """
        from ..api.merchant_store import query_merchant_store as _op

        return self._invoker.call(_op.sync_detailed, store_id=store_id, sub_mchid=sub_mchid)


class AsyncMerchantStoreResourceWithRawResponse(AsyncResource):
    """``merchant_store`` (async, raw responses).

    经营工具∙连锁品牌∙门店 — brand stores (read a store registered with WeChat Pay). Path
    `/v3/merchant-store/stores/{store_id}`.
    """

    __slots__ = ()

    async def query_merchant_store(self, store_id: int, *, sub_mchid: str | Unset = UNSET) -> Response[MerchantStore]:
        """``query_merchant_store`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询品牌门店
        """
        from ..api.merchant_store import query_merchant_store as _op

        return await self._invoker.call(_op.asyncio_detailed, store_id=store_id, sub_mchid=sub_mchid)
