# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayscoreCardOrderObjective")


@_attrs_define
class PayscoreCardOrderObjective:
    """目标达成明细 (应答) — one goal reached, as returned."""

    objective_serial_no: str | Unset = UNSET
    """ 目标流水号 — the merchant's serial number. """
    objective_id: int | Unset = UNSET
    """ 先享卡目标ID — goal ID. """
    name: str | Unset = UNSET
    """ 目标名称 — goal name. """
    unit: str | Unset = UNSET
    """ 目标单位 — unit. """
    performance_description: str | Unset = UNSET
    """ 履约描述 — description. """
    performance_type: str | Unset = UNSET
    """ 履约类型 — performance type; open set. """
    count: int | Unset = UNSET
    """ 目标数量 — quantity. """
    performance_time: str | Unset = UNSET
    """ 履约时间 — when the goal was reached. """
    remark: str | Unset = UNSET
    """ 备注说明 — note. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        objective_serial_no = self.objective_serial_no

        objective_id = self.objective_id

        name = self.name

        unit = self.unit

        performance_description = self.performance_description

        performance_type = self.performance_type

        count = self.count

        performance_time = self.performance_time

        remark = self.remark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if objective_serial_no is not UNSET:
            field_dict["objective_serial_no"] = objective_serial_no
        if objective_id is not UNSET:
            field_dict["objective_id"] = objective_id
        if name is not UNSET:
            field_dict["name"] = name
        if unit is not UNSET:
            field_dict["unit"] = unit
        if performance_description is not UNSET:
            field_dict["performance_description"] = performance_description
        if performance_type is not UNSET:
            field_dict["performance_type"] = performance_type
        if count is not UNSET:
            field_dict["count"] = count
        if performance_time is not UNSET:
            field_dict["performance_time"] = performance_time
        if remark is not UNSET:
            field_dict["remark"] = remark

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        objective_serial_no = d.pop("objective_serial_no", UNSET)

        objective_id = d.pop("objective_id", UNSET)

        name = d.pop("name", UNSET)

        unit = d.pop("unit", UNSET)

        performance_description = d.pop("performance_description", UNSET)

        performance_type = d.pop("performance_type", UNSET)

        count = d.pop("count", UNSET)

        performance_time = d.pop("performance_time", UNSET)

        remark = d.pop("remark", UNSET)

        payscore_card_order_objective = cls(
            objective_serial_no=objective_serial_no,
            objective_id=objective_id,
            name=name,
            unit=unit,
            performance_description=performance_description,
            performance_type=performance_type,
            count=count,
            performance_time=performance_time,
            remark=remark,
        )

        payscore_card_order_objective.additional_properties = d
        return payscore_card_order_objective

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
