# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BrandRedpacketDetail")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class BrandRedpacketDetail:
    """品牌红包明细单 — one red packet as read back."""

    brand_mchid: str
    """ 品牌主商户号 — the brand's main merchant ID. """
    out_batch_no: str
    """ 商家品牌红包批次单号 — the merchant's batch number. """
    batch_no: str
    """ 微信支付品牌红包批次单号 — WeChat Pay's batch number. """
    out_detail_no: str
    """ 商家品牌红包明细单号 — the merchant's number of the red packet. """
    detail_no: str
    """ 微信支付品牌红包明细单号 — WeChat Pay's number of the red packet. """
    detail_state: str
    """ 品牌红包明细单状态 — `DETAIL_INIT` (being checked), `DETAIL_WAIT_PAY` (awaiting the
    merchant's confirmation; moves on by itself when no confirmation is needed),
    `DETAIL_PROCESSING` (being sent, outcome not yet known), `DETAIL_SUCCESS` or
    `DETAIL_FAIL` (see `fail_reason`; only this packet may be sent again, not the
    batch). Known values; open set.
     """
    amount: int
    """ 红包金额 — amount, in fen. """
    remark: str
    """ 红包备注 — remark shown to the user. """
    openid: str
    """ 接收红包用户OpenID — the recipient's OpenID. """
    update_time: datetime.datetime
    """ 品牌红包更新时间 — last state change (RFC 3339). """
    brand_id: int
    """ 品牌ID — the brand's ID. """
    template_id: str
    """ 品牌红包模板ID — the red-packet template. """
    fail_reason: str | Unset = UNSET
    """ 失败原因 — why a `DETAIL_FAIL` packet failed. Known values: `ACCOUNT_FROZEN`,
    `REAL_NAME_CHECK_FAIL`, `NAME_NOT_CORRECT`, `OPENID_INVALID`, `TRANSFER_QUOTA_EXCEED`,
    `DAY_RECEIVED_QUOTA_EXCEED`, `DAY_RECEIVED_COUNT_EXCEED`, `PRODUCT_AUTH_CHECK_FAIL`,
    `OVERDUE_CLOSE`, `ACCOUNT_NOT_EXIST`, `TRANSFER_RISK`, `USER_ACCOUNT_LIMIT`,
    `FAIL_REASON_UNKNOWN`, `PAYER_ACCOUNT_ABNORMAL`, `PAYEE_ACCOUNT_ABNORMAL`,
    `USER_RECEIVE_OVERDUE`, `REMARK_NOT_CORRECT`, `MERCHANT_REJECT`,
    `MERCHANT_NOT_CONFIRM`, `BLOCK_B2C_USERLIMITAMOUNT_BSRULE_MONTH` (open set).
     """
    user_name: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 接收红包用户姓名 — the name given when sending. WeChat Pay encrypts it with the
    merchant API certificate's public key; the SDK decrypts it with the merchant private
    key after verifying the answer.
     """
    initiate_time: datetime.datetime | Unset = UNSET
    """ 品牌红包发起时间 — when the red packet was started (RFC 3339). """
    brand_appid: str | Unset = UNSET
    """ 品牌AppID — the brand's AppID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_mchid = self.brand_mchid

        out_batch_no = self.out_batch_no

        batch_no = self.batch_no

        out_detail_no = self.out_detail_no

        detail_no = self.detail_no

        detail_state = self.detail_state

        amount = self.amount

        remark = self.remark

        openid = self.openid

        update_time = self.update_time.isoformat()

        brand_id = self.brand_id

        template_id = self.template_id

        fail_reason = self.fail_reason

        user_name = self.user_name

        initiate_time: str | Unset = UNSET
        if not isinstance(self.initiate_time, Unset):
            initiate_time = self.initiate_time.isoformat()

        brand_appid = self.brand_appid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brand_mchid": brand_mchid,
                "out_batch_no": out_batch_no,
                "batch_no": batch_no,
                "out_detail_no": out_detail_no,
                "detail_no": detail_no,
                "detail_state": detail_state,
                "amount": amount,
                "remark": remark,
                "openid": openid,
                "update_time": update_time,
                "brand_id": brand_id,
                "template_id": template_id,
            }
        )
        if fail_reason is not UNSET:
            field_dict["fail_reason"] = fail_reason
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if initiate_time is not UNSET:
            field_dict["initiate_time"] = initiate_time
        if brand_appid is not UNSET:
            field_dict["brand_appid"] = brand_appid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        brand_mchid = d.pop("brand_mchid")

        out_batch_no = d.pop("out_batch_no")

        batch_no = d.pop("batch_no")

        out_detail_no = d.pop("out_detail_no")

        detail_no = d.pop("detail_no")

        detail_state = d.pop("detail_state")

        amount = d.pop("amount")

        remark = d.pop("remark")

        openid = d.pop("openid")

        update_time = datetime.datetime.fromisoformat(d.pop("update_time"))

        brand_id = d.pop("brand_id")

        template_id = d.pop("template_id")

        fail_reason = d.pop("fail_reason", UNSET)

        user_name = d.pop("user_name", UNSET)

        _initiate_time = d.pop("initiate_time", UNSET)
        initiate_time: datetime.datetime | Unset
        if isinstance(_initiate_time, Unset):
            initiate_time = UNSET
        else:
            initiate_time = datetime.datetime.fromisoformat(_initiate_time)

        brand_appid = d.pop("brand_appid", UNSET)

        brand_redpacket_detail = cls(
            brand_mchid=brand_mchid,
            out_batch_no=out_batch_no,
            batch_no=batch_no,
            out_detail_no=out_detail_no,
            detail_no=detail_no,
            detail_state=detail_state,
            amount=amount,
            remark=remark,
            openid=openid,
            update_time=update_time,
            brand_id=brand_id,
            template_id=template_id,
            fail_reason=fail_reason,
            user_name=user_name,
            initiate_time=initiate_time,
            brand_appid=brand_appid,
        )

        brand_redpacket_detail.additional_properties = d
        return brand_redpacket_detail

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
