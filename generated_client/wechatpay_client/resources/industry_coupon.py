# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``industry_coupon`` tag: one method per operation of ``api/industry_coupon/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.industry_coupon_token import IndustryCouponToken
    from ..models.industry_coupon_token_create_request import IndustryCouponTokenCreateRequest
    from ..types import Response


class IndustryCouponResource(SyncResource):
    """``industry_coupon`` (typed results).

    营销工具∙代扣切卡 — transit-coupon card switch: pre-order the token that opens the quick
    card-switch mini-program for a user who just received transit coupons. Path
    `/v3/industry-coupon/tokens`.
    """

    __slots__ = ()

    def create_industry_coupon_token(
        self, *, body: IndustryCouponTokenCreateRequest | Mapping[str, Any]
    ) -> IndustryCouponToken:
        """出行券切卡组件预下单

        出行券切卡组件预下单 — the step before opening the quick card-switch mini-program (快捷切卡
        小程序) for a user who has just received transit coupons (出行券): WeChat Pay returns a
        `token` (with its expiry time) that the merchant passes when it opens the component. The
        merchant that calls this must be the one that opens the component.

        - `coupon_list`: the coupons the user received in the last five minutes, all of one
          batch (`stock_id`), without repeated `coupon_id`s; `open_id` is the user's OpenID under
          the merchant's AppID.
        - No API looks a token up. A resend only issues another token for the same coupons, so an
          unclear outcome is settled by calling again and using the new token.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012553563

        Operation: ``create_industry_coupon_token`` (POST /v3/industry-coupon/tokens); function: ``api.industry_coupon.create_industry_coupon_token``.
        """
        from ..api.industry_coupon import create_industry_coupon_token as _op

        return self._invoker.call(_op.sync, body=body)


class AsyncIndustryCouponResource(AsyncResource):
    """``industry_coupon`` (async, typed results).

    营销工具∙代扣切卡 — transit-coupon card switch: pre-order the token that opens the quick
    card-switch mini-program for a user who just received transit coupons. Path
    `/v3/industry-coupon/tokens`.
    """

    __slots__ = ()

    async def create_industry_coupon_token(
        self, *, body: IndustryCouponTokenCreateRequest | Mapping[str, Any]
    ) -> IndustryCouponToken:
        """出行券切卡组件预下单

        出行券切卡组件预下单 — the step before opening the quick card-switch mini-program (快捷切卡
        小程序) for a user who has just received transit coupons (出行券): WeChat Pay returns a
        `token` (with its expiry time) that the merchant passes when it opens the component. The
        merchant that calls this must be the one that opens the component.

        - `coupon_list`: the coupons the user received in the last five minutes, all of one
          batch (`stock_id`), without repeated `coupon_id`s; `open_id` is the user's OpenID under
          the merchant's AppID.
        - No API looks a token up. A resend only issues another token for the same coupons, so an
          unclear outcome is settled by calling again and using the new token.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012553563

        Operation: ``create_industry_coupon_token`` (POST /v3/industry-coupon/tokens); function: ``api.industry_coupon.create_industry_coupon_token``.
        """
        from ..api.industry_coupon import create_industry_coupon_token as _op

        return await self._invoker.call(_op.asyncio, body=body)


class IndustryCouponResourceWithRawResponse(SyncResource):
    """``industry_coupon`` (raw responses).

    营销工具∙代扣切卡 — transit-coupon card switch: pre-order the token that opens the quick
    card-switch mini-program for a user who just received transit coupons. Path
    `/v3/industry-coupon/tokens`.
    """

    __slots__ = ()

    def create_industry_coupon_token(
        self, *, body: IndustryCouponTokenCreateRequest | Mapping[str, Any]
    ) -> Response[IndustryCouponToken]:
        """``create_industry_coupon_token`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        出行券切卡组件预下单
        """
        from ..api.industry_coupon import create_industry_coupon_token as _op

        return self._invoker.call(_op.sync_detailed, body=body)


class AsyncIndustryCouponResourceWithRawResponse(AsyncResource):
    """``industry_coupon`` (async, raw responses).

    营销工具∙代扣切卡 — transit-coupon card switch: pre-order the token that opens the quick
    card-switch mini-program for a user who just received transit coupons. Path
    `/v3/industry-coupon/tokens`.
    """

    __slots__ = ()

    async def create_industry_coupon_token(
        self, *, body: IndustryCouponTokenCreateRequest | Mapping[str, Any]
    ) -> Response[IndustryCouponToken]:
        """``create_industry_coupon_token`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        出行券切卡组件预下单
        """
        from ..api.industry_coupon import create_industry_coupon_token as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)
