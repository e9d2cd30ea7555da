# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membercard_activity_activate_miniprogram import MembercardActivityActivateMiniprogram


T = TypeVar("T", bound="MembercardActivityActivateSetting")


@_attrs_define
class MembercardActivityActivateSetting:
    """激活方式设置 — how a card received through the activity is activated."""

    activate_type: str
    """ 激活类型 — activation type (example `AUTO_ACTIVATE`); no closed list is published.
     """
    activate_url: str | Unset = UNSET
    """ 跳转激活的url — web page that activates the card. """
    activate_miniprogram: MembercardActivityActivateMiniprogram | Unset = UNSET
    """ 跳转激活的小程序 — the mini program page that activates the card. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activate_type = self.activate_type

        activate_url = self.activate_url

        activate_miniprogram: dict[str, Any] | Unset = UNSET
        if not isinstance(self.activate_miniprogram, Unset):
            activate_miniprogram = self.activate_miniprogram.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activate_type": activate_type,
            }
        )
        if activate_url is not UNSET:
            field_dict["activate_url"] = activate_url
        if activate_miniprogram is not UNSET:
            field_dict["activate_miniprogram"] = activate_miniprogram

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.membercard_activity_activate_miniprogram import MembercardActivityActivateMiniprogram

        d = dict(src_dict)
        activate_type = d.pop("activate_type")

        activate_url = d.pop("activate_url", UNSET)

        _activate_miniprogram = d.pop("activate_miniprogram", UNSET)
        activate_miniprogram: MembercardActivityActivateMiniprogram | Unset
        if isinstance(_activate_miniprogram, Unset):
            activate_miniprogram = UNSET
        else:
            activate_miniprogram = MembercardActivityActivateMiniprogram.from_dict(_activate_miniprogram)

        membercard_activity_activate_setting = cls(
            activate_type=activate_type,
            activate_url=activate_url,
            activate_miniprogram=activate_miniprogram,
        )

        membercard_activity_activate_setting.additional_properties = d
        return membercard_activity_activate_setting

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
