# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorStockBudgetUpdateRequest")


@_attrs_define
class BusifavorStockBudgetUpdateRequest:
    """修改批次预算请求 — change either the total maximum or the daily maximum, not both; give the
    current value of the one changed.

    """

    modify_budget_request_no: str
    """ 修改预算请求单据号 — the merchant's number for this change. """
    target_max_coupons: int | Unset = UNSET
    """ 目标批次最大发放个数 — new maximum number of coupons. """
    current_max_coupons: int | Unset = UNSET
    """ 当前批次最大发放个数 — current maximum; required with `target_max_coupons`. """
    target_max_coupons_by_day: int | Unset = UNSET
    """ 目标单天发放上限个数 — new daily maximum. """
    current_max_coupons_by_day: int | Unset = UNSET
    """ 当前单天发放上限个数 — current daily maximum; required with `target_max_coupons_by_day`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        modify_budget_request_no = self.modify_budget_request_no

        target_max_coupons = self.target_max_coupons

        current_max_coupons = self.current_max_coupons

        target_max_coupons_by_day = self.target_max_coupons_by_day

        current_max_coupons_by_day = self.current_max_coupons_by_day

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modify_budget_request_no": modify_budget_request_no,
            }
        )
        if target_max_coupons is not UNSET:
            field_dict["target_max_coupons"] = target_max_coupons
        if current_max_coupons is not UNSET:
            field_dict["current_max_coupons"] = current_max_coupons
        if target_max_coupons_by_day is not UNSET:
            field_dict["target_max_coupons_by_day"] = target_max_coupons_by_day
        if current_max_coupons_by_day is not UNSET:
            field_dict["current_max_coupons_by_day"] = current_max_coupons_by_day

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        modify_budget_request_no = d.pop("modify_budget_request_no")

        target_max_coupons = d.pop("target_max_coupons", UNSET)

        current_max_coupons = d.pop("current_max_coupons", UNSET)

        target_max_coupons_by_day = d.pop("target_max_coupons_by_day", UNSET)

        current_max_coupons_by_day = d.pop("current_max_coupons_by_day", UNSET)

        busifavor_stock_budget_update_request = cls(
            modify_budget_request_no=modify_budget_request_no,
            target_max_coupons=target_max_coupons,
            current_max_coupons=current_max_coupons,
            target_max_coupons_by_day=target_max_coupons_by_day,
            current_max_coupons_by_day=current_max_coupons_by_day,
        )

        busifavor_stock_budget_update_request.additional_properties = d
        return busifavor_stock_budget_update_request

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
