# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfitsharingReceiverAddResponse")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class ProfitsharingReceiverAddResponse:
    """添加分账接收方应答 — the added receiver."""

    type_: str
    """ 分账接收方类型 — `MERCHANT_ID`, `PERSONAL_OPENID` or `PERSONAL_SUB_OPENID`. Open set.
     """
    account: str
    """ 分账接收方帐号 — merchant ID or OpenID. """
    relation_type: str
    """ 与分账方的关系类型 — relation type (see the request). Open set. """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID (service-provider mode). """
    name: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 分账接收方全称 — the name. WeChat Pay encrypts it with the merchant API certificate's
    public key; the SDK decrypts it with the merchant private key after verifying the
    answer, so the model holds the plaintext (masked in its repr).
     """
    custom_relation: str | Unset = UNSET
    """ 自定义的分账关系 — custom relation text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        account = self.account

        relation_type = self.relation_type

        sub_mchid = self.sub_mchid

        name = self.name

        custom_relation = self.custom_relation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "account": account,
                "relation_type": relation_type,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if name is not UNSET:
            field_dict["name"] = name
        if custom_relation is not UNSET:
            field_dict["custom_relation"] = custom_relation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        account = d.pop("account")

        relation_type = d.pop("relation_type")

        sub_mchid = d.pop("sub_mchid", UNSET)

        name = d.pop("name", UNSET)

        custom_relation = d.pop("custom_relation", UNSET)

        profitsharing_receiver_add_response = cls(
            type_=type_,
            account=account,
            relation_type=relation_type,
            sub_mchid=sub_mchid,
            name=name,
            custom_relation=custom_relation,
        )

        profitsharing_receiver_add_response.additional_properties = d
        return profitsharing_receiver_add_response

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
