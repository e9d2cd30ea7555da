# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``credit_pay`` tag: one method per operation of ``api/credit_pay/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.credit_pay_exposure_request import CreditPayExposureRequest
    from ..models.credit_pay_exposure_response import CreditPayExposureResponse
    from ..models.credit_pay_instal_exposure_request import CreditPayInstalExposureRequest
    from ..models.credit_pay_instal_exposure_response import CreditPayInstalExposureResponse
    from ..types import Response


class CreditPayResource(SyncResource):
    """``credit_pay`` (typed results).

    微信分付 — WeChat Pay credit (分付) exposure advice: ask whether to show 微信分付 as a payment
    option before ordering, including for merchant-subsidised instalments. Paths
    `/v3/pay/transactions/exposure` and `/v3/pay/instal/exposure`.
    """

    __slots__ = ()

    def get_credit_pay_exposure_advice(
        self, *, body: CreditPayExposureRequest | Mapping[str, Any]
    ) -> CreditPayExposureResponse:
        """微信分付-支付方式前置服务

        微信分付曝光建议 — before the user pays, ask WeChat Pay whether 微信分付 (WeChat Pay credit)
        should be shown as a payment option for this user and order. Identify the user by
        `payer.openid` or `payer.phone_number_hash` (one of the two). The answer is
        `fqf_exposure`; when it is true, `market_exposure_token` is the credential of the
        exposure.

        Nothing is created or changed: a repeated call only asks again, so it is marked safe to
        retry.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014326314

        Operation: ``get_credit_pay_exposure_advice`` (POST /v3/pay/transactions/exposure); function: ``api.credit_pay.get_credit_pay_exposure_advice``.
        """
        from ..api.credit_pay import get_credit_pay_exposure_advice as _op

        return self._invoker.call(_op.sync, body=body)

    def get_credit_pay_instal_exposure_advice(
        self, *, body: CreditPayInstalExposureRequest | Mapping[str, Any]
    ) -> CreditPayInstalExposureResponse:
        """商户贴息-获取微信分付曝光建议

        商户贴息曝光建议 — for merchants that subsidise 微信分付 instalment interest (商户贴息), ask
        whether 微信分付 should be shown to this user. The user is identified by `user_id_type`
        with `openid` (`OPENID`) or `phone_number_hash` (`PHONE_NO`). The answer is
        `recommend_exposure`.

        Nothing is created or changed: a repeated call only asks again, so it is marked safe to
        retry.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016196762

        Operation: ``get_credit_pay_instal_exposure_advice`` (POST /v3/pay/instal/exposure); function: ``api.credit_pay.get_credit_pay_instal_exposure_advice``.
        """
        from ..api.credit_pay import get_credit_pay_instal_exposure_advice as _op

        return self._invoker.call(_op.sync, body=body)


class AsyncCreditPayResource(AsyncResource):
    """``credit_pay`` (async, typed results).

    微信分付 — WeChat Pay credit (分付) exposure advice: ask whether to show 微信分付 as a payment
    option before ordering, including for merchant-subsidised instalments. Paths
    `/v3/pay/transactions/exposure` and `/v3/pay/instal/exposure`.
    """

    __slots__ = ()

    async def get_credit_pay_exposure_advice(
        self, *, body: CreditPayExposureRequest | Mapping[str, Any]
    ) -> CreditPayExposureResponse:
        """微信分付-支付方式前置服务

        微信分付曝光建议 — before the user pays, ask WeChat Pay whether 微信分付 (WeChat Pay credit)
        should be shown as a payment option for this user and order. Identify the user by
        `payer.openid` or `payer.phone_number_hash` (one of the two). The answer is
        `fqf_exposure`; when it is true, `market_exposure_token` is the credential of the
        exposure.

        Nothing is created or changed: a repeated call only asks again, so it is marked safe to
        retry.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014326314

        Operation: ``get_credit_pay_exposure_advice`` (POST /v3/pay/transactions/exposure); function: ``api.credit_pay.get_credit_pay_exposure_advice``.
        """
        from ..api.credit_pay import get_credit_pay_exposure_advice as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def get_credit_pay_instal_exposure_advice(
        self, *, body: CreditPayInstalExposureRequest | Mapping[str, Any]
    ) -> CreditPayInstalExposureResponse:
        """商户贴息-获取微信分付曝光建议

        商户贴息曝光建议 — for merchants that subsidise 微信分付 instalment interest (商户贴息), ask
        whether 微信分付 should be shown to this user. The user is identified by `user_id_type`
        with `openid` (`OPENID`) or `phone_number_hash` (`PHONE_NO`). The answer is
        `recommend_exposure`.

        Nothing is created or changed: a repeated call only asks again, so it is marked safe to
        retry.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016196762

        Operation: ``get_credit_pay_instal_exposure_advice`` (POST /v3/pay/instal/exposure); function: ``api.credit_pay.get_credit_pay_instal_exposure_advice``.
        """
        from ..api.credit_pay import get_credit_pay_instal_exposure_advice as _op

        return await self._invoker.call(_op.asyncio, body=body)


class CreditPayResourceWithRawResponse(SyncResource):
    """``credit_pay`` (raw responses).

    微信分付 — WeChat Pay credit (分付) exposure advice: ask whether to show 微信分付 as a payment
    option before ordering, including for merchant-subsidised instalments. Paths
    `/v3/pay/transactions/exposure` and `/v3/pay/instal/exposure`.
    """

    __slots__ = ()

    def get_credit_pay_exposure_advice(
        self, *, body: CreditPayExposureRequest | Mapping[str, Any]
    ) -> Response[CreditPayExposureResponse]:
        """``get_credit_pay_exposure_advice`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        微信分付-支付方式前置服务
        """
        from ..api.credit_pay import get_credit_pay_exposure_advice as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def get_credit_pay_instal_exposure_advice(
        self, *, body: CreditPayInstalExposureRequest | Mapping[str, Any]
    ) -> Response[CreditPayInstalExposureResponse]:
        """``get_credit_pay_instal_exposure_advice`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户贴息-获取微信分付曝光建议
        """
        from ..api.credit_pay import get_credit_pay_instal_exposure_advice as _op

        return self._invoker.call(_op.sync_detailed, body=body)


class AsyncCreditPayResourceWithRawResponse(AsyncResource):
    """``credit_pay`` (async, raw responses).

    微信分付 — WeChat Pay credit (分付) exposure advice: ask whether to show 微信分付 as a payment
    option before ordering, including for merchant-subsidised instalments. Paths
    `/v3/pay/transactions/exposure` and `/v3/pay/instal/exposure`.
    """

    __slots__ = ()

    async def get_credit_pay_exposure_advice(
        self, *, body: CreditPayExposureRequest | Mapping[str, Any]
    ) -> Response[CreditPayExposureResponse]:
        """``get_credit_pay_exposure_advice`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        微信分付-支付方式前置服务
        """
        from ..api.credit_pay import get_credit_pay_exposure_advice as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def get_credit_pay_instal_exposure_advice(
        self, *, body: CreditPayInstalExposureRequest | Mapping[str, Any]
    ) -> Response[CreditPayInstalExposureResponse]:
        """``get_credit_pay_instal_exposure_advice`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户贴息-获取微信分付曝光建议
        """
        from ..api.credit_pay import get_credit_pay_instal_exposure_advice as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)
