# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PapayScheduledDeductPreSignH5Response")


@_attrs_define
class PapayScheduledDeductPreSignH5Response:
    """H5场景预约扣费预签约应答 — H5 pre-sign response."""

    redirect_url: str
    """ 拉起微信支付客户端的URL — open in the user's mobile browser to launch the WeChat Pay client. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        redirect_url = self.redirect_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "redirect_url": redirect_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        redirect_url = d.pop("redirect_url")

        papay_scheduled_deduct_pre_sign_h5_response = cls(
            redirect_url=redirect_url,
        )

        papay_scheduled_deduct_pre_sign_h5_response.additional_properties = d
        return papay_scheduled_deduct_pre_sign_h5_response

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
