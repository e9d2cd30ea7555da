# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayReverseResponse")


@_attrs_define
class PayReverseResponse:
    """撤销订单应答 — reverse response."""

    mchid: str
    """ 直连商户号 — merchant ID. """
    out_trade_no: str
    """ 商户订单号 — merchant order number. """
    appid: str | Unset = UNSET
    """ 应用ID — AppID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        out_trade_no = self.out_trade_no

        appid = self.appid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mchid": mchid,
                "out_trade_no": out_trade_no,
            }
        )
        if appid is not UNSET:
            field_dict["appid"] = appid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mchid = d.pop("mchid")

        out_trade_no = d.pop("out_trade_no")

        appid = d.pop("appid", UNSET)

        pay_reverse_response = cls(
            mchid=mchid,
            out_trade_no=out_trade_no,
            appid=appid,
        )

        pay_reverse_response.additional_properties = d
        return pay_reverse_response

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
