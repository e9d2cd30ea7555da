# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FapiaoDevelopmentConfig")


@_attrs_define
class FapiaoDevelopmentConfig:
    """开发选项 — the merchant's fapiao development options."""

    callback_url: str
    """ 商户回调地址 — the notification URL. """
    show_fapiao_cell: bool | Unset = UNSET
    """ 全部账单展示开发票入口开关 — the bill list shows the fapiao entry. """
    support_vat_fapiao: bool | Unset = UNSET
    """ 商户是否支持开电子专票 — the title page offers the VAT special fapiao. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        callback_url = self.callback_url

        show_fapiao_cell = self.show_fapiao_cell

        support_vat_fapiao = self.support_vat_fapiao

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callback_url": callback_url,
            }
        )
        if show_fapiao_cell is not UNSET:
            field_dict["show_fapiao_cell"] = show_fapiao_cell
        if support_vat_fapiao is not UNSET:
            field_dict["support_vat_fapiao"] = support_vat_fapiao

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        callback_url = d.pop("callback_url")

        show_fapiao_cell = d.pop("show_fapiao_cell", UNSET)

        support_vat_fapiao = d.pop("support_vat_fapiao", UNSET)

        fapiao_development_config = cls(
            callback_url=callback_url,
            show_fapiao_cell=show_fapiao_cell,
            support_vat_fapiao=support_vat_fapiao,
        )

        fapiao_development_config.additional_properties = d
        return fapiao_development_config

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
