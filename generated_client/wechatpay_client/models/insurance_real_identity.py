# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.insurance_real_identity_identity_type import (
    InsuranceRealIdentityIdentityType,
    check_insurance_real_identity_identity_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="InsuranceRealIdentity")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class InsuranceRealIdentity:
    """用户实名信息 — the user's real-name identity. `real_name` and `id_card_number` are
    sensitive: pass plaintext; the SDK encrypts them and sets `Wechatpay-Serial`.

    """

    real_name: str = _attrs_field(repr=_masked_repr)
    """ 自然人姓名 — the person's real name. Pass plaintext; the SDK encrypts it (RSA-OAEP
    with the WeChat Pay public key or platform certificate) and sends the Base64
    ciphertext.
     """
    id_card_number: str = _attrs_field(repr=_masked_repr)
    """ 自然人身份证号码 — the person's ID card number. Pass plaintext; the SDK encrypts it
    (RSA-OAEP with the WeChat Pay public key or platform certificate) and sends the
    Base64 ciphertext.
     """
    identity_type: InsuranceRealIdentityIdentityType | Unset = UNSET
    """ 实名验证类型 — identity document type; `ID_CARD` (身份证) only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        real_name = self.real_name

        id_card_number = self.id_card_number

        identity_type: str | Unset = UNSET
        if not isinstance(self.identity_type, Unset):
            identity_type = self.identity_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "real_name": real_name,
                "id_card_number": id_card_number,
            }
        )
        if identity_type is not UNSET:
            field_dict["identity_type"] = identity_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        real_name = d.pop("real_name")

        id_card_number = d.pop("id_card_number")

        _identity_type = d.pop("identity_type", UNSET)
        identity_type: InsuranceRealIdentityIdentityType | Unset
        if isinstance(_identity_type, Unset):
            identity_type = UNSET
        else:
            identity_type = check_insurance_real_identity_identity_type(_identity_type)

        insurance_real_identity = cls(
            real_name=real_name,
            id_card_number=id_card_number,
            identity_type=identity_type,
        )

        insurance_real_identity.additional_properties = d
        return insurance_real_identity

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
