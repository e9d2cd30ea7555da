# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fapiao_card_template_information import FapiaoCardTemplateInformation


T = TypeVar("T", bound="FapiaoCardTemplateCreateRequest")


@_attrs_define
class FapiaoCardTemplateCreateRequest:
    """创建电子发票卡券模板请求 — the card template to set."""

    card_appid: str
    """ 插卡公众号AppID — the official-account AppID that owns the fapiao cards. """
    card_template_information: FapiaoCardTemplateInformation
    """ 卡券模板信息 — what the fapiao card shows. """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID; service-provider mode only, direct merchants omit it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_appid = self.card_appid

        card_template_information = self.card_template_information.to_dict()

        sub_mchid = self.sub_mchid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "card_appid": card_appid,
                "card_template_information": card_template_information,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fapiao_card_template_information import FapiaoCardTemplateInformation

        d = dict(src_dict)
        card_appid = d.pop("card_appid")

        card_template_information = FapiaoCardTemplateInformation.from_dict(d.pop("card_template_information"))

        sub_mchid = d.pop("sub_mchid", UNSET)

        fapiao_card_template_create_request = cls(
            card_appid=card_appid,
            card_template_information=card_template_information,
            sub_mchid=sub_mchid,
        )

        fapiao_card_template_create_request.additional_properties = d
        return fapiao_card_template_create_request

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
