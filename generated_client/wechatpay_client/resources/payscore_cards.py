# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``payscore_cards`` tag: one method per operation of ``api/payscore_cards/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.payscore_card import PayscoreCard
    from ..models.payscore_card_order import PayscoreCardOrder
    from ..models.payscore_card_order_ref import PayscoreCardOrderRef
    from ..models.payscore_card_order_update_request import PayscoreCardOrderUpdateRequest
    from ..models.payscore_card_prepare_request import PayscoreCardPrepareRequest
    from ..models.payscore_card_prepare_response import PayscoreCardPrepareResponse
    from ..models.payscore_card_user_records_request import PayscoreCardUserRecordsRequest
    from ..types import Response


class PayscoreCardsResource(SyncResource):
    """``payscore_cards`` (typed results).

    支付分∙先享卡 — WeChat Pay discount cards (微信先享卡): prepare the card claim, add the user's
    goal and reward records, query a card; and the older discount-card order API (query by
    order number or merchant trade number, update the order). Paths under
    `/v3/discount-card/`.
    """

    __slots__ = ()

    def add_discount_card_user_records(
        self, out_card_code: str, *, body: PayscoreCardUserRecordsRequest | Mapping[str, Any]
    ) -> None:
        """增加用户记录API

        增加用户记录 — reports what the user did with the card at the merchant: goals completed
        (`objective_completion_records`) and rewards used (`reward_usage_records`). WeChat Pay
        shows them in the discount-card mini program and uses them to settle the card when its
        term ends. No content in the answer (`204`).

        - Each record carries the merchant's serial number (`objective_completion_serial_no`,
          `reward_usage_serial_no`).
        - Not documented as idempotent. After a timeout or 5xx, check the card's records with
          `query_discount_card` (by serial number) before resending.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter6_3_2.shtml

        Operation: ``add_discount_card_user_records`` (POST /v3/discount-card/cards/{out_card_code}/add-user-records); function: ``api.payscore_cards.add_discount_card_user_records``.
        """
        from ..api.payscore_cards import add_discount_card_user_records as _op

        self._invoker.call(_op.sync_detailed, out_card_code=out_card_code, body=body)

    def prepare_discount_card(
        self, *, body: PayscoreCardPrepareRequest | Mapping[str, Any]
    ) -> PayscoreCardPrepareResponse:
        """预受理领卡请求API

        预受理领卡请求 — the step before sending a user to claim a discount card (先享卡): the
        merchant registers its claim number `out_card_code` for a card template and receives a
        `prepare_card_token`, with which the front end opens the card-claim page.

        - When the user has claimed the card, `DISCOUNT_CARD.USER_ACCEPTED` is sent to
          `notify_url` (see `PayscoreCardNotificationResource`); the card can then be read with
          `query_discount_card`.
        - Not documented as idempotent, and the token exists only in this answer; see
          `x-wechatpay-no-reconcile`.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter6_3_1.shtml

        Operation: ``prepare_discount_card`` (POST /v3/discount-card/cards); function: ``api.payscore_cards.prepare_discount_card``.
        """
        from ..api.payscore_cards import prepare_discount_card as _op

        return self._invoker.call(_op.sync, body=body)

    def query_discount_card(self, out_card_code: str) -> PayscoreCard:
        """查询先享卡订单API

        查询先享卡订单 — reads a claimed discount card by the merchant's claim number: its term
        (`time_range`), state, the goals with their completion records, the rewards with their
        usage records and, when the user has to pay back rewards, the payment
        (`pay_information`). Useful for reconciliation and display, and the lookup that settles
        an unclear outcome of `add_discount_card_user_records`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter6_3_3.shtml

        Operation: ``query_discount_card`` (GET /v3/discount-card/cards/{out_card_code}); function: ``api.payscore_cards.query_discount_card``.
        """
        from ..api.payscore_cards import query_discount_card as _op

        return self._invoker.call(_op.sync, out_card_code=out_card_code)

    def query_discount_card_order(self, out_order_no: str) -> PayscoreCardOrder:
        """通过先享卡订单号查询订单API

        通过先享卡订单号查询订单 — reads an order of the older discount-card API by the
        discount-card order number `out_order_no`: card term, goal and reward descriptions,
        state, amounts and the goal and reward details reported with
        `update_discount_card_order`. The lookup that settles an unclear outcome of that update.
        Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/discount-card/chapter3_1.shtml

        Operation: ``query_discount_card_order`` (GET /v3/discount-card/orders/{out_order_no}); function: ``api.payscore_cards.query_discount_card_order``.
        """
        from ..api.payscore_cards import query_discount_card_order as _op

        return self._invoker.call(_op.sync, out_order_no=out_order_no)

    def query_discount_card_order_by_out_trade_no(self, out_trade_no: str) -> PayscoreCardOrder:
        """通过先享卡订单号查询订单API

        通过商户订单号查询先享卡订单 — reads an order of the older discount-card API (the card
        bought through Pay Score) by the merchant's trade number `out_trade_no`: card term,
        goal and reward descriptions, state, amounts and the goal and reward details.

        - **Retired upstream:** IM marks this endpoint as taken offline on 2020-03-26 and keeps
          the page for reference only; it is kept here because the direct-merchant checklist
          lists it. Expect an error from WeChat Pay.
        - Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/discount-card/chapter3_1.shtml

        Operation: ``query_discount_card_order_by_out_trade_no`` (GET /v3/discount-card/orders/out-trade-no/{out_trade_no}); function: ``api.payscore_cards.query_discount_card_order_by_out_trade_no``.
        """
        from ..api.payscore_cards import query_discount_card_order_by_out_trade_no as _op

        return self._invoker.call(_op.sync, out_trade_no=out_trade_no)

    def update_discount_card_order(
        self, out_order_no: str, *, body: PayscoreCardOrderUpdateRequest | Mapping[str, Any]
    ) -> PayscoreCardOrderRef:
        """更新先享卡订单API

        更新先享卡订单 — reports, for an order of the older discount-card API, the goals the user
        reached (`objectives`, 履约) and the rewards granted (`rewards`), so that WeChat Pay can
        show them and settle the card at the end of its term.

        - Each entry carries the merchant's serial number (`objective_serial_no`,
          `reward_serial_no`).
        - Not documented as idempotent. After a timeout or 5xx, look the entries up with
          `query_discount_card_order` (by serial number) before resending.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/discount-card/chapter3_2.shtml

        Operation: ``update_discount_card_order`` (PATCH /v3/discount-card/orders/{out_order_no}); function: ``api.payscore_cards.update_discount_card_order``.
        """
        from ..api.payscore_cards import update_discount_card_order as _op

        return self._invoker.call(_op.sync, out_order_no=out_order_no, body=body)


class AsyncPayscoreCardsResource(AsyncResource):
    """``payscore_cards`` (async, typed results).

    支付分∙先享卡 — WeChat Pay discount cards (微信先享卡): prepare the card claim, add the user's
    goal and reward records, query a card; and the older discount-card order API (query by
    order number or merchant trade number, update the order). Paths under
    `/v3/discount-card/`.
    """

    __slots__ = ()

    async def add_discount_card_user_records(
        self, out_card_code: str, *, body: PayscoreCardUserRecordsRequest | Mapping[str, Any]
    ) -> None:
        """增加用户记录API

        增加用户记录 — reports what the user did with the card at the merchant: goals completed
        (`objective_completion_records`) and rewards used (`reward_usage_records`). WeChat Pay
        shows them in the discount-card mini program and uses them to settle the card when its
        term ends. No content in the answer (`204`).

        - Each record carries the merchant's serial number (`objective_completion_serial_no`,
          `reward_usage_serial_no`).
        - Not documented as idempotent. After a timeout or 5xx, check the card's records with
          `query_discount_card` (by serial number) before resending.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter6_3_2.shtml

        Operation: ``add_discount_card_user_records`` (POST /v3/discount-card/cards/{out_card_code}/add-user-records); function: ``api.payscore_cards.add_discount_card_user_records``.
        """
        from ..api.payscore_cards import add_discount_card_user_records as _op

        await self._invoker.call(_op.asyncio_detailed, out_card_code=out_card_code, body=body)

    async def prepare_discount_card(
        self, *, body: PayscoreCardPrepareRequest | Mapping[str, Any]
    ) -> PayscoreCardPrepareResponse:
        """预受理领卡请求API

        预受理领卡请求 — the step before sending a user to claim a discount card (先享卡): the
        merchant registers its claim number `out_card_code` for a card template and receives a
        `prepare_card_token`, with which the front end opens the card-claim page.

        - When the user has claimed the card, `DISCOUNT_CARD.USER_ACCEPTED` is sent to
          `notify_url` (see `PayscoreCardNotificationResource`); the card can then be read with
          `query_discount_card`.
        - Not documented as idempotent, and the token exists only in this answer; see
          `x-wechatpay-no-reconcile`.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter6_3_1.shtml

        Operation: ``prepare_discount_card`` (POST /v3/discount-card/cards); function: ``api.payscore_cards.prepare_discount_card``.
        """
        from ..api.payscore_cards import prepare_discount_card as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def query_discount_card(self, out_card_code: str) -> PayscoreCard:
        """查询先享卡订单API

        查询先享卡订单 — reads a claimed discount card by the merchant's claim number: its term
        (`time_range`), state, the goals with their completion records, the rewards with their
        usage records and, when the user has to pay back rewards, the payment
        (`pay_information`). Useful for reconciliation and display, and the lookup that settles
        an unclear outcome of `add_discount_card_user_records`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter6_3_3.shtml

        Operation: ``query_discount_card`` (GET /v3/discount-card/cards/{out_card_code}); function: ``api.payscore_cards.query_discount_card``.
        """
        from ..api.payscore_cards import query_discount_card as _op

        return await self._invoker.call(_op.asyncio, out_card_code=out_card_code)

    async def query_discount_card_order(self, out_order_no: str) -> PayscoreCardOrder:
        """通过先享卡订单号查询订单API

        通过先享卡订单号查询订单 — reads an order of the older discount-card API by the
        discount-card order number `out_order_no`: card term, goal and reward descriptions,
        state, amounts and the goal and reward details reported with
        `update_discount_card_order`. The lookup that settles an unclear outcome of that update.
        Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/discount-card/chapter3_1.shtml

        Operation: ``query_discount_card_order`` (GET /v3/discount-card/orders/{out_order_no}); function: ``api.payscore_cards.query_discount_card_order``.
        """
        from ..api.payscore_cards import query_discount_card_order as _op

        return await self._invoker.call(_op.asyncio, out_order_no=out_order_no)

    async def query_discount_card_order_by_out_trade_no(self, out_trade_no: str) -> PayscoreCardOrder:
        """通过先享卡订单号查询订单API

        通过商户订单号查询先享卡订单 — reads an order of the older discount-card API (the card
        bought through Pay Score) by the merchant's trade number `out_trade_no`: card term,
        goal and reward descriptions, state, amounts and the goal and reward details.

        - **Retired upstream:** IM marks this endpoint as taken offline on 2020-03-26 and keeps
          the page for reference only; it is kept here because the direct-merchant checklist
          lists it. Expect an error from WeChat Pay.
        - Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/discount-card/chapter3_1.shtml

        Operation: ``query_discount_card_order_by_out_trade_no`` (GET /v3/discount-card/orders/out-trade-no/{out_trade_no}); function: ``api.payscore_cards.query_discount_card_order_by_out_trade_no``.
        """
        from ..api.payscore_cards import query_discount_card_order_by_out_trade_no as _op

        return await self._invoker.call(_op.asyncio, out_trade_no=out_trade_no)

    async def update_discount_card_order(
        self, out_order_no: str, *, body: PayscoreCardOrderUpdateRequest | Mapping[str, Any]
    ) -> PayscoreCardOrderRef:
        """更新先享卡订单API

        更新先享卡订单 — reports, for an order of the older discount-card API, the goals the user
        reached (`objectives`, 履约) and the rewards granted (`rewards`), so that WeChat Pay can
        show them and settle the card at the end of its term.

        - Each entry carries the merchant's serial number (`objective_serial_no`,
          `reward_serial_no`).
        - Not documented as idempotent. After a timeout or 5xx, look the entries up with
          `query_discount_card_order` (by serial number) before resending.

        Official doc: https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/discount-card/chapter3_2.shtml

        Operation: ``update_discount_card_order`` (PATCH /v3/discount-card/orders/{out_order_no}); function: ``api.payscore_cards.update_discount_card_order``.
        """
        from ..api.payscore_cards import update_discount_card_order as _op

        return await self._invoker.call(_op.asyncio, out_order_no=out_order_no, body=body)


class PayscoreCardsResourceWithRawResponse(SyncResource):
    """``payscore_cards`` (raw responses).

    支付分∙先享卡 — WeChat Pay discount cards (微信先享卡): prepare the card claim, add the user's
    goal and reward records, query a card; and the older discount-card order API (query by
    order number or merchant trade number, update the order). Paths under
    `/v3/discount-card/`.
    """

    __slots__ = ()

    def add_discount_card_user_records(
        self, out_card_code: str, *, body: PayscoreCardUserRecordsRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``add_discount_card_user_records`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        增加用户记录API
        """
        from ..api.payscore_cards import add_discount_card_user_records as _op

        return self._invoker.call(_op.sync_detailed, out_card_code=out_card_code, body=body)

    def prepare_discount_card(
        self, *, body: PayscoreCardPrepareRequest | Mapping[str, Any]
    ) -> Response[PayscoreCardPrepareResponse]:
        """``prepare_discount_card`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        预受理领卡请求API
        """
        from ..api.payscore_cards import prepare_discount_card as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def query_discount_card(self, out_card_code: str) -> Response[PayscoreCard]:
        """``query_discount_card`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询先享卡订单API
        """
        from ..api.payscore_cards import query_discount_card as _op

        return self._invoker.call(_op.sync_detailed, out_card_code=out_card_code)

    def query_discount_card_order(self, out_order_no: str) -> Response[PayscoreCardOrder]:
        """``query_discount_card_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        通过先享卡订单号查询订单API
        """
        from ..api.payscore_cards import query_discount_card_order as _op

        return self._invoker.call(_op.sync_detailed, out_order_no=out_order_no)

    def query_discount_card_order_by_out_trade_no(self, out_trade_no: str) -> Response[PayscoreCardOrder]:
        """``query_discount_card_order_by_out_trade_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        通过先享卡订单号查询订单API
        """
        from ..api.payscore_cards import query_discount_card_order_by_out_trade_no as _op

        return self._invoker.call(_op.sync_detailed, out_trade_no=out_trade_no)

    def update_discount_card_order(
        self, out_order_no: str, *, body: PayscoreCardOrderUpdateRequest | Mapping[str, Any]
    ) -> Response[PayscoreCardOrderRef]:
        """``update_discount_card_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        更新先享卡订单API
        """
        from ..api.payscore_cards import update_discount_card_order as _op

        return self._invoker.call(_op.sync_detailed, out_order_no=out_order_no, body=body)


class AsyncPayscoreCardsResourceWithRawResponse(AsyncResource):
    """``payscore_cards`` (async, raw responses).

    支付分∙先享卡 — WeChat Pay discount cards (微信先享卡): prepare the card claim, add the user's
    goal and reward records, query a card; and the older discount-card order API (query by
    order number or merchant trade number, update the order). Paths under
    `/v3/discount-card/`.
    """

    __slots__ = ()

    async def add_discount_card_user_records(
        self, out_card_code: str, *, body: PayscoreCardUserRecordsRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``add_discount_card_user_records`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        增加用户记录API
        """
        from ..api.payscore_cards import add_discount_card_user_records as _op

        return await self._invoker.call(_op.asyncio_detailed, out_card_code=out_card_code, body=body)

    async def prepare_discount_card(
        self, *, body: PayscoreCardPrepareRequest | Mapping[str, Any]
    ) -> Response[PayscoreCardPrepareResponse]:
        """``prepare_discount_card`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        预受理领卡请求API
        """
        from ..api.payscore_cards import prepare_discount_card as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def query_discount_card(self, out_card_code: str) -> Response[PayscoreCard]:
        """``query_discount_card`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询先享卡订单API
        """
        from ..api.payscore_cards import query_discount_card as _op

        return await self._invoker.call(_op.asyncio_detailed, out_card_code=out_card_code)

    async def query_discount_card_order(self, out_order_no: str) -> Response[PayscoreCardOrder]:
        """``query_discount_card_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        通过先享卡订单号查询订单API
        """
        from ..api.payscore_cards import query_discount_card_order as _op

        return await self._invoker.call(_op.asyncio_detailed, out_order_no=out_order_no)

    async def query_discount_card_order_by_out_trade_no(self, out_trade_no: str) -> Response[PayscoreCardOrder]:
        """``query_discount_card_order_by_out_trade_no`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        通过先享卡订单号查询订单API
        """
        from ..api.payscore_cards import query_discount_card_order_by_out_trade_no as _op

        return await self._invoker.call(_op.asyncio_detailed, out_trade_no=out_trade_no)

    async def update_discount_card_order(
        self, out_order_no: str, *, body: PayscoreCardOrderUpdateRequest | Mapping[str, Any]
    ) -> Response[PayscoreCardOrderRef]:
        """``update_discount_card_order`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        更新先享卡订单API
        """
        from ..api.payscore_cards import update_discount_card_order as _op

        return await self._invoker.call(_op.asyncio_detailed, out_order_no=out_order_no, body=body)
