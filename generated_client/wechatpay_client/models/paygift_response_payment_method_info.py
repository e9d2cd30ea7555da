# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaygiftResponsePaymentMethodInfo")


@_attrs_define
class PaygiftResponsePaymentMethodInfo:
    """支付方式信息 (应答) — payment method restriction, as returned."""

    payment_method: str | Unset = UNSET
    """ 支付方式 — `CFT` or `SPECIFIC_BANK_CARD`. Open set. """
    bank_abbreviation: str | Unset = UNSET
    """ 银行简称 — bank short code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_method = self.payment_method

        bank_abbreviation = self.bank_abbreviation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if bank_abbreviation is not UNSET:
            field_dict["bank_abbreviation"] = bank_abbreviation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        payment_method = d.pop("payment_method", UNSET)

        bank_abbreviation = d.pop("bank_abbreviation", UNSET)

        paygift_response_payment_method_info = cls(
            payment_method=payment_method,
            bank_abbreviation=bank_abbreviation,
        )

        paygift_response_payment_method_info.additional_properties = d
        return paygift_response_payment_method_info

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
