# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FavorCallbackSetRequest")


@_attrs_define
class FavorCallbackSetRequest:
    """设置消息通知地址请求 — the address to set."""

    mchid: str
    """ 商户号 — the merchant whose address is set. """
    notify_url: str
    """ 通知url地址 — HTTPS URL that receives the marketing event notifications. """
    switch: bool | Unset = UNSET
    """ 回调开关 — `true` to send notifications, `false` to stop them. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        notify_url = self.notify_url

        switch = self.switch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mchid": mchid,
                "notify_url": notify_url,
            }
        )
        if switch is not UNSET:
            field_dict["switch"] = switch

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mchid = d.pop("mchid")

        notify_url = d.pop("notify_url")

        switch = d.pop("switch", UNSET)

        favor_callback_set_request = cls(
            mchid=mchid,
            notify_url=notify_url,
            switch=switch,
        )

        favor_callback_set_request.additional_properties = d
        return favor_callback_set_request

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
