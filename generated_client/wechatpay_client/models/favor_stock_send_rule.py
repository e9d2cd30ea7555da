# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FavorStockSendRule")


@_attrs_define
class FavorStockSendRule:
    """发放规则 — how many coupons, and how much budget, the batch may give out."""

    max_coupons: int
    """ 发放总上限 — maximum number of coupons (5 to 10,000,000). """
    max_amount: int
    """ 总预算 — total budget in fen, at most 100,000,000 yuan; expected to be the face value
    times `max_coupons`. A pre-funded batch locks it at activation.
     """
    max_coupons_per_user: int
    """ 单个用户可领个数 — coupons one user may receive (1 to 60, not above `max_coupons`). """
    natural_person_limit: bool
    """ 是否开启自然人限制 — count all WeChat accounts of one identity card as one user.
     """
    prevent_api_abuse: bool
    """ api发券防刷 — refuse coupons to users flagged as risky (bots, bulk accounts, ...).
     """
    max_amount_by_day: int | Unset = UNSET
    """ 单天发放上限金额 — daily budget cap in fen; not above `max_amount`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_coupons = self.max_coupons

        max_amount = self.max_amount

        max_coupons_per_user = self.max_coupons_per_user

        natural_person_limit = self.natural_person_limit

        prevent_api_abuse = self.prevent_api_abuse

        max_amount_by_day = self.max_amount_by_day

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max_coupons": max_coupons,
                "max_amount": max_amount,
                "max_coupons_per_user": max_coupons_per_user,
                "natural_person_limit": natural_person_limit,
                "prevent_api_abuse": prevent_api_abuse,
            }
        )
        if max_amount_by_day is not UNSET:
            field_dict["max_amount_by_day"] = max_amount_by_day

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        max_coupons = d.pop("max_coupons")

        max_amount = d.pop("max_amount")

        max_coupons_per_user = d.pop("max_coupons_per_user")

        natural_person_limit = d.pop("natural_person_limit")

        prevent_api_abuse = d.pop("prevent_api_abuse")

        max_amount_by_day = d.pop("max_amount_by_day", UNSET)

        favor_stock_send_rule = cls(
            max_coupons=max_coupons,
            max_amount=max_amount,
            max_coupons_per_user=max_coupons_per_user,
            natural_person_limit=natural_person_limit,
            prevent_api_abuse=prevent_api_abuse,
            max_amount_by_day=max_amount_by_day,
        )

        favor_stock_send_rule.additional_properties = d
        return favor_stock_send_rule

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
