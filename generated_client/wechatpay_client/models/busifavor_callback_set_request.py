# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorCallbackSetRequest")


@_attrs_define
class BusifavorCallbackSetRequest:
    """设置商家券事件通知地址请求 — the address to register."""

    notify_url: str
    """ 通知URL地址 — HTTPS address that receives merchant-coupon events. """
    mchid: str | Unset = UNSET
    """ 商户号 — the merchant whose address is set; the caller's merchant ID when omitted. """
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

        busifavor_callback_set_request = cls(
            notify_url=notify_url,
            mchid=mchid,
        )

        busifavor_callback_set_request.additional_properties = d
        return busifavor_callback_set_request

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
