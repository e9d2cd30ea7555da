# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayscoreCardRewardUsageRecord")


@_attrs_define
class PayscoreCardRewardUsageRecord:
    """优惠使用记录 — one reward usage (request side)."""

    reward_usage_serial_no: str
    """ 优惠使用记录流水号 — the merchant's serial number of this record. """
    reward_id: str
    """ 优惠ID — the reward. """
    usage_time: str
    """ 优惠使用时间 — when the reward was used. """
    usage_type: str
    """ 优惠使用类型 — usage type. """
    description: str
    """ 优惠使用描述 — description (at most 20 characters). """
    usage_count: int
    """ 数量 — quantity used. """
    amount: int
    """ 金额 — value of the reward used, in fen. """
    remark: str | Unset = UNSET
    """ 备注说明 — note (at most 50 characters). """
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
        field_dict.update(
            {
                "reward_usage_serial_no": reward_usage_serial_no,
                "reward_id": reward_id,
                "usage_time": usage_time,
                "usage_type": usage_type,
                "description": description,
                "usage_count": usage_count,
                "amount": amount,
            }
        )
        if remark is not UNSET:
            field_dict["remark"] = remark

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reward_usage_serial_no = d.pop("reward_usage_serial_no")

        reward_id = d.pop("reward_id")

        usage_time = d.pop("usage_time")

        usage_type = d.pop("usage_type")

        description = d.pop("description")

        usage_count = d.pop("usage_count")

        amount = d.pop("amount")

        remark = d.pop("remark", UNSET)

        payscore_card_reward_usage_record = cls(
            reward_usage_serial_no=reward_usage_serial_no,
            reward_id=reward_id,
            usage_time=usage_time,
            usage_type=usage_type,
            description=description,
            usage_count=usage_count,
            amount=amount,
            remark=remark,
        )

        payscore_card_reward_usage_record.additional_properties = d
        return payscore_card_reward_usage_record

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
