# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.profitsharing_receiver_add_request_relation_type import (
    ProfitsharingReceiverAddRequestRelationType,
    check_profitsharing_receiver_add_request_relation_type,
)
from ..models.profitsharing_receiver_add_request_type import (
    ProfitsharingReceiverAddRequestType,
    check_profitsharing_receiver_add_request_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfitsharingReceiverAddRequest")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class ProfitsharingReceiverAddRequest:
    """添加分账接收方请求 — add-receiver request. `name` is encrypted by the SDK."""

    appid: str
    """ 应用ID — AppID bound to the merchant. """
    type_: ProfitsharingReceiverAddRequestType
    """ 分账接收方类型 — `MERCHANT_ID`, `PERSONAL_OPENID` or `PERSONAL_SUB_OPENID`. """
    account: str
    """ 分账接收方帐号 — merchant ID or OpenID, according to `type`. """
    relation_type: ProfitsharingReceiverAddRequestRelationType
    """ 与分账方的关系类型 — relation to the merchant: service provider, store, staff, store
    owner, partner, headquarters, brand, distributor, user, supplier, or `CUSTOM` (then
    `custom_relation` is required).
     """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID; service-provider mode only, direct merchants omit it. """
    sub_appid: str | Unset = UNSET
    """ 子商户应用ID — sub-merchant AppID; service-provider mode only. """
    name: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 分账接收方全称/姓名 — the merchant's full name (required for `MERCHANT_ID`) or the
    person's real name (optional). Pass plaintext; the SDK encrypts it (RSA-OAEP with
    the WeChat Pay public key or platform certificate) and sends the Base64 ciphertext.
     """
    custom_relation: str | Unset = UNSET
    """ 自定义的分账关系 — custom relation text, at most 10 characters; required when
    `relation_type` is `CUSTOM`, not sent otherwise.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        type_: str = self.type_

        account = self.account

        relation_type: str = self.relation_type

        sub_mchid = self.sub_mchid

        sub_appid = self.sub_appid

        name = self.name

        custom_relation = self.custom_relation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "type": type_,
                "account": account,
                "relation_type": relation_type,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if sub_appid is not UNSET:
            field_dict["sub_appid"] = sub_appid
        if name is not UNSET:
            field_dict["name"] = name
        if custom_relation is not UNSET:
            field_dict["custom_relation"] = custom_relation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appid = d.pop("appid")

        type_ = check_profitsharing_receiver_add_request_type(d.pop("type"))

        account = d.pop("account")

        relation_type = check_profitsharing_receiver_add_request_relation_type(d.pop("relation_type"))

        sub_mchid = d.pop("sub_mchid", UNSET)

        sub_appid = d.pop("sub_appid", UNSET)

        name = d.pop("name", UNSET)

        custom_relation = d.pop("custom_relation", UNSET)

        profitsharing_receiver_add_request = cls(
            appid=appid,
            type_=type_,
            account=account,
            relation_type=relation_type,
            sub_mchid=sub_mchid,
            sub_appid=sub_appid,
            name=name,
            custom_relation=custom_relation,
        )

        profitsharing_receiver_add_request.additional_properties = d
        return profitsharing_receiver_add_request

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
