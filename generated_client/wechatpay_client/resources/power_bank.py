# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``power_bank`` tag: one method per operation of ``api/power_bank/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.power_bank_insurance_order import PowerBankInsuranceOrder
    from ..models.power_bank_insurance_order_create_request import PowerBankInsuranceOrderCreateRequest
    from ..models.power_bank_user_qualification import PowerBankUserQualification
    from ..types import Response


class PowerBankResource(SyncResource):
    """``power_bank`` (typed results).

    租用充电宝∙隔夜归还 — overnight-return insurance for power-bank rental: check whether a user
    may receive the insurance order, create it and query it. Paths under `/v3/hire-power-bank/`.
    """

    __slots__ = ()

    def create_power_bank_insurance_order(
        self, *, body: PowerBankInsuranceOrderCreateRequest | Mapping[str, Any]
    ) -> PowerBankInsuranceOrder:
        """创建保险订单

        创建保险订单 — creates the overnight-return insurance order for a user who rented a power
        bank. The answer is the order; its `order_receive_state` starts as `RECEIVING` until the
        insurer confirms, and every later change of that state is sent to `notify_url` as
        `HIRE_POWER_BANK.RECEIVE_INSURANCE` (see `PowerBankInsuranceOrderNotificationResource`).

        `out_order_no` must be unique per merchant. Not documented as idempotent: after a timeout
        or 5XX, read the order with `query_power_bank_insurance_order` before sending again.

        Official doc: https://pay.weixin.qq.com/docs/merchant/apis/hire-power-bank-insurance/insurance-orders/create-insurance-order.html

        Operation: ``create_power_bank_insurance_order`` (POST /v3/hire-power-bank/insurance-orders); function: ``api.power_bank.create_power_bank_insurance_order``.
        """
        from ..api.power_bank import create_power_bank_insurance_order as _op

        return self._invoker.call(_op.sync, body=body)

    def query_power_bank_insurance_order(self, out_order_no: str) -> PowerBankInsuranceOrder:
        """查询保险订单详情

        查询保险订单详情 — reads an insurance order by the merchant's `out_order_no`: its state,
        validity period and how many claims were made out of the maximum. It settles an unclear
        outcome of `create_power_bank_insurance_order`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/docs/merchant/apis/hire-power-bank-insurance/insurance-orders/get-by-out-trade-no.html

        Operation: ``query_power_bank_insurance_order`` (GET /v3/hire-power-bank/insurance-orders/{out_order_no}); function: ``api.power_bank.query_power_bank_insurance_order``.
        """
        from ..api.power_bank import query_power_bank_insurance_order as _op

        return self._invoker.call(_op.sync, out_order_no=out_order_no)

    def query_power_bank_user_qualification(self, openid: str) -> PowerBankUserQualification:
        """查询用户保险订单领取资格

        查询用户保险订单领取资格 — tells whether a user may receive the overnight-return insurance
        order (`qualified_user`). A merchant that does not support overnight return gets
        `NOAUTH`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/docs/merchant/apis/hire-power-bank-insurance/insurance-orders/get-qualification-by-open-id.html

        Operation: ``query_power_bank_user_qualification`` (GET /v3/hire-power-bank/user-qualifications/{openid}); function: ``api.power_bank.query_power_bank_user_qualification``.
        """
        from ..api.power_bank import query_power_bank_user_qualification as _op

        return self._invoker.call(_op.sync, openid=openid)


class AsyncPowerBankResource(AsyncResource):
    """``power_bank`` (async, typed results).

    租用充电宝∙隔夜归还 — overnight-return insurance for power-bank rental: check whether a user
    may receive the insurance order, create it and query it. Paths under `/v3/hire-power-bank/`.
    """

    __slots__ = ()

    async def create_power_bank_insurance_order(
        self, *, body: PowerBankInsuranceOrderCreateRequest | Mapping[str, Any]
    ) -> PowerBankInsuranceOrder:
        """创建保险订单

        创建保险订单 — creates the overnight-return insurance order for a user who rented a power
        bank. The answer is the order; its `order_receive_state` starts as `RECEIVING` until the
        insurer confirms, and every later change of that state is sent to `notify_url` as
        `HIRE_POWER_BANK.RECEIVE_INSURANCE` (see `PowerBankInsuranceOrderNotificationResource`).

        `out_order_no` must be unique per merchant. Not documented as idempotent: after a timeout
        or 5XX, read the order with `query_power_bank_insurance_order` before sending again.

        Official doc: https://pay.weixin.qq.com/docs/merchant/apis/hire-power-bank-insurance/insurance-orders/create-insurance-order.html

        Operation: ``create_power_bank_insurance_order`` (POST /v3/hire-power-bank/insurance-orders); function: ``api.power_bank.create_power_bank_insurance_order``.
        """
        from ..api.power_bank import create_power_bank_insurance_order as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def query_power_bank_insurance_order(self, out_order_no: str) -> PowerBankInsuranceOrder:
        """查询保险订单详情

        查询保险订单详情 — reads an insurance order by the merchant's `out_order_no`: its state,
        validity period and how many claims were made out of the maximum. It settles an unclear
        outcome of `create_power_bank_insurance_order`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/docs/merchant/apis/hire-power-bank-insurance/insurance-orders/get-by-out-trade-no.html

        Operation: ``query_power_bank_insurance_order`` (GET /v3/hire-power-bank/insurance-orders/{out_order_no}); function: ``api.power_bank.query_power_bank_insurance_order``.
        """
        from ..api.power_bank import query_power_bank_insurance_order as _op

        return await self._invoker.call(_op.asyncio, out_order_no=out_order_no)

    async def query_power_bank_user_qualification(self, openid: str) -> PowerBankUserQualification:
        """查询用户保险订单领取资格

        查询用户保险订单领取资格 — tells whether a user may receive the overnight-return insurance
        order (`qualified_user`). A merchant that does not support overnight return gets
        `NOAUTH`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/docs/merchant/apis/hire-power-bank-insurance/insurance-orders/get-qualification-by-open-id.html

        Operation: ``query_power_bank_user_qualification`` (GET /v3/hire-power-bank/user-qualifications/{openid}); function: ``api.power_bank.query_power_bank_user_qualification``.
        """
        from ..api.power_bank import query_power_bank_user_qualification as _op

        return await self._invoker.call(_op.asyncio, openid=openid)


class PowerBankResourceWithRawResponse(SyncResource):
    """``power_bank`` (raw responses).

    租用充电宝∙隔夜归还 — overnight-return insurance for power-bank rental: check whether a user
    may receive the insurance order, create it and query it. Paths under `/v3/hire-power-bank/`.
    """

    __slots__ = ()

    def create_power_bank_insurance_order(
        self, *, body: PowerBankInsuranceOrderCreateRequest | Mapping[str, Any]
    ) -> Response[PowerBankInsuranceOrder]:
        """``create_power_bank_insurance_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建保险订单
        """
        from ..api.power_bank import create_power_bank_insurance_order as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def query_power_bank_insurance_order(self, out_order_no: str) -> Response[PowerBankInsuranceOrder]:
        """``query_power_bank_insurance_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询保险订单详情
        """
        from ..api.power_bank import query_power_bank_insurance_order as _op

        return self._invoker.call(_op.sync_detailed, out_order_no=out_order_no)

    def query_power_bank_user_qualification(self, openid: str) -> Response[PowerBankUserQualification]:
        """``query_power_bank_user_qualification`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询用户保险订单领取资格
        """
        from ..api.power_bank import query_power_bank_user_qualification as _op

        return self._invoker.call(_op.sync_detailed, openid=openid)


class AsyncPowerBankResourceWithRawResponse(AsyncResource):
    """``power_bank`` (async, raw responses).

    租用充电宝∙隔夜归还 — overnight-return insurance for power-bank rental: check whether a user
    may receive the insurance order, create it and query it. Paths under `/v3/hire-power-bank/`.
    """

    __slots__ = ()

    async def create_power_bank_insurance_order(
        self, *, body: PowerBankInsuranceOrderCreateRequest | Mapping[str, Any]
    ) -> Response[PowerBankInsuranceOrder]:
        """``create_power_bank_insurance_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建保险订单
        """
        from ..api.power_bank import create_power_bank_insurance_order as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def query_power_bank_insurance_order(self, out_order_no: str) -> Response[PowerBankInsuranceOrder]:
        """``query_power_bank_insurance_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询保险订单详情
        """
        from ..api.power_bank import query_power_bank_insurance_order as _op

        return await self._invoker.call(_op.asyncio_detailed, out_order_no=out_order_no)

    async def query_power_bank_user_qualification(self, openid: str) -> Response[PowerBankUserQualification]:
        """``query_power_bank_user_qualification`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询用户保险订单领取资格
        """
        from ..api.power_bank import query_power_bank_user_qualification as _op

        return await self._invoker.call(_op.asyncio_detailed, openid=openid)
