# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.global_customs_verify_certificate_request_certificate_type import (
    GlobalCustomsVerifyCertificateRequestCertificateType,
    check_global_customs_verify_certificate_request_certificate_type,
)
from ..models.global_customs_verify_certificate_request_customs import (
    GlobalCustomsVerifyCertificateRequestCustoms,
    check_global_customs_verify_certificate_request_customs,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalCustomsVerifyCertificateRequest")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class GlobalCustomsVerifyCertificateRequest:
    """身份信息校验请求 — identity check request. `certificate_id` and `certificate_name` are
    encrypted by the SDK.

    """

    appid: str
    """ 应用ID — AppID bound to the merchant. """
    mchid: str
    """ 商户号 — the merchant ID. """
    out_trade_no: str
    """ 商户订单号 — merchant order number. """
    transaction_id: str
    """ 微信支付订单号 — WeChat Pay order number. """
    customs: GlobalCustomsVerifyCertificateRequestCustoms
    """ 海关 — customs office (closed request set): GUANGZHOU_ZS 广州（总署版）, HANGZHOU_ZS 杭州（总署版）,
    NINGBO 宁波, ZHENGZHOU_BS 郑州（保税物流中心）, CHONGQING 重庆, SHANGHAI_ZS 上海（总署版）,
    SHENZHEN 深圳, ZHENGZHOU_ZH_ZS 郑州综保（总署版）, TIANJIN 天津.
     """
    merchant_customs_no: str
    """ 商户海关备案号 — the merchant's customs registration number. """
    certificate_type: GlobalCustomsVerifyCertificateRequestCertificateType
    """ 证件类型 — document type; `IDCARD` (mainland ID card) is the only value. """
    certificate_id: str = _attrs_field(repr=_masked_repr)
    """ 证件号 — the buyer's ID card number. Pass plaintext; the SDK encrypts it and sends the
    Base64 ciphertext.
     """
    certificate_name: str = _attrs_field(repr=_masked_repr)
    """ 证件姓名 — the buyer's name on the ID card. Pass plaintext; the SDK encrypts it.
     """
    sub_order_no: str | Unset = UNSET
    """ 商户子订单号 — merchant sub-order number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        mchid = self.mchid

        out_trade_no = self.out_trade_no

        transaction_id = self.transaction_id

        customs: str = self.customs

        merchant_customs_no = self.merchant_customs_no

        certificate_type: str = self.certificate_type

        certificate_id = self.certificate_id

        certificate_name = self.certificate_name

        sub_order_no = self.sub_order_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "mchid": mchid,
                "out_trade_no": out_trade_no,
                "transaction_id": transaction_id,
                "customs": customs,
                "merchant_customs_no": merchant_customs_no,
                "certificate_type": certificate_type,
                "certificate_id": certificate_id,
                "certificate_name": certificate_name,
            }
        )
        if sub_order_no is not UNSET:
            field_dict["sub_order_no"] = sub_order_no

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appid = d.pop("appid")

        mchid = d.pop("mchid")

        out_trade_no = d.pop("out_trade_no")

        transaction_id = d.pop("transaction_id")

        customs = check_global_customs_verify_certificate_request_customs(d.pop("customs"))

        merchant_customs_no = d.pop("merchant_customs_no")

        certificate_type = check_global_customs_verify_certificate_request_certificate_type(d.pop("certificate_type"))

        certificate_id = d.pop("certificate_id")

        certificate_name = d.pop("certificate_name")

        sub_order_no = d.pop("sub_order_no", UNSET)

        global_customs_verify_certificate_request = cls(
            appid=appid,
            mchid=mchid,
            out_trade_no=out_trade_no,
            transaction_id=transaction_id,
            customs=customs,
            merchant_customs_no=merchant_customs_no,
            certificate_type=certificate_type,
            certificate_id=certificate_id,
            certificate_name=certificate_name,
            sub_order_no=sub_order_no,
        )

        global_customs_verify_certificate_request.additional_properties = d
        return global_customs_verify_certificate_request

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
