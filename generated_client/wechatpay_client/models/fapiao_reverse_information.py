# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FapiaoReverseInformation")


@_attrs_define
class FapiaoReverseInformation:
    """需要冲红的发票信息 — one fapiao to reverse."""

    fapiao_id: str
    """ 商户发票单号 — the `fapiao_id` given when the fapiao was issued. """
    fapiao_number: str
    """ 发票号码 — fapiao number. """
    fapiao_code: str | Unset = UNSET
    """ 发票代码 — fapiao code (older pages; 数电 fapiao have none). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fapiao_id = self.fapiao_id

        fapiao_number = self.fapiao_number

        fapiao_code = self.fapiao_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fapiao_id": fapiao_id,
                "fapiao_number": fapiao_number,
            }
        )
        if fapiao_code is not UNSET:
            field_dict["fapiao_code"] = fapiao_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        fapiao_id = d.pop("fapiao_id")

        fapiao_number = d.pop("fapiao_number")

        fapiao_code = d.pop("fapiao_code", UNSET)

        fapiao_reverse_information = cls(
            fapiao_id=fapiao_id,
            fapiao_number=fapiao_number,
            fapiao_code=fapiao_code,
        )

        fapiao_reverse_information.additional_properties = d
        return fapiao_reverse_information

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
