# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PayscoreUserPermissionTerminateRequest")


@_attrs_define
class PayscoreUserPermissionTerminateRequest:
    """商户解除用户授权关系请求 — plain-authorisation revocation."""

    appid: str
    """ 公众账号ID — the AppID the user's `openid` belongs to. """
    reason: str
    """ 撤销原因 — why the merchant ends the authorisation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appid = d.pop("appid")

        reason = d.pop("reason")

        payscore_user_permission_terminate_request = cls(
            appid=appid,
            reason=reason,
        )

        payscore_user_permission_terminate_request.additional_properties = d
        return payscore_user_permission_terminate_request

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
