# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credit_pay_exposure_payer import CreditPayExposurePayer


T = TypeVar("T", bound="CreditPayExposureRequest")


@_attrs_define
class CreditPayExposureRequest:
    """支付方式前置服务请求 — exposure-advice request."""

    appid: str
    """ 应用AppID — AppID bound to the merchant. """
    payer: CreditPayExposurePayer
    """ 支付者 — the user; send `openid` or `phone_number_hash`. """
    out_trade_no: str
    """ 商户订单号 — the merchant order number the advice is for. """
    mchid: str | Unset = UNSET
    """ 直连商户号 — the direct merchant's ID (optional in OA and IM). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        payer = self.payer.to_dict()

        out_trade_no = self.out_trade_no

        mchid = self.mchid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "payer": payer,
                "out_trade_no": out_trade_no,
            }
        )
        if mchid is not UNSET:
            field_dict["mchid"] = mchid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credit_pay_exposure_payer import CreditPayExposurePayer

        d = dict(src_dict)
        appid = d.pop("appid")

        payer = CreditPayExposurePayer.from_dict(d.pop("payer"))

        out_trade_no = d.pop("out_trade_no")

        mchid = d.pop("mchid", UNSET)

        credit_pay_exposure_request = cls(
            appid=appid,
            payer=payer,
            out_trade_no=out_trade_no,
            mchid=mchid,
        )

        credit_pay_exposure_request.additional_properties = d
        return credit_pay_exposure_request

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
