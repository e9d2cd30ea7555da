# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PowerBankUserQualification")


@_attrs_define
class PowerBankUserQualification:
    """领取资格 — whether the user may receive the insurance order."""

    qualified_user: bool | Unset = UNSET
    """ 是否具有领取资格 — true when the user qualifies. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        qualified_user = self.qualified_user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if qualified_user is not UNSET:
            field_dict["qualified_user"] = qualified_user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        qualified_user = d.pop("qualified_user", UNSET)

        power_bank_user_qualification = cls(
            qualified_user=qualified_user,
        )

        power_bank_user_qualification.additional_properties = d
        return power_bank_user_qualification

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
