# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MembercardCallback")


@_attrs_define
class MembercardCallback:
    """回调地址 — the member-card notification address."""

    notify_url: str
    """ 通知url地址 — the address. """
    mchid: str | Unset = UNSET
    """ 商户号 — the merchant ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notify_url = self.notify_url

        mchid = self.mchid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notify_url": notify_url,
            }
        )
        if mchid is not UNSET:
            field_dict["mchid"] = mchid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        notify_url = d.pop("notify_url")

        mchid = d.pop("mchid", UNSET)

        membercard_callback = cls(
            notify_url=notify_url,
            mchid=mchid,
        )

        membercard_callback.additional_properties = d
        return membercard_callback

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
