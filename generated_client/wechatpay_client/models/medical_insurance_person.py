# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.medical_insurance_person_card_type import (
    MedicalInsurancePersonCardType,
    check_medical_insurance_person_card_type,
)
from ..types import Unset

T = TypeVar("T", bound="MedicalInsurancePerson")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class MedicalInsurancePerson:
    """身份信息 — identity of the payer or the relative. `name` and `id_digest` are sensitive:
    pass plaintext; the SDK encrypts them (RSA-OAEP) and sets `Wechatpay-Serial`.

    """

    name: str = _attrs_field(repr=_masked_repr)
    """ 真实姓名 — real name; pass plaintext, the SDK encrypts it. """
    id_digest: str = _attrs_field(repr=_masked_repr)
    """ 个人身份ID摘要 — digest of the identity document number; pass plaintext, the SDK encrypts it. """
    card_type: MedicalInsurancePersonCardType
    """ 证件类型 — `ID_CARD` (身份证), `HOUSEHOLD_REGISTRATION` (户口本), `FOREIGNER_PASSPORT`
    (外国人护照), `MAINLAND_TRAVEL_PERMIT_FOR_TW` / `_MO` / `_HK` (台/澳/港居民来往内地通行证),
    `FOREIGN_PERMANENT_RESIDENT` (外国人永久居留证), `UNKNOWN_USER_CARD_TYPE` (未知).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id_digest = self.id_digest

        card_type: str = self.card_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id_digest": id_digest,
                "card_type": card_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        id_digest = d.pop("id_digest")

        card_type = check_medical_insurance_person_card_type(d.pop("card_type"))

        medical_insurance_person = cls(
            name=name,
            id_digest=id_digest,
            card_type=card_type,
        )

        medical_insurance_person.additional_properties = d
        return medical_insurance_person

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
