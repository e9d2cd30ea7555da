# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BusinesscircleAuthorizationNotificationResource")


@_attrs_define
class BusinesscircleAuthorizationNotificationResource:
    """商圈会员积分服务授权结果通知 — the decrypted resource of `MALL_AUTH.ACTIVATE_CARD`, sent
    to the authorisation callback URL configured when the product was enabled, after a member
    opened the mall's membership card in the points plug-in (and possibly authorised the
    points service). `original_type` is not documented. Unknown keys are kept.

    """

    openid: str
    """ 顾客OpenID — the member's OpenID in the mall mini program. """
    code: str
    """ 会员卡code — the member's code under the mall's membership card. """
    mchid: str
    """ 商户号 — the mall merchant the card was opened with. """
    auth_type: str
    """ 授权类型 — open set; known values: `REGISTERED_MODE` (card opened, points service not
    authorised), `REGISTERED_AND_AUTHORIZATION_MODE` (card opened and points service
    authorised).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        openid = self.openid

        code = self.code

        mchid = self.mchid

        auth_type = self.auth_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "openid": openid,
                "code": code,
                "mchid": mchid,
                "auth_type": auth_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        openid = d.pop("openid")

        code = d.pop("code")

        mchid = d.pop("mchid")

        auth_type = d.pop("auth_type")

        businesscircle_authorization_notification_resource = cls(
            openid=openid,
            code=code,
            mchid=mchid,
            auth_type=auth_type,
        )

        businesscircle_authorization_notification_resource.additional_properties = d
        return businesscircle_authorization_notification_resource

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
