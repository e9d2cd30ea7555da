# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RechargeTransferInAccount")


@_attrs_define
class RechargeTransferInAccount:
    """银行账户 — bank account that receives the transfer."""

    bank_name: str | Unset = UNSET
    """ 开户银行名称 — bank name. """
    bank_address_code: str | Unset = UNSET
    """ 开户银行省市编码 — province/city code of the bank. """
    bank_code: str | Unset = UNSET
    """ 开户银行行号 — bank branch code. """
    bank_account_name: str | Unset = UNSET
    """ 银行账户名称 — account name. """
    bank_account_no: str | Unset = UNSET
    """ 银行账号 — account number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_name = self.bank_name

        bank_address_code = self.bank_address_code

        bank_code = self.bank_code

        bank_account_name = self.bank_account_name

        bank_account_no = self.bank_account_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bank_name is not UNSET:
            field_dict["bank_name"] = bank_name
        if bank_address_code is not UNSET:
            field_dict["bank_address_code"] = bank_address_code
        if bank_code is not UNSET:
            field_dict["bank_code"] = bank_code
        if bank_account_name is not UNSET:
            field_dict["bank_account_name"] = bank_account_name
        if bank_account_no is not UNSET:
            field_dict["bank_account_no"] = bank_account_no

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bank_name = d.pop("bank_name", UNSET)

        bank_address_code = d.pop("bank_address_code", UNSET)

        bank_code = d.pop("bank_code", UNSET)

        bank_account_name = d.pop("bank_account_name", UNSET)

        bank_account_no = d.pop("bank_account_no", UNSET)

        recharge_transfer_in_account = cls(
            bank_name=bank_name,
            bank_address_code=bank_address_code,
            bank_code=bank_code,
            bank_account_name=bank_account_name,
            bank_account_no=bank_account_no,
        )

        recharge_transfer_in_account.additional_properties = d
        return recharge_transfer_in_account

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
