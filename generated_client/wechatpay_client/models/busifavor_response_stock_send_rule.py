# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorResponseStockSendRule")


@_attrs_define
class BusifavorResponseStockSendRule:
    """发放规则 — sending limits of the batch."""

    max_coupons_per_user: int
    """ 用户最大可领个数 — coupons per user. """
    max_amount: int | Unset = UNSET
    """ 批次总预算 — total budget, in fen. """
    max_coupons: int | Unset = UNSET
    """ 批次最大发放个数 — maximum number of coupons. """
    max_amount_by_day: int | Unset = UNSET
    """ 单天发放上限金额 — daily budget, in fen. """
    max_coupons_by_day: int | Unset = UNSET
    """ 单天发放上限个数 — daily maximum number. """
    natural_person_limit: bool | Unset = UNSET
    """ 是否开启自然人限制 — per-person limit. """
    prevent_api_abuse: bool | Unset = UNSET
    """ 可疑账号拦截 — suspicious accounts refused. """
    transferable: bool | Unset = UNSET
    """ 是否允许转赠 — may be given to others. """
    shareable: bool | Unset = UNSET
    """ 是否允许分享链接 — may be shared by link. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_coupons_per_user = self.max_coupons_per_user

        max_amount = self.max_amount

        max_coupons = self.max_coupons

        max_amount_by_day = self.max_amount_by_day

        max_coupons_by_day = self.max_coupons_by_day

        natural_person_limit = self.natural_person_limit

        prevent_api_abuse = self.prevent_api_abuse

        transferable = self.transferable

        shareable = self.shareable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max_coupons_per_user": max_coupons_per_user,
            }
        )
        if max_amount is not UNSET:
            field_dict["max_amount"] = max_amount
        if max_coupons is not UNSET:
            field_dict["max_coupons"] = max_coupons
        if max_amount_by_day is not UNSET:
            field_dict["max_amount_by_day"] = max_amount_by_day
        if max_coupons_by_day is not UNSET:
            field_dict["max_coupons_by_day"] = max_coupons_by_day
        if natural_person_limit is not UNSET:
            field_dict["natural_person_limit"] = natural_person_limit
        if prevent_api_abuse is not UNSET:
            field_dict["prevent_api_abuse"] = prevent_api_abuse
        if transferable is not UNSET:
            field_dict["transferable"] = transferable
        if shareable is not UNSET:
            field_dict["shareable"] = shareable

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        max_coupons_per_user = d.pop("max_coupons_per_user")

        max_amount = d.pop("max_amount", UNSET)

        max_coupons = d.pop("max_coupons", UNSET)

        max_amount_by_day = d.pop("max_amount_by_day", UNSET)

        max_coupons_by_day = d.pop("max_coupons_by_day", UNSET)

        natural_person_limit = d.pop("natural_person_limit", UNSET)

        prevent_api_abuse = d.pop("prevent_api_abuse", UNSET)

        transferable = d.pop("transferable", UNSET)

        shareable = d.pop("shareable", UNSET)

        busifavor_response_stock_send_rule = cls(
            max_coupons_per_user=max_coupons_per_user,
            max_amount=max_amount,
            max_coupons=max_coupons,
            max_amount_by_day=max_amount_by_day,
            max_coupons_by_day=max_coupons_by_day,
            natural_person_limit=natural_person_limit,
            prevent_api_abuse=prevent_api_abuse,
            transferable=transferable,
            shareable=shareable,
        )

        busifavor_response_stock_send_rule.additional_properties = d
        return busifavor_response_stock_send_rule

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
