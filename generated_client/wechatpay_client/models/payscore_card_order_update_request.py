# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payscore_card_order_objective_item import PayscoreCardOrderObjectiveItem
    from ..models.payscore_card_order_reward_item import PayscoreCardOrderRewardItem


T = TypeVar("T", bound="PayscoreCardOrderUpdateRequest")


@_attrs_define
class PayscoreCardOrderUpdateRequest:
    """更新先享卡订单请求 — goals reached and rewards granted on an order of the older
    discount-card API. Both lists are optional.

    """

    objectives: list[PayscoreCardOrderObjectiveItem] | Unset = UNSET
    """ 目标达成明细列表 — goals reached. """
    rewards: list[PayscoreCardOrderRewardItem] | Unset = UNSET
    """ 奖励明细列表 — rewards granted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update({})
        if objectives is not UNSET:
            field_dict["objectives"] = objectives
        if rewards is not UNSET:
            field_dict["rewards"] = rewards

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_card_order_objective_item import PayscoreCardOrderObjectiveItem
        from ..models.payscore_card_order_reward_item import PayscoreCardOrderRewardItem

        d = dict(src_dict)
        _objectives = d.pop("objectives", UNSET)
        objectives: list[PayscoreCardOrderObjectiveItem] | Unset = UNSET
        if _objectives is not UNSET:
            objectives = []
            for objectives_item_data in _objectives:
                objectives_item = PayscoreCardOrderObjectiveItem.from_dict(objectives_item_data)

                objectives.append(objectives_item)

        _rewards = d.pop("rewards", UNSET)
        rewards: list[PayscoreCardOrderRewardItem] | Unset = UNSET
        if _rewards is not UNSET:
            rewards = []
            for rewards_item_data in _rewards:
                rewards_item = PayscoreCardOrderRewardItem.from_dict(rewards_item_data)

                rewards.append(rewards_item)

        payscore_card_order_update_request = cls(
            objectives=objectives,
            rewards=rewards,
        )

        payscore_card_order_update_request.additional_properties = d
        return payscore_card_order_update_request

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
