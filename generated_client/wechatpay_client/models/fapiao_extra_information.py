# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FapiaoExtraInformation")


@_attrs_define
class FapiaoExtraInformation:
    """附加信息 — names printed at the bottom of the fapiao (used in requests and answers)."""

    drawer: str
    """ 开票人 — drawer (issuer). """
    payee: str | Unset = UNSET
    """ 收款人 — payee. """
    reviewer: str | Unset = UNSET
    """ 复核人 — reviewer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        drawer = self.drawer

        payee = self.payee

        reviewer = self.reviewer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "drawer": drawer,
            }
        )
        if payee is not UNSET:
            field_dict["payee"] = payee
        if reviewer is not UNSET:
            field_dict["reviewer"] = reviewer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        drawer = d.pop("drawer")

        payee = d.pop("payee", UNSET)

        reviewer = d.pop("reviewer", UNSET)

        fapiao_extra_information = cls(
            drawer=drawer,
            payee=payee,
            reviewer=reviewer,
        )

        fapiao_extra_information.additional_properties = d
        return fapiao_extra_information

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
