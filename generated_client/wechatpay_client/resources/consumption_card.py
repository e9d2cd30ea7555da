# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``consumption_card`` tag: one method per operation of ``api/consumption_card/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.consumption_card_send_request import ConsumptionCardSendRequest
    from ..models.consumption_card_send_response import ConsumptionCardSendResponse
    from ..types import Response


class ConsumptionCardResource(SyncResource):
    """``consumption_card`` (typed results).

    运营工具∙消费卡 — send a consumption card, with its set of vouchers, to a user. Path
    `/v3/marketing/busifavor/coupons/{card_id}/send`.
    """

    __slots__ = ()

    def send_consumption_card(
        self, card_id: str, *, body: ConsumptionCardSendRequest | Mapping[str, Any]
    ) -> ConsumptionCardSendResponse:
        """发放消费卡

        发放消费卡 — gives a user a consumption card (`card_id`); with the card the user receives a
        set of vouchers, and the card goes into the user's card wallet. `appid` is the AppID that
        created the card, bound to the calling merchant, and `openid` must be issued under it.

        - `out_request_no` together with `send_time` must be unique per send; `send_time` is the
          send time in the merchant's system (UTC+8) and may not be more than 24 hours in the past.
        - The answer is the card's `card_code`. No API looks a send up, so an unclear outcome
          cannot be checked; a resend should reuse the same `out_request_no` and `send_time`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017164666

        Operation: ``send_consumption_card`` (POST /v3/marketing/busifavor/coupons/{card_id}/send); function: ``api.consumption_card.send_consumption_card``.
        """
        from ..api.consumption_card import send_consumption_card as _op

        return self._invoker.call(_op.sync, card_id=card_id, body=body)


class AsyncConsumptionCardResource(AsyncResource):
    """``consumption_card`` (async, typed results).

    运营工具∙消费卡 — send a consumption card, with its set of vouchers, to a user. Path
    `/v3/marketing/busifavor/coupons/{card_id}/send`.
    """

    __slots__ = ()

    async def send_consumption_card(
        self, card_id: str, *, body: ConsumptionCardSendRequest | Mapping[str, Any]
    ) -> ConsumptionCardSendResponse:
        """发放消费卡

        发放消费卡 — gives a user a consumption card (`card_id`); with the card the user receives a
        set of vouchers, and the card goes into the user's card wallet. `appid` is the AppID that
        created the card, bound to the calling merchant, and `openid` must be issued under it.

        - `out_request_no` together with `send_time` must be unique per send; `send_time` is the
          send time in the merchant's system (UTC+8) and may not be more than 24 hours in the past.
        - The answer is the card's `card_code`. No API looks a send up, so an unclear outcome
          cannot be checked; a resend should reuse the same `out_request_no` and `send_time`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017164666

        Operation: ``send_consumption_card`` (POST /v3/marketing/busifavor/coupons/{card_id}/send); function: ``api.consumption_card.send_consumption_card``.
        """
        from ..api.consumption_card import send_consumption_card as _op

        return await self._invoker.call(_op.asyncio, card_id=card_id, body=body)


class ConsumptionCardResourceWithRawResponse(SyncResource):
    """``consumption_card`` (raw responses).

    运营工具∙消费卡 — send a consumption card, with its set of vouchers, to a user. Path
    `/v3/marketing/busifavor/coupons/{card_id}/send`.
    """

    __slots__ = ()

    def send_consumption_card(
        self, card_id: str, *, body: ConsumptionCardSendRequest | Mapping[str, Any]
    ) -> Response[ConsumptionCardSendResponse]:
        """``send_consumption_card`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        发放消费卡
        """
        from ..api.consumption_card import send_consumption_card as _op

        return self._invoker.call(_op.sync_detailed, card_id=card_id, body=body)


class AsyncConsumptionCardResourceWithRawResponse(AsyncResource):
    """``consumption_card`` (async, raw responses).

    运营工具∙消费卡 — send a consumption card, with its set of vouchers, to a user. Path
    `/v3/marketing/busifavor/coupons/{card_id}/send`.
    """

    __slots__ = ()

    async def send_consumption_card(
        self, card_id: str, *, body: ConsumptionCardSendRequest | Mapping[str, Any]
    ) -> Response[ConsumptionCardSendResponse]:
        """``send_consumption_card`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        发放消费卡
        """
        from ..api.consumption_card import send_consumption_card as _op

        return await self._invoker.call(_op.asyncio_detailed, card_id=card_id, body=body)
