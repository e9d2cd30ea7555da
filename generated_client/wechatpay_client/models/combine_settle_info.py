# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CombineSettleInfo")


@_attrs_define
class CombineSettleInfo:
    """结算信息 — settlement options of a sub-order."""

    profit_sharing: bool | Unset = UNSET
    """ 是否指定分账 — true when the sub-order's funds will be split with profit sharing. """
    subsidy_amount: int | Unset = UNSET
    """ 补差金额 — subsidy amount in fen (e-commerce platforms). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profit_sharing = self.profit_sharing

        subsidy_amount = self.subsidy_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if profit_sharing is not UNSET:
            field_dict["profit_sharing"] = profit_sharing
        if subsidy_amount is not UNSET:
            field_dict["subsidy_amount"] = subsidy_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        profit_sharing = d.pop("profit_sharing", UNSET)

        subsidy_amount = d.pop("subsidy_amount", UNSET)

        combine_settle_info = cls(
            profit_sharing=profit_sharing,
            subsidy_amount=subsidy_amount,
        )

        combine_settle_info.additional_properties = d
        return combine_settle_info

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
