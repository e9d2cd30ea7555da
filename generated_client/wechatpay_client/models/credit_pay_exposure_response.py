# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditPayExposureResponse")


@_attrs_define
class CreditPayExposureResponse:
    """支付方式前置服务应答 — the exposure advice."""

    fqf_exposure: bool
    """ 是否建议曝光微信分付 — true when 微信分付 should be shown. """
    market_exposure_token: str | Unset = UNSET
    """ 曝光凭证 — credential of the exposure. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fqf_exposure = self.fqf_exposure

        market_exposure_token = self.market_exposure_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fqf_exposure": fqf_exposure,
            }
        )
        if market_exposure_token is not UNSET:
            field_dict["market_exposure_token"] = market_exposure_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        fqf_exposure = d.pop("fqf_exposure")

        market_exposure_token = d.pop("market_exposure_token", UNSET)

        credit_pay_exposure_response = cls(
            fqf_exposure=fqf_exposure,
            market_exposure_token=market_exposure_token,
        )

        credit_pay_exposure_response.additional_properties = d
        return credit_pay_exposure_response

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
