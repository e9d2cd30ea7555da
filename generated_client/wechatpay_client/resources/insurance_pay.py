# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``insurance_pay`` tag: one method per operation of ``api/insurance_pay/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.insurance_apply_deduction_request import InsuranceApplyDeductionRequest
    from ..models.insurance_apply_deduction_response import InsuranceApplyDeductionResponse
    from ..models.insurance_policy_period_state import InsurancePolicyPeriodState
    from ..models.insurance_schedule_policy_period_request import InsuranceSchedulePolicyPeriodRequest
    from ..types import Response


class InsurancePayResource(SyncResource):
    """``insurance_pay`` (typed results).

    委托代扣∙保险业 — 预约与扣款 (insurance entrusted deduction: schedule a policy period,
    query the schedule, and apply for the deduction). Paths under `/v3/papay/insurance-pay/`.
    """

    __slots__ = ()

    def apply_deduction(
        self, *, body: InsuranceApplyDeductionRequest | Mapping[str, Any]
    ) -> InsuranceApplyDeductionResponse:
        """保险商户受理保险自动续费扣款

        Asks WeChat Pay to deduct the amount of a booked policy period. A 200 only means the
        request was accepted: the deduction itself runs later, and its result is sent to
        `transaction_notify_url` as `TRANSACTION.SUCCESS` or `TRANSACTION.FAIL` (`trade_type`
        = `PAP`; see `InsuranceTransactionNotificationResource`).

        - The period must have been booked with `schedule_policy_period`, `amount` must equal
          the booked amount, and the call must fall inside the deduction window.
        - After a failed deduction the merchant may call again within the window; other,
          unpublished rules cap the number of attempts.
        - If the outcome is unclear, look the order up by `out_trade_no` with
          `query_transaction_by_out_trade_no` (the basic-payment order query, which the
          papay docs point to for deduction orders) or wait for the `TRANSACTION.*`
          notification, before applying again. Whether a new attempt must reuse or change
          `out_trade_no` is not published.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012471158

        Operation: ``apply_deduction`` (POST /v3/papay/insurance-pay/transactions/apply); function: ``api.insurance_pay.apply_deduction``.
        """
        from ..api.insurance_pay import apply_deduction as _op

        return self._invoker.call(_op.sync, body=body)

    def query_policy_period_schedule(self, contract_id: str, policy_period_id: int) -> InsurancePolicyPeriodState:
        """保险商户查询保险自动续费预约

        Reads the booking state of one policy period. The docs name it as the way to settle a
        `schedule_policy_period` call whose result was left unclear by a system problem. Safe
        to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012471229

        Operation: ``query_policy_period_schedule`` (GET /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}); function: ``api.insurance_pay.query_policy_period_schedule``.
        """
        from ..api.insurance_pay import query_policy_period_schedule as _op

        return self._invoker.call(_op.sync, contract_id=contract_id, policy_period_id=policy_period_id)

    def schedule_policy_period(
        self, contract_id: str, policy_period_id: int, *, body: InsuranceSchedulePolicyPeriodRequest | Mapping[str, Any]
    ) -> InsurancePolicyPeriodState:
        """保险商户预约保险自动续费

        Books (预约) the deduction of one policy period; `apply_deduction` works only for a
        booked period.

        - `scheduled_amount` has to equal the period's estimated amount.
        - Booking is open from the day before the period's `estimated_deduct_date` until 28
          days after it, and only between 08:00 and 19:30 Beijing time.
        - Each period can be booked once.
        - WeChat Pay tells the user (not the merchant) about the coming deduction within 30
          minutes of a successful call; the merchant gets no notification.
        - The response gives the window in which the deduction may run (`deduct_start_date`
          to `deduct_end_date`).
        - If the outcome is unclear (timeout, system error), ask
          `query_policy_period_schedule`, the documented lookup, instead of calling again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012471270

        Operation: ``schedule_policy_period`` (POST /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule); function: ``api.insurance_pay.schedule_policy_period``.
        """
        from ..api.insurance_pay import schedule_policy_period as _op

        return self._invoker.call(_op.sync, contract_id=contract_id, policy_period_id=policy_period_id, body=body)


class AsyncInsurancePayResource(AsyncResource):
    """``insurance_pay`` (async, typed results).

    委托代扣∙保险业 — 预约与扣款 (insurance entrusted deduction: schedule a policy period,
    query the schedule, and apply for the deduction). Paths under `/v3/papay/insurance-pay/`.
    """

    __slots__ = ()

    async def apply_deduction(
        self, *, body: InsuranceApplyDeductionRequest | Mapping[str, Any]
    ) -> InsuranceApplyDeductionResponse:
        """保险商户受理保险自动续费扣款

        Asks WeChat Pay to deduct the amount of a booked policy period. A 200 only means the
        request was accepted: the deduction itself runs later, and its result is sent to
        `transaction_notify_url` as `TRANSACTION.SUCCESS` or `TRANSACTION.FAIL` (`trade_type`
        = `PAP`; see `InsuranceTransactionNotificationResource`).

        - The period must have been booked with `schedule_policy_period`, `amount` must equal
          the booked amount, and the call must fall inside the deduction window.
        - After a failed deduction the merchant may call again within the window; other,
          unpublished rules cap the number of attempts.
        - If the outcome is unclear, look the order up by `out_trade_no` with
          `query_transaction_by_out_trade_no` (the basic-payment order query, which the
          papay docs point to for deduction orders) or wait for the `TRANSACTION.*`
          notification, before applying again. Whether a new attempt must reuse or change
          `out_trade_no` is not published.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012471158

        Operation: ``apply_deduction`` (POST /v3/papay/insurance-pay/transactions/apply); function: ``api.insurance_pay.apply_deduction``.
        """
        from ..api.insurance_pay import apply_deduction as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def query_policy_period_schedule(self, contract_id: str, policy_period_id: int) -> InsurancePolicyPeriodState:
        """保险商户查询保险自动续费预约

        Reads the booking state of one policy period. The docs name it as the way to settle a
        `schedule_policy_period` call whose result was left unclear by a system problem. Safe
        to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012471229

        Operation: ``query_policy_period_schedule`` (GET /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}); function: ``api.insurance_pay.query_policy_period_schedule``.
        """
        from ..api.insurance_pay import query_policy_period_schedule as _op

        return await self._invoker.call(_op.asyncio, contract_id=contract_id, policy_period_id=policy_period_id)

    async def schedule_policy_period(
        self, contract_id: str, policy_period_id: int, *, body: InsuranceSchedulePolicyPeriodRequest | Mapping[str, Any]
    ) -> InsurancePolicyPeriodState:
        """保险商户预约保险自动续费

        Books (预约) the deduction of one policy period; `apply_deduction` works only for a
        booked period.

        - `scheduled_amount` has to equal the period's estimated amount.
        - Booking is open from the day before the period's `estimated_deduct_date` until 28
          days after it, and only between 08:00 and 19:30 Beijing time.
        - Each period can be booked once.
        - WeChat Pay tells the user (not the merchant) about the coming deduction within 30
          minutes of a successful call; the merchant gets no notification.
        - The response gives the window in which the deduction may run (`deduct_start_date`
          to `deduct_end_date`).
        - If the outcome is unclear (timeout, system error), ask
          `query_policy_period_schedule`, the documented lookup, instead of calling again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012471270

        Operation: ``schedule_policy_period`` (POST /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule); function: ``api.insurance_pay.schedule_policy_period``.
        """
        from ..api.insurance_pay import schedule_policy_period as _op

        return await self._invoker.call(
            _op.asyncio, contract_id=contract_id, policy_period_id=policy_period_id, body=body
        )


class InsurancePayResourceWithRawResponse(SyncResource):
    """``insurance_pay`` (raw responses).

    委托代扣∙保险业 — 预约与扣款 (insurance entrusted deduction: schedule a policy period,
    query the schedule, and apply for the deduction). Paths under `/v3/papay/insurance-pay/`.
    """

    __slots__ = ()

    def apply_deduction(
        self, *, body: InsuranceApplyDeductionRequest | Mapping[str, Any]
    ) -> Response[InsuranceApplyDeductionResponse]:
        """``apply_deduction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        保险商户受理保险自动续费扣款
        """
        from ..api.insurance_pay import apply_deduction as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def query_policy_period_schedule(
        self, contract_id: str, policy_period_id: int
    ) -> Response[InsurancePolicyPeriodState]:
        """``query_policy_period_schedule`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        保险商户查询保险自动续费预约
        """
        from ..api.insurance_pay import query_policy_period_schedule as _op

        return self._invoker.call(_op.sync_detailed, contract_id=contract_id, policy_period_id=policy_period_id)

    def schedule_policy_period(
        self, contract_id: str, policy_period_id: int, *, body: InsuranceSchedulePolicyPeriodRequest | Mapping[str, Any]
    ) -> Response[InsurancePolicyPeriodState]:
        """``schedule_policy_period`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        保险商户预约保险自动续费
        """
        from ..api.insurance_pay import schedule_policy_period as _op

        return self._invoker.call(
            _op.sync_detailed, contract_id=contract_id, policy_period_id=policy_period_id, body=body
        )


class AsyncInsurancePayResourceWithRawResponse(AsyncResource):
    """``insurance_pay`` (async, raw responses).

    委托代扣∙保险业 — 预约与扣款 (insurance entrusted deduction: schedule a policy period,
    query the schedule, and apply for the deduction). Paths under `/v3/papay/insurance-pay/`.
    """

    __slots__ = ()

    async def apply_deduction(
        self, *, body: InsuranceApplyDeductionRequest | Mapping[str, Any]
    ) -> Response[InsuranceApplyDeductionResponse]:
        """``apply_deduction`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        保险商户受理保险自动续费扣款
        """
        from ..api.insurance_pay import apply_deduction as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def query_policy_period_schedule(
        self, contract_id: str, policy_period_id: int
    ) -> Response[InsurancePolicyPeriodState]:
        """``query_policy_period_schedule`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        保险商户查询保险自动续费预约
        """
        from ..api.insurance_pay import query_policy_period_schedule as _op

        return await self._invoker.call(
            _op.asyncio_detailed, contract_id=contract_id, policy_period_id=policy_period_id
        )

    async def schedule_policy_period(
        self, contract_id: str, policy_period_id: int, *, body: InsuranceSchedulePolicyPeriodRequest | Mapping[str, Any]
    ) -> Response[InsurancePolicyPeriodState]:
        """``schedule_policy_period`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        保险商户预约保险自动续费
        """
        from ..api.insurance_pay import schedule_policy_period as _op

        return await self._invoker.call(
            _op.asyncio_detailed, contract_id=contract_id, policy_period_id=policy_period_id, body=body
        )
