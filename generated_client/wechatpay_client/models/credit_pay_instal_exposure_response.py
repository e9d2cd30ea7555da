# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreditPayInstalExposureResponse")


@_attrs_define
class CreditPayInstalExposureResponse:
    """商户贴息曝光建议应答 — the exposure advice."""

    recommend_exposure: bool
    """ 是否建议曝光微信分付 — true when 微信分付 should be shown. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recommend_exposure = self.recommend_exposure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recommend_exposure": recommend_exposure,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        recommend_exposure = d.pop("recommend_exposure")

        credit_pay_instal_exposure_response = cls(
            recommend_exposure=recommend_exposure,
        )

        credit_pay_instal_exposure_response.additional_properties = d
        return credit_pay_instal_exposure_response

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
