# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FapiaoCardStatusInformation")


@_attrs_define
class FapiaoCardStatusInformation:
    """电子发票插卡信息 — where the fapiao card is."""

    card_appid: str
    """ 插卡公众号AppID — card official-account AppID. """
    card_openid: str
    """ 用户在插卡公众号下的OpenID — the buyer's OpenID under that AppID. """
    card_status: str
    """ 发票卡券状态 — `INSERT_ACCEPTED`, `INSERTED`, `DISCARD_ACCEPTED`, `DISCARDED` (open set).
     """
    card_id: str | Unset = UNSET
    """ 电子发票卡券模板ID — card template ID. """
    card_code: str | Unset = UNSET
    """ 电子发票在卡包中的编码 — the card's code in the wallet. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_appid = self.card_appid

        card_openid = self.card_openid

        card_status = self.card_status

        card_id = self.card_id

        card_code = self.card_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "card_appid": card_appid,
                "card_openid": card_openid,
                "card_status": card_status,
            }
        )
        if card_id is not UNSET:
            field_dict["card_id"] = card_id
        if card_code is not UNSET:
            field_dict["card_code"] = card_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        card_appid = d.pop("card_appid")

        card_openid = d.pop("card_openid")

        card_status = d.pop("card_status")

        card_id = d.pop("card_id", UNSET)

        card_code = d.pop("card_code", UNSET)

        fapiao_card_status_information = cls(
            card_appid=card_appid,
            card_openid=card_openid,
            card_status=card_status,
            card_id=card_id,
            card_code=card_code,
        )

        fapiao_card_status_information.additional_properties = d
        return fapiao_card_status_information

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
