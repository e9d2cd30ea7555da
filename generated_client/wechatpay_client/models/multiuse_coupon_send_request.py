# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.multiuse_coupon_send_request_card_type import (
    MultiuseCouponSendRequestCardType,
    check_multiuse_coupon_send_request_card_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MultiuseCouponSendRequest")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class MultiuseCouponSendRequest:
    """发放消费金请求 — batch, request number, the user's identity (sensitive: plaintext in,
    encrypted by the SDK) and optionally the face value.

    """

    stock_id: str
    """ 批次号 — the batch to issue from. """
    out_request_no: str
    """ 商户单据号 — the merchant's unique number for this issue. """
    user_name: str = _attrs_field(repr=_masked_repr)
    """ 用户姓名 — the user's real name. Pass plaintext; the SDK encrypts it (RSA-OAEP with
    the WeChat Pay public key or platform certificate) and sends the Base64 ciphertext.
     """
    id_card_number: str = _attrs_field(repr=_masked_repr)
    """ 身份证号码 — the user's ID card number. Pass plaintext; the SDK encrypts it and sends
    the Base64 ciphertext.
     """
    appid: str
    """ 公众账号ID — AppID under which `openid` was obtained. """
    card_type: MultiuseCouponSendRequestCardType
    """ 证件类型 — `ID_CARD` (身份证), the only documented type. """
    amount: int | Unset = UNSET
    """ 发放面额 — face value of the credit, in fen (OA/IM type it `number`; money is integer fen here). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stock_id = self.stock_id

        out_request_no = self.out_request_no

        user_name = self.user_name

        id_card_number = self.id_card_number

        appid = self.appid

        card_type: str = self.card_type

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stock_id": stock_id,
                "out_request_no": out_request_no,
                "user_name": user_name,
                "id_card_number": id_card_number,
                "appid": appid,
                "card_type": card_type,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        stock_id = d.pop("stock_id")

        out_request_no = d.pop("out_request_no")

        user_name = d.pop("user_name")

        id_card_number = d.pop("id_card_number")

        appid = d.pop("appid")

        card_type = check_multiuse_coupon_send_request_card_type(d.pop("card_type"))

        amount = d.pop("amount", UNSET)

        multiuse_coupon_send_request = cls(
            stock_id=stock_id,
            out_request_no=out_request_no,
            user_name=user_name,
            id_card_number=id_card_number,
            appid=appid,
            card_type=card_type,
            amount=amount,
        )

        multiuse_coupon_send_request.additional_properties = d
        return multiuse_coupon_send_request

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
