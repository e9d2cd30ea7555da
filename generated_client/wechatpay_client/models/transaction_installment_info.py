# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TransactionInstallmentInfo")


@_attrs_define
class TransactionInstallmentInfo:
    """商户贴息使用信息 (微信分付) — whether the user used a merchant-subsidised instalment plan."""

    use_subsidy: bool
    """ 是否使用了商户贴息 — true if a merchant subsidy was used. """
    selected_installment_number: int
    """ 用户实际选择分期期数 — number of instalments the user chose. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        use_subsidy = self.use_subsidy

        selected_installment_number = self.selected_installment_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "use_subsidy": use_subsidy,
                "selected_installment_number": selected_installment_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        use_subsidy = d.pop("use_subsidy")

        selected_installment_number = d.pop("selected_installment_number")

        transaction_installment_info = cls(
            use_subsidy=use_subsidy,
            selected_installment_number=selected_installment_number,
        )

        transaction_installment_info.additional_properties = d
        return transaction_installment_info

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
