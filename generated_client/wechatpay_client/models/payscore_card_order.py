# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payscore_card_order_objective import PayscoreCardOrderObjective
    from ..models.payscore_card_order_reward import PayscoreCardOrderReward


T = TypeVar("T", bound="PayscoreCardOrder")


@_attrs_define
class PayscoreCardOrder:
    """先享卡订单 — an order of the older discount-card API (answer of both order queries).
    Amounts in fen; times are plain strings as sent.

    """

    out_order_no: str
    """ 先享卡订单号 — discount-card order number. """
    discount_card_id: str
    """ 先享卡ID — card ID. """
    out_trade_no: str
    """ 商户订单号 — the merchant's trade number. """
    appid: str
    """ 公众账号ID — AppID. """
    service_id: str
    """ 服务ID — Pay Score service ID. """
    order_id: str
    """ 微信支付服务订单号 — service order number assigned by WeChat Pay. """
    openid: str
    """ 用户标识 — the user's OpenID under `appid`. """
    card_begin_time: str
    """ 先享卡开始时间 — start of the card's term. """
    card_end_time: str
    """ 先享卡结束时间 — end of the card's term. """
    card_name: str
    """ 先享卡名称 — card name. """
    objective_description: str
    """ 目标描述 — description of the goals. """
    reward_description: str
    """ 奖励描述 — description of the rewards. """
    estimated_reward_amount: int
    """ 预估奖励金额 — estimated reward value, in fen. """
    state: str
    """ 订单状态 — order state; open set (the sources list no values). """
    create_time: str
    """ 创建时间 — when the order was created. """
    transaction_id: str | Unset = UNSET
    """ 微信支付交易单号 — WeChat Pay transaction ID (once paid). """
    online_instructions: str | Unset = UNSET
    """ 线上使用说明 — online usage instructions. """
    offline_instructions: str | Unset = UNSET
    """ 线下使用说明 — offline usage instructions. """
    total_amount: int | Unset = UNSET
    """ 总金额 — total, in fen. """
    deduction_amount: int | Unset = UNSET
    """ 扣除金额 — amount deducted, in fen. """
    settlement_amount: int | Unset = UNSET
    """ 结算金额 — settled amount, in fen. """
    pay_time: str | Unset = UNSET
    """ 支付时间 — when the order was paid. """
    objectives: list[PayscoreCardOrderObjective] | Unset = UNSET
    """ 目标达成明细列表 — goals reached. """
    rewards: list[PayscoreCardOrderReward] | Unset = UNSET
    """ 奖励明细列表 — rewards granted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_order_no = self.out_order_no

        discount_card_id = self.discount_card_id

        out_trade_no = self.out_trade_no

        appid = self.appid

        service_id = self.service_id

        order_id = self.order_id

        openid = self.openid

        card_begin_time = self.card_begin_time

        card_end_time = self.card_end_time

        card_name = self.card_name

        objective_description = self.objective_description

        reward_description = self.reward_description

        estimated_reward_amount = self.estimated_reward_amount

        state = self.state

        create_time = self.create_time

        transaction_id = self.transaction_id

        online_instructions = self.online_instructions

        offline_instructions = self.offline_instructions

        total_amount = self.total_amount

        deduction_amount = self.deduction_amount

        settlement_amount = self.settlement_amount

        pay_time = self.pay_time

        objectives: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.objectives, Unset):
            objectives = []
            for objectives_item_data in self.objectives:
                objectives_item = objectives_item_data.to_dict()
                objectives.append(objectives_item)

        rewards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rewards, Unset):
            rewards = []
            for rewards_item_data in self.rewards:
                rewards_item = rewards_item_data.to_dict()
                rewards.append(rewards_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_order_no": out_order_no,
                "discount_card_id": discount_card_id,
                "out_trade_no": out_trade_no,
                "appid": appid,
                "service_id": service_id,
                "order_id": order_id,
                "openid": openid,
                "card_begin_time": card_begin_time,
                "card_end_time": card_end_time,
                "card_name": card_name,
                "objective_description": objective_description,
                "reward_description": reward_description,
                "estimated_reward_amount": estimated_reward_amount,
                "state": state,
                "create_time": create_time,
            }
        )
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if online_instructions is not UNSET:
            field_dict["online_instructions"] = online_instructions
        if offline_instructions is not UNSET:
            field_dict["offline_instructions"] = offline_instructions
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if deduction_amount is not UNSET:
            field_dict["deduction_amount"] = deduction_amount
        if settlement_amount is not UNSET:
            field_dict["settlement_amount"] = settlement_amount
        if pay_time is not UNSET:
            field_dict["pay_time"] = pay_time
        if objectives is not UNSET:
            field_dict["objectives"] = objectives
        if rewards is not UNSET:
            field_dict["rewards"] = rewards

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_card_order_objective import PayscoreCardOrderObjective
        from ..models.payscore_card_order_reward import PayscoreCardOrderReward

        d = dict(src_dict)
        out_order_no = d.pop("out_order_no")

        discount_card_id = d.pop("discount_card_id")

        out_trade_no = d.pop("out_trade_no")

        appid = d.pop("appid")

        service_id = d.pop("service_id")

        order_id = d.pop("order_id")

        openid = d.pop("openid")

        card_begin_time = d.pop("card_begin_time")

        card_end_time = d.pop("card_end_time")

        card_name = d.pop("card_name")

        objective_description = d.pop("objective_description")

        reward_description = d.pop("reward_description")

        estimated_reward_amount = d.pop("estimated_reward_amount")

        state = d.pop("state")

        create_time = d.pop("create_time")

        transaction_id = d.pop("transaction_id", UNSET)

        online_instructions = d.pop("online_instructions", UNSET)

        offline_instructions = d.pop("offline_instructions", UNSET)

        total_amount = d.pop("total_amount", UNSET)

        deduction_amount = d.pop("deduction_amount", UNSET)

        settlement_amount = d.pop("settlement_amount", UNSET)

        pay_time = d.pop("pay_time", UNSET)

        _objectives = d.pop("objectives", UNSET)
        objectives: list[PayscoreCardOrderObjective] | Unset = UNSET
        if _objectives is not UNSET:
            objectives = []
            for objectives_item_data in _objectives:
                objectives_item = PayscoreCardOrderObjective.from_dict(objectives_item_data)

                objectives.append(objectives_item)

        _rewards = d.pop("rewards", UNSET)
        rewards: list[PayscoreCardOrderReward] | Unset = UNSET
        if _rewards is not UNSET:
            rewards = []
            for rewards_item_data in _rewards:
                rewards_item = PayscoreCardOrderReward.from_dict(rewards_item_data)

                rewards.append(rewards_item)

        payscore_card_order = cls(
            out_order_no=out_order_no,
            discount_card_id=discount_card_id,
            out_trade_no=out_trade_no,
            appid=appid,
            service_id=service_id,
            order_id=order_id,
            openid=openid,
            card_begin_time=card_begin_time,
            card_end_time=card_end_time,
            card_name=card_name,
            objective_description=objective_description,
            reward_description=reward_description,
            estimated_reward_amount=estimated_reward_amount,
            state=state,
            create_time=create_time,
            transaction_id=transaction_id,
            online_instructions=online_instructions,
            offline_instructions=offline_instructions,
            total_amount=total_amount,
            deduction_amount=deduction_amount,
            settlement_amount=settlement_amount,
            pay_time=pay_time,
            objectives=objectives,
            rewards=rewards,
        )

        payscore_card_order.additional_properties = d
        return payscore_card_order

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
