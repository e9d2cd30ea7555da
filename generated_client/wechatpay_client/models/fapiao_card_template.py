# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FapiaoCardTemplate")


@_attrs_define
class FapiaoCardTemplate:
    """卡券模板 — the card AppID and the template ID."""

    card_appid: str
    """ 插卡公众号AppID — the card official-account AppID. """
    card_id: str
    """ 卡券模板id — card template ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_appid = self.card_appid

        card_id = self.card_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "card_appid": card_appid,
                "card_id": card_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        card_appid = d.pop("card_appid")

        card_id = d.pop("card_id")

        fapiao_card_template = cls(
            card_appid=card_appid,
            card_id=card_id,
        )

        fapiao_card_template.additional_properties = d
        return fapiao_card_template

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
