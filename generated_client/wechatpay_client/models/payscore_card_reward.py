# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payscore_card_response_reward_usage_record import PayscoreCardResponseRewardUsageRecord


T = TypeVar("T", bound="PayscoreCardReward")


@_attrs_define
class PayscoreCardReward:
    """优惠 — one reward of a card."""

    reward_id: str | Unset = UNSET
    """ 优惠ID — reward ID. """
    name: str | Unset = UNSET
    """ 优惠名称 — reward name. """
    count_type: str | Unset = UNSET
    """ 优惠数量类型 — how the count is meant; open set. """
    count: int | Unset = UNSET
    """ 优惠数量 — quantity. """
    unit: str | Unset = UNSET
    """ 优惠单位 — unit. """
    amount: int | Unset = UNSET
    """ 优惠金额 — value, in fen. """
    description: str | Unset = UNSET
    """ 优惠描述 — description. """
    reward_usage_records: list[PayscoreCardResponseRewardUsageRecord] | Unset = UNSET
    """ 优惠使用记录 — usages reported by the merchant. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reward_id = self.reward_id

        name = self.name

        count_type = self.count_type

        count = self.count

        unit = self.unit

        amount = self.amount

        description = self.description

        reward_usage_records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reward_usage_records, Unset):
            reward_usage_records = []
            for reward_usage_records_item_data in self.reward_usage_records:
                reward_usage_records_item = reward_usage_records_item_data.to_dict()
                reward_usage_records.append(reward_usage_records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reward_id is not UNSET:
            field_dict["reward_id"] = reward_id
        if name is not UNSET:
            field_dict["name"] = name
        if count_type is not UNSET:
            field_dict["count_type"] = count_type
        if count is not UNSET:
            field_dict["count"] = count
        if unit is not UNSET:
            field_dict["unit"] = unit
        if amount is not UNSET:
            field_dict["amount"] = amount
        if description is not UNSET:
            field_dict["description"] = description
        if reward_usage_records is not UNSET:
            field_dict["reward_usage_records"] = reward_usage_records

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_card_response_reward_usage_record import PayscoreCardResponseRewardUsageRecord

        d = dict(src_dict)
        reward_id = d.pop("reward_id", UNSET)

        name = d.pop("name", UNSET)

        count_type = d.pop("count_type", UNSET)

        count = d.pop("count", UNSET)

        unit = d.pop("unit", UNSET)

        amount = d.pop("amount", UNSET)

        description = d.pop("description", UNSET)

        _reward_usage_records = d.pop("reward_usage_records", UNSET)
        reward_usage_records: list[PayscoreCardResponseRewardUsageRecord] | Unset = UNSET
        if _reward_usage_records is not UNSET:
            reward_usage_records = []
            for reward_usage_records_item_data in _reward_usage_records:
                reward_usage_records_item = PayscoreCardResponseRewardUsageRecord.from_dict(
                    reward_usage_records_item_data
                )

                reward_usage_records.append(reward_usage_records_item)

        payscore_card_reward = cls(
            reward_id=reward_id,
            name=name,
            count_type=count_type,
            count=count,
            unit=unit,
            amount=amount,
            description=description,
            reward_usage_records=reward_usage_records,
        )

        payscore_card_reward.additional_properties = d
        return payscore_card_reward

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
