# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferBatchDetail")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class TransferBatchDetail:
    """转账明细单 — one transfer detail. Amounts in fen."""

    mchid: str
    """ 商户号 — merchant ID. """
    out_batch_no: str
    """ 商家批次单号 — merchant batch number. """
    batch_id: str
    """ 微信批次单号 — WeChat Pay's batch number. """
    appid: str
    """ 商户appid — the AppID. """
    out_detail_no: str
    """ 商家明细单号 — merchant detail number. """
    detail_id: str
    """ 微信明细单号 — WeChat Pay's detail number. """
    detail_status: str
    """ 明细状态 — open set; known values: `INIT`, `WAIT_PAY` (waiting for the merchant's
    confirmation), `PROCESSING`, `SUCCESS`, `FAIL` (check `fail_reason` before paying this
    detail again in a new batch).
     """
    transfer_amount: int
    """ 转账金额 — amount in fen. """
    transfer_remark: str
    """ 转账备注 — remark. """
    openid: str
    """ 收款用户openid — the user's OpenID. """
    initiate_time: datetime.datetime
    """ 转账发起时间 — when the transfer started (RFC 3339). """
    update_time: datetime.datetime
    """ 明细更新时间 — last state change (RFC 3339). """
    fail_reason: str | Unset = UNSET
    """ 明细失败原因 — open set; e.g. `ACCOUNT_FROZEN`, `REAL_NAME_CHECK_FAIL`,
    `NAME_NOT_CORRECT`, `OPENID_INVALID`, `TRANSFER_QUOTA_EXCEED`, `OVERDUE_CLOSE`,
    `TRANSFER_RISK`, `OTHER_FAIL_REASON_TYPE`.
     """
    user_name: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 收款用户姓名 — the name sent in the request, encrypted with the merchant's own key
    (RSA-OAEP); present when a name was sent.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        out_batch_no = self.out_batch_no

        batch_id = self.batch_id

        appid = self.appid

        out_detail_no = self.out_detail_no

        detail_id = self.detail_id

        detail_status = self.detail_status

        transfer_amount = self.transfer_amount

        transfer_remark = self.transfer_remark

        openid = self.openid

        initiate_time = self.initiate_time.isoformat()

        update_time = self.update_time.isoformat()

        fail_reason = self.fail_reason

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mchid": mchid,
                "out_batch_no": out_batch_no,
                "batch_id": batch_id,
                "appid": appid,
                "out_detail_no": out_detail_no,
                "detail_id": detail_id,
                "detail_status": detail_status,
                "transfer_amount": transfer_amount,
                "transfer_remark": transfer_remark,
                "openid": openid,
                "initiate_time": initiate_time,
                "update_time": update_time,
            }
        )
        if fail_reason is not UNSET:
            field_dict["fail_reason"] = fail_reason
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mchid = d.pop("mchid")

        out_batch_no = d.pop("out_batch_no")

        batch_id = d.pop("batch_id")

        appid = d.pop("appid")

        out_detail_no = d.pop("out_detail_no")

        detail_id = d.pop("detail_id")

        detail_status = d.pop("detail_status")

        transfer_amount = d.pop("transfer_amount")

        transfer_remark = d.pop("transfer_remark")

        openid = d.pop("openid")

        initiate_time = datetime.datetime.fromisoformat(d.pop("initiate_time"))

        update_time = datetime.datetime.fromisoformat(d.pop("update_time"))

        fail_reason = d.pop("fail_reason", UNSET)

        user_name = d.pop("user_name", UNSET)

        transfer_batch_detail = cls(
            mchid=mchid,
            out_batch_no=out_batch_no,
            batch_id=batch_id,
            appid=appid,
            out_detail_no=out_detail_no,
            detail_id=detail_id,
            detail_status=detail_status,
            transfer_amount=transfer_amount,
            transfer_remark=transfer_remark,
            openid=openid,
            initiate_time=initiate_time,
            update_time=update_time,
            fail_reason=fail_reason,
            user_name=user_name,
        )

        transfer_batch_detail.additional_properties = d
        return transfer_batch_detail

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
