# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AggracctChannelInfoUpdateResultResponse")


@_attrs_define
class AggracctChannelInfoUpdateResultResponse:
    """接收结果 — acknowledgement of a reported audit result."""

    ret_msg: str | Unset = UNSET
    """ 接口返回信息 — return message (e.g. `SUCC`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ret_msg = self.ret_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ret_msg is not UNSET:
            field_dict["ret_msg"] = ret_msg

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ret_msg = d.pop("ret_msg", UNSET)

        aggracct_channel_info_update_result_response = cls(
            ret_msg=ret_msg,
        )

        aggracct_channel_info_update_result_response.additional_properties = d
        return aggracct_channel_info_update_result_response

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
