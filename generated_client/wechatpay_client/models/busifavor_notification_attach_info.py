# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorNotificationAttachInfo")


@_attrs_define
class BusifavorNotificationAttachInfo:
    """附加信息 — only for the pay-gift, marketing-hall and member-card channels; which fields
    appear depends on the channel.

    """

    transaction_id: str | Unset = UNSET
    """ 支付订单号 — pay-gift channel: the order that triggered the gift.
     """
    act_code: str | Unset = UNSET
    """ 营销馆领券活动ID — marketing-hall channel: the activity.
     """
    hall_code: str | Unset = UNSET
    """ 营销馆ID — marketing-hall channel: the hall.
     """
    hall_belong_mch_id: int | Unset = UNSET
    """ 营销馆所属商户号 — marketing-hall channel: the hall's merchant (a number upstream).
     """
    card_id: str | Unset = UNSET
    """ 会员卡Card_ID — member-card channel. """
    code: str | Unset = UNSET
    """ 会员卡Code — member-card channel: the user's card code.
     """
    activity_id: str | Unset = UNSET
    """ 会员有礼活动ID — member-card channel: the activity.
     """
    phone_number: str | Unset = UNSET
    """ 领券手机号 — only with the redemption component of the shake activity. """
    country_code: str | Unset = UNSET
    """ 领券手机区号 — country code of that phone number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        act_code = self.act_code

        hall_code = self.hall_code

        hall_belong_mch_id = self.hall_belong_mch_id

        card_id = self.card_id

        code = self.code

        activity_id = self.activity_id

        phone_number = self.phone_number

        country_code = self.country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if act_code is not UNSET:
            field_dict["act_code"] = act_code
        if hall_code is not UNSET:
            field_dict["hall_code"] = hall_code
        if hall_belong_mch_id is not UNSET:
            field_dict["hall_belong_mch_id"] = hall_belong_mch_id
        if card_id is not UNSET:
            field_dict["card_id"] = card_id
        if code is not UNSET:
            field_dict["code"] = code
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if country_code is not UNSET:
            field_dict["country_code"] = country_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        transaction_id = d.pop("transaction_id", UNSET)

        act_code = d.pop("act_code", UNSET)

        hall_code = d.pop("hall_code", UNSET)

        hall_belong_mch_id = d.pop("hall_belong_mch_id", UNSET)

        card_id = d.pop("card_id", UNSET)

        code = d.pop("code", UNSET)

        activity_id = d.pop("activity_id", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        country_code = d.pop("country_code", UNSET)

        busifavor_notification_attach_info = cls(
            transaction_id=transaction_id,
            act_code=act_code,
            hall_code=hall_code,
            hall_belong_mch_id=hall_belong_mch_id,
            card_id=card_id,
            code=code,
            activity_id=activity_id,
            phone_number=phone_number,
            country_code=country_code,
        )

        busifavor_notification_attach_info.additional_properties = d
        return busifavor_notification_attach_info

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
