# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.combine_payer_identity_type import CombinePayerIdentityType, check_combine_payer_identity_type
from ..types import Unset

T = TypeVar("T", bound="CombinePayerIdentity")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class CombinePayerIdentity:
    """实名支付信息 — the payer's identity: only a user whose WeChat real name matches can pay.
    `number` and `name` are sensitive: pass plaintext; the SDK encrypts them and sets
    `Wechatpay-Serial`. Same shape as `PayPayerIdentity` (pay); the two could move to
    components.yaml.

    """

    type_: CombinePayerIdentityType
    """ 证件类型 — document type: `IDCARD` (身份证), `HONGKONG_MACAO` (港澳居民来往内地通行证),
    `HONGKONG_MACAO_RESIDENT` (港澳居民居住证), `TAIWAN_RESIDENT` (台湾居民居住证),
    `FOREIGN_RESIDENT` (外国人永久居留证), `OVERSEA_PASSPORT` (护照), `PHONE_NUMBER` (手机号).
     """
    number: str = _attrs_field(repr=_masked_repr)
    """ 证件号 — the document number; pass plaintext, the SDK encrypts it. """
    name: str = _attrs_field(repr=_masked_repr)
    """ 姓名 — the person's real name; pass plaintext, the SDK encrypts it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        number = self.number

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "number": number,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_combine_payer_identity_type(d.pop("type"))

        number = d.pop("number")

        name = d.pop("name")

        combine_payer_identity = cls(
            type_=type_,
            number=number,
            name=name,
        )

        combine_payer_identity.additional_properties = d
        return combine_payer_identity

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
