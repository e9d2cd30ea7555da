# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.paygift_payment_method_info_payment_method import (
    PaygiftPaymentMethodInfoPaymentMethod,
    check_paygift_payment_method_info_payment_method,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaygiftPaymentMethodInfo")


@_attrs_define
class PaygiftPaymentMethodInfo:
    """支付方式信息 — payment method restriction (request side)."""

    payment_method: PaygiftPaymentMethodInfoPaymentMethod
    """ 支付方式 — `CFT` (balance, 零钱) or `SPECIFIC_BANK_CARD` (a given bank's cards). """
    bank_abbreviation: str | Unset = UNSET
    """ 银行简称 — bank short code; required for `SPECIFIC_BANK_CARD`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_method: str = self.payment_method

        bank_abbreviation = self.bank_abbreviation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payment_method": payment_method,
            }
        )
        if bank_abbreviation is not UNSET:
            field_dict["bank_abbreviation"] = bank_abbreviation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        payment_method = check_paygift_payment_method_info_payment_method(d.pop("payment_method"))

        bank_abbreviation = d.pop("bank_abbreviation", UNSET)

        paygift_payment_method_info = cls(
            payment_method=payment_method,
            bank_abbreviation=bank_abbreviation,
        )

        paygift_payment_method_info.additional_properties = d
        return paygift_payment_method_info

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
