# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.combine_subsidy_detail_subsidy_period_type import (
    CombineSubsidyDetailSubsidyPeriodType,
    check_combine_subsidy_detail_subsidy_period_type,
)

if TYPE_CHECKING:
    from ..models.combine_subsidy_plan import CombineSubsidyPlan


T = TypeVar("T", bound="CombineSubsidyDetail")


@_attrs_define
class CombineSubsidyDetail:
    """贴息详情 — the subsidy plans of one repayment type."""

    subsidy_period_type: CombineSubsidyDetailSubsidyPeriodType
    """ 贴息方案类型 — `DAILY` (随时还, repay any time) or `PERIOD` (分期还, instalments). """
    subsidy_plan: list[CombineSubsidyPlan]
    """ 贴息方案列表 — the subsidy plans. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subsidy_period_type: str = self.subsidy_period_type

        subsidy_plan = []
        for subsidy_plan_item_data in self.subsidy_plan:
            subsidy_plan_item = subsidy_plan_item_data.to_dict()
            subsidy_plan.append(subsidy_plan_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subsidy_period_type": subsidy_period_type,
                "subsidy_plan": subsidy_plan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.combine_subsidy_plan import CombineSubsidyPlan

        d = dict(src_dict)
        subsidy_period_type = check_combine_subsidy_detail_subsidy_period_type(d.pop("subsidy_period_type"))

        subsidy_plan = []
        _subsidy_plan = d.pop("subsidy_plan")
        for subsidy_plan_item_data in _subsidy_plan:
            subsidy_plan_item = CombineSubsidyPlan.from_dict(subsidy_plan_item_data)

            subsidy_plan.append(subsidy_plan_item)

        combine_subsidy_detail = cls(
            subsidy_period_type=subsidy_period_type,
            subsidy_plan=subsidy_plan,
        )

        combine_subsidy_detail.additional_properties = d
        return combine_subsidy_detail

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
