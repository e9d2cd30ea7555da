# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LovefeastAmount")


@_attrs_define
class LovefeastAmount:
    """订单金额 — amounts of a donation, in fen (分)."""

    total: int | Unset = UNSET
    """ 总金额 — order total, in fen. """
    payer_total: int | Unset = UNSET
    """ 用户支付金额 — amount the donor paid, in fen. """
    currency: str | Unset = UNSET
    """ 货币类型 — currency (`CNY`). """
    payer_currency: str | Unset = UNSET
    """ 用户支付币种 — currency the donor paid in. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        payer_total = self.payer_total

        currency = self.currency

        payer_currency = self.payer_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if payer_total is not UNSET:
            field_dict["payer_total"] = payer_total
        if currency is not UNSET:
            field_dict["currency"] = currency
        if payer_currency is not UNSET:
            field_dict["payer_currency"] = payer_currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total = d.pop("total", UNSET)

        payer_total = d.pop("payer_total", UNSET)

        currency = d.pop("currency", UNSET)

        payer_currency = d.pop("payer_currency", UNSET)

        lovefeast_amount = cls(
            total=total,
            payer_total=payer_total,
            currency=currency,
            payer_currency=payer_currency,
        )

        lovefeast_amount.additional_properties = d
        return lovefeast_amount

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
