# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``marketing_partnerships`` tag: one method per operation of ``api/marketing_partnerships/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.marketing_partnership_build_request import MarketingPartnershipBuildRequest
    from ..models.marketing_partnership_build_response import MarketingPartnershipBuildResponse
    from ..models.marketing_partnership_list_response import MarketingPartnershipListResponse
    from ..models.marketing_partnership_terminate_request import MarketingPartnershipTerminateRequest
    from ..models.marketing_partnership_terminate_response import MarketingPartnershipTerminateResponse
    from ..types import Response, Unset


class MarketingPartnershipsResource(SyncResource):
    """``marketing_partnerships`` (typed results).

    运营工具∙委托营销 — delegated marketing (authorise another merchant or an AppID to use a
    coupon batch, end the authorisation, list the partnerships). Paths under
    `/v3/marketing/partnerships`.
    """

    __slots__ = ()

    def build_marketing_partnership(
        self, *, body: MarketingPartnershipBuildRequest | Mapping[str, Any], idempotency_key: str
    ) -> MarketingPartnershipBuildResponse:
        """建立合作关系

        建立合作关系 — authorises a partner to use one of the merchant's marketing resources: a
        代金券 batch (`FAVOR_STOCK`) or a 商家券 batch (`BUSIFAVOR_STOCK`), given to another
        merchant (`type: MERCHANT` with `merchant_id`) or to a mini program / official account
        (`type: APPID` with `appid`). The answer is the relation with `state: ESTABLISHED`.

        - `Idempotency-Key` (header, required) is the merchant's own unique key for this
          request (letters, digits, `|_*-`). WeChat Pay treats requests with the same key as one
          request, so a resend with the same key and body does not build a second relation;
          this is why the operation is marked safe to resend. Use a new key for each new
          relation.
        - If an outcome stays unclear, `list_marketing_partnerships` filtered on the same
          `partner` and `authorized_data` shows whether the relation exists.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012380498

        Operation: ``build_marketing_partnership`` (POST /v3/marketing/partnerships/build); function: ``api.marketing_partnerships.build_marketing_partnership``.
        """
        from ..api.marketing_partnerships import build_marketing_partnership as _op

        return self._invoker.call(_op.sync, body=body, idempotency_key=idempotency_key)

    def list_marketing_partnerships(
        self,
        *,
        partner: str | Unset = UNSET,
        authorized_data: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> MarketingPartnershipListResponse:
        """查询合作关系列表

        查询合作关系列表 — pages through the partnerships (委托营销合作关系) this merchant has
        built: which partner (an AppID or a merchant ID) may use which coupon batch, when the
        relation was built and, if so, when it ended.

        - `partner` and `authorized_data` are filters passed as JSON text in the query string
          (e.g. `{"type":"APPID","appid":"wx..."}` and
          `{"business_type":"FAVOR_STOCK","stock_id":"..."}`); the SDK URL-encodes them.
        - Page with `offset` and `limit`.
        - This is the read that shows the effect of `build_marketing_partnership` and
          `terminate_marketing_partnership` (an ended relation carries `terminate_time`).
          Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012380536

        Operation: ``list_marketing_partnerships`` (GET /v3/marketing/partnerships); function: ``api.marketing_partnerships.list_marketing_partnerships``.
        """
        from ..api.marketing_partnerships import list_marketing_partnerships as _op

        return self._invoker.call(
            _op.sync, partner=partner, authorized_data=authorized_data, limit=limit, offset=offset
        )

    def terminate_marketing_partnership(
        self, *, body: MarketingPartnershipTerminateRequest | Mapping[str, Any], idempotency_key: str
    ) -> MarketingPartnershipTerminateResponse:
        """终止合作关系

        终止合作关系 — withdraws an authorisation given with `build_marketing_partnership`: name
        the same `partner` and `authorized_data`; the answer is the time the relation ended.

        - `Idempotency-Key` (header, required) is the merchant's unique key for this request;
          a resend with the same key and body counts as the same request, hence safe to resend.
        - `list_marketing_partnerships` shows an ended relation with its `terminate_time`,
          which settles an outcome that stays unclear.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017164460

        Operation: ``terminate_marketing_partnership`` (POST /v3/marketing/partnerships/terminate); function: ``api.marketing_partnerships.terminate_marketing_partnership``.
        """
        from ..api.marketing_partnerships import terminate_marketing_partnership as _op

        return self._invoker.call(_op.sync, body=body, idempotency_key=idempotency_key)


class AsyncMarketingPartnershipsResource(AsyncResource):
    """``marketing_partnerships`` (async, typed results).

    运营工具∙委托营销 — delegated marketing (authorise another merchant or an AppID to use a
    coupon batch, end the authorisation, list the partnerships). Paths under
    `/v3/marketing/partnerships`.
    """

    __slots__ = ()

    async def build_marketing_partnership(
        self, *, body: MarketingPartnershipBuildRequest | Mapping[str, Any], idempotency_key: str
    ) -> MarketingPartnershipBuildResponse:
        """建立合作关系

        建立合作关系 — authorises a partner to use one of the merchant's marketing resources: a
        代金券 batch (`FAVOR_STOCK`) or a 商家券 batch (`BUSIFAVOR_STOCK`), given to another
        merchant (`type: MERCHANT` with `merchant_id`) or to a mini program / official account
        (`type: APPID` with `appid`). The answer is the relation with `state: ESTABLISHED`.

        - `Idempotency-Key` (header, required) is the merchant's own unique key for this
          request (letters, digits, `|_*-`). WeChat Pay treats requests with the same key as one
          request, so a resend with the same key and body does not build a second relation;
          this is why the operation is marked safe to resend. Use a new key for each new
          relation.
        - If an outcome stays unclear, `list_marketing_partnerships` filtered on the same
          `partner` and `authorized_data` shows whether the relation exists.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012380498

        Operation: ``build_marketing_partnership`` (POST /v3/marketing/partnerships/build); function: ``api.marketing_partnerships.build_marketing_partnership``.
        """
        from ..api.marketing_partnerships import build_marketing_partnership as _op

        return await self._invoker.call(_op.asyncio, body=body, idempotency_key=idempotency_key)

    async def list_marketing_partnerships(
        self,
        *,
        partner: str | Unset = UNSET,
        authorized_data: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> MarketingPartnershipListResponse:
        """查询合作关系列表

        查询合作关系列表 — pages through the partnerships (委托营销合作关系) this merchant has
        built: which partner (an AppID or a merchant ID) may use which coupon batch, when the
        relation was built and, if so, when it ended.

        - `partner` and `authorized_data` are filters passed as JSON text in the query string
          (e.g. `{"type":"APPID","appid":"wx..."}` and
          `{"business_type":"FAVOR_STOCK","stock_id":"..."}`); the SDK URL-encodes them.
        - Page with `offset` and `limit`.
        - This is the read that shows the effect of `build_marketing_partnership` and
          `terminate_marketing_partnership` (an ended relation carries `terminate_time`).
          Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012380536

        Operation: ``list_marketing_partnerships`` (GET /v3/marketing/partnerships); function: ``api.marketing_partnerships.list_marketing_partnerships``.
        """
        from ..api.marketing_partnerships import list_marketing_partnerships as _op

        return await self._invoker.call(
            _op.asyncio, partner=partner, authorized_data=authorized_data, limit=limit, offset=offset
        )

    async def terminate_marketing_partnership(
        self, *, body: MarketingPartnershipTerminateRequest | Mapping[str, Any], idempotency_key: str
    ) -> MarketingPartnershipTerminateResponse:
        """终止合作关系

        终止合作关系 — withdraws an authorisation given with `build_marketing_partnership`: name
        the same `partner` and `authorized_data`; the answer is the time the relation ended.

        - `Idempotency-Key` (header, required) is the merchant's unique key for this request;
          a resend with the same key and body counts as the same request, hence safe to resend.
        - `list_marketing_partnerships` shows an ended relation with its `terminate_time`,
          which settles an outcome that stays unclear.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017164460

        Operation: ``terminate_marketing_partnership`` (POST /v3/marketing/partnerships/terminate); function: ``api.marketing_partnerships.terminate_marketing_partnership``.
        """
        from ..api.marketing_partnerships import terminate_marketing_partnership as _op

        return await self._invoker.call(_op.asyncio, body=body, idempotency_key=idempotency_key)


class MarketingPartnershipsResourceWithRawResponse(SyncResource):
    """``marketing_partnerships`` (raw responses).

    运营工具∙委托营销 — delegated marketing (authorise another merchant or an AppID to use a
    coupon batch, end the authorisation, list the partnerships). Paths under
    `/v3/marketing/partnerships`.
    """

    __slots__ = ()

    def build_marketing_partnership(
        self, *, body: MarketingPartnershipBuildRequest | Mapping[str, Any], idempotency_key: str
    ) -> Response[MarketingPartnershipBuildResponse]:
        """``build_marketing_partnership`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        建立合作关系
        """
        from ..api.marketing_partnerships import build_marketing_partnership as _op

        return self._invoker.call(_op.sync_detailed, body=body, idempotency_key=idempotency_key)

    def list_marketing_partnerships(
        self,
        *,
        partner: str | Unset = UNSET,
        authorized_data: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> Response[MarketingPartnershipListResponse]:
        """``list_marketing_partnerships`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询合作关系列表
        """
        from ..api.marketing_partnerships import list_marketing_partnerships as _op

        return self._invoker.call(
            _op.sync_detailed, partner=partner, authorized_data=authorized_data, limit=limit, offset=offset
        )

    def terminate_marketing_partnership(
        self, *, body: MarketingPartnershipTerminateRequest | Mapping[str, Any], idempotency_key: str
    ) -> Response[MarketingPartnershipTerminateResponse]:
        """``terminate_marketing_partnership`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        终止合作关系
        """
        from ..api.marketing_partnerships import terminate_marketing_partnership as _op

        return self._invoker.call(_op.sync_detailed, body=body, idempotency_key=idempotency_key)


class AsyncMarketingPartnershipsResourceWithRawResponse(AsyncResource):
    """``marketing_partnerships`` (async, raw responses).

    运营工具∙委托营销 — delegated marketing (authorise another merchant or an AppID to use a
    coupon batch, end the authorisation, list the partnerships). Paths under
    `/v3/marketing/partnerships`.
    """

    __slots__ = ()

    async def build_marketing_partnership(
        self, *, body: MarketingPartnershipBuildRequest | Mapping[str, Any], idempotency_key: str
    ) -> Response[MarketingPartnershipBuildResponse]:
        """``build_marketing_partnership`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        建立合作关系
        """
        from ..api.marketing_partnerships import build_marketing_partnership as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, idempotency_key=idempotency_key)

    async def list_marketing_partnerships(
        self,
        *,
        partner: str | Unset = UNSET,
        authorized_data: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> Response[MarketingPartnershipListResponse]:
        """``list_marketing_partnerships`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询合作关系列表
        """
        from ..api.marketing_partnerships import list_marketing_partnerships as _op

        return await self._invoker.call(
            _op.asyncio_detailed, partner=partner, authorized_data=authorized_data, limit=limit, offset=offset
        )

    async def terminate_marketing_partnership(
        self, *, body: MarketingPartnershipTerminateRequest | Mapping[str, Any], idempotency_key: str
    ) -> Response[MarketingPartnershipTerminateResponse]:
        """``terminate_marketing_partnership`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        终止合作关系
        """
        from ..api.marketing_partnerships import terminate_marketing_partnership as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, idempotency_key=idempotency_key)
