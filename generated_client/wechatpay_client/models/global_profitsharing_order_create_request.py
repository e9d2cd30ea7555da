# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.global_profitsharing_order_receiver import GlobalProfitsharingOrderReceiver


T = TypeVar("T", bound="GlobalProfitsharingOrderCreateRequest")


@_attrs_define
class GlobalProfitsharingOrderCreateRequest:
    """请求分账请求 — split request. `receivers[].name` is encrypted by the SDK."""

    appid: str
    """ 应用ID — AppID bound to the merchant (the receivers' OpenIDs belong to it). """
    transaction_id: str
    """ 微信支付订单号 — WeChat Pay order number of the paid order. """
    out_order_no: str
    """ 商户分账单号 — merchant profit-sharing order number, unique per merchant (digits,
    letters, `_` and `-`); each split and the final unfreeze need their own.
     """
    unfreeze_unsplit: bool
    """ 是否解冻剩余未分资金 — true to release the rest of the order after this split. """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID; institution mode only, direct merchants omit it. """
    sub_appid: str | Unset = UNSET
    """ 子商户应用ID — sub-merchant AppID; institution mode only. """
    receivers: list[GlobalProfitsharingOrderReceiver] | Unset = UNSET
    """ 分账接收方列表 — receivers and amounts (at most 50 per request). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        transaction_id = self.transaction_id

        out_order_no = self.out_order_no

        unfreeze_unsplit = self.unfreeze_unsplit

        sub_mchid = self.sub_mchid

        sub_appid = self.sub_appid

        receivers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.receivers, Unset):
            receivers = []
            for receivers_item_data in self.receivers:
                receivers_item = receivers_item_data.to_dict()
                receivers.append(receivers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "transaction_id": transaction_id,
                "out_order_no": out_order_no,
                "unfreeze_unsplit": unfreeze_unsplit,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if sub_appid is not UNSET:
            field_dict["sub_appid"] = sub_appid
        if receivers is not UNSET:
            field_dict["receivers"] = receivers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.global_profitsharing_order_receiver import GlobalProfitsharingOrderReceiver

        d = dict(src_dict)
        appid = d.pop("appid")

        transaction_id = d.pop("transaction_id")

        out_order_no = d.pop("out_order_no")

        unfreeze_unsplit = d.pop("unfreeze_unsplit")

        sub_mchid = d.pop("sub_mchid", UNSET)

        sub_appid = d.pop("sub_appid", UNSET)

        _receivers = d.pop("receivers", UNSET)
        receivers: list[GlobalProfitsharingOrderReceiver] | Unset = UNSET
        if _receivers is not UNSET:
            receivers = []
            for receivers_item_data in _receivers:
                receivers_item = GlobalProfitsharingOrderReceiver.from_dict(receivers_item_data)

                receivers.append(receivers_item)

        global_profitsharing_order_create_request = cls(
            appid=appid,
            transaction_id=transaction_id,
            out_order_no=out_order_no,
            unfreeze_unsplit=unfreeze_unsplit,
            sub_mchid=sub_mchid,
            sub_appid=sub_appid,
            receivers=receivers,
        )

        global_profitsharing_order_create_request.additional_properties = d
        return global_profitsharing_order_create_request

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
