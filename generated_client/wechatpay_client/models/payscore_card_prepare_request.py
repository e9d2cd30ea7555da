# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PayscoreCardPrepareRequest")


@_attrs_define
class PayscoreCardPrepareRequest:
    """预受理领卡请求 — prepare a discount-card claim."""

    out_card_code: str
    """ 商户领卡号 — the merchant's claim number, unique per merchant (digits, letters,
    `_-|*`, at most 32 characters).
     """
    card_template_id: str
    """ 卡模板ID — the discount-card template. """
    appid: str
    """ 公众账号ID — an AppID bound to the merchant. """
    notify_url: str
    """ 通知商户URL — receives `DISCOUNT_CARD.USER_ACCEPTED` (HTTPS). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_card_code = self.out_card_code

        card_template_id = self.card_template_id

        appid = self.appid

        notify_url = self.notify_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_card_code": out_card_code,
                "card_template_id": card_template_id,
                "appid": appid,
                "notify_url": notify_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_card_code = d.pop("out_card_code")

        card_template_id = d.pop("card_template_id")

        appid = d.pop("appid")

        notify_url = d.pop("notify_url")

        payscore_card_prepare_request = cls(
            out_card_code=out_card_code,
            card_template_id=card_template_id,
            appid=appid,
            notify_url=notify_url,
        )

        payscore_card_prepare_request.additional_properties = d
        return payscore_card_prepare_request

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
