# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayscoreCardOrderObjectiveItem")


@_attrs_define
class PayscoreCardOrderObjectiveItem:
    """目标达成明细 — one goal reached (request side)."""

    objective_serial_no: str
    """ 目标流水号 — the merchant's serial number of this entry. """
    objective_id: int
    """ 先享卡目标ID — the goal. """
    performance_description: str
    """ 履约描述 — description. """
    performance_type: str
    """ 履约类型 — performance type. """
    count: int
    """ 目标数量 — quantity. """
    performance_time: str
    """ 履约时间 — when the goal was reached. """
    remark: str | Unset = UNSET
    """ 备注说明 — note. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        objective_serial_no = self.objective_serial_no

        objective_id = self.objective_id

        performance_description = self.performance_description

        performance_type = self.performance_type

        count = self.count

        performance_time = self.performance_time

        remark = self.remark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "objective_serial_no": objective_serial_no,
                "objective_id": objective_id,
                "performance_description": performance_description,
                "performance_type": performance_type,
                "count": count,
                "performance_time": performance_time,
            }
        )
        if remark is not UNSET:
            field_dict["remark"] = remark

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        objective_serial_no = d.pop("objective_serial_no")

        objective_id = d.pop("objective_id")

        performance_description = d.pop("performance_description")

        performance_type = d.pop("performance_type")

        count = d.pop("count")

        performance_time = d.pop("performance_time")

        remark = d.pop("remark", UNSET)

        payscore_card_order_objective_item = cls(
            objective_serial_no=objective_serial_no,
            objective_id=objective_id,
            performance_description=performance_description,
            performance_type=performance_type,
            count=count,
            performance_time=performance_time,
            remark=remark,
        )

        payscore_card_order_objective_item.additional_properties = d
        return payscore_card_order_objective_item

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
