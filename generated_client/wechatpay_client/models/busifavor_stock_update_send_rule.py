# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorStockUpdateSendRule")


@_attrs_define
class BusifavorStockUpdateSendRule:
    """发放规则 — anti-abuse switches to change."""

    natural_person_limit: bool | Unset = UNSET
    """ 是否开启自然人限制 — documented as not yet changeable. """
    prevent_api_abuse: bool | Unset = UNSET
    """ 可疑账号拦截 — refuse suspicious accounts. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        natural_person_limit = self.natural_person_limit

        prevent_api_abuse = self.prevent_api_abuse

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if natural_person_limit is not UNSET:
            field_dict["natural_person_limit"] = natural_person_limit
        if prevent_api_abuse is not UNSET:
            field_dict["prevent_api_abuse"] = prevent_api_abuse

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        natural_person_limit = d.pop("natural_person_limit", UNSET)

        prevent_api_abuse = d.pop("prevent_api_abuse", UNSET)

        busifavor_stock_update_send_rule = cls(
            natural_person_limit=natural_person_limit,
            prevent_api_abuse=prevent_api_abuse,
        )

        busifavor_stock_update_send_rule.additional_properties = d
        return busifavor_stock_update_send_rule

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
