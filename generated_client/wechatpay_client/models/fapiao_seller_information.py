# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FapiaoSellerInformation")


@_attrs_define
class FapiaoSellerInformation:
    """销售方信息 — the seller (used in requests and answers; no closed values, so one schema
    serves both).

    """

    name: str
    """ 名称 — seller name. """
    taxpayer_id: str
    """ 纳税人识别号 — seller's taxpayer ID. """
    address: str
    """ 地址 — seller address. """
    telephone: str | Unset = UNSET
    """ 电话 — seller telephone. """
    bank_name: str | Unset = UNSET
    """ 开户银行 — seller's bank. """
    bank_account: str | Unset = UNSET
    """ 银行账号 — seller's bank account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        taxpayer_id = self.taxpayer_id

        address = self.address

        telephone = self.telephone

        bank_name = self.bank_name

        bank_account = self.bank_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "taxpayer_id": taxpayer_id,
                "address": address,
            }
        )
        if telephone is not UNSET:
            field_dict["telephone"] = telephone
        if bank_name is not UNSET:
            field_dict["bank_name"] = bank_name
        if bank_account is not UNSET:
            field_dict["bank_account"] = bank_account

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        taxpayer_id = d.pop("taxpayer_id")

        address = d.pop("address")

        telephone = d.pop("telephone", UNSET)

        bank_name = d.pop("bank_name", UNSET)

        bank_account = d.pop("bank_account", UNSET)

        fapiao_seller_information = cls(
            name=name,
            taxpayer_id=taxpayer_id,
            address=address,
            telephone=telephone,
            bank_name=bank_name,
            bank_account=bank_account,
        )

        fapiao_seller_information.additional_properties = d
        return fapiao_seller_information

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
