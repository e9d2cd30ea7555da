# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fapiao_card_custom_cell import FapiaoCardCustomCell


T = TypeVar("T", bound="FapiaoCardTemplateInformation")


@_attrs_define
class FapiaoCardTemplateInformation:
    """卡券模板信息 — what the fapiao card shows."""

    logo_url: str
    """ 卡券logo地址 — URL of the logo, uploaded as a permanent asset with the card official
    account.
     """
    payee_name: str | Unset = UNSET
    """ 收款方名称 — payee name on the card; defaults to the merchant name. """
    custom_cell: FapiaoCardCustomCell | Unset = UNSET
    """ 卡券自定义cell位配置 — a custom entry on the card detail page, opening a web page
    (`jump_url`) or a mini-program page (`miniprogram_user_name` + `miniprogram_path`). The
    jump carries `card_id` and an `encrypt_code` to decode with the card code-decrypt API.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        logo_url = self.logo_url

        payee_name = self.payee_name

        custom_cell: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_cell, Unset):
            custom_cell = self.custom_cell.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "logo_url": logo_url,
            }
        )
        if payee_name is not UNSET:
            field_dict["payee_name"] = payee_name
        if custom_cell is not UNSET:
            field_dict["custom_cell"] = custom_cell

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fapiao_card_custom_cell import FapiaoCardCustomCell

        d = dict(src_dict)
        logo_url = d.pop("logo_url")

        payee_name = d.pop("payee_name", UNSET)

        _custom_cell = d.pop("custom_cell", UNSET)
        custom_cell: FapiaoCardCustomCell | Unset
        if isinstance(_custom_cell, Unset):
            custom_cell = UNSET
        else:
            custom_cell = FapiaoCardCustomCell.from_dict(_custom_cell)

        fapiao_card_template_information = cls(
            logo_url=logo_url,
            payee_name=payee_name,
            custom_cell=custom_cell,
        )

        fapiao_card_template_information.additional_properties = d
        return fapiao_card_template_information

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
