# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CombineInstallmentInfo")


@_attrs_define
class CombineInstallmentInfo:
    """使用的商户贴息信息 — instalment subsidy the user chose (微信分付); only when one was chosen."""

    use_subsidy: bool | Unset = UNSET
    """ 是否使用了商户贴息 — whether the merchant subsidy was used. """
    selected_installment_number: int | Unset = UNSET
    """ 用户实际选择分期期数 — number of instalments the user chose. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        use_subsidy = self.use_subsidy

        selected_installment_number = self.selected_installment_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if use_subsidy is not UNSET:
            field_dict["use_subsidy"] = use_subsidy
        if selected_installment_number is not UNSET:
            field_dict["selected_installment_number"] = selected_installment_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        use_subsidy = d.pop("use_subsidy", UNSET)

        selected_installment_number = d.pop("selected_installment_number", UNSET)

        combine_installment_info = cls(
            use_subsidy=use_subsidy,
            selected_installment_number=selected_installment_number,
        )

        combine_installment_info.additional_properties = d
        return combine_installment_info

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
