# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FapiaoResponseBuyerInformation")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class FapiaoResponseBuyerInformation:
    """购买方信息 — the buyer as WeChat Pay returns it (answer side of
    `FapiaoBuyerInformation`). `phone` and `email` arrive encrypted with the merchant's key;
    the SDK decrypts them after verifying the answer.

    """

    type_: str
    """ 购买方类型 — `INDIVIDUAL` or `ORGANIZATION` (open set). """
    name: str
    """ 名称 — buyer name. """
    taxpayer_id: str | Unset = UNSET
    """ 纳税人识别号 — buyer's taxpayer ID. """
    address: str | Unset = UNSET
    """ 地址 — buyer address. """
    telephone: str | Unset = UNSET
    """ 电话 — buyer telephone. """
    bank_name: str | Unset = UNSET
    """ 开户银行 — buyer's bank. """
    bank_account: str | Unset = UNSET
    """ 银行账号 — buyer's bank account. """
    phone: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 手机号 — buyer's mobile number. WeChat Pay encrypts it with the merchant API
    certificate's public key; the SDK decrypts it with the merchant private key.
     """
    email: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 邮箱地址 — buyer's email. WeChat Pay encrypts it with the merchant API certificate's
    public key; the SDK decrypts it with the merchant private key.
     """
    amount: int | Unset = UNSET
    """ 订单金额 — order amount, in fen. """
    out_trade_no: str | Unset = UNSET
    """ 商户订单号 — merchant order number. """
    fapiao_bill_type: str | Unset = UNSET
    """ 开具的发票类型 — `COMM_FAPIAO` or `VAT_FAPIAO` (open set). """
    user_apply_message: str | Unset = UNSET
    """ 留言信息 — the buyer's message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        taxpayer_id = self.taxpayer_id

        address = self.address

        telephone = self.telephone

        bank_name = self.bank_name

        bank_account = self.bank_account

        phone = self.phone

        email = self.email

        amount = self.amount

        out_trade_no = self.out_trade_no

        fapiao_bill_type = self.fapiao_bill_type

        user_apply_message = self.user_apply_message

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
        if amount is not UNSET:
            field_dict["amount"] = amount
        if out_trade_no is not UNSET:
            field_dict["out_trade_no"] = out_trade_no
        if fapiao_bill_type is not UNSET:
            field_dict["fapiao_bill_type"] = fapiao_bill_type
        if user_apply_message is not UNSET:
            field_dict["user_apply_message"] = user_apply_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        name = d.pop("name")

        taxpayer_id = d.pop("taxpayer_id", UNSET)

        address = d.pop("address", UNSET)

        telephone = d.pop("telephone", UNSET)

        bank_name = d.pop("bank_name", UNSET)

        bank_account = d.pop("bank_account", UNSET)

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        amount = d.pop("amount", UNSET)

        out_trade_no = d.pop("out_trade_no", UNSET)

        fapiao_bill_type = d.pop("fapiao_bill_type", UNSET)

        user_apply_message = d.pop("user_apply_message", UNSET)

        fapiao_response_buyer_information = cls(
            type_=type_,
            name=name,
            taxpayer_id=taxpayer_id,
            address=address,
            telephone=telephone,
            bank_name=bank_name,
            bank_account=bank_account,
            phone=phone,
            email=email,
            amount=amount,
            out_trade_no=out_trade_no,
            fapiao_bill_type=fapiao_bill_type,
            user_apply_message=user_apply_message,
        )

        fapiao_response_buyer_information.additional_properties = d
        return fapiao_response_buyer_information

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
