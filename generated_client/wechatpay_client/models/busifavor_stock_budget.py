# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorStockBudget")


@_attrs_define
class BusifavorStockBudget:
    """修改批次预算应答 — the batch's limits after the change."""

    max_coupons: int
    """ 批次当前最大发放个数 — maximum number of coupons. """
    max_coupons_by_day: int | Unset = UNSET
    """ 当前单天发放上限个数 — daily maximum. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_coupons = self.max_coupons

        max_coupons_by_day = self.max_coupons_by_day

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max_coupons": max_coupons,
            }
        )
        if max_coupons_by_day is not UNSET:
            field_dict["max_coupons_by_day"] = max_coupons_by_day

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        max_coupons = d.pop("max_coupons")

        max_coupons_by_day = d.pop("max_coupons_by_day", UNSET)

        busifavor_stock_budget = cls(
            max_coupons=max_coupons,
            max_coupons_by_day=max_coupons_by_day,
        )

        busifavor_stock_budget.additional_properties = d
        return busifavor_stock_budget

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
