# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``payscore_smartretail`` tag: one method per operation of ``api/payscore_smartretail/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.payscore_smartretail_order import PayscoreSmartretailOrder
    from ..models.payscore_smartretail_order_cancel_request import PayscoreSmartretailOrderCancelRequest
    from ..models.payscore_smartretail_order_complete_request import PayscoreSmartretailOrderCompleteRequest
    from ..models.payscore_smartretail_order_create_request import PayscoreSmartretailOrderCreateRequest
    from ..models.payscore_smartretail_order_create_response import PayscoreSmartretailOrderCreateResponse
    from ..models.payscore_smartretail_order_result import PayscoreSmartretailOrderResult
    from ..types import Response, Unset


class PayscoreSmartretailResource(SyncResource):
    """``payscore_smartretail`` (typed results).

    支付分∙智慧零售 — WeChat Pay Score smart-retail orders (unattended shelves and devices):
    create, query, cancel and complete an order. Paths under `/v3/payscore/smartretail-orders`.
    """

    __slots__ = ()

    def cancel_smartretail_order(
        self, out_order_no: str, *, body: PayscoreSmartretailOrderCancelRequest | Mapping[str, Any]
    ) -> PayscoreSmartretailOrderResult:
        """撤销智慧零售订单

        撤销智慧零售订单 — the merchant revokes a 智慧零售 order that has not been completed, with a
        `reason`; the order ends as `REVOKED`.

        Not documented as idempotent. After an unclear outcome, check the order with
        `query_smartretail_order`: `REVOKED` means the call took effect.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=14_3&index=5

        Operation: ``cancel_smartretail_order`` (POST /v3/payscore/smartretail-orders/{out_order_no}/cancel); function: ``api.payscore_smartretail.cancel_smartretail_order``.
        """
        from ..api.payscore_smartretail import cancel_smartretail_order as _op

        return self._invoker.call(_op.sync, out_order_no=out_order_no, body=body)

    def complete_smartretail_order(
        self, out_order_no: str, *, body: PayscoreSmartretailOrderCompleteRequest | Mapping[str, Any]
    ) -> PayscoreSmartretailOrderResult:
        """完结智慧零售订单

        完结智慧零售订单 — after the user has accepted the order and the service is over, the
        merchant completes it with the real amount (`fees`, `discounts`, `total_amount` in fen) and
        times; WeChat Pay then collects `total_amount` from the user. `finish_type` 2 means the
        service was used and is charged, 1 that it was not used (give `cancel_reason`).

        - Pass the `finish_ticket` read from `query_smartretail_order` so that the completion
          applies to the order data the merchant has seen. Only after the user has accepted.
        - The payment result is notified as `PAYSCORE.USER_PAID`
          (`PayscoreServiceOrderNotificationResource`, tag `payscore`).
        - Not documented as idempotent. After an unclear outcome, check with
          `query_smartretail_order` (`FINISHED` or `USER_PAID` means it took effect).

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=14_4&index=6

        Operation: ``complete_smartretail_order`` (POST /v3/payscore/smartretail-orders/{out_order_no}/complete); function: ``api.payscore_smartretail.complete_smartretail_order``.
        """
        from ..api.payscore_smartretail import complete_smartretail_order as _op

        return self._invoker.call(_op.sync, out_order_no=out_order_no, body=body)

    def create_smartretail_order(
        self, *, body: PayscoreSmartretailOrderCreateRequest | Mapping[str, Any]
    ) -> PayscoreSmartretailOrderCreateResponse:
        """创建智慧零售订单

        创建智慧零售订单 — when a user wants to take goods from an unattended shelf or device and may
        use the service (check with `query_payscore_user_service_state`), the merchant creates a
        智慧零售 order. The answer carries the data for jumping to the WeChat Pay Score mini program
        (`package`, `miniprogram_*`), where the user accepts the order unless `need_user_confirm`
        is false.

        - Acceptance is notified as `PAYSCORE.USER_ACCEPTED`, with the resource of 先享后付 orders
          (`PayscorePayafterNotificationResource`, tag `payscore_payafter`); payment as
          `PAYSCORE.USER_PAID` (`PayscoreServiceOrderNotificationResource`, tag `payscore`).
          `query_smartretail_order` shows the state at any time.
        - Not documented as idempotent. After an unclear outcome, query by `out_order_no` before
          resending with the same `out_order_no`.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=14_1&index=3

        Operation: ``create_smartretail_order`` (POST /v3/payscore/smartretail-orders); function: ``api.payscore_smartretail.create_smartretail_order``.
        """
        from ..api.payscore_smartretail import create_smartretail_order as _op

        return self._invoker.call(_op.sync, body=body)

    def query_smartretail_order(
        self,
        *,
        service_id: str | Unset = UNSET,
        out_order_no: str | Unset = UNSET,
        query_id: str | Unset = UNSET,
        appid: str | Unset = UNSET,
    ) -> PayscoreSmartretailOrder:
        """查询智慧零售订单

        查询智慧零售订单 — reads a 智慧零售 order, by `out_order_no` or by the `query_id` that the
        mini program hands back when the user returns to the merchant, together with `service_id`
        and `appid`. `state` goes `CREATED` → `USER_ACCEPTED` → `FINISHED` → `USER_PAID`, or ends as
        `REVOKED` or `EXPIRED` (open set).

        Before the acceptance notification arrives the merchant may poll this. It is the lookup
        that settles an unclear outcome of every other operation of this tag. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=14_2&index=4

        Operation: ``query_smartretail_order`` (GET /v3/payscore/smartretail-orders); function: ``api.payscore_smartretail.query_smartretail_order``.
        """
        from ..api.payscore_smartretail import query_smartretail_order as _op

        return self._invoker.call(
            _op.sync, service_id=service_id, out_order_no=out_order_no, query_id=query_id, appid=appid
        )


class AsyncPayscoreSmartretailResource(AsyncResource):
    """``payscore_smartretail`` (async, typed results).

    支付分∙智慧零售 — WeChat Pay Score smart-retail orders (unattended shelves and devices):
    create, query, cancel and complete an order. Paths under `/v3/payscore/smartretail-orders`.
    """

    __slots__ = ()

    async def cancel_smartretail_order(
        self, out_order_no: str, *, body: PayscoreSmartretailOrderCancelRequest | Mapping[str, Any]
    ) -> PayscoreSmartretailOrderResult:
        """撤销智慧零售订单

        撤销智慧零售订单 — the merchant revokes a 智慧零售 order that has not been completed, with a
        `reason`; the order ends as `REVOKED`.

        Not documented as idempotent. After an unclear outcome, check the order with
        `query_smartretail_order`: `REVOKED` means the call took effect.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=14_3&index=5

        Operation: ``cancel_smartretail_order`` (POST /v3/payscore/smartretail-orders/{out_order_no}/cancel); function: ``api.payscore_smartretail.cancel_smartretail_order``.
        """
        from ..api.payscore_smartretail import cancel_smartretail_order as _op

        return await self._invoker.call(_op.asyncio, out_order_no=out_order_no, body=body)

    async def complete_smartretail_order(
        self, out_order_no: str, *, body: PayscoreSmartretailOrderCompleteRequest | Mapping[str, Any]
    ) -> PayscoreSmartretailOrderResult:
        """完结智慧零售订单

        完结智慧零售订单 — after the user has accepted the order and the service is over, the
        merchant completes it with the real amount (`fees`, `discounts`, `total_amount` in fen) and
        times; WeChat Pay then collects `total_amount` from the user. `finish_type` 2 means the
        service was used and is charged, 1 that it was not used (give `cancel_reason`).

        - Pass the `finish_ticket` read from `query_smartretail_order` so that the completion
          applies to the order data the merchant has seen. Only after the user has accepted.
        - The payment result is notified as `PAYSCORE.USER_PAID`
          (`PayscoreServiceOrderNotificationResource`, tag `payscore`).
        - Not documented as idempotent. After an unclear outcome, check with
          `query_smartretail_order` (`FINISHED` or `USER_PAID` means it took effect).

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=14_4&index=6

        Operation: ``complete_smartretail_order`` (POST /v3/payscore/smartretail-orders/{out_order_no}/complete); function: ``api.payscore_smartretail.complete_smartretail_order``.
        """
        from ..api.payscore_smartretail import complete_smartretail_order as _op

        return await self._invoker.call(_op.asyncio, out_order_no=out_order_no, body=body)

    async def create_smartretail_order(
        self, *, body: PayscoreSmartretailOrderCreateRequest | Mapping[str, Any]
    ) -> PayscoreSmartretailOrderCreateResponse:
        """创建智慧零售订单

        创建智慧零售订单 — when a user wants to take goods from an unattended shelf or device and may
        use the service (check with `query_payscore_user_service_state`), the merchant creates a
        智慧零售 order. The answer carries the data for jumping to the WeChat Pay Score mini program
        (`package`, `miniprogram_*`), where the user accepts the order unless `need_user_confirm`
        is false.

        - Acceptance is notified as `PAYSCORE.USER_ACCEPTED`, with the resource of 先享后付 orders
          (`PayscorePayafterNotificationResource`, tag `payscore_payafter`); payment as
          `PAYSCORE.USER_PAID` (`PayscoreServiceOrderNotificationResource`, tag `payscore`).
          `query_smartretail_order` shows the state at any time.
        - Not documented as idempotent. After an unclear outcome, query by `out_order_no` before
          resending with the same `out_order_no`.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=14_1&index=3

        Operation: ``create_smartretail_order`` (POST /v3/payscore/smartretail-orders); function: ``api.payscore_smartretail.create_smartretail_order``.
        """
        from ..api.payscore_smartretail import create_smartretail_order as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def query_smartretail_order(
        self,
        *,
        service_id: str | Unset = UNSET,
        out_order_no: str | Unset = UNSET,
        query_id: str | Unset = UNSET,
        appid: str | Unset = UNSET,
    ) -> PayscoreSmartretailOrder:
        """查询智慧零售订单

        查询智慧零售订单 — reads a 智慧零售 order, by `out_order_no` or by the `query_id` that the
        mini program hands back when the user returns to the merchant, together with `service_id`
        and `appid`. `state` goes `CREATED` → `USER_ACCEPTED` → `FINISHED` → `USER_PAID`, or ends as
        `REVOKED` or `EXPIRED` (open set).

        Before the acceptance notification arrives the merchant may poll this. It is the lookup
        that settles an unclear outcome of every other operation of this tag. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=14_2&index=4

        Operation: ``query_smartretail_order`` (GET /v3/payscore/smartretail-orders); function: ``api.payscore_smartretail.query_smartretail_order``.
        """
        from ..api.payscore_smartretail import query_smartretail_order as _op

        return await self._invoker.call(
            _op.asyncio, service_id=service_id, out_order_no=out_order_no, query_id=query_id, appid=appid
        )


class PayscoreSmartretailResourceWithRawResponse(SyncResource):
    """``payscore_smartretail`` (raw responses).

    支付分∙智慧零售 — WeChat Pay Score smart-retail orders (unattended shelves and devices):
    create, query, cancel and complete an order. Paths under `/v3/payscore/smartretail-orders`.
    """

    __slots__ = ()

    def cancel_smartretail_order(
        self, out_order_no: str, *, body: PayscoreSmartretailOrderCancelRequest | Mapping[str, Any]
    ) -> Response[PayscoreSmartretailOrderResult]:
        """``cancel_smartretail_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        撤销智慧零售订单
        """
        from ..api.payscore_smartretail import cancel_smartretail_order as _op

        return self._invoker.call(_op.sync_detailed, out_order_no=out_order_no, body=body)

    def complete_smartretail_order(
        self, out_order_no: str, *, body: PayscoreSmartretailOrderCompleteRequest | Mapping[str, Any]
    ) -> Response[PayscoreSmartretailOrderResult]:
        """``complete_smartretail_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        完结智慧零售订单
        """
        from ..api.payscore_smartretail import complete_smartretail_order as _op

        return self._invoker.call(_op.sync_detailed, out_order_no=out_order_no, body=body)

    def create_smartretail_order(
        self, *, body: PayscoreSmartretailOrderCreateRequest | Mapping[str, Any]
    ) -> Response[PayscoreSmartretailOrderCreateResponse]:
        """``create_smartretail_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建智慧零售订单
        """
        from ..api.payscore_smartretail import create_smartretail_order as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def query_smartretail_order(
        self,
        *,
        service_id: str | Unset = UNSET,
        out_order_no: str | Unset = UNSET,
        query_id: str | Unset = UNSET,
        appid: str | Unset = UNSET,
    ) -> Response[PayscoreSmartretailOrder]:
        """``query_smartretail_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询智慧零售订单
        """
        from ..api.payscore_smartretail import query_smartretail_order as _op

        return self._invoker.call(
            _op.sync_detailed, service_id=service_id, out_order_no=out_order_no, query_id=query_id, appid=appid
        )


class AsyncPayscoreSmartretailResourceWithRawResponse(AsyncResource):
    """``payscore_smartretail`` (async, raw responses).

    支付分∙智慧零售 — WeChat Pay Score smart-retail orders (unattended shelves and devices):
    create, query, cancel and complete an order. Paths under `/v3/payscore/smartretail-orders`.
    """

    __slots__ = ()

    async def cancel_smartretail_order(
        self, out_order_no: str, *, body: PayscoreSmartretailOrderCancelRequest | Mapping[str, Any]
    ) -> Response[PayscoreSmartretailOrderResult]:
        """``cancel_smartretail_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        撤销智慧零售订单
        """
        from ..api.payscore_smartretail import cancel_smartretail_order as _op

        return await self._invoker.call(_op.asyncio_detailed, out_order_no=out_order_no, body=body)

    async def complete_smartretail_order(
        self, out_order_no: str, *, body: PayscoreSmartretailOrderCompleteRequest | Mapping[str, Any]
    ) -> Response[PayscoreSmartretailOrderResult]:
        """``complete_smartretail_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        完结智慧零售订单
        """
        from ..api.payscore_smartretail import complete_smartretail_order as _op

        return await self._invoker.call(_op.asyncio_detailed, out_order_no=out_order_no, body=body)

    async def create_smartretail_order(
        self, *, body: PayscoreSmartretailOrderCreateRequest | Mapping[str, Any]
    ) -> Response[PayscoreSmartretailOrderCreateResponse]:
        """``create_smartretail_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建智慧零售订单
        """
        from ..api.payscore_smartretail import create_smartretail_order as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def query_smartretail_order(
        self,
        *,
        service_id: str | Unset = UNSET,
        out_order_no: str | Unset = UNSET,
        query_id: str | Unset = UNSET,
        appid: str | Unset = UNSET,
    ) -> Response[PayscoreSmartretailOrder]:
        """``query_smartretail_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询智慧零售订单
        """
        from ..api.payscore_smartretail import query_smartretail_order as _op

        return await self._invoker.call(
            _op.asyncio_detailed, service_id=service_id, out_order_no=out_order_no, query_id=query_id, appid=appid
        )
