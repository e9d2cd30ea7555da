# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.global_refund_amount import GlobalRefundAmount
    from ..models.global_refund_promotion_detail import GlobalRefundPromotionDetail


T = TypeVar("T", bound="GlobalRefundListItem")


@_attrs_define
class GlobalRefundListItem:
    """退款单 — one refund in `list_global_refunds`."""

    id: str
    """ 微信退款单号 — refund number assigned by WeChat Pay. """
    out_refund_no: str
    """ 商户退款单号 — the merchant's refund number. """
    create_time: datetime.datetime
    """ 退款创建时间 — time the refund was accepted (RFC 3339). """
    status: str
    """ 退款状态 — open set; known values `SUCCESS`, `REFUNDCLOSE`, `PROCESSING`, `ABNORMAL`. """
    amount: GlobalRefundAmount
    """ 退款金额 — amounts of a refund (response side): `refund` in `currency`, `payer_refund`
    in `payer_currency` (what the user gets back), each in its minor unit.
     """
    channel: str | Unset = UNSET
    """ 退款渠道 — open set; known values `ORIGINAL`, `BALANCE`, `OTHER_BALANCE`, `OTHER_BANKCARD`. """
    recv_account: str | Unset = UNSET
    """ 退款入账账户 — where the money goes, as text. """
    fund_source: str | Unset = UNSET
    """ 退款资金来源 — open set; known values `REFUND_SOURCE_UNSETTLED_FUNDS`, `REFUND_SOURCE_RECHARGE_FUNDS`. """
    success_time: datetime.datetime | Unset = UNSET
    """ 退款成功时间 — time the refund succeeded (RFC 3339). """
    refund_detail: GlobalRefundPromotionDetail | Unset = UNSET
    """ 优惠退款详情 — the promotion part of a refund. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        out_refund_no = self.out_refund_no

        create_time = self.create_time.isoformat()

        status = self.status

        amount = self.amount.to_dict()

        channel = self.channel

        recv_account = self.recv_account

        fund_source = self.fund_source

        success_time: str | Unset = UNSET
        if not isinstance(self.success_time, Unset):
            success_time = self.success_time.isoformat()

        refund_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.refund_detail, Unset):
            refund_detail = self.refund_detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "out_refund_no": out_refund_no,
                "create_time": create_time,
                "status": status,
                "amount": amount,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel
        if recv_account is not UNSET:
            field_dict["recv_account"] = recv_account
        if fund_source is not UNSET:
            field_dict["fund_source"] = fund_source
        if success_time is not UNSET:
            field_dict["success_time"] = success_time
        if refund_detail is not UNSET:
            field_dict["refund_detail"] = refund_detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.global_refund_amount import GlobalRefundAmount
        from ..models.global_refund_promotion_detail import GlobalRefundPromotionDetail

        d = dict(src_dict)
        id = d.pop("id")

        out_refund_no = d.pop("out_refund_no")

        create_time = datetime.datetime.fromisoformat(d.pop("create_time"))

        status = d.pop("status")

        amount = GlobalRefundAmount.from_dict(d.pop("amount"))

        channel = d.pop("channel", UNSET)

        recv_account = d.pop("recv_account", UNSET)

        fund_source = d.pop("fund_source", UNSET)

        _success_time = d.pop("success_time", UNSET)
        success_time: datetime.datetime | Unset
        if isinstance(_success_time, Unset):
            success_time = UNSET
        else:
            success_time = datetime.datetime.fromisoformat(_success_time)

        _refund_detail = d.pop("refund_detail", UNSET)
        refund_detail: GlobalRefundPromotionDetail | Unset
        if isinstance(_refund_detail, Unset):
            refund_detail = UNSET
        else:
            refund_detail = GlobalRefundPromotionDetail.from_dict(_refund_detail)

        global_refund_list_item = cls(
            id=id,
            out_refund_no=out_refund_no,
            create_time=create_time,
            status=status,
            amount=amount,
            channel=channel,
            recv_account=recv_account,
            fund_source=fund_source,
            success_time=success_time,
            refund_detail=refund_detail,
        )

        global_refund_list_item.additional_properties = d
        return global_refund_list_item

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
