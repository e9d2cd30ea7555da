# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.combine_subsidy_plan_subsidy_installment_num import (
    CombineSubsidyPlanSubsidyInstallmentNum,
    check_combine_subsidy_plan_subsidy_installment_num,
)
from ..models.combine_subsidy_plan_subsidy_percent import (
    CombineSubsidyPlanSubsidyPercent,
    check_combine_subsidy_plan_subsidy_percent,
)

T = TypeVar("T", bound="CombineSubsidyPlan")


@_attrs_define
class CombineSubsidyPlan:
    """贴息方案 — one subsidy plan."""

    subsidy_installment_num: CombineSubsidyPlanSubsidyInstallmentNum
    """ 贴息期数 — number of instalments (3, 6 or 12). """
    subsidy_percent: CombineSubsidyPlanSubsidyPercent
    """ 贴息比例 — share of the interest the merchant pays (0 or 100). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subsidy_installment_num: int = self.subsidy_installment_num

        subsidy_percent: int = self.subsidy_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subsidy_installment_num": subsidy_installment_num,
                "subsidy_percent": subsidy_percent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        subsidy_installment_num = check_combine_subsidy_plan_subsidy_installment_num(d.pop("subsidy_installment_num"))

        subsidy_percent = check_combine_subsidy_plan_subsidy_percent(d.pop("subsidy_percent"))

        combine_subsidy_plan = cls(
            subsidy_installment_num=subsidy_installment_num,
            subsidy_percent=subsidy_percent,
        )

        combine_subsidy_plan.additional_properties = d
        return combine_subsidy_plan

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
