# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorSendCount")


@_attrs_define
class BusifavorSendCount:
    """批次发放情况 — how much of the batch was sent."""

    total_send_num: int | Unset = UNSET
    """ 已发放券张数 — coupons sent. """
    total_send_amount: int | Unset = UNSET
    """ 已发放券金额 — budget sent, in fen (fixed-amount batches). """
    today_send_num: int | Unset = UNSET
    """ 单天已发放券张数 — coupons sent today. """
    today_send_amount: int | Unset = UNSET
    """ 单天已发放券金额 — budget sent today, in fen. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_send_num = self.total_send_num

        total_send_amount = self.total_send_amount

        today_send_num = self.today_send_num

        today_send_amount = self.today_send_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_send_num is not UNSET:
            field_dict["total_send_num"] = total_send_num
        if total_send_amount is not UNSET:
            field_dict["total_send_amount"] = total_send_amount
        if today_send_num is not UNSET:
            field_dict["today_send_num"] = today_send_num
        if today_send_amount is not UNSET:
            field_dict["today_send_amount"] = today_send_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_send_num = d.pop("total_send_num", UNSET)

        total_send_amount = d.pop("total_send_amount", UNSET)

        today_send_num = d.pop("today_send_num", UNSET)

        today_send_amount = d.pop("today_send_amount", UNSET)

        busifavor_send_count = cls(
            total_send_num=total_send_num,
            total_send_amount=total_send_amount,
            today_send_num=today_send_num,
            today_send_amount=today_send_amount,
        )

        busifavor_send_count.additional_properties = d
        return busifavor_send_count

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
