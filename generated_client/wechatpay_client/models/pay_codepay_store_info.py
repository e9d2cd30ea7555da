# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayCodepayStoreInfo")


@_attrs_define
class PayCodepayStoreInfo:
    """付款码支付门店信息 — the store of a code payment."""

    id: str | Unset = UNSET
    """ 门店编号 — store ID. """
    out_id: str | Unset = UNSET
    """ 商家自定义编码 — the merchant's own store code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        out_id = self.out_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if out_id is not UNSET:
            field_dict["out_id"] = out_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        out_id = d.pop("out_id", UNSET)

        pay_codepay_store_info = cls(
            id=id,
            out_id=out_id,
        )

        pay_codepay_store_info.additional_properties = d
        return pay_codepay_store_info

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
