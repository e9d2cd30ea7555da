# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskDisposeResultResponse")


@_attrs_define
class RiskDisposeResultResponse:
    """回传处置结果应答 — acknowledgement."""

    rsp_msg: str | Unset = UNSET
    """ 返回描述 — result message (e.g. `ok`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rsp_msg = self.rsp_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rsp_msg is not UNSET:
            field_dict["rsp_msg"] = rsp_msg

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        rsp_msg = d.pop("rsp_msg", UNSET)

        risk_dispose_result_response = cls(
            rsp_msg=rsp_msg,
        )

        risk_dispose_result_response.additional_properties = d
        return risk_dispose_result_response

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
