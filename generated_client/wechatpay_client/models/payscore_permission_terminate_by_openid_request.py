# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PayscorePermissionTerminateByOpenidRequest")


@_attrs_define
class PayscorePermissionTerminateByOpenidRequest:
    """解除授权请求（openid） — revocation by OpenID."""

    service_id: str
    """ 服务ID — the Pay Score service ID. """
    appid: str
    """ 公众号ID — the AppID the user's `openid` belongs to. """
    reason: str
    """ 撤销原因 — why the merchant ends the authorisation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        appid = self.appid

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_id": service_id,
                "appid": appid,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        service_id = d.pop("service_id")

        appid = d.pop("appid")

        reason = d.pop("reason")

        payscore_permission_terminate_by_openid_request = cls(
            service_id=service_id,
            appid=appid,
            reason=reason,
        )

        payscore_permission_terminate_by_openid_request.additional_properties = d
        return payscore_permission_terminate_by_openid_request

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
