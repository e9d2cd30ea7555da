# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MembercardBalanceChange")


@_attrs_define
class MembercardBalanceChange:
    """用户储值变更信息 — a stored-value balance change (integers, unit as the card's balance)."""

    before_balance: int
    """ 更新前用户储值余额 — balance before the change. """
    balance: int
    """ 更新后用户储值余额 — balance after the change. """
    add_balance: int
    """ 本次余额变动值 — the change (negative for spending). """
    balance_remark: str | Unset = UNSET
    """ 储值消耗记录 — a note on the change shown to the user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        before_balance = self.before_balance

        balance = self.balance

        add_balance = self.add_balance

        balance_remark = self.balance_remark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "before_balance": before_balance,
                "balance": balance,
                "add_balance": add_balance,
            }
        )
        if balance_remark is not UNSET:
            field_dict["balance_remark"] = balance_remark

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        before_balance = d.pop("before_balance")

        balance = d.pop("balance")

        add_balance = d.pop("add_balance")

        balance_remark = d.pop("balance_remark", UNSET)

        membercard_balance_change = cls(
            before_balance=before_balance,
            balance=balance,
            add_balance=add_balance,
            balance_remark=balance_remark,
        )

        membercard_balance_change.additional_properties = d
        return membercard_balance_change

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
