# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.papay_deduct_duration_count import PapayDeductDurationCount, check_papay_deduct_duration_count
from ..models.papay_deduct_duration_unit import PapayDeductDurationUnit, check_papay_deduct_duration_unit
from ..types import UNSET, Unset

T = TypeVar("T", bound="PapayDeductDuration")


@_attrs_define
class PapayDeductDuration:
    """扣费持续时间 — duration of the deduction."""

    count: PapayDeductDurationCount
    """ 扣费持续时间数 — number of units: 1, 2 or 3.
     """
    unit: PapayDeductDurationUnit | Unset = UNSET
    """ 单位 — unit; `DAY` only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count: int = self.count

        unit: str | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
            }
        )
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        count = check_papay_deduct_duration_count(d.pop("count"))

        _unit = d.pop("unit", UNSET)
        unit: PapayDeductDurationUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = check_papay_deduct_duration_unit(_unit)

        papay_deduct_duration = cls(
            count=count,
            unit=unit,
        )

        papay_deduct_duration.additional_properties = d
        return papay_deduct_duration

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
