# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="AggracctChannelBeneficialOwner")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class AggracctChannelBeneficialOwner:
    """受益所有人信息 — one beneficial owner of the merchant."""

    beneficial_owner_no: str
    """ 受益所有人编号 — number of this owner in the list. """
    beneficial_owner_id_type: str
    """ 受益所有人证件类型 — certificate type; known value `01` (open set). """
    beneficial_owner_name: str = _attrs_field(repr=_masked_repr)
    """ 受益所有人姓名 — name (decrypted by the SDK). """
    beneficial_owner_id_no: str = _attrs_field(repr=_masked_repr)
    """ 受益所有人证件号码 — certificate number (decrypted by the SDK). """
    beneficial_owner_effective_date: str
    """ 受益所有人证件有效期起始日 — certificate valid from. """
    beneficial_owner_expire_date: str
    """ 受益所有人证件有效期结束日 — certificate valid until. """
    beneficial_owner_img_front_id: str
    """ 受益所有人证件正面影像ID — image ID of the certificate's front. """
    beneficial_owner_img_back_id: str
    """ 受益所有人证件反面影像ID — image ID of the certificate's back. """
    beneficial_owner_address: str = _attrs_field(repr=_masked_repr)
    """ 受益所有人居住地址 — home address (decrypted by the SDK). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        beneficial_owner_no = self.beneficial_owner_no

        beneficial_owner_id_type = self.beneficial_owner_id_type

        beneficial_owner_name = self.beneficial_owner_name

        beneficial_owner_id_no = self.beneficial_owner_id_no

        beneficial_owner_effective_date = self.beneficial_owner_effective_date

        beneficial_owner_expire_date = self.beneficial_owner_expire_date

        beneficial_owner_img_front_id = self.beneficial_owner_img_front_id

        beneficial_owner_img_back_id = self.beneficial_owner_img_back_id

        beneficial_owner_address = self.beneficial_owner_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "beneficial_owner_no": beneficial_owner_no,
                "beneficial_owner_id_type": beneficial_owner_id_type,
                "beneficial_owner_name": beneficial_owner_name,
                "beneficial_owner_id_no": beneficial_owner_id_no,
                "beneficial_owner_effective_date": beneficial_owner_effective_date,
                "beneficial_owner_expire_date": beneficial_owner_expire_date,
                "beneficial_owner_img_front_id": beneficial_owner_img_front_id,
                "beneficial_owner_img_back_id": beneficial_owner_img_back_id,
                "beneficial_owner_address": beneficial_owner_address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        beneficial_owner_no = d.pop("beneficial_owner_no")

        beneficial_owner_id_type = d.pop("beneficial_owner_id_type")

        beneficial_owner_name = d.pop("beneficial_owner_name")

        beneficial_owner_id_no = d.pop("beneficial_owner_id_no")

        beneficial_owner_effective_date = d.pop("beneficial_owner_effective_date")

        beneficial_owner_expire_date = d.pop("beneficial_owner_expire_date")

        beneficial_owner_img_front_id = d.pop("beneficial_owner_img_front_id")

        beneficial_owner_img_back_id = d.pop("beneficial_owner_img_back_id")

        beneficial_owner_address = d.pop("beneficial_owner_address")

        aggracct_channel_beneficial_owner = cls(
            beneficial_owner_no=beneficial_owner_no,
            beneficial_owner_id_type=beneficial_owner_id_type,
            beneficial_owner_name=beneficial_owner_name,
            beneficial_owner_id_no=beneficial_owner_id_no,
            beneficial_owner_effective_date=beneficial_owner_effective_date,
            beneficial_owner_expire_date=beneficial_owner_expire_date,
            beneficial_owner_img_front_id=beneficial_owner_img_front_id,
            beneficial_owner_img_back_id=beneficial_owner_img_back_id,
            beneficial_owner_address=beneficial_owner_address,
        )

        aggracct_channel_beneficial_owner.additional_properties = d
        return aggracct_channel_beneficial_owner

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
