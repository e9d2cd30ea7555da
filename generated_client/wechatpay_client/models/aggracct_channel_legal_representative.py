# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AggracctChannelLegalRepresentative")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class AggracctChannelLegalRepresentative:
    """法定代表人信息 — the legal representative of the merchant."""

    legal_representative_id_type: str
    """ 法定代表人证件类型 — certificate type; known value `01` (open set). """
    legal_representative_name: str = _attrs_field(repr=_masked_repr)
    """ 法定代表人姓名 — name (decrypted by the SDK). """
    legal_representative_id_no: str = _attrs_field(repr=_masked_repr)
    """ 法定代表人证件号码 — certificate number (decrypted by the SDK). """
    legal_representative_effective_date: str
    """ 法定代表人证件有效期起始日 — certificate valid from. """
    legal_representative_expire_date: str
    """ 法定代表人证件有效期结束日 — certificate valid until. """
    legal_representative_img_front_id: str
    """ 法定代表人证件正面影像ID — image ID of the certificate's front. """
    legal_representative_img_back_id: str
    """ 法定代表人证件反面影像ID — image ID of the certificate's back. """
    legal_representative_address: str = _attrs_field(repr=_masked_repr)
    """ 法定代表人居住地址 — home address (decrypted by the SDK). """
    legal_representative_issue_authority: str | Unset = UNSET
    """ 法定代表人发证机关 — issuing authority. """
    legal_representative_nation: str | Unset = UNSET
    """ 法定代表人民族 — ethnicity. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        legal_representative_id_type = self.legal_representative_id_type

        legal_representative_name = self.legal_representative_name

        legal_representative_id_no = self.legal_representative_id_no

        legal_representative_effective_date = self.legal_representative_effective_date

        legal_representative_expire_date = self.legal_representative_expire_date

        legal_representative_img_front_id = self.legal_representative_img_front_id

        legal_representative_img_back_id = self.legal_representative_img_back_id

        legal_representative_address = self.legal_representative_address

        legal_representative_issue_authority = self.legal_representative_issue_authority

        legal_representative_nation = self.legal_representative_nation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "legal_representative_id_type": legal_representative_id_type,
                "legal_representative_name": legal_representative_name,
                "legal_representative_id_no": legal_representative_id_no,
                "legal_representative_effective_date": legal_representative_effective_date,
                "legal_representative_expire_date": legal_representative_expire_date,
                "legal_representative_img_front_id": legal_representative_img_front_id,
                "legal_representative_img_back_id": legal_representative_img_back_id,
                "legal_representative_address": legal_representative_address,
            }
        )
        if legal_representative_issue_authority is not UNSET:
            field_dict["legal_representative_issue_authority"] = legal_representative_issue_authority
        if legal_representative_nation is not UNSET:
            field_dict["legal_representative_nation"] = legal_representative_nation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        legal_representative_id_type = d.pop("legal_representative_id_type")

        legal_representative_name = d.pop("legal_representative_name")

        legal_representative_id_no = d.pop("legal_representative_id_no")

        legal_representative_effective_date = d.pop("legal_representative_effective_date")

        legal_representative_expire_date = d.pop("legal_representative_expire_date")

        legal_representative_img_front_id = d.pop("legal_representative_img_front_id")

        legal_representative_img_back_id = d.pop("legal_representative_img_back_id")

        legal_representative_address = d.pop("legal_representative_address")

        legal_representative_issue_authority = d.pop("legal_representative_issue_authority", UNSET)

        legal_representative_nation = d.pop("legal_representative_nation", UNSET)

        aggracct_channel_legal_representative = cls(
            legal_representative_id_type=legal_representative_id_type,
            legal_representative_name=legal_representative_name,
            legal_representative_id_no=legal_representative_id_no,
            legal_representative_effective_date=legal_representative_effective_date,
            legal_representative_expire_date=legal_representative_expire_date,
            legal_representative_img_front_id=legal_representative_img_front_id,
            legal_representative_img_back_id=legal_representative_img_back_id,
            legal_representative_address=legal_representative_address,
            legal_representative_issue_authority=legal_representative_issue_authority,
            legal_representative_nation=legal_representative_nation,
        )

        aggracct_channel_legal_representative.additional_properties = d
        return aggracct_channel_legal_representative

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
