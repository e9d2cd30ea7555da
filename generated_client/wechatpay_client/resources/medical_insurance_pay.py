# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``medical_insurance_pay`` tag: one method per operation of ``api/medical_insurance_pay/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.medical_insurance_order import MedicalInsuranceOrder
    from ..models.medical_insurance_order_create_request import MedicalInsuranceOrderCreateRequest
    from ..types import Response, Unset


class MedicalInsurancePayResource(SyncResource):
    """``medical_insurance_pay`` (typed results).

    医保支付 — medical-insurance mixed payment (医保自费混合收款): place an order that combines
    the medical-insurance settlement with the user's own payment, and query it. Paths under
    `/v3/med-ins/orders`.
    """

    __slots__ = ()

    def create_medical_insurance_order(
        self, *, body: MedicalInsuranceOrderCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> MedicalInsuranceOrder:
        """医保自费混合收款下单

        医保自费混合收款下单 — register with WeChat medical insurance an order that mixes the
        medical-insurance part (settled by the insurance bureau: `pay_order_id`, `pay_auth_no`,
        the `med_ins_*_fee` amounts) with the part the user pays with WeChat Pay (`prepay_id`,
        `wechat_pay_cash_fee`). `mix_pay_type` says which parts exist (`CASH_ONLY`,
        `INSURANCE_ONLY`, `CASH_AND_INSURANCE`). The user then pays once for both.

        - Do not settle the insurance order or the self-paid order separately before this call.
        - `payer.name` and `payer.id_digest` (and `relative.*` when paying for a relative) are
          sensitive: pass plaintext, the SDK encrypts them and sets `Wechatpay-Serial`.
        - `callback_url` receives `MEDICAL_INSURANCE.SUCCESS` (decrypted resource:
          `MedicalInsuranceNotificationResource`) when the mixed payment succeeds.
        - When the call gives no answer, look the order up with
          `query_medical_insurance_order_by_out_trade_no`; only if it does not exist, place it
          again (the documented way to recover).

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016781466

        Operation: ``create_medical_insurance_order`` (POST /v3/med-ins/orders); function: ``api.medical_insurance_pay.create_medical_insurance_order``.
        """
        from ..api.medical_insurance_pay import create_medical_insurance_order as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)

    def query_medical_insurance_order_by_mix_trade_no(
        self, mix_trade_no: str, *, sub_mchid: str | Unset = UNSET
    ) -> MedicalInsuranceOrder:
        """使用医保自费混合订单号查看下单结果

        按混合订单号查询 — look up a mixed medical-insurance order by the `mix_trade_no` WeChat
        Pay returned: the overall state (`mix_pay_status`) and the states of the self-paid and
        insurance parts, with the order as placed. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016781479

        Operation: ``query_medical_insurance_order_by_mix_trade_no`` (GET /v3/med-ins/orders/mix-trade-no/{mix_trade_no}); function: ``api.medical_insurance_pay.query_medical_insurance_order_by_mix_trade_no``.
        """
        from ..api.medical_insurance_pay import query_medical_insurance_order_by_mix_trade_no as _op

        return self._invoker.call(_op.sync, mix_trade_no=mix_trade_no, sub_mchid=sub_mchid)

    def query_medical_insurance_order_by_out_trade_no(
        self, out_trade_no: str, *, sub_mchid: str | Unset = UNSET
    ) -> MedicalInsuranceOrder:
        """使用商户订单号查看下单结果

        按商户订单号查询 — look up a mixed medical-insurance order by the merchant's
        `out_trade_no`. This is the lookup that resolves an unclear outcome of
        `create_medical_insurance_order`: when the order does not exist, it may be placed again.
        Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016781490

        Operation: ``query_medical_insurance_order_by_out_trade_no`` (GET /v3/med-ins/orders/out-trade-no/{out_trade_no}); function: ``api.medical_insurance_pay.query_medical_insurance_order_by_out_trade_no``.
        """
        from ..api.medical_insurance_pay import query_medical_insurance_order_by_out_trade_no as _op

        return self._invoker.call(_op.sync, out_trade_no=out_trade_no, sub_mchid=sub_mchid)


class AsyncMedicalInsurancePayResource(AsyncResource):
    """``medical_insurance_pay`` (async, typed results).

    医保支付 — medical-insurance mixed payment (医保自费混合收款): place an order that combines
    the medical-insurance settlement with the user's own payment, and query it. Paths under
    `/v3/med-ins/orders`.
    """

    __slots__ = ()

    async def create_medical_insurance_order(
        self, *, body: MedicalInsuranceOrderCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> MedicalInsuranceOrder:
        """医保自费混合收款下单

        医保自费混合收款下单 — register with WeChat medical insurance an order that mixes the
        medical-insurance part (settled by the insurance bureau: `pay_order_id`, `pay_auth_no`,
        the `med_ins_*_fee` amounts) with the part the user pays with WeChat Pay (`prepay_id`,
        `wechat_pay_cash_fee`). `mix_pay_type` says which parts exist (`CASH_ONLY`,
        `INSURANCE_ONLY`, `CASH_AND_INSURANCE`). The user then pays once for both.

        - Do not settle the insurance order or the self-paid order separately before this call.
        - `payer.name` and `payer.id_digest` (and `relative.*` when paying for a relative) are
          sensitive: pass plaintext, the SDK encrypts them and sets `Wechatpay-Serial`.
        - `callback_url` receives `MEDICAL_INSURANCE.SUCCESS` (decrypted resource:
          `MedicalInsuranceNotificationResource`) when the mixed payment succeeds.
        - When the call gives no answer, look the order up with
          `query_medical_insurance_order_by_out_trade_no`; only if it does not exist, place it
          again (the documented way to recover).

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016781466

        Operation: ``create_medical_insurance_order`` (POST /v3/med-ins/orders); function: ``api.medical_insurance_pay.create_medical_insurance_order``.
        """
        from ..api.medical_insurance_pay import create_medical_insurance_order as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)

    async def query_medical_insurance_order_by_mix_trade_no(
        self, mix_trade_no: str, *, sub_mchid: str | Unset = UNSET
    ) -> MedicalInsuranceOrder:
        """使用医保自费混合订单号查看下单结果

        按混合订单号查询 — look up a mixed medical-insurance order by the `mix_trade_no` WeChat
        Pay returned: the overall state (`mix_pay_status`) and the states of the self-paid and
        insurance parts, with the order as placed. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016781479

        Operation: ``query_medical_insurance_order_by_mix_trade_no`` (GET /v3/med-ins/orders/mix-trade-no/{mix_trade_no}); function: ``api.medical_insurance_pay.query_medical_insurance_order_by_mix_trade_no``.
        """
        from ..api.medical_insurance_pay import query_medical_insurance_order_by_mix_trade_no as _op

        return await self._invoker.call(_op.asyncio, mix_trade_no=mix_trade_no, sub_mchid=sub_mchid)

    async def query_medical_insurance_order_by_out_trade_no(
        self, out_trade_no: str, *, sub_mchid: str | Unset = UNSET
    ) -> MedicalInsuranceOrder:
        """使用商户订单号查看下单结果

        按商户订单号查询 — look up a mixed medical-insurance order by the merchant's
        `out_trade_no`. This is the lookup that resolves an unclear outcome of
        `create_medical_insurance_order`: when the order does not exist, it may be placed again.
        Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016781490

        Operation: ``query_medical_insurance_order_by_out_trade_no`` (GET /v3/med-ins/orders/out-trade-no/{out_trade_no}); function: ``api.medical_insurance_pay.query_medical_insurance_order_by_out_trade_no``.
        """
        from ..api.medical_insurance_pay import query_medical_insurance_order_by_out_trade_no as _op

        return await self._invoker.call(_op.asyncio, out_trade_no=out_trade_no, sub_mchid=sub_mchid)


class MedicalInsurancePayResourceWithRawResponse(SyncResource):
    """``medical_insurance_pay`` (raw responses).

    医保支付 — medical-insurance mixed payment (医保自费混合收款): place an order that combines
    the medical-insurance settlement with the user's own payment, and query it. Paths under
    `/v3/med-ins/orders`.
    """

    __slots__ = ()

    def create_medical_insurance_order(
        self, *, body: MedicalInsuranceOrderCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[MedicalInsuranceOrder]:
        """``create_medical_insurance_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        医保自费混合收款下单
        """
        from ..api.medical_insurance_pay import create_medical_insurance_order as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def query_medical_insurance_order_by_mix_trade_no(
        self, mix_trade_no: str, *, sub_mchid: str | Unset = UNSET
    ) -> Response[MedicalInsuranceOrder]:
        """``query_medical_insurance_order_by_mix_trade_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        使用医保自费混合订单号查看下单结果
        """
        from ..api.medical_insurance_pay import query_medical_insurance_order_by_mix_trade_no as _op

        return self._invoker.call(_op.sync_detailed, mix_trade_no=mix_trade_no, sub_mchid=sub_mchid)

    def query_medical_insurance_order_by_out_trade_no(
        self, out_trade_no: str, *, sub_mchid: str | Unset = UNSET
    ) -> Response[MedicalInsuranceOrder]:
        """``query_medical_insurance_order_by_out_trade_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        使用商户订单号查看下单结果
        """
        from ..api.medical_insurance_pay import query_medical_insurance_order_by_out_trade_no as _op

        return self._invoker.call(_op.sync_detailed, out_trade_no=out_trade_no, sub_mchid=sub_mchid)


class AsyncMedicalInsurancePayResourceWithRawResponse(AsyncResource):
    """``medical_insurance_pay`` (async, raw responses).

    医保支付 — medical-insurance mixed payment (医保自费混合收款): place an order that combines
    the medical-insurance settlement with the user's own payment, and query it. Paths under
    `/v3/med-ins/orders`.
    """

    __slots__ = ()

    async def create_medical_insurance_order(
        self, *, body: MedicalInsuranceOrderCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[MedicalInsuranceOrder]:
        """``create_medical_insurance_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        医保自费混合收款下单
        """
        from ..api.medical_insurance_pay import create_medical_insurance_order as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def query_medical_insurance_order_by_mix_trade_no(
        self, mix_trade_no: str, *, sub_mchid: str | Unset = UNSET
    ) -> Response[MedicalInsuranceOrder]:
        """``query_medical_insurance_order_by_mix_trade_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        使用医保自费混合订单号查看下单结果
        """
        from ..api.medical_insurance_pay import query_medical_insurance_order_by_mix_trade_no as _op

        return await self._invoker.call(_op.asyncio_detailed, mix_trade_no=mix_trade_no, sub_mchid=sub_mchid)

    async def query_medical_insurance_order_by_out_trade_no(
        self, out_trade_no: str, *, sub_mchid: str | Unset = UNSET
    ) -> Response[MedicalInsuranceOrder]:
        """``query_medical_insurance_order_by_out_trade_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        使用商户订单号查看下单结果
        """
        from ..api.medical_insurance_pay import query_medical_insurance_order_by_out_trade_no as _op

        return await self._invoker.call(_op.asyncio_detailed, out_trade_no=out_trade_no, sub_mchid=sub_mchid)
