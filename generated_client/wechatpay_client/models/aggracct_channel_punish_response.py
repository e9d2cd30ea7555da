# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AggracctChannelPunishResponse")


@_attrs_define
class AggracctChannelPunishResponse:
    """管控受理 — the accepted control order."""

    wxpay_punish_no: str
    """ 微信支付管控单号 — WeChat Pay's control number (needed to release it). """
    out_request_no: str
    """ 微众管控单号 — the channel's control number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wxpay_punish_no = self.wxpay_punish_no

        out_request_no = self.out_request_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wxpay_punish_no": wxpay_punish_no,
                "out_request_no": out_request_no,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        wxpay_punish_no = d.pop("wxpay_punish_no")

        out_request_no = d.pop("out_request_no")

        aggracct_channel_punish_response = cls(
            wxpay_punish_no=wxpay_punish_no,
            out_request_no=out_request_no,
        )

        aggracct_channel_punish_response.additional_properties = d
        return aggracct_channel_punish_response

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
