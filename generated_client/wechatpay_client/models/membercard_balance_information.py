# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MembercardBalanceInformation")


@_attrs_define
class MembercardBalanceInformation:
    """储值信息 — stored-value settings of a template (request and answer)."""

    need_balance: bool | Unset = UNSET
    """ 是否支持储值 — whether the card holds a stored value. """
    balance_appid: str | Unset = UNSET
    """ 储值小程序appid — AppID of the mini program that shows the stored value. """
    balance_path: str | Unset = UNSET
    """ 储值小程序path — page path in that mini program. """
    balance_url: str | Unset = UNSET
    """ 储值url — web address that shows the stored value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        need_balance = self.need_balance

        balance_appid = self.balance_appid

        balance_path = self.balance_path

        balance_url = self.balance_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if need_balance is not UNSET:
            field_dict["need_balance"] = need_balance
        if balance_appid is not UNSET:
            field_dict["balance_appid"] = balance_appid
        if balance_path is not UNSET:
            field_dict["balance_path"] = balance_path
        if balance_url is not UNSET:
            field_dict["balance_url"] = balance_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        need_balance = d.pop("need_balance", UNSET)

        balance_appid = d.pop("balance_appid", UNSET)

        balance_path = d.pop("balance_path", UNSET)

        balance_url = d.pop("balance_url", UNSET)

        membercard_balance_information = cls(
            need_balance=need_balance,
            balance_appid=balance_appid,
            balance_path=balance_path,
            balance_url=balance_url,
        )

        membercard_balance_information.additional_properties = d
        return membercard_balance_information

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
