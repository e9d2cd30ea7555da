# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayscoreCardOrderReward")


@_attrs_define
class PayscoreCardOrderReward:
    """奖励明细 (应答) — one reward granted, as returned."""

    reward_serial_no: str | Unset = UNSET
    """ 奖励流水号 — the merchant's serial number. """
    reward_id: int | Unset = UNSET
    """ 先享卡奖励ID — reward ID. """
    name: str | Unset = UNSET
    """ 奖励名称 — reward name. """
    unit: str | Unset = UNSET
    """ 奖励单位 — unit. """
    description: str | Unset = UNSET
    """ 奖励描述 — description. """
    reward_type: str | Unset = UNSET
    """ 奖励类型 — reward type; open set. """
    count: int | Unset = UNSET
    """ 奖励数量 — quantity. """
    amount: int | Unset = UNSET
    """ 奖励金额 — value, in fen. """
    reward_time: str | Unset = UNSET
    """ 奖励时间 — when the reward was granted. """
    remark: str | Unset = UNSET
    """ 备注说明 — note. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reward_serial_no = self.reward_serial_no

        reward_id = self.reward_id

        name = self.name

        unit = self.unit

        description = self.description

        reward_type = self.reward_type

        count = self.count

        amount = self.amount

        reward_time = self.reward_time

        remark = self.remark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reward_serial_no is not UNSET:
            field_dict["reward_serial_no"] = reward_serial_no
        if reward_id is not UNSET:
            field_dict["reward_id"] = reward_id
        if name is not UNSET:
            field_dict["name"] = name
        if unit is not UNSET:
            field_dict["unit"] = unit
        if description is not UNSET:
            field_dict["description"] = description
        if reward_type is not UNSET:
            field_dict["reward_type"] = reward_type
        if count is not UNSET:
            field_dict["count"] = count
        if amount is not UNSET:
            field_dict["amount"] = amount
        if reward_time is not UNSET:
            field_dict["reward_time"] = reward_time
        if remark is not UNSET:
            field_dict["remark"] = remark

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reward_serial_no = d.pop("reward_serial_no", UNSET)

        reward_id = d.pop("reward_id", UNSET)

        name = d.pop("name", UNSET)

        unit = d.pop("unit", UNSET)

        description = d.pop("description", UNSET)

        reward_type = d.pop("reward_type", UNSET)

        count = d.pop("count", UNSET)

        amount = d.pop("amount", UNSET)

        reward_time = d.pop("reward_time", UNSET)

        remark = d.pop("remark", UNSET)

        payscore_card_order_reward = cls(
            reward_serial_no=reward_serial_no,
            reward_id=reward_id,
            name=name,
            unit=unit,
            description=description,
            reward_type=reward_type,
            count=count,
            amount=amount,
            reward_time=reward_time,
            remark=remark,
        )

        payscore_card_order_reward.additional_properties = d
        return payscore_card_order_reward

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
