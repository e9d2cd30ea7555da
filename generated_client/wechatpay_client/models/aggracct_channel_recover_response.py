# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AggracctChannelRecoverResponse")


@_attrs_define
class AggracctChannelRecoverResponse:
    """解管受理 — the accepted release order."""

    wxpay_recover_no: str
    """ 微信支付解管单号 — WeChat Pay's release number. """
    out_request_no: str
    """ 微众解管单号 — the channel's release number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wxpay_recover_no = self.wxpay_recover_no

        out_request_no = self.out_request_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wxpay_recover_no": wxpay_recover_no,
                "out_request_no": out_request_no,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        wxpay_recover_no = d.pop("wxpay_recover_no")

        out_request_no = d.pop("out_request_no")

        aggracct_channel_recover_response = cls(
            wxpay_recover_no=wxpay_recover_no,
            out_request_no=out_request_no,
        )

        aggracct_channel_recover_response.additional_properties = d
        return aggracct_channel_recover_response

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
