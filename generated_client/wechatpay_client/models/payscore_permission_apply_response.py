# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PayscorePermissionApplyResponse")


@_attrs_define
class PayscorePermissionApplyResponse:
    """商户预授权应答 — pre-authorisation answer."""

    apply_permissions_token: str
    """ 预授权token — passed to the WeChat Pay Score mini program (`wxpayScoreEnable`) so the user
    can authorise; valid for about an hour.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apply_permissions_token = self.apply_permissions_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apply_permissions_token": apply_permissions_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        apply_permissions_token = d.pop("apply_permissions_token")

        payscore_permission_apply_response = cls(
            apply_permissions_token=apply_permissions_token,
        )

        payscore_permission_apply_response.additional_properties = d
        return payscore_permission_apply_response

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
