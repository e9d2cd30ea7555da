# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MembercardPermissionTokenCreateRequest")


@_attrs_define
class MembercardPermissionTokenCreateRequest:
    """商户预授权请求 — how cards handed out with the token are activated."""

    activate_type: str
    """ 激活类型 — activation mode, e.g. `AUTO_ACTIVATE` or `JUMP_ACTIVATE` (no closed list is
    documented for this call).
     """
    navigate_back_previous_page: bool | Unset = UNSET
    """ 开卡完成后是否返回 — return the user to the page that opened the card component when done. """
    activate_url: str | Unset = UNSET
    """ 跳转激活的url — H5 page for jump activation. """
    activate_appid: str | Unset = UNSET
    """ 跳转激活的appid — or the mini program for jump activation. """
    activate_path: str | Unset = UNSET
    """ 跳转激活的path — page path in that mini program. """
    outer_str: str | Unset = UNSET
    """ 自定义场景值 — a scene value, echoed in the card notifications. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activate_type = self.activate_type

        navigate_back_previous_page = self.navigate_back_previous_page

        activate_url = self.activate_url

        activate_appid = self.activate_appid

        activate_path = self.activate_path

        outer_str = self.outer_str

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activate_type": activate_type,
            }
        )
        if navigate_back_previous_page is not UNSET:
            field_dict["navigate_back_previous_page"] = navigate_back_previous_page
        if activate_url is not UNSET:
            field_dict["activate_url"] = activate_url
        if activate_appid is not UNSET:
            field_dict["activate_appid"] = activate_appid
        if activate_path is not UNSET:
            field_dict["activate_path"] = activate_path
        if outer_str is not UNSET:
            field_dict["outer_str"] = outer_str

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        activate_type = d.pop("activate_type")

        navigate_back_previous_page = d.pop("navigate_back_previous_page", UNSET)

        activate_url = d.pop("activate_url", UNSET)

        activate_appid = d.pop("activate_appid", UNSET)

        activate_path = d.pop("activate_path", UNSET)

        outer_str = d.pop("outer_str", UNSET)

        membercard_permission_token_create_request = cls(
            activate_type=activate_type,
            navigate_back_previous_page=navigate_back_previous_page,
            activate_url=activate_url,
            activate_appid=activate_appid,
            activate_path=activate_path,
            outer_str=outer_str,
        )

        membercard_permission_token_create_request.additional_properties = d
        return membercard_permission_token_create_request

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
