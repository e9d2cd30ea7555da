# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PapayDeductFailNoticeRequest")


@_attrs_define
class PapayDeductFailNoticeRequest:
    """重试扣费通知请求 — retry-deduction notice request."""

    mchid: str
    """ 直连商户号 — the direct merchant's ID. """
    appid: str
    """ 应用ID — AppID bound to the merchant (the sources call it 公众号ID). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        appid = self.appid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mchid": mchid,
                "appid": appid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mchid = d.pop("mchid")

        appid = d.pop("appid")

        papay_deduct_fail_notice_request = cls(
            mchid=mchid,
            appid=appid,
        )

        papay_deduct_fail_notice_request.additional_properties = d
        return papay_deduct_fail_notice_request

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
