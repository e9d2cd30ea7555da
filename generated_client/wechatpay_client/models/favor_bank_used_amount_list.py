# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FavorBankUsedAmountList")


@_attrs_define
class FavorBankUsedAmountList:
    """已用金额列表 — the amounts already used."""

    used_amounts: list[str] | Unset = UNSET
    """ 已用金额 — one amount per use, in fen, sent as decimal strings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        used_amounts: list[str] | Unset = UNSET
        if not isinstance(self.used_amounts, Unset):
            used_amounts = self.used_amounts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if used_amounts is not UNSET:
            field_dict["used_amounts"] = used_amounts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        used_amounts = cast(list[str], d.pop("used_amounts", UNSET))

        favor_bank_used_amount_list = cls(
            used_amounts=used_amounts,
        )

        favor_bank_used_amount_list.additional_properties = d
        return favor_bank_used_amount_list

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
