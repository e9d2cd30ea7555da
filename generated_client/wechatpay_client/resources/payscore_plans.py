# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``payscore_plans`` tag: one method per operation of ``api/payscore_plans/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.payscore_plan import PayscorePlan
    from ..models.payscore_plan_create_request import PayscorePlanCreateRequest
    from ..models.payscore_plan_service_order import PayscorePlanServiceOrder
    from ..models.payscore_plan_service_order_create_request import PayscorePlanServiceOrderCreateRequest
    from ..models.payscore_plan_user_sign_plan import PayscorePlanUserSignPlan
    from ..models.payscore_plan_user_sign_plan_create_request import PayscorePlanUserSignPlanCreateRequest
    from ..models.payscore_plan_user_sign_plan_create_response import PayscorePlanUserSignPlanCreateResponse
    from ..models.payscore_plan_user_sign_plan_stop_request import PayscorePlanUserSignPlanStopRequest
    from ..types import Response


class PayscorePlansResource(SyncResource):
    """``payscore_plans`` (typed results).

    支付分∙签约计划 — Pay Score plans: create, query and stop a plan (a package of services
    paid in instalments), create, query and stop a user's sign plan, and create the service
    order of one plan item. Paths under `/v3/payscore/plan/payscore-plans` and
    `/v3/payscore/sign-plan/`.
    """

    __slots__ = ()

    def create_payscore_plan(self, *, body: PayscorePlanCreateRequest | Mapping[str, Any]) -> PayscorePlan:
        """创建支付分计划

        创建支付分计划 — defines a Pay Score plan: a package of `deduction_quantity` services
        (for example 10 lessons) valid for `plan_duration` days, with an original and an actual
        total price and, optionally, one entry per service in `plan_detail_list`. The service
        (`service_id`) must have the "confirm by plan" (按计划确认) permission. Users then sign
        the plan through `create_payscore_user_sign_plan`.

        - `merchant_plan_no` is the merchant's plan number and the key of
          `query_payscore_plan`.
        - Not documented as idempotent. After a timeout or 5xx, look the plan up with
          `query_payscore_plan` (same `merchant_plan_no`) before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467232

        Operation: ``create_payscore_plan`` (POST /v3/payscore/plan/payscore-plans); function: ``api.payscore_plans.create_payscore_plan``.
        """
        from ..api.payscore_plans import create_payscore_plan as _op

        return self._invoker.call(_op.sync, body=body)

    def create_payscore_sign_plan_service_order(
        self, *, body: PayscorePlanServiceOrderCreateRequest | Mapping[str, Any]
    ) -> PayscorePlanServiceOrder:
        """创建用户的签约计划详情对应的服务订单

        创建用户的签约计划详情对应的服务订单 — opens the Pay Score service order for one item
        (`plan_detail_no`) of a user's signed plan (`sign_plan_id`). The order is an ordinary
        Pay Score service order: it is completed, cancelled and queried with the operations of
        the `payscore` tag, and its `out_order_no` is the `merchant_plan_detail_no` given for
        that item when the sign plan was created. The payment result goes to `notify_url`.

        - Not documented as idempotent. After a timeout or 5xx, look the order up with
          `query_payscore_service_order` (`out_order_no` = the item's `merchant_plan_detail_no`,
          plus `service_id` and `appid`), or read the item's `order_id` and state with
          `query_payscore_user_sign_plan`, before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489351

        Operation: ``create_payscore_sign_plan_service_order`` (POST /v3/payscore/sign-plan/serviceorder); function: ``api.payscore_plans.create_payscore_sign_plan_service_order``.
        """
        from ..api.payscore_plans import create_payscore_sign_plan_service_order as _op

        return self._invoker.call(_op.sync, body=body)

    def create_payscore_user_sign_plan(
        self, *, body: PayscorePlanUserSignPlanCreateRequest | Mapping[str, Any]
    ) -> PayscorePlanUserSignPlanCreateResponse:
        """创建用户的签约计划

        创建用户的签约计划 — prepares, for one user (`openid` under `appid`), a sign plan based on
        a plan of the merchant that is in effect, with the merchant's number for each plan item
        (`sign_plan_detail`). The answer carries `package`, which the front end passes to the
        Pay Score mini program where the user signs.

        - `merchant_plan_detail_no` later becomes the `out_order_no` of the item's service order,
          so it must be unique for the merchant.
        - When the user signs, `PAYSCORE.USER_SIGN_PLAN` is sent to `notify_url`; if the user
          later cancels (or revokes the service), `PAYSCORE.USER_CANCEL_SIGN_PLAN` follows (see
          `PayscorePlanSignNotificationResource`).
        - Not documented as idempotent. After a timeout or 5xx, look it up with
          `query_payscore_user_sign_plan` (same `merchant_sign_plan_no`) before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489420

        Operation: ``create_payscore_user_sign_plan`` (POST /v3/payscore/sign-plan/user-sign-plans); function: ``api.payscore_plans.create_payscore_user_sign_plan``.
        """
        from ..api.payscore_plans import create_payscore_user_sign_plan as _op

        return self._invoker.call(_op.sync, body=body)

    def query_payscore_plan(self, merchant_plan_no: str) -> PayscorePlan:
        """查询支付分计划

        查询支付分计划 — reads a plan by the merchant's plan number: its state, prices, items
        and, once stopped, who stopped it and when. A merchant can only read its own plans. This
        is the lookup that settles an unclear outcome of `create_payscore_plan` and
        `stop_payscore_plan`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012470804

        Operation: ``query_payscore_plan`` (GET /v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}); function: ``api.payscore_plans.query_payscore_plan``.
        """
        from ..api.payscore_plans import query_payscore_plan as _op

        return self._invoker.call(_op.sync, merchant_plan_no=merchant_plan_no)

    def query_payscore_user_sign_plan(self, merchant_sign_plan_no: str) -> PayscorePlanUserSignPlan:
        """查询用户的签约计划

        查询用户的签约计划 — reads a user's sign plan by the merchant's sign-plan number: its
        state, how far the user has got (`going_detail_no`) and each item's state and service
        order. Only the merchant that created the sign plan can read it. This is the lookup that
        settles an unclear outcome of `create_payscore_user_sign_plan` and
        `stop_payscore_user_sign_plan`, and the fallback for the sign-plan notifications.
        Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012470990

        Operation: ``query_payscore_user_sign_plan`` (GET /v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}); function: ``api.payscore_plans.query_payscore_user_sign_plan``.
        """
        from ..api.payscore_plans import query_payscore_user_sign_plan as _op

        return self._invoker.call(_op.sync, merchant_sign_plan_no=merchant_sign_plan_no)

    def stop_payscore_plan(self, merchant_plan_no: str) -> PayscorePlan:
        """停止支付分计划

        停止支付分计划 — stops a plan that is in effect, so that no new user can sign it. A
        merchant can only stop its own plans. The request has no body; the answer is the plan
        with `stop_mchid` and `stop_time` set.

        - Not documented as idempotent. After a timeout or 5xx, check the plan's state with
          `query_payscore_plan` before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012470851

        Operation: ``stop_payscore_plan`` (POST /v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}/stop); function: ``api.payscore_plans.stop_payscore_plan``.
        """
        from ..api.payscore_plans import stop_payscore_plan as _op

        return self._invoker.call(_op.sync, merchant_plan_no=merchant_plan_no)

    def stop_payscore_user_sign_plan(
        self, merchant_sign_plan_no: str, *, body: PayscorePlanUserSignPlanStopRequest | Mapping[str, Any]
    ) -> PayscorePlanUserSignPlan:
        """直连商户取消用户的签约计划

        直连商户取消用户的签约计划 — the merchant ends a user's sign plan, giving a
        `stop_reason`. Only the merchant that created the sign plan can stop it; the answer is
        the sign plan with its cancellation fields set.

        - Not documented as idempotent. After a timeout or 5xx, check `sign_state` with
          `query_payscore_user_sign_plan` before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012471050

        Operation: ``stop_payscore_user_sign_plan`` (POST /v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop); function: ``api.payscore_plans.stop_payscore_user_sign_plan``.
        """
        from ..api.payscore_plans import stop_payscore_user_sign_plan as _op

        return self._invoker.call(_op.sync, merchant_sign_plan_no=merchant_sign_plan_no, body=body)


class AsyncPayscorePlansResource(AsyncResource):
    """``payscore_plans`` (async, typed results).

    支付分∙签约计划 — Pay Score plans: create, query and stop a plan (a package of services
    paid in instalments), create, query and stop a user's sign plan, and create the service
    order of one plan item. Paths under `/v3/payscore/plan/payscore-plans` and
    `/v3/payscore/sign-plan/`.
    """

    __slots__ = ()

    async def create_payscore_plan(self, *, body: PayscorePlanCreateRequest | Mapping[str, Any]) -> PayscorePlan:
        """创建支付分计划

        创建支付分计划 — defines a Pay Score plan: a package of `deduction_quantity` services
        (for example 10 lessons) valid for `plan_duration` days, with an original and an actual
        total price and, optionally, one entry per service in `plan_detail_list`. The service
        (`service_id`) must have the "confirm by plan" (按计划确认) permission. Users then sign
        the plan through `create_payscore_user_sign_plan`.

        - `merchant_plan_no` is the merchant's plan number and the key of
          `query_payscore_plan`.
        - Not documented as idempotent. After a timeout or 5xx, look the plan up with
          `query_payscore_plan` (same `merchant_plan_no`) before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467232

        Operation: ``create_payscore_plan`` (POST /v3/payscore/plan/payscore-plans); function: ``api.payscore_plans.create_payscore_plan``.
        """
        from ..api.payscore_plans import create_payscore_plan as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def create_payscore_sign_plan_service_order(
        self, *, body: PayscorePlanServiceOrderCreateRequest | Mapping[str, Any]
    ) -> PayscorePlanServiceOrder:
        """创建用户的签约计划详情对应的服务订单

        创建用户的签约计划详情对应的服务订单 — opens the Pay Score service order for one item
        (`plan_detail_no`) of a user's signed plan (`sign_plan_id`). The order is an ordinary
        Pay Score service order: it is completed, cancelled and queried with the operations of
        the `payscore` tag, and its `out_order_no` is the `merchant_plan_detail_no` given for
        that item when the sign plan was created. The payment result goes to `notify_url`.

        - Not documented as idempotent. After a timeout or 5xx, look the order up with
          `query_payscore_service_order` (`out_order_no` = the item's `merchant_plan_detail_no`,
          plus `service_id` and `appid`), or read the item's `order_id` and state with
          `query_payscore_user_sign_plan`, before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489351

        Operation: ``create_payscore_sign_plan_service_order`` (POST /v3/payscore/sign-plan/serviceorder); function: ``api.payscore_plans.create_payscore_sign_plan_service_order``.
        """
        from ..api.payscore_plans import create_payscore_sign_plan_service_order as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def create_payscore_user_sign_plan(
        self, *, body: PayscorePlanUserSignPlanCreateRequest | Mapping[str, Any]
    ) -> PayscorePlanUserSignPlanCreateResponse:
        """创建用户的签约计划

        创建用户的签约计划 — prepares, for one user (`openid` under `appid`), a sign plan based on
        a plan of the merchant that is in effect, with the merchant's number for each plan item
        (`sign_plan_detail`). The answer carries `package`, which the front end passes to the
        Pay Score mini program where the user signs.

        - `merchant_plan_detail_no` later becomes the `out_order_no` of the item's service order,
          so it must be unique for the merchant.
        - When the user signs, `PAYSCORE.USER_SIGN_PLAN` is sent to `notify_url`; if the user
          later cancels (or revokes the service), `PAYSCORE.USER_CANCEL_SIGN_PLAN` follows (see
          `PayscorePlanSignNotificationResource`).
        - Not documented as idempotent. After a timeout or 5xx, look it up with
          `query_payscore_user_sign_plan` (same `merchant_sign_plan_no`) before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489420

        Operation: ``create_payscore_user_sign_plan`` (POST /v3/payscore/sign-plan/user-sign-plans); function: ``api.payscore_plans.create_payscore_user_sign_plan``.
        """
        from ..api.payscore_plans import create_payscore_user_sign_plan as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def query_payscore_plan(self, merchant_plan_no: str) -> PayscorePlan:
        """查询支付分计划

        查询支付分计划 — reads a plan by the merchant's plan number: its state, prices, items
        and, once stopped, who stopped it and when. A merchant can only read its own plans. This
        is the lookup that settles an unclear outcome of `create_payscore_plan` and
        `stop_payscore_plan`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012470804

        Operation: ``query_payscore_plan`` (GET /v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}); function: ``api.payscore_plans.query_payscore_plan``.
        """
        from ..api.payscore_plans import query_payscore_plan as _op

        return await self._invoker.call(_op.asyncio, merchant_plan_no=merchant_plan_no)

    async def query_payscore_user_sign_plan(self, merchant_sign_plan_no: str) -> PayscorePlanUserSignPlan:
        """查询用户的签约计划

        查询用户的签约计划 — reads a user's sign plan by the merchant's sign-plan number: its
        state, how far the user has got (`going_detail_no`) and each item's state and service
        order. Only the merchant that created the sign plan can read it. This is the lookup that
        settles an unclear outcome of `create_payscore_user_sign_plan` and
        `stop_payscore_user_sign_plan`, and the fallback for the sign-plan notifications.
        Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012470990

        Operation: ``query_payscore_user_sign_plan`` (GET /v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}); function: ``api.payscore_plans.query_payscore_user_sign_plan``.
        """
        from ..api.payscore_plans import query_payscore_user_sign_plan as _op

        return await self._invoker.call(_op.asyncio, merchant_sign_plan_no=merchant_sign_plan_no)

    async def stop_payscore_plan(self, merchant_plan_no: str) -> PayscorePlan:
        """停止支付分计划

        停止支付分计划 — stops a plan that is in effect, so that no new user can sign it. A
        merchant can only stop its own plans. The request has no body; the answer is the plan
        with `stop_mchid` and `stop_time` set.

        - Not documented as idempotent. After a timeout or 5xx, check the plan's state with
          `query_payscore_plan` before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012470851

        Operation: ``stop_payscore_plan`` (POST /v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}/stop); function: ``api.payscore_plans.stop_payscore_plan``.
        """
        from ..api.payscore_plans import stop_payscore_plan as _op

        return await self._invoker.call(_op.asyncio, merchant_plan_no=merchant_plan_no)

    async def stop_payscore_user_sign_plan(
        self, merchant_sign_plan_no: str, *, body: PayscorePlanUserSignPlanStopRequest | Mapping[str, Any]
    ) -> PayscorePlanUserSignPlan:
        """直连商户取消用户的签约计划

        直连商户取消用户的签约计划 — the merchant ends a user's sign plan, giving a
        `stop_reason`. Only the merchant that created the sign plan can stop it; the answer is
        the sign plan with its cancellation fields set.

        - Not documented as idempotent. After a timeout or 5xx, check `sign_state` with
          `query_payscore_user_sign_plan` before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012471050

        Operation: ``stop_payscore_user_sign_plan`` (POST /v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop); function: ``api.payscore_plans.stop_payscore_user_sign_plan``.
        """
        from ..api.payscore_plans import stop_payscore_user_sign_plan as _op

        return await self._invoker.call(_op.asyncio, merchant_sign_plan_no=merchant_sign_plan_no, body=body)


class PayscorePlansResourceWithRawResponse(SyncResource):
    """``payscore_plans`` (raw responses).

    支付分∙签约计划 — Pay Score plans: create, query and stop a plan (a package of services
    paid in instalments), create, query and stop a user's sign plan, and create the service
    order of one plan item. Paths under `/v3/payscore/plan/payscore-plans` and
    `/v3/payscore/sign-plan/`.
    """

    __slots__ = ()

    def create_payscore_plan(self, *, body: PayscorePlanCreateRequest | Mapping[str, Any]) -> Response[PayscorePlan]:
        """``create_payscore_plan`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建支付分计划
        """
        from ..api.payscore_plans import create_payscore_plan as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def create_payscore_sign_plan_service_order(
        self, *, body: PayscorePlanServiceOrderCreateRequest | Mapping[str, Any]
    ) -> Response[PayscorePlanServiceOrder]:
        """``create_payscore_sign_plan_service_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建用户的签约计划详情对应的服务订单
        """
        from ..api.payscore_plans import create_payscore_sign_plan_service_order as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def create_payscore_user_sign_plan(
        self, *, body: PayscorePlanUserSignPlanCreateRequest | Mapping[str, Any]
    ) -> Response[PayscorePlanUserSignPlanCreateResponse]:
        """``create_payscore_user_sign_plan`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建用户的签约计划
        """
        from ..api.payscore_plans import create_payscore_user_sign_plan as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def query_payscore_plan(self, merchant_plan_no: str) -> Response[PayscorePlan]:
        """``query_payscore_plan`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询支付分计划
        """
        from ..api.payscore_plans import query_payscore_plan as _op

        return self._invoker.call(_op.sync_detailed, merchant_plan_no=merchant_plan_no)

    def query_payscore_user_sign_plan(self, merchant_sign_plan_no: str) -> Response[PayscorePlanUserSignPlan]:
        """``query_payscore_user_sign_plan`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询用户的签约计划
        """
        from ..api.payscore_plans import query_payscore_user_sign_plan as _op

        return self._invoker.call(_op.sync_detailed, merchant_sign_plan_no=merchant_sign_plan_no)

    def stop_payscore_plan(self, merchant_plan_no: str) -> Response[PayscorePlan]:
        """``stop_payscore_plan`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        停止支付分计划
        """
        from ..api.payscore_plans import stop_payscore_plan as _op

        return self._invoker.call(_op.sync_detailed, merchant_plan_no=merchant_plan_no)

    def stop_payscore_user_sign_plan(
        self, merchant_sign_plan_no: str, *, body: PayscorePlanUserSignPlanStopRequest | Mapping[str, Any]
    ) -> Response[PayscorePlanUserSignPlan]:
        """``stop_payscore_user_sign_plan`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        直连商户取消用户的签约计划
        """
        from ..api.payscore_plans import stop_payscore_user_sign_plan as _op

        return self._invoker.call(_op.sync_detailed, merchant_sign_plan_no=merchant_sign_plan_no, body=body)


class AsyncPayscorePlansResourceWithRawResponse(AsyncResource):
    """``payscore_plans`` (async, raw responses).

    支付分∙签约计划 — Pay Score plans: create, query and stop a plan (a package of services
    paid in instalments), create, query and stop a user's sign plan, and create the service
    order of one plan item. Paths under `/v3/payscore/plan/payscore-plans` and
    `/v3/payscore/sign-plan/`.
    """

    __slots__ = ()

    async def create_payscore_plan(
        self, *, body: PayscorePlanCreateRequest | Mapping[str, Any]
    ) -> Response[PayscorePlan]:
        """``create_payscore_plan`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建支付分计划
        """
        from ..api.payscore_plans import create_payscore_plan as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def create_payscore_sign_plan_service_order(
        self, *, body: PayscorePlanServiceOrderCreateRequest | Mapping[str, Any]
    ) -> Response[PayscorePlanServiceOrder]:
        """``create_payscore_sign_plan_service_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建用户的签约计划详情对应的服务订单
        """
        from ..api.payscore_plans import create_payscore_sign_plan_service_order as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def create_payscore_user_sign_plan(
        self, *, body: PayscorePlanUserSignPlanCreateRequest | Mapping[str, Any]
    ) -> Response[PayscorePlanUserSignPlanCreateResponse]:
        """``create_payscore_user_sign_plan`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建用户的签约计划
        """
        from ..api.payscore_plans import create_payscore_user_sign_plan as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def query_payscore_plan(self, merchant_plan_no: str) -> Response[PayscorePlan]:
        """``query_payscore_plan`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询支付分计划
        """
        from ..api.payscore_plans import query_payscore_plan as _op

        return await self._invoker.call(_op.asyncio_detailed, merchant_plan_no=merchant_plan_no)

    async def query_payscore_user_sign_plan(self, merchant_sign_plan_no: str) -> Response[PayscorePlanUserSignPlan]:
        """``query_payscore_user_sign_plan`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询用户的签约计划
        """
        from ..api.payscore_plans import query_payscore_user_sign_plan as _op

        return await self._invoker.call(_op.asyncio_detailed, merchant_sign_plan_no=merchant_sign_plan_no)

    async def stop_payscore_plan(self, merchant_plan_no: str) -> Response[PayscorePlan]:
        """``stop_payscore_plan`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        停止支付分计划
        """
        from ..api.payscore_plans import stop_payscore_plan as _op

        return await self._invoker.call(_op.asyncio_detailed, merchant_plan_no=merchant_plan_no)

    async def stop_payscore_user_sign_plan(
        self, merchant_sign_plan_no: str, *, body: PayscorePlanUserSignPlanStopRequest | Mapping[str, Any]
    ) -> Response[PayscorePlanUserSignPlan]:
        """``stop_payscore_user_sign_plan`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        直连商户取消用户的签约计划
        """
        from ..api.payscore_plans import stop_payscore_user_sign_plan as _op

        return await self._invoker.call(_op.asyncio_detailed, merchant_sign_plan_no=merchant_sign_plan_no, body=body)
