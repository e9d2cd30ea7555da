# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FavorCallback")


@_attrs_define
class FavorCallback:
    """消息通知地址 — the merchant's marketing notification address."""

    mchid: str
    """ 商户号 — merchant ID. """
    notify_url: str
    """ 通知地址 — the address. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        notify_url = self.notify_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mchid": mchid,
                "notify_url": notify_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mchid = d.pop("mchid")

        notify_url = d.pop("notify_url")

        favor_callback = cls(
            mchid=mchid,
            notify_url=notify_url,
        )

        favor_callback.additional_properties = d
        return favor_callback

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
