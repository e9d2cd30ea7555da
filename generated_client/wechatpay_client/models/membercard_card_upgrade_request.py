# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MembercardCardUpgradeRequest")


@_attrs_define
class MembercardCardUpgradeRequest:
    """老会员卡模板升级请求 — the brand and AppID an Official-Accounts-Platform card is bound to."""

    brand_id: str
    """ 品牌ID — the brand to bind the card to. """
    appid: str
    """ 商户AppID — the merchant's service-account AppID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_id = self.brand_id

        appid = self.appid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brand_id": brand_id,
                "appid": appid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        brand_id = d.pop("brand_id")

        appid = d.pop("appid")

        membercard_card_upgrade_request = cls(
            brand_id=brand_id,
            appid=appid,
        )

        membercard_card_upgrade_request.additional_properties = d
        return membercard_card_upgrade_request

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
