# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fapiao_buyer_information_type import FapiaoBuyerInformationType, check_fapiao_buyer_information_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="FapiaoBuyerInformation")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class FapiaoBuyerInformation:
    """购买方信息 — the invoice title (request side; see `FapiaoResponseBuyerInformation`).
    `phone` and `email` are sensitive.

    """

    type_: FapiaoBuyerInformationType
    """ 购买方类型 — `INDIVIDUAL` (person or other) or `ORGANIZATION` (unit). """
    name: str
    """ 名称 — buyer name. """
    taxpayer_id: str | Unset = UNSET
    """ 纳税人识别号 — buyer's taxpayer ID; needed for `ORGANIZATION`. """
    address: str | Unset = UNSET
    """ 地址 — buyer address. """
    telephone: str | Unset = UNSET
    """ 电话 — buyer telephone. """
    bank_name: str | Unset = UNSET
    """ 开户银行 — buyer's bank. """
    bank_account: str | Unset = UNSET
    """ 银行账号 — buyer's bank account. """
    phone: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 手机号 — buyer's mobile number. Pass plaintext; the SDK encrypts it (RSA-OAEP with the
    WeChat Pay public key or platform certificate) and sets `Wechatpay-Serial`.
     """
    email: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 邮箱地址 — buyer's email address. Pass plaintext; the SDK encrypts it and sets
    `Wechatpay-Serial`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        name = self.name

        taxpayer_id = self.taxpayer_id

        address = self.address

        telephone = self.telephone

        bank_name = self.bank_name

        bank_account = self.bank_account

        phone = self.phone

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
            }
        )
        if taxpayer_id is not UNSET:
            field_dict["taxpayer_id"] = taxpayer_id
        if address is not UNSET:
            field_dict["address"] = address
        if telephone is not UNSET:
            field_dict["telephone"] = telephone
        if bank_name is not UNSET:
            field_dict["bank_name"] = bank_name
        if bank_account is not UNSET:
            field_dict["bank_account"] = bank_account
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_fapiao_buyer_information_type(d.pop("type"))

        name = d.pop("name")

        taxpayer_id = d.pop("taxpayer_id", UNSET)

        address = d.pop("address", UNSET)

        telephone = d.pop("telephone", UNSET)

        bank_name = d.pop("bank_name", UNSET)

        bank_account = d.pop("bank_account", UNSET)

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        fapiao_buyer_information = cls(
            type_=type_,
            name=name,
            taxpayer_id=taxpayer_id,
            address=address,
            telephone=telephone,
            bank_name=bank_name,
            bank_account=bank_account,
            phone=phone,
            email=email,
        )

        fapiao_buyer_information.additional_properties = d
        return fapiao_buyer_information

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
