# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AggracctChannelBalance")


@_attrs_define
class AggracctChannelBalance:
    """渠道额度 — the quota of one ledger account."""

    in_transit_reduction_exist: bool | Unset = UNSET
    """ 是否存在在途减额指令 — whether a reduction is still being processed. """
    balance: int | Unset = UNSET
    """ 额度台账号额度 — the quota of the ledger account, in fen. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_transit_reduction_exist = self.in_transit_reduction_exist

        balance = self.balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if in_transit_reduction_exist is not UNSET:
            field_dict["in_transit_reduction_exist"] = in_transit_reduction_exist
        if balance is not UNSET:
            field_dict["balance"] = balance

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        in_transit_reduction_exist = d.pop("in_transit_reduction_exist", UNSET)

        balance = d.pop("balance", UNSET)

        aggracct_channel_balance = cls(
            in_transit_reduction_exist=in_transit_reduction_exist,
            balance=balance,
        )

        aggracct_channel_balance.additional_properties = d
        return aggracct_channel_balance

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
