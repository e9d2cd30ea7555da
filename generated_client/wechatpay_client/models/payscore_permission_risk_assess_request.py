# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payscore_permission_shopping_info import PayscorePermissionShoppingInfo


T = TypeVar("T", bound="PayscorePermissionRiskAssessRequest")


@_attrs_define
class PayscorePermissionRiskAssessRequest:
    """商户评估用户分层请求 — identify the user by `openid` or by `authorization_code` (both are
    optional in the sources).

    """

    service_id: str
    """ 服务ID — the Pay Score service ID. """
    appid: str
    """ 公众号ID — the AppID the user's `openid` belongs to. """
    authorization_code: str | Unset = UNSET
    """ 授权协议号 — the pre-authorisation agreement number. """
    openid: str | Unset = UNSET
    """ 用户标识 — the user's OpenID under `appid`. """
    shopping_info: PayscorePermissionShoppingInfo | Unset = UNSET
    """ 先用后付商品信息 — the goods the assessment is about. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        appid = self.appid

        authorization_code = self.authorization_code

        openid = self.openid

        shopping_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shopping_info, Unset):
            shopping_info = self.shopping_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_id": service_id,
                "appid": appid,
            }
        )
        if authorization_code is not UNSET:
            field_dict["authorization_code"] = authorization_code
        if openid is not UNSET:
            field_dict["openid"] = openid
        if shopping_info is not UNSET:
            field_dict["shopping_info"] = shopping_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_permission_shopping_info import PayscorePermissionShoppingInfo

        d = dict(src_dict)
        service_id = d.pop("service_id")

        appid = d.pop("appid")

        authorization_code = d.pop("authorization_code", UNSET)

        openid = d.pop("openid", UNSET)

        _shopping_info = d.pop("shopping_info", UNSET)
        shopping_info: PayscorePermissionShoppingInfo | Unset
        if isinstance(_shopping_info, Unset):
            shopping_info = UNSET
        else:
            shopping_info = PayscorePermissionShoppingInfo.from_dict(_shopping_info)

        payscore_permission_risk_assess_request = cls(
            service_id=service_id,
            appid=appid,
            authorization_code=authorization_code,
            openid=openid,
            shopping_info=shopping_info,
        )

        payscore_permission_risk_assess_request.additional_properties = d
        return payscore_permission_risk_assess_request

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
