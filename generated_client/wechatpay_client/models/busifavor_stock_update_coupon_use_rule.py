# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.busifavor_stock_update_coupon_use_rule_use_method import (
    BusifavorStockUpdateCouponUseRuleUseMethod,
    check_busifavor_stock_update_coupon_use_rule_use_method,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorStockUpdateCouponUseRule")


@_attrs_define
class BusifavorStockUpdateCouponUseRule:
    """核销规则 — redemption method to change."""

    use_method: BusifavorStockUpdateCouponUseRuleUseMethod | Unset = UNSET
    """ 核销方式 — redemption method. """
    mini_programs_appid: str | Unset = UNSET
    """ 小程序appid — for `MINI_PROGRAMS`. """
    mini_programs_path: str | Unset = UNSET
    """ 小程序path — for `MINI_PROGRAMS`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        use_method: str | Unset = UNSET
        if not isinstance(self.use_method, Unset):
            use_method = self.use_method

        mini_programs_appid = self.mini_programs_appid

        mini_programs_path = self.mini_programs_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if use_method is not UNSET:
            field_dict["use_method"] = use_method
        if mini_programs_appid is not UNSET:
            field_dict["mini_programs_appid"] = mini_programs_appid
        if mini_programs_path is not UNSET:
            field_dict["mini_programs_path"] = mini_programs_path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _use_method = d.pop("use_method", UNSET)
        use_method: BusifavorStockUpdateCouponUseRuleUseMethod | Unset
        if isinstance(_use_method, Unset):
            use_method = UNSET
        else:
            use_method = check_busifavor_stock_update_coupon_use_rule_use_method(_use_method)

        mini_programs_appid = d.pop("mini_programs_appid", UNSET)

        mini_programs_path = d.pop("mini_programs_path", UNSET)

        busifavor_stock_update_coupon_use_rule = cls(
            use_method=use_method,
            mini_programs_appid=mini_programs_appid,
            mini_programs_path=mini_programs_path,
        )

        busifavor_stock_update_coupon_use_rule.additional_properties = d
        return busifavor_stock_update_coupon_use_rule

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
