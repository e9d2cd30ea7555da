# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``payscore_payafter`` tag: one method per operation of ``api/payscore_payafter/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.payscore_payafter_order import PayscorePayafterOrder
    from ..models.payscore_payafter_order_cancel_request import PayscorePayafterOrderCancelRequest
    from ..models.payscore_payafter_order_complete_request import PayscorePayafterOrderCompleteRequest
    from ..models.payscore_payafter_order_create_request import PayscorePayafterOrderCreateRequest
    from ..models.payscore_payafter_order_create_response import PayscorePayafterOrderCreateResponse
    from ..models.payscore_payafter_order_result import PayscorePayafterOrderResult
    from ..models.payscore_payafter_order_sync_request import PayscorePayafterOrderSyncRequest
    from ..models.payscore_payafter_order_sync_response import PayscorePayafterOrderSyncResponse
    from ..types import Response, Unset


class PayscorePayafterResource(SyncResource):
    """``payscore_payafter`` (typed results).

    支付分∙先享后付 — WeChat Pay Score "enjoy first, pay later" orders: create, query, cancel and
    complete an order, and sync an order paid by other means. Paths under
    `/v3/payscore/payafter-orders`.
    """

    __slots__ = ()

    def cancel_payafter_order(
        self, out_order_no: str, *, body: PayscorePayafterOrderCancelRequest | Mapping[str, Any]
    ) -> PayscorePayafterOrderResult:
        """撤销先享后付订单

        撤销先享后付订单 — the merchant revokes a 先享后付 order that has not been completed, with a
        `reason`; the order ends as `REVOKED`.

        Not documented as idempotent. After an unclear outcome, check the order with
        `query_payafter_order`: `REVOKED` means the call took effect.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=17_3&index=5

        Operation: ``cancel_payafter_order`` (POST /v3/payscore/payafter-orders/{out_order_no}/cancel); function: ``api.payscore_payafter.cancel_payafter_order``.
        """
        from ..api.payscore_payafter import cancel_payafter_order as _op

        return self._invoker.call(_op.sync, out_order_no=out_order_no, body=body)

    def complete_payafter_order(
        self, out_order_no: str, *, body: PayscorePayafterOrderCompleteRequest | Mapping[str, Any]
    ) -> PayscorePayafterOrderResult:
        """完结先享后付订单

        完结先享后付订单 — after the user has accepted the order and the service is over, the
        merchant completes it with the real amount (`fees`, `discounts`, `total_amount` in fen) and
        times; WeChat Pay then collects `total_amount` from the user. `finish_type` 2 means the
        service was used and is charged, 1 that it was not used (give `cancel_reason`).

        - Pass the `finish_ticket` read from `query_payafter_order` so that the completion applies to
          the order data the merchant has seen.
        - The payment result is notified as `PAYSCORE.USER_PAID`
          (`PayscoreServiceOrderNotificationResource`, tag `payscore`).
        - Not documented as idempotent. After an unclear outcome, check with `query_payafter_order`
          (`FINISHED` or `USER_PAID` means it took effect).

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=17_4&index=6

        Operation: ``complete_payafter_order`` (POST /v3/payscore/payafter-orders/{out_order_no}/complete); function: ``api.payscore_payafter.complete_payafter_order``.
        """
        from ..api.payscore_payafter import complete_payafter_order as _op

        return self._invoker.call(_op.sync, out_order_no=out_order_no, body=body)

    def create_payafter_order(
        self, *, body: PayscorePayafterOrderCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> PayscorePayafterOrderCreateResponse:
        """创建先享后付订单

        创建先享后付订单 — once the user may use the service (check with
        `query_payscore_user_service_state`), the merchant creates a 先享后付 order. The answer
        carries the data for jumping to the WeChat Pay Score mini program (`package`,
        `miniprogram_*`), where the user accepts the order unless `need_user_confirm` is false.

        - `name`, `phone`, `userid` and `address` are sensitive: pass plaintext, the SDK encrypts
          them and sets `Wechatpay-Serial`.
        - Acceptance is notified as `PAYSCORE.USER_ACCEPTED` (see
          `PayscorePayafterNotificationResource`), payment as `PAYSCORE.USER_PAID`
          (`PayscoreServiceOrderNotificationResource`, tag `payscore`); `query_payafter_order` shows
          the state at any time. An order left `CREATED` for about an hour expires.
        - Not documented as idempotent. After an unclear outcome, query by `out_order_no` before
          resending with the same `out_order_no`.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=17_1&index=3

        Operation: ``create_payafter_order`` (POST /v3/payscore/payafter-orders); function: ``api.payscore_payafter.create_payafter_order``.
        """
        from ..api.payscore_payafter import create_payafter_order as _op

        return self._invoker.call(_op.sync, body=body, wechatpay_serial=wechatpay_serial)

    def query_payafter_order(
        self,
        *,
        service_id: str | Unset = UNSET,
        out_order_no: str | Unset = UNSET,
        query_id: str | Unset = UNSET,
        appid: str | Unset = UNSET,
    ) -> PayscorePayafterOrder:
        """查询先享后付订单

        查询先享后付订单 — reads a 先享后付 order, by `out_order_no` or by the `query_id` that the
        mini program hands back when the user returns to the merchant, together with `service_id`
        and `appid`. `state` goes `CREATED` → `USER_ACCEPTED` → `FINISHED` → `USER_PAID`, or ends as
        `REVOKED` or `EXPIRED` (open set).

        Before the acceptance notification arrives the merchant may poll this. It is the lookup
        that settles an unclear outcome of every other operation of this tag. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=17_2&index=4

        Operation: ``query_payafter_order`` (GET /v3/payscore/payafter-orders); function: ``api.payscore_payafter.query_payafter_order``.
        """
        from ..api.payscore_payafter import query_payafter_order as _op

        return self._invoker.call(
            _op.sync, service_id=service_id, out_order_no=out_order_no, query_id=query_id, appid=appid
        )

    def sync_payafter_order(
        self, out_order_no: str, *, body: PayscorePayafterOrderSyncRequest | Mapping[str, Any]
    ) -> PayscorePayafterOrderSyncResponse:
        """支付分订单同步

        支付分订单同步 — tells WeChat Pay about something that happened outside it, so that its
        order state matches reality; today the one scene is `type` `Order_Paid`: the user already
        paid the order by other means (`detail.paid_time`), which keeps WeChat Pay from collecting
        it a second time. The official page limits it to deposit-free orders of 智慧零售, 先享后付,
        免押租借 and 免押速住.

        Not documented as idempotent. After an unclear outcome, check the order with
        `query_payafter_order` before sending it again.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=24_1&index=1

        Operation: ``sync_payafter_order`` (POST /v3/payscore/payafter-orders/{out_order_no}/sync); function: ``api.payscore_payafter.sync_payafter_order``.
        """
        from ..api.payscore_payafter import sync_payafter_order as _op

        return self._invoker.call(_op.sync, out_order_no=out_order_no, body=body)


class AsyncPayscorePayafterResource(AsyncResource):
    """``payscore_payafter`` (async, typed results).

    支付分∙先享后付 — WeChat Pay Score "enjoy first, pay later" orders: create, query, cancel and
    complete an order, and sync an order paid by other means. Paths under
    `/v3/payscore/payafter-orders`.
    """

    __slots__ = ()

    async def cancel_payafter_order(
        self, out_order_no: str, *, body: PayscorePayafterOrderCancelRequest | Mapping[str, Any]
    ) -> PayscorePayafterOrderResult:
        """撤销先享后付订单

        撤销先享后付订单 — the merchant revokes a 先享后付 order that has not been completed, with a
        `reason`; the order ends as `REVOKED`.

        Not documented as idempotent. After an unclear outcome, check the order with
        `query_payafter_order`: `REVOKED` means the call took effect.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=17_3&index=5

        Operation: ``cancel_payafter_order`` (POST /v3/payscore/payafter-orders/{out_order_no}/cancel); function: ``api.payscore_payafter.cancel_payafter_order``.
        """
        from ..api.payscore_payafter import cancel_payafter_order as _op

        return await self._invoker.call(_op.asyncio, out_order_no=out_order_no, body=body)

    async def complete_payafter_order(
        self, out_order_no: str, *, body: PayscorePayafterOrderCompleteRequest | Mapping[str, Any]
    ) -> PayscorePayafterOrderResult:
        """完结先享后付订单

        完结先享后付订单 — after the user has accepted the order and the service is over, the
        merchant completes it with the real amount (`fees`, `discounts`, `total_amount` in fen) and
        times; WeChat Pay then collects `total_amount` from the user. `finish_type` 2 means the
        service was used and is charged, 1 that it was not used (give `cancel_reason`).

        - Pass the `finish_ticket` read from `query_payafter_order` so that the completion applies to
          the order data the merchant has seen.
        - The payment result is notified as `PAYSCORE.USER_PAID`
          (`PayscoreServiceOrderNotificationResource`, tag `payscore`).
        - Not documented as idempotent. After an unclear outcome, check with `query_payafter_order`
          (`FINISHED` or `USER_PAID` means it took effect).

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=17_4&index=6

        Operation: ``complete_payafter_order`` (POST /v3/payscore/payafter-orders/{out_order_no}/complete); function: ``api.payscore_payafter.complete_payafter_order``.
        """
        from ..api.payscore_payafter import complete_payafter_order as _op

        return await self._invoker.call(_op.asyncio, out_order_no=out_order_no, body=body)

    async def create_payafter_order(
        self, *, body: PayscorePayafterOrderCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> PayscorePayafterOrderCreateResponse:
        """创建先享后付订单

        创建先享后付订单 — once the user may use the service (check with
        `query_payscore_user_service_state`), the merchant creates a 先享后付 order. The answer
        carries the data for jumping to the WeChat Pay Score mini program (`package`,
        `miniprogram_*`), where the user accepts the order unless `need_user_confirm` is false.

        - `name`, `phone`, `userid` and `address` are sensitive: pass plaintext, the SDK encrypts
          them and sets `Wechatpay-Serial`.
        - Acceptance is notified as `PAYSCORE.USER_ACCEPTED` (see
          `PayscorePayafterNotificationResource`), payment as `PAYSCORE.USER_PAID`
          (`PayscoreServiceOrderNotificationResource`, tag `payscore`); `query_payafter_order` shows
          the state at any time. An order left `CREATED` for about an hour expires.
        - Not documented as idempotent. After an unclear outcome, query by `out_order_no` before
          resending with the same `out_order_no`.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=17_1&index=3

        Operation: ``create_payafter_order`` (POST /v3/payscore/payafter-orders); function: ``api.payscore_payafter.create_payafter_order``.
        """
        from ..api.payscore_payafter import create_payafter_order as _op

        return await self._invoker.call(_op.asyncio, body=body, wechatpay_serial=wechatpay_serial)

    async def query_payafter_order(
        self,
        *,
        service_id: str | Unset = UNSET,
        out_order_no: str | Unset = UNSET,
        query_id: str | Unset = UNSET,
        appid: str | Unset = UNSET,
    ) -> PayscorePayafterOrder:
        """查询先享后付订单

        查询先享后付订单 — reads a 先享后付 order, by `out_order_no` or by the `query_id` that the
        mini program hands back when the user returns to the merchant, together with `service_id`
        and `appid`. `state` goes `CREATED` → `USER_ACCEPTED` → `FINISHED` → `USER_PAID`, or ends as
        `REVOKED` or `EXPIRED` (open set).

        Before the acceptance notification arrives the merchant may poll this. It is the lookup
        that settles an unclear outcome of every other operation of this tag. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=17_2&index=4

        Operation: ``query_payafter_order`` (GET /v3/payscore/payafter-orders); function: ``api.payscore_payafter.query_payafter_order``.
        """
        from ..api.payscore_payafter import query_payafter_order as _op

        return await self._invoker.call(
            _op.asyncio, service_id=service_id, out_order_no=out_order_no, query_id=query_id, appid=appid
        )

    async def sync_payafter_order(
        self, out_order_no: str, *, body: PayscorePayafterOrderSyncRequest | Mapping[str, Any]
    ) -> PayscorePayafterOrderSyncResponse:
        """支付分订单同步

        支付分订单同步 — tells WeChat Pay about something that happened outside it, so that its
        order state matches reality; today the one scene is `type` `Order_Paid`: the user already
        paid the order by other means (`detail.paid_time`), which keeps WeChat Pay from collecting
        it a second time. The official page limits it to deposit-free orders of 智慧零售, 先享后付,
        免押租借 and 免押速住.

        Not documented as idempotent. After an unclear outcome, check the order with
        `query_payafter_order` before sending it again.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=24_1&index=1

        Operation: ``sync_payafter_order`` (POST /v3/payscore/payafter-orders/{out_order_no}/sync); function: ``api.payscore_payafter.sync_payafter_order``.
        """
        from ..api.payscore_payafter import sync_payafter_order as _op

        return await self._invoker.call(_op.asyncio, out_order_no=out_order_no, body=body)


class PayscorePayafterResourceWithRawResponse(SyncResource):
    """``payscore_payafter`` (raw responses).

    支付分∙先享后付 — WeChat Pay Score "enjoy first, pay later" orders: create, query, cancel and
    complete an order, and sync an order paid by other means. Paths under
    `/v3/payscore/payafter-orders`.
    """

    __slots__ = ()

    def cancel_payafter_order(
        self, out_order_no: str, *, body: PayscorePayafterOrderCancelRequest | Mapping[str, Any]
    ) -> Response[PayscorePayafterOrderResult]:
        """``cancel_payafter_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        撤销先享后付订单
        """
        from ..api.payscore_payafter import cancel_payafter_order as _op

        return self._invoker.call(_op.sync_detailed, out_order_no=out_order_no, body=body)

    def complete_payafter_order(
        self, out_order_no: str, *, body: PayscorePayafterOrderCompleteRequest | Mapping[str, Any]
    ) -> Response[PayscorePayafterOrderResult]:
        """``complete_payafter_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        完结先享后付订单
        """
        from ..api.payscore_payafter import complete_payafter_order as _op

        return self._invoker.call(_op.sync_detailed, out_order_no=out_order_no, body=body)

    def create_payafter_order(
        self, *, body: PayscorePayafterOrderCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[PayscorePayafterOrderCreateResponse]:
        """``create_payafter_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建先享后付订单
        """
        from ..api.payscore_payafter import create_payafter_order as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def query_payafter_order(
        self,
        *,
        service_id: str | Unset = UNSET,
        out_order_no: str | Unset = UNSET,
        query_id: str | Unset = UNSET,
        appid: str | Unset = UNSET,
    ) -> Response[PayscorePayafterOrder]:
        """``query_payafter_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询先享后付订单
        """
        from ..api.payscore_payafter import query_payafter_order as _op

        return self._invoker.call(
            _op.sync_detailed, service_id=service_id, out_order_no=out_order_no, query_id=query_id, appid=appid
        )

    def sync_payafter_order(
        self, out_order_no: str, *, body: PayscorePayafterOrderSyncRequest | Mapping[str, Any]
    ) -> Response[PayscorePayafterOrderSyncResponse]:
        """``sync_payafter_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        支付分订单同步
        """
        from ..api.payscore_payafter import sync_payafter_order as _op

        return self._invoker.call(_op.sync_detailed, out_order_no=out_order_no, body=body)


class AsyncPayscorePayafterResourceWithRawResponse(AsyncResource):
    """``payscore_payafter`` (async, raw responses).

    支付分∙先享后付 — WeChat Pay Score "enjoy first, pay later" orders: create, query, cancel and
    complete an order, and sync an order paid by other means. Paths under
    `/v3/payscore/payafter-orders`.
    """

    __slots__ = ()

    async def cancel_payafter_order(
        self, out_order_no: str, *, body: PayscorePayafterOrderCancelRequest | Mapping[str, Any]
    ) -> Response[PayscorePayafterOrderResult]:
        """``cancel_payafter_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        撤销先享后付订单
        """
        from ..api.payscore_payafter import cancel_payafter_order as _op

        return await self._invoker.call(_op.asyncio_detailed, out_order_no=out_order_no, body=body)

    async def complete_payafter_order(
        self, out_order_no: str, *, body: PayscorePayafterOrderCompleteRequest | Mapping[str, Any]
    ) -> Response[PayscorePayafterOrderResult]:
        """``complete_payafter_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        完结先享后付订单
        """
        from ..api.payscore_payafter import complete_payafter_order as _op

        return await self._invoker.call(_op.asyncio_detailed, out_order_no=out_order_no, body=body)

    async def create_payafter_order(
        self, *, body: PayscorePayafterOrderCreateRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[PayscorePayafterOrderCreateResponse]:
        """``create_payafter_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建先享后付订单
        """
        from ..api.payscore_payafter import create_payafter_order as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def query_payafter_order(
        self,
        *,
        service_id: str | Unset = UNSET,
        out_order_no: str | Unset = UNSET,
        query_id: str | Unset = UNSET,
        appid: str | Unset = UNSET,
    ) -> Response[PayscorePayafterOrder]:
        """``query_payafter_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询先享后付订单
        """
        from ..api.payscore_payafter import query_payafter_order as _op

        return await self._invoker.call(
            _op.asyncio_detailed, service_id=service_id, out_order_no=out_order_no, query_id=query_id, appid=appid
        )

    async def sync_payafter_order(
        self, out_order_no: str, *, body: PayscorePayafterOrderSyncRequest | Mapping[str, Any]
    ) -> Response[PayscorePayafterOrderSyncResponse]:
        """``sync_payafter_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        支付分订单同步
        """
        from ..api.payscore_payafter import sync_payafter_order as _op

        return await self._invoker.call(_op.asyncio_detailed, out_order_no=out_order_no, body=body)
