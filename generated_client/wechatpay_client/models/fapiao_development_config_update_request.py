# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FapiaoDevelopmentConfigUpdateRequest")


@_attrs_define
class FapiaoDevelopmentConfigUpdateRequest:
    """配置开发选项请求 — the options to change (all optional)."""

    callback_url: str | Unset = UNSET
    """ 商户回调地址 — URL that receives the `FAPIAO.*` notifications. """
    sub_mch_code: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID; service-provider mode only, direct merchants omit it. """
    show_fapiao_cell: bool | Unset = UNSET
    """ 全部账单展示开发票入口开关 — show the fapiao entry in the user's bill list. """
    support_vat_fapiao: bool | Unset = UNSET
    """ 商户是否支持开电子专票 — the title page offers the VAT special fapiao. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        callback_url = self.callback_url

        sub_mch_code = self.sub_mch_code

        show_fapiao_cell = self.show_fapiao_cell

        support_vat_fapiao = self.support_vat_fapiao

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if sub_mch_code is not UNSET:
            field_dict["sub_mch_code"] = sub_mch_code
        if show_fapiao_cell is not UNSET:
            field_dict["show_fapiao_cell"] = show_fapiao_cell
        if support_vat_fapiao is not UNSET:
            field_dict["support_vat_fapiao"] = support_vat_fapiao

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        callback_url = d.pop("callback_url", UNSET)

        sub_mch_code = d.pop("sub_mch_code", UNSET)

        show_fapiao_cell = d.pop("show_fapiao_cell", UNSET)

        support_vat_fapiao = d.pop("support_vat_fapiao", UNSET)

        fapiao_development_config_update_request = cls(
            callback_url=callback_url,
            sub_mch_code=sub_mch_code,
            show_fapiao_cell=show_fapiao_cell,
            support_vat_fapiao=support_vat_fapiao,
        )

        fapiao_development_config_update_request.additional_properties = d
        return fapiao_development_config_update_request

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
