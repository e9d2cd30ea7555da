# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``payscore_delivery`` tag: one method per operation of ``api/payscore_delivery/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.payscore_delivery_order import PayscoreDeliveryOrder
    from ..models.payscore_delivery_order_create_request import PayscoreDeliveryOrderCreateRequest
    from ..types import Response


class PayscoreDeliveryResource(SyncResource):
    """``payscore_delivery`` (typed results).

    支付分∙先用后付 — WeChat Pay Score pay-on-delivery orders (先用后付): create a service order
    for goods the user pays for after receiving them. Path `/v3/payscore/servicepayondeliveryorder`.
    """

    __slots__ = ()

    def create_payscore_delivery_order(
        self, *, body: PayscoreDeliveryOrderCreateRequest | Mapping[str, Any]
    ) -> PayscoreDeliveryOrder:
        """创建先用后付订单

        创建先用后付订单 — creates a Pay Score service order for a 先用后付 purchase: the user receives
        the goods first and pays afterwards. Besides the usual service-order data (`time_range`,
        `risk_fund`, `post_payments`, `post_discounts`) the merchant describes the purchase in
        `shopping_info`: the goods (name, picture, unit price in fen, quantity) and the mini-program
        page that shows the order (`jump_link`).

        - The answer's `package` is passed to the WeChat Pay Score mini program, where the user
          confirms the order (unless `need_user_confirm` is false). The order then follows the
          Pay Score service-order life cycle: confirmation and payment are notified to `notify_url`
          as `PAYSCORE.USER_CONFIRM` and `PAYSCORE.USER_PAID`
          (`PayscoreServiceOrderNotificationResource` of the `payscore` tag), and the order is
          completed or cancelled with the service-order operations of that tag.
        - Not documented as idempotent. After an unclear outcome, look the order up with
          `query_payscore_service_order` (by `out_order_no`) before resending with the same
          `out_order_no`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012856585

        Operation: ``create_payscore_delivery_order`` (POST /v3/payscore/servicepayondeliveryorder); function: ``api.payscore_delivery.create_payscore_delivery_order``.
        """
        from ..api.payscore_delivery import create_payscore_delivery_order as _op

        return self._invoker.call(_op.sync, body=body)


class AsyncPayscoreDeliveryResource(AsyncResource):
    """``payscore_delivery`` (async, typed results).

    支付分∙先用后付 — WeChat Pay Score pay-on-delivery orders (先用后付): create a service order
    for goods the user pays for after receiving them. Path `/v3/payscore/servicepayondeliveryorder`.
    """

    __slots__ = ()

    async def create_payscore_delivery_order(
        self, *, body: PayscoreDeliveryOrderCreateRequest | Mapping[str, Any]
    ) -> PayscoreDeliveryOrder:
        """创建先用后付订单

        创建先用后付订单 — creates a Pay Score service order for a 先用后付 purchase: the user receives
        the goods first and pays afterwards. Besides the usual service-order data (`time_range`,
        `risk_fund`, `post_payments`, `post_discounts`) the merchant describes the purchase in
        `shopping_info`: the goods (name, picture, unit price in fen, quantity) and the mini-program
        page that shows the order (`jump_link`).

        - The answer's `package` is passed to the WeChat Pay Score mini program, where the user
          confirms the order (unless `need_user_confirm` is false). The order then follows the
          Pay Score service-order life cycle: confirmation and payment are notified to `notify_url`
          as `PAYSCORE.USER_CONFIRM` and `PAYSCORE.USER_PAID`
          (`PayscoreServiceOrderNotificationResource` of the `payscore` tag), and the order is
          completed or cancelled with the service-order operations of that tag.
        - Not documented as idempotent. After an unclear outcome, look the order up with
          `query_payscore_service_order` (by `out_order_no`) before resending with the same
          `out_order_no`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012856585

        Operation: ``create_payscore_delivery_order`` (POST /v3/payscore/servicepayondeliveryorder); function: ``api.payscore_delivery.create_payscore_delivery_order``.
        """
        from ..api.payscore_delivery import create_payscore_delivery_order as _op

        return await self._invoker.call(_op.asyncio, body=body)


class PayscoreDeliveryResourceWithRawResponse(SyncResource):
    """``payscore_delivery`` (raw responses).

    支付分∙先用后付 — WeChat Pay Score pay-on-delivery orders (先用后付): create a service order
    for goods the user pays for after receiving them. Path `/v3/payscore/servicepayondeliveryorder`.
    """

    __slots__ = ()

    def create_payscore_delivery_order(
        self, *, body: PayscoreDeliveryOrderCreateRequest | Mapping[str, Any]
    ) -> Response[PayscoreDeliveryOrder]:
        """``create_payscore_delivery_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建先用后付订单
        """
        from ..api.payscore_delivery import create_payscore_delivery_order as _op

        return self._invoker.call(_op.sync_detailed, body=body)


class AsyncPayscoreDeliveryResourceWithRawResponse(AsyncResource):
    """``payscore_delivery`` (async, raw responses).

    支付分∙先用后付 — WeChat Pay Score pay-on-delivery orders (先用后付): create a service order
    for goods the user pays for after receiving them. Path `/v3/payscore/servicepayondeliveryorder`.
    """

    __slots__ = ()

    async def create_payscore_delivery_order(
        self, *, body: PayscoreDeliveryOrderCreateRequest | Mapping[str, Any]
    ) -> Response[PayscoreDeliveryOrder]:
        """``create_payscore_delivery_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建先用后付订单
        """
        from ..api.payscore_delivery import create_payscore_delivery_order as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)
