# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayscoreCardOrderRewardItem")


@_attrs_define
class PayscoreCardOrderRewardItem:
    """奖励明细 — one reward granted (request side)."""

    reward_serial_no: str
    """ 奖励流水号 — the merchant's serial number of this entry. """
    reward_id: int
    """ 先享卡奖励ID — the reward. """
    description: str
    """ 奖励描述 — description. """
    reward_type: str
    """ 奖励类型 — reward type. """
    count: int
    """ 奖励数量 — quantity. """
    amount: int
    """ 奖励金额 — value, in fen. """
    reward_time: str
    """ 奖励时间 — when the reward was granted. """
    remark: str | Unset = UNSET
    """ 备注说明 — note. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reward_serial_no = self.reward_serial_no

        reward_id = self.reward_id

        description = self.description

        reward_type = self.reward_type

        count = self.count

        amount = self.amount

        reward_time = self.reward_time

        remark = self.remark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reward_serial_no": reward_serial_no,
                "reward_id": reward_id,
                "description": description,
                "reward_type": reward_type,
                "count": count,
                "amount": amount,
                "reward_time": reward_time,
            }
        )
        if remark is not UNSET:
            field_dict["remark"] = remark

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reward_serial_no = d.pop("reward_serial_no")

        reward_id = d.pop("reward_id")

        description = d.pop("description")

        reward_type = d.pop("reward_type")

        count = d.pop("count")

        amount = d.pop("amount")

        reward_time = d.pop("reward_time")

        remark = d.pop("remark", UNSET)

        payscore_card_order_reward_item = cls(
            reward_serial_no=reward_serial_no,
            reward_id=reward_id,
            description=description,
            reward_type=reward_type,
            count=count,
            amount=amount,
            reward_time=reward_time,
            remark=remark,
        )

        payscore_card_order_reward_item.additional_properties = d
        return payscore_card_order_reward_item

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
