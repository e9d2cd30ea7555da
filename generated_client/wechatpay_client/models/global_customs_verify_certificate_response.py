# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GlobalCustomsVerifyCertificateResponse")


@_attrs_define
class GlobalCustomsVerifyCertificateResponse:
    """身份信息校验应答 — the check result."""

    appid: str
    """ 应用ID — AppID. """
    mchid: str
    """ 商户号 — merchant ID. """
    out_trade_no: str
    """ 商户订单号 — merchant order number. """
    transaction_id: str
    """ 微信支付订单号 — WeChat Pay order number. """
    certificate_check_result: str
    """ 身份核验结果 — `SAME` (matches the payer) or `DIFFERENT`. Open set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        mchid = self.mchid

        out_trade_no = self.out_trade_no

        transaction_id = self.transaction_id

        certificate_check_result = self.certificate_check_result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "mchid": mchid,
                "out_trade_no": out_trade_no,
                "transaction_id": transaction_id,
                "certificate_check_result": certificate_check_result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appid = d.pop("appid")

        mchid = d.pop("mchid")

        out_trade_no = d.pop("out_trade_no")

        transaction_id = d.pop("transaction_id")

        certificate_check_result = d.pop("certificate_check_result")

        global_customs_verify_certificate_response = cls(
            appid=appid,
            mchid=mchid,
            out_trade_no=out_trade_no,
            transaction_id=transaction_id,
            certificate_check_result=certificate_check_result,
        )

        global_customs_verify_certificate_response.additional_properties = d
        return global_customs_verify_certificate_response

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
