# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayscoreCardResponseRewardUsageRecord")


@_attrs_define
class PayscoreCardResponseRewardUsageRecord:
    """优惠使用记录 (应答) — one reward usage as returned."""

    reward_usage_serial_no: str | Unset = UNSET
    """ 优惠使用记录流水号 — the merchant's serial number. """
    reward_id: str | Unset = UNSET
    """ 优惠ID — reward ID. """
    usage_time: str | Unset = UNSET
    """ 优惠使用时间 — when the reward was used. """
    usage_type: str | Unset = UNSET
    """ 优惠使用类型 — usage type; open set. """
    description: str | Unset = UNSET
    """ 优惠使用描述 — description. """
    usage_count: int | Unset = UNSET
    """ 优惠使用数量 — quantity. """
    amount: int | Unset = UNSET
    """ 优惠金额 — value, in fen. """
    remark: str | Unset = UNSET
    """ 备注说明 — note. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reward_usage_serial_no = self.reward_usage_serial_no

        reward_id = self.reward_id

        usage_time = self.usage_time

        usage_type = self.usage_type

        description = self.description

        usage_count = self.usage_count

        amount = self.amount

        remark = self.remark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reward_usage_serial_no is not UNSET:
            field_dict["reward_usage_serial_no"] = reward_usage_serial_no
        if reward_id is not UNSET:
            field_dict["reward_id"] = reward_id
        if usage_time is not UNSET:
            field_dict["usage_time"] = usage_time
        if usage_type is not UNSET:
            field_dict["usage_type"] = usage_type
        if description is not UNSET:
            field_dict["description"] = description
        if usage_count is not UNSET:
            field_dict["usage_count"] = usage_count
        if amount is not UNSET:
            field_dict["amount"] = amount
        if remark is not UNSET:
            field_dict["remark"] = remark

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reward_usage_serial_no = d.pop("reward_usage_serial_no", UNSET)

        reward_id = d.pop("reward_id", UNSET)

        usage_time = d.pop("usage_time", UNSET)

        usage_type = d.pop("usage_type", UNSET)

        description = d.pop("description", UNSET)

        usage_count = d.pop("usage_count", UNSET)

        amount = d.pop("amount", UNSET)

        remark = d.pop("remark", UNSET)

        payscore_card_response_reward_usage_record = cls(
            reward_usage_serial_no=reward_usage_serial_no,
            reward_id=reward_id,
            usage_time=usage_time,
            usage_type=usage_type,
            description=description,
            usage_count=usage_count,
            amount=amount,
            remark=remark,
        )

        payscore_card_response_reward_usage_record.additional_properties = d
        return payscore_card_response_reward_usage_record

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
